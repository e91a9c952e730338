"""Web pages and RSS/Atom feeds, fetched with the standard library.

:func:`fetch` gets one http(s) URL with a timeout (``Settings.timeout``), a
size limit (``Settings.max_bytes``: it stops reading past it), at most
``Settings.max_redirects`` redirects (followed here, one by one, so that a
loop or a redirect to another scheme is caught) and the User-Agent
``realpolitik/VERSION``. Proxies set in the environment are honoured.

:func:`read_url` turns what was fetched into articles: an HTML page goes
through :mod:`.html`, a plain-text page through :mod:`.text`, and a feed
(by its content type or its ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` root) is
parsed by feedparser from the fetched bytes (feedparser never fetches). A
feed entry whose own content is at least :data:`FULL_CONTENT_CHARS` long is
used as it is; otherwise its link is fetched, and a link that fails becomes
a :class:`Failure` while the other entries go on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import http.client
import importlib.metadata
import io
import logging
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..config import Settings
from ..errors import FetchError, UnreadableInput
from ..models import Article, DatePrecision, Failure
from .dates import ParsedDate
from .files import decode_document, megabytes
from .html import article_from_html, decode_html, html_fragment_text
from .records import make_article, screen
from .text import parse_page, read_text_article

log = logging.getLogger(__name__)

FULL_CONTENT_CHARS = 500  # a feed entry with this much text is a full article
CHUNK_BYTES = 65_536
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<\?xml-stylesheet[^>]*\?>\s*)?"
    rb"(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL | re.IGNORECASE,
)
_HTML_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.DOTALL | re.I
)


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: its final URL (after redirects), type and bytes."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


@functools.cache
def user_agent() -> str:
    """The User-Agent sent with every request: "realpolitik/VERSION"."""
    try:
        version = importlib.metadata.version("realpolitik")
    except importlib.metadata.PackageNotFoundError:
        version = "0"
    return f"realpolitik/{version}"


def check_url(url: str) -> None:
    """Raise UnreadableInput unless ``url`` is an http or https URL with a host."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UnreadableInput(
            f"{url}: only http and https URLs can be fetched; pass a web address or a file path"
        )


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Make every redirect an HTTPError, so :func:`fetch` follows them itself."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def fetch(url: str, settings: Settings) -> Page:
    """The page at ``url``; raises FetchError with an actionable message when it
    cannot be had (no connection, HTTP error, timeout, too big, too many redirects)."""
    check_url(url)
    opener = urllib.request.build_opener(_NoRedirects)
    current = url
    for _ in range(settings.max_redirects + 1):
        request = urllib.request.Request(
            current,
            headers={
                "User-Agent": user_agent(),
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
            },
        )
        try:
            with opener.open(request, timeout=settings.timeout) as response:
                body = _read_limited(response, url, settings)
                headers = response.headers
                return Page(
                    url=response.geturl(),
                    content_type=headers.get_content_type(),
                    charset=headers.get_content_charset(),
                    body=body,
                )
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if exc.headers else None
            exc.close()
            if exc.code in _REDIRECTS and location:
                current = urllib.parse.urljoin(current, location)
                if urllib.parse.urlsplit(current).scheme.lower() not in ("http", "https"):
                    raise FetchError(
                        f"{url}: redirected to {current}, which is not an http(s) address"
                    ) from None
                continue
            raise FetchError(
                f"{url}: the server answered HTTP {exc.code} {exc.reason}; check the address"
            ) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _timeout(url, settings) from None
            raise FetchError(
                f"{url}: could not connect ({exc.reason}); check the address or your network"
            ) from None
        except TimeoutError:
            raise _timeout(url, settings) from None
        except (http.client.HTTPException, OSError) as exc:
            raise FetchError(
                f"{url}: the connection failed ({exc or type(exc).__name__}); "
                "check the address or your network"
            ) from None
    raise FetchError(
        f"{url}: more than {settings.max_redirects} redirects (a redirect loop?); "
        "check the address or raise --max-redirects"
    )


def _timeout(url: str, settings: Settings) -> FetchError:
    return FetchError(
        f"{url}: no answer within {settings.timeout:g} s; try again later or raise --timeout"
    )


def _read_limited(response: Any, url: str, settings: Settings) -> bytes:
    """The response body, refused as soon as it is known to pass the size limit,
    or when reading it takes longer than ``settings.timeout`` in all."""
    limit = settings.max_bytes
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _too_big(url, f"{megabytes(int(declared))}", settings)
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + settings.timeout
    while True:
        chunk = response.read(CHUNK_BYTES)
        if not chunk:
            break
        if time.monotonic() > deadline:  # the socket timeout is per read: bound the total
            raise _timeout(url, settings)
        size += len(chunk)
        if size > limit:
            raise _too_big(url, f"more than {megabytes(limit)}", settings)
        chunks.append(chunk)
    body = b"".join(chunks)
    encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        wbits = zlib.MAX_WBITS | 16 if "gzip" in encoding else zlib.MAX_WBITS
        try:
            body = zlib.decompressobj(wbits).decompress(body, limit + 1)
        except zlib.error as exc:
            raise FetchError(f"{url}: the compressed page is corrupt ({exc}); try again") from None
        if len(body) > limit:
            raise _too_big(url, f"more than {megabytes(limit)}", settings)
    return body


def _too_big(url: str, size: str, settings: Settings) -> FetchError:
    return FetchError(
        f"{url}: the page is {size}, over the {megabytes(settings.max_bytes)} limit; "
        "raise --max-bytes to fetch it"
    )


def page_kind(page: Page) -> str:
    """ "feed", "html" or "text": what a fetched page holds, by its root element
    first (servers often send feeds as text/xml or even text/html), then by its
    content type; any other content type is returned as it is."""
    head = page.body[:4096]
    if page.content_type in _FEED_TYPES or _FEED_ROOT.match(head):
        return "feed"
    if page.content_type in _HTML_TYPES or _HTML_ROOT.match(head):
        return "html"
    if page.content_type in ("application/octet-stream", "text/xml", "application/xml"):
        return "html" if head.lstrip().startswith(b"<") else "text"
    if page.content_type.startswith("text/"):
        return "text"
    return page.content_type


def read_url(url: str, settings: Settings) -> Iterator[Article | Failure]:
    """The articles at ``url``: one for a page, one per entry for a feed.

    The URL is fetched at once, so a page that cannot be had raises
    FetchError (and a page with no article UnreadableInput) here; the entries
    of a feed are fetched as the iterator goes.
    """
    return read_page(fetch(url, settings), url, settings)


def read_page(page: Page, url: str, settings: Settings) -> Iterator[Article | Failure]:
    """The articles in a fetched (or piped) page, by its :func:`page_kind`;
    ``url`` names it in messages. A page of another type raises UnreadableInput."""
    kind = page_kind(page)
    if kind == "feed":
        return _feed_articles(page, url, settings)
    if kind == "html":
        html = decode_html(page.body, url, settings, charset=page.charset)
        found = article_from_html(html, source_id=url, settings=settings, url=page.url)
        return iter([found])
    if kind == "text":
        text = _decode_text(page, url, settings)
        article = read_text_article(text, source_id=url, url=page.url)
        return iter([screen(article, settings)])
    raise UnreadableInput(
        f"{url}: the page is {kind}, not HTML, text or a feed; "
        "pass the address of an article or a feed"
    )


def _decode_text(page: Page, label: str, settings: Settings) -> str:
    """A text page decoded with the charset its server named, else ``settings.encoding``."""
    if page.charset:
        try:
            return page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            log.debug("%s: the charset %r does not decode the page", label, page.charset)
    return decode_document(page.body, label, settings)


def _feed_articles(page: Page, label: str, settings: Settings) -> Iterator[Article | Failure]:
    import feedparser

    parsed: Any = feedparser.parse(
        io.BytesIO(page.body),
        response_headers={
            "content-type": f"{page.content_type}; charset={page.charset or 'utf-8'}",
            "content-location": page.url,
        },
    )
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise UnreadableInput(
            f"{label}: "
            + (f"not a readable feed ({problem})" if problem else "the feed has no entries")
            + "; check the feed's address"
        )
    feed_title = str(parsed.feed.get("title") or "")
    return _entries(parsed.entries, label, feed_title, settings)


def _entries(
    entries: list[Any], label: str, feed_title: str, settings: Settings
) -> Iterator[Article | Failure]:
    for number, entry in enumerate(entries, 1):
        link = str(entry.get("link") or "")
        source_id = link or f"{label}#{number}"
        title = str(entry.get("title") or "")
        author = str(entry.get("author") or "")
        published = _entry_date(entry)
        content = _entry_content(entry)
        if len(content) >= FULL_CONTENT_CHARS:
            page = parse_page(content, find_title=False)
            article = make_article(
                page.text,
                source_id=source_id,
                title=title,
                published=published or page.published,
                outlet=feed_title or page.outlet,
                author=author or page.author,
                url=link,
                warnings=page.warnings,
            )
            yield screen(article, settings)
            continue
        if not link:
            yield Failure(
                input=source_id,
                stage="read",
                error=f"{source_id}: the feed entry has no link and no full text; nothing to code",
            )
            continue
        try:
            found = next(read_url(link, settings), None)
        except UnreadableInput as exc:
            stage = "fetch" if isinstance(exc, FetchError) else "read"
            yield Failure(input=link, stage=stage, error=str(exc))
            continue
        if isinstance(found, Article):
            found = _fill(found, title, published, author, feed_title)
        if found is not None:
            yield found


def _fill(
    article: Article, title: str, published: ParsedDate | None, author: str, outlet: str
) -> Article:
    """``article`` with what the feed entry says where the page said nothing."""
    changes: dict[str, Any] = {}
    if not article.title and title:
        changes["title"] = title
    if article.published is None and published is not None:
        changes["published"] = published.date
        changes["date_precision"] = published.precision
    if not article.author and author:
        changes["author"] = author
    if not article.outlet and outlet:
        changes["outlet"] = outlet
    return dataclasses.replace(article, **changes) if changes else article


def _entry_date(entry: Any) -> ParsedDate | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                day = dt.date(value.tm_year, value.tm_mon, value.tm_mday)
                return ParsedDate(day, DatePrecision.DAY)
            except (AttributeError, ValueError):
                log.debug("unreadable feed date %r", value)
    return None


def _entry_content(entry: Any) -> str:
    """The entry's own full text (content:encoded, Atom content), as paragraphs."""
    best = ""
    for content in entry.get("content") or ():
        value = str(content.get("value") or "")
        kind = str(content.get("type") or "")
        text = html_fragment_text(value) if "html" in kind else value.strip()
        if len(text) > len(best):
            best = text
    return best
