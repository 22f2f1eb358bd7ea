"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QThreadPool, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from reformdesk import resources
from reformdesk.gui import fonts, heap
from reformdesk.gui.settings import APPLICATION, ORGANIZATION, AppSettings


def translation_file(language: str, name: str = "reformdesk") -> Path | None:
    """Our compiled translation ``name`` (the application's, or ``qtbase_extra``, our additions
    to Qt's own) for ``language``, inside the package; None if there is none."""
    try:
        return resources.path("translations", f"{name}_{language}.qm")
    except FileNotFoundError:
        return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translators for ``language``: ours (source strings are Chinese) and Qt's own dialogs.

    Returns them so the caller keeps them alive (a collected translator is removed).
    """
    translators: list[QTranslator] = []
    if language == "zh_CN":
        # Qt's own buttons and dialogs (Save/Discard/Cancel, file dialogs) in Chinese.
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", _qt_translations()):
            app.installTranslator(qt)
            translators.append(qt)
        # Then what qtbase_zh_CN.qm lacks: Qt 6 gave the file dialog's labels mnemonics
        # ("&Look in:", "Files of &type:"), which the shipped translation of "Look in:"
        # no longer matches, so the dialog was half English.  Installed last, it is asked
        # first, and it holds only those strings.
        extra = QTranslator(app)
        qm = translation_file("zh_CN", "qtbase_extra")
        if qm is not None and extra.load(str(qm)):
            app.installTranslator(extra)
            translators.append(extra)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        ours = QTranslator(app)
        qm = translation_file(language)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            translators.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def _qt_translations() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def run(plan_path: str | None = None) -> int:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    fonts.install(app)
    settings = AppSettings()
    translators = install_translators(app, settings.language)

    # From the header alone: the county kinds' readers import SQLAlchemy, which a town plan's start does not need.
    from reformdesk.store.file_kind import is_catalogue_file, is_enforcement_file

    if plan_path and is_enforcement_file(plan_path):  # a county enforcement plan: its own window
        return _run_enforcement(app, plan_path, translators)
    if plan_path and is_catalogue_file(plan_path):  # a county catalogue: its own window too
        return _run_catalogue(app, plan_path, translators)

    from reformdesk.gui.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    if plan_path:
        window.files.load(plan_path)  # a path or a location, as typed
    # After the window is up, so the question appears over it.
    QTimer.singleShot(0, window.offer_recovery)
    heap.resume()
    code = app.exec()
    _finish(app, translators)
    return code


def _finish(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """What follows the event loop: no worker may outlive it.

    A background validation still running when Python tears the program down
    touches a plan and a signal that are being freed (a segfault at exit was seen
    with a province plan quit mid-validation): wait for the pool first.
    """
    QThreadPool.globalInstance().waitForDone()
    remove_translators(app, translators)


def _run_enforcement(app: QCoreApplication, path: str, translators: list[QTranslator]) -> int:
    from reformdesk.gui.enforcement.actions import show_window
    from reformdesk.store.enforcement_file import PlanFileError

    try:
        show_window(path)  # tracked as the town window's 打开 tracks it: 退出 asks it
    except PlanFileError as exc:
        print(f"reformdesk: {exc}", file=sys.stderr)
        return 2
    heap.resume()
    code = app.exec()
    _finish(app, translators)
    return code


def _run_catalogue(app: QCoreApplication, path: str, translators: list[QTranslator]) -> int:
    from reformdesk.gui.catalogue.window import open_window
    from reformdesk.store.catalogue_file import PlanFileError

    try:
        window = open_window(path)
    except PlanFileError as exc:
        print(f"reformdesk: {exc}", file=sys.stderr)
        remove_translators(app, translators)
        return 2
    window.show()
    heap.resume()
    code = app.exec()
    _finish(app, translators)
    return code
