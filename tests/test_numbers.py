"""parse_number: digits, words, magnitudes, fractions; round-trips by property tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realpolitik.coders.numbers import parse_number

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, *, hyphen: bool = True, and_word: bool = False) -> str:
    words: list[str] = []
    if n >= 100:
        words += [_SMALL[n // 100], "hundred"]
        n %= 100
        if n and and_word:
            words.append("and")
        if not n:
            return " ".join(words)
    if n < 20:
        words.append(_SMALL[n])
    else:
        tens, unit = divmod(n, 10)
        if unit:
            words.append(
                f"{_TENS[tens]}-{_SMALL[unit]}" if hyphen else f"{_TENS[tens]} {_SMALL[unit]}"
            )
        else:
            words.append(_TENS[tens])
    return " ".join(words)


def _in_words(n: int, *, hyphen: bool = True, and_word: bool = False) -> str:
    """English words for 0 <= n < 10**12, the way a reporter writes them."""
    if n == 0:
        return "zero"
    parts: list[str] = []
    for value, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= value:
            parts.append(f"{_below_thousand(n // value, hyphen=hyphen)} {name}")
            n %= value
    if n:
        parts.append(_below_thousand(n, hyphen=hyphen, and_word=and_word))
    return " ".join(parts)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5,380", 5380),
        ("102,000", 102000),
        ("1.5", 1.5),
        ("two million", 2_000_000),
        ("half a million", 500_000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("3bn", 3e9),
        ("1.2 bn", 1.2e9),
        ("1.2 billion", 1.2e9),
        ("$1.5 trillion".removeprefix("$"), 1.5e12),
        ("twenty-five", 25),
        ("Twenty five", 25),
        ("1 1/2", 1.5),
        ("3/4", 0.75),
        ("one hundred and twenty", 120),
        ("one and a half million", 1.5e6),
        ("a million", 1e6),
        ("70,000", 70000),
        ("four", 4),
        ("-3.5", -3.5),
    ],
)
def test_known_forms(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "first",
        "70th",
        "G20",
        "the",
        "a",
        "and",
        "five five",
        "twenty thirty",
        "10-20",
        "1,23",
        "1/0",
        "two fifteen",
        "million dollars",
    ],
)
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_commas_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip(x: float) -> None:
    text = f"{x:.2f}"
    assert parse_number(text) == pytest.approx(float(text))


@given(st.integers(min_value=0, max_value=999_999_999), st.booleans(), st.booleans())
def test_words_round_trip(n: int, hyphen: bool, and_word: bool) -> None:
    assert parse_number(_in_words(n, hyphen=hyphen, and_word=and_word)) == n


@given(
    st.decimals(min_value=1, max_value=999, places=1).map(str),
    st.sampled_from(
        [
            ("thousand", 1e3),
            ("million", 1e6),
            ("billion", 1e9),
            ("trillion", 1e12),
            ("bn", 1e9),
            ("mln", 1e6),
        ]
    ),
    st.booleans(),
)
def test_magnitudes_round_trip(number: str, magnitude: tuple[str, float], glued: bool) -> None:
    word, factor = magnitude
    text = f"{number}{word}" if glued and len(word) <= 3 else f"{number} {word}"
    assert parse_number(text) == pytest.approx(float(number) * factor)


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["million", "thousand", "billion"]))
def test_word_number_with_magnitude(n: int, magnitude: str) -> None:
    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[magnitude]
    assert parse_number(f"{_in_words(n)} {magnitude}") == n * factor
