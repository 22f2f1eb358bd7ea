"""Damaged plan files: each one opens cleanly with its original content, or is one line and exit 2.

Fixed seed, a few hundred copies of sample plan 方案一 damaged the ways disks and
transfers damage files (flipped bytes, a zeroed or swapped page, a cut-off
tail); every one goes through ``reformdesk info`` and the store's open.  Never a
traceback, never a silent change: a file that opens cleanly holds exactly the
plan that was saved (the content checksum catches what SQLite cannot).
"""

from __future__ import annotations

import contextlib
import io
import random
import shutil
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.store.plan_store import DamagedPlanError, PlanFileError, PlanLocation, store_for

SAMPLE = Path(__file__).resolve().parents[2] / "sample_plans" / "qiaotou_plan1.rdplan"
FILES = 300
PAGE = 4096


def _damage(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    how = rng.randrange(5)
    if how == 0:  # flipped bits
        for _ in range(rng.randint(1, 3)):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    elif how == 1:  # a random byte anywhere
        buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif how == 2:  # a zeroed page
        at = rng.randrange(len(buf) // PAGE) * PAGE
        buf[at : at + PAGE] = bytes(PAGE)
    elif how == 3:  # two pages swapped
        a, b = (rng.randrange(len(buf) // PAGE) * PAGE for _ in range(2))
        buf[a : a + PAGE], buf[b : b + PAGE] = buf[b : b + PAGE], buf[a : a + PAGE]
    else:  # cut off
        del buf[rng.randrange(len(buf)) :]
    return bytes(buf)


def _contents(plan: object) -> tuple[object, ...]:
    return tuple(getattr(plan, name) for name in ("info", "bodies", "units", "people", "powers"))


def test_damaged_files_open_cleanly_or_give_one_line(tmp_path: Path) -> None:
    original = tmp_path / "original.rdplan"
    shutil.copy(SAMPLE, original)
    store = store_for(original)
    plan = store.read(PlanLocation.file(original))
    store.save(plan, PlanLocation.file(original))  # written now: with its content checksum
    expected = _contents(plan)
    data = original.read_bytes()
    rng = random.Random(18)
    outcomes = {"clean": 0, "refused": 0, "damaged, read-only": 0}
    for i in range(FILES):
        path = tmp_path / f"d{i}.rdplan"
        path.write_bytes(_damage(data, rng))
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["info", str(path)])
        lines = err.getvalue().splitlines()
        assert code in (0, 2), (i, code, lines)
        if code == 2:
            assert len(lines) == 1 and lines[0].startswith("reformdesk: "), (i, lines)
        else:
            assert lines == [], (i, lines)
        location = PlanLocation.file(path)
        try:
            opened = store_for(location).open(location)
        except DamagedPlanError as exc:
            pytest.fail(f"{i}: a damaged file whose content was read must open read-only: {exc}")
        except PlanFileError as exc:
            assert code == 2 and "\n" not in str(exc)
            outcomes["refused"] += 1
            continue
        try:
            if opened.damage:
                assert code == 2 and opened.read_only
                outcomes["damaged, read-only"] += 1
            else:
                assert code == 0, (i, lines)
                assert _contents(opened.plan) == expected, f"{i}: opened cleanly with different content"
                outcomes["clean"] += 1
        finally:
            if opened.lease is not None:
                opened.lease.release()
    assert outcomes["refused"] and outcomes["clean"], outcomes
