"""Same-origin ``/ph`` proxy to PostHog: script assets and capture endpoints.

Browsers load posthog-js from ``/ph/static/...`` and send events to ``/ph/...``
on our own origin; the backend forwards both to the configured PostHog host.
This keeps analytics working under strict content policies and avoids CORS.
With no ``POSTHOG_KEY`` configured every ``/ph`` path answers 404.
"""

import logging
import re

import httpx
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from talentsync_app.settings import get_settings

logger = logging.getLogger(__name__)

PROXY_PREFIX = "/ph"
UPSTREAM_TIMEOUT_SECONDS = 10.0
MAX_BODY_BYTES = 2 * 1024 * 1024
_REQUEST_HEADERS = ("content-type", "user-agent", "accept", "origin", "referer")
_RESPONSE_HEADERS = ("content-type", "cache-control", "etag", "last-modified")
_CLOUD_HOST = re.compile(r"^(https?://)(eu|us)\.i\.posthog\.com/?$")


def assets_host(api_host: str) -> str:
    """Return the host serving posthog-js for ``api_host``.

    PostHog Cloud serves its scripts from a separate ``<region>-assets`` host;
    a self-hosted PostHog (or a local fake) serves both from the same host.
    """
    match = _CLOUD_HOST.match(api_host)
    if match:
        return f"{match.group(1)}{match.group(2)}-assets.i.posthog.com"
    return api_host.rstrip("/")


def upstream_url(path: str, query: str, api_host: str) -> str:
    """Map a path below ``/ph`` to the PostHog URL it stands for."""
    path = path.lstrip("/")
    host = assets_host(api_host) if path.startswith("static/") else api_host
    url = f"{host.rstrip('/')}/{path}"
    return f"{url}?{query}" if query else url


def _forward_headers(request: Request) -> dict[str, str]:
    """Pick the request headers PostHog needs, plus the client's address."""
    headers = {k: v for k, v in request.headers.items() if k in _REQUEST_HEADERS}
    forwarded_for = request.headers.get("x-forwarded-for")
    client_ip = request.client.host if request.client else None
    chain = ", ".join(part for part in (forwarded_for, client_ip) if part)
    if chain:
        headers["x-forwarded-for"] = chain
    return headers


async def proxy_endpoint(request: Request) -> Response:
    """Forward one request below ``/ph`` to PostHog and relay its answer."""
    settings = get_settings()
    if not settings.posthog_key:
        return PlainTextResponse("analytics disabled", status_code=404)
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        return PlainTextResponse("payload too large", status_code=413)
    url = upstream_url(
        request.path_params.get("path", ""),
        request.url.query,
        settings.posthog_host,
    )
    try:
        async with httpx.AsyncClient(timeout=UPSTREAM_TIMEOUT_SECONDS) as client:
            upstream = await client.request(
                request.method, url, content=body, headers=_forward_headers(request)
            )
    except httpx.HTTPError as exc:
        logger.warning("PostHog proxy: upstream unreachable (%s)", type(exc).__name__)
        return PlainTextResponse("analytics upstream unreachable", status_code=502)
    headers = {
        k: v for k, v in upstream.headers.items() if k.lower() in _RESPONSE_HEADERS
    }
    return Response(upstream.content, upstream.status_code, headers=headers)


def posthog_routes() -> list[Route]:
    """Routes to add to the backend for the ``/ph`` proxy."""
    methods = ["GET", "POST", "OPTIONS"]
    return [
        Route(f"{PROXY_PREFIX}/{{path:path}}", proxy_endpoint, methods=methods),
    ]
