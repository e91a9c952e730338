"""Request dependencies: the read-only store and the limits of the running app."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import Request

from ..store import Store
from .views import Limits


@dataclass(frozen=True, slots=True)
class AppConfig:
    """What the app was started with: the store to read and the limits per request."""

    db: str
    limits: Limits


def config(request: Request) -> AppConfig:
    """The app's configuration (set by :func:`realpolitik.serve.create_app`)."""
    value: AppConfig = request.app.state.config
    return value


def open_store(request: Request) -> Iterator[Store]:
    """The store, opened read-only with the query time cap for this request, then closed.

    One connection per request: requests run in a thread pool and never
    share a connection.
    """
    cfg = config(request)
    store = Store.open(cfg.db, readonly=True, max_query_seconds=cfg.limits.max_query_seconds)
    try:
        yield store
    finally:
        store.close()


def limits(request: Request) -> Limits:
    """The per-request limits (events per analysis, seconds per query)."""
    return config(request).limits
