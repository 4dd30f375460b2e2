"""Deployment files pass their validators: compose spec, workflow schema, hadolint,
shellcheck and caddy; every setting is documented in .env.example and the docs."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from talentsync_app.settings import Settings
from tests.conftest import REPO_ROOT

BIN = Path(sys.executable).parent
COMPOSE_FILES = ["docker-compose.yaml", "docker-compose.prod.yaml"]
WORKFLOWS = sorted((REPO_ROOT / ".github" / "workflows").glob("*.yml"))
SHELL_SCRIPTS = ["scripts/entrypoint.sh", "scripts/backup", "scripts/restore"]
# Build-time or machine-local settings that an operator never sets in .env.
NOT_FOR_OPERATORS = {"bun_path", "frontend_port", "backend_port"}


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )


def _require(tool: str) -> str:
    path = shutil.which(tool) or shutil.which(tool, path=str(BIN))
    if path is None:
        pytest.skip(f"{tool} is not installed (scripts/ensure-tools.sh installs it)")
    return path


@pytest.mark.parametrize("name", COMPOSE_FILES)
def test_compose_file_matches_the_compose_spec(name):
    result = _run(
        str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.compose-spec", name
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_match_the_github_workflow_schema():
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "deploy.yml"}
    result = _run(
        str(BIN / "check-jsonschema"),
        "--builtin-schema",
        "vendor.github-workflows",
        *map(str, WORKFLOWS),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_passes_hadolint():
    result = _run(str(BIN / "hadolint"), "Dockerfile")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("script", SHELL_SCRIPTS)
def test_shell_scripts_pass_shellcheck(script):
    result = _run(_require("shellcheck"), script)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("domain", ["localhost", "talentsync.example.org", ":8080"])
def test_caddyfile_validates(domain):
    caddy = _require("caddy")
    result = subprocess.run(
        [caddy, "validate", "--config", "deploy/Caddyfile", "--adapter", "caddyfile"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"TALENTSYNC_DOMAIN": domain, "TALENTSYNC_UPSTREAM": "app:8000"},
    )
    assert result.returncode == 0, result.stderr
    assert "Valid configuration" in result.stdout + result.stderr


def test_production_compose_isolates_the_database():
    compose = YAML(typ="safe").load(REPO_ROOT / "docker-compose.prod.yaml")
    services, networks = compose["services"], compose["networks"]

    assert services["db"]["networks"] == ["internal"]
    assert services["redis"]["networks"] == ["internal"]
    assert set(services["app"]["networks"]) == {"internal", "proxy"}
    assert networks["internal"]["internal"] is True
    assert networks["proxy"]["external"] is True
    assert "TALENTSYNC_PROXY_NETWORK" in networks["proxy"]["name"]
    assert services["caddy"]["profiles"] == ["proxy"]
    for name in ("db", "redis", "app"):
        assert services[name]["restart"] == "always"
        assert "ports" not in services[name]
    assert services["db"]["image"] == "postgres:16"
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    for dependency in ("db", "redis"):
        condition = services["app"]["depends_on"][dependency]["condition"]
        assert condition == "service_healthy"


def test_every_setting_is_in_env_example_and_the_docs():
    example = (REPO_ROOT / ".env.example").read_text()
    docs = (REPO_ROOT / "docs" / "deployment.md").read_text()
    variables = {
        f"TALENTSYNC_{name.upper()}"
        for name in Settings.model_fields
        if name not in NOT_FOR_OPERATORS
    }
    documented = set(re.findall(r"`(TALENTSYNC_[A-Z0-9_]+)`", docs))

    assert variables - documented == set()
    in_example = set(re.findall(r"^#?\s*(TALENTSYNC_[A-Z0-9_]+)=", example, re.M))
    secrets = {v for v in variables if v.endswith(("_PASSWORD", "_SECRET", "_KEY"))}
    assert secrets - in_example == set()


def test_entrypoint_and_scripts_are_executable():
    for script in [*SHELL_SCRIPTS, "scripts/ensure-tools.sh"]:
        assert (REPO_ROOT / script).stat().st_mode & 0o111, script
