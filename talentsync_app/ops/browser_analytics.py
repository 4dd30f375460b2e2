"""posthog-js loader for the page head, active only when a PostHog key is set."""

import json

import reflex as rx

from talentsync_app.ops.posthog_proxy import PROXY_PREFIX
from talentsync_app.settings import get_settings

_LOADER = """
(function () {
  var config = %(config)s;
  if (window.posthog) { return; }
  var stub = [];
  stub._i = [[config.key, config.options, undefined]];
  stub.__SV = 1;
  window.posthog = stub;
  var script = document.createElement("script");
  script.async = true;
  script.crossOrigin = "anonymous";
  script.src = config.options.api_host + "/static/array.js";
  document.head.appendChild(script);
})();
"""


def posthog_loader_source(key: str, ui_host: str) -> str:
    """Return the inline script that loads posthog-js through the ``/ph`` proxy."""
    config = {
        "key": key,
        "options": {
            "api_host": PROXY_PREFIX,
            "ui_host": ui_host,
            "person_profiles": "identified_only",
            "mask_all_text": True,
            "mask_all_element_attributes": True,
            "disable_session_recording": True,
        },
    }
    return _LOADER % {"config": json.dumps(config)}


# TODO(4): the loader is tested for its configuration and the /ph proxy against a
# fake PostHog, but not with the real posthog-js bundle in a browser (no network).
def analytics_head_components() -> list[rx.Component]:
    """Head components for browser analytics; empty when no key is configured.

    The key is public (it ends up in every browser) and is read when the
    frontend is compiled, like the original product's build-time variables.
    """
    settings = get_settings()
    if not settings.posthog_key:
        return []
    source = posthog_loader_source(settings.posthog_key, settings.posthog_ui_host)
    return [rx.el.script(source)]
