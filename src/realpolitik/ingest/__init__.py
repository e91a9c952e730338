"""Readers: files, directories, standard input, URLs and feeds -> articles.

Two entry points, which differ only in what happens when an input as a whole
cannot be read (missing, empty, binary, too big, wrong encoding, a CSV with no
text column, an unreachable URL, an HTML page with no article):

* :func:`read_inputs` (batches) turns that into a ``Failure(stage="read")``
  (``stage="fetch"`` for a URL) whose ``error`` is the one-line message, and
  goes on with the next input. The caller decides whether to exit non-zero.
* :func:`read_input` (one input) raises the :class:`~realpolitik.errors.RealpolitikError`
  (UnreadableInput, FetchError) when it is called.

Both yield ``Article | Failure``: a record that is unreadable (a malformed
JSONL line, a feed entry whose link fails), too short or not English is a
Failure in the stream, and the rest goes on. Inputs are dispatched by kind:

* ``"-"``: standard input, sniffed: JSON lines if it starts with ``{``, a feed
  or HTML if it starts with ``<``, else plain text;
* ``http://`` and ``https://`` URLs: :mod:`.web` (pages and RSS/Atom feeds);
  other schemes are refused;
* directories, recursively and in name order, skipping hidden names: by
  extension (:data:`READERS`); other files are skipped with a debug log;
* files: by extension; a file with another extension is sniffed like
  standard input.

:func:`read_text_article` turns a raw text into an :class:`Article` the way
the text reader does, for ``realpolitik.code(text)``.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..errors import FetchError, UnreadableInput
from ..models import Article, Failure
from .files import HEAD_BYTES, PrefixedStream, codec_name, decode_document, megabytes, read_bytes
from .html import article_from_html, decode_html, read_html_file
from .records import screen
from .tabular import read_csv_file, read_jsonl_file, read_jsonl_stream
from .text import parse_page, read_text_article, read_text_file
from .web import Page, page_kind, read_page, read_url

__all__ = [
    "READERS",
    "STDIN",
    "Reader",
    "parse_page",
    "read_input",
    "read_inputs",
    "read_stream",
    "read_text_article",
]

log = logging.getLogger(__name__)

STDIN = "-"
STDIN_LABEL = "<stdin>"

Reader = Callable[[Path, Settings], Iterator[Article | Failure]]

READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".md": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".csv": read_csv_file,
}

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_FEED_OR_HTML = re.compile(rb"^\s*<")


def read_inputs(
    inputs: Iterable[str | Path],
    settings: Settings = Settings(),  # noqa: B008 - frozen, so a shared default is safe
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """Every article of every input, in order; an input that cannot be read at
    all becomes one Failure and the others go on (see the module docstring).

    A bad setting (an unknown ``encoding``) raises ConfigError at once.
    """
    codec_name(settings)
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    for one in inputs:
        yield from _guarded(str(one), functools.partial(read_input, one, settings, stdin=stdin))


def read_input(
    one: str | Path,
    settings: Settings = Settings(),  # noqa: B008 - frozen, so a shared default is safe
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """The articles of one input. Raises UnreadableInput (FetchError for a URL)
    here, when called, if the input cannot be read at all; records that fail
    later are yielded as Failures. ``stdin`` replaces ``sys.stdin`` for ``"-"``."""
    text = str(one)
    if isinstance(one, str) and _URL.match(text):
        return read_url(text, settings)
    if text == STDIN and isinstance(one, str):
        return read_stream(stdin if stdin is not None else sys.stdin.buffer, settings)
    path = Path(one)
    if path.is_dir():
        return _read_directory(path, settings)
    if not path.exists():
        raise UnreadableInput(f"{path}: no such file or directory; check the path")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        return _read_unknown_file(path, settings)
    return reader(path, settings)


def read_stream(
    stream: BinaryIO, settings: Settings, label: str = STDIN_LABEL
) -> Iterator[Article | Failure]:
    """The articles of a byte stream of unknown format (standard input): JSON
    lines are streamed; HTML, a feed or plain text are read whole, up to
    ``settings.max_bytes``."""
    head = stream.read(HEAD_BYTES)
    if head.lstrip()[:1] == b"{":
        rest = io.BufferedReader(PrefixedStream(head, stream))
        return read_jsonl_stream(rest, label, settings)
    data = head + stream.read(settings.max_bytes + 1 - len(head))
    if len(data) > settings.max_bytes:
        raise UnreadableInput(
            f"{label}: more than the {megabytes(settings.max_bytes)} limit; "
            "split the input or raise --max-bytes"
        )
    return _read_document(data, label, settings)


def _read_document(data: bytes, label: str, settings: Settings) -> Iterator[Article | Failure]:
    """One document's bytes, read as HTML (or a feed) when they start with "<"."""
    if _FEED_OR_HTML.match(data):
        page = Page(url="", content_type="application/octet-stream", charset=None, body=data)
        if page_kind(page) == "feed":
            return read_page(page, label, settings)
        html = decode_html(data, label, settings)
        return iter([article_from_html(html, source_id=label, settings=settings)])
    text = decode_document(data, label, settings)
    return iter([screen(read_text_article(text, source_id=label), settings)])


def _read_unknown_file(path: Path, settings: Settings) -> Iterator[Article | Failure]:
    """A file named with an unknown extension, sniffed like standard input."""
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError as exc:
        raise UnreadableInput(f"{path}: cannot be read ({exc.strerror}); check the path") from None
    if head.lstrip()[:1] == b"{":
        return read_jsonl_file(path, settings)
    return _read_document(read_bytes(path, settings), str(path), settings)


def _read_directory(root: Path, settings: Settings) -> Iterator[Article | Failure]:
    """The articles of every known file under ``root``; a file that cannot be
    read becomes a Failure."""
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            log.debug("%s: skipped, not a known article format", path)
            continue
        yield from _guarded(str(path), functools.partial(reader, path, settings))


def _guarded(
    label: str, open_input: Callable[[], Iterator[Article | Failure]]
) -> Iterator[Article | Failure]:
    """The records of one input, with UnreadableInput (raised on opening or
    while reading) turned into a Failure for ``label``."""
    try:
        yield from open_input()
    except UnreadableInput as exc:
        stage = "fetch" if isinstance(exc, FetchError) else "read"
        log.info("%s", exc)
        yield Failure(input=label, stage=stage, error=str(exc))
