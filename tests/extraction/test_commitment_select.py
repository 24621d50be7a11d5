"""The commitment-selector experiment: candidates, scoring, grouped folds and the model."""

from __future__ import annotations

from typing import Any

from agent.classifiers import commitment_select as cs

TEXTS = [
    ("Your order {ref} will be delivered on 14 December.", "2026-12-14"),
    (
        "Sorry, order {ref} slips: new delivery date 18 December instead of 9 December.",
        "2026-12-18",
    ),
    ("Could you tell us whether order {ref} can be moved to 11 December?", None),
]


def record(n: int) -> dict[str, Any]:
    template, gold = TEXTS[n % len(TEXTS)]
    text = template.format(ref=f"P07{n:03d}")
    return {
        "id": f"se-{n:04d}",
        "split": "train" if n % 4 else "dev",
        "vendor": f"vendor-{n % 3}",
        "vendor_country": "GB",
        "subject": f"P07{n:03d}",
        "received_at": "2026-12-01T09:00:00+00:00",
        "text": text,
        "new_text_end": len(text),
        "labels": {"commitment_date": gold},
    }


def test_collect_fit_and_score_on_a_tiny_fixture() -> None:
    records = [record(n) for n in range(12)]
    modules = {r["id"]: f"emails_en_round{5 + int(r['id'][-4:]) % 2}" for r in records}
    samples = cs.collect(records, modules)
    assert [len(s.values) for s in samples] == [len(s.features) for s in samples]
    assert all(s.gold is None or s.gold in s.values for s in samples)
    rules = cs.score(samples, cs.rules_choice)
    assert rules.n == 8
    selector = cs.Selector(c=10.0, threshold=0.5).fit(samples)
    model = cs.score(samples, selector.choose)
    assert model.hits == model.n == 8
    assert model.spurious == 0
    # the old date of the delay email is no commitment
    delay = samples[1]
    scores = dict(zip(delay.values, selector.scores(delay), strict=True))
    assert scores["2026-12-18"] > scores["2026-12-09"]


def test_grouped_folds_keep_each_group_whole() -> None:
    samples = [
        cs.Sample(
            id=f"se-{n}", split="train", module=f"m{n % 4}", vendor="v", gold=None, rules=None
        )
        for n in range(20)
    ]
    folds = cs.grouped_folds(samples, "module", k=2)
    assert sorted(i for fold in folds for i in fold) == list(range(20))
    for fold in folds:
        assert (
            len(
                {samples[i].module for i in fold}
                & {samples[i].module for other in folds if other is not fold for i in other}
            )
            == 0
        )


def test_round_of() -> None:
    assert cs.round_of("emails_de_nl_round7") == "round7"
    assert cs.round_of("emails_en_round6b") == "round6"
    assert cs.round_of("emails_en_hard") is None
