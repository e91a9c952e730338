"""The web dashboard and JSON API over a store (FastAPI, Jinja2, plotly.js served locally).

    realpolitik serve --db news.db            # http://127.0.0.1:8000

:func:`create_app` builds the ASGI app; :func:`run` serves it with uvicorn.
"""

from __future__ import annotations

from .app import create_app, run

__all__ = ["create_app", "run"]
