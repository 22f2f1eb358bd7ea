"""Reading awkward county power sheets: header search, synonyms, clean-up, sub-items."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reformdesk.domain.model import DelegationMode, PowerType
from reformdesk.formats.import_values import ImportField
from reformdesk.formats.importer import SheetReadError, read_power_sheet
from tests.formats.import_helpers import HEADER, write_xlsx


def test_title_rows_merged_cells_and_handover_layout(tmp_path: Path) -> None:
    rows = [
        ["桥头镇县级权限承接方案"],
        ["填表单位：大通县委编办", None, None, None, "填表时间：2026年11月27日"],
        [],
        HEADER,
        [
            1,
            "630121",
            "食品经营许可",
            "行政许可",
            "《食品安全法》",
            "县市场监管局",
            "直接下放",
            "公共服务中心",
            dt.date(2027, 3, 31),
            "张三（0001）",
            "",
        ],
        [
            "1.1",
            "630121001",
            "食品经营许可（新办）",
            "行政许可",
            "",
            "县市场监管局",
            "委托",
            "公共服务中心",
            "2027年3月31日",
            "张三",
            "",
        ],
        ["1.2", "630121002", "食品经营许可（延续）", "许可", "", "县市场监管局", "授权", "", "", "", ""],
        [2, "630122", "对违法行为的处罚", "处罚", "", "县市场监管局", "", "", "2027.3.31", "", "见附件"],
    ]
    read = read_power_sheet(write_xlsx(tmp_path / "list.xlsx", rows, merges=["A1:K1", "A2:D2", "E2:K2"]))
    assert read.header_row == 4
    assert read.sheet == "Sheet"
    assert [r.row for r in read.rows] == [5, 6, 7, 8]
    main, sub1, sub2, second = read.rows
    assert main.official == "张三（0001）" and main.deadline == dt.date(2027, 3, 31)
    assert (sub1.sub_item, sub1.parent_row, sub1.mode, sub1.deadline) == (
        True,
        5,
        DelegationMode.ENTRUST,
        dt.date(2027, 3, 31),
    )
    assert (sub2.sub_item, sub2.parent_row, sub2.type, sub2.mode) == (
        True,
        5,
        PowerType.LICENSING,
        DelegationMode.AUTHORISE,
    )
    assert (second.sub_item, second.type, second.deadline, second.note) == (
        False,
        PowerType.PENALTY,
        dt.date(2027, 3, 31),
        "见附件",
    )
    assert all(not r.problems for r in read.rows)


def test_synonyms_shuffled_columns_and_clean_up(tmp_path: Path) -> None:
    rows = [
        ["大通县县级行政权力清单（下放部分）"],
        ["备 注", "职权类别", "权力名称（全称）", "实施主体", "*职权编码", "设定依据", "赋权方式", "承接主体"],
        [
            "",
            "行政处罚类",
            "  对未取得许可 从事经营的处罚  ",
            "县市场监管局 ",
            630121.0,
            "《食品安全法》\u3000第一百二十二条",
            "委托",
            "公共服务中心 ",
        ],
        ["", "检查", "\u3000食品安全检查", "县市场监管局", "６３０１２２", "", "直接下放", "公共 服务中心"],
        ["", "其它", "其他权力事项", "县林草局", " 630123 ", "", "", ""],
    ]
    read = read_power_sheet(write_xlsx(tmp_path / "list.xlsx", rows))
    assert read.header_row == 2
    assert set(read.columns) == {
        ImportField.NOTE,
        ImportField.TYPE,
        ImportField.NAME,
        ImportField.SOURCE_DEPARTMENT,
        ImportField.CODE,
        ImportField.LEGAL_BASIS,
        ImportField.MODE,
        ImportField.BODY,
    }
    a, b, c = read.rows
    assert (a.code, a.name, a.type, a.source_department, a.body) == (
        "630121",
        "对未取得许可 从事经营的处罚",  # kept as written, only trimmed
        PowerType.PENALTY,
        "县市场监管局",
        "公共服务中心",
    )
    assert a.legal_basis == "《食品安全法》\u3000第一百二十二条"
    assert (b.code, b.name, b.type, b.mode) == ("630122", "食品安全检查", PowerType.INSPECTION, DelegationMode.TRANSFER)
    assert b.body == "公共服务中心"
    assert (c.code, c.type, c.mode) == ("630123", PowerType.OTHER, None)


def test_blank_subtotal_note_and_repeated_header_rows_are_skipped(tmp_path: Path) -> None:
    rows = [
        HEADER,
        [1, "630121", "事项甲", "行政许可"],
        [None, None, None, None],
        ["小计", None, None, None, None, None, None, None, None, None, "1项"],
        HEADER,
        [2, "630122", "事项乙", "行政许可"],
        [None, None, "合 计"],
        ["注：本表由县委编办汇总"],
    ]
    read = read_power_sheet(write_xlsx(tmp_path / "list.xlsx", rows))
    assert [r.code for r in read.rows] == ["630121", "630122"]
    assert [(s.row, s.reason) for s in read.skipped] == [
        (4, "合计行"),
        (5, "重复的表头"),
        (7, "合计行"),
        (8, "注释说明行"),
    ]
    assert read.skipped[-1].text == "注：本表由县委编办汇总"


def test_bad_cells_give_chinese_reasons_with_excel_row_numbers(tmp_path: Path) -> None:
    rows = [
        ["权力清单"],
        HEADER,
        [1, "630121", "", "行政许可"],
        [2, "630122", "事项乙", "行政审查"],
        [3, "630123", "事项丙", "行政许可", "", "", "转交", "", "明年三月"],
        [4, 1.2345678901234567e17, "事项丁", "行政许可"],
        [5, "", "事项戊", "行政许可"],
        [6, "630126", "事项己", "行政许可", "", "", "", "", 3.5],
    ]
    read = read_power_sheet(write_xlsx(tmp_path / "list.xlsx", rows))
    problems = {r.row: r.problems for r in read.rows}
    assert problems[3] == ("缺少事项名称",)
    # Values the mapping step interprets are kept as written, not refused here.
    assert problems[4] == () and read.rows[1].written == {ImportField.TYPE: "行政审查"}
    assert problems[5] == ()
    assert read.rows[2].written == {ImportField.MODE: "转交", ImportField.DEADLINE: "明年三月"}
    assert "科学计数法" in problems[6][0]
    assert problems[7] == () and read.rows[4].flags == ("缺少事项编码（按部门和名称匹配）",)
    assert read.rows[5].written == {ImportField.DEADLINE: "3.5"}


def test_excel_serial_number_and_compact_dates(tmp_path: Path) -> None:
    rows = [HEADER, [1, "1", "甲", "许可", "", "", "", "", 46477], [2, "2", "乙", "许可", "", "", "", "", "2027/3/31"]]
    read = read_power_sheet(write_xlsx(tmp_path / "list.xlsx", rows))
    assert [r.deadline for r in read.rows] == [dt.date(2027, 3, 31)] * 2


def test_sub_item_marker_in_name_and_orphan_sub_item(tmp_path: Path) -> None:
    rows = [
        ["事项编码", "事项名称", "事项类型"],
        ["A01", "└ 孤立子项", "许可"],
        ["A02", "主项", "许可"],
        ["A03", "子项1：第一子项", "许可"],
        ["A04", "—第二子项", "许可"],
    ]
    read = read_power_sheet(write_xlsx(tmp_path / "list.xlsx", rows))
    orphan, main, s1, s2 = read.rows
    assert orphan.problems == ("子项前面没有所属的主项",)
    assert (main.sub_item, s1.name, s1.parent_row, s2.name, s2.parent_row) == (False, "第一子项", 3, "第二子项", 3)


def test_merged_department_cells_fill_their_rows(tmp_path: Path) -> None:
    rows = [
        HEADER,
        [1, "1", "甲", "许可", "", "县林草局"],
        [2, "2", "乙", "许可", "", None],
        [3, "3", "丙", "许可", "", None],
    ]
    read = read_power_sheet(write_xlsx(tmp_path / "list.xlsx", rows, merges=["F2:F4"]))
    assert [r.source_department for r in read.rows] == ["县林草局"] * 3


def test_two_level_header(tmp_path: Path) -> None:
    rows = [
        ["事项编码", "事项名称", "事项类型", "承接情况", None, None],
        [None, None, None, "承接机构", "承接时限", "责任人"],
        ["1", "甲", "许可", "公共服务中心", "2027-03-31", "张三"],
    ]
    read = read_power_sheet(write_xlsx(tmp_path / "list.xlsx", rows, merges=["D1:F1"]))
    assert read.header_row == 1
    (row,) = read.rows
    assert (row.body, row.deadline, row.official) == ("公共服务中心", dt.date(2027, 3, 31), "张三")


def test_handover_sheet_is_preferred_and_unrelated_sheets_are_passed(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "封面"
    wb.active.append(["桥头镇改革方案"])
    ws = wb.create_sheet("县级权限承接方案")
    ws.append(HEADER)
    ws.append([1, "630121", "甲", "许可"])
    wb.save(tmp_path / "book.xlsx")
    read = read_power_sheet(tmp_path / "book.xlsx")
    assert (read.sheet, [r.code for r in read.rows]) == ("县级权限承接方案", ["630121"])


def test_sheet_without_header_names_the_expected_columns(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [["姓名", "年龄"], ["张三", 30]])
    with pytest.raises(
        SheetReadError, match="没有找到权力清单的表头：需要 事项名称（或 职权名称/权力名称/权力事项名称）列"
    ):
        read_power_sheet(path)
    path = write_xlsx(tmp_path / "half.xlsx", [["事项编码", "事项类型"], ["1", "许可"]])
    with pytest.raises(SheetReadError, match="第 1 行像是表头，但缺少“事项名称”"):
        read_power_sheet(path)


MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


def test_ods_file(tmp_path: Path) -> None:
    import zipfile

    def cell(value: str, kind: str = "string") -> str:
        if kind == "date":
            return f'<table:table-cell office:value-type="date" office:date-value="{value}"><text:p>{value}</text:p></table:table-cell>'
        if kind == "float":
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    header = "".join(cell(h) for h in ["事项编码", "事项名称", "事项类型", "承接时限"])
    data = cell("630121", "float") + cell("甲") + cell("行政许可") + cell("2027-03-31", "date")
    tail = '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="清单"><table:table-row>{header}</table:table-row><table:table-row>{data}</table:table-row>{tail}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "list.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    read = read_power_sheet(path)
    (row,) = read.rows
    assert (read.sheet, row.code, row.name, row.type, row.deadline) == (
        "清单",
        "630121",
        "甲",
        PowerType.LICENSING,
        dt.date(2027, 3, 31),
    )


def test_formula_cells_import_their_values(tmp_path: Path) -> None:
    # Excel saves a formula with its last value; the importer takes the value,
    # as a person reading the sheet would, and never evaluates anything.
    import zipfile

    plain = write_xlsx(tmp_path / "plain.xlsx", [HEADER, [1, "630121-SJ-XK-0001", "PLACEHOLDER", "行政许可"]])
    with zipfile.ZipFile(plain) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    start = sheet.index('<c r="C2"')
    end = sheet.index("</c>", start) + len("</c>")
    formula = '<c r="C2" t="str"><f>CONCATENATE("食品经营","许可")</f><v>食品经营许可</v></c>'
    parts["xl/worksheets/sheet1.xml"] = (sheet[:start] + formula + sheet[end:]).encode("utf-8")
    with_formula = tmp_path / "formula.xlsx"
    with zipfile.ZipFile(with_formula, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    read = read_power_sheet(with_formula)
    assert [(r.row, r.name, r.problems) for r in read.rows] == [(2, "食品经营许可", ())]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("行政强制措施", PowerType.ENFORCEMENT),
        ("行政强制执行", PowerType.ENFORCEMENT),
        ("强制措施类", PowerType.ENFORCEMENT),
        ("行政监督检查", PowerType.INSPECTION),
        ("监督检查", PowerType.INSPECTION),
    ],
)
def test_type_in_its_legal_kinds(tmp_path: Path, written: str, expected: PowerType) -> None:
    # County lists split 行政强制 into 措施 and 执行 (行政强制法 第二条); such a row was refused
    # as 缺少职权类型 and the whole list with it.
    rows = [["序号", "事项名称", "事项类型"], [1, "查封扣押不符合食品安全标准的食品", written]]
    read = read_power_sheet(write_xlsx(tmp_path / "list.xlsx", rows))
    assert [(r.type, r.problems) for r in read.rows] == [(expected, ())]
