"""Set-up shared by the benchmarks that need a Django database of their own.

``setup(prefix)`` points Django at a throwaway SQLite database in a new temporary folder
(unless DATABASE_URL says otherwise) with bench-only keys, named as such and never used
outside that database, then calls ``django.setup()``. Call it before importing models.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BENCH_ENV = {
    "SECRET_KEY": "bench-only-django-secret-key",
    "FIELD_ENCRYPTION_MASTER_KEYS": "bench1:YmVuY2gtb25seS1tYXN0ZXIta2V5LW5vdC1zZWNyZXQ=",
    "BLIND_INDEX_KEY": "YmVuY2gtb25seS1ibGluZC1pbmRleC1rZXk=",
    "AUDIT_HMAC_KEY": "YmVuY2gtb25seS1hdWRpdC1jaGFpbi1rZXk=",
    "ALLOW_INSECURE_HTTP": "true",
    "STATIC_NO_MANIFEST": "true",
    "DOTENV_PATH": "/nonexistent",
    "LOG_LEVEL": "ERROR",
    "DJANGO_SETTINGS_MODULE": "config.settings",
}


def setup(prefix: str) -> Path:
    """Configure and start Django on a throwaway database; returns the temporary folder."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    for name, value in BENCH_ENV.items():
        os.environ.setdefault(name, value)
    os.environ["VAR_DIR"] = str(folder)
    os.environ.setdefault("SQLITE_PATH", str(folder / "bench.sqlite3"))

    import django

    django.setup()
    return folder
