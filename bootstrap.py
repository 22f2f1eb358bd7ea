"""One-command setup: ``python3 bootstrap.py app``, ``… test``, ``… bench`` or ``… wheelcheck``.

Creates ``.venv`` beside this file on first use, installs ReformDesk and what
it needs into it (again only when pyproject.toml changes), then opens the app
on a sample plan, runs the checks (ruff, the import-linter layer contracts)
and the whole test suite or the benchmarks, or checks that a wheel built from
the checkout works installed on its own (tools/wheel_check.py).  Works on
Windows and Linux.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
SAMPLE = ROOT / "sample_plans" / "qiaotou_plan1.rdplan"


def _python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _script(name: str) -> Path:
    """A console script installed into .venv (``lint-imports`` …)."""
    return VENV / ("Scripts" if os.name == "nt" else "bin") / (f"{name}.exe" if os.name == "nt" else name)


def _stamp_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def _ensure_env(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this file must run on old Pythons to say so
        sys.exit(f"ReformDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not _python().exists():
        print(f"creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'app'}"
    digest = _stamp_digest()
    if not stamp.exists() or stamp.read_text() != digest:
        target = f".[{extras}]" if extras else "."
        print(f"installing ReformDesk ({target}) …", flush=True)
        subprocess.run(
            [str(_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
            cwd=ROOT,
            check=True,
        )
        stamp.write_text(digest)
    return _python()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "app"
    rest = argv[1:]
    if command == "app":
        python = _ensure_env("")
        return subprocess.call([str(python), "-m", "reformdesk", *(rest or [str(SAMPLE)])], cwd=ROOT)
    if command == "test":
        python = _ensure_env("test")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT, env=env)
        # The layer contracts in pyproject.toml ([tool.importlinter]): cli → gui → formats → store → domain.
        layers = subprocess.call([str(_script("lint-imports")), "--no-cache"], cwd=ROOT, env=env)
        tests = subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)
        return tests or lint or layers
    if command == "bench":
        python = _ensure_env("test,bench")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.call([str(python), str(ROOT / "benchmarks" / "run.py"), *rest], cwd=ROOT, env=env)
    if command == "wheelcheck":
        # Any up-to-date .venv will do (it only builds the wheel); the test one is a superset.
        test_stamp = VENV / ".installed-test"
        current = test_stamp.exists() and test_stamp.read_text() == _stamp_digest()
        python = _python() if current else _ensure_env("")
        return subprocess.call([str(python), str(ROOT / "tools" / "wheel_check.py"), *rest], cwd=ROOT)
    print(
        "usage: python3 bootstrap.py [app [PLAN] | test [PYTEST ARGS] | bench [--size SIZE] | wheelcheck [--keep]]",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
