"""Plan locks: one holder at a time, the holder named, stale locks taken over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reformdesk.store import lock

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
from reformdesk.store.lock import acquire
held = acquire(sys.argv[1])
print(type(held).__name__, flush=True)
time.sleep(60)
"""


def test_second_acquire_in_this_process_is_refused_until_release(tmp_path: Path) -> None:
    plan = tmp_path / "a.rdplan"
    plan.touch()
    first = lock.acquire(plan)
    assert isinstance(first, lock.PlanLock)
    assert lock.lock_path(plan).exists()
    second = lock.acquire(plan)
    assert isinstance(second, lock.Locked) and second.same_process
    first.release()
    assert not lock.lock_path(plan).exists()
    third = lock.acquire(plan)
    assert isinstance(third, lock.PlanLock)
    third.release()


def test_lock_held_by_another_process_names_it(tmp_path: Path) -> None:
    plan = tmp_path / "a.rdplan"
    plan.touch()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(plan)], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=_env()
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "PlanLock"
        held = lock.acquire(plan)
        assert isinstance(held, lock.Locked)
        assert held.holder.pid == child.pid and not held.same_process
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    # The holder died without releasing: its lock is stale and taken over.
    taken = lock.acquire(plan)
    assert isinstance(taken, lock.PlanLock)
    assert lock.read_lock(plan).pid == os.getpid()
    taken.release()


def test_lock_from_another_host_is_respected(tmp_path: Path) -> None:
    plan = tmp_path / "a.rdplan"
    plan.touch()
    info = lock.LockInfo("wang", "other-pc", 1, lock.LockInfo.mine().since)
    lock.lock_path(plan).write_text(info.to_json(), encoding="utf-8")
    held = lock.acquire(plan)
    assert isinstance(held, lock.Locked) and held.holder == info


def test_unreadable_lock_file_is_replaced(tmp_path: Path) -> None:
    plan = tmp_path / "a.rdplan"
    plan.touch()
    lock.lock_path(plan).write_text("garbage", encoding="utf-8")
    taken = lock.acquire(plan)
    assert isinstance(taken, lock.PlanLock)
    taken.release()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, which chmod cannot stop: refuse writes where the OS would.
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    def no_unlink(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(os, "open", refuse)
    monkeypatch.setattr(Path, "unlink", no_unlink)


def test_read_only_folder_gives_no_lock_and_no_holder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = tmp_path / "a.rdplan"
    plan.touch()
    _read_only_folder(monkeypatch)
    assert lock.acquire(plan) is None


def test_stale_lock_in_a_read_only_folder_gives_no_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = tmp_path / "a.rdplan"
    plan.touch()
    dead = lock.LockInfo("wang", lock.LockInfo.mine().host, 2**22 + 12345, lock.LockInfo.mine().since)
    assert not lock.pid_alive(dead.pid)
    lock.lock_path(plan).write_text(dead.to_json(), encoding="utf-8")
    _read_only_folder(monkeypatch)
    assert lock.acquire(plan) is None


RACER = """
import os, sys, time
from pathlib import Path
from reformdesk.store.lock import PlanLock, acquire
plan, out, t0, rounds, gap = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
inside = out / "inside"
for r in range(rounds):
    while time.time() < t0 + r * gap:
        pass
    held = acquire(plan)
    if isinstance(held, PlanLock):
        try:
            os.close(os.open(inside, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            (out / f"twice-{r}-{os.getpid()}").touch()  # someone else holds it too
        else:
            (out / f"{r}-{os.getpid()}").touch()
            time.sleep(gap / 3)
            inside.unlink()
        held.release()
"""


def test_six_processes_racing_never_win_the_same_lock_twice(tmp_path: Path) -> None:
    """114 of 400 such rounds had 2-4 winners with O_EXCL lock files; an OS lock has one."""
    import time

    plan = tmp_path / "race.rdplan"
    plan.touch()
    out = tmp_path / "won"
    out.mkdir()
    rounds, gap = 12, 0.15
    start = time.time() + 1.5  # the racers' start-up
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(plan), str(out), str(start), str(rounds), str(gap)], cwd=ROOT, env=_env()
        )
        for _ in range(6)
    ]
    for racer in racers:
        assert racer.wait(timeout=60) == 0
    marks = [m.name for m in out.iterdir()]
    assert not [m for m in marks if m.startswith("twice")], marks  # never two holders at once
    won_rounds = {m.split("-")[0] for m in marks}
    assert len(won_rounds) >= rounds - 1  # each round someone won (a late start may miss one)
    assert not lock.lock_path(plan).exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_symlink_and_its_target_are_one_plan(tmp_path: Path) -> None:
    plan = tmp_path / "real.rdplan"
    plan.touch()
    link = tmp_path / "link.rdplan"
    try:
        link.symlink_to(plan)
    except OSError:
        pytest.skip("symlinks need a privilege here")
    first = lock.acquire(link)
    assert isinstance(first, lock.PlanLock)
    assert lock.lock_path(link) == lock.lock_path(plan) == plan.with_name("real.rdplan.lock")
    assert isinstance(lock.acquire(plan), lock.Locked)
    first.release()


def test_a_hard_link_is_the_same_plan(tmp_path: Path) -> None:
    plan = tmp_path / "a.rdplan"
    plan.touch()
    other = tmp_path / "b.rdplan"
    try:
        os.link(plan, other)
    except OSError:
        pytest.skip("no hard links here")
    first = lock.acquire(plan)
    assert isinstance(first, lock.PlanLock)
    second = lock.acquire(other)  # in this process: the same file by its inode
    assert isinstance(second, lock.Locked) and second.same_process
    first.release()


@pytest.mark.skipif(os.name == "nt", reason="the plan file itself is flocked on POSIX only")
def test_a_hard_link_is_held_across_processes(tmp_path: Path) -> None:
    plan = tmp_path / "a.rdplan"
    plan.touch()
    other = tmp_path / "b.rdplan"
    os.link(plan, other)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(plan)], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=_env()
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "PlanLock"
        held = lock.acquire(other)
        assert isinstance(held, lock.Locked) and not held.holder.known
        assert "另一个程序" in held.holder.describe()
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def test_a_full_disk_still_locks_and_leaves_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = tmp_path / "a.rdplan"
    plan.touch()
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    held = lock.acquire(plan)
    monkeypatch.setattr(os, "write", real_write)
    assert isinstance(held, lock.PlanLock)
    assert isinstance(lock.acquire(plan), lock.Locked)
    held.release()
    assert not lock.lock_path(plan).exists()


@pytest.mark.skipif(os.name == "nt", reason="the plan file itself is flocked on POSIX only")
def test_after_a_save_the_new_file_is_held(tmp_path: Path) -> None:
    from reformdesk.store.plan_store import PlanLocation, store_for
    from tests.store.test_planfile import small_plan

    path = tmp_path / "a.rdplan"
    location = PlanLocation.file(path)
    store = store_for(location)
    held = store.acquire(location)
    assert isinstance(held, lock.PlanLock)
    store.save(small_plan(), location)  # a new file (new inode) under the name
    assert lock.held_lock(path) is held
    other = tmp_path / "b.rdplan"
    os.link(path, other)
    assert isinstance(lock.acquire(other), lock.Locked)
    held.release()
