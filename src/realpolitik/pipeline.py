"""Article -> CodedArticle, one or many.

A :class:`Pipeline` parses articles with spaCy in batches (``nlp.pipe``) and
runs the coders on each parsed document in a fixed order: actors, dates,
places, events, quotes, amounts. One article that fails to code becomes a
:class:`~realpolitik.models.Failure` and the batch goes on.
"""

from __future__ import annotations

import collections
import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import __version__
from .config import Settings
from .errors import RealpolitikError
from .models import Article, CodedArticle, Failure

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import ActorResolver

log = logging.getLogger(__name__)


@dataclass
class Pipeline:
    """Codes articles. Collaborators are injected, with defaults when none are passed.

    >>> pipeline = Pipeline()                       # doctest: +SKIP
    >>> coded = pipeline.code_article(article)      # doctest: +SKIP
    """

    settings: Settings = field(default_factory=Settings)
    resolver: ActorResolver | None = None

    def _resolver(self) -> ActorResolver:
        if self.resolver is None:
            from .actors import ActorResolver

            self.resolver = ActorResolver()
        return self.resolver

    def code_doc(self, doc: Doc, article: Article) -> CodedArticle:
        """Run every coder on one parsed article."""
        from .coders import amounts, dates, events, places, quotes

        actors = self._resolver().resolve(doc, article)
        times = dates.code_dates(doc, article)
        found_places = places.code_places(doc, article, actors)
        found_events = tuple(
            e
            for e in events.code_events(doc, article, actors, times, found_places)
            if e.confidence >= self.settings.min_confidence
        )
        found_quotes = quotes.code_quotes(doc, article, actors)
        found_amounts = amounts.code_amounts(doc, article, actors, found_events)
        warnings = article.warnings + dates.date_warnings(article, times)
        return CodedArticle(
            article=dataclasses.replace(article, warnings=warnings),
            events=found_events,
            quotes=found_quotes,
            amounts=found_amounts,
            times=times,
            places=found_places,
            actors=actors.mentions,
            warnings=warnings,
            coders=coder_versions(self.settings.model),
        )

    def code_article(self, article: Article) -> CodedArticle:
        """Parse and code one article; a coding error raises."""
        from .nlp import parse

        doc = next(iter(parse([article.text], model=self.settings.model)))
        return self.code_doc(doc, article)

    def code_articles(
        self,
        articles: Iterable[Article],
        *,
        on_parsed: Callable[[Article], None] | None = None,
    ) -> Iterator[CodedArticle | Failure]:
        """Parse many articles in batches and code each; yields in input order.

        An article whose coding fails is yielded as a Failure (stage "code").
        """
        from .nlp import parse

        queue: collections.deque[Article] = collections.deque()

        def texts() -> Iterator[str]:
            for article in articles:
                queue.append(article)
                yield article.text

        for doc in parse(
            texts(),
            model=self.settings.model,
            n_process=self.settings.n_process,
            batch_size=self.settings.batch_size,
        ):
            article = queue.popleft()
            if on_parsed is not None:
                on_parsed(article)
            try:
                yield self.code_doc(doc, article)
            except RealpolitikError as exc:
                yield Failure(input=article.source_id or article.id, stage="code", error=str(exc))
            except Exception as exc:  # one bad article must not end a batch
                log.exception("coding failed for %s", article.source_id or article.id)
                yield Failure(
                    input=article.source_id or article.id,
                    stage="code",
                    error=f"internal error while coding: {type(exc).__name__}: {exc}",
                )

    def code_stream(self, items: Iterable[Article | Failure]) -> Iterator[CodedArticle | Failure]:
        """Code a stream of articles and failures (as readers yield them), keeping
        their order: each failure comes out where it stood in the input."""
        slots: collections.deque[Failure | None] = collections.deque()

        def articles() -> Iterator[Article]:
            for item in items:
                if isinstance(item, Failure):
                    slots.append(item)
                else:
                    slots.append(None)
                    yield item

        for result in self.code_articles(articles()):
            while slots and slots[0] is not None:
                failure = slots.popleft()
                if failure is not None:
                    yield failure
            if slots:
                slots.popleft()
            yield result
        while slots:
            failure = slots.popleft()
            if failure is not None:
                yield failure


def coder_versions(model: str) -> dict[str, str]:
    """Name -> version of every coder and the spaCy model, for provenance."""
    from .coders import amounts, dates, events, places, quotes
    from .nlp import model_version

    versions = {"realpolitik": __version__, "spacy_model": model_version(model)}
    for module in (dates, places, events, quotes, amounts):
        versions[module.CODER] = module.VERSION
    return versions
