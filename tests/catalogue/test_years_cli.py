"""The yearly versions on the command line and in workbooks: diff, new-year, approvals; the 大通县 samples."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from reformdesk.cli import main
from reformdesk.domain.catalogue.approvals import approval_catalogue
from reformdesk.samples import datong_years
from reformdesk.samples.datong_catalogue import SAMPLE_FILE, build
from reformdesk.store.catalogue_file import open_catalogue
from tests.conftest import PLAN_ONE, SAMPLES

CURRENT = SAMPLES / SAMPLE_FILE
BASE = SAMPLES / datong_years.BASE_FILE
LAST = SAMPLES / datong_years.LAST_FILE


def test_the_sample_years_are_what_their_generator_builds() -> None:
    current = build()
    assert open_catalogue(BASE) == datong_years.base_year(current)
    assert open_catalogue(LAST) == datong_years.last_year(current)
    # The seed: about 90 approval items cancelled or adjusted since 2015, a rate over 50%.
    result = approval_catalogue(open_catalogue(BASE), current)
    assert 85 <= result.cancelled + result.adjusted <= 90 and result.rate is not None and result.rate >= 0.5
    assert all("示例" in r.basis and r.doc_no.startswith("大政〔") for r in current.adjustments.values())


def test_diff_of_two_years(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(LAST), str(CURRENT), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {"新增": 2, "取消": 2, "下放": 2, "合并": 1, "分设": 1, "变更": 2}
    assert (data["old"]["year"], data["new"]["year"]) == (2025, 2026)
    assert all(c["recorded"] and c["reason"] and c["doc_no"] for c in data["changes"])  # the sample records them
    change = next(c for c in data["changes"] if c["action"] == "变更")
    assert change["fields"] == [
        {"field": "basis_clause", "label": "具体条款", "before": "第七条、第八条", "after": "第七条"}
    ]
    assert main(["diff", str(CURRENT), str(CURRENT)]) == 0
    assert "没有差异" in capsys.readouterr().out
    assert main(["diff", str(CURRENT), str(PLAN_ONE)]) == 2
    assert "不是权责清单文件" in capsys.readouterr().err

    out = tmp_path / "调整表.xlsx"
    assert main(["diff", str(LAST), str(CURRENT), "-o", str(out)]) == 1
    ws = openpyxl.load_workbook(out)["年度动态调整表"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0][0] == "大通县权责清单2026年度动态调整表"
    header = next(r for r in rows if r[0] == "序号")
    assert header == [
        "序号",
        "实施主体",
        "事项编码",
        "事项名称",
        "调整类型",
        "调整前",
        "调整后",
        "调整理由",
        "文件依据（文号）",
        "日期",
    ]
    body = rows[rows.index(header) + 1 : rows.index(header) + 11]
    assert [r[4] for r in body] == ["新增", "新增", "取消", "取消", "下放", "下放", "合并", "分设", "变更", "变更"]
    assert body[0][8] == "《大通县人民政府关于公布2026年权责清单动态调整事项的通知》（示例）（大政〔2026〕5号）"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows
    assert "共 1 页" in ws.oddFooter.center.text


def test_record_then_complete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "2027.rdcatalog"
    assert main(["new-year", str(CURRENT), str(new)]) == 0
    assert "2027年度版本" in capsys.readouterr().out
    cat = open_catalogue(new)
    assert cat.info.year == 2027 and cat.info.title == "大通县权力清单和责任清单（2027年版）"
    assert len(cat.adjustments) == len(open_catalogue(CURRENT).adjustments)  # the history travels
    assert main(["new-year", str(CURRENT), str(new)]) == 2  # never over an existing file
    # Nothing changed yet: nothing to record.
    assert main(["diff", str(CURRENT), str(new), "--record"]) == 0
    # A changed copy: the records are proposed, saved, and not proposed twice.
    last = tmp_path / "2025.rdcatalog"
    shutil.copy(LAST, last)
    current = tmp_path / "2026.rdcatalog"
    shutil.copy(CURRENT, current)
    doc = open_catalogue(current)
    doc.adjustments = {k: r for k, r in doc.adjustments.items() if r.year < 2026}
    from reformdesk.store.catalogue_file import save_catalogue

    save_catalogue(doc, current)
    capsys.readouterr()
    assert main(["diff", str(last), str(current), "--record"]) == 1
    assert "新增 10 条动态调整记录" in capsys.readouterr().out
    assert sum(1 for r in open_catalogue(current).adjustments.values() if r.year == 2026) == 10
    assert main(["diff", str(last), str(current), "--record"]) == 1
    assert "新增 0 条" in capsys.readouterr().out


def test_approvals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["approvals", str(BASE), str(CURRENT), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["base_items"], data["cancelled"], data["adjusted"], data["delegated"], data["kept"]) == (
        112,
        58,
        30,
        20,
        24,
    )
    assert data["rate_text"] == "精简率 69.6%（取消 58 + 下放 20）÷ 112"
    assert data["by_mode"] == {"下放": 20, "合并": 6, "分设": 0, "改为备案": 4, "其他": 0}
    cancelled = [e for e in data["entries"] if e["status"] == "取消"]
    assert all(e["reason"] and "大政〔" in e["document"] for e in cancelled)
    assert sum(1 for e in cancelled if e["year"] == 2016) == 15
    assert {e["now_by"] for e in data["entries"] if e["mode"] == "下放"} == {"桥头镇"}  # from the items' 备注
    merged = [e for e in data["entries"] if e["mode"] == "合并"]
    assert len(merged) == 6 and all(e["reason"] == "合并或拆分" and "大政〔" in e["document"] for e in merged)
    out = tmp_path / "目录.xlsx"
    assert main(["approvals", str(BASE), str(CURRENT), "-o", str(out)]) == 0
    assert "精简率 69.6%" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["取消目录", "调整目录", "保留目录"]
    for name, count, header in (
        ("取消目录", 58, ["序号", "事项名称", "设定依据", "原实施部门", "取消理由/文件"]),
        ("调整目录", 30, ["序号", "事项名称", "设定依据", "原实施部门", "调整方式", "调整后实施机关", "调整理由/文件"]),
        ("保留目录", 24, ["序号", "事项名称", "实施机关", "依据"]),
    ):
        rows = [[c.value for c in r] for r in wb[name].iter_rows()]
        assert rows[0][0] == f"大通县{name[:2]}的行政审批事项目录（2026年，共 {count} 项）"
        assert any("精简率 69.6%（取消 58 + 下放 20）÷ 112" in r for r in rows[:5])
        start = rows.index(header) + 1
        assert [r[0] for r in rows[start:] if isinstance(r[0], int)] == list(range(1, count + 1))
        if count > 20:  # more than a page: the header is repeated on the next (a block sheet writes it again)
            assert rows.count(header) > 1
        assert wb[name].page_setup.orientation == "landscape"
    assert main(["approvals", str(BASE), str(PLAN_ONE)]) == 2


def test_an_empty_approval_list_says_none(tmp_path: Path) -> None:
    # A year that cancelled nothing printed 取消目录 as a bare header row: a published list says 无.
    out = tmp_path / "目录.xlsx"
    assert main(["approvals", str(BASE), str(BASE), "-o", str(out)]) == 0  # the base year against itself
    wb = openpyxl.load_workbook(out)
    for name in ("取消目录", "调整目录"):
        rows = [[c.value for c in r] for r in wb[name].iter_rows()]
        assert rows[0][0].endswith("共 0 项）")
        header = next(i for i, r in enumerate(rows) if r[0] == "序号")
        assert rows[header + 1][1] == "无" and rows[header + 1][0] in (None, "")
