"""Turning what a reader found into an :class:`Article`, and screening it.

:func:`make_article` builds the record every reader yields: it reads the wire
dateline ("WASHINGTON (Reuters) - ") from the start of the text (the dateline
stays in the text), fills the outlet from it when no other source named one,
and sets the id from the text. :func:`screen` then turns an article that is
too short or not in a wanted language into a skip :class:`Failure`, so a batch
records why it was left out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re

from ..config import Settings
from ..ids import article_id
from ..models import Article, DatePrecision, Failure
from .dates import ParsedDate, parse_date
from .language import guess_english
from .metadata import lead

_SPACES = re.compile(r"[ \t\u00a0]+")
_PARAGRAPH_TAG = re.compile(r"</?p\s*/?>", re.IGNORECASE)
# an escape whose "&" was lost: never ordinary text
_BARE_APOSTROPHE = re.compile(r" ?(?<![&\w])#39;")
_BARE_QUOTE = re.compile(r"(?<![&\w])quot;")
_BARE_NUMBER = re.compile(r"(?<![&\w])#(\d{2,4});")  # "#36;10 million" -> "$10 million"
# backslashes that some feed archives leave for line breaks ("Foreign Minister\Jack Straw")
_BACKSLASHES = re.compile(r"\\+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
LONG_LINE = 100  # hard-wrapped text never has lines this long: such lines are paragraphs


def published_from(value: object) -> tuple[ParsedDate | None, tuple[str, ...]]:
    """A publication date from an input's value (a string, a date, or nothing),
    and a warning when the value is there but no date: "invalid date 'xyz'"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, ()
    if isinstance(value, dt.datetime):
        return ParsedDate(value.date(), DatePrecision.DAY), ()
    if isinstance(value, dt.date):
        return ParsedDate(value, DatePrecision.DAY), ()
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        shown = value.strip() if isinstance(value, str) else value
        return None, (f"invalid date {str(shown)[:60]!r}",)
    return parsed, ()


def split_paragraphs(text: str) -> list[list[str]]:
    """The paragraphs of ``text``, each a list of its trimmed lines.

    Blank lines separate paragraphs. A block of lines with no blank line
    between them is one hard-wrapped paragraph, unless one of its lines is
    longer than :data:`LONG_LINE` characters: then it is text with one
    paragraph a line (as scraped texts and trafilatura's output are).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks: list[list[str]] = []
    for block in _BLANK_LINES.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if len(lines) > 1 and max(len(line) for line in lines) > LONG_LINE:
            blocks.extend([line] for line in lines)
        else:
            blocks.append(lines)
    return blocks


def join_paragraphs(blocks: list[list[str]]) -> str:
    """Paragraphs joined by one blank line; the lines of a paragraph by a space."""
    return "\n\n".join(" ".join(lines) for lines in blocks if lines)


def tidy_text(text: str) -> str:
    """Text with Unix line ends, single spaces, hard-wrapped lines joined and
    paragraphs separated by exactly one blank line (:func:`split_paragraphs`), and
    HTML escapes left in plain text repaired (:func:`repair_escapes`)."""
    return join_paragraphs(split_paragraphs(repair_escapes(text)))


def repair_escapes(text: str) -> str:
    """Plain text with the HTML escapes scraped feeds leave in it decoded: "&#39;",
    "&quot;", escaped paragraph tags ("&lt;p&gt;"), escapes that lost their ampersand
    ("Sudan #39;s", "quot;Yes quot;", "#36;10 million"), and backslashes left for line
    breaks ("Foreign Minister\\Jack Straw") read as spaces."""
    if "&" in text:
        text = html.unescape(text)
        text = _PARAGRAPH_TAG.sub("\n\n", text)
    text = _BARE_APOSTROPHE.sub("'", text)
    text = _BARE_NUMBER.sub(lambda m: html.unescape(f"&#{m.group(1)};"), text)
    text = _BACKSLASHES.sub(" ", text)
    return _BARE_QUOTE.sub('"', text)


def make_article(
    text: str,
    *,
    source_id: str = "",
    title: str = "",
    published: ParsedDate | None = None,
    outlet: str = "",
    author: str = "",
    url: str = "",
    language: str = "",
    warnings: tuple[str, ...] = (),
) -> Article:
    """An :class:`Article` for ``text`` (tidied) and its metadata, with the
    dateline read from the start of the text (see :func:`~.metadata.lead`: an
    editor's note and an inline byline before the dateline are cut, the
    byline's name becomes the author when none is given)."""
    body = tidy_text(text)
    opening = lead(body)
    body = body[opening.start :]
    found = opening.dateline
    place = found.place if found else ""
    if found and not outlet:
        outlet = found.outlet
    author = author or opening.author
    if opening.note:
        warnings = (*warnings, f"editor's note removed from the text: ({opening.note})")
    return Article(
        id=article_id(body),
        text=body,
        title=" ".join(title.split()),
        published=published.date if published else None,
        date_precision=published.precision if published else DatePrecision.UNKNOWN,
        outlet=outlet.strip(),
        author=" ".join(author.split()),
        url=url.strip(),
        language=language.strip().lower() or "en",
        source_id=source_id,
        dateline=place,
        warnings=warnings,
    )


def screen(
    article: Article, settings: Settings, *, language_given: bool = False
) -> Article | Failure:
    """``article``, or a skip Failure when its text is under ``settings.min_chars``
    or it is not in ``settings.languages``.

    When the input stated the language (``language_given``), that is trusted.
    Otherwise the offline English test of :mod:`.language` decides: a text
    that fails it is skipped when English is the only wanted language; when
    other languages are wanted too, the test cannot tell which language the
    text is in, so it is kept with language "und" and a warning.
    """
    label = article.source_id or article.url or article.id
    if len(article.text) < settings.min_chars:
        return Failure(
            input=label,
            stage="read",
            error=(
                f"{label}: the text is {len(article.text)} characters, under the "
                f"{settings.min_chars}-character minimum; nothing to code "
                "(lower --min-chars to keep short texts)"
            ),
            skipped=True,
        )
    wanted = tuple(lang.lower() for lang in settings.languages)
    if language_given:
        if article.language not in wanted:
            return Failure(
                input=label,
                stage="language",
                error=(
                    f"{label}: language {article.language!r} is not among the coded "
                    f"languages ({', '.join(wanted)}); skipped"
                ),
                skipped=True,
            )
        return article
    guess = guess_english(article.text)
    if guess.english:
        return article
    if wanted == ("en",):
        return Failure(
            input=label, stage="language", error=f"{label}: {guess.reason()}; skipped", skipped=True
        )
    # Other languages are wanted too, and the test cannot tell which one this is.
    return dataclasses.replace(
        article,
        language="und",
        warnings=(*article.warnings, f"language unknown: {guess.reason()}"),
    )
