"""A real PostgreSQL server for the tests: started once per session when Debian's binaries are here.

``pg_server`` runs ``initdb`` into a temporary folder and ``pg_ctl start`` on
127.0.0.1 and a free port (as the ``postgres`` user when the tests run as
root: the server refuses to run as root), and stops it at the end of the
session.  ``pg_url`` gives each test a database of its own (dropped after it)
and its URL.  Where no binaries are found, the tests that need a server are
skipped and say why.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import pytest


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    if os.environ.get("REFORMDESK_PG_BIN"):
        found.append(os.path.join(os.environ["REFORMDESK_PG_BIN"], "pg_ctl"))
    if not found and shutil.which("pg_ctl"):
        found.append(str(shutil.which("pg_ctl")))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    host: str
    port: int
    admin: str  # superuser

    def url(self, database: str, user: str | None = None) -> str:
        return f"postgresql://{user or self.admin}@{self.host}:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=self.host, port=self.port, user=self.admin, dbname=database, autocommit=True) as c:
            c.execute(statement)


class NoServer(Exception):
    """No test server can be started here; ``str()`` says why."""


@contextlib.contextmanager
def local_server(*, durable: bool = False) -> Iterator[PgServer]:
    """A PostgreSQL server in a temporary folder on 127.0.0.1 and a free port, stopped on leaving.

    Used by the ``pg_server`` fixture (``fsync=off``: tests need no durability) and by
    the benchmarks (``durable=True``: commits reach the disk, as a plan file's save does);
    NoServer when it cannot start.
    """
    bindir = _binaries()
    if bindir is None:
        raise NoServer("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin): apt-get install postgresql")
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    run_as: list[str] = []
    if as_root:
        runuser = shutil.which("runuser")
        if runuser is None:
            raise NoServer("running as root without runuser: cannot start PostgreSQL as the postgres user")
        run_as = [runuser, "-u", "postgres", "--"]
    base = Path(tempfile.mkdtemp(prefix="reformdesk-pg-"))
    data = base / "data"
    if as_root:
        import pwd

        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")} | {"LC_ALL": "C.UTF-8"}

    def run(*args: str, timeout: float = 120) -> None:
        subprocess.run([*run_as, *args], check=True, env=env, timeout=timeout, capture_output=True)

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        opts = f"-h 127.0.0.1 -p {port} -k {base} -c max_connections=100"
        if not durable:
            opts += " -F -c fsync=off"
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(base / "log"), "-w", "-t", "60", "start")
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        shutil.rmtree(base, ignore_errors=True)
        raise NoServer(f"could not start a test PostgreSQL server: {exc}") from exc
    try:
        yield PgServer("127.0.0.1", port, "postgres")
    finally:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop", timeout=60)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = local_server()
        started = server.__enter__()
    except NoServer as exc:
        pytest.skip(str(exc))
    try:
        yield started
    finally:
        server.__exit__(None, None, None)


_numbers = count(1)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh database on the test server (as the superuser); its URL, without ``?plan=``."""
    name = f"rd_test_{os.getpid()}_{next(_numbers)}"
    pg_server.sql(f"CREATE DATABASE {name}")
    try:
        yield pg_server.url(name)
    finally:
        from reformdesk.store import plan_store

        for key in [k for k in plan_store._SHARED if k.endswith(f"/{name}")]:
            plan_store._SHARED.pop(key).dispose()  # type: ignore[attr-defined]
        pg_server.sql(f"DROP DATABASE {name} WITH (FORCE)")
