"""One error shape for the whole web app.

The JSON API answers every error with::

    {"error": {"code": "invalid_parameter", "message": "...", "details": ...}}

and the status that fits (400 bad value, 404 unknown record or route, 405,
422 a parameter that fails validation, 503 a query that ran too long or a
store that cannot be read, 500 anything else, with no trace shown). Pages
answer the same errors with an HTML page that says what went wrong.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, StoreError
from ..store import QueryTimeout

log = logging.getLogger(__name__)


class SafeJSONResponse(JSONResponse):
    """JSON with ``<``, ``>`` and ``&`` written as ``\\u003c`` ... so that article text
    can never be read as markup, even by a client that sniffs the content type."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return text.encode("utf-8")


class ApiError(Exception):
    """An error to answer with the JSON error shape (API) or the error page (pages)."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


def not_found(what: str, key: str) -> ApiError:
    """A 404 for a record that is not in the store."""
    return ApiError(404, "not_found", f"no {what} with id {key!r} in the store", {"id": key})


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path in ("/api", "/openapi.json")


def error_payload(code: str, message: str, details: Any = None) -> dict[str, Any]:
    """The body of an API error."""
    return {"error": {"code": code, "message": message, "details": details}}


def _answer(request: Request, error: ApiError) -> Response:
    if _is_api(request):
        return SafeJSONResponse(
            error_payload(error.code, error.message, error.details), status_code=error.status
        )
    templates = request.app.state.templates
    return templates.TemplateResponse(  # type: ignore[no-any-return]
        request,
        "error.html",
        {
            "status": error.status,
            "code": error.code,
            "message": error.message,
            "path": request.url.path,
            "title": f"Error {error.status}",
        },
        status_code=error.status,
    )


_STATUS_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_parameter",
}


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    details = []
    for error in exc.errors():
        location = [str(part) for part in error.get("loc", ()) if part not in ("query", "path")]
        details.append(
            {"parameter": ".".join(location), "message": str(error.get("msg", "invalid value"))}
        )
    return details


def install_handlers(app: FastAPI) -> None:
    """Register the handlers that turn every error into the one shape."""

    async def api_error(request: Request, exc: Exception) -> Response:
        if not isinstance(exc, ApiError):  # pragma: no cover - registered for ApiError only
            raise exc
        return _answer(request, exc)

    async def validation_error(request: Request, exc: Exception) -> Response:
        if not isinstance(exc, RequestValidationError):  # pragma: no cover
            raise exc
        details = _validation_details(exc)
        names = ", ".join(d["parameter"] for d in details if d["parameter"]) or "the request"
        message = f"invalid value for {names}: " + "; ".join(d["message"] for d in details)
        return _answer(request, ApiError(422, "invalid_parameter", message, details))

    async def http_error(request: Request, exc: Exception) -> Response:
        if not isinstance(exc, StarletteHTTPException):  # pragma: no cover
            raise exc
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        message = str(exc.detail)
        if exc.status_code == 404:
            message = f"nothing at {request.url.path}; see /openapi.json for the API's routes"
        return _answer(request, ApiError(exc.status_code, code, message))

    async def config_error(request: Request, exc: Exception) -> Response:
        return _answer(request, ApiError(400, "invalid_parameter", str(exc)))

    async def timeout_error(request: Request, exc: Exception) -> Response:
        return _answer(request, ApiError(503, "query_timeout", str(exc)))

    async def store_error(request: Request, exc: Exception) -> Response:
        log.error("store error on %s: %s", request.url.path, exc)
        return _answer(request, ApiError(503, "store_unavailable", str(exc)))

    async def internal_error(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return _answer(
            request,
            ApiError(500, "internal_error", "internal error; the server log has the details"),
        )

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(ConfigError, config_error)
    app.add_exception_handler(QueryTimeout, timeout_error)
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(Exception, internal_error)
