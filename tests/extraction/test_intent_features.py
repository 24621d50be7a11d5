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


def test_date_direction() -> None:
    assert "dir:earlier" in dense("We deliver on Monday 30th November instead of 7th December.")
    assert "dir:earlier" in dense("In plaats van 4 december komen ze nu al op 30 november.")
    assert "dir:later" in dense("Ready in week 47, not in week 45 as confirmed.")
    assert "dir:later" in dense("Lieferung am 18.12. statt 27.11.")
    assert "dir:later" in dense("Now arriving 12/10 instead of 12/03.")
    ranged = dense("Industrial action from 12 October 2026 to 16 October 2026.")
    assert "dir:later" not in ranged and "dir:earlier" not in ranged


def test_a_pull_in_is_no_delay_cue() -> None:
    pull_in = dense("Confirmed delivery is now 24/11 instead of 01/12.")
    assert "cue:earlier:plain" in pull_in
    assert "cue:delay:plain" not in pull_in


def test_balance_payment_is_money_not_goods() -> None:
    assert "cue:partial_shipment:plain" not in dense("Documents follow after balance payment.")
    assert "cue:payment:plain" in dense("Documents follow after balance payment.")
    assert "cue:partial_shipment:plain" in dense("The balance of 40 pcs follows.")


def test_cues_that_tell_intents_apart() -> None:
    assert "cue:complete:plain" in dense("Full order, nothing held back. P02017 is now complete.")
    assert "cue:ask_buyer:plain" in dense("Would you prefer that we ship the 600 now?")
    assert "cue:broadcast:plain" in dense("Dear customers, our office closes on 24 December.")
    assert "cue:on_track:plain" in dense("P02098 is still on track for 10/27.")


def test_labelled_old_and_new_dates() -> None:
    assert "dir:later" in dense("Oude leverdatum:    17-11-2026\nNieuwe leverdatum:  24-11-2026")
    assert "dir:later" in dense(
        "Nouvelle date de livraison : 07/12/2026\nDate précédente : 30/11/2026"
    )
    assert "dir:later" in dense("Original ETD Ningbo was 8 Nov, now new ETD is 22 Nov.")
    assert "dir:later" in dense("La nueva ETA es el 4 de diciembre (antes 20 de noviembre).")
    assert "dir:later" in dense("ETD W48 (was W46)")
    assert "dir:earlier" in dense("Alter Termin: KW 48, neuer Termin: KW 46")
    assert "dir:earlier" not in dense(
        "Requested delivery: 14/10/2026\nConfirmed delivery: 16/10/2026"
    )
    assert "dir:later" in dense("Requested delivery: 14/10/2026\nConfirmed delivery: 16/10/2026")


def test_a_bare_day_is_the_old_side_of_instead_of() -> None:
    assert "dir:earlier" in dense("We deliver on Friday 20 November instead of the 27th.")
    assert "dir:later" in dense("We deliver on 2 December instead of the 28th.")


def test_acknowledgement_table_requested_against_confirmed() -> None:
    header = "Pos  Article   Qty  Req. week  Conf. delivery\n"
    same = dense(
        header + "1  NT-TC-L140  300  w. 42  2026-10-12\n2  NT-RUN-40  250  w. 42  2026-10-14"
    )
    assert "dir:same" in same and "dir:later" not in same
    later = dense(
        header + "1  NT-TC-L140  300  w. 42  2026-10-12\n2  NT-NAP-L4  500  w. 42  2026-10-26"
    )
    assert "dir:later" in later
    german = (
        "Pos  Artikel  Menge  Wunschtermin  Bestätigt\n1  AF-BK-500  240  23.11.2026  30.11.2026"
    )
    assert "dir:later" in dense(german)
    assert "dir:later" not in dense(
        "Pos  Artikel  Menge  Liefertermin\n1  AF-BK-500  240  23.11.2026"
    )


def test_a_date_that_still_holds() -> None:
    assert "dir:holds" in dense("P05047 is still scheduled to deliver 12/15.")
    assert "dir:holds" in dense("Der Liefertermin 09.12. bleibt bestehen.")
    assert "dir:holds" in dense("De levering blijft staan op vrijdag 20 november.")
    assert "dir:holds" in dense("Se mantiene la entrega del 14/12.")
    assert "dir:holds" not in dense("Still not your original 11/26, I know.")
    assert "dir:holds" not in dense("Our office will remain closed from 24.12.")


def test_agreed_and_requested_dates() -> None:
    assert "cue:agreed:plain" in dense("I can reconfirm the revised date, as agreed last week.")
    assert "cue:agreed:plain" in dense("Comme convenu, livraison le 14 décembre.")
    assert "cue:agreed:plain" in dense("Zoals afgesproken leveren we in week 50.")
    assert "cue:requested:neg" in dense("Position 2 can't make your requested week.")
    assert "cue:requested:neg" in dense("Den Käse können wir nicht zum Wunschtermin liefern.")
    assert "cue:on_track:plain" in dense("P05047 is still scheduled for 12/15.")
