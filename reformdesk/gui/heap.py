"""The cyclic garbage collector and the plans the window holds.

A province plan is some 300,000 objects the collector tracks (a compare window
holds two more plans).  A full collection walks every one of them: 156 ms with
one window's plans in memory, 321 ms when one came in the middle of adopting 100
differences (measured on the shared development machine), and CPython starts one
whenever enough new objects have survived since the last, that is in the middle of
any edit.  A plan holds no reference cycles (entities refer to each other by id),
so reference counting frees it when it is closed; once a plan is in place the
collector is told to leave the objects that exist alone (``gc.freeze``), and later
collections walk only what was made since.
"""

from __future__ import annotations

import gc
from contextlib import AbstractContextManager

from reformdesk.domain import collector


def settle() -> None:
    """After a plan was loaded: the objects that exist now are the collector's no more (cheap)."""
    gc.freeze()


def paused() -> AbstractContextManager[None]:
    """No collection while a plan is read and put in place (:func:`settle` inside freezes it).

    Opening a province plan makes about a million objects in no cycle; with the collector
    running, the allocations set off collections that walk them (a full one among them)
    and find nothing, and once the collector was back it walked them again before
    :func:`settle` could freeze them.
    """
    return collector.paused()


def resume() -> None:
    """Once the start-up (run with the collector off, see cli/open_window.py) has put up its
    window: what exists now lives as long as the program, so it is frozen, and the collector
    runs again for what is made from here on."""
    gc.freeze()
    gc.enable()
