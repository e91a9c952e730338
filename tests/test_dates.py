"""Dates: resolution rules, span finding with tense, event dates and date warnings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from realpolitik.coders.dates import Tense, code_dates, date_warnings, event_date, resolve
from realpolitik.models import Article, DatePrecision, TimeRef

BASE = dt.date(2024, 7, 17)  # a Wednesday
D = dt.date
DAY, WEEK, MONTH, YEAR = (
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
)


@pytest.mark.parametrize(
    ("text", "tense", "start", "end", "precision"),
    [
        ("on Monday", Tense.PAST, D(2024, 7, 15), None, DAY),
        ("on Monday", Tense.FUTURE, D(2024, 7, 22), None, DAY),
        ("Wednesday", Tense.PAST, D(2024, 7, 17), None, DAY),
        ("on Friday", Tense.PAST, D(2024, 7, 12), None, DAY),
        ("on Friday", Tense.FUTURE, D(2024, 7, 19), None, DAY),
        ("last Wednesday", Tense.UNKNOWN, D(2024, 7, 10), None, DAY),
        ("Tuesday night", Tense.PAST, D(2024, 7, 16), None, DAY),
        ("yesterday", Tense.PAST, D(2024, 7, 16), None, DAY),
        ("this month", Tense.UNKNOWN, D(2024, 7, 1), D(2024, 7, 31), MONTH),
        ("last month", Tense.UNKNOWN, D(2024, 6, 1), D(2024, 6, 30), MONTH),
        ("last week", Tense.UNKNOWN, D(2024, 7, 8), D(2024, 7, 14), WEEK),
        ("next week", Tense.UNKNOWN, D(2024, 7, 22), D(2024, 7, 28), WEEK),
        ("this year", Tense.UNKNOWN, D(2024, 1, 1), D(2024, 12, 31), YEAR),
        ("last year", Tense.UNKNOWN, D(2023, 1, 1), D(2023, 12, 31), YEAR),
        ("in 2019", Tense.PAST, D(2019, 1, 1), D(2019, 12, 31), YEAR),
        ("since March", Tense.PAST, D(2024, 3, 1), BASE, YEAR),
        ("since 2017", Tense.PAST, D(2017, 1, 1), BASE, YEAR),
        ("earlier this year", Tense.PAST, D(2024, 1, 1), BASE, YEAR),
        ("earlier this month", Tense.PAST, D(2024, 7, 1), BASE, MONTH),
        ("in July", Tense.PAST, D(2024, 7, 1), D(2024, 7, 31), MONTH),
        ("in August", Tense.PAST, D(2023, 8, 1), D(2023, 8, 31), MONTH),
        ("in August", Tense.FUTURE, D(2024, 8, 1), D(2024, 8, 31), MONTH),
        ("in June", Tense.FUTURE, D(2025, 6, 1), D(2025, 6, 30), MONTH),
        ("in December", Tense.UNKNOWN, D(2024, 12, 1), D(2024, 12, 31), MONTH),
        ("in March 2018", Tense.PAST, D(2018, 3, 1), D(2018, 3, 31), MONTH),
        ("on Jan. 6", Tense.FUTURE, D(2025, 1, 6), None, DAY),
        ("on Jan. 6", Tense.PAST, D(2024, 1, 6), None, DAY),
        ("December 31, 2017", Tense.UNKNOWN, D(2017, 12, 31), None, DAY),
        ("Wednesday, 17 Jul 2024", Tense.UNKNOWN, D(2024, 7, 17), None, DAY),
        ("July 1 of this year", Tense.PAST, D(2024, 7, 1), None, DAY),
        ("two weeks ago", Tense.PAST, D(2024, 7, 3), None, WEEK),
        ("in recent weeks", Tense.PAST, D(2024, 6, 20), BASE, MONTH),
        ("the past 24 hours", Tense.PAST, BASE, None, DAY),
        ("in the first five months of this year", Tense.PAST, D(2024, 1, 1), D(2024, 5, 31), YEAR),
        ("the third quarter of 2023", Tense.PAST, D(2023, 7, 1), D(2023, 9, 30), YEAR),
        ("the 1990s", Tense.PAST, D(1990, 1, 1), D(1999, 12, 31), YEAR),
        ("mid-2018", Tense.PAST, D(2018, 1, 1), D(2018, 12, 31), YEAR),
        ("late December", Tense.PAST, D(2023, 12, 1), D(2023, 12, 31), MONTH),
        ("the fiscal year ended Sept. 30, 2017", Tense.PAST, D(2017, 9, 30), None, DAY),
    ],
)
def test_resolution_table(
    text: str, tense: Tense, start: dt.date, end: dt.date | None, precision: DatePrecision
) -> None:
    ref = resolve(text, BASE, tense)
    assert ref is not None, text
    assert (ref.date, ref.end_date, ref.precision) == (start, end, precision)
    assert ref.text == text


@pytest.mark.parametrize(
    "text",
    [
        "an early end",
        "may",
        "45 years old",
        "a 45-year-old man",
        "for three years",
        "three years",
        "decades",
        "the day",
        "the holidays",
        "march",
        "the 70th anniversary",
        "",
    ],
)
def test_non_dates_are_rejected(text: str) -> None:
    assert resolve(text, BASE, Tense.PAST) is None


def test_relative_dates_without_a_publication_date_stay_unresolved() -> None:
    ref = resolve("last week", None)
    assert ref is not None and ref.date is None and ref.precision is DatePrecision.UNKNOWN
    absolute = resolve("in 2019", None)
    assert absolute is not None and absolute.date == D(2019, 1, 1)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=60),
    base=st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))),
    tense=st.sampled_from(list(Tense)),
)
def test_resolution_never_raises(text: str, base: dt.date | None, tense: Tense) -> None:
    ref = resolve(text, base, tense)
    assert ref is None or isinstance(ref, TimeRef)
    if ref is not None and ref.date is not None and ref.end_date is not None:
        assert ref.end_date > ref.date


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "in",
                "on",
                "since",
                "last",
                "next",
                "this",
                "the",
                "early",
                "March",
                "May",
                "Monday",
                "week",
                "month",
                "year",
                "2019",
                "17",
                "ago",
                "two",
                "of",
                "first",
                "quarter",
                "recent",
                "months",
                "Jan.",
                "summer",
                ",",
                "-",
                "1990s",
                "past",
            ]
        ),
        max_size=6,
    ),
    base=st.dates(min_value=D(1900, 3, 1), max_value=D(2100, 10, 31)),
)
def test_resolution_never_raises_on_date_like_word_salad(words: list[str], base: dt.date) -> None:
    for tense in Tense:
        resolve(" ".join(words), base, tense)


def _article(text: str, published: dt.date | None = BASE) -> Article:
    return Article(id="a1", text=text, published=published)


@pytest.mark.slow
def test_code_dates_resolves_by_the_tense_of_each_clause(nlp: Any) -> None:
    text = (
        "Russian officials visited Pyongyang in August. They will return in August, "
        "the ministry said on Monday."
    )
    doc = nlp(text)
    refs = code_dates(doc, _article(text))
    by_start = {r.provenance.start: r for r in refs if r.provenance}
    first = by_start[text.index("in August")]
    second = by_start[text.index("in August", text.index("return"))]
    assert (first.date, second.date) == (D(2023, 8, 1), D(2024, 8, 1))
    monday = next(r for r in refs if r.text == "on Monday")
    assert monday.date == D(2024, 7, 15)
    assert monday.provenance is not None and monday.provenance.sentence == 1
    assert monday.provenance.coder == "dates"
    assert text[monday.provenance.start : monday.provenance.end] == "on Monday"


@pytest.mark.slow
def test_code_dates_skips_modal_may_and_entities_without_calendar_words(nlp: Any) -> None:
    text = "The talks may end soon. Analysts hope for an early end to the war."
    refs = code_dates(nlp(text), _article(text))
    assert refs == ()


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
def test_event_date_takes_the_date_of_the_triggers_clause(nlp: Any) -> None:
    text = (
        "China sent officials to Pyongyang in July. Seoul said on Monday that the North "
        "fired a missile. The army held a parade."
    )
    doc = nlp(text)
    article = _article(text)
    times = code_dates(doc, article)
    sent = event_date(_token(doc, "sent"), times, article)
    assert (sent.text, sent.date, sent.precision) == ("in July", D(2024, 7, 1), MONTH)
    # "on Monday" belongs to "said", not to the firing reported in the clause below it.
    fired = event_date(_token(doc, "fired"), times, article)
    assert (fired.text, fired.date, fired.precision) == ("", BASE, DAY)
    held = event_date(_token(doc, "held"), times, article)
    assert held.date == BASE and held.text == ""


@pytest.mark.slow
def test_event_date_without_any_date_is_unknown(nlp: Any) -> None:
    text = "The army held a parade."
    doc = nlp(text)
    article = _article(text, published=None)
    ref = event_date(_token(doc, "held"), code_dates(doc, article), article)
    assert ref.date is None and ref.precision is DatePrecision.UNKNOWN


def test_warning_when_there_is_no_publication_date() -> None:
    assert date_warnings(_article("x", None), ()) == (
        "no publication date; relative dates left unresolved",
    )


def test_warning_for_a_bare_month_from_an_earlier_year() -> None:
    august = resolve("in August", BASE, Tense.PAST)
    assert august is not None
    (warning,) = date_warnings(_article("x"), (august,))
    assert "in August" in warning and "August 2023" in warning


def test_no_warning_for_months_of_the_same_year_or_the_turn_of_the_year() -> None:
    december_article = _article("x", D(2017, 12, 29))
    january = resolve("in January", D(2017, 12, 29), Tense.PAST)
    january_article = _article("x", D(2018, 1, 10))
    november = resolve("in November", D(2018, 1, 10), Tense.PAST)
    assert january is not None and november is not None
    assert date_warnings(december_article, (january,)) == ()
    assert date_warnings(january_article, (november,)) == ()


@pytest.mark.slow
def test_seed_article_dates(nlp: Any, shared_dir: Path) -> None:
    from realpolitik.nlp import parse_one

    text = (shared_dir / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    article = Article(id="seed", text=text, published=D(2024, 7, 17))
    refs = code_dates(parse_one(text), article)
    by_text = {r.text: r for r in refs}
    assert (by_text["in July"].date, by_text["in July"].precision) == (D(2024, 7, 1), MONTH)
    assert (by_text["in 2019"].date, by_text["in 2019"].precision) == (D(2019, 1, 1), YEAR)
    assert by_text["in August"].date == D(2023, 8, 1)
    assert by_text["since March"].date == D(2024, 3, 1)
    assert not any(r.text.endswith("early end") for r in refs)
    warnings = date_warnings(article, refs)
    assert len(warnings) == 1 and "in August" in warnings[0]
