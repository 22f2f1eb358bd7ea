"""The collector paused while a plan's objects are made, and left as it was found."""

from __future__ import annotations

import gc

import pytest

from reformdesk.domain import collector


def test_paused_turns_the_collector_off_and_back_on() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_gives_it_back_after_an_error() -> None:
    with pytest.raises(ValueError), collector.paused():
        raise ValueError
    assert gc.isenabled()


def test_paused_inside_paused_leaves_it_off_for_the_outer() -> None:
    with collector.paused():
        with collector.paused():
            pass
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
