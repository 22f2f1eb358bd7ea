"""Plan files: round trip, bad files, newer/older formats, atomic save."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from reformdesk.cli import main
from reformdesk.domain.model import DelegationMode, Plan, PlanInfo, PowerType, Tier
from reformdesk.domain.registry import KINDS, EntityKind
from reformdesk.store import migrations, planfile
from reformdesk.store.planfile import PlanFileError, check_plan_file, open_plan, save_plan
from reformdesk.store.schema import FORMAT_VERSION


def small_plan() -> Plan:
    plan = Plan(info=PlanInfo(name="测试方案", town="桥头镇", county="大通县", date=dt.date(2026, 11, 27)))
    body = plan.add_body("公共服务中心", authorized_posts=5, leadership_posts=1, sites=["便民大厅", "镇政府二楼"])
    unit = plan.add_unit("党政办", kind="内设机构", head_count=4, body_id=body.id)
    head = plan.add_person("QT001", "王建国", tier_before=Tier.HEAD, tier_after=Tier.HEAD)
    deputy = plan.add_person(
        "QT002", "李红梅", tier_before=Tier.DEPUTY_LEADER, tier_after=Tier.DEPUTY_IN_CHARGE, reports_to_id=head.id
    )
    body.deputy_id = deputy.id
    staff = plan.add_person("QT003", "赵文", unit_id=unit.id, reports_to_id=deputy.id)
    main_item = plan.add_power(
        "630121-SJ-XK-0001",
        "食品经营许可",
        type=PowerType.LICENSING,
        mode=DelegationMode.ENTRUST,
        body_id=body.id,
        deadline=dt.date(2027, 3, 31),
        official_id=staff.id,
        note="=不是公式",
    )
    plan.add_power("630121-SJ-XK-0001-1", "子项", parent_id=main_item.id, body_id=body.id)
    return plan


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    plan = small_plan()
    path = tmp_path / "a.rdplan"
    save_plan(plan, path)
    assert open_plan(path) == plan


def test_references_to_removed_entities_do_not_stop_a_save(tmp_path: Path) -> None:
    # A reference to an entity that is gone names nothing; the save must still
    # keep the user's work (foreign keys would refuse the whole file).
    plan = small_plan()
    body = next(iter(plan.bodies.values()))
    unit = next(iter(plan.units.values()))
    head, deputy, staff = plan.people.values()
    main_item, sub = plan.powers.values()
    del plan.bodies[body.id], plan.units[unit.id], plan.people[head.id], plan.powers[main_item.id]
    path = tmp_path / "a.rdplan"
    save_plan(plan, path)
    back = open_plan(path)
    assert (back.people[deputy.id].reports_to_id, back.people[staff.id].unit_id) == (None, None)
    assert (back.powers[sub.id].parent_id, back.powers[sub.id].body_id) == (None, None)
    assert plan.people[staff.id].unit_id == unit.id  # saving does not change the plan in memory
    assert [p.name for p in back.people.values()] == ["李红梅", "赵文"]


def test_edge_values_round_trip(tmp_path: Path) -> None:
    plan = small_plan()
    plan.info.name = "😀𠀀𪚥" * 5000
    plan.info.notes = "第一行\r\n第二行\t"
    plan.info.date = dt.date(1, 1, 1)
    next(iter(plan.powers.values())).deadline = dt.date(9999, 12, 31)
    next(iter(plan.bodies.values())).name = ""
    path = tmp_path / "a.rdplan"
    save_plan(plan, path)
    assert open_plan(path) == plan


def test_save_replaces_and_keeps_ids(tmp_path: Path) -> None:
    plan = small_plan()
    path = tmp_path / "a.rdplan"
    save_plan(plan, path)
    plan.info.name = "改过的方案"
    save_plan(plan, path)
    again = open_plan(path)
    assert again.info.name == "改过的方案"
    assert list(again.powers) == list(plan.powers)
    assert [p.name for p in tmp_path.iterdir()] == ["a.rdplan"]  # no temporary files left


def test_save_into_missing_folder_is_clear(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="文件夹不存在"):
        save_plan(small_plan(), tmp_path / "nope" / "a.rdplan")


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.rdplan"
    empty.write_bytes(b"")
    text = tmp_path / "text.rdplan"
    text.write_text("这不是数据库\n", encoding="utf-8")
    xlsx = tmp_path / "book.rdplan"
    with zipfile.ZipFile(xlsx, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    foreign = tmp_path / "foreign.rdplan"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    good = tmp_path / "good.rdplan"
    save_plan(small_plan(), good)
    corrupt = tmp_path / "corrupt.rdplan"
    data = bytearray(good.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # page 1 after the header: the schema
    corrupt.write_bytes(bytes(data))
    truncated = tmp_path / "truncated.rdplan"
    truncated.write_bytes(good.read_bytes()[:150])
    return {
        "空文件": empty,
        "不是改革方案文件": text,
        "不是改革方案文件（不是": xlsx,
        "其他程序": foreign,
        "损坏": corrupt,
        "损坏 ": truncated,
    }


def test_bad_files_give_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for expected, path in _bad_files(tmp_path).items():
        with pytest.raises(PlanFileError, match=expected.strip()):
            open_plan(path)
        assert main(["info", str(path)]) == 2
        assert main(["validate", str(path)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 2 and all(line.startswith("reformdesk: ") for line in err), err
        assert "Traceback" not in "".join(err)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="找不到"):
        open_plan(tmp_path / "missing.rdplan")
    with pytest.raises(PlanFileError, match="文件夹"):
        open_plan(tmp_path)


def test_newer_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.rdplan"
    save_plan(small_plan(), path)
    planfile._set_version(path, FORMAT_VERSION + 1)
    with pytest.raises(planfile.NewerFormatError, match="更新版本"):
        open_plan(path)


def test_older_format_is_migrated_with_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend the current format is one newer than the file and register the
    # step, to exercise the real migrate-and-back-up path.
    path = tmp_path / "old.rdplan"
    plan = small_plan()
    save_plan(plan, path)
    steps: list[int] = []

    def step(conn: object) -> None:
        steps.append(1)

    monkeypatch.setattr(planfile, "FORMAT_VERSION", FORMAT_VERSION + 1)
    monkeypatch.setitem(migrations.DATA_STEPS, FORMAT_VERSION + 1, step)
    before = path.read_bytes()
    assert open_plan(path) == plan
    assert steps == [1]
    # Reading never writes: the file keeps its format until it is saved.
    assert path.read_bytes() == before
    backup = tmp_path / f"old.v{FORMAT_VERSION}.bak.rdplan"
    assert not backup.exists()
    assert check_plan_file(path) == FORMAT_VERSION
    save_plan(plan, path)
    assert backup.read_bytes() == before, "the older file is kept when it is first saved over"
    assert check_plan_file(path) == FORMAT_VERSION + 1
    save_plan(plan, path)
    assert backup.read_bytes() == before, "and only then"


def test_a_field_added_in_a_later_version_gets_its_column_and_default(tmp_path: Path) -> None:
    # What a new field costs: its FieldSpec with ``since`` set is the whole
    # migration.  Pretend 备注 and 原实施部门 of powers came in version 2: a file
    # without those columns gains them, filled with the fields' defaults.
    path = tmp_path / "old.rdplan"
    plan = small_plan()
    save_plan(plan, path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE meta")  # a file of version 1 has no checksum
    con.execute("ALTER TABLE power DROP COLUMN note")
    con.execute("ALTER TABLE power DROP COLUMN source_department")
    con.commit()
    con.close()
    power = KINDS[EntityKind.POWER]
    later = {"note", "source_department"}
    fields = tuple(dataclasses.replace(f, since=2) if f.name in later else f for f in power.fields)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        statements = migrations.added_in(2, conn, [dataclasses.replace(power, fields=fields)])
        assert len(statements) == 2 and all(s.startswith("ALTER TABLE power ADD COLUMN") for s in statements)
        migrations.upgrade(conn, 2, [dataclasses.replace(power, fields=fields)])
    engine.dispose()
    reopened = open_plan(path)
    assert all(p.note == "" and p.source_department == "" for p in reopened.powers.values())
    assert {p.code for p in reopened.powers.values()} == {p.code for p in plan.powers.values()}


_KILL_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from reformdesk.samples.synthetic import generate_plan
    from reformdesk.store import planfile
    plan = generate_plan(powers=20000, seed=3)
    plan.info.name = "新版本"
    moment = sys.argv[2]
    original_rows, original_write = planfile._rows, planfile._write_new

    def rows_then_stall(p):
        for n, item in enumerate(original_rows(p)):
            yield item
            if n == 2:  # bodies and units written, people and powers not yet
                print("ready", flush=True)
                time.sleep(30)

    def write_then_stall(p, path):
        original_write(p, path)  # the new file is complete but not yet in place
        print("ready", flush=True)
        time.sleep(30)

    if moment == "mid-write":
        planfile._rows = rows_then_stall
    elif moment == "before-rename":
        planfile._write_new = write_then_stall
    planfile.save_plan(plan, sys.argv[1])
    print("ready", flush=True)
    time.sleep(30)
    """
)


@pytest.mark.parametrize("moment", ["mid-write", "before-rename", "after-save"])
def test_killed_save_leaves_a_whole_file(tmp_path: Path, moment: str) -> None:
    path = tmp_path / "plan.rdplan"
    old = small_plan()
    save_plan(old, path)
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILL_SCRIPT, str(path), moment],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2])),
    )
    assert proc.stdout is not None
    with proc.stdout:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.stdout.readline().strip() != "ready":
            pass
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
        proc.wait(timeout=10)
    # Either the old or the new plan, whole; never a mix.
    reopened = open_plan(path)
    if moment == "after-save":
        assert reopened.info.name == "新版本" and len(reopened.powers) == 20000
    else:
        assert reopened == old


def test_disk_full_keeps_the_old_file_and_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    path = tmp_path / "plan.rdplan"
    old = small_plan()
    save_plan(old, path)
    original = planfile._write_new

    def fill_disk(plan: Plan, target: Path) -> None:
        original(plan, target)  # the temporary file is written, then the disk fills up
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(planfile, "_write_new", fill_disk)
    changed = small_plan()
    changed.info.name = "改过的方案"
    with pytest.raises(PlanFileError, match="原文件未改动") as caught:
        save_plan(changed, path)
    assert os.strerror(errno.ENOSPC) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert open_plan(path) == old
    assert [p.name for p in tmp_path.iterdir()] == ["plan.rdplan"]  # no temporary file left behind


def test_unsavable_character_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.rdplan"
    old = small_plan()
    save_plan(old, path)
    broken = small_plan()
    broken.info.notes = "粘贴自损坏文档\ud800"  # a lone surrogate cannot be encoded as UTF-8
    with pytest.raises(PlanFileError, match="无法保存的字符"):
        save_plan(broken, path)
    assert open_plan(path) == old
    assert [p.name for p in tmp_path.iterdir()] == ["plan.rdplan"]
