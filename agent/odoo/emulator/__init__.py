"""An Odoo protocol emulator over real HTTP, for tests and offline demos.

It answers JSON-RPC (``/jsonrpc``, ``/web/session/authenticate``,
``/web/dataset/call_kw``) like Odoo 16-18 and the JSON-2 API (``/json/2/<model>/<method>``)
like Odoo 19, from in-memory records, with the error shapes a real Odoo 17 sends (see the
transcripts in ``../shared/odoo-real/``). Faults (latency, HTTP 500, dropped connections,
timeouts) can be injected to test a client's resilience.
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
