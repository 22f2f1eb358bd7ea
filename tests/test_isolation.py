"""The suite's own folders: nothing a test does reaches the user's settings or data.

tests/conftest.py points HOME and the XDG folders at a temporary folder before Qt
starts and gives each test its own; these tests check that Qt, the app and child
processes do write there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog

from reformdesk.gui.settings import APPLICATION, ORGANIZATION, AppSettings
from tests.conftest import WATCHED


def _inside(path: str | Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_home_and_config_folders_are_the_tests_own(_isolated: Path) -> None:
    home = _isolated
    assert Path.home() == home
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        assert _inside(os.environ[variable], home)
    for watched in WATCHED:
        assert not _inside(watched, home)


def test_qt_and_the_app_write_only_into_the_tests_folders(qapp: QApplication, _isolated: Path) -> None:
    home = _isolated
    # What the app uses when nobody passes it settings: QSettings in the user scope, AppDataLocation.
    default = AppSettings(
        QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    )
    assert _inside(default.qsettings.fileName(), home), default.qsettings.fileName()
    if os.name == "nt":
        # Windows: QStandardPaths asks the shell for known folders (environment variables do not
        # move them) and QSettings' native format is the registry.  Tests pass their own data
        # folder (core_plans.make_settings); the conftest still watches %APPDATA%\ReformDesk.
        return
    assert _inside(default.recovery_dir, home), default.recovery_dir
    # Qt's file dialog remembers its state under the organisation "QtProject".
    qt_project = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert _inside(qt_project.fileName(), home), qt_project.fileName()
    for location in (
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.AppConfigLocation,
        QStandardPaths.StandardLocation.GenericConfigLocation,
    ):
        assert _inside(QStandardPaths.writableLocation(location), home)
    # A file dialog writes its state (naming this folder) when deleted; the conftest's check
    # after this test fails it if that lands in the user's QtProject.conf.
    dialog = QFileDialog()
    dialog.setDirectory(str(home))
    dialog.deleteLater()


def test_child_processes_inherit_the_tests_home(_isolated: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", "from pathlib import Path; print(Path.home())"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(out.stdout.strip()) == _isolated
