"""An Odoo protocol emulator over real HTTP, for tests and offline demos.

It answers JSON-RPC (``/jsonrpc``, ``/web/session/authenticate``,
``/web/dataset/call_kw``) like Odoo 16-18 and the JSON-2 API (``/json/2/<model>/<method>``)
like Odoo 19, from in-memory records, with the error shapes a real Odoo 17 sends (see the
transcripts in ``../shared/odoo-real/``). Faults (latency, HTTP 500, dropped connections,
timeouts) can be injected to test a client's resilience.

What differs between the emulated versions (kept deliberately small):

======================================  =====  =====  =====  =====
behaviour                                16     17     18     19
======================================  =====  =====  =====  =====
``version_info`` server_version         16.0   17.0   18.0   19.0
``message_post`` plain ``str`` body      HTML   escaped (``body_is_html=True`` keeps it)
``name_get``                             yes    removed
``stock.move`` done quantity field       ``quantity_done``  ``quantity``
``product.product`` storable flag        ``detailed_type``  ``type`` + ``is_storable``
``res.users`` groups field               ``groups_id``                    ``group_ids``
``purchase.order.line`` unit field       ``product_uom``                  ``product_uom_id``
JSON-2 ``/json/2/<model>/<method>``      404    404    404    yes
======================================  =====  =====  =====  =====

The field renames live in :data:`.schema.VERSION_CHANGES`; 17 is the recorded reference.
"""

from .database import EmulatorData
from .errors import ServerError
from .faults import Fault, FaultKind, FaultPlan
from .seed import demo_data
from .server import OdooEmulator

__all__ = [
    "EmulatorData",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "OdooEmulator",
    "ServerError",
    "demo_data",
]
