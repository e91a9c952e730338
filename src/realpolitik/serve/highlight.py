"""An article's text as HTML with every coded record highlighted, built from character spans.

Each record the coders found (event triggers, quote contents and speakers,
amounts, actor mentions) becomes a :class:`Mark`: a ``[start, end)`` span of
the article's text, a kind and an explanation. Marks may overlap or nest
(an actor inside a quote inside a sentence). The text is cut at every mark
boundary into segments; each segment is written once, escaped with
:func:`html.escape`, and wrapped in a single ``<mark>`` element carrying the
kinds and explanations of every mark that covers it. Elements therefore
never cross, whatever the overlaps, and no piece of the article reaches the
page unescaped.

The first segment of each mark carries ``id="<kind>-<record id>"`` so that
other pages can link to it (``/articles/ID#event-E``).
"""

from __future__ import annotations

import html
import itertools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .. import ontology
from ..analyze.pairs import event_quad
from ..models import Actor, Amount, CodedArticle, Event, Quote

log = logging.getLogger(__name__)

#: Kinds of marks, in the order their explanations are listed.
KINDS = ("event", "quote", "speaker", "amount", "actor")


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted span: what it is (``kind``), a short label and a longer explanation."""

    start: int
    end: int
    kind: str
    label: str
    explanation: str
    record_id: str = ""


def _codes(actors: Sequence[Actor]) -> str:
    return ", ".join(a.code for a in actors) or "-"


def event_mark(event: Event) -> Mark | None:
    """The mark of an event's trigger (None when the event has no trigger span)."""
    if event.trigger_start < 0 or event.trigger_end <= event.trigger_start:
        return None
    quad = ontology.QUAD_CLASSES.get(event_quad(event), "")
    parts = [
        f"Event {event.event}" + (f" ({event.mode})" if event.mode else ""),
        f"{_codes(event.actor)} \u2192 {_codes(event.recipient)}",
        f"trigger \u201c{event.trigger}\u201d",
    ]
    if event.date:
        parts.append(f"date {event.date.isoformat()}")
    if quad:
        parts.append(quad)
    if event.rule:
        parts.append(f"rule {event.rule}")
    return Mark(
        event.trigger_start,
        event.trigger_end,
        "event",
        event.event,
        " \u00b7 ".join(parts),
        event.id,
    )


def quote_marks(quote: Quote) -> list[Mark]:
    """The marks of a quote's content spans and of its speaker's words."""
    speaker = quote.speaker
    who = speaker.name + (f" ({speaker.role})" if speaker.role else "")
    if speaker.country:
        who += f", {speaker.country}"
    explanation = f"Quote ({quote.type}) by {who} \u00b7 cue \u201c{quote.cue}\u201d"
    spans = quote.content_spans or ((quote.provenance.start, quote.provenance.end),)
    marks = [Mark(s, e, "quote", quote.type, explanation, quote.id) for s, e in spans]
    if 0 <= speaker.start < speaker.end:
        marks.append(
            Mark(
                speaker.start,
                speaker.end,
                "speaker",
                "speaker",
                f"Speaker: {who}"
                + (f" \u00b7 {speaker.affiliation}" if speaker.affiliation else ""),
                quote.id,
            )
        )
    return marks


def amount_mark(amount: Amount) -> Mark:
    """The mark of an amount's words."""
    value = f"{amount.value:,g}" + (f" {amount.unit}" if amount.unit else "")
    parts = [f"Amount {value}"]
    if amount.object:
        parts.append(f"of {amount.object}")
    if amount.actors:
        parts.append(f"actors {', '.join(amount.actors)}")
    if amount.partners:
        parts.append(f"partners {', '.join(amount.partners)}")
    prov = amount.provenance
    return Mark(prov.start, prov.end, "amount", "amount", " \u00b7 ".join(parts), amount.id)


def actor_mark(actor: Actor) -> Mark | None:
    """The mark of an actor mention (None when it has no span)."""
    if actor.start < 0 or actor.end <= actor.start:
        return None
    parts = [f"Actor {actor.code}" + (f" {actor.name}" if actor.name else "")]
    if actor.sector:
        parts.append(actor.sector)
    if actor.person:
        parts.append(actor.person + (f", {actor.role}" if actor.role else ""))
    return Mark(actor.start, actor.end, "actor", actor.code, " \u00b7 ".join(parts))


def article_marks(coded: CodedArticle) -> list[Mark]:
    """Every mark of a coded article: event triggers, quotes, speakers, amounts, actors.

    Actor mentions come from the article's actor list; when that is empty,
    from the actors of its events.
    """
    marks: list[Mark] = []
    for event in coded.events:
        mark = event_mark(event)
        if mark is not None:
            marks.append(mark)
    for quote in coded.quotes:
        marks.extend(quote_marks(quote))
    marks.extend(amount_mark(a) for a in coded.amounts)
    mentions: Iterable[Actor] = (
        coded.actors
        or {
            (a.start, a.end, a.code): a for e in coded.events for a in (*e.actor, *e.recipient)
        }.values()
    )
    for actor in mentions:
        mark = actor_mark(actor)
        if mark is not None:
            marks.append(mark)
    return marks


def highlight(text: str, marks: Iterable[Mark]) -> str:
    """``text`` as escaped HTML with ``marks`` highlighted (see the module doc).

    Marks outside the text or empty are dropped (and logged).
    """
    valid: list[Mark] = []
    for mark in marks:
        if 0 <= mark.start < mark.end <= len(text):
            valid.append(mark)
        else:
            log.warning(
                "mark %s %r [%d, %d) lies outside the text (%d characters); not shown",
                mark.kind,
                mark.label,
                mark.start,
                mark.end,
                len(text),
            )
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    order = {kind: i for i, kind in enumerate(KINDS)}
    valid.sort(key=lambda m: (m.start, order.get(m.kind, len(KINDS)), -m.end))
    anchored: set[str] = set()
    out: list[str] = []
    for left, right in itertools.pairwise(cuts):
        piece = html.escape(text[left:right], quote=True)
        covering = [m for m in valid if m.start <= left and right <= m.end]
        if not covering:
            out.append(piece)
            continue
        kinds = sorted({m.kind for m in covering}, key=lambda k: order.get(k, len(KINDS)))
        ranked = sorted(covering, key=lambda m: order.get(m.kind, len(KINDS)))
        tip = "\n".join(dict.fromkeys(m.explanation for m in ranked))
        anchors = []
        for m in covering:
            anchor = f"{m.kind}-{m.record_id}"
            if m.start == left and m.record_id and anchor not in anchored:
                anchored.add(anchor)
                anchors.append(html.escape(anchor, quote=True))
        records = dict.fromkeys(
            html.escape(f"{m.kind}-{m.record_id}", quote=True) for m in covering if m.record_id
        )
        attributes = [
            f'class="hl {" ".join(f"hl-{k}" for k in kinds)}"',
            f'data-tip="{html.escape(tip, quote=True)}"',
            'tabindex="0"',
        ]
        if records:
            attributes.append(f'data-records="{" ".join(records)}"')
        # The first anchor names the element; any other record starting here gets an
        # empty span just before it, so that every link target exists exactly once.
        out.extend(f'<span class="anchor" id="{a}"></span>' for a in anchors[1:])
        if anchors:
            attributes.insert(0, f'id="{anchors[0]}"')
        out.append(f"<mark {' '.join(attributes)}>{piece}</mark>")
    return "".join(out)
