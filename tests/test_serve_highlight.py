"""The highlighted article HTML: escaped text, overlapping spans, anchors, explanations."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from realpolitik.models import Actor, Event, Provenance
from realpolitik.serve.highlight import Mark, event_mark, highlight


class _Reader(HTMLParser):
    """Reads highlight() output back: the text, and the marks with their attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.open: list[dict[str, str | None]] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("mark", "span"):
            self.errors.append(f"unexpected <{tag}>")
        if tag == "mark":
            if self.open:
                self.errors.append("nested <mark>")
            self.open.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            if not self.open:
                self.errors.append("stray </mark>")
                return
            self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.open:
            self.marks.append((self.open[-1], data))


def read(markup: str) -> _Reader:
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    assert reader.errors == [] and reader.open == []
    return reader


def test_text_is_escaped_and_kept_exactly() -> None:
    text = 'A <script>alert("x")</script> & B\n\nsaid "no".'
    markup = highlight(text, [Mark(2, 10, "event", "X", "<b>tip</b> & more", "e1")])
    assert "<script>" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup
    reader = read(markup)
    assert "".join(reader.text) == text
    attrs, covered = reader.marks[0]
    assert covered == "<script>"
    assert attrs["data-tip"] == "<b>tip</b> & more"  # escaped in the attribute, read back
    assert attrs["id"] == "event-e1"


def test_overlapping_and_nested_spans_never_cross() -> None:
    text = "Russia and China sent aid to Pyongyang"
    marks = [
        Mark(0, 16, "quote", "q", "quote", "q1"),  # Russia and China
        Mark(11, 21, "event", "AID", "event", "e1"),  # China sent
        Mark(0, 6, "actor", "RUS", "Russia"),
        Mark(11, 16, "actor", "CHN", "China"),
        Mark(11, 16, "amount", "n", "amount", "m1"),  # same span as an actor
    ]
    reader = read(highlight(text, marks))
    assert "".join(reader.text) == text
    pieces = {data: attrs for attrs, data in reader.marks}
    assert set(pieces) == {"Russia", " and ", "China", " sent"}
    assert pieces["China"]["class"] == "hl hl-event hl-quote hl-amount hl-actor"
    assert pieces["China"]["data-tip"] == "event\nquote\namount\nChina"
    assert pieces[" sent"]["class"] == "hl hl-event"
    assert pieces["Russia"]["id"] == "quote-q1"
    assert pieces["China"]["id"] == "event-e1"
    # the amount starts at the same place: it gets its own anchor just before
    assert '<span class="anchor" id="amount-m1"></span><mark id="event-e1"' in highlight(
        text, marks
    )


def test_spans_outside_the_text_are_dropped() -> None:
    markup = highlight(
        "short", [Mark(3, 99, "event", "X", "x", "e"), Mark(4, 4, "actor", "A", "a")]
    )
    assert markup == "short"


def test_event_mark_explains_the_event() -> None:
    event = Event(
        id="e9",
        event="CONSULT",
        mode="visit",
        actor=(Actor("PRK", "North Korea", "Kim"),),
        recipient=(Actor("RUS", "Russia", "Putin"),),
        trigger="met",
        sentence_text="Kim met Putin.",
        provenance=Provenance("a", 0, 0, 14, "t", "0"),
        trigger_start=4,
        trigger_end=7,
        quad_class=1,
    )
    mark = event_mark(event)
    assert mark is not None and (mark.start, mark.end) == (4, 7)
    assert "CONSULT (visit)" in mark.explanation and "PRK \u2192 RUS" in mark.explanation
    assert "verbal cooperation" in mark.explanation
    no_span = Event(**{**{f: getattr(event, f) for f in event.__slots__}, "trigger_start": -1})
    assert event_mark(no_span) is None


@given(
    text=st.text(alphabet=st.sampled_from(list("ab <>&\"'\n")), max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=8),
)
def test_any_spans_give_well_formed_html_with_the_same_text(
    text: str, spans: list[tuple[int, int]]
) -> None:
    marks = [
        Mark(s, e, "quote" if i % 2 else "event", "x", f"<{i}>", str(i))
        for i, (s, e) in enumerate(spans)
    ]
    markup = highlight(text, marks)
    reader = read(markup)
    assert "".join(reader.text) == text
    covered = {i for m in marks if 0 <= m.start < m.end <= len(text) for i in range(m.start, m.end)}
    marked = sum(len(data) for _, data in reader.marks)
    assert marked == len(covered)


def test_the_trigger_is_found_by_its_span_not_its_first_occurrence() -> None:
    from realpolitik.analyze.pairs import trigger_offset
    from realpolitik.serve.app import split_trigger

    text = "Lavrov said they met before. The envoys met again."
    sentence_start = text.index("The envoys")
    sentence = text[sentence_start:]
    start = text.rindex("met")
    event = Event(
        id="e1",
        event="CONSULT",
        mode="",
        actor=(),
        recipient=(),
        trigger="met",
        sentence_text=sentence,
        provenance=Provenance("a", 1, sentence_start, len(text), "t", "0"),
        trigger_start=start,
        trigger_end=start + 3,
    )
    assert trigger_offset(event) == sentence.index("met")
    sentence = "He met them and they met again."
    assert split_trigger(sentence, "met", 21) == ("He met them and they ", "met", " again.")
    assert split_trigger(sentence, "met", 5) == ("He ", "met", " them and they met again.")
    assert split_trigger(sentence, "talks", -1) == (sentence, "", "")
