"""What every subcommand shares: one-line errors and plans by location.

Errors are one line on stderr starting with ``reformdesk: `` and exit code 2
(a file that cannot be read or written); :func:`reformdesk.cli.main` turns a
:class:`PlanFileError` raised anywhere below into exactly that.
"""

from __future__ import annotations

import sys

from reformdesk.domain.model import Plan
from reformdesk.store.plan_store import PlanFileError, PlanLocation, store_for

#: Exit codes (the README's table): success, "found something", unreadable/unwritable.
OK, FOUND, UNREADABLE = 0, 1, 2

__all__ = ["FOUND", "OK", "UNREADABLE", "PlanFileError", "fail", "read_plan", "save_plan"]


def fail(message: object) -> int:
    """Say ``reformdesk: message`` on stderr; returns exit code 2."""
    print(f"reformdesk: {message}", file=sys.stderr)
    return UNREADABLE


def read_plan(argument: str) -> Plan:
    """The plan named by a command-line argument (a path, later a shared-store URL)."""
    location = PlanLocation.parse(argument)
    return store_for(location).read(location)


def save_plan(plan: Plan, argument: str) -> None:
    location = PlanLocation.parse(argument)
    store_for(location).save(plan, location)
