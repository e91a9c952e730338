"""Find the stretches of an article's text that stand inside double quotation marks.

Pure text work, no spaCy: :func:`find_segments` scans the text once for
straight (") and curly (“ ”) double marks and pairs them. It knows the wire
conventions:

- a quotation that runs over several paragraphs leaves each paragraph open and
  opens the next one again with a mark; every paragraph then becomes a
  :class:`Segment` with ``continues=True`` pointing on to the next;
- a straight mark is an opening mark or a closing mark according to what
  stands beside it;
- an opening mark that is never closed (a typo) is skipped, and so is a stray
  closing mark, so one bad mark spoils at most one quotation;
- single marks (‘ ’ ') are never quotation boundaries here: they are nested
  quotes or apostrophes ("It’s", "Korea’s") and stay inside the content;
- a curly quotation nested in another with double marks, as tweets are quoted
  (“Meeting with “Chuck and Nancy” today ...”), stays inside the outer one:
  an opening mark inside an open quotation whose closing mark is followed by
  a second closing mark in the same paragraph is nested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Segment", "find_segments", "paragraph_breaks"]

_OPEN = frozenset("“«„")
_CLOSE = frozenset("”»")
_STRAIGHT = '"'
_MARKS = re.compile(r'["“”«»„]')
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_OPENING_CONTEXT = frozenset("([{—–-/\u00a0")
_SENTENCE_END = frozenset(".?!…")


@dataclass(frozen=True, slots=True)
class Segment:
    """Text between a pair of quotation marks.

    ``start``/``end`` delimit the content (marks and outer white space
    excluded); ``open``/``close`` are the offsets of the marks (``close`` is -1
    when the segment runs to the end of its paragraph and ``continues`` into
    the next segment, the multi-paragraph wire convention).
    """

    start: int
    end: int
    open: int
    close: int
    continues: bool = False


def paragraph_breaks(text: str) -> list[int]:
    """Offsets of the blank-line paragraph breaks in ``text``."""
    return [m.start() for m in _PARAGRAPH.finditer(text)]


def _kind(text: str, pos: int, is_open: bool) -> str:
    """ "open" or "close" for the mark at ``pos`` (``is_open``: a quotation is open)."""
    char = text[pos]
    if char in _OPEN:
        return "open"
    if char in _CLOSE:
        return "close"
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPENING_CONTEXT) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if not before.isalnum() and after.isalnum():
        return "open"
    return "close" if is_open else "open"


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` with outer white space removed."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_segments(text: str) -> list[Segment]:
    """Every quoted stretch of ``text``, in order (see the module docstring)."""
    segments: list[Segment] = []
    next_open: dict[int, int] = {}  # index of a continued segment -> the mark that goes on
    open_at = -1
    nested = 0  # closing marks still owed to quotations nested in the open one
    for match in _MARKS.finditer(text):
        pos = match.start()
        kind = _kind(text, pos, open_at >= 0)
        if nested and kind == "close":
            nested -= 1
            continue
        if kind == "open":
            if open_at >= 0 and _nested(text, pos):
                nested += 1
                continue
            if open_at >= 0:
                continued = _continuation(text, open_at, pos)
                if continued is not None:
                    start, end = _content(text, open_at + 1, continued)
                    if end > start:
                        segments.append(Segment(start, end, open_at, -1, continues=True))
                        next_open[len(segments) - 1] = pos
            open_at = pos
            continue
        if open_at < 0:
            continue  # a stray closing mark
        if _PARAGRAPH.search(text, open_at, pos):
            open_at = -1  # the mark opened in an earlier paragraph and never closed there
            continue
        start, end = _content(text, open_at + 1, pos)
        if end > start:
            segments.append(Segment(start, end, open_at, pos))
        open_at = -1
    return _drop_dangling(segments, next_open)


def _nested(text: str, pos: int) -> bool:
    """Whether the curly opening mark at ``pos``, met inside an open quotation, opens a
    quotation nested in it: the next two marks are both curly closing marks and no
    paragraph break comes before the second."""
    if text[pos] not in _OPEN:
        return False
    following = []
    for match in _MARKS.finditer(text, pos + 1):
        following.append(match.start())
        if len(following) == 2:
            break
    if len(following) < 2 or any(text[k] not in _CLOSE for k in following):
        return False
    return not _PARAGRAPH.search(text, pos, following[1]) and "\n" not in text[pos : following[1]]


def _continuation(text: str, open_at: int, pos: int) -> int | None:
    """Where the open quotation at ``open_at`` ends when a new one opens at ``pos``.

    The quotation continues (wire convention) when the new mark opens a
    paragraph: either after a line break, or, in text whose paragraphs were
    joined by spaces, right after the end of a sentence. Returns the end of
    the first part, or None when the first mark was simply never closed.
    """
    newline = text.find("\n", open_at, pos)
    if newline >= 0:
        if text[newline:pos].strip():
            return None  # more text follows the break before the new mark
        return newline
    before = text[open_at + 1 : pos].rstrip()
    if not (before and before[-1] in _SENTENCE_END and pos > 0 and text[pos - 1].isspace()):
        return None
    # without line breaks, only a quotation that itself opened a sentence goes on:
    # "a “power grab and left. “This ...": the first mark was a typo, not a paragraph
    lead = text[max(0, open_at - 80) : open_at].rstrip()
    if lead and lead[-1] not in _SENTENCE_END and lead[-1] not in ':”"\n':
        return None
    return open_at + 1 + len(before)


def _drop_dangling(segments: list[Segment], next_open: dict[int, int]) -> list[Segment]:
    """Turn off ``continues`` on a segment whose next part was dropped as unclosed."""
    result: list[Segment] = []
    for i, segment in enumerate(segments):
        following = segments[i + 1] if i + 1 < len(segments) else None
        if segment.continues and (following is None or following.open != next_open[i]):
            segment = Segment(segment.start, segment.end, segment.open, segment.close)
        result.append(segment)
    return result
