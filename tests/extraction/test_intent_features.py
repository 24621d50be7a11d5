"""The intent classifier's features: folding, shapes, cues in context, structure."""

from __future__ import annotations

from agent.classifiers.intent_features import DENSE_NAMES, features, fold


def dense(doc: str) -> dict[str, float]:
    return {name: value for name, value in zip(DENSE_NAMES, features(doc)[1], strict=True) if value}


def test_fold_removes_accents_and_case() -> None:
    assert fold("Verzögerung, EXPÉDIÉ, Straße, año") == "verzogerung, expedie, strasse, ano"


def test_numbers_and_codes_become_shapes() -> None:
    grams = features("P00412: 120 pcs, 20251203, tracking JJD0001234567890")[0]
    assert {"<code>", "<n>", "<nnn>", "<trk>", "tracking"} <= set(grams)
    assert "p00412" not in grams and "120" not in grams


def test_same_cue_in_five_languages() -> None:
    for doc in (
        "The order is delayed",
        "Die Lieferung verzögert sich",
        "Nous avons du retard",
        "Hay un retraso",
        "De levering is vertraagd",
    ):
        assert "cue:delay:plain" in dense(doc), doc


def test_negated_and_conditional_cues_are_counted_apart() -> None:
    assert set(dense("No delay on P00412.")) >= {"cue:delay:neg"}
    assert "cue:delay:plain" not in dense("No delay on P00412.")
    assert "cue:shipping_notice:neg" in dense("The goods are not yet shipped")
    conditional = dense("If you want to cancel the order, let us know.")
    assert "cue:cancellation:cond" in conditional
    assert "cue:cancellation:plain" not in conditional


def test_context_stops_at_the_end_of_a_sentence() -> None:
    assert "cue:cancellation:plain" in dense("If needed we call. We cancel the order.")
    assert "cue:cancellation:plain" in dense("No, we cancel the order")


def test_phrases_are_cues() -> None:
    assert "cue:delay:plain" in dense("new ETA is Friday")
    assert "cue:confirmation:plain" in dense("delivery as planned")


def test_structure() -> None:
    found = dense("Price +4% from EUR 3.50. Tracking 1Z999AA10123456784. The remaining 80 units?")
    assert {
        "struct:percent",
        "struct:currency_amount",
        "struct:tracking_code",
        "struct:partial_quantity",
        "struct:question_mark",
    } <= set(found)
    assert "struct:partial_quantity" not in dense("The remaining items follow next week.")


def test_counts_are_damped() -> None:
    assert dense("delay " * 50)["cue:delay:plain"] == dense("delay " * 5)["cue:delay:plain"]
