"""Publication dates as inputs state them: parse one date string, offline.

Only whole strings that are a date are read ("2024-07-17", "Wednesday, 17 Jul
2024", "December 31, 2017", "Jul 2024", "Published: July 17, 2024 10:32 AM
EST", RFC 2822 feed dates). A time of day, a time zone and a "Published" or
"Updated" label around the date are allowed and ignored; anything else makes the
string not a date, so that a headline such as "May Day Rallies" is never taken
for one. The precision says what the string gave: a day, a month or a year.

Slash dates with both parts at most 12 ("03/04/2024") are read month first,
as in US usage; "31/03/2024" is read day first because 31 cannot be a month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..models import DatePrecision

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_LABEL = (
    r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|date)"
    r"(?:\s+(?:on|at))?\s*:?\s*|on\s+)?"
)
_ZONE = r"(?:[a-z]{2,5}|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?)"
_TIME = (
    r"(?:\s*(?:,|at|\||-|–|—|·|•)?\s*\d{1,2}(?:[:.]\d{2}){1,2}(?:\.\d+)?"
    r"\s*(?:[ap]\.?m\.?)?(?:\s*" + _ZONE + r")?(?:\s*\([a-z]{2,5}\))?)?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

_PATTERNS: tuple[tuple[re.Pattern[str], DatePrecision], ...] = tuple(
    (re.compile("^" + _LABEL + body + "$", re.IGNORECASE), precision)
    for body, precision in (
        # 2024-07-17, 2024-07-17T08:00:00Z, 2024/07/17 10:00
        (
            r"(?P<year>\d{4})[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})"
            r"(?:[t ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|\s*[+-]\d{2}:?\d{2})?)?" + _TIME,
            DatePrecision.DAY,
        ),
        # Wednesday, 17 Jul 2024 ; Wed, 17 Jul 2024 10:00:00 +0000
        (_WEEKDAY + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + _TIME, DatePrecision.DAY),
        # Wednesday, July 17, 2024 ; December 31, 2017 ; Jul. 17th 2024
        (_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME, DatePrecision.DAY),
        # 07/17/2024, 17.07.2024
        (r"(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.]" + _YEAR + _TIME, DatePrecision.DAY),
        # 2024-07 ; July 2024
        (r"(?P<year>\d{4})-(?P<mnum>\d{1,2})", DatePrecision.MONTH),
        (_MONTH + r",?\s+" + _YEAR, DatePrecision.MONTH),
        # 2024
        (_YEAR, DatePrecision.YEAR),
    )
)

MIN_YEAR = 1800
MAX_YEAR = 2200


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from a string and how precise the string was."""

    date: dt.date
    precision: DatePrecision


def parse_date(value: str) -> ParsedDate | None:
    """The date that the whole of ``value`` states, or None when it states none.

    A month-precision date is the first of its month, a year-precision date
    the first of January. Impossible dates ("2024-02-30") give None.
    """
    text = " ".join(value.split()).strip(" ,;|")
    if not text or len(text) > 80:
        return None
    for pattern, precision in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if "first" in parts and parts["first"] is not None:
            separator = text[match.end("first")]
            month, day = _numeric_order(int(parts["first"]), int(parts["second"]), separator)
        else:
            month = _month(parts)
            day = int(parts["day"]) if parts.get("day") else 1
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        try:
            return ParsedDate(dt.date(year, month, day), precision)
        except ValueError:
            return None
    return None


def _month(parts: dict[str, str | None]) -> int:
    if parts.get("mnum"):
        return int(parts["mnum"] or 0)
    name = (parts.get("month") or "").lower().rstrip(".")
    return MONTHS.get(name, 1)


def _numeric_order(first: int, second: int, separator: str) -> tuple[int, int]:
    """(month, day) of a numeric date: dotted dates are day first (European
    usage), slash dates month first unless the first number cannot be a month."""
    if separator == "." or first > 12:
        return second, first
    return first, second
