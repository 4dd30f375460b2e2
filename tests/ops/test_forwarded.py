"""X-Forwarded-Proto is honoured from the proxy's private address only."""

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from talentsync_app.ops.forwarded import ForwardedProtoMiddleware


async def _scheme(request):
    return PlainTextResponse(request.url.scheme)


async def _redirect(request):
    return RedirectResponse(request.url.replace(path="/target/"))


def _client(client_ip: str) -> TestClient:
    app = Starlette(routes=[Route("/scheme", _scheme), Route("/go", _redirect)])
    return TestClient(ForwardedProtoMiddleware(app), client=(client_ip, 4321))


def test_proxy_on_a_private_address_sets_https():
    client = _client("172.18.0.5")
    headers = {"X-Forwarded-Proto": "https"}

    assert client.get("/scheme", headers=headers).text == "https"
    redirect = client.get("/go", headers=headers, follow_redirects=False)
    assert redirect.headers["location"].startswith("https://")


def test_public_clients_cannot_choose_the_scheme():
    response = _client("93.184.216.34").get(
        "/scheme", headers={"X-Forwarded-Proto": "https"}
    )

    assert response.text == "http"


def test_unknown_values_are_ignored():
    response = _client("127.0.0.1").get(
        "/scheme", headers={"X-Forwarded-Proto": "gopher"}
    )

    assert response.text == "http"
