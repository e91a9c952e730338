"""Pairing quotation marks: curly and straight, apostrophes, unbalanced marks, paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from realpolitik.coders.quote_marks import find_segments


def contents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_segments(text)]


def test_curly_pairs_and_apostrophes() -> None:
    text = "“It’s a win-win,” said Lee. “North Korea’s arms are old.”"
    assert contents(text) == ["It’s a win-win,", "North Korea’s arms are old."]


def test_straight_marks_open_and_close_by_context() -> None:
    text = 'He said "we will act," and then: "soon." The "end".'
    assert contents(text) == ["we will act,", "soon.", "end"]


def test_single_quotes_are_never_boundaries() -> None:
    text = "“Kim is jumping on the ‘new Cold War’ bandwagon,” he said."
    assert contents(text) == ["Kim is jumping on the ‘new Cold War’ bandwagon,"]


def test_unclosed_mark_is_skipped_and_the_next_quote_survives() -> None:
    text = "Critics called it a “power grab and left. “This law silences us,” said Haddad."
    assert contents(text) == ["This law silences us,"]


def test_stray_closing_mark_is_ignored() -> None:
    assert contents("A stray ” here and “a real one” there.") == ["a real one"]


def test_quote_running_over_paragraphs_continues() -> None:
    text = "“First paragraph ends here.\n\n“Second paragraph ends,” he said."
    segments = find_segments(text)
    assert [text[s.start : s.end] for s in segments] == [
        "First paragraph ends here.",
        "Second paragraph ends,",
    ]
    assert segments[0].continues and segments[0].close == -1
    assert not segments[1].continues


def test_paragraphs_joined_by_spaces_continue_after_a_full_stop() -> None:
    text = "“One sentence here.  “And more,” she said."
    segments = find_segments(text)
    assert segments[0].continues and text[segments[1].start : segments[1].end] == "And more,"


def test_mark_never_closed_in_its_paragraph_is_dropped() -> None:
    text = "“Unclosed paragraph\n\nA narrative paragraph.\n\n“x y,” z said."
    assert contents(text) == ["x y,"]


def test_no_continuation_into_a_dropped_part() -> None:
    segments = find_segments("“Ends open.\n\n“never closed")
    assert len(segments) == 1 and not segments[0].continues


@given(st.text(alphabet="ab “”\"'’\n .,", max_size=80))
def test_any_text_gives_ordered_segments_inside_the_text(text: str) -> None:
    segments = find_segments(text)
    previous_end = -1
    for seg in segments:
        assert 0 <= seg.start < seg.end <= len(text)
        assert seg.open < seg.start and seg.open > previous_end - 1
        assert text[seg.start : seg.end] == text[seg.start : seg.end].strip()
        previous_end = seg.end


def test_nested_curly_quotation_stays_inside_the_outer_one() -> None:
    text = "“Talks with “Ana and Ben” today went well. No deal yet!” the mayor wrote."
    assert contents(text) == ["Talks with “Ana and Ben” today went well. No deal yet!"]


def test_unclosed_curly_mark_is_not_taken_for_a_nested_quotation() -> None:
    text = "He called it a “farce and left. “We will return,” she said."
    assert contents(text) == ["We will return,"]
