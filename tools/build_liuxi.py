"""Build the second sample town, 柳溪镇 (示例县), the way a clerk would: ``python tools/build_liuxi.py [DIR]``.

1. writes the town's roster (``liuxi_roster.xlsx``: a unit sheet and a people
   sheet, laid out as towns send them) and the county's power list
   (``liuxi_powers.xlsx``) from ``reformdesk/samples/liuxi.py``;
2. ``reformdesk new`` — an empty plan with the town's settings;
3. ``reformdesk import`` of the roster — units and people, tiers proposed from 职务;
4. the office's decisions as domain edits: four bodies with posts per 编制类型,
   units merged into them, 转为三级管理, deputies in charge;
5. ``reformdesk import`` of the power list.

Everything is illustrative.  Running it twice writes workbooks of the same content;
the plan's ids are new each time (as for any plan made by hand).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reformdesk.cli import main as cli  # noqa: E402
from reformdesk.domain import edits  # noqa: E402
from reformdesk.domain.model import PostCounts, PostType  # noqa: E402
from reformdesk.formats.export import POWER_HEADERS  # noqa: E402
from reformdesk.samples import liuxi  # noqa: E402
from reformdesk.store.plan_store import PlanLocation, store_for  # noqa: E402

FIXED_TIME = dt.datetime(2026, 12, 1, 9, 0, 0)


def _workbook():
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "ReformDesk sample"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def write_roster(path: Path) -> Path:
    """The roster as the real-name system exports it, with its usual rows around the table."""
    wb = _workbook()
    units = wb.active
    units.title = "机构"
    units.append([f"{liuxi.TOWN}机构编制实名制花名册（机构）——示例数据，纯属虚构"])
    units.merge_cells("A1:G1")
    units.append([f"填报单位：{liuxi.TOWN}人民政府（盖章）", "", "", "", "", "填报时间：2026年11月"])
    units.append(["序号", "单位名称", "机构性质", "核定编制", "领导职数", "实有人数", "备注"])
    for row in liuxi.UNITS:
        units.append(list(row))
    units.append(["合计", "", "", 21, 6, 19, ""])
    units.append(["注：核定编制以县编委批复为准。"])

    people = wb.create_sheet("人员")
    people.append([f"{liuxi.TOWN}机构编制实名制人员花名册——示例数据，纯属虚构"])
    people.merge_cells("A1:L1")
    people.append([f"填报单位：{liuxi.TOWN}人民政府", "", "", "", "", "", "", "", "填报时间：2026年11月"])
    people.append([])
    # Headers in the system's own order and words (人员编号 for 工号, 所在科室站所, 人员类别 …).
    people.append(
        [
            "序号",
            "人员编号",
            "姓名",
            "所在科室站所",
            "职务",
            "职级",
            "性别",
            "出生年月",
            "民族",
            "人员类别",
            "进编时间",
            "备注",
        ]
    )
    seq = 0
    for unit, members in liuxi.PEOPLE:
        rows = []
        for staff_id, name, post, grade, gender, birth, nation, ptype, joined, note in members:
            seq += 1
            cell_id = staff_id if seq != 5 else "ＬＸ００５"  # full-width, as pasted from a web form
            people.append([seq, cell_id, name, unit, post, grade, gender, birth, nation, ptype, joined, note])
            rows.append(people.max_row)
        first, last = rows[0], rows[-1]
        for r in range(first + 1, last + 1):
            people.cell(row=r, column=4).value = None  # the unit merged down over its people
        if last > first:
            people.merge_cells(start_row=first, start_column=4, end_row=last, end_column=4)
        people.append(["小计", "", f"{len(members)}人"])
        people.append([""])  # a blank row between units
    people.append(["合计", "", f"{seq}人"])
    people.append(["注：1. 人员类别按实名制系统填写；2. 本表为示例数据，纯属虚构。"])
    people.append(["填表人：某某", "", "", "审核人：某某", "", "", "联系电话：0000-0000000"])
    wb.save(path)
    return path


def write_powers(path: Path) -> Path:
    wb = _workbook()
    ws = wb.active
    ws.title = "县级权限承接方案"
    ws.append([f"示例县向{liuxi.TOWN}下放行政权力事项清单（示例数据，纯属虚构）"])
    ws.merge_cells("A1:K1")
    ws.append(list(POWER_HEADERS))
    for row in liuxi.POWERS:
        ws.append(list(row))
    wb.save(path)
    return path


def _run(*args: str) -> None:
    print("$ reformdesk " + " ".join(args))
    code = cli(list(args))
    if code != 0:
        raise SystemExit(f"reformdesk {args[0]} failed with exit code {code}")


def build(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    roster = write_roster(out / liuxi.ROSTER_FILE)
    powers = write_powers(out / liuxi.POWERS_FILE)
    plan_path = out / liuxi.PLAN_FILE
    plan_path.unlink(missing_ok=True)
    _run(
        "new", str(plan_path), "--name", liuxi.NAME, "--town", liuxi.TOWN, "--county", liuxi.COUNTY,
        "--office", liuxi.OFFICE, "--date", liuxi.DATE.isoformat(), "--author", liuxi.AUTHOR,
    )  # fmt: skip
    _run("import", str(plan_path), str(roster))

    location = PlanLocation.file(plan_path)
    store = store_for(location)
    plan = store.read(location)
    plan.info.notes = liuxi.NOTE
    for name, kind, posts, leaders, units, _deputy in liuxi.BODIES:
        counts = PostCounts.of({PostType(k): n for k, n in posts.items()})
        changes, body = edits.add_body(
            plan, name, kind=kind, posts_by_type=counts, authorized_posts=counts.total, leadership_posts=leaders
        )
        changes.apply(plan)
        unit_ids = [plan.unit_by_name(u).id for u in units]  # type: ignore[union-attr]
        edits.move_units(plan, unit_ids, body.id).apply(plan)
    edits.three_tier_proposal(plan).apply(plan)
    for name, *_rest, deputy in liuxi.BODIES:
        person = next(p for p in plan.people.values() if p.name == deputy)
        edits.assign_deputy(plan, [plan.body_by_name(name).id], person.id).apply(plan)  # type: ignore[union-attr]
    store.save(plan, location)
    print(f"merged into {len(plan.bodies)} bodies, three tiers, deputies in charge assigned")
    _run("import", str(plan_path), str(powers))
    _run("info", str(plan_path))
    return plan_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=ROOT / "sample_plans")
    build(parser.parse_args().directory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
