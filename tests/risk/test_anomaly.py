from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from agent.classifiers.anomaly import DemandSupplyAnomaly
from agent.classifiers.persist import ModelFileError, card_path, save_model
from agent.risk.combine import RiskCombiner
from agent.risk.features import FEATURE_SCHEMA


def _features(n: int = 3000, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(n, len(FEATURE_SCHEMA))).astype(np.float32)


def test_estimator_contract() -> None:
    model = DemandSupplyAnomaly(n_estimators=10, random_state=3)
    assert model.get_params()["n_estimators"] == 10
    assert model.fit(_features()) is model
    assert model.n_features_in_ == len(FEATURE_SCHEMA)
    again = DemandSupplyAnomaly(n_estimators=10, random_state=3).fit(_features())
    x = _features(50, seed=1)
    assert np.array_equal(model.anomaly_score(x), again.anomaly_score(x))


def test_outlier_scores_high_and_normal_rows_spread() -> None:
    model = DemandSupplyAnomaly(n_estimators=20).fit(_features())
    normal = model.anomaly_score(_features(500, seed=2))
    outlier = model.anomaly_score(np.full((1, len(FEATURE_SCHEMA)), 8.0, np.float32))
    assert outlier[0] > 0.99
    assert 0.3 < float(np.median(normal)) < 0.7


def test_round_trip(tmp_path: Path) -> None:
    model = DemandSupplyAnomaly(n_estimators=10).fit(_features())
    path = tmp_path / "anomaly-v1.joblib"
    card = model.save(path)
    assert card["feature_schema"] == list(FEATURE_SCHEMA)
    loaded = DemandSupplyAnomaly.load(path)
    x = _features(100, seed=4)
    assert np.array_equal(loaded.anomaly_score(x), model.anomaly_score(x))


def test_schema_mismatch_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "anomaly-v1.joblib"
    DemandSupplyAnomaly(n_estimators=5).fit(_features()).save(path)
    card = json.loads(card_path(path).read_text())
    card["feature_schema"] = card["feature_schema"][:-1]
    card_path(path).write_text(json.dumps(card))
    with pytest.raises(ModelFileError, match="retrain"):
        DemandSupplyAnomaly.load(path)


def test_payload_for_another_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.joblib"
    save_model(DemandSupplyAnomaly(), path, version="x", feature_schema=["a", "b"])
    with pytest.raises(ModelFileError):
        DemandSupplyAnomaly.load(path)


def test_tampered_or_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "anomaly-v1.joblib"
    DemandSupplyAnomaly(n_estimators=5).fit(_features()).save(path)
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(ModelFileError, match="checksum"):
        DemandSupplyAnomaly.load(path)
    with pytest.raises(ModelFileError, match="missing"):
        DemandSupplyAnomaly.load(tmp_path / "nope.joblib")


def test_wrong_estimator_in_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "combiner.joblib"
    DemandSupplyAnomaly(n_estimators=5).fit(_features()).save(path)
    with pytest.raises(ModelFileError):
        RiskCombiner.load(path)


def test_shipped_files_are_small_and_load() -> None:
    data = Path("agent/classifiers/data")
    assert sum(p.stat().st_size for p in data.iterdir()) < 2_000_000
    assert DemandSupplyAnomaly.load().n_features_in_ == len(FEATURE_SCHEMA)
    assert RiskCombiner.load().n_features_in_ > 0


@pytest.mark.parametrize("rows", [1, 7, 5000])
def test_raw_score_is_scikit_learns_score_exactly(rows: int) -> None:
    """The per-tree path skips scikit-learn's dispatch, never its arithmetic."""
    shipped = DemandSupplyAnomaly.load()
    fitted = DemandSupplyAnomaly(n_estimators=7, max_samples=64).fit(_features())
    x = _features(rows, seed=4) * np.float32(30.0)
    for model in (shipped, fitted):
        assert np.array_equal(model.raw_score(x), -model.forest_.score_samples(x))
    tiny = DemandSupplyAnomaly(n_estimators=3, max_samples=2).fit(_features(2))
    assert np.array_equal(tiny.raw_score(x), -tiny.forest_.score_samples(x))
