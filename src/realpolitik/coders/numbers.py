"""Read a number written the way news text writes it.

:func:`parse_number` turns "5,380", "1.5", "two million", "half a million",
"a dozen", "3bn", "1.2 billion", "twenty-five", "1 1/2" or "one hundred and
twenty" into a float, and gives None for anything that is not a number.
It is pure string work (no spaCy), so the amounts coder and tests can use it
anywhere.
"""

from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["MAGNITUDES", "UNITS", "is_number_word", "parse_number"]

UNITS: dict[str, int] = {
    "zero": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Words and abbreviations that multiply what stands before them.
MAGNITUDES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trn": 1e12,
    "tn": 1e12,
    "tln": 1e12,
}
# Words that stand for a number on their own ("a dozen", "a score of").
GROUPS: dict[str, float] = {"dozen": 12, "half": 0.5, "quarter": 0.25, "score": 20}

_DIGITS = re.compile(
    r"""^(?P<num>
        \d{1,3}(?:,\d{3})+(?:\.\d+)?     # 5,380 or 1,234,567.5
        | \d+(?:\.\d+)?                  # 5380 or 1.5
        | \.\d+                          # .5
    )(?P<mag>[a-z]+)?$""",
    re.VERBOSE,
)
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_WORD_SPLIT = re.compile(r"[\s\-–]+")
_FILLERS = frozenset({"and", "a", "an"})


def is_number_word(word: str) -> bool:
    """True when ``word`` (any case) is a number word or magnitude ("five", "million", "dozen")."""
    w = word.lower()
    return w in UNITS or w in TENS or w in MAGNITUDES or w in GROUPS


def _digits(token: str) -> float | None:
    """A token written with digits, with an optional glued magnitude ("3bn", "1.5m")."""
    fraction = _FRACTION.match(token)
    if fraction:
        denominator = int(fraction.group(2))
        return None if denominator == 0 else int(fraction.group(1)) / denominator
    match = _DIGITS.match(token)
    if not match:
        return None
    value = float(match.group("num").replace(",", ""))
    magnitude = match.group("mag")
    if magnitude is None:
        return value
    if magnitude not in MAGNITUDES:
        return None
    return value * MAGNITUDES[magnitude]


def _words(tokens: list[str]) -> float | None:
    """Number words with magnitudes: "two million", "one hundred and twenty", "half a million".

    ``total`` holds what closed magnitudes (thousand, million ...) have added;
    ``current`` the group being read. Digits may stand in for words ("1.5 million").
    """
    if all(t in _FILLERS for t in tokens):
        return None
    total = Fraction(0)
    current = Fraction(0)
    seen = False  # a number has been read in the current group
    last = ""  # kind of the previous token: "unit", "tens", "hundred", "digit", "group", ""
    for token in tokens:
        if token in _FILLERS:
            continue
        digit_value = _digits(token)
        if digit_value is not None:
            value = Fraction(digit_value).limit_denominator(10**6)
            if seen and not (last == "digit" and value < 1 and current >= 1):
                return None  # only "1 1/2" may follow a number written in digits
            current += value
            last = "digit"
        elif token in UNITS:
            if seen and last not in {"tens", "hundred"}:
                return None
            if last == "tens" and (UNITS[token] >= 10 or UNITS[token] == 0):
                return None
            current += UNITS[token]
            last = "unit"
        elif token in TENS:
            if seen and last != "hundred":
                return None
            current += TENS[token]
            last = "tens"
        elif token == "half" or token == "quarter":
            part = Fraction(1, 2) if token == "half" else Fraction(1, 4)
            current = current + part if seen else part  # "one and a half" / "half a million"
            last = "group"
        elif token in GROUPS:  # dozen, score
            current = (current if seen else Fraction(1)) * int(GROUPS[token])
            last = "group"
        elif token in MAGNITUDES:
            factor = Fraction(int(MAGNITUDES[token]))
            base = current if seen else Fraction(1)
            if factor == 100:
                if current >= 100:
                    return None
                current = base * factor
                last = "hundred"
            else:
                total += base * factor
                current = Fraction(0)
                seen = False
                last = ""
                continue
        else:
            return None
        seen = True
    return float(total + current)


def parse_number(text: str) -> float | None:
    """The value of a number written in ``text``, or None when ``text`` is not a number.

    >>> parse_number("5,380"), parse_number("two million"), parse_number("3bn")
    (5380.0, 2000000.0, 3000000000.0)
    >>> parse_number("half a million"), parse_number("a dozen"), parse_number("1 1/2")
    (500000.0, 12.0, 1.5)
    >>> parse_number("first") is None
    True
    """
    cleaned = text.strip().lower().replace("\u2009", " ").replace("\u00a0", " ")
    if not cleaned:
        return None
    negative = cleaned.startswith(("-", "−", "minus ")) and len(cleaned) > 1
    if negative:
        cleaned = cleaned.removeprefix("minus ").lstrip("-−").strip()
    single = _digits(cleaned)
    if single is not None:
        return -single if negative else single
    tokens = [t for t in _WORD_SPLIT.split(cleaned) if t]
    # "1.2bn" is one token, "1.2 bn" two: split a glued magnitude off digits.
    expanded: list[str] = []
    for token in tokens:
        match = _DIGITS.match(token)
        if match and match.group("mag"):
            expanded.extend([match.group("num"), match.group("mag")])
        else:
            expanded.append(token)
    value = _words(expanded)
    if value is None:
        return None
    return -value if negative else value
