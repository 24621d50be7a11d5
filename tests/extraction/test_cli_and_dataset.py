"""``triage extract`` over JSONL, and the extractor's figures on the dataset's dev split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.extraction.metrics import dataset_path, evaluate, load_records
from agent.extraction.rules import RulesExtractor

OUTPUT_KEYS = {
    "id",
    "intent",
    "secondary_intents",
    "po_refs",
    "dates",
    "lines",
    "price_changes",
    "tracking",
    "confidence",
    "extractor",
}


def test_extract_writes_one_line_per_input_and_survives_a_bad_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        {
            "id": "a",
            "text": "P00042 delayed, new delivery date 12/05.",
            "received_at": "2026-11-26T10:00:00-05:00",
            "vendor_country": "US",
        },
        "{not json",
        {"id": "b", "received_at": "2026-11-26T10:00:00Z"},
        {"id": "c", "text": "Lieferung am 05.12.2026 bestätigt.", "received_at": "yesterday"},
        {
            "id": "d",
            "text": "Wir bestätigen Lieferung am 05.12.2026 für P00043.",
            "received_at": "2026-11-26T10:00:00+01:00",
            "vendor_country": "DE",
        },
    ]
    source.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", "--jsonl", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    assert set(rows[0]) == OUTPUT_KEYS and set(rows[4]) == OUTPUT_KEYS
    assert rows[0]["dates"][0]["value"] == "2026-12-05"
    assert rows[0]["dates"][0]["quote"] == "12/05"
    assert set(rows[0]["dates"][0]) == {"value", "role", "quote", "start", "end", "confidence"}
    assert rows[0]["extractor"] == "rules"
    assert [r["value"] for r in rows[4]["po_refs"]] == ["P00043"]
    for bad, ident in ((rows[1], None), (rows[2], "b"), (rows[3], "c")):
        assert set(bad) == {"id", "error"} and bad["id"] == ident and bad["error"]


def test_extract_to_stdout(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 7, "text": "Shipped today.", "received_at": "2026-11-26T10:00:00Z"})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", "--jsonl", str(source)])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[-1])["id"] == 7


def test_unknown_extractor_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--jsonl", str(source), "--extractor", "nope"])
    assert result.exit_code != 0


DATASET = dataset_path()


@pytest.mark.skipif(not DATASET.exists(), reason="the labelled dataset is not built here")
def test_dev_split_figures_do_not_regress() -> None:
    report = evaluate(RulesExtractor(), load_records(DATASET, ["dev"]))
    assert report.n >= 30
    assert report.errors == 0
    assert report.dates_without_quote == 0
    assert report.intent_macro_f1 >= 0.85
    assert report.commitment_exact >= 0.90
    assert report.po_precision >= 0.97
    assert report.po_recall >= 0.97
