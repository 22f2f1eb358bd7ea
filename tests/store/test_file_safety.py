"""Saves respect the file; opens check what SQLite does not; the command line honours locks."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.store import lock, planfile
from reformdesk.store.plan_store import DamagedPlanError, PlanFileError, PlanLocation, store_for
from tests.store.test_planfile import small_plan


def _saved(tmp_path: Path, name: str = "a.rdplan") -> Path:
    path = tmp_path / name
    planfile.save_plan(small_plan(), path)
    return path


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("reformdesk: "), err
    return err[0]


# -- saves -------------------------------------------------------------------------------------


def test_a_read_only_plan_is_not_replaced(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    path.chmod(0o444)
    inode = path.stat().st_ino
    try:
        with pytest.raises(PlanFileError, match=r"只读文件.*另存为"):
            planfile.save_plan(small_plan(), path)
        assert path.stat().st_ino == inode
    finally:
        path.chmod(0o644)
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_symlink_is_written_through_and_the_mode_kept(tmp_path: Path) -> None:
    real = _saved(tmp_path, "real.rdplan")
    real.chmod(0o640)
    link = tmp_path / "link.rdplan"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("symlinks need a privilege here")
    plan = small_plan()
    plan.info.name = "改过"
    planfile.save_plan(plan, link)
    assert link.is_symlink()
    assert planfile.open_plan(real).info.name == "改过"
    if os.name == "posix":
        assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_save_into_a_read_only_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_a: object, **_k: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(planfile.tempfile, "mkstemp", refuse)
    with pytest.raises(PlanFileError, match="无法保存"):
        planfile.save_plan(small_plan(), tmp_path / "a.rdplan")


def test_leftovers_of_a_killed_save_are_removed_when_the_plan_is_next_opened(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    left = tmp_path / ".a.rdplan.k2j4_x9q.tmp"
    left.write_bytes(b"x" * 100)
    other = tmp_path / ".b.rdplan.k2j4_x9q.tmp"  # another plan's: not ours to remove
    other.write_bytes(b"x")
    opened = store_for(path).open(PlanLocation.file(path))
    assert opened.lease is not None
    opened.lease.release()
    assert not left.exists() and other.exists()


def test_a_non_regular_plan_is_refused_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "p.rdplan"
    os.mkfifo(fifo)
    for command in (["info", str(fifo)], ["validate", str(fifo)], ["diff", str(fifo), str(fifo)]):
        assert main(command) == 2
        assert "特殊文件" in _one_error_line(capsys)
    with pytest.raises(PlanFileError, match="不是普通文件"):
        planfile.save_plan(small_plan(), fifo)


# -- opens -------------------------------------------------------------------------------------


def test_silently_changed_content_is_caught_by_the_checksum(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE power SET name = name || '!' WHERE rowid = 1")
    con.commit()
    con.close()
    with pytest.raises(DamagedPlanError, match="校验和") as info:
        planfile.open_plan(path)
    assert info.value.plan is not None  # shown read-only, to be saved elsewhere
    opened = store_for(path).open(PlanLocation.file(path))
    assert opened.read_only and opened.damage and opened.lease is None
    with pytest.raises(PlanFileError, match="已损坏，不能保存到它上面"):
        store_for(path).save(opened.plan, PlanLocation.file(path))


def test_a_file_without_a_checksum_still_opens(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE meta")
    con.commit()
    con.close()
    assert planfile.open_plan(path).info.name == small_plan().info.name


def test_a_reference_out_of_step_is_damage(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    con = sqlite3.connect(path)  # foreign keys off: what a flipped byte does
    con.execute("UPDATE unit SET body_id = 'ffffffffffffffffffffffffffffffff' WHERE body_id IS NOT NULL")
    con.commit()
    con.close()
    with pytest.raises(DamagedPlanError, match="不存在的记录"):
        planfile.open_plan(path)


@pytest.mark.parametrize(
    ("sql", "column"),
    [
        ("UPDATE power SET deadline = 20270331 WHERE rowid = 1", "deadline"),
        ("UPDATE body SET authorized_posts = '二' WHERE rowid = 1", "authorized_posts"),
        ("UPDATE body SET sites = X'00ff' WHERE rowid = 1", "sites"),
        ("UPDATE power SET type = '不存在' WHERE rowid = 1", "type"),
    ],
)
def test_a_wrong_typed_value_is_one_line_naming_table_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str, column: str
) -> None:
    path = _saved(tmp_path)
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()
    assert main(["info", str(path)]) == 2
    line = _one_error_line(capsys)
    assert "第 1 行" in line and column in line, line


def test_a_hot_journal_is_recovered_not_called_damaged(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    # A write cut short: leave a hot journal by copying the file mid-transaction.
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("BEGIN")
    con.execute("UPDATE power SET name = name || '!'")
    con.execute("PRAGMA cache_spill=ON")
    con.execute("PRAGMA cache_size=1")
    con.execute("UPDATE power SET note = note || '!'")
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        con.execute("ROLLBACK")
        con.close()
        pytest.skip("SQLite kept the change in memory")
    crashed = tmp_path / "crashed.rdplan"
    crashed.write_bytes(path.read_bytes())
    crashed.with_name(crashed.name + "-journal").write_bytes(journal.read_bytes())
    con.execute("ROLLBACK")
    con.close()
    assert planfile.open_plan(crashed).info.name == small_plan().info.name


# -- the command line ---------------------------------------------------------------------------


def test_import_refuses_a_plan_open_elsewhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.formats.import_helpers import HEADER, write_xlsx

    path = _saved(tmp_path)
    sheet = write_xlsx(tmp_path / "list.xlsx", [HEADER, ["1", "XK-9", "新事项"]])
    held = lock.acquire(path)
    assert isinstance(held, lock.PlanLock)
    try:
        before = path.read_bytes()
        assert main(["import", str(path), str(sheet)]) == 2
        assert "正被" in _one_error_line(capsys)
        assert path.read_bytes() == before
    finally:
        held.release()
    assert main(["import", str(path), str(sheet), "--skip-bad-rows"]) == 0
    assert not lock.lock_path(path).exists()


def test_export_and_diff_refuse_to_overwrite_a_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _saved(tmp_path, "a.rdplan")
    b = _saved(tmp_path, "b.rdplan")
    before = a.read_bytes()
    assert main(["export", str(a), "-o", str(a)]) == 2
    _one_error_line(capsys)
    assert main(["export", str(a), "-o", str(tmp_path / "x.rdplan")]) == 2
    _one_error_line(capsys)
    assert main(["diff", str(a), str(b), "-o", str(a)]) == 2
    _one_error_line(capsys)
    renamed = tmp_path / "plan-copy.xlsx"
    renamed.write_bytes(before)
    assert main(["export", str(a), "-o", str(renamed)]) == 2
    assert "数据库" in _one_error_line(capsys)
    assert a.read_bytes() == before
