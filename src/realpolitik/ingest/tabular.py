"""JSONL and CSV corpora: one article a record, read as a stream.

Columns are named by the settings (``id_column``, ``title_column``,
``text_column``, ``date_column``, ``url_column``, ``source_column``) and
matched case-insensitively. When a setting keeps its default name and the
input lacks that column, a common alternative is used: ``description``,
``body`` or ``content`` for the text, ``date`` (the Reuters sample's name) and
similar for the date, ``link`` for the URL (:data:`ALIASES`). ``author`` and
``language`` (or ``lang``) columns are read when present.

Files are read record by record, never whole: a malformed record becomes a
:class:`Failure` naming ``file.jsonl:LINE`` and the rest goes on. A record's
id is its id column, else ``path:LINE`` (the line the record starts on). The
size limit ``Settings.max_bytes`` applies to each record, not to the file.
"""

from __future__ import annotations

import codecs
import csv
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..errors import UnreadableInput
from ..models import Article, Failure
from .files import codec_name, megabytes, open_checked, wrong_encoding
from .records import make_article, published_from, screen

# Alternatives tried when a column setting keeps its default and the input lacks it.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("doc_id", "article_id", "guid", "uuid"),
    "title": ("headline",),
    "text": ("description", "body", "content", "article", "story"),
    "published": ("date", "published_at", "publish_date", "pubdate", "datetime", "timestamp"),
    "url": ("link",),
    "source": ("outlet", "publisher", "source_name", "site"),
    "author": ("authors", "byline"),
    "language": ("lang",),
}
_DEFAULTS = {f.name: f.default for f in fields(Settings)}
_MAX_FIELD = min(sys.maxsize, 2**31 - 1)


@dataclass(frozen=True, slots=True)
class Columns:
    """The input's names for each field (or "" when it has none)."""

    id: str
    title: str
    text: str
    published: str
    url: str
    source: str
    author: str
    language: str

    @classmethod
    def resolve(cls, names: list[str], settings: Settings) -> Columns:
        """Match the settings' column names (and :data:`ALIASES`) to ``names``."""
        by_folded = {name.strip().casefold(): name for name in names}

        def pick(field: str, setting: str | None) -> str:
            wanted = getattr(settings, setting) if setting else field
            candidates = [wanted]
            if setting is None or wanted == _DEFAULTS[setting]:
                candidates += ALIASES[field]
            for candidate in candidates:
                if candidate.casefold() in by_folded:
                    return by_folded[candidate.casefold()]
            return ""

        return cls(
            id=pick("id", "id_column"),
            title=pick("title", "title_column"),
            text=pick("text", "text_column"),
            published=pick("published", "date_column"),
            url=pick("url", "url_column"),
            source=pick("source", "source_column"),
            author=pick("author", None),
            language=pick("language", None),
        )


def _missing_text(label: str, names: list[str], settings: Settings) -> str:
    shown = ", ".join(repr(n[:30]) for n in names[:8]) + (", ..." if len(names) > 8 else "")
    return (
        f"{label}: no {settings.text_column!r} column with the article text "
        f"(columns found: {shown or 'none'}); name it with --text-column, "
        "or add a header row if the file has none"
    )


def record_article(
    record: Mapping[str, object],
    columns: Columns,
    *,
    default_id: str,
    settings: Settings,
) -> Article | Failure:
    """The article in one record, screened; a Failure when it has no text."""

    def text_of(column: str) -> str:
        value = record.get(column) if column else None
        if isinstance(value, Mapping):  # {"source": {"name": "Reuters"}} (NewsAPI)
            value = value.get("name") or value.get("title")
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        return "" if value is None else str(value)

    source_id = text_of(columns.id).strip() or default_id
    text = text_of(columns.text)
    if not text.strip():
        return Failure(
            input=source_id,
            stage="read",
            error=f"{source_id}: the {columns.text or settings.text_column!r} field is empty; "
            "nothing to code",
        )
    if len(text) > settings.max_bytes:
        return Failure(
            input=source_id,
            stage="read",
            error=f"{source_id}: the text is over the {megabytes(settings.max_bytes)} limit; "
            "split it or raise --max-bytes",
        )
    published, warnings = published_from(
        record.get(columns.published) if columns.published else None
    )
    language = text_of(columns.language).strip().lower()
    article = make_article(
        text,
        source_id=source_id,
        title=text_of(columns.title),
        published=published,
        outlet=text_of(columns.source),
        author=text_of(columns.author),
        url=text_of(columns.url),
        language=language,
        warnings=warnings,
    )
    return screen(article, settings, language_given=bool(language))


def read_jsonl_file(path: Path, settings: Settings) -> Iterator[Article | Failure]:
    """The articles of a JSONL file, one JSON object a line. The file is
    checked at once (missing, empty, binary); lines are read lazily."""
    open_checked(path, settings)

    def records() -> Iterator[Article | Failure]:
        with _open_binary(path) as stream:
            yield from read_jsonl_stream(stream, str(path), settings)

    return records()


def read_jsonl_stream(
    stream: BinaryIO, label: str, settings: Settings
) -> Iterator[Article | Failure]:
    """The articles of a JSONL byte stream, line by line; ``label`` names the
    input in record ids and messages ("file.jsonl:12")."""
    codec = codec_name(settings)
    cache: dict[tuple[str, ...], Columns] = {}
    for number, line in _lines(stream, settings.max_bytes):
        where = f"{label}:{number}"
        if line is None:
            yield Failure(
                input=where,
                stage="read",
                error=f"{where}: the line is over the {megabytes(settings.max_bytes)} limit; "
                "split it or raise --max-bytes",
            )
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode(codec))
        except UnicodeDecodeError as exc:
            error = wrong_encoding(where, line, exc.start, settings)
            yield Failure(input=where, stage="read", error=str(error))
            continue
        except json.JSONDecodeError as exc:
            yield Failure(
                input=where,
                stage="read",
                error=f"{where}: not valid JSON ({exc.msg.removesuffix(' at')} at column "
                f"{exc.colno}); fix or remove the line",
            )
            continue
        if not isinstance(record, dict):
            yield Failure(
                input=where,
                stage="read",
                error=f"{where}: a JSON {type(record).__name__}, not an object; "
                "each line must be one JSON object",
            )
            continue
        keys = tuple(record)
        if keys not in cache:
            cache[keys] = Columns.resolve(list(keys), settings)
        columns = cache[keys]
        if not columns.text:
            yield Failure(
                input=where, stage="read", error=_missing_text(where, list(keys), settings)
            )
            continue
        yield record_article(record, columns, default_id=where, settings=settings)


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line of ``stream``; None for a line over
    ``limit`` bytes, which is skipped without being held in memory."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(limit + 1)
            yield number, None
            continue
        yield number, line


def read_csv_file(path: Path, settings: Settings) -> Iterator[Article | Failure]:
    """The articles of a CSV file with a header row.

    The file and its header are checked at once: a file with no text column
    raises UnreadableInput naming the columns it has. Rows are read lazily;
    a malformed row or undecodable byte ends the file with a Failure.
    """
    open_checked(path, settings)
    codec = codec_name(settings)
    with path.open(encoding=codec, newline="") as stream:
        first = stream.readline()
    delimiter = max(",;\t", key=first.count)
    header = next(csv.reader([first], delimiter=delimiter), [])
    columns = Columns.resolve(header, settings)
    if not columns.text:
        raise UnreadableInput(_missing_text(str(path), header, settings))
    return _csv_rows(path, header, columns, delimiter, settings)


def _open_binary(path: Path) -> BinaryIO:
    """``path`` opened for reading bytes; a file gone or locked since it was
    checked raises UnreadableInput."""
    try:
        return path.open("rb")
    except OSError as exc:
        raise UnreadableInput(f"{path}: cannot be read ({exc.strerror}); check the path") from None


class _BadBytes(Exception):
    """An undecodable byte on a CSV line (raised inside the line decoder)."""

    def __init__(self, line: int, byte: int) -> None:
        super().__init__(line, byte)
        self.line = line
        self.byte = byte


def _decoded_lines(stream: BinaryIO, codec: str) -> Iterator[str]:
    """The lines of a byte stream, each decoded on its own, so the rows before
    a bad byte are all read; a bad byte raises _BadBytes with its line."""
    decoder = codecs.getincrementaldecoder(codec)()
    for number, line in enumerate(stream, 1):
        try:
            yield decoder.decode(line)
        except UnicodeDecodeError as exc:
            raise _BadBytes(number, line[exc.start]) from None


def _csv_rows(
    path: Path, header: list[str], columns: Columns, delimiter: str, settings: Settings
) -> Iterator[Article | Failure]:
    if csv.field_size_limit() < _MAX_FIELD:
        csv.field_size_limit(_MAX_FIELD)  # long articles; each is checked against max_bytes
    codec = codec_name(settings)
    with _open_binary(path) as stream:
        reader = csv.reader(_decoded_lines(stream, codec), delimiter=delimiter)
        line = 1
        try:
            next(reader)  # the header, already read
            line = reader.line_num + 1
            for row in reader:
                where = f"{path}:{line}"
                line = reader.line_num + 1
                if not any(cell.strip() for cell in row):
                    continue
                record = dict(zip(header, row, strict=False))
                yield record_article(record, columns, default_id=where, settings=settings)
        except _BadBytes as exc:
            yield Failure(
                input=f"{path}:{exc.line}",
                stage="read",
                error=f"{path}:{exc.line}: not {settings.encoding} text (byte 0x{exc.byte:02x}); "
                "pass --encoding latin-1 if the file is Latin-1; the rest of the file was not read",
            )
        except csv.Error as exc:
            yield Failure(
                input=f"{path}:{line}",
                stage="read",
                error=f"{path}:{line}: malformed CSV ({exc}); the rest of the file was not read",
            )
