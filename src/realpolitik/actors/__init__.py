"""Actor resolution: states, organisations, groups and people in an article, coded per
CONVENTIONS.md A3 (ISO alpha-3 codes, UNO/EUR/NATO/... for organisations, ALQ/NSA for
transnational groups) with sectors (GOV, MIL, ...) and dated roles.

    from realpolitik.actors import ActorResolver
    actors = ActorResolver().resolve(doc, article)
    actors.for_token(doc[5])            # Actor(code="IRN", sector="GOV", text="Iranian officials")
    ActorResolver().lookup("Shoigu", on=datetime.date(2020, 1, 1))   # RUS, Defense Minister
"""

from __future__ import annotations

from .resolver import ActorResolver, ArticleActors, PersonInfo

CODER = "actors"
VERSION = "1.20.0"

__all__ = ["CODER", "VERSION", "ActorResolver", "ArticleActors", "PersonInfo"]
