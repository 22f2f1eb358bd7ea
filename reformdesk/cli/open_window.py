"""``reformdesk [PLAN]`` / ``reformdesk open [PLAN]``: the window (on PLAN)."""

from __future__ import annotations

import argparse
from importlib import import_module

from reformdesk.domain import collector

NAME = "open"

#: The Qt-free modules the window needs at start: imported before PySide6 (see :func:`run`).
QT_FREE_FIRST = (
    "reformdesk.store.plan_store",
    "reformdesk.store.file_kind",
    "reformdesk.domain.validation",
    "reformdesk.domain.tiers",
    "reformdesk.domain.powers",
    "reformdesk.domain.edits",
    "reformdesk.domain.section_edits",
    "reformdesk.domain.service_hall",
    "reformdesk.domain.templates",
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="open the window (the default)")
    p.add_argument("plan", nargs="?", help="plan to open (a file, or postgresql://USER@HOST/DB?plan=NAME)")


def run(args: argparse.Namespace) -> int:
    # Once PySide6 is imported, its __feature__ hook reads the source of every module
    # imported after it (inspect.getsource, to look for "PySide6"): for the ~150 modules
    # of the domain, the store and SQLAlchemy that was ~0.2 s of CPU at start (measured
    # 558–682 ms vs 764–882 ms, interleaved).  They use no Qt, so they come first.
    #
    # What the start makes (modules, classes, Qt's wrappers, the window, its plan) lives as long
    # as the program and holds no garbage to speak of, yet its allocations set off collections
    # that walk it (78 of them, 27–38 ms of a sample plan's start, measured): the collector is
    # off until the window is up; gui.app.run then freezes all that and turns it on again.
    with collector.paused():
        for name in QT_FREE_FIRST:
            import_module(name)
        from reformdesk.gui.app import run as run_app  # Qt only for the window

        return run_app(args.plan)
