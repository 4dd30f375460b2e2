"""PWA head tags: manifest link, service-worker registration and the update prompt."""

import reflex as rx
from reflex_base import constants
from reflex_base.environment import environment

MANIFEST_URL = "/manifest.json"
SERVICE_WORKER_URL = "/sw.js"
APPLE_TOUCH_ICON_URL = "/icons/icon-192.png"
UPDATE_PROMPT_ID = "ts-update-prompt"

_REGISTER = """
(function () {
  if (!("serviceWorker" in navigator)) { return; }
  var accepted = false;
  function showPrompt(worker) {
    if (document.getElementById("%(prompt_id)s")) { return; }
    var bar = document.createElement("div");
    bar.id = "%(prompt_id)s";
    bar.setAttribute("role", "status");
    bar.setAttribute("aria-live", "polite");
    bar.style.cssText = "position:fixed;bottom:1rem;left:50%%;transform:" +
      "translateX(-50%%);z-index:1000;display:flex;gap:0.75rem;align-items:" +
      "center;padding:0.75rem 1rem;border-radius:0.5rem;background:#1e1f24;" +
      "color:#fff;box-shadow:0 4px 16px rgba(0,0,0,0.3);font:inherit;";
    var text = document.createElement("span");
    text.textContent = "A new version of TalentSync is available.";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Reload";
    button.style.cssText = "padding:0.25rem 0.75rem;border-radius:0.25rem;" +
      "border:0;background:#3e63dd;color:#fff;cursor:pointer;font:inherit;";
    button.addEventListener("click", function () {
      accepted = true;
      button.disabled = true;
      worker.postMessage({ type: "SKIP_WAITING" });
    });
    bar.appendChild(text);
    bar.appendChild(button);
    document.body.appendChild(bar);
  }
  function watch(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) {
      showPrompt(registration.waiting);
    }
    registration.addEventListener("updatefound", function () {
      var worker = registration.installing;
      if (!worker) { return; }
      worker.addEventListener("statechange", function () {
        if (worker.state === "installed" && navigator.serviceWorker.controller) {
          showPrompt(worker);
        }
      });
    });
  }
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (accepted) { window.location.reload(); }
  });
  function register() {
    navigator.serviceWorker.register("%(sw_url)s", { scope: "/" })
      .then(function (registration) {
        window.__tsServiceWorker = registration;
        watch(registration);
      })
      .catch(function (error) { console.warn("service worker:", error); });
  }
  if (document.readyState === "complete") { register(); }
  else { window.addEventListener("load", register); }
})();
"""

_UNREGISTER = """
(function () {
  if (!("serviceWorker" in navigator)) { return; }
  navigator.serviceWorker.getRegistrations().then(function (registrations) {
    registrations.forEach(function (registration) { registration.unregister(); });
  });
})();
"""


def service_worker_enabled() -> bool:
    """Register the worker only in production builds.

    The development server rebuilds scripts on every change; caching them in a
    service worker would serve stale code, so development builds remove any
    worker left over from a production run on the same origin instead.
    """
    return environment.REFLEX_ENV_MODE.get() == constants.Env.PROD


def service_worker_script() -> str:
    """Return the inline script for the head (register or unregister)."""
    if not service_worker_enabled():
        return _UNREGISTER
    return _REGISTER % {"prompt_id": UPDATE_PROMPT_ID, "sw_url": SERVICE_WORKER_URL}


def pwa_head_components() -> list[rx.Component]:
    """Manifest and icon links plus the service-worker script."""
    return [
        rx.el.link(rel="manifest", href=MANIFEST_URL),
        rx.el.link(rel="apple-touch-icon", href=APPLE_TOUCH_ICON_URL),
        # Without an icon link browsers ask for /favicon.ico, which is a 404.
        rx.el.link(rel="icon", type="image/png", href=APPLE_TOUCH_ICON_URL),
        rx.el.meta(name="mobile-web-app-capable", content="yes"),
        rx.el.script(service_worker_script()),
    ]
