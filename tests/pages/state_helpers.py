"""Build Reflex states outside a running app and point them at a test database."""

import asyncio
import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import reflex as rx
from reflex.istate.data import RouterData

from talentsync_app.services.owner import new_owner_token


def make_state(
    state_cls, *, owner_token: str | None = None, params: dict | None = None
):
    """Instantiate ``state_cls`` under a fresh root state, as the app would."""
    root = rx.State(_reflex_internal_init=True)
    state = root.get_substate(state_cls.get_full_name().split(".")[1:])
    state.owner_token = owner_token or new_owner_token()
    if params is not None:
        state.router = RouterData.from_router_data(
            {"pathname": "/", "query": params, "headers": {}}
        )
    return state


def run_coroutine(coroutine):
    """Run a coroutine to completion on a fresh loop in a worker thread.

    The session-wide Playwright browser keeps an event loop running in the main
    thread, where ``asyncio.run`` would refuse to start.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def run_handler(handler, state, *args):
    """Run an event handler's function, draining generators; return its outputs."""
    outcome = handler.fn(state, *args)
    if hasattr(outcome, "__anext__"):
        return run_coroutine(_drain_async(outcome))
    if asyncio.iscoroutine(outcome):
        return [run_coroutine(outcome)]
    if hasattr(outcome, "__next__"):
        return list(outcome)
    return [outcome]


async def _drain_async(generator) -> list:
    return [item async for item in generator]


def upload_file(path_or_name: Path | str, data: bytes | None = None) -> rx.UploadFile:
    """An uploaded file as Reflex hands it to a handler."""
    name = Path(path_or_name).name
    body = Path(path_or_name).read_bytes() if data is None else data
    return rx.UploadFile(file=io.BytesIO(body), path=Path(name), size=len(body))
