"""Regenerate ``agent/odoo/emulator/fields_17.json`` from the recorded transcripts.

The emulator answers ``fields_get`` for the models whose full schema a real Odoo 17 sent
(``purchase.order``, ``res.partner``, ``product.product``, ...). Rather than hand-copy a few
hundred field definitions, this script extracts them from the ``fields_get`` answers in the
transcripts and keeps only the attributes the emulator uses.

Run from the repository root: ``python -m tests.odoo_emulator.snapshot_fields``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.odoo_emulator.transcripts import transcripts_dir

KEPT = (
    "type",
    "string",
    "relation",
    "relation_field",
    "readonly",
    "required",
    "store",
    "selection",
)
MAX_SELECTION = 40
TARGET = Path(__file__).resolve().parents[2] / "agent" / "odoo" / "emulator" / "fields_17.json"


def _compact(attrs: dict[str, Any]) -> dict[str, Any]:
    out = {key: attrs[key] for key in KEPT if key in attrs}
    if len(out.get("selection", [])) > MAX_SELECTION:
        out["selection"] = out["selection"][:MAX_SELECTION]
    return out


def extract(folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Collect the richest ``fields_get`` answer per model from every transcript."""
    schemas: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted((folder / "transcripts").glob("*.json")):
        doc = json.loads(path.read_text())
        for exchange in doc["exchanges"]:
            params = exchange["request"]["body"].get("params", {})
            args = params.get("args", [])
            if params.get("service") != "object" or len(args) < 5 or args[4] != "fields_get":
                continue
            result = exchange["response"]["body"].get("result")
            if not isinstance(result, dict):
                continue
            model = args[3]
            richness = sum(len(attrs) for attrs in result.values())
            known = schemas.get(model)
            if known is None or richness > sum(len(a) for a in known.values()):
                schemas[model] = {name: attrs for name, attrs in result.items()}
    return {
        model: {name: _compact(attrs) for name, attrs in sorted(fields.items())}
        for model, fields in sorted(schemas.items())
    }


def dump(data: dict[str, dict[str, dict[str, Any]]]) -> str:
    """Serialise with one field per line so diffs stay readable."""
    blocks = []
    for model, fields in data.items():
        lines = ",\n".join(
            f"  {json.dumps(name)}: {json.dumps(attrs, sort_keys=True, ensure_ascii=False)}"
            for name, attrs in fields.items()
        )
        blocks.append(f"{json.dumps(model)}: {{\n{lines}\n}}")
    return "{\n" + ",\n".join(blocks) + "\n}\n"


def main() -> int:
    """Write the snapshot; return a process exit code."""
    folder = transcripts_dir()
    if folder is None:
        sys.stderr.write("transcripts folder not found (set TRIAGE_ODOO_REAL_DIR)\n")
        return 1
    data = extract(folder)
    TARGET.write_text(dump(data))
    sys.stderr.write(f"wrote {TARGET} ({len(data)} models)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
