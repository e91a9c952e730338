"""Plain-text articles, including pages copied from news and aggregator sites.

:func:`parse_page` reads what a page states about itself and keeps only the
article's body:

* the header, at most :data:`MAX_HEADER_PARAGRAPHS` paragraphs at the top:
  date lines ("Wednesday, 17 Jul 2024", "Published: July 17, 2024"),
  bylines ("By Jane Roe"), a combined "By Jane Roe | July 17, 2024" line, and
  the headline (a one-line paragraph with no final period, followed by more
  text: see :func:`~.metadata.looks_like_headline`);
* boilerplate lines anywhere (:func:`~.boilerplate.is_boilerplate`) and the
  page's tail from a "Related Posts"-like heading on;
* closing author bios ("X is the Seoul bureau chief for The Times ...") and
  wire credits ("(Reporting by X; Editing by Y)").

Body paragraphs are separated by one blank line. A text with none of this is
kept as it is, tidied.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..errors import UnreadableInput
from ..models import Article, Failure
from .boilerplate import is_boilerplate, is_section_end, source_outlet
from .dates import ParsedDate, parse_date
from .files import read_document
from .metadata import Byline, author_bio, byline, credit_line, looks_like_headline
from .records import join_paragraphs, make_article, published_from, screen, split_paragraphs

MAX_HEADER_PARAGRAPHS = 5
MAX_FOOTER_PARAGRAPHS = 3
_SEGMENT_SPLIT = re.compile(r"\s+[|·•]\s+")
# A short capitalised name beside a byline or date on a "By X | Outlet | date" line.
_OUTLET_SEGMENT = re.compile(r"^\s*[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,4}\s*$")

REPOST_WARNING = (
    "the page looks like a repost (it carries aggregator lines such as "
    "'Source: Read Full Article'); its date may be the repost date, not the original's"
)


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's body text and the metadata read from its own lines."""

    text: str
    title: str = ""
    published: ParsedDate | None = None
    author: str = ""
    outlet: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class _Found:
    """Metadata gathered while reading a page."""

    title: str = ""
    published: ParsedDate | None = None
    author: str = ""
    outlet: str = ""
    repost: bool = False

    def take_byline(self, found: Byline) -> None:
        self.author = self.author or found.author
        self.outlet = self.outlet or found.outlet


def parse_page(raw: str, *, find_title: bool = True) -> PageText:
    """The body and metadata of a page's text (see the module docstring).

    With ``find_title=False`` the first paragraph is never taken for a headline
    (for HTML, whose title comes from the page's markup).
    """
    found = _Found()
    blocks = [_drop_boilerplate(lines, found) for lines in split_paragraphs(raw)]
    blocks = [lines for lines in blocks if lines]
    start = _read_header(blocks, found, find_title=find_title)
    body = _cut_tail(blocks[start:], found)
    body = _read_footer(body, found)
    warnings = (REPOST_WARNING,) if found.repost and found.published else ()
    return PageText(
        text=join_paragraphs(body),
        title=found.title,
        published=found.published,
        author=found.author,
        outlet=found.outlet,
        warnings=warnings,
    )


def _drop_boilerplate(lines: list[str], found: _Found) -> list[str]:
    kept = []
    for line in lines:
        outlet = source_outlet(line)
        if outlet is not None:
            found.outlet = found.outlet or outlet
            found.repost = found.repost or not outlet
            continue
        if is_boilerplate(line):
            found.repost = found.repost or "full article" in line.lower()
            continue
        kept.append(line)
    return kept


def _header_line(line: str, found: _Found) -> bool:
    """Take a date line, a byline or a "By X | Outlet | date" line; False for other lines."""
    dates: list[ParsedDate] = []
    bylines: list[Byline] = []
    names: list[str] = []
    for segment in _SEGMENT_SPLIT.split(line):
        date = parse_date(segment)
        by = byline(segment) if date is None else None
        if date is not None:
            dates.append(date)
        elif by is not None:
            bylines.append(by)
        elif _OUTLET_SEGMENT.match(segment):
            names.append(segment.strip())
        else:
            return False
    if not dates and not bylines:
        return False
    if dates and found.published is None:
        found.published = dates[0]
    for by in bylines:
        found.take_byline(by)
    if names:
        found.outlet = found.outlet or names[0]
    return True


def _read_header(blocks: list[list[str]], found: _Found, *, find_title: bool) -> int:
    """Read header paragraphs from the top; the index of the first body paragraph."""
    index = 0
    while index < min(len(blocks) - 1, MAX_HEADER_PARAGRAPHS):
        lines = blocks[index]
        rest = [line for line in lines if not _header_line(line, found)]
        if find_title and not found.title and len(rest) == 1 and looks_like_headline(rest[0]):
            found.title = rest[0]
            rest = []
        if rest:
            if len(rest) < len(lines):  # header lines on top of the first body lines
                blocks[index] = rest
            break
        index += 1
    return index


def _cut_tail(blocks: list[list[str]], found: _Found) -> list[list[str]]:
    """The body up to a "Related Posts"-like heading (never its first paragraph)."""
    for index, lines in enumerate(blocks):
        if index > 0 and is_section_end(lines[0]):
            found.repost = found.repost or "related" in lines[0].lower()
            return blocks[:index]
    return blocks


def _read_footer(blocks: list[list[str]], found: _Found) -> list[list[str]]:
    """The body without closing bios and credit lines, whose names it records."""
    body = list(blocks)
    for _ in range(MAX_FOOTER_PARAGRAPHS):
        if len(body) < 2:
            break
        last = " ".join(body[-1])
        bio = author_bio(last)
        if bio is not None:
            found.take_byline(bio)
            body.pop()
            continue
        credit = credit_line(last)
        if credit is not None:
            by, start = credit
            found.take_byline(by)
            kept = last[:start].rstrip()
            body[-1:] = [[kept]] if kept else []
            continue
        break
    return body


def read_text_article(
    text: str,
    *,
    source_id: str = "",
    title: str | None = None,
    published: object = None,
    url: str | None = None,
) -> Article:
    """An :class:`Article` from a raw text, its metadata read as :func:`parse_page`
    does; ``title``, ``published`` (a date or a date string) and ``url``, when
    given, take precedence over what the text states.

    Raises UnreadableInput when the text is blank or only page boilerplate. The
    article is not screened for length or language (see :func:`~.records.screen`).
    """
    label = source_id or "the text"
    if not text.strip():
        raise UnreadableInput(f"{label}: the text is empty; nothing to code")
    page = parse_page(text)
    if not page.text:
        raise UnreadableInput(
            f"{label}: the text holds only a headline, dates or page boilerplate; nothing to code"
        )
    date, problems = published_from(published)
    return make_article(
        page.text,
        source_id=source_id,
        title=page.title if title is None else title,
        published=date or page.published,
        outlet=page.outlet,
        author=page.author,
        url=url or "",
        warnings=(*problems, *page.warnings),
    )


def read_text_file(path: Path, settings: Settings) -> Iterator[Article | Failure]:
    """The article in a plain-text file (one article a file).

    The file is read and checked at once (raising UnreadableInput when it is
    missing, too big, empty, binary or in the wrong encoding); the returned
    iterator yields the article or the Failure that screened it out.
    """
    raw = read_document(path, settings)
    article = read_text_article(raw, source_id=str(path))
    return iter([screen(article, settings)])
