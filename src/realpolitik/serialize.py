"""JSON forms of the records, as the CLI's ``code`` command and the API print them.

Events and quotes put the fields of CONVENTIONS.md (A5 and B3) first, with
codes as plain strings, so that evaluation scripts read them directly; the
full detail (actors with sector and resolved name, evidence, provenance)
follows under its own keys.
"""

from __future__ import annotations

from typing import Any

from .models import Amount, Article, CodedArticle, Event, Quote, to_dict


def event_record(event: Event) -> dict[str, Any]:
    """An event as CONVENTIONS.md A5 gives it, then its detail and evidence."""
    return {
        "event": event.event,
        "mode": event.mode,
        "actor": list(event.actor_codes),
        "recipient": list(event.recipient_codes),
        "actor_text": "; ".join(a.text for a in event.actor),
        "recipient_text": "; ".join(a.text for a in event.recipient),
        "trigger": event.trigger,
        "id": event.id,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision.value,
        "context": list(event.context),
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "intensity": event.intensity,
        "confidence": round(event.confidence, 3),
        "rule": event.rule,
        "mentions": event.mentions,
        "sources": list(event.sources),
        "actors": [to_dict(a) for a in event.actor],
        "recipients": [to_dict(a) for a in event.recipient],
        "place": to_dict(event.place) if event.place else None,
        "evidence": {
            "sentence": event.sentence_text,
            "sentence_index": event.provenance.sentence,
            "start": event.provenance.start,
            "end": event.provenance.end,
            "trigger_start": event.trigger_start,
            "trigger_end": event.trigger_end,
            "coder": event.provenance.coder,
            "coder_version": event.provenance.coder_version,
        },
    }


def quote_record(quote: Quote) -> dict[str, Any]:
    """A quote as CONVENTIONS.md B3 gives it, then the speaker's detail and spans."""
    return {
        "type": quote.type,
        "speaker": quote.speaker.name,
        "speaker_text": quote.speaker.text,
        "cue": quote.cue,
        "content": quote.content,
        "id": quote.id,
        "speaker_info": to_dict(quote.speaker),
        "spans": [list(span) for span in quote.content_spans],
        "provenance": to_dict(quote.provenance),
    }


def amount_record(amount: Amount) -> dict[str, Any]:
    """An amount as CONVENTIONS.md C describes it."""
    return {
        "text": amount.text,
        "value": amount.value,
        "unit": amount.unit,
        "object": amount.object,
        "low": amount.low,
        "high": amount.high,
        "actors": list(amount.actors),
        "partners": list(amount.partners),
        "event_id": amount.event_id,
        "id": amount.id,
        "provenance": to_dict(amount.provenance),
    }


def article_record(article: Article) -> dict[str, Any]:
    """An article's metadata and clean text."""
    return to_dict(article)


def coded_record(coded: CodedArticle, input_id: str | None = None) -> dict[str, Any]:
    """One line of ``realpolitik code`` output: the input's id, the article and what was found."""
    return {
        "id": input_id if input_id is not None else coded.article.source_id or coded.article.id,
        "article": article_record(coded.article),
        "events": [event_record(e) for e in coded.events],
        "quotes": [quote_record(q) for q in coded.quotes],
        "amounts": [amount_record(a) for a in coded.amounts],
        "dates": [to_dict(t) for t in coded.times],
        "places": [to_dict(p) for p in coded.places],
        "warnings": list(coded.warnings),
        "coders": dict(coded.coders),
    }
