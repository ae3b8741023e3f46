"""Settings come from the environment; these run `manage.py` in a subprocess so each case
starts from a clean environment, the way a deployment would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRINT_SETTINGS = (
    "import json; from django.conf import settings as s; print(json.dumps({"
    "'engine': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']['NAME']),"
    "'eager': s.CELERY_TASK_ALWAYS_EAGER, 'broker': s.CELERY_BROKER_URL,"
    "'cache': s.CACHES['default']['BACKEND'], 'debug': s.DEBUG}))"
)

PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-like-secret-key-for-this-test-0123456789",
    "FIELD_ENCRYPTION_MASTER_KEYS": "k1:dGVzdC1vbmx5LW1hc3Rlci1rZXktbm90LXNlY3JldCE=",
    "BLIND_INDEX_KEY": "dGVzdC1vbmx5LWJsaW5kLWluZGV4LW5vdC1zZWNyZXQ=",
    "AUDIT_HMAC_KEY": "dGVzdC1vbmx5LWF1ZGl0LWNoYWluLW5vdC1zZWNyZXQ=",
    "ALLOWED_HOSTS": "clinic.example.org",
}


def run_manage(args: list[str], env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    clean.update({"DOTENV_PATH": "/nonexistent", "VAR_DIR": str(tmp_path / "var")})
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def settings_under(env: dict[str, str], tmp_path: Path) -> dict:
    result = run_manage(["shell", "-c", PRINT_SETTINGS], env, tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_sqlite_is_the_default_database(tmp_path):
    got = settings_under(PRODUCTION_ENV, tmp_path)
    assert got["engine"] == "django.db.backends.sqlite3"
    assert got["name"].startswith(str(tmp_path / "var"))
    assert got["eager"] is True
    assert got["cache"].endswith("LocMemCache")
    assert got["debug"] is False


def test_database_url_selects_postgresql(tmp_path):
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test"}
    got = settings_under(env, tmp_path)
    assert got["engine"] == "django.db.backends.postgresql"
    assert got["name"] == "test"


def test_redis_url_configures_broker_results_and_cache(tmp_path):
    env = {**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/3"}
    got = settings_under(env, tmp_path)
    assert got["broker"] == "redis://127.0.0.1:6379/3"
    assert got["eager"] is False
    assert got["cache"].endswith("RedisCache")


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "FIELD_ENCRYPTION_MASTER_KEYS", "BLIND_INDEX_KEY", "AUDIT_HMAC_KEY"]
)
def test_missing_secret_stops_startup_with_a_message_naming_it(tmp_path, missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage(["check"], env, tmp_path)
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr
    # The message names the variable, never another secret's value.
    for name, value in PRODUCTION_ENV.items():
        if name != "ALLOWED_HOSTS":
            assert value not in result.stderr


def test_secret_can_come_from_a_file(tmp_path):
    secret_file = tmp_path / "secret_key"
    secret = "from-a-file-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
    secret_file.write_text(secret + "\n")
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    env["SECRET_KEY_FILE"] = str(secret_file)
    code = "from django.conf import settings; print(settings.SECRET_KEY.endswith('wxyz'), len(settings.SECRET_KEY))"
    result = run_manage(["shell", "-c", code], env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"True {len(secret)}"


def test_check_deploy_passes_with_production_settings(tmp_path):
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV, tmp_path)
    assert result.returncode == 0, result.stderr + result.stdout


def test_check_deploy_flags_plain_http_mode(tmp_path):
    env = {**PRODUCTION_ENV, "ALLOW_INSECURE_HTTP": "true"}
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], env, tmp_path)
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stderr + result.stdout
