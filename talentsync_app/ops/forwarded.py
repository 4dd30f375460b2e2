"""Honour ``X-Forwarded-Proto`` from a reverse proxy on a private address.

Behind Caddy the app is reached over plain HTTP, so redirects it builds (for
example ``/analyze`` to ``/analyze/``) would point at ``http://``. When the
connection comes from a loopback or private address (the proxy), the scheme the
proxy reports is used instead.
"""

import ipaddress

from starlette.types import ASGIApp, Receive, Scope, Send

_SCHEMES = {"http": ("http", "ws"), "https": ("https", "wss")}


def _trusted(client: tuple[str, int] | None) -> bool:
    """True for loopback and private addresses (the proxy's network)."""
    if not client:
        return False
    try:
        address = ipaddress.ip_address(client[0])
    except ValueError:
        return False
    return address.is_loopback or address.is_private


def _forwarded_proto(scope: Scope) -> str | None:
    """Return the first X-Forwarded-Proto value, lower-cased, or None."""
    for name, value in scope.get("headers", []):
        if name == b"x-forwarded-proto":
            return value.decode("latin-1").split(",")[0].strip().lower()
    return None


class ForwardedProtoMiddleware:
    """Pure ASGI middleware setting ``scope["scheme"]`` from a trusted proxy."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Rewrite the scheme when a trusted proxy says the client used HTTPS."""
        if scope["type"] in ("http", "websocket") and _trusted(scope.get("client")):
            proto = _forwarded_proto(scope)
            if proto in _SCHEMES:
                http_scheme, ws_scheme = _SCHEMES[proto]
                scheme = http_scheme if scope["type"] == "http" else ws_scheme
                scope = {**scope, "scheme": scheme}
        await self.app(scope, receive, send)
