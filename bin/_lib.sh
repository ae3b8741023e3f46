# Shared helpers for bin/run and bin/test. Sourced, not executed.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

find_python() {
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    die "Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)."
}

# Create .venv and install the pinned requirements; skipped when nothing changed since the last
# install (a stamp holds the hash of the requirement files).
ensure_app_venv() {
    local stamp="$VENV/.requirements.sha256" want
    want="$(cat "$ROOT/requirements.txt" "$ROOT/requirements-dev.txt" | sha256sum | cut -d' ' -f1)"
    if [ -x "$PY" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
        return 0
    fi
    if [ ! -x "$PY" ]; then
        say "Creating the app's virtual environment in .venv"
        "$(find_python)" -m venv "$VENV"
    fi
    say "Installing the app's dependencies (requirements-dev.txt)"
    "$PY" -m pip install --disable-pip-version-check --progress-bar on -q -r "$ROOT/requirements-dev.txt"
    echo "$want" > "$stamp"
}

# Start PostgreSQL and Redis when they are installed here but not running (CI machines start
# them before a session; a restarted machine may not have).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_postgres() {
    port_open 5432 && return 0
    if command -v pg_ctlcluster >/dev/null 2>&1; then
        say "Starting PostgreSQL"
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
        for _ in $(seq 1 30); do port_open 5432 && return 0; sleep 1; done
    fi
    return 1
}

ensure_redis() {
    port_open 6379 && return 0
    if command -v redis-server >/dev/null 2>&1; then
        say "Starting Redis"
        mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
        redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
            --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
        for _ in $(seq 1 15); do port_open 6379 && return 0; sleep 1; done
    fi
    return 1
}

random_secret() { "$PY" -c 'import secrets; print(secrets.token_urlsafe(48))'; }
random_key() { "$PY" -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())'; }
