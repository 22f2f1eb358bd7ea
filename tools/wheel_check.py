"""Check that a wheel built from this checkout works on its own.

    .venv/bin/python tools/wheel_check.py [--keep]      (or: python3 bootstrap.py wheelcheck)

1. builds the wheel (``pip wheel --no-deps``) from a clean copy of the checkout
   and checks that it carries the icons and the compiled translation;
2. creates a fresh virtual environment in a temporary folder outside the
   checkout and installs the wheel into it (dependencies from the package index
   or pip's cache);
3. from a temporary working folder (never the checkout), runs
   ``reformdesk info`` on a copy of sample plan 方案一, and starts the main window
   offscreen in English, checking that ReformDesk was imported from that
   environment, that its icons render and that its English translation loaded.

Everything runs with a temporary HOME, so the user's settings are not touched.
Exit status 0 when all is well; otherwise the first failure is reported.  Works
on Windows and Linux (run it with any Python 3.11+ that has pip).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_plans" / "qiaotou_plan1.rdplan"
#: Files the wheel must carry (the app reads them through importlib.resources).
REQUIRED = ("reformdesk/resources/icons/app.svg", "reformdesk/resources/translations/reformdesk_en.qm")
#: Not copied when building: environments, build output, caches, version control.
IGNORED = shutil.ignore_patterns(
    ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".git", ".pytest_cache", ".ruff_cache", "bench-results"
)

#: Run by the fresh environment's Python: argv = environment, working folder, plan copy.
WINDOW_CHECK = r"""
import sys
from pathlib import Path

env, work, plan = (Path(a).resolve() for a in sys.argv[1:4])
import reformdesk
where = Path(reformdesk.__file__).resolve()
assert where.is_relative_to(env), f"reformdesk imported from {where}, not from {env}"

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

app = QApplication([])
from reformdesk.gui.app import install_translators, translation_file
from reformdesk.gui.main_window import MainWindow
from reformdesk.gui.settings import AppSettings

qm = translation_file("en")
assert qm is not None and qm.resolve().is_relative_to(env), f"translation file {qm}"
translators = install_translators(app, "en")
assert len(translators) == 1, "the English translation did not load"
settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat), data_dir=work / "data")
window = MainWindow(settings)
window.show()
assert window.files.load(plan), "the plan did not open"
app.processEvents()
icon = window.windowIcon()
assert not icon.isNull() and not icon.pixmap(32, 32).isNull(), "the window icon did not load"
assert not window.save_action.icon().pixmap(16, 16).isNull(), "the save icon did not load"
assert window.compare_action.text() == "Co&mpare plans…", f"not English: {window.compare_action.text()!r}"
assert window.windowTitle().endswith(" — ReformDesk"), f"not English: {window.windowTitle()!r}"
print(f"window: {window.windowTitle()!r}")
print(f"icons: window icon {icon.availableSizes() or 'scalable'} from {where.parent / 'resources' / 'icons'}")
print(f"translation: {qm} loaded; File menu item {window.compare_action.text()!r}")
window.files.shutdown()
window.close()
"""


def _run(args: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    shown = ["<window check>" if a is WINDOW_CHECK else str(a) for a in args]
    print("$", " ".join(shown), flush=True)
    return subprocess.run([str(a) for a in args], check=True, text=True, **kwargs)  # type: ignore[call-overload]


def _scripts(env: Path) -> Path:
    return env / ("Scripts" if os.name == "nt" else "bin")


def _can_build_without_isolation() -> bool:
    """True when this Python has the build backend the project asks for (no download needed)."""
    try:
        import setuptools
    except ImportError:
        return False
    major = int(setuptools.__version__.split(".")[0])
    return major >= 68


def build_wheel(out: Path, scratch: Path) -> Path:
    source = scratch / "source"
    shutil.copytree(ROOT, source, ignore=IGNORED)
    args: list[str | Path] = [sys.executable, "-m", "pip", "wheel", "--disable-pip-version-check", "-q", "--no-deps"]
    if _can_build_without_isolation():
        args.append("--no-build-isolation")
    _run([*args, "-w", out, source])
    wheels = sorted(out.glob("reformdesk-*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"wheel check: expected one wheel in {out}, found {wheels}")
    with zipfile.ZipFile(wheels[0]) as zf:
        names = set(zf.namelist())
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise SystemExit(f"wheel check: {wheels[0].name} lacks {', '.join(missing)}")
    icons = sorted(n for n in names if n.startswith("reformdesk/resources/icons/"))
    print(f"built {wheels[0].name}: {len(names)} files, {len(icons)} icons, {REQUIRED[1]}")
    return wheels[0]


def main(argv: list[str]) -> int:
    keep = "--keep" in argv
    scratch = Path(tempfile.mkdtemp(prefix="reformdesk-wheelcheck-"))
    if scratch.resolve().is_relative_to(ROOT):
        raise SystemExit(f"wheel check: the temporary folder {scratch} is inside the checkout")
    try:
        wheel = build_wheel(scratch / "wheels", scratch)

        env = scratch / "env"
        print(f"creating {env} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(env)
        python = _scripts(env) / ("python.exe" if os.name == "nt" else "python")
        _run([python, "-m", "pip", "install", "--disable-pip-version-check", "-q", wheel])

        work = scratch / "work"
        home = work / "home"
        home.mkdir(parents=True)
        plan = Path(shutil.copy(SAMPLE, work / SAMPLE.name))
        clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        run_env = clean | {
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
        }
        reformdesk = _scripts(env) / ("reformdesk.exe" if os.name == "nt" else "reformdesk")
        info = _run([reformdesk, "info", plan], cwd=work, env=run_env, capture_output=True)
        print(info.stdout, end="")
        figures = json.loads(
            _run([reformdesk, "info", plan, "--json"], cwd=work, env=run_env, capture_output=True).stdout
        )
        if figures["units"]["total"] <= 0 or figures["powers"]["total"] <= 0:
            raise SystemExit(f"wheel check: unexpected figures {figures}")
        _run([python, "-c", WINDOW_CHECK, env, work, plan], cwd=work, env=run_env)
        print("wheel check: OK")
        return 0
    except subprocess.CalledProcessError as exc:
        sys.stdout.write(exc.stdout or "")
        sys.stderr.write(exc.stderr or "")
        print(f"wheel check: FAILED ({exc.cmd[0]} exit {exc.returncode})", file=sys.stderr)
        return 1
    finally:
        if keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
