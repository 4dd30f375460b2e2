"""OAuth sign-in against a fake Google/GitHub provider on 127.0.0.1."""

import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
import requests
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from talentsync_app.auth import oauth
from talentsync_app.auth.oauth_accounts import user_for_profile
from talentsync_app.db.account_models import OAuthIdentity
from talentsync_app.settings import Settings

CLIENT_ID, CLIENT_SECRET = "talentsync-test-client", "test-secret"
REDIRECT_URI = "http://localhost:3000/oauth/google/callback"


class FakeProvider:
    """Just enough of an OAuth 2 / OpenID Connect provider to drive authlib."""

    def __init__(self):
        self.key = RSAKey.generate_key(2048, parameters={"kid": "k1", "alg": "RS256"})
        self.codes: dict[str, dict] = {}
        self.tokens: set[str] = set()
        self.person = {
            "sub": "g-1001",
            "email": "grace@example.org",
            "email_verified": True,
            "name": "Grace Hopper",
        }
        self.github_emails = [
            {"email": "grace@example.org", "primary": True, "verified": True}
        ]
        self.issuer = ""

    def metadata(self) -> dict:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "jwks_uri": f"{self.issuer}/jwks",
        }

    def authorize(self, query: dict) -> str:
        assert query["client_id"] == CLIENT_ID
        assert query["code_challenge_method"] == "S256"
        code = secrets.token_urlsafe(16)
        self.codes[code] = query
        params = urlencode({"code": code, "state": query["state"]})
        return f"{query['redirect_uri']}?{params}"

    def token(self, form: dict, auth_header: str) -> tuple[int, dict]:
        expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        request = self.codes.pop(form.get("code", ""), None)
        if auth_header != f"Basic {expected}" or request is None:
            return 400, {"error": "invalid_grant"}
        digest = hashlib.sha256(form["code_verifier"].encode()).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if challenge != request["code_challenge"]:
            return 400, {"error": "invalid_grant", "error_description": "PKCE"}
        if form.get("redirect_uri") != request["redirect_uri"]:
            return 400, {"error": "invalid_grant"}
        access = secrets.token_urlsafe(16)
        self.tokens.add(access)
        body = {"access_token": access, "token_type": "Bearer", "expires_in": 3600}
        if "openid" in request.get("scope", ""):
            body["id_token"] = self.id_token(request.get("nonce", ""))
        return 200, body

    def id_token(self, nonce: str) -> str:
        now = int(time.time())
        claims = {
            **self.person,
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
        }
        return jwt.encode({"alg": "RS256", "kid": "k1"}, claims, self.key)


def _handler(provider: FakeProvider):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _json(self, status: int, body) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _bearer_ok(self) -> bool:
            auth = self.headers.get("Authorization", "")
            return auth.startswith("Bearer ") and auth[7:] in provider.tokens

        def do_GET(self):
            url = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                return self._json(200, provider.metadata())
            if url.path == "/jwks":
                public = KeySet([provider.key]).as_dict(private=False)
                return self._json(200, public)
            if url.path in ("/authorize", "/login/oauth/authorize"):
                self.send_response(302)
                self.send_header("Location", provider.authorize(query))
                self.end_headers()
                return None
            if not self._bearer_ok():
                return self._json(401, {"message": "Bad credentials"})
            if url.path == "/user":
                return self._json(
                    200, {"id": 4242, "login": "ghopper", "name": "Grace Hopper"}
                )
            if url.path == "/user/emails":
                return self._json(200, provider.github_emails)
            return self._json(404, {})

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            form = {
                k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()
            }
            status, body = provider.token(form, self.headers.get("Authorization", ""))
            return self._json(status, body)

    return Handler


@pytest.fixture
def provider():
    fake = FakeProvider()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.issuer = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()


def _settings(provider: FakeProvider) -> Settings:
    oauth._discovery.cache_clear()
    return Settings(
        oauth_google_client_id=CLIENT_ID,
        oauth_google_client_secret=CLIENT_SECRET,
        oauth_google_metadata_url=(
            f"{provider.issuer}/.well-known/openid-configuration"
        ),
        oauth_github_client_id=CLIENT_ID,
        oauth_github_client_secret=CLIENT_SECRET,
        oauth_github_url=provider.issuer,
        oauth_github_api_url=provider.issuer,
    )


def _consent(url: str) -> dict:
    """Play the browser: follow the authorize address, read the callback query."""
    response = requests.get(url, allow_redirects=False, timeout=5)
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith(REDIRECT_URI)
    return {k: v[0] for k, v in parse_qs(urlparse(location).query).items()}


def test_buttons_follow_configured_client_ids():
    assert oauth.configured_providers(Settings()) == []
    only_github = Settings(oauth_github_client_id="x")
    assert oauth.configured_providers(only_github) == ["github"]
    with pytest.raises(oauth.OAuthFailed):
        oauth.provider_config("google", only_github)


def test_google_openid_connect_sign_in(provider, db):
    config = oauth.provider_config("google", _settings(provider))
    url, pending = oauth.begin_login(config, REDIRECT_URI)
    callback = _consent(url)

    profile = oauth.finish_login(
        config, pending, code=callback["code"], state=callback["state"]
    )
    assert (profile.subject, profile.email, profile.email_verified) == (
        "g-1001",
        "grace@example.org",
        True,
    )
    user, created = user_for_profile(db, profile)
    db.commit()
    assert created and user.name == "Grace Hopper" and user.password_hash is None
    again, created_again = user_for_profile(db, profile)
    assert again.id == user.id and not created_again


def test_github_sign_in_links_existing_account(provider, db, make_user):
    existing = make_user("grace@example.org", "Grace Hopper")
    config = oauth.provider_config("github", _settings(provider))
    url, pending = oauth.begin_login(config, REDIRECT_URI)
    callback = _consent(url)

    profile = oauth.finish_login(
        config, pending, code=callback["code"], state=callback["state"]
    )
    assert (profile.subject, profile.email) == ("4242", "grace@example.org")
    user, created = user_for_profile(db, profile)
    db.commit()
    assert user.id == existing.id and not created
    identity = db.exec(OAuthIdentity.__table__.select()).one()
    assert (identity.provider, identity.subject) == ("github", "4242")


def test_forged_state_and_replayed_code_are_refused(provider):
    config = oauth.provider_config("google", _settings(provider))
    url, pending = oauth.begin_login(config, REDIRECT_URI)
    callback = _consent(url)

    with pytest.raises(oauth.OAuthFailed):
        oauth.finish_login(config, pending, code=callback["code"], state="forged")
    oauth.finish_login(config, pending, code=callback["code"], state=callback["state"])
    with pytest.raises(oauth.OAuthFailed):
        oauth.finish_login(
            config, pending, code=callback["code"], state=callback["state"]
        )
    with pytest.raises(oauth.OAuthFailed):
        oauth.finish_login(
            config, pending, code="", state=callback["state"], error="access_denied"
        )


def test_id_token_with_wrong_nonce_is_refused(provider):
    config = oauth.provider_config("google", _settings(provider))
    url, pending = oauth.begin_login(config, REDIRECT_URI)
    callback = _consent(url)
    tampered = {**pending, "nonce": "another-nonce"}
    with pytest.raises(oauth.OAuthFailed):
        oauth.finish_login(
            config, tampered, code=callback["code"], state=callback["state"]
        )


def test_unverified_email_does_not_take_over_an_account(provider, db, make_user):
    make_user("grace@example.org", "Grace Hopper")
    provider.github_emails = [
        {"email": "grace@example.org", "primary": True, "verified": False}
    ]
    config = oauth.provider_config("github", _settings(provider))
    url, pending = oauth.begin_login(config, REDIRECT_URI)
    callback = _consent(url)
    profile = oauth.finish_login(
        config, pending, code=callback["code"], state=callback["state"]
    )
    assert not profile.email_verified
    with pytest.raises(oauth.OAuthFailed, match="did not confirm"):
        user_for_profile(db, profile)
