"""HTML pages: the article's main text and metadata, with trafilatura, offline.

trafilatura gets the body, title, date, author, site name and canonical URL
from the HTML string itself (it is never given a URL to fetch). Its text has
one paragraph a line; the lines then go through :func:`~.text.parse_page` so
bylines, closing bios and boilerplate lines it left are handled as in plain
text, and paragraphs come out separated by blank lines.

The date is read from the page's markup only (``extensive_search`` off):
trafilatura would otherwise guess a date from any date-like string on the
page, such as a copyright year.

:func:`html_fragment_text` turns a small HTML fragment (a feed entry's
content) into paragraphs with the standard library alone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import UnreadableInput
from ..models import Article, Failure
from .dates import parse_date
from .files import check_head, decode_document, read_bytes
from .records import make_article, screen
from .text import parse_page

log = logging.getLogger(__name__)

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


#: Main text shorter than this (after menus and boilerplate) means the page holds no article.
MIN_HTML_CHARS = 40


def article_from_html(
    html: str | bytes,
    *,
    source_id: str,
    settings: Settings,
    url: str = "",
) -> Article | Failure:
    """The article in one HTML page, screened (:func:`~.records.screen`).

    Raises UnreadableInput when the page holds no article text (less than
    ``settings.min_chars`` characters once menus and boilerplate are gone).
    """
    import trafilatura

    document: Any = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    raw = str(getattr(document, "text", "") or "") if document is not None else ""
    title = str(getattr(document, "title", "") or "") if document is not None else ""
    lines = raw.split("\n")
    if lines and title and _same(lines[0], title):
        lines = lines[1:]  # trafilatura keeps the <h1> headline as the first line
    page = parse_page("\n\n".join(lines), find_title=False)
    if len(page.text) < max(settings.min_chars, MIN_HTML_CHARS):
        raise UnreadableInput(
            f"{source_id}: no article text found in the HTML ({len(page.text)} characters "
            "outside menus and boilerplate); pass the page of one article, not an index, "
            "login or consent page"
        )

    def meta(name: str) -> str:
        value = getattr(document, name, None)
        return str(value).strip() if value else ""

    date_text = meta("date")
    published = parse_date(date_text) if date_text else page.published
    if date_text and published is None:
        log.debug("%s: trafilatura gave an unreadable date %r", source_id, date_text)
    article = make_article(
        page.text,
        source_id=source_id,
        title=title or page.title,
        published=published,
        outlet=meta("sitename") or page.outlet,
        author=meta("author") or page.author,
        url=meta("url") or url,
        warnings=page.warnings,
    )
    return screen(article, settings)


def read_html_file(path: Path, settings: Settings) -> Iterator[Article | Failure]:
    """The article in an HTML file. The file is read and checked at once
    (raising UnreadableInput as :func:`~.files.read_bytes` does, or when it
    holds no article); the iterator yields the article or its skip Failure."""
    html = decode_html(read_bytes(path, settings), str(path), settings)
    return iter([article_from_html(html, source_id=str(path), settings=settings)])


def decode_html(data: bytes, label: str, settings: Settings, *, charset: str | None = None) -> str:
    """HTML bytes as text: in ``charset`` (from an HTTP header) when given, else
    in the charset the page declares in a ``<meta>`` tag, else in
    ``settings.encoding``. Empty, binary and undecodable pages raise."""
    check_head(data, label, settings, complete=False, decode=False)
    for name in (charset, _declared_charset(data)):
        if not name:
            continue
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            log.debug("%s: the page's charset %r does not decode it", label, name)
    return decode_document(data, label, settings)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


_BLOCK_NAMES = (
    "p div br li h1 h2 h3 h4 h5 h6 blockquote pre tr section article header footer "
    "figcaption ul ol table dd dt hr"
)
_SKIPPED_NAMES = "script style noscript template iframe svg"
_BLOCK_TAGS = frozenset(_BLOCK_NAMES.split())
_SKIPPED_TAGS = frozenset(_SKIPPED_NAMES.split())


class _TextCollector(HTMLParser):
    """Collects the text of an HTML fragment, a paragraph break at each block tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._break()

    def _break(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
        self._current = []


def html_fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, one paragraph per block element,
    paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return "\n\n".join(collector.paragraphs)
