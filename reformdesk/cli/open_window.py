"""``reformdesk [PLAN]`` / ``reformdesk open [PLAN]``: the window (on PLAN)."""

from __future__ import annotations

import argparse

NAME = "open"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="open the window (the default)")
    p.add_argument("plan", nargs="?", help="plan to open (a file, or postgresql://USER@HOST/DB?plan=NAME)")


def run(args: argparse.Namespace) -> int:
    from reformdesk.gui.app import run as run_app  # Qt only for the window

    return run_app(args.plan)
