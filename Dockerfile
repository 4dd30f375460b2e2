# syntax=docker/dockerfile:1
# TalentSync production image: a build stage that installs Python dependencies
# with uv and exports the Reflex frontend with bun, and a slim runtime stage that
# serves the exported frontend and the backend workers on one port.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build

ARG UV_VERSION=0.13.8
ARG BUN_VERSION=1.4.5
# Public, build-time settings baked into the browser bundle.
ARG TALENTSYNC_API_URL=http://localhost:8000
ARG TALENTSYNC_POSTHOG_KEY=""
ARG TALENTSYNC_POSTHOG_UI_HOST=https://eu.posthog.com

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_LINK_MODE=copy \
    UV_COMPILE_BYTECODE=1 \
    UV_SYSTEM_CERTS=true \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH

# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm unzip ca-certificates \
    && rm -rf /var/lib/apt/lists/*

RUN python3 -m pip install --no-cache-dir "uv==${UV_VERSION}" \
    && uv venv --python "$(command -v python3)" /opt/venv \
    && npm install --no-audit --no-fund --prefix /opt/tools "bun@${BUN_VERSION}"

WORKDIR /app

# Dependencies first, so source edits do not reinstall them.
COPY pyproject.toml README.md* ./
RUN uv pip install --no-cache -r pyproject.toml

COPY . .
# Reflex checks the npm registry with Python's TLS stack: trust the system store.
ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
RUN uv pip install --no-cache --no-deps -e . \
    && TALENTSYNC_BUN_PATH=/opt/tools/node_modules/.bin/bun \
       TALENTSYNC_API_URL="${TALENTSYNC_API_URL}" \
       TALENTSYNC_POSTHOG_KEY="${TALENTSYNC_POSTHOG_KEY}" \
       TALENTSYNC_POSTHOG_UI_HOST="${TALENTSYNC_POSTHOG_UI_HOST}" \
       TALENTSYNC_DATABASE_URL=sqlite:////tmp/build.db \
       reflex export --frontend-only --no-zip --loglevel info \
    && test -f .web/build/client/index.html \
    && rm -rf .web/node_modules .web/.react-router /tmp/build.db


FROM ${PYTHON_IMAGE} AS runtime

LABEL org.opencontainers.image.title="TalentSync" \
      org.opencontainers.image.description="Self-hostable hiring platform" \
      org.opencontainers.image.licenses="MIT"

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    TALENTSYNC_ENVIRONMENT=production \
    TALENTSYNC_UPLOAD_DIR=/app/uploads \
    TALENTSYNC_LOG_JSON=true \
    REFLEX_TELEMETRY_ENABLED=false

# TeX for the PDF export; no compilers, Node or bun in this stage.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
       texlive-latex-base texlive-latex-recommended texlive-fonts-recommended \
       ca-certificates tini \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 talentsync \
    && useradd --system --uid 10001 --gid talentsync --home-dir /app \
       --shell /usr/sbin/nologin talentsync

WORKDIR /app

COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=talentsync:talentsync /app /app
RUN mkdir -p /app/uploads && chown talentsync:talentsync /app/uploads

USER 10001:10001
EXPOSE 8000
VOLUME ["/app/uploads"]

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python3", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status == 200 else 1)"]

ENTRYPOINT ["/usr/bin/tini", "--", "/app/scripts/entrypoint.sh"]
CMD ["talentsync", "serve", "--host", "0.0.0.0", "--port", "8000"]
