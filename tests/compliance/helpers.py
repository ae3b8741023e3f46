"""Raw database access for tests that play the attacker or the auditor."""

from __future__ import annotations

from typing import Any

from django.db import connection


def raw_execute(sql: str, params: list[Any] | tuple[Any, ...] = ()) -> None:
    """Run SQL as someone with direct database access. On PostgreSQL this also bypasses the
    audit table's trigger (``session_replication_role = replica``, until the test's
    transaction ends), as a superuser attacker could."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(sql, params)


def raw_fetch(sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
