"""Temporal expressions: find them, resolve them against the publication date, date events.

Three public functions follow the coders' contract (docs/interfaces.md):

* :func:`code_dates` finds every temporal expression in a parsed article (spaCy ``DATE``
  and ``TIME`` entities plus patterns the NER misses: "on Monday", "this month",
  "last week", "since March", "in 2019", "earlier this year", "recent months") and resolves
  each one with the tense of the clause it stands in.
* :func:`event_date` gives an event the date its own clause names (CONVENTIONS.md A4),
  else the publication date, else an unknown date.
* :func:`date_warnings` says when the article has no publication date, or when its dated
  references do not fit the stated publication date (a repost, a wrong dateline).

Resolution (:func:`resolve`) is rule-based for the relative and calendar forms that wire
copy uses, and falls back to dateparser (cached) for other explicit dates. Conventions:

* ``TimeRef.text`` is the expression as written, including a leading temporal preposition
  ("in July", "since March"); the preposition is stripped before resolution.
* A period has ``date`` = its first day and ``end_date`` = its last day ("this month" ->
  1st .. last day; "in 2019" -> 2019-01-01 .. 2019-12-31). "since X" runs from the start of
  X to the publication date. A single day has ``end_date`` None.
* ``precision`` is the size class of the period: DAY (one day), WEEK (up to 7 days),
  MONTH (up to 31 days), YEAR (anything longer: a year, a quarter, a season, "recent
  months", a decade: ``end_date`` gives the real bounds).
* Tense picks the reading of a bare month or weekday: a past-tense clause means the latest
  one on or before the publication date, a future one ("will", "would") the next one on or
  after it, any other clause the nearest one.
* Durations ("for three years", "10 years"), ages ("45 years old") and entity spans with
  no calendar word ("an early end") are not time references: they are left out.
* Without a publication date, relative expressions are kept with ``date`` None and
  precision UNKNOWN; absolute ones ("in 2019", "March 3, 2018") still resolve.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import enum
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Article, DatePrecision, Provenance, TimeRef
from .numbers import TENS, UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

CODER = "dates"
VERSION = "0.1.0"

__all__ = [
    "CODER",
    "VERSION",
    "Tense",
    "clause_tense",
    "code_dates",
    "date_warnings",
    "event_date",
    "resolve",
]


class Tense(enum.StrEnum):
    """The reading a clause gives an ambiguous date (a bare month or weekday)."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


# --------------------------------------------------------------------------- word tables

_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        _MONTHS[_name.lower()] = _i
        _MONTHS[_name[:3].lower()] = _i
_MONTHS["sept"] = 9
_MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: counts in relative expressions ("two weeks ago", "a few days"): the number words
#: of :mod:`.numbers`, and the vague counts news copy uses, at a typical value
_VAGUE_COUNTS = {"a": 1, "an": 1, "few": 3, "couple of": 2, "several": 5}
_NUMBER_WORDS: dict[str, int] = {**UNITS, **TENS, **_VAGUE_COUNTS}
_NUMBER_RE = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|few|couple of|several)"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "hour": 1 / 24}
_RECENT_SPAN = {"days": 7, "weeks": 28, "months": 182, "years": 5 * 365}
_PREPOSITIONS = (
    "as of",
    "in",
    "on",
    "at",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "through",
    "throughout",
    "before",
    "after",
    "over",
    "around",
    "within",
    "for",
    "of",
)
# Words an entity span must contain to be a time reference at all ("an early end" is not).
_CALENDAR_WORD = re.compile(
    rf"\b(?:{_MONTH_RE}|{_WEEKDAY_RE}|today|tonight|yesterday|tomorrow|weeks?|weekends?|months?|"
    r"years?|decades?|quarters?|spring|summer|fall|autumn|winter|days?|night|morning|"
    r"afternoon|evening|hours?|ago|\d{2,4}s?|\d{1,2}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- calendar helpers


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _precision_of(start: dt.date, end: dt.date | None) -> DatePrecision:
    days = 1 if end is None else (end - start).days + 1
    if days <= 1:
        return DatePrecision.DAY
    if days <= 7:
        return DatePrecision.WEEK
    if days <= 31:
        return DatePrecision.MONTH
    return DatePrecision.YEAR


def _period(start: dt.date, end: dt.date | None, text: str) -> TimeRef:
    if end is not None and end <= start:
        end = None
    return TimeRef(text=text, date=start, precision=_precision_of(start, end), end_date=end)


def _pick_year(
    candidates: Sequence[tuple[dt.date, dt.date]], base: dt.date, tense: Tense
) -> tuple[dt.date, dt.date]:
    """Choose among the same month/day in neighbouring years by tense (see module doc)."""
    if tense is Tense.PAST:
        past = [c for c in candidates if c[0] <= base]
        return max(past) if past else min(candidates)
    if tense is Tense.FUTURE:
        future = [c for c in candidates if c[1] >= base]
        return min(future) if future else max(candidates)

    def distance(c: tuple[dt.date, dt.date]) -> int:
        if c[0] <= base <= c[1]:
            return 0
        return min(abs((c[0] - base).days), abs((c[1] - base).days))

    return min(candidates, key=distance)


def _year_of(text: str) -> int | None:
    value = int(text)
    return value if 1000 <= value <= 2200 else None


def _number(word: str) -> int | None:
    word = word.strip()
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _unit_bounds(unit: str, base: dt.date, offset: int) -> tuple[dt.date, dt.date] | None:
    """Bounds of the calendar week/month/year/quarter/weekend `offset` units from `base`'s."""
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    if unit == "weekend":
        saturday = base + dt.timedelta(days=5 - base.weekday()) + dt.timedelta(weeks=offset)
        return saturday, saturday + dt.timedelta(days=1)
    if unit == "month":
        first = _add_months(base.replace(day=1), offset)
        return first, _month_end(first.year, first.month)
    if unit == "year":
        return dt.date(base.year + offset, 1, 1), dt.date(base.year + offset, 12, 31)
    if unit == "quarter":
        first = _add_months(dt.date(base.year, 3 * ((base.month - 1) // 3) + 1, 1), 3 * offset)
        last = _add_months(first, 2)
        return first, _month_end(last.year, last.month)
    return None


# --------------------------------------------------------------------------- normalisation

_PREP_RE = re.compile(r"^(?:" + "|".join(p.replace(" ", r"\s+") for p in _PREPOSITIONS) + r")\s+")
_FUZZY_RE = re.compile(
    r"^(?:early|mid|middle|late|the\s+(?:end|start|beginning|middle|close)\s+of|"
    r"the\s+(?:early|mid|late)|end\s+of|start\s+of|beginning\s+of)[\s-]+"
)


def _normalise(text: str) -> str:
    s = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    s = re.sub(r"\s+", " ", s).strip().strip(',;:()"“”').strip()
    s = re.sub(r"'s$", "", s)
    return s.lower()


def _strip_preposition(s: str) -> tuple[str, str]:
    match = _PREP_RE.match(s)
    if not match:
        return "", s
    return match.group(0).strip(), s[match.end() :]


# --------------------------------------------------------------------------- rules

_RELATIVE_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_ABS_DAY = [
    # Wednesday, 17 Jul 2024 / 17 July 2024 / 17 July
    re.compile(
        rf"^(?:{_WEEKDAY_RE},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<month>{_MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?$"
    ),
    # Wednesday, July 17, 2024 / July 17 / Jan. 6 and 7
    re.compile(
        rf"^(?:{_WEEKDAY_RE},?\s+)?(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?(?:\s*(?:-|and|to|through)\s*(?P<day2>\d{{1,2}}))?"
        rf"(?:,?\s+(?P<year>\d{{4}}))?$"
    ),
]
_ISO_DAY = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
_US_DAY = re.compile(r"^(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})$")
_MONTH_YEAR = re.compile(
    rf"^(?:(?P<rel>next|last|this|past|coming)\s+)?(?P<month>{_MONTH_RE})"
    rf"(?:,?\s+(?:of\s+)?(?P<year>\d{{4}}))?$"
)
_RELATIVE_YEAR_SUFFIX = re.compile(r",?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year$")
_EMBEDDED_DATE = re.compile(
    rf"\b(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|{_MONTH_RE}\s+\d{{4}}|"
    rf"\d{{1,2}}\s+{_MONTH_RE}(?:\s+\d{{4}})?)(?![\w])"
)
_WEEKDAY = re.compile(
    rf"^(?:(?P<rel>last|this|next|past|coming|on)\s+)?(?P<wd>{_WEEKDAY_RE})"
    rf"{_DAY_PART}$"
)
_THIS_UNIT = re.compile(
    r"^(?:the\s+)?(?P<rel>this|last|next|previous|coming|current|past)\s+"
    r"(?P<unit>week|weekend|month|year|quarter)$"
)
_EARLIER_THIS = re.compile(
    r"^(?P<rel>earlier|later)\s+(?:this|in\s+the)\s+"
    r"(?P<unit>week|month|year)$"
)
_EARLIER_TODAY = re.compile(r"^(?:earlier|later)\s+(?:today|tonight|on\s+\w+)$")
_AGO = re.compile(rf"^(?P<n>{_NUMBER_RE})\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)$")
_PAST_N = re.compile(
    rf"^(?:the\s+)?(?P<rel>past|last|previous|next|coming|recent)\s+"
    rf"(?:(?P<n>{_NUMBER_RE})\s+)?(?P<unit>hour|day|week|month|year)s?$"
)
_RECENT = re.compile(
    r"^(?:the\s+)?(?:recent|past\s+(?:few|several))\s+(?P<unit>days|weeks|"
    r"months|years)$"
)
_YEAR = re.compile(r"^(?:the\s+)?(?:(?:fiscal|calendar)\s+)?(?:year\s+)?(?P<year>\d{4})$")
_YEAR_RANGE = re.compile(r"^(?P<y1>\d{4})\s*(?:-|to|and)\s*(?P<y2>\d{2,4})$")
_DECADE = re.compile(r"^(?:the\s+)?(?P<year>\d{3}0)'?s$")
_FIRST_N = re.compile(r"^(?:the\s+)?first\s+(?P<n>\w+)\s+months\s+of\s+(?P<rest>.+)$")
_HALF = re.compile(r"^(?:the\s+)?(?P<which>first|second)\s+half\s+(?:of\s+)?(?P<rest>.+)$")
_QUARTER = re.compile(
    r"^(?:the\s+)?(?P<which>first|second|third|fourth|final|last)\s+quarter"
    r"(?:\s+(?:of\s+)?(?P<rest>.+))?$"
)
_SEASON = re.compile(
    r"^(?:(?P<rel>this|last|next|past)\s+)?(?P<season>spring|summer|fall|"
    r"autumn|winter)(?:\s+(?:of\s+)?(?P<year>\d{4}))?$"
)


_MONTH_WORD = re.compile(rf"\b{_MONTH_RE}(?![a-z])")


def _capitalised_months(s: str, original: str) -> bool:
    """Whether every month word of `s` is capitalised in `original` (not "may", "march")."""
    for match in _MONTH_WORD.finditer(s):
        word = match.group(0).rstrip(".")
        found = re.search(rf"\b{word}", original, re.IGNORECASE)
        if found is None or not found.group(0)[0].isupper():
            return False
    return True


def _year_context(rest: str, base: dt.date | None) -> int | None:
    """The year that "this year", "last year", "2019" ... in `rest` names."""
    rest = rest.strip()
    match = re.fullmatch(r"(?:the\s+)?(?:year\s+)?(\d{4})", rest)
    if match:
        return _year_of(match.group(1))
    offsets = {
        "this year": 0,
        "the year": 0,
        "the current year": 0,
        "last year": -1,
        "the previous year": -1,
        "next year": 1,
        "the year before": -1,
    }
    if rest in offsets and base is not None:
        return base.year + offsets[rest]
    return None


class _Next(enum.Enum):
    """What a resolver of :func:`_resolve_core` returns when its pattern does not match."""

    NEXT = 0


_NEXT = _Next.NEXT
# A resolver's answer: a TimeRef, None for "not a date", or _NEXT to try the next one.
_Resolved = TimeRef | None | _Next


def _unresolved(original: str) -> TimeRef:
    """A relative expression that needs a base the caller lacks."""
    return TimeRef(text=original, date=None, precision=DatePrecision.UNKNOWN)


def _resolve_core(s: str, original: str, base: dt.date | None, tense: Tense) -> TimeRef | None:
    """Resolve a normalised expression `s` with no leading preposition. None: not a date.

    A TimeRef with date None means a relative expression that needs a base it lacks.
    The resolvers are tried in order, absolute forms first (:data:`_ABSOLUTE`), then
    with a base the relative ones (:data:`_RELATIVE`); the first whose pattern matches
    answers.
    """
    suffix = _RELATIVE_YEAR_SUFFIX.search(s)
    if suffix and _MONTH_WORD.search(s[: suffix.start()]):
        # "July 1 of this year" -> "july 1 2024"
        if base is None:
            return _unresolved(original)
        offset = {"this": 0, "last": -1, "next": 1}[suffix.group("rel")]
        s = f"{s[: suffix.start()]} {base.year + offset}"
    for absolute in _ABSOLUTE:
        found = absolute(s, original, base, tense)
        if found is not _NEXT:
            return found
    if base is None:
        # Everything below is relative to the publication date.
        return _unresolved(original) if _is_relative(s) else None
    for relative in _RELATIVE:
        found = relative(s, original, base, tense)
        if found is not _NEXT:
            return found
    year = _year_context(s, base)
    if year is not None:
        return _period(dt.date(year, 1, 1), dt.date(year, 12, 31), original)
    return None


def _calendar_day(s: str, original: str, base: dt.date | None, tense: Tense) -> _Resolved:
    """Calendar days with explicit numbers: "March 3", "3 March 2004", "2004-05-06",
    "December 12-14"."""
    for pattern in (_ISO_DAY, _US_DAY, *_ABS_DAY):
        m = pattern.match(s)
        if not m:
            continue
        groups = m.groupdict()
        month_text = groups["month"]
        month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.rstrip(".")]
        if not month_text.isdigit() and not _capitalised_months(s, original):
            return None
        day = int(groups["day"])
        day2 = int(groups["day2"]) if groups.get("day2") else None
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000, month)[1]:
            return None
        year = _year_of(groups["year"]) if groups.get("year") else None
        if year is None and groups.get("year"):
            return None
        if year is None:
            if base is None:
                return _unresolved(original)
            options = []
            for y in (base.year - 1, base.year, base.year + 1):
                if day <= calendar.monthrange(y, month)[1]:
                    options.append((dt.date(y, month, day), dt.date(y, month, day)))
            year = _pick_year(options, base, tense)[0].year
        if day > calendar.monthrange(year, month)[1]:
            return None
        start = dt.date(year, month, day)
        end = None
        if day2 is not None and day < day2 <= calendar.monthrange(year, month)[1]:
            end = dt.date(year, month, day2)
        return _period(start, end, original)
    return _NEXT


def _month_year(s: str, original: str, base: dt.date | None, tense: Tense) -> _Resolved:
    """A month, with a year or resolved against the base: "June 2005", "last May"."""
    m = _MONTH_YEAR.match(s)
    if not m:
        return _NEXT
    month_word = m.group("month").rstrip(".")
    if not _capitalised_months(s, original):
        return None  # "may" the modal, "march" the verb: news capitalises month names
    month = _MONTHS[month_word]
    if m.group("year"):
        year = _year_of(m.group("year"))
        if year is None:
            return None
        return _period(dt.date(year, month, 1), _month_end(year, month), original)
    if base is None:
        return _unresolved(original)
    options = [
        (dt.date(y, month, 1), _month_end(y, month))
        for y in (base.year - 1, base.year, base.year + 1)
    ]
    rel = m.group("rel")
    if rel in ("last", "past"):
        start, end = max(o for o in options if o[1] < base)
    elif rel in ("next", "coming"):
        start, end = min(o for o in options if o[0] > base)
    elif rel == "this":
        start, end = options[1]
    else:
        start, end = _pick_year(options, base, tense)
    return _period(start, end, original)


def _years(s: str, original: str, base: dt.date | None, tense: Tense) -> _Resolved:
    """A year, a range of years or a decade: "2019", "2001-2003", "the 1980s"."""
    m = _YEAR.match(s)
    if m:
        year = _year_of(m.group("year"))
        return (
            None if year is None else _period(dt.date(year, 1, 1), dt.date(year, 12, 31), original)
        )
    m = _YEAR_RANGE.match(s)
    if m:
        y1 = _year_of(m.group("y1"))
        y2_text = m.group("y2")
        y2 = (
            (int(y2_text) + (y1 // 100) * 100)
            if (y1 and len(y2_text) == 2)
            else (_year_of(y2_text) if len(y2_text) == 4 else None)
        )
        if y1 is None or y2 is None or not y1 < y2 <= y1 + 20:
            return None
        return _period(dt.date(y1, 1, 1), dt.date(y2, 12, 31), original)
    m = _DECADE.match(s)
    if m:
        year = _year_of(m.group("year"))
        return (
            None
            if year is None
            else _period(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), original)
        )
    return _NEXT


def _season(s: str, original: str, base: dt.date | None, tense: Tense) -> _Resolved:
    """A season, with a year or resolved against the base: "winter 2003", "last summer"."""
    m = _SEASON.match(s)
    if not m:
        return _NEXT
    season_month = _SEASONS[m.group("season")]
    if m.group("year"):
        season_year = _year_of(m.group("year"))
        if season_year is None:
            return None
        first = dt.date(season_year, season_month, 1)
        last = _add_months(first, 2)
        return _period(first, _month_end(last.year, last.month), original)
    if base is None:
        return _unresolved(original)
    options = []
    for y in (base.year - 2, base.year - 1, base.year, base.year + 1):
        first = dt.date(y, season_month, 1)
        last = _add_months(first, 2)
        options.append((first, _month_end(last.year, last.month)))
    rel = m.group("rel")
    if rel in ("last", "past"):
        chosen = (
            max(o for o in options if o[1] < base)
            if any(o[1] < base for o in options)
            else options[0]
        )
    elif rel == "next":
        chosen = min(o for o in options if o[0] > base)
    elif rel == "this":
        chosen = _pick_year(options, base, Tense.UNKNOWN)
    else:
        chosen = _pick_year(options, base, tense)
    return _period(chosen[0], chosen[1], original)


def _relative_day(s: str, original: str, base: dt.date, tense: Tense) -> _Resolved:
    """ "today", "yesterday", "last night", "this morning", "earlier today"."""
    if s in _RELATIVE_DAY or re.fullmatch(rf"(?:today|tonight|yesterday|tomorrow){_DAY_PART}", s):
        key = s.split()[0] if s != "last night" else s
        return _period(base + dt.timedelta(days=_RELATIVE_DAY[key]), None, original)
    if re.fullmatch(r"this (?:morning|afternoon|evening)", s) or _EARLIER_TODAY.match(s):
        return _period(base, None, original)
    return _NEXT


def _weekday(s: str, original: str, base: dt.date, tense: Tense) -> _Resolved:
    """A weekday: the latest before the base unless the words or the tense say
    otherwise ("next Friday", "will meet on Monday")."""
    m = _WEEKDAY.match(s)
    if not m:
        return _NEXT
    weekday = _WEEKDAYS[m.group("wd")]
    rel = m.group("rel")
    back = (base.weekday() - weekday) % 7  # days back to the latest such weekday <= base
    latest = base - dt.timedelta(days=back)
    if rel in ("last", "past"):
        when = latest if back else latest - dt.timedelta(days=7)
    elif rel in ("next", "coming"):
        when = latest + dt.timedelta(days=7)
    elif rel == "this":
        when = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=weekday)
    elif tense is Tense.FUTURE:
        when = latest if back == 0 else latest + dt.timedelta(days=7)
    elif tense is Tense.PAST or back <= 3:
        when = latest
    else:
        when = latest + dt.timedelta(days=7)
    return _period(when, None, original)


def _this_unit(s: str, original: str, base: dt.date, tense: Tense) -> _Resolved:
    """ "this month", "last year", "next quarter"; "the past week" is a window to today;
    "earlier this year", "later this month" the part of the unit before or after it."""
    m = _THIS_UNIT.match(s)
    if m:
        rel, unit = m.group("rel"), m.group("unit")
        if rel == "past" or (rel == "last" and s.startswith("the ")):
            # "the past week", "the last year": a window ending today.
            span = {"week": 7, "weekend": 3, "month": 30, "year": 365, "quarter": 91}[unit]
            return _period(base - dt.timedelta(days=span - 1), base, original)
        offset = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[rel]
        bounds = _unit_bounds(unit, base, offset)
        if bounds is None:
            return None
        return _period(bounds[0], bounds[1], original)
    m = _EARLIER_THIS.match(s)
    if m:
        bounds = _unit_bounds(m.group("unit"), base, 0)
        if bounds is None:
            return None
        if m.group("rel") == "earlier":
            return _period(bounds[0], base, original)
        return _period(base, bounds[1], original)
    return _NEXT


def _ago(s: str, original: str, base: dt.date, tense: Tense) -> _Resolved:
    """ "two weeks ago", "three years ago": a point, at the unit's precision."""
    m = _AGO.match(s)
    if not m:
        return _NEXT
    n = _number(m.group("n"))
    if n is None:
        return None
    unit = m.group("unit")
    if unit == "month":
        start = _add_months(base, -n)
    elif unit == "year":
        start = (
            base.replace(year=base.year - n)
            if not (base.month == 2 and base.day == 29)
            else dt.date(base.year - n, 2, 28)
        )
    else:
        start = base - dt.timedelta(days=n * int(_UNIT_DAYS[unit]))
    precision = {
        "day": DatePrecision.DAY,
        "week": DatePrecision.WEEK,
        "month": DatePrecision.MONTH,
        "year": DatePrecision.YEAR,
    }[unit]
    return TimeRef(text=original, date=start, precision=precision)


def _recent_window(s: str, original: str, base: dt.date, tense: Tense) -> _Resolved:
    """ "in recent days", "the past three months", "the next two years": a window that
    ends, or starts, at the base."""
    m = _RECENT.match(s)
    if m:
        span = _RECENT_SPAN[m.group("unit")]
        return _period(base - dt.timedelta(days=span - 1), base, original)
    m = _PAST_N.match(s)
    if not m:
        return _NEXT
    n_text = m.group("n")
    n = _number(n_text) if n_text else None
    if n_text and n is None:
        return None
    rel, unit = m.group("rel"), m.group("unit")
    if n is None:
        if not s.endswith("s") or rel not in ("past", "recent", "coming", "next", "last"):
            return None
        n = {"hour": 24, "day": 7, "week": 4, "month": 6, "year": 5}[unit]
    days = max(1, round(n * _UNIT_DAYS[unit]))
    if rel in ("next", "coming"):
        return _period(base, base + dt.timedelta(days=days - 1), original)
    return _period(base - dt.timedelta(days=days - 1), base, original)


def _part_of_year(s: str, original: str, base: dt.date, tense: Tense) -> _Resolved:
    """ "the first six months of the year", "the second half of 2005", "the third
    quarter": the months they cover."""
    m = _FIRST_N.match(s)
    if m:
        n = _number(m.group("n"))
        year = _year_context(m.group("rest"), base)
        if n is None or year is None or not 1 <= n <= 12:
            return None
        return _period(dt.date(year, 1, 1), _month_end(year, n), original)
    m = _HALF.match(s)
    if m:
        year = _year_context(m.group("rest"), base)
        if year is None:
            return None
        if m.group("which") == "first":
            return _period(dt.date(year, 1, 1), dt.date(year, 6, 30), original)
        return _period(dt.date(year, 7, 1), dt.date(year, 12, 31), original)
    m = _QUARTER.match(s)
    if m:
        rest = m.group("rest")
        year = _year_context(rest, base) if rest else base.year
        if year is None:
            return None
        q = _ORDINALS[m.group("which")]
        first = dt.date(year, 3 * q - 2, 1)
        return _period(first, _month_end(year, 3 * q), original)
    return _NEXT


# The resolvers of _resolve_core, in the order they are tried.
_ABSOLUTE = (_calendar_day, _month_year, _years, _season)
_RELATIVE = (_relative_day, _weekday, _this_unit, _ago, _recent_window, _part_of_year)


def _is_relative(s: str) -> bool:
    return bool(
        re.search(
            rf"\b(?:{_WEEKDAY_RE}|today|tonight|yesterday|tomorrow|this|last|next|past|recent|"
            r"coming|ago|earlier|later|previous|current)\b",
            s,
        )
    )


@functools.lru_cache(maxsize=8192)
def _dateparser_fallback(s: str, base: dt.date, tense: Tense) -> tuple[dt.date, str] | None:
    """dateparser for explicit dates the rules do not cover; (date, period) or None."""
    from dateparser.date import DateDataParser

    prefer = {"past": "past", "future": "future"}.get(tense.value, "current_period")
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": [],
        },
    )
    try:
        data = parser.get_date_data(s)
    except (ValueError, OverflowError, TypeError) as exc:  # dateparser's own parse errors
        log.debug("dateparser failed on %r: %s", s, exc)
        return None
    if data.date_obj is None or not 1000 <= data.date_obj.year <= 2200:
        return None
    return data.date_obj.date(), str(data.period or "day")


@functools.lru_cache(maxsize=16384)
def resolve(text: str, base: dt.date | None, tense: Tense = Tense.UNKNOWN) -> TimeRef | None:
    """Resolve one temporal expression against `base` (the publication date).

    Returns None when `text` is not a time reference (a duration, an age, a span with no
    calendar word). Returns a TimeRef with date None and precision UNKNOWN for a relative
    expression when `base` is None. Never raises on any string.
    """
    s = _normalise(text)
    if not s or len(s) > 80 or not _CALENDAR_WORD.search(s):
        return None
    if re.search(r"\b(?:old|aged|age)\b|-year-old", s):
        return None  # ages
    preposition, core = _strip_preposition(s)
    if preposition == "for" or preposition == "within":
        return None  # "for three years", "within days": durations
    fuzzy = _FUZZY_RE.match(core)
    if fuzzy:
        core = core[fuzzy.end() :]
        core = re.sub(r"^of\s+", "", core)
    try:
        ref = _resolve_core(core, text, base, tense)
    except (ValueError, OverflowError, KeyError) as exc:  # out-of-range calendar arithmetic
        log.debug("could not resolve %r: %s", text, exc)
        return None
    if ref is None:
        embedded = _EMBEDDED_DATE.search(core)
        if embedded and embedded.group(0) != core:
            # "the fiscal year ended Sept. 30, 2017": the explicit date inside the phrase
            ref = _resolve_core(embedded.group(0), text, base, tense)
    if (
        ref is None
        and base is not None
        and (_MONTH_WORD.search(core) or re.search(r"\d{1,2}/\d{1,2}", core))
        and _capitalised_months(core, text)
    ):
        parsed = _dateparser_fallback(core, base, tense)
        if parsed is not None:
            day, period = parsed
            if period == "month":
                ref = _period(day.replace(day=1), _month_end(day.year, day.month), text)
            elif period == "year":
                ref = _period(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), text)
            else:
                ref = _period(day, None, text)
    if ref is None or ref.date is None:
        return ref
    if preposition == "since" and base is not None and ref.date < base:
        ref = _period(ref.date, base, text)
    return ref


# --------------------------------------------------------------------------- finding spans

_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
_MONTH_ABBREVIATIONS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# Patterns for expressions the NER misses; a group named "t" marks the time part when the
# pattern needs the words before it as evidence ("in March": March is not a verb here).
_EXTRA_PATTERNS: list[tuple[tuple[str, ...], re.Pattern[str]]] = [
    # (words one of which the lower-cased text must contain for the pattern to run, pattern)
    (
        ("day",),
        re.compile(
            rf"\b(?:(?:last|next|this|past|coming)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
            rf"Friday|Saturday|Sunday)\b(?!s){_DAY_PART}"
            rf"(?:,?\s+(?:\d{{1,2}}\s+(?:{_MONTH_NAMES}|{_MONTH_ABBREVIATIONS})|"
            rf"(?:{_MONTH_NAMES}|{_MONTH_ABBREVIATIONS})\s+\d{{1,2}})(?:,?\s+\d{{4}})?)?"
        ),
    ),
    (
        (),
        re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTH_NAMES}|{_MONTH_ABBREVIATIONS})(?:,?\s+\d{{4}})?\b"),
    ),
    (
        ("this ", "last ", "next ", "past ", "coming "),
        re.compile(
            r"\b(?:(?:earlier|later)\s+)?(?:this|last|next|past|coming)\s+"
            r"(?:week|weekend|month|year|quarter)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ("yesterday", "today", "tomorrow", "tonight"),
        re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b", re.IGNORECASE),
    ),
    (
        ("recent", "past ", "last ", "previous ", "next ", "coming "),
        re.compile(
            rf"\b(?:recent|(?:the\s+)?(?:past|last|previous|next|coming)\s+(?:{_NUMBER_RE}\s+)?)"
            r"(?:days|weeks|months|years)\b",
            re.IGNORECASE,
        ),
    ),
    ((" ago",), re.compile(rf"\b{_NUMBER_RE}\s+(?:day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    # A capitalised month name after a temporal word, or followed by a day or a year.
    (
        (),
        re.compile(
            rf"\b(?:in|since|until|by|from|through|during|early|late|mid|last|next|this|of|"
            rf"before|after)[\s-](?P<t>{_MONTH_NAMES}\b(?:,?\s+\d{{4}}\b)?)"
        ),
    ),
    (
        (),
        re.compile(
            rf"\b(?:{_MONTH_NAMES}|{_MONTH_ABBREVIATIONS})\s+\d{{1,2}}\b(?:,?\s+\d{{4}}\b)?"
        ),
    ),
    ((), re.compile(rf"\b{_MONTH_NAMES}\s+\d{{4}}\b")),
    (
        (),
        re.compile(
            r"\b(?:in|since|until|by|from|through|during|before|after)\s"
            r"(?P<t>(?:18|19|20)\d{2})\b(?![\s-]*(?:percent|%|people|tons|troops))"
        ),
    ),
]
_PREP_BEFORE = re.compile(
    r"(?:\b(?:as of|in|on|at|since|until|till|by|during|from|through|throughout|before|after|"
    r"over|around)\s+)$",
    re.IGNORECASE,
)


def _candidate_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    lowered = text.lower()
    for keywords, pattern in _EXTRA_PATTERNS:
        if keywords and not any(k in lowered for k in keywords):
            continue
        group = "t" if "t" in pattern.groupindex else 0
        spans.extend((m.start(group), m.end(group)) for m in pattern.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    extended = []
    for start, end in merged:
        m = _PREP_BEFORE.search(text, max(0, start - 12), start)
        if m and m.end() == start:
            start = m.start()
        extended.append((start, end))
    return extended


_TIMEZONES = frozenset(
    {
        "EST",
        "EDT",
        "CST",
        "CDT",
        "PST",
        "PDT",
        "MST",
        "MDT",
        "ET",
        "PT",
        "GMT",
        "UTC",
        "BST",
        "CET",
        "CEST",
        "JST",
        "KST",
        "IST",
        "HOURS",
        "HRS",
    }
)


def _governing_verb(token: Token) -> Token | None:
    """The first verb (or auxiliary head) above `token` in the parse, or None."""
    current = token
    for _ in range(64):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _is_finite(verb: Token) -> bool:
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def clause_tense(verb: Token | None) -> Tense:
    """The tense a verb gives the dates of its clause: past (VBD, perfect, passive past),
    future ("will", "would", "'ll", "going to"), else unknown."""
    if verb is None:
        return Tense.UNKNOWN
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "wo", "shall", "would", "'d"}:
        return Tense.FUTURE
    if "going" in words or (
        verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children)
    ):
        return Tense.FUTURE
    if words & {"could", "may", "might", "should", "must", "can"}:
        return Tense.UNKNOWN
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return Tense.PAST
    if verb.tag_ == "VBN" and (
        words & {"has", "have", "'ve", "had"} or not words & {"is", "are", "be", "being"}
    ):
        return Tense.PAST
    if verb.tag_ == "VB" and "to" in words and verb.head.i != verb.i:
        head = verb.head if verb.head.pos_ in ("VERB", "AUX") else None
        return Tense.FUTURE if clause_tense(head) is Tense.FUTURE else Tense.UNKNOWN
    return Tense.UNKNOWN


def _doc_length(doc: Doc) -> int:
    last = doc[-1]
    return int(last.idx) + len(last.text_with_ws)


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start_char for s in doc.sents]


def _token_span(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def code_dates(doc: Doc, article: Article) -> tuple[TimeRef, ...]:
    """Every temporal expression in `doc`, resolved against ``article.published``
    with the tense of its own clause; in text order, with provenance."""
    starts = _sentence_starts(doc)
    base = article.published
    refs: list[TimeRef] = []
    # doc.text == article.text (the pipeline's contract); Doc.text is rebuilt on each access.
    full_text = article.text if len(doc) and _doc_length(doc) == len(article.text) else doc.text
    for start, end in _candidate_spans(doc, full_text):
        span = _token_span(doc, start, end)
        if span is None:
            continue
        if span.end < len(doc) and doc[span.end].text.upper() in _TIMEZONES:
            continue  # "[1814 EST]": a clock time, not a year
        text = full_text[start:end]
        tense = clause_tense(_governing_verb(span.root))
        ref = resolve(text, base, tense)
        if ref is None:
            continue
        sentence = max(0, bisect.bisect_right(starts, start) - 1)
        refs.append(
            replace(
                ref,
                provenance=Provenance(
                    article_id=article.id,
                    sentence=sentence,
                    start=start,
                    end=end,
                    coder=CODER,
                    coder_version=VERSION,
                ),
            )
        )
    return tuple(refs)


# --------------------------------------------------------------------------- event dates


def _clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the tokens above it up to and including its first finite verb."""
    chain = [trigger]
    if trigger.pos_ in ("VERB", "AUX") and _is_finite(trigger):
        return chain
    current = trigger
    for _ in range(64):
        if current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
        if current.pos_ in ("VERB", "AUX") and _is_finite(current):
            break
    return chain


def _publication_ref(article: Article) -> TimeRef:
    if article.published is None:
        return TimeRef(text="", date=None, precision=DatePrecision.UNKNOWN)
    precision = article.date_precision
    if precision is DatePrecision.UNKNOWN:
        precision = DatePrecision.DAY
    return TimeRef(text="", date=article.published, precision=precision)


_REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "report",
        "claim",
        "add",
        "state",
        "write",
        "believe",
        "think",
        "warn",
        "note",
        "explain",
        "insist",
        "argue",
        "confirm",
        "deny",
        "allege",
        "suggest",
        "show",
        "indicate",
        "accord",
        "reveal",
        "estimate",
        "expect",
        "know",
        "learn",
        "hear",
    }
)


def _anchor(token: Token, trigger: Token) -> Token | None:
    """Walking up from `token`: the first token that is the trigger or a verb, or None."""
    current = token
    for _ in range(64):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.i == trigger.i:
            return current
        if current.pos_ in ("VERB", "AUX"):
            # "attempted to launch ... since March": an infinitive complement shares the
            # clause of the verb it completes.
            while (
                current.dep_ == "xcomp"
                and not _is_finite(current)
                and current.i != trigger.i
                and current.head.i != current.i
            ):
                current = current.head
            return current
    return None


def event_date(trigger: Token, times: Sequence[TimeRef], article: Article) -> TimeRef:
    """The date of an event whose trigger is `trigger` (CONVENTIONS.md A4).

    In order: a time reference attached to the trigger's clause (its path up the parse
    reaches the trigger, or the verbs of the trigger's clause up to the first finite one,
    before any other verb), re-resolved with the trigger's tense; one attached to the verb
    the trigger is coordinated with ("In July, X visited A and met B"); one attached to the
    non-reporting verb that governs the trigger's clause and standing after the trigger
    (parses that hang a clause's date on a parenthetical verb); one in the sentence attached
    to no verb at all; else the publication date (``text`` "", the article's date
    precision, DAY if unknown); else date None, precision UNKNOWN.
    """
    doc = trigger.doc
    sent = trigger.sent
    chain = _clause_chain(trigger)
    chain_ids = {t.i for t in chain}
    top = chain[-1]
    tense = clause_tense(top if top.pos_ in ("VERB", "AUX") else _governing_verb(top))
    head = top.head if top.head.i != top.i and top.head.pos_ in ("VERB", "AUX") else None
    coordinated = head if head is not None and top.dep_ == "conj" else None
    governing = (
        head
        if (
            head is not None
            and top.dep_ in ("ccomp", "parataxis", "dep")
            and head.lemma_.lower() not in _REPORTING_VERBS
        )
        else None
    )

    tiers: tuple[list[tuple[int, TimeRef]], ...] = ([], [], [], [])
    for ref in times:
        prov = ref.provenance
        if prov is None or prov.start < sent.start_char or prov.end > sent.end_char:
            continue
        span = _token_span(doc, prov.start, prov.end)
        if span is None:
            continue
        distance = abs(span.root.i - trigger.i)
        anchor = _anchor(span.root, trigger)
        if anchor is not None and anchor.i in chain_ids:
            tiers[0].append((distance, ref))
        elif coordinated is not None and anchor is not None and anchor.i == coordinated.i:
            tiers[1].append((distance, ref))
        elif (
            governing is not None
            and anchor is not None
            and anchor.i == governing.i
            and (span.root.i > trigger.i)
        ):
            tiers[2].append((distance, ref))
        elif anchor is None:
            tiers[3].append((distance, ref))
    for group in tiers:
        dated = [(d, r) for d, r in group if r.date is not None or article.published is None]
        if dated:
            ref = min(dated, key=lambda item: item[0])[1]
            return _reresolve(ref, article.published, tense)
    return _publication_ref(article)


def _reresolve(ref: TimeRef, base: dt.date | None, tense: Tense) -> TimeRef:
    if tense is Tense.UNKNOWN:
        return ref
    again = resolve(ref.text, base, tense)
    if again is None:
        return ref
    return replace(again, provenance=ref.provenance)


# --------------------------------------------------------------------------- warnings

_BARE_MONTH = re.compile(
    rf"^(?:(?:in|since|during|by|until|through|of)\s+)?"
    rf"(?:(?:early|late|mid)[\s-]+)?{_MONTH_RE}$"
)
# News style (AP, Reuters) names a month without its year only within the current calendar
# year, and at the turn of the year for the last few months of the previous one.
_TURN_OF_YEAR_MONTHS = 3


def date_warnings(article: Article, times: Sequence[TimeRef]) -> tuple[str, ...]:
    """Warnings about the article's dates, each one a sentence a person can check.

    * no publication date: relative dates are left unresolved;
    * a month named without a year that, read in its clause's tense against the stated
      publication date, can only mean a month of an earlier calendar year more than
      ``_TURN_OF_YEAR_MONTHS`` months back (a past-tense "in August" in a July article):
      news style gives the year for such months, so the text was likely written at another
      time than its stated date (a repost or a wrong dateline).
    """
    published = article.published
    if published is None:
        return ("no publication date; relative dates left unresolved",)
    warnings: list[str] = []
    for ref in times:
        if ref.date is None or not _BARE_MONTH.match(_normalise(ref.text)):
            continue
        months_back = (published.year - ref.date.year) * 12 + published.month - ref.date.month
        if ref.date.year < published.year and months_back > _TURN_OF_YEAR_MONTHS:
            warnings.append(
                f"{ref.text!r} names a month without a year in a past-tense clause: against "
                f"the stated publication date {published.isoformat()} it can only mean "
                f"{ref.date:%B %Y}, {months_back} months earlier and in another year, which "
                "news copy would give with its year; the text may have been written at "
                "another time than its stated date (a repost or a wrong publication date)"
            )
    return tuple(warnings)
