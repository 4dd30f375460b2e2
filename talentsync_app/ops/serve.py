"""Serve the production build: Reflex backend workers with the built frontend mounted.

The frontend is compiled and bundled once (``reflex export --frontend-only`` in the
image build); at run time no Node tooling is needed. Reflex's own production
runner starts Granian workers that share state through Redis when
``TALENTSYNC_REDIS_URL`` is set; ``GRANIAN_WORKERS`` overrides the worker count.
"""

import logging
import os
from pathlib import Path

from talentsync_app.settings import PROJECT_ROOT

logger = logging.getLogger(__name__)

BUILT_FRONTEND = PROJECT_ROOT / ".web" / "build" / "client"


class FrontendNotBuilt(RuntimeError):
    """The exported frontend bundle is missing."""


def serve(host: str, port: int, *, frontend_dir: Path = BUILT_FRONTEND) -> None:
    """Run the production backend with the exported frontend on one port.

    Raises:
        FrontendNotBuilt: When ``reflex export --frontend-only`` has not run.

    """
    if not (frontend_dir / "index.html").is_file():
        raise FrontendNotBuilt(
            f"no built frontend at {frontend_dir}; run "
            "'reflex export --frontend-only --no-zip' first"
        )
    os.chdir(PROJECT_ROOT)
    os.environ["REFLEX_ENV_MODE"] = "prod"
    os.environ["REFLEX_SKIP_COMPILE"] = "true"
    from reflex.utils import exec as reflex_exec
    from reflex_base import constants
    from reflex_base.environment import environment

    environment.REFLEX_ENV_MODE.set(constants.Env.PROD)
    environment.REFLEX_SKIP_COMPILE.set(True)
    logger.info("serving the production build on %s:%d", host, port)
    reflex_exec.run_backend_prod(
        host, port, constants.LogLevel.WARNING, mount_frontend_compiled_app=True
    )
