"""The regex speed-ups find exactly what the plain patterns they replace found.

Each rewritten pattern is compared with its plain form (``IGNORECASE``, a leading
look-behind, a flat alternation) on the texts of the dataset's train and dev splits, whole
and in short windows, and on a few hand-written strings.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest

from agent.extraction.metrics import dataset_path, load_records
from agent.extraction.rules import (
    absolute,
    dates,
    extractor,
    intent_rules,
    lexicon,
    periods,
    prices,
    quantities,
    refs,
    relative,
    roles,
    tracking,
    zones,
)
from agent.extraction.rules.dates import GATES, NEEDLES, DateSettings
from agent.extraction.rules.fastre import (
    REWRITTEN,
    branches,
    by_first_literal,
    finditer_any,
    fold,
    line_spans,
    literal_first,
    lower_case_only,
    lower_case_twin,
    not_after,
    search_folded,
)
from agent.extraction.rules.lexicon import MONTH_RE, MONTH_WORD_RE

EXTRA = [
    "Our order no. AB-2026-5531, SO-88123 and P00042/PO00043; Re: PO/2026/00123 (xP00044).",
    "Tracking 1Z999AA10123456784, JJD0001234567890, 3SABCD1234567 and MSCU1234567 (xMSCU7654321).",
    "Liefertermin 14.12.2026 statt 03.12.; 12/05 vs 5/12, 1.5.26, 2026-12-05, v1.2.3",
    "The REMAINING 80 UNITS ship next Tuesday, mid-January or end of the month; İstanbul",
    "On Mon, Nov 2, 2026 Buyer <b@x.example> wrote:\n> old\n--- attachment: ack.pdf ---\nnew",
    "---------- Forwarded message ---------\nVon: A\nGesendet: B\n\nBegin forwarded message:\n",
]


@cache
def texts() -> tuple[str, ...]:
    path = dataset_path()
    records = load_records(path, ["train", "dev"]) if path.exists() else []
    return (*(record["text"] for record in records), *EXTRA)


def windows(text: str) -> list[str]:
    return [text, *(text[start : start + 150] for start in range(0, len(text), 53))]


def same_matches(a: re.Pattern[str], b: re.Pattern[str], text: str) -> bool:
    return [(m.span(), m.groups()) for m in a.finditer(text)] == [
        (m.span(), m.groups()) for m in b.finditer(text)
    ]


def assert_same(plain: re.Pattern[str], fast: re.Pattern[str], *, folded: bool) -> None:
    for text in texts():
        source = fold(text) if folded else text
        for window in windows(source):
            assert same_matches(plain, fast, window), (fast.pattern[:60], window)


def test_fold_keeps_offsets() -> None:
    assert fold("ABC Straße") == "abc straße"
    assert fold("İstanbul") == "istanbul"
    assert len(fold("İİ x")) == 4


FOLDED = [
    *(getattr(roles, n) for n in ("RESTATED", "SHIP", "DELIVERY", "OTHER_CUE", "CHANGE")),
    *(getattr(roles, n) for n in ("PRICE_CUE", "PRICE_CONTEXT", "WEAK_DELIVERY", "CONDITIONAL")),
    *(getattr(absolute, n) for n in ("DAY_MONTH", "MONTH_DAY", "ORDINAL_DAY", "WEEK")),
    *(getattr(absolute, n) for n in ("DAYS_MONTH", "MONTH_DAYS", "MONTH_ALONE")),
    *(getattr(relative, n) for n in ("DAY_WORD", "IN_N", "BUSINESS", "WEEKDAY")),
    relative.WEEK_PART,
    relative.MONTH_PART,
    *(getattr(periods, n) for n in ("MONTH_WEEK", "YEAR_END", "YEAR_START", "NEXT_MONTH")),
    periods.NEXT_WORKING_DAY,
    *(getattr(roles, n) for n in ("NEGATED", "REST", "REPLY_BY", "CANCELLED", "DOCUMENT")),
    refs._VENDOR_LABEL,
    quantities._REMAINING,
    quantities._COUNTED,
    quantities._PART_OF,
    quantities._BARE,
    quantities._patterns(("ABC-123", "Ek-9"))[1],
    prices.OLD_NEW,
    prices.NEW_ONLY,
    prices.PERCENT,
    lexicon._PAST_BEFORE_FOLDED,
]


@pytest.mark.parametrize("pattern", FOLDED)
def test_patterns_on_folded_text_are_lower_case(pattern: re.Pattern[str]) -> None:
    assert not pattern.flags & re.IGNORECASE
    assert lower_case_only(pattern.pattern)


@pytest.mark.parametrize("pattern", FOLDED)
def test_folded_pattern_matches_as_ignorecase_on_the_text(pattern: re.Pattern[str]) -> None:
    plain = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
    for text in texts():
        assert [(m.regs, m.lastindex) for m in plain.finditer(text)] == [
            (m.regs, m.lastindex) for m in pattern.finditer(fold(text))
        ]


def test_branches_split_at_top_level_only() -> None:
    assert branches(r"a|b(?:c|d)|[|)]x|\|y|[^]|]z") == ["a", "b(?:c|d)", "[|)]x", r"\|y", "[^]|]z"]


def test_literal_first_expands_leading_groups_in_order() -> None:
    assert literal_first(r"(?:the\s+)?(?:a|\bb)c|d") == r"the\s+(?:a|\bb)c|ac|b(?<!\wb)c|d"
    assert literal_first(r"(?P<x>a)|b") == r"(?P<x>a)|b"
    assert literal_first(r"(a)|(?:b|c)") == r"(a)|(?:b|c)"
    assert literal_first(r"\bs?end|[(]a|(?:b|c)d") == r"\bs?end|[(]a|bd|cd"
    assert (
        literal_first(r"\b(?:ab|c\s)d|\b(?:x)?y")
        == r"a(?<!\wa)bd|c(?<!\wc)\sd|x(?<!\wx)y|y(?<!\wy)"
    )
    assert literal_first(r"\b(?:x)*y") == r"\b(?:x)*y"


def test_literal_first_moves_a_leading_look_behind_after_the_first_character() -> None:
    assert literal_first(r"(?<!bon\sde\s)livr|x") == r"l(?<!bon\sde\sl)ivr|x"
    assert literal_first(r"\b(?<!\bif\s)(?:not|no)\b") == (
        r"n(?<!\bif\sn)(?<!\wn)ot\b|n(?<!\bif\sn)(?<!\wn)o\b"
    )
    assert literal_first(r"(?<=a|b)(?:x|y)") == r"x(?<=(?:a|b)x)|y(?<=(?:a|b)y)"
    # a branch after it that begins with no literal leaves it where it is
    assert literal_first(r"(?<!a)\dz") == r"(?<!a)\dz"
    for source in (r"(?<!bon\sde\s)livr|x", r"\b(?<!\bif\s)(?:not|no)\b", r"(?<=a|b)(?:x|y)"):
        assert_same(re.compile(source), re.compile(literal_first(source)), folded=True)
        for text in ("bon de livraison, livré", "if not, not now; elif no", "ax by cx ay"):
            assert same_matches(re.compile(source), re.compile(literal_first(source)), text)


def test_by_first_literal_groups_alternatives_in_order() -> None:
    assert by_first_literal(r"ab|cd|ae|\(x|\(y") == r"a(?:b|e)|cd|\((?:x|y)"
    assert by_first_literal(r"\-a|b|-c|\-d") == r"\-(?:a|c|d)|b"
    # a quantified or non-literal first character leaves the pattern as it is
    assert by_first_literal(r"a?b|ac") == r"a?b|ac"
    assert by_first_literal(r"[a]b|ac|\bad") == r"[a]b|ac|\bad"


def test_by_first_literal_groups_again_after_the_first_literal() -> None:
    assert by_first_literal(r"a(?<!\wa)bc|a(?<!\wa)bd|ab\b") == (
        r"a(?:b(?:c(?<!\wabc)|d(?<!\wabd)|\b))"
    )
    # an empty alternative and one that cannot begin with a literal keep their places
    assert by_first_literal(r"ab|a|ac|a\sd|ae") == r"a(?:b||c|\sd|e)"
    # with a capturing group, one level only (expanding a group would copy the capture)
    assert by_first_literal(r"a(?:b|c)(x)|ad") == r"a(?:(?:b|c)(x)|d)"


def test_not_after_rejects_a_non_literal_first_character() -> None:
    with pytest.raises(ValueError, match="literal"):
        not_after(r"\w", [r"\d+"])


def test_rewritten_patterns_find_the_same_matches() -> None:
    assert REWRITTEN
    for rewritten, (source, flags) in REWRITTEN.items():
        assert_same(re.compile(source, flags), re.compile(rewritten, flags), folded=True)


def test_look_behind_after_the_first_character_finds_the_same_matches() -> None:
    plain_odoo = re.compile(
        r"(?<![A-Za-z0-9/-])(?P<ref>(?:PO|P)(?:[/-]?\d{4}[/-])?\d{3,7})(?![\w]|[/-]\w)"
    )
    plain_shape = re.compile(
        r"(?<![\w/-])(?P<ref>(?:SO|AB|OC|OA|ORD|SQ|VO|SC|CO|OF|AUF)"
        r"(?:[-#/]|[ ](?=\d{4}|\d\d[-/]\d))?(?:\d{2,4}[-/])?\d{3,}(?:-\d{1,3})?)(?![\w/-])"
    )
    plain_evidence = re.compile(
        r"(?<![\w/.,:-])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w]|[./-]\d)"
    )
    plain_shapes = [
        r"(?<![\w])1Z[0-9A-Z]{16}(?![\w])",
        r"(?<![\w])3S[A-Z0-9]{11,13}(?![\w])",
        r"(?<![\w])JJD\d{10,20}(?![\w])",
        r"(?<![\w])[A-Z]{3}U\s?\d{6}-?\d(?![\w])",
    ]
    assert_same(plain_odoo, refs.odoo_pattern(("P", "PO")), folded=False)
    assert_same(plain_shape, refs._VENDOR_SHAPE, folded=False)
    assert_same(plain_evidence, absolute._EVIDENCE, folded=False)
    for text in texts():
        # the separator-led twins that ``numeric_order_evidence`` reads find the same numbers
        assert sorted(
            (sep, two or one, second, year, dot)
            for sep, pattern in zip("./-", absolute._EVIDENCE_AT, strict=True)
            for two, one, second, year, dot in pattern.findall(text)
        ) == sorted(
            (*m.group(2, 1, 3), m.group(4) or "", "." if text[m.end() : m.end() + 1] == "." else "")
            for m in plain_evidence.finditer(text)
        )
    for plain, (_carrier, fast) in zip(plain_shapes, tracking._SHAPES, strict=True):
        assert_same(re.compile(plain), fast, folded=False)
    for fast, digits, behind in (
        (absolute.DAY_MONTH, "(?P<d>\\d(?<![\\d.,/]\\d)\\d?)", "\\d.,/"),
        (absolute.DAYS_MONTH, "(?P<d1>\\d(?<![\\d.,]\\d)\\d?)", "\\d.,"),
    ):
        name = digits[4 : digits.index(">")]
        plain = fast.pattern.replace(digits, f"(?<![{behind}])(?P<{name}>\\d{{1,2}})")
        assert plain != fast.pattern
        assert_same(re.compile(plain), fast, folded=True)
    for fast, plain_start, first_digit in (
        (absolute.ISO, r"(?<![\w/.-])(\d{4})", r"(\d(?<![\w/.-]\d)\d{3})"),
        (
            absolute.NUMERIC,
            r"(?<![\w/.,:])(?<!(?<![./]\d\d)(?<![./]\d)(?<![./]\d\d\.)(?<![./]\d{4})-)(\d{1,2})",
            r"(\d(?<![\w/.,:]\d)(?<!(?<![./]\d\d)(?<![./]\d)(?<![./]\d\d\.)(?<![./]\d{4})-\d)\d?)",
        ),
        (relative.BUSINESS, r"(?<![\w.,])(?P<n>\d{1,2})", r"(?P<n>\d(?<![\w.,]\d)\d?)"),
    ):
        assert fast.pattern.startswith(first_digit)
        plain = re.compile(plain_start + fast.pattern[len(first_digit) :], fast.flags)
        assert_same(plain, fast, folded=fast is relative.BUSINESS)
    short_week = (
        r"(?<!\w)(?:en|in|for|pour|voor|ab|la|de|op|livraison|Livraison|delivery|Delivery|entrega"
        r"|Entrega)\s+(?P<q>[SW]\s?(?P<w>\d{1,2}))(?!\w)"
    )
    assert_same(re.compile(short_week), absolute.SHORT_WEEK, folded=False)
    qty = r"(?<![\w.,])" + quantities._QTY
    assert_same(re.compile(qty), re.compile(quantities._QTY_FIRST), folded=False)
    month = re.compile(rf"(?<!\w)(?P<m>{MONTH_RE})")
    assert_same(month, re.compile(rf"(?P<m>{MONTH_WORD_RE})"), folded=True)


def test_zones_skip_scans_only_when_no_match_is_possible(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast = [zones.current_zones(text, len(text) // 3) for text in texts()]
    always = tuple((pattern, current, ()) for pattern, current, _needles in zones._MARKS)
    monkeypatch.setattr(zones, "_MARKS", always)
    assert fast == [zones.current_zones(text, len(text) // 3) for text in texts()]


def test_date_gates_skip_only_parsers_that_would_find_nothing() -> None:
    for text in texts():
        for zones_of in (None, tuple(zones.current_zones(text, len(text) // 2))):
            settings = DateSettings(reference=dt.date(2026, 11, 26), zones=zones_of)
            for parser, gate in GATES.items():
                if not dates._occurs(gate, text, settings):
                    assert list(parser(text, settings)) == [], (parser.__name__, text)


def test_date_needles_skip_only_parsers_that_would_find_nothing() -> None:
    for text in texts():
        for zones_of in (None, tuple(zones.current_zones(text, len(text) // 2))):
            settings = DateSettings(reference=dt.date(2026, 11, 26), zones=zones_of)
            spans = zones_of or ((0, len(text)),)
            lowered = fold(" ".join(text[start:end] for start, end in spans))
            for parser, needles in NEEDLES.items():
                if not any(needle in lowered for needle in needles):
                    assert list(parser(text, settings)) == [], (parser.__name__, text)


def test_certain_other_on_folded_text_is_the_ignorecase_search() -> None:
    extra = ["Out Of The OFFICE", "İ am away", "ı am away", "unſubſcribe", "Auto Reply: x"]
    for text in (*texts(), *extra):
        for part in (text, text[:600]):
            expected = intent_rules.CERTAIN_OTHER.search(part) is not None
            assert intent_rules._certain(part) == expected, part


def _set_groups(m: re.Match[str]) -> dict[str, str]:
    return {name: value for name, value in m.groupdict().items() if value is not None}


def test_finditer_any_finds_what_the_alternation_finds() -> None:
    separator = re.compile(r"[./-](?<=\d[./-])(?=\d)")
    cases = (
        (refs._VENDOR_LABEL, refs._VENDOR_LABELS, True),
        (separator, absolute.SEPARATORS, False),
        (absolute.ORDINAL_DAY, absolute._ORDINAL_DAYS, True),
        (relative.IN_N, relative._IN_N_PARTS, True),
    )
    extra = (
        "our order no. 12345 ab 123 our ab 4567",
        "on mon, the 3rd; le lundi 4, the 21st",
        "in about 2-3 weeks, within ten days; 5 days from now, d'ici deux semaines x10 days",
    )
    for text in (*texts(), *extra):
        for combined, parts, folded in cases:
            source = fold(text) if folded else text
            for window in windows(source):
                assert [(m.span(), _set_groups(m)) for m in combined.finditer(window)] == [
                    (m.span(), _set_groups(m)) for m in finditer_any(parts, window)
                ], (combined.pattern[:40], window)
            assert [m.span() for m in combined.finditer(source, 3, len(source) - 2)] == [
                m.span() for m in finditer_any(parts, source, 3, len(source) - 2)
            ]


def test_line_spans_are_the_multiline_patterns_spans() -> None:
    patterns = (zones.ATTACHMENT, zones.FORWARD, zones.HISTORY, zones._QUOTED_LINE)
    for text in (*texts(), "\n\n> a\n>b\n\nON x WROTE:\n\n\nFrom: a\nSent: b\n"):
        for pattern in (*patterns, zones._HEADER_LINE):
            for pos in sorted({0, 1, len(text) // 3, text.find("\n") + 1, len(text)}):
                assert list(line_spans(pattern, text, pos)) == [
                    m.span() for m in pattern.finditer(text, pos)
                ], (pattern.pattern[:30], pos, text)
                if pattern.flags & re.IGNORECASE:
                    assert list(line_spans(lower_case_twin(pattern), fold(text), pos)) == [
                        m.span() for m in pattern.finditer(text, pos)
                    ], (pattern.pattern[:30], pos, text)


def test_search_folded_finds_what_the_ignorecase_search_finds() -> None:
    patterns = (
        extractor._AT_WAREHOUSE,
        extractor._CARRIER_ARRIVAL,
        extractor._READY,
        absolute._WEEKDAY_BEFORE,
        absolute._COORDINATED_MONTH,
        absolute._MONTH_PREPOSITION,
    )
    for text in (*texts(), "Your WAREHOUSE, ready; the VESSEL arrives at Hamburg on MONDAY, "):
        for end in range(0, len(text) + 1, 7):
            for pattern in patterns:
                start = max(0, end - 80)
                expected = pattern.search(text, start, end)
                found = search_folded(pattern, text, start, end)
                assert (expected and expected.span()) == (found and found.span()), (
                    pattern.pattern[:30],
                    text[start:end],
                )


def test_refs_gates_from_present_characters_are_the_gates() -> None:
    import random

    rnd = random.Random(11)
    letters = "abcdefghklnopuvzäóqxy "
    extra = ["".join(rnd.choice(letters) for _ in range(rnd.randint(0, 60))) for _ in range(300)]
    for text in (*texts(), *extra):
        for part in (fold(text), text):
            present = refs._present(part)
            assert refs._allowed(refs._LABEL_GATES, present) == refs._possible(
                refs._GATED_VENDOR_LABELS, part
            )
            assert refs._allowed(refs._DOCUMENT_GATES, present) == refs._possible(
                refs._GATED_DOCUMENT_DIGITS, part
            )
