"""Bytes to text, with the checks that make a bad input fail fast and clearly.

Every reader goes through here: a missing file, a file over the size limit
(refused from its size alone, before reading), an empty file, a binary file
and text in the wrong encoding each raise :class:`UnreadableInput` with one
line that names the input, what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import io
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..config import Settings
from ..errors import ConfigError, UnreadableInput

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

HEAD_BYTES = 65_536  # bytes sniffed at the start of a streamed file
_BINARY_CONTROL_SHARE = 0.10  # control characters in a text are rare
_BINARY_UNDECODABLE_SHARE = 0.25  # even Latin-1 French has far fewer bytes UTF-8 rejects
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\b\x1b")

FORMATS_HINT = "pass a .txt, .html, .jsonl or .csv file"


def codec_name(settings: Settings) -> str:
    """The Python codec for ``settings.encoding`` ("utf-8-sig" for UTF-8, so a
    byte-order mark is dropped); an unknown name raises ConfigError."""
    try:
        name = codecs.lookup(settings.encoding).name
    except LookupError:
        raise ConfigError(
            f"unknown encoding {settings.encoding!r}; pass a Python codec name such as "
            "utf-8 or latin-1 to --encoding"
        ) from None
    return "utf-8-sig" if name == "utf-8" else name


def megabytes(size: int) -> str:
    """A byte count as "5.0 MB"."""
    return f"{size / 1_000_000:.1f} MB"


def too_big(label: str, size: int, settings: Settings) -> UnreadableInput:
    """The error for an input over ``settings.max_bytes``."""
    return UnreadableInput(
        f"{label}: {megabytes(size)} is over the {megabytes(settings.max_bytes)} limit; "
        "split the file or raise --max-bytes"
    )


def file_size(path: Path) -> int:
    """The size of the file at ``path``; a missing or unreadable path raises."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UnreadableInput(f"{path}: no such file or directory; check the path") from None
    except OSError as exc:
        raise UnreadableInput(f"{path}: cannot be read ({exc.strerror}); check the path") from None
    return info.st_size


def read_document(path: Path, settings: Settings) -> str:
    """The whole text of a one-article file, decoded with ``settings.encoding``
    after the checks of :func:`read_bytes` and :func:`check_head`."""
    return decode_document(read_bytes(path, settings), str(path), settings)


def read_bytes(path: Path, settings: Settings) -> bytes:
    """The bytes of a one-article file. The size is checked before any byte is
    read, so a 50 MB file is refused at once."""
    size = file_size(path)
    if size > settings.max_bytes:
        raise too_big(str(path), size, settings)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(
            f"{path}: cannot be read ({exc.strerror}); check the file's permissions"
        ) from None


def decode_document(data: bytes, label: str, settings: Settings) -> str:
    """``data`` decoded with ``settings.encoding``, after the empty and binary checks."""
    check_head(data, label, settings, complete=True)
    return data.decode(codec_name(settings))


def check_head(
    data: bytes, label: str, settings: Settings, *, complete: bool = False, decode: bool = True
) -> None:
    """Raise UnreadableInput when ``data`` (the start of an input, or all of it
    when ``complete``) is empty, binary or (with ``decode``) not in the set
    encoding, or (when ``complete``) only white space."""
    if not data:
        raise UnreadableInput(f"{label}: the file is empty; nothing to code")
    codec = codec_name(settings)
    if _looks_binary(data, codec):
        raise UnreadableInput(f"{label}: binary file, not text; {FORMATS_HINT}")
    if not decode:
        return
    decoder = codecs.getincrementaldecoder(codec)()
    try:
        text = decoder.decode(data, final=complete)
    except UnicodeDecodeError as exc:
        raise wrong_encoding(label, data, exc.start, settings) from None
    if complete and not text.strip():
        raise UnreadableInput(f"{label}: the file holds only white space; nothing to code")


def wrong_encoding(label: str, data: bytes, position: int, settings: Settings) -> UnreadableInput:
    """The error for a byte that ``settings.encoding`` cannot decode."""
    line = data.count(b"\n", 0, position) + 1
    hint = (
        "pass --encoding latin-1 if the file is Latin-1"
        if codec_name(settings) == "utf-8-sig"
        else "pass the file's encoding with --encoding"
    )
    return UnreadableInput(
        f"{label}: not {settings.encoding} text (byte 0x{data[position]:02x} at offset "
        f"{position}, line {line}); {hint}"
    )


def _looks_binary(data: bytes, codec: str) -> bool:
    """NUL bytes (in an ASCII-based encoding), many control characters, or many
    bytes the codec rejects: the signs of a binary file."""
    sample = data[:HEAD_BYTES]
    ascii_based = not codec.startswith(("utf-16", "utf-32"))
    if ascii_based and b"\x00" in sample:
        return True
    if ascii_based:
        controls = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS)
        if controls > _BINARY_CONTROL_SHARE * len(sample):
            return True
    text = sample.decode(codec, errors="replace")
    return text.count("\ufffd") > _BINARY_UNDECODABLE_SHARE * max(len(text), 1)


def open_checked(path: Path, settings: Settings) -> None:
    """Check a streamed file (JSONL, CSV) before reading it: it exists, is not
    empty or binary, and its first bytes decode."""
    file_size(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
            complete = not stream.read(1)
    except OSError as exc:
        raise UnreadableInput(
            f"{path}: cannot be read ({exc.strerror}); check the file's permissions"
        ) from None
    check_head(head, str(path), settings, complete=complete)


class PrefixedStream(io.RawIOBase):
    """A binary stream that first gives back ``prefix`` (bytes already read to
    sniff the format) and then the rest of ``rest``."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._prefix = memoryview(prefix)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        target = memoryview(buffer).cast("B")
        if self._prefix:
            n = min(len(target), len(self._prefix))
            target[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._rest.read(len(target))
        target[: len(data)] = data
        return len(data)
