"""Sign-in with Google (OpenID Connect) and GitHub (OAuth 2) through authlib.

A provider is offered only when its client id is configured. The flow keeps
a pending record (state, PKCE verifier, nonce) on the server between the
redirect to the provider and the callback.
"""

import logging
import secrets
from dataclasses import asdict, dataclass
from functools import lru_cache

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from talentsync_app.auth.errors import AuthError
from talentsync_app.settings import Settings, get_settings

logger = logging.getLogger(__name__)

HTTP_TIMEOUT_SECONDS = 10
PROVIDER_LABELS = {"google": "Google", "github": "GitHub"}


class OAuthFailed(AuthError):
    """The provider refused, or its answer could not be trusted."""


@dataclass(frozen=True)
class ProviderConfig:
    """Endpoints and credentials of one provider."""

    name: str
    client_id: str
    client_secret: str
    authorize_url: str
    token_url: str
    userinfo_url: str
    scope: str
    emails_url: str = ""
    issuer: str = ""
    jwks_url: str = ""


@dataclass(frozen=True)
class OAuthProfile:
    """Who the provider says the person is."""

    provider: str
    subject: str
    email: str
    email_verified: bool
    name: str


def configured_providers(settings: Settings | None = None) -> list[str]:
    """Names of the providers whose client id is set (nothing is fetched)."""
    settings = settings or get_settings()
    names = []
    if settings.oauth_google_client_id:
        names.append("google")
    if settings.oauth_github_client_id:
        names.append("github")
    return names


def provider_config(name: str, settings: Settings | None = None) -> ProviderConfig:
    """Build the config of a configured provider.

    Raises:
        OAuthFailed: For an unknown or unconfigured provider, or when Google's
            discovery document cannot be read.

    """
    settings = settings or get_settings()
    if name not in configured_providers(settings):
        raise OAuthFailed("This sign-in method is not available.")
    if name == "github":
        return _github_config(settings)
    return _google_config(settings)


def begin_login(config: ProviderConfig, redirect_uri: str) -> tuple[str, dict]:
    """Return the provider's authorization address and the pending record to keep."""
    verifier, nonce = generate_token(48), generate_token(24)
    with _client(config, redirect_uri) as client:
        extra = {"nonce": nonce} if config.issuer else {}
        url, state = client.create_authorization_url(
            config.authorize_url, code_verifier=verifier, **extra
        )
    pending = {
        "provider": config.name,
        "state": state,
        "code_verifier": verifier,
        "nonce": nonce,
        "redirect_uri": redirect_uri,
    }
    return url, pending


def finish_login(
    config: ProviderConfig, pending: dict, *, code: str, state: str, error: str = ""
) -> OAuthProfile:
    """Exchange the callback's code for tokens and read the person's profile.

    Raises:
        OAuthFailed: When the provider reported an error, the state does not
            match the pending one, or any answer is missing or invalid.

    """
    label = PROVIDER_LABELS.get(config.name, config.name)
    failed = OAuthFailed(f"Sign-in with {label} did not work. Please try again.")
    if error or not code or not _state_matches(pending, config.name, state):
        logger.warning("OAuth callback refused for %s (error or state)", config.name)
        raise failed
    try:
        with _client(config, pending["redirect_uri"]) as client:
            token = client.fetch_token(
                config.token_url,
                code=code,
                code_verifier=pending["code_verifier"],
                timeout=HTTP_TIMEOUT_SECONDS,
            )
            if config.issuer:
                return _google_profile(config, client, token, pending["nonce"])
            return _github_profile(config, client)
    except (
        AuthlibBaseError,
        requests.RequestException,
        JoseError,
        KeyError,
        ValueError,
    ) as exc:
        logger.warning("OAuth with %s failed: %s", config.name, type(exc).__name__)
        raise failed from None


def pending_from_dict(data: dict) -> dict:
    """Keep only the known keys of a pending record read back from state."""
    keys = ("provider", "state", "code_verifier", "nonce", "redirect_uri")
    return {key: str(data.get(key, "")) for key in keys}


def profile_dict(profile: OAuthProfile) -> dict:
    """A profile as a plain dictionary (for logs in tests and exports)."""
    return asdict(profile)


def _state_matches(pending: dict, provider: str, state: str) -> bool:
    expected = pending.get("state") or ""
    return (
        bool(expected)
        and pending.get("provider") == provider
        and secrets.compare_digest(expected, state or "")
    )


def _client(config: ProviderConfig, redirect_uri: str) -> OAuth2Session:
    return OAuth2Session(
        client_id=config.client_id,
        client_secret=config.client_secret,
        scope=config.scope,
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
    )


def _google_profile(
    config: ProviderConfig, client: OAuth2Session, token: dict, nonce: str
) -> OAuthProfile:
    claims = _verified_id_token(config, token["id_token"], nonce)
    return OAuthProfile(
        provider=config.name,
        subject=str(claims["sub"]),
        email=str(claims.get("email") or ""),
        email_verified=claims.get("email_verified") is True,
        name=str(claims.get("name") or ""),
    )


def _verified_id_token(config: ProviderConfig, id_token: str, nonce: str) -> dict:
    keys = KeySet.import_key_set(_fetch_json(config.jwks_url))
    decoded = jwt.decode(id_token, keys, algorithms=["RS256", "ES256"])
    registry = jwt.JWTClaimsRegistry(
        iss={"essential": True, "value": config.issuer},
        aud={"essential": True, "value": config.client_id},
        sub={"essential": True},
        exp={"essential": True},
        nonce={"essential": True, "value": nonce},
    )
    registry.validate(decoded.claims)
    return decoded.claims


def _github_profile(config: ProviderConfig, client: OAuth2Session) -> OAuthProfile:
    headers = {"Accept": "application/vnd.github+json"}
    user = client.get(
        config.userinfo_url, headers=headers, timeout=HTTP_TIMEOUT_SECONDS
    )
    user.raise_for_status()
    info = user.json()
    emails = client.get(
        config.emails_url, headers=headers, timeout=HTTP_TIMEOUT_SECONDS
    )
    emails.raise_for_status()
    primary = next(
        (e for e in emails.json() if e.get("primary") and e.get("verified")), None
    )
    return OAuthProfile(
        provider=config.name,
        subject=str(info["id"]),
        email=str(primary["email"]) if primary else "",
        email_verified=primary is not None,
        name=str(info.get("name") or info.get("login") or ""),
    )


def _github_config(settings: Settings) -> ProviderConfig:
    web, api = settings.oauth_github_url.rstrip("/"), settings.oauth_github_api_url
    return ProviderConfig(
        name="github",
        client_id=settings.oauth_github_client_id,
        client_secret=settings.oauth_github_client_secret,
        authorize_url=f"{web}/login/oauth/authorize",
        token_url=f"{web}/login/oauth/access_token",
        userinfo_url=f"{api.rstrip('/')}/user",
        emails_url=f"{api.rstrip('/')}/user/emails",
        scope="read:user user:email",
    )


def _google_config(settings: Settings) -> ProviderConfig:
    try:
        meta = _discovery(settings.oauth_google_metadata_url)
        return ProviderConfig(
            name="google",
            client_id=settings.oauth_google_client_id,
            client_secret=settings.oauth_google_client_secret,
            authorize_url=meta["authorization_endpoint"],
            token_url=meta["token_endpoint"],
            userinfo_url=meta.get("userinfo_endpoint", ""),
            issuer=meta["issuer"],
            jwks_url=meta["jwks_uri"],
            scope="openid email profile",
        )
    except (requests.RequestException, KeyError, ValueError) as exc:
        logger.error("Google discovery failed: %s", type(exc).__name__)
        raise OAuthFailed("Google sign-in is unavailable right now.") from None


@lru_cache(maxsize=4)
def _discovery(url: str) -> dict:
    return _fetch_json(url)


def _fetch_json(url: str) -> dict:
    response = requests.get(url, timeout=HTTP_TIMEOUT_SECONDS)
    response.raise_for_status()
    return response.json()
