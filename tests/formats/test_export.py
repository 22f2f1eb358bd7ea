"""The handover workbook, read back with openpyxl: sheets, layout, print set-up, safety."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import MergedCell
from openpyxl.worksheet import _writer as openpyxl_writer

from reformdesk.cli import main as cli_main
from reformdesk.domain.model import DelegationMode, Plan, PlanInfo, PowerType, Tier
from reformdesk.domain.validation import NAMES, validate
from reformdesk.formats.export import (
    POWER_HEADERS,
    PROGRESS_EVERY,
    ExportCancelled,
    ExportError,
    export_workbook,
)
from reformdesk.formats.importer import apply_import, plan_import, read_power_sheet
from reformdesk.formats.style import DATE_FORMAT, column_px, units
from reformdesk.store.planfile import open_plan, save_plan

PLAN_DATE = dt.date(2026, 11, 27)
LONG_BODY = "综合行政执法队（自然资源、林业草原、生态环境、市场监管联合执法）"


def _clean_plan(powers: int = 3) -> Plan:
    """A plan that validates clean: two bodies, each with a deputy and staff reporting to them."""
    plan = Plan(
        info=PlanInfo(
            name="桥头镇机构改革方案（测试）",
            town="桥头镇",
            county="大通县",
            office="中共大通县委机构编制委员会办公室",
            date=PLAN_DATE,
        )
    )
    service = plan.add_body("公共服务中心", kind="事业", authorized_posts=10, leadership_posts=2, sites=["一楼大厅"])
    police = plan.add_body(LONG_BODY, kind="行政", authorized_posts=10, leadership_posts=2)
    staff = {}
    for n, body in enumerate((service, police)):
        unit = plan.add_unit(f"原站所{n}", head_count=3, body_id=body.id)
        deputy = plan.add_person(
            f"D{n}", f"副职{n}", tier_before=Tier.DEPUTY_LEADER, tier_after=Tier.DEPUTY_IN_CHARGE, unit_id=unit.id
        )
        body.deputy_id = deputy.id
        staff[body.id] = plan.add_person(f"S{n}", f"干部{n}", post="科员", unit_id=unit.id, reports_to_id=deputy.id)
    for i in range(powers):
        body = service if i % 2 == 0 else police
        plan.add_power(
            f"QH{i:04d}",
            f"对违法占用道路行为的行政处罚{i}",
            type=PowerType.PENALTY,
            legal_basis="《中华人民共和国公路法》第七十六条",
            source_department="县交通运输局",
            mode=DelegationMode.TRANSFER,
            body_id=body.id,
            deadline=dt.date(2027, 3, 31),
            official_id=staff[body.id].id,
        )
    return plan


@pytest.fixture
def plan() -> Plan:
    """A clean plan plus user text that tries formulas and control characters, and sub-items."""
    plan = _clean_plan()
    service = plan.body_by_name("公共服务中心")
    assert service is not None
    main = next(iter(plan.powers.values()))
    plan.add_power("QH0000-1", "=SUM(A1)", parent_id=main.id, note="+8613800000000")
    plan.add_power("QH0000-2", "@x", parent_id=main.id, note="-1+2", legal_basis="坏\x01字\x1f符")
    plan.add_power("QH9999", "#N/A", body_id=service.id, note='=HYPERLINK("http://x")')
    return plan


def _export(plan: Plan, tmp_path: Path) -> openpyxl.Workbook:
    out = tmp_path / "out.xlsx"
    export_workbook(plan, out)
    return openpyxl.load_workbook(out)


def _header_row(ws) -> int:
    """The (last) header row: the frozen rows end there."""
    return int(ws.freeze_panes[1:]) - 1


def _rows(ws, first: int | None = None) -> list[tuple]:
    first = first if first is not None else _header_row(ws) + 1
    return [r for r in ws.iter_rows(min_row=first, values_only=True) if any(v is not None for v in r)]


def test_sheet_names(plan: Plan, tmp_path: Path) -> None:
    wb = _export(plan, tmp_path)
    long_sheet = ("移交清单-" + LONG_BODY)[:31]
    assert wb.sheetnames == [
        "方案概况",
        "机构设置",
        "人员及层级",
        "县级权限承接方案",
        "移交清单-公共服务中心",
        long_sheet,
        "问题清单",
    ]
    assert all(len(name) <= 31 for name in wb.sheetnames)


def test_no_problem_sheet_and_no_draft_mark_when_the_plan_is_clean(tmp_path: Path) -> None:
    plan = _clean_plan()
    assert validate(plan) == []
    wb = _export(plan, tmp_path)
    assert "问题清单" not in wb.sheetnames
    for ws in wb.worksheets:
        texts = [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]
        assert not any("草稿" in t for t in texts), ws.title
        assert not ws.oddHeader.center.text
        assert str(ws["A2"].value).startswith("填表单位（盖章）：")


@pytest.mark.parametrize("sample", ["plan_one_path", "plan_two_path"])
def test_plan_two_prints_as_a_draft_and_plan_one_does_not(sample: str, request, tmp_path: Path) -> None:
    plan = open_plan(request.getfixturevalue(sample))
    problems = validate(plan)
    wb = _export(plan, tmp_path)
    mark = f"草稿（存在 {len(problems)} 项问题，不可签署）"
    for ws in wb.worksheets:
        assert (ws["A2"].value == mark) == bool(problems), ws.title
        assert (ws.oddHeader.center.text == mark) == bool(problems), ws.title
    assert bool(problems) == (sample == "plan_two_path")


def test_delegation_sheet_headers_and_every_power_in_order(plan: Plan, tmp_path: Path) -> None:
    ws = _export(plan, tmp_path)["县级权限承接方案"]
    assert [c.value for c in ws[_header_row(ws)]] == list(POWER_HEADERS)
    rows = _rows(ws)
    assert [r[1] for r in rows] == ["QH0000", "QH0000-1", "QH0000-2", "QH0001", "QH0002", "QH9999"]
    # Sub-items right under their main item, numbered 1.1, 1.2; main items are numbers.
    assert [r[0] for r in rows] == [1, "1.1", "1.2", 2, 3, 4]
    first = rows[0]
    assert first[2:8] == (
        "对违法占用道路行为的行政处罚0",
        "行政处罚",
        "《中华人民共和国公路法》第七十六条",
        "县交通运输局",
        "直接下放",
        "公共服务中心",
    )
    assert first[8] == dt.datetime(2027, 3, 31)
    assert first[9] == "干部0"
    # A sub-item shows the body, deadline and official it takes over from its main item.
    assert rows[1][7:10] == ("公共服务中心", dt.datetime(2027, 3, 31), "干部0")
    # …and its name is indented by the cell format, not by spaces in the text.
    top = _header_row(ws) + 1
    assert ws.cell(top + 1, 3).alignment.indent > 0
    assert ws.cell(top, 3).alignment.indent == 0


def test_title_office_date_and_header_layout(plan: Plan, tmp_path: Path) -> None:
    wb = _export(plan, tmp_path)
    for ws in wb.worksheets:
        ncols = ws.max_column
        merged = {str(r) for r in ws.merged_cells.ranges}
        assert f"A1:{openpyxl.utils.get_column_letter(ncols)}1" in merged, ws.title
        assert ws["A1"].font.bold and ws["A1"].font.name == "宋体"
        # The plan has problems: the draft mark stands under the title, the 填表单位 line under it.
        assert ws["A2"].value.startswith("草稿（存在 ") and ws["A2"].value.endswith(" 项问题，不可签署）")
        assert ws["A3"].value == "填表单位（盖章）：中共大通县委机构编制委员会办公室"
        dates = [c for c in ws[3] if getattr(c, "is_date", False)]
        assert len(dates) == 1 and dates[0].value == dt.datetime(2026, 11, 27)
        assert dates[0].number_format.endswith(DATE_FORMAT) and "填表时间" in dates[0].number_format
        header = [c for c in ws[_header_row(ws)] if not isinstance(c, MergedCell)]
        assert all(c.font.bold and c.border.left.style == "thin" and c.font.name == "宋体" for c in header)


def test_freeze_panes_print_set_up_and_footer(plan: Plan, tmp_path: Path) -> None:
    wb = _export(plan, tmp_path)
    for ws in wb.worksheets:
        header = _header_row(ws)
        if ws.title.startswith("移交清单-"):
            assert ws.print_title_rows is None  # each list repeats its own header where it continues
        elif ws.title == "机构设置":
            assert ws.print_title_rows == f"${header - 1}:${header}"  # two header rows
        else:
            assert ws.print_title_rows == f"${header}:${header}"
        setup = ws.page_setup
        assert setup.orientation == "landscape"
        assert int(setup.paperSize) == 9  # A4
        assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert re.fullmatch(r"第 &P 页 共 \d+ 页", ws.oddFooter.center.text)
        assert setup.useFirstPageNumber and int(setup.firstPageNumber) == 1
        assert "草稿" in ws.oddHeader.center.text


def test_column_widths_fit_chinese_text_and_long_cells_wrap(plan: Plan, tmp_path: Path) -> None:
    ws = _export(plan, tmp_path)["县级权限承接方案"]
    # 事项名称 holds 15 CJK characters of 11 pt 宋体 (14.67 px each) on one line, whichever
    # application draws the column (formats.style.column_px: Excel's and LibreOffice's units).
    assert column_px(ws.column_dimensions["C"].width) >= 15 * 14.67
    assert ws.column_dimensions["A"].width < 10
    assert ws.cell(4, 5).alignment.wrap_text


def test_body_cells_bordered_dates_and_numbers_typed(plan: Plan, tmp_path: Path) -> None:
    wb = _export(plan, tmp_path)
    ws = wb["县级权限承接方案"]
    top = _header_row(ws) + 1
    deadline = ws.cell(top, 9)
    assert deadline.is_date and deadline.number_format == DATE_FORMAT
    assert all(c.border.bottom.style == "thin" for c in ws[top])
    assert all(c.border.bottom.style == "thin" for c in ws[top + 4])  # empty cells too
    bodies = wb["机构设置"]
    first = _rows(bodies)[0]
    # 编制 合计 and by type (not split here: blank), 领导职数 合计/正职/副职, 实有人数 as numbers
    assert first[5:13] == (10, None, None, None, 2, None, None, 2)
    assert bodies.cell(_header_row(bodies) + 1, 6).data_type == "n"


def test_user_text_never_becomes_a_formula(plan: Plan, tmp_path: Path) -> None:
    wb = _export(plan, tmp_path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    ws = wb["县级权限承接方案"]
    by_code = {ws.cell(r, 2).value: r for r in range(_header_row(ws) + 1, ws.max_row + 1)}
    for code, col, text in [
        ("QH0000-1", 3, "=SUM(A1)"),
        ("QH0000-1", 11, "+8613800000000"),
        ("QH0000-2", 3, "@x"),
        ("QH0000-2", 11, "-1+2"),
        ("QH9999", 3, "#N/A"),
        ("QH9999", 11, '=HYPERLINK("http://x")'),
    ]:
        cell = ws.cell(by_code[code], col)
        assert cell.value == text and cell.data_type == "s", (code, col)
        if text[0] in "=+-@":
            assert cell.quotePrefix, (code, col)
    assert not ws.cell(_header_row(ws) + 1, 3).quotePrefix  # ordinary text keeps the plain style


def test_control_characters_are_kept_as_excel_writes_them(plan: Plan, tmp_path: Path) -> None:
    # Table cells keep them escaped (_x0001_, which Excel and calamine decode; openpyxl shows
    # the escape); the office in the meta row is cleaned.
    plan.info.office = "编办\x07"
    ws = _export(plan, tmp_path)["县级权限承接方案"]
    basis = [r[4] for r in _rows(ws) if r[1] == "QH0000-2"]
    assert basis == ["坏_x0001_字_x001F_符"]
    assert ws["A3"].value == "填表单位（盖章）：编办"


def _blocks(ws) -> list[list[tuple]]:
    """The handover lists of a sheet: its rows cut where a new list's title starts (a page break)."""
    breaks = [b.id for b in ws.row_breaks.brk]
    rows = list(ws.iter_rows(values_only=True))
    out, start = [], 0
    for end in [*breaks, len(rows)]:
        chunk = [r for r in rows[start:end] if any(v is not None for v in r)]
        if chunk and str(chunk[0][0]).endswith("移交行政权力事项清单"):
            out.append(chunk)
        elif out:
            out[-1].extend(chunk)  # a list continued on the next page
        start = end
    return out


def test_handover_lists_one_per_department_and_body_signed_by_three_parties(plan: Plan, tmp_path: Path) -> None:
    second = plan.add_power(
        "QH8000",
        "对擅自占用城市道路的处罚",
        type=PowerType.PENALTY,
        source_department="县住房和城乡建设局",
        mode=DelegationMode.ENTRUST,
        legal_basis="《城市道路管理条例》第四十二条",
        body_id=plan.body_by_name("公共服务中心").id,
        note="案件移送",
    )
    ws = _export(plan, tmp_path)["移交清单-公共服务中心"]
    blocks = _blocks(ws)
    assert [b[0][0] for b in blocks] == [
        "县交通运输局向公共服务中心移交行政权力事项清单",
        "（未填原实施部门）向公共服务中心移交行政权力事项清单",
        "县住房和城乡建设局向公共服务中心移交行政权力事项清单",
    ]
    for n, block in enumerate(blocks, 1):
        texts = [str(v) for r in block for v in r if v is not None]
        # The plan has problems: the first list says so under its title; the later ones start
        # pages whose print header says it (once a page: not in their cells as well).
        assert block[1][0].startswith("草稿（存在 ") == (n == 1)
        assert f"编号：桥头-交-{n:03d}" in texts
        assert any(t.startswith("交接事由：") for t in texts)
        header = next(r for r in block if r[0] == "序号")
        assert header == (
            "序号", "事项编码", "事项名称", "事项类型", "实施依据", "下放方式",
            "移交资料（数量/载体）", "承接时限", "责任人", "备注",
        )  # fmt: skip
        # Exactly three parties sign: the department, the body and the 编办 that supervises.
        # (A name too long for its third of the width goes on the line after its label.)
        parties = [t.replace("：\n", "：") for t in texts if "（盖章）：" in t and not t.startswith("填表单位")]
        assert parties == [
            f"移交单位（盖章）：{block[0][0].split('向')[0]}".replace("（未填原实施部门）", ""),
            "承接单位（盖章）：公共服务中心",
            "监交单位（盖章）：中共大通县委机构编制委员会办公室",
        ]
        assert texts.count("负责人（签字）：") == 2 and "监交人（签字）：" in texts
        assert texts.count("经办人（签字）：") == 2
        assert texts[-1] == "本清单一式三份，移交单位、承接单位、监交单位各执一份。"
    first = blocks[0]
    table = [r for r in first if isinstance(r[1], str) and r[1].startswith("QH")]
    assert [r[1] for r in table] == ["QH0000", "QH0000-1", "QH0000-2", "QH0002"]
    assert [r[0] for r in table] == [1, "1.1", "1.2", 2]  # numbered within the list
    assert table[0][4] == "《中华人民共和国公路法》第七十六条"  # 实施依据
    assert any(str(r[0]).startswith("本清单共 4 项") for r in first)
    entrusted = [r for r in blocks[2] if r[1] == second.code]
    assert entrusted[0][5] == "委托" and entrusted[0][9] == "须签订委托协议；案件移送"
    assert any("委托协议" in str(r[0]) and "县住房和城乡建设局与桥头镇人民政府" in str(r[0]) for r in blocks[2])
    # Each list starts on a page of its own; the footer counts the sheet's pages.
    assert len(ws.row_breaks.brk) == 2
    assert ws.oddFooter.center.text == "第 &P 页 共 3 页"
    assert ws.oddHeader.center.text.startswith("草稿（存在 ") and not ws.firstHeader.center.text


def test_overview_people_and_problem_sheets(plan: Plan, tmp_path: Path) -> None:
    wb = _export(plan, tmp_path)
    overview = {r[1]: r[2] for r in _rows(wb["方案概况"])}
    assert overview["方案名称"] == "桥头镇机构改革方案（测试）"
    assert overview["方案日期"] == dt.datetime(2026, 11, 27)
    assert overview["事项总数（项）"] == 6
    assert overview["公共服务中心（项）"] == 5
    assert overview["行政处罚（项）"] == 3 and overview["行政许可（项）"] == 3  # by 事项类型
    assert (overview["直接下放（项）"], overview["委托（项）"], overview["授权（项）"]) == (6, 0, 0)  # by 下放方式
    assert wb["方案概况"]["A1"].value == "桥头镇机构改革方案概况（测试）"
    people = _rows(wb["人员及层级"])
    assert [r[1:3] for r in people] == [("D0", "副职0"), ("S0", "干部0"), ("D1", "副职1"), ("S1", "干部1")]
    assert people[1][5:] == ("干部", "干部", "公共服务中心", "副职0")
    problems = _rows(wb["问题清单"])
    found = validate(plan)
    assert len(problems) == len(found) > 0
    assert {r[1] for r in problems} <= {"错误", "警告"}
    header = [c.value for c in wb["问题清单"][_header_row(wb["问题清单"])]]
    assert header == ["序号", "类别", "问题", "问题说明", "涉及对象"]
    assert [r[2] for r in problems] == [NAMES[p.code] for p in found]
    # Names only, where people read them: no code (body.over_posts …) in any cell of the list.
    codes = {p.code for p in found}
    assert not [v for r in problems for v in r if isinstance(v, str) and any(c in v for c in codes)]


def test_progress_reports_up_to_the_total(tmp_path: Path) -> None:
    plan = _clean_plan(powers=PROGRESS_EVERY * 2)
    calls: list[tuple[int, int]] = []
    export_workbook(plan, tmp_path / "out.xlsx", progress=lambda d, t: calls.append((d, t)) or True)
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) > 3


@pytest.mark.parametrize("stop_after", [0, 2])
def test_cancel_leaves_no_file(tmp_path: Path, stop_after: int) -> None:
    plan = _clean_plan(powers=PROGRESS_EVERY * 3)
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"old workbook")
    calls = []
    before = set(openpyxl_writer.ALL_TEMP_FILES)

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) <= stop_after

    with pytest.raises(ExportCancelled):
        export_workbook(plan, out, progress=progress)
    assert len(calls) == stop_after + 1
    assert out.read_bytes() == b"old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]
    # The sheets openpyxl streamed to temporary files are gone too.
    assert not [p for p in set(openpyxl_writer.ALL_TEMP_FILES) - before if Path(p).exists()]


def test_missing_folder_is_an_export_error(plan: Plan, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="文件夹不存在"):
        export_workbook(plan, tmp_path / "nowhere" / "out.xlsx")


def test_cli_exit_codes(plan: Plan, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path = tmp_path / "plan.rdplan"
    save_plan(plan, plan_path)
    out = tmp_path / "out.xlsx"
    assert cli_main(["export", str(plan_path), "-o", str(out)]) == 0
    assert "县级权限承接方案" in openpyxl.load_workbook(out).sheetnames
    capsys.readouterr()

    assert cli_main(["export", str(tmp_path / "missing.rdplan"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("reformdesk: ")

    assert cli_main(["export", str(plan_path), "-o", str(tmp_path / "nowhere" / "out.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("reformdesk: ")


# -- the sample plans ----------------------------------------------------------------


def _items(plan: Plan) -> dict[str, tuple]:
    """What the delegation sheet says about each item, keyed by code (text exactly as in the plan)."""
    out = {}
    for p in plan.powers.values():
        body_id, deadline, official_id = plan.assignment(p)
        parent = plan.powers.get(p.parent_id) if p.parent_id else None
        out[p.code] = (
            p.name,
            p.type,
            p.legal_basis,
            p.source_department,
            p.mode,
            plan.bodies[body_id].name if body_id else None,
            deadline,
            plan.people[official_id].staff_id if official_id else None,
            p.note,
            parent.code if parent else None,
        )
    return out


@pytest.mark.parametrize("sample", ["plan_one_path", "plan_two_path"])
def test_sample_plans_export_every_item(sample: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    plan = open_plan(request.getfixturevalue(sample))
    wb = _export(plan, tmp_path)
    receiving = {plan.assignment(p)[0] for p in plan.powers.values()} - {None}
    assert wb.sheetnames[:4] == ["方案概况", "机构设置", "人员及层级", "县级权限承接方案"]
    handover = [n for n in wb.sheetnames if n.startswith("移交清单-")]
    assert len(handover) == len(receiving)
    assert ("问题清单" in wb.sheetnames) == bool(validate(plan))
    delegation = _rows(wb["县级权限承接方案"])
    assert sorted(r[1] for r in delegation) == sorted(p.code for p in plan.powers.values())
    handed_over = [r[1] for n in handover for r in _rows(wb[n]) if r[1] in {p.code for p in plan.powers.values()}]
    assert sorted(handed_over) == sorted(p.code for p in plan.powers.values() if plan.assignment(p)[0])
    for ws in wb.worksheets:
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row), ws.title


def test_delegation_sheet_imports_back_with_the_same_items(plan_one_path: Path, tmp_path: Path) -> None:
    plan = open_plan(plan_one_path)
    assert any(p.parent_id for p in plan.powers.values())  # the round trip covers sub-items
    out = tmp_path / "out.xlsx"
    export_workbook(plan, out)
    again = plan_import(open_plan(plan_one_path), read_power_sheet(out))
    assert (again.added, again.updated, again.bad) == ([], [], [])  # nothing to change in the plan itself
    target = open_plan(plan_one_path)
    target.powers.clear()
    preview = plan_import(target, read_power_sheet(out))
    assert preview.bad == []
    apply_import(target, preview)
    assert _items(target) == _items(plan)


def test_rows_with_long_text_are_tall_enough(tmp_path: Path) -> None:
    plan = _clean_plan(powers=3)
    first = next(iter(plan.powers.values()))
    first.legal_basis = "《青海省食品小作坊小餐饮店小食杂店和食品摊贩管理条例》第四十一条" * 2
    ws = _export(plan, tmp_path)["县级权限承接方案"]
    # 66 CJK characters in a column 40 characters of 7 px wide (about 18 per line): four lines, not one.
    assert ws.column_dimensions["E"].width == units(40)
    assert ws.row_dimensions[4].height >= 4 * 14
    assert ws.row_dimensions[5].height >= 4 * 14  # the long body name in 承接机构
    assert ws.row_dimensions[6].height is None  # short rows keep the default height


def test_officials_sharing_a_name_are_told_apart_so_the_sheet_imports_back(tmp_path: Path) -> None:
    plan = _clean_plan(powers=2)
    first, second = plan.powers.values()
    body_id = plan.assignment(first)[0]
    twin_a = plan.add_person("T1", "王五", body_id=body_id)
    twin_b = plan.add_person("T2", "王五", body_id=body_id)
    first.official_id, second.official_id = twin_a.id, twin_b.id
    second.body_id = body_id
    wb = _export(plan, tmp_path)
    officials = [r[9] for r in _rows(wb["县级权限承接方案"]) if r[1] in {first.code, second.code}]
    assert officials == ["王五（T1）", "王五（T2）"]
    preview = plan_import(plan, read_power_sheet(tmp_path / "out.xlsx"))
    assert (preview.bad, preview.updated) == ([], [])


def test_the_handover_reason_names_the_towns_own_reform() -> None:
    from reformdesk.formats.export import handover_reason

    plan = Plan(info=PlanInfo(town="桥头镇", doc_title="桥头镇经济发达镇行政管理体制改革实施方案"))
    assert handover_reason(plan) == "桥头镇经济发达镇行政管理体制改革赋权"
    # A town that is no 经济发达镇 is not called one.
    plan = Plan(info=PlanInfo(town="河湾镇", doc_title="河湾镇行政管理体制改革实施方案"))
    assert handover_reason(plan) == "河湾镇行政管理体制改革赋权"
    assert handover_reason(Plan(info=PlanInfo(town="河湾镇"))) == "河湾镇行政管理体制改革赋权"
