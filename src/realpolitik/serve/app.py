"""The web app: JSON API, dashboard pages and static files, over a store opened read-only.

    from realpolitik.serve import create_app
    app = create_app("news.db")            # an ASGI app; run it with uvicorn

Security: the store is opened read-only for every request with a cap on
query time; pages and the API read it only through the store's API (bound
parameters); page sizes are capped; Jinja autoescapes every template and
the article view escapes every piece of text itself; responses carry a
Content-Security-Policy that allows scripts from this server only (no CDN:
plotly.js is served from the installed ``plotly`` package).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.gzip import GZipMiddleware

from .. import __version__, ontology
from ..analyze.pairs import event_quad, trigger_offset
from ..errors import ConfigError
from ..store import Store
from . import api, pages
from .deps import AppConfig
from .errors import ApiError, install_handlers
from .views import Limits

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent

#: Sent with every response.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        "form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@functools.cache
def plotly_js() -> tuple[bytes, str]:
    """The plotly.js bundle shipped by the installed ``plotly`` package, and its ETag."""
    spec = importlib.util.find_spec("plotly")  # finds the package without importing it
    try:
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError("plotly")
        folder = Path(next(iter(spec.submodule_search_locations)))
        data = (folder / "package_data" / "plotly.min.js").read_bytes()
    except OSError as exc:
        raise ApiError(
            404,
            "not_found",
            "plotly.js is not installed; install the web extra: pip install 'realpolitik[web]'",
        ) from exc
    return data, '"' + hashlib.sha256(data).hexdigest()[:20] + '"'


def _number(value: Any) -> str:
    """A count or score for display: whole numbers without decimals, others with one."""
    if value is None:
        return ""
    number = float(value)
    if number != number:  # NaN
        return ""
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.1f}"


def _web_link(value: Any) -> str:
    """A URL fit for an href: http(s) only ("" for javascript:, data: and the like)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


def split_trigger(sentence: str, trigger: str, offset: int = -1) -> tuple[str, str, str]:
    """(before, trigger, after) of a sentence: at ``offset`` when it is right, else at the
    trigger's first occurrence; ("sentence", "", "") when the trigger is not in it."""
    if trigger and offset >= 0 and sentence[offset : offset + len(trigger)] == trigger:
        return sentence[:offset], trigger, sentence[offset + len(trigger) :]
    index = sentence.find(trigger) if trigger else -1
    if index < 0:
        return sentence, "", ""
    return sentence[:index], trigger, sentence[index + len(trigger) :]


def _signed(value: Any) -> str:
    number = float(value)
    return ("+" if number > 0 else "") + _number(number)


def templates() -> Jinja2Templates:
    """The page templates, with autoescaping on for every template."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = _number
    env.filters["signed"] = _signed
    env.filters["web_link"] = _web_link
    env.globals["quad_names"] = dict(ontology.QUAD_CLASSES)
    env.globals["quad"] = event_quad
    env.globals["split_trigger"] = split_trigger
    env.globals["trigger_offset"] = trigger_offset
    env.globals["event_types"] = ontology.event_types()
    env.globals["version"] = __version__
    return Jinja2Templates(env=env)


def create_app(
    db: str | Path, *, max_query_seconds: float = 5.0, max_events: int = 20_000
) -> FastAPI:
    """The ASGI app serving the store at ``db`` read-only.

    ``max_query_seconds`` stops any query that runs longer (answered 503);
    ``max_events`` caps the events one analysis reads (the newest are kept).
    The store is opened once here so that a wrong path fails at start.
    """
    if max_query_seconds <= 0 or max_events < 1:
        raise ConfigError(
            f"max_query_seconds must be > 0 and max_events >= 1 "
            f"(got {max_query_seconds}, {max_events})"
        )
    target = str(db)
    Store.open(target, readonly=True, max_query_seconds=max_query_seconds).close()
    app = FastAPI(
        title="realpolitik",
        version=__version__,
        description=(
            "PLOVER event data, quotes and amounts coded from news, with dyad timelines, "
            "alignment networks and alerts. Lists are paginated (items, total, limit, "
            "offset; limit at most 500); errors answer "
            '{"error": {"code", "message", "details"}}.'
        ),
        docs_url=None,  # the interactive docs load scripts from a CDN; /openapi.json stays
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.config = AppConfig(
        db=target, limits=Limits(max_events=max_events, max_query_seconds=max_query_seconds)
    )
    app.state.templates = templates()
    install_handlers(app)
    app.add_middleware(GZipMiddleware, minimum_size=1024)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.api_route("/static/plotly.min.js", methods=["GET", "HEAD"], include_in_schema=False)
    def plotly(request: Request) -> Response:
        data, etag = plotly_js()
        headers = {"ETag": etag, "Cache-Control": "public, max-age=604800"}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        return Response(data, media_type="text/javascript", headers=headers)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app


def run(
    db: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    max_query_seconds: float = 5.0,
    max_events: int = 20_000,
) -> None:
    """Serve the store at ``db`` with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db, max_query_seconds=max_query_seconds, max_events=max_events)
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: the dashboard is reachable from other machines", host)
    uvicorn.run(app, host=host, port=port, log_level="info")
