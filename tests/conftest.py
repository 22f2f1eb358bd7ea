"""Test set-up shared by every test: offscreen Qt, isolated user folders, no windows left open.

Isolation (novelWriter's tests/conftest.py does the same):

* Before Qt starts, HOME (USERPROFILE on Windows) and the XDG folders point at a
  temporary folder for the whole session, so nothing a test or a child process
  does can reach the user's ``~/.config/QtProject.conf`` (Qt's file dialog state),
  ``~/.config/ReformDesk`` or ``~/.local/share/ReformDesk`` (settings, recovery).
* Each test then gets its own empty home, config and data folders, and
  QSettings' user-scope path is pointed there (QSettings caches that path on first
  use, so changing the environment alone would not move it).
* After each test, the user's real config and data files are compared with how
  they were before it: a test that wrote there fails.
* After each test, every top-level widget the test created must be gone: closed
  and deleted.  A window left open would go on repainting (and receiving
  LanguageChange) during later tests.  Windows registered with
  ``qtbot.addWidget(window, before_close_func=discard_changes)`` close cleanly even
  when their plan is modified.

On Windows, QSettings' native format is the registry, which no environment
variable moves; the file dialog's state is the only thing written there.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# pg_server / pg_url: a real PostgreSQL server for the shared store's tests (skipped without one).
pytest_plugins = ["tests.postgres_server"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_plans"
PLAN_ONE = SAMPLES / "qiaotou_plan1.rdplan"
PLAN_TWO = SAMPLES / "qiaotou_plan2.rdplan"

# -- the user's real folders, and a session home in their place --------------------------
_REAL_HOME = Path.home()
_REAL_CONFIG = Path(os.environ.get("XDG_CONFIG_HOME") or _REAL_HOME / ".config")
_REAL_DATA = Path(os.environ.get("XDG_DATA_HOME") or _REAL_HOME / ".local" / "share")
#: What the app or Qt would write in the user's folders if a test escaped its own.
WATCHED = (
    _REAL_CONFIG / "QtProject.conf",
    _REAL_CONFIG / "ReformDesk",
    _REAL_CONFIG / "ReformDesk.conf",
    _REAL_DATA / "ReformDesk",
    _REAL_HOME / ".qttest",  # QStandardPaths' test mode
)
if os.name == "nt":
    for _var in ("APPDATA", "LOCALAPPDATA"):
        if os.environ.get(_var):
            WATCHED += (Path(os.environ[_var]) / "ReformDesk", Path(os.environ[_var]) / "QtProject.ini")

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="reformdesk-test-home-"))
_HOME_VARIABLES = ("HOME", "USERPROFILE", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
_HOME_VARIABLES_NT = ("APPDATA", "LOCALAPPDATA")


def _home_environment(home: Path) -> dict[str, str]:
    env = {
        "HOME": str(home),
        "USERPROFILE": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }
    if os.name == "nt":
        env |= {"APPDATA": str(home / "AppData" / "Roaming"), "LOCALAPPDATA": str(home / "AppData" / "Local")}
    return env


# Set while this file is imported: before pytest-qt creates the QApplication and
# before any test module starts Qt.  Child processes inherit it.
os.environ.update(_home_environment(_SESSION_HOME))


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]  # pytest-qt's, with the font the app gives itself
    from reformdesk.gui import fonts

    fonts.install(qapp)  # Chinese text in a Simplified Chinese font, as gui/app.py sets it
    return qapp


def _snapshot(paths: tuple[Path, ...]) -> dict[str, tuple[int, int]]:
    """Every file under ``paths`` with its modification time and size."""
    seen: dict[str, tuple[int, int]] = {}
    for path in paths:
        candidates = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file()) if path.is_dir() else []
        for file in candidates:
            try:
                info = file.stat()
            except OSError:
                continue
            seen[str(file)] = (info.st_mtime_ns, info.st_size)
    return seen


_BEFORE_SESSION = _snapshot(WATCHED)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):  # type: ignore[no-untyped-def]
    # Lets the teardown below know whether the test itself failed.
    report = yield
    setattr(item, f"_report_{report.when}", report)
    return report


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    changed = _written_by_us(_BEFORE_SESSION, _snapshot(WATCHED), session.config)
    if changed:
        print("\nTests wrote to the user's own folders:\n  " + "\n  ".join(changed), file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _written_by_us(
    before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]], config: pytest.Config
) -> list[str]:
    """Watched files created or changed since ``before`` that bear this session's traces.

    Other test runs on the same machine (another checkout's suite) may write the
    same files meanwhile; what this session writes names its temporary folders
    (the file dialog's history, recent files, a recovery note's source), so only
    such files count.  tests/test_isolation.py checks where they would go.
    """
    traces = [str(_SESSION_HOME), str(config._tmp_path_factory.getbasetemp())]  # type: ignore[attr-defined]
    found = []
    for path in sorted(before.keys() | after.keys()):
        if before.get(path) == after.get(path):
            continue
        try:
            text = Path(path).read_bytes().decode("utf-8", "replace")
        except OSError:
            continue  # removed meanwhile: nothing in the suite deletes user files
        # Qt writes paths as file:// URLs or with escaped backslashes on Windows.
        if any(t in text or t.replace("\\", "\\\\") in text or Path(t).as_posix() in text for t in traces):
            found.append(path)
    return found


# -- per test: own folders, nothing written outside them, no window left open ------------------
@pytest.fixture(autouse=True)
def _isolated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Own home/config/data folders for the test; afterwards no window left and no user file touched."""
    home = tmp_path_factory.mktemp("home")
    saved = {name: os.environ.get(name) for name in (*_HOME_VARIABLES, *_HOME_VARIABLES_NT)}
    os.environ.update(_home_environment(home))
    qt = "PySide6.QtCore" in sys.modules
    if qt:
        _point_qsettings_at(home / ".config")
    before_files = _snapshot(WATCHED)
    before_windows = _top_level_windows()
    try:
        yield home
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        problems: list[str] = []
        if "PySide6.QtWidgets" in sys.modules:
            left = _windows_left(before_windows)
            _close_for_good(left)
            if left and _passed(request.node):
                problems.append(
                    "the test left top-level windows open or undeleted (close them, or register them with "
                    "qtbot.addWidget(window, before_close_func=discard_changes)):\n  " + "\n  ".join(left.values())
                )
        if qt or "PySide6.QtCore" in sys.modules:
            _point_qsettings_at(_SESSION_HOME / ".config")
        changed = _written_by_us(before_files, _snapshot(WATCHED), request.config)
        if changed:
            problems.append("the test wrote to the user's own folders:\n  " + "\n  ".join(changed))
        if problems:
            pytest.fail("\n".join(problems), pytrace=False)


def _point_qsettings_at(config: Path) -> None:
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))


def _passed(item: pytest.Item) -> bool:
    reports = [getattr(item, f"_report_{when}", None) for when in ("setup", "call")]
    return all(report is not None and report.passed for report in reports)


def _top_level_windows() -> dict[int, object]:
    """Top-level widgets by their C++ address."""
    if "PySide6.QtWidgets" not in sys.modules:
        return {}
    import shiboken6
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return {}
    return {shiboken6.getCppPointer(w)[0]: w for w in QApplication.topLevelWidgets()}


def _flush_deletions() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _windows_left(before: dict[int, object]) -> dict[int, str]:
    """Top-level widgets created during the test that still exist, with a description."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return {}
    # pytest-qt has closed the test's registered widgets and called deleteLater: one still
    # visible refused to close (a modified plan asks whether to save), or was never closed.
    visible = {
        key: f"{type(w).__name__} {w.windowTitle()!r} (still visible)"  # type: ignore[attr-defined]
        for key, w in _top_level_windows().items()
        if key not in before and w.isVisible()  # type: ignore[attr-defined]
    }
    _flush_deletions()

    def left() -> set[int]:
        return _top_level_windows().keys() - before.keys()

    if left():
        gc.collect()  # a widget kept alive only by a reference cycle is not a leak
        _flush_deletions()
    keys = left() - visible.keys()
    return visible | {
        key: f"{type(w).__name__} {w.windowTitle()!r} (hidden, not deleted)"  # type: ignore[attr-defined]
        for key, w in _top_level_windows().items()
        if key in keys
    }


def _close_for_good(left: dict[int, str]) -> None:
    """Close and delete what a test left, so the next test starts with no window."""
    if not left:
        return
    from reformdesk.gui.document import Document

    for key, widget in _top_level_windows().items():
        if key not in left:
            continue
        doc = getattr(widget, "doc", None)
        if isinstance(doc, Document):
            doc.undo_stack.setClean()
        files = getattr(widget, "files", None)
        if files is not None and hasattr(files, "shutdown"):
            files.shutdown()
        widget.close()  # type: ignore[attr-defined]
        widget.deleteLater()  # type: ignore[attr-defined]
    _flush_deletions()


@pytest.fixture
def plan_one_path(tmp_path: Path) -> Path:
    """A private copy of 方案一 (tests may write to it)."""
    return Path(shutil.copy(PLAN_ONE, tmp_path / PLAN_ONE.name))


@pytest.fixture
def plan_two_path(tmp_path: Path) -> Path:
    """A private copy of 方案二 (tests may write to it)."""
    return Path(shutil.copy(PLAN_TWO, tmp_path / PLAN_TWO.name))
