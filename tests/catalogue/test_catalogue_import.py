"""Department and county lists into a catalogue: subjects, responsibility columns, merging, row errors."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from reformdesk.domain.catalogue.model import SubjectKind
from reformdesk.domain.model import PowerType
from reformdesk.formats.catalogue_import import import_catalogue, levels, read_catalogue, steps, supervision
from reformdesk.formats.import_guard import SheetReadError
from reformdesk.samples.datong_catalogue import build

HEADER = [
    "序号",
    "职权编码",
    "职权名称",
    "子项",
    "职权类型",
    "实施依据",
    "责任事项",
    "追责情形",
    "问责依据",
    "监督方式/电话",
]


def department_workbook(path: Path) -> Path:
    """One sheet per department (a caption above the header), a township sheet, sub-items, a footnote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县市场监督管理局"
    ws.append(["县市场监督管理局权力清单和责任清单"])
    ws.merge_cells("A1:J1")
    ws.append(HEADER)
    ws.append(
        [
            1,
            "630121-SJ-XK-0001",
            "食品经营许可",
            None,
            "行政许可",
            "《中华人民共和国食品安全法》第三十五条",
            "1.受理；2.审查；3.决定；4.送达",
            "不依法受理的",
            "《行政机关公务员处分条例》",
            "派驻纪检组监督 0971-2710010",
        ]
    )
    ws.append(
        [
            2,
            "630121-SJ-QT-0001",
            "个体工商户登记",
            "个体工商户设立登记",
            "其他行政权力",
            "《中华人民共和国市场主体登记管理条例》第三条",
            "受理→审查→决定",
            None,
            None,
            None,
        ]
    )
    ws.append(
        [
            None,
            "630121-SJ-QT-0002",
            "个体工商户登记",
            "个体工商户注销登记",
            "其他行政权力",
            None,
            None,
            None,
            None,
            None,
        ]
    )
    ws.append([3, "630121-SJ-CF-0009", "对某行为的处罚", None, "处罚种类不明", None, None, None, None, None])
    ws.append(["注：本表为示例。"])
    town = wb.create_sheet("桥头镇")
    town.append(["序号", "职权名称", "职权类型", "法律法规依据", "具体条款", "行使层级"])
    town.append([1, "农村村民宅基地审批", "行政许可", "《中华人民共和国土地管理法》", "第六十二条", "县级、乡级"])
    wb.save(path)
    return path


def test_parsers() -> None:
    assert steps("1.受理；2.审查；3.决定；4.送达") == ["受理", "审查", "决定", "送达"]
    assert steps("立案→调查取证→审理") == ["立案", "调查取证", "审理"]
    assert steps("（1）受理\n（2）审查。") == ["受理", "审查"]
    assert levels("省、市、县") == ["省级", "市级", "县级"] and levels("县级，乡级，县级") == ["县级", "乡级"]
    assert levels("区级") == ["区级"] and levels("区") == ["区"]  # kept as written: the checks report them
    assert supervision("县纪委监委派驻纪检组监督/监督电话：0971-2710010") == (
        "县纪委监委派驻纪检组监督",
        "0971-2710010",
    )
    assert supervision("社会监督") == ("社会监督", "")


def test_a_department_workbook(tmp_path: Path) -> None:
    cat, result = read_catalogue(department_workbook(tmp_path / "list.xlsx"))
    assert result.sheets == 2 and result.subjects_added == 2
    assert [(s.name, s.kind) for s in cat.subjects.values()] == [
        ("县市场监督管理局", SubjectKind.DEPARTMENT),
        ("桥头镇", SubjectKind.TOWNSHIP),
    ]
    assert (
        len(result.unreadable) == 1 and "第 6 行" in result.unreadable[0] and "县市场监督管理局" in result.unreadable[0]
    )
    items = {i.name: i for i in cat.items.values()}
    licence = items["食品经营许可"]
    assert (licence.legal_basis, licence.basis_clause) == ("《中华人民共和国食品安全法》", "第三十五条")
    assert licence.responsibility_steps == ["受理", "审查", "决定", "送达"]
    assert (licence.supervision, licence.supervision_phone) == ("派驻纪检组监督", "0971-2710010")
    assert licence.accountability_cases == "不依法受理的"
    main = items["个体工商户登记"]
    subs = [i for i in cat.items.values() if i.parent_id == main.id]
    assert [s.name for s in subs] == ["个体工商户设立登记", "个体工商户注销登记"]
    assert all(s.type is PowerType.OTHER for s in subs)
    town = items["农村村民宅基地审批"]
    assert cat.subject_name(town) == "桥头镇" and town.levels == ["县级", "乡级"]
    assert (town.legal_basis, town.basis_clause, town.code) == ("《中华人民共和国土地管理法》", "第六十二条", "")


def test_import_into_a_catalogue_updates_and_adds_without_clearing(tmp_path: Path) -> None:
    cat = build()
    licence = next(i for i in cat.items.values() if i.code == "630121-SJ-XK-0003")  # 食品生产许可
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["职权编码", "职权名称", "职权类型", "实施主体", "责任事项", "追责情形"])
    ws.append(
        ["630121-SJ-XK-0003", "食品生产许可证核发", "行政许可", "县市场监督管理局", "受理；审查；现场核查；决定", None]
    )
    ws.append([None, "新的事项", "公共服务", "县教育局", None, None])
    path = tmp_path / "update.xlsx"
    wb.save(path)
    before_cases = licence.accountability_cases
    result = import_catalogue(cat, path)
    assert (result.added, result.updated, result.subjects_added) == (1, 1, 0)
    result.changes.apply(cat)
    assert licence.name == "食品生产许可证核发"
    assert licence.responsibility_steps == ["受理", "审查", "现场核查", "决定"]
    assert licence.accountability_cases == before_cases  # an empty cell clears nothing
    new = next(i for i in cat.items.values() if i.name == "新的事项")
    assert cat.subject_name(new) == "县教育局" and new.code == ""  # codes are never invented
    result.changes.revert(cat)
    assert cat == build()
    again = import_catalogue(cat, path)
    assert again.added == 1  # nothing applied: the same again


def test_an_unreadable_file_is_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(SheetReadError):
        read_catalogue(bad)


def test_a_key_twice_in_one_sheet_is_one_item(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["职权名称", "职权类型", "实施主体", "追责情形"])
    ws.append(["农村村民宅基地审批", "行政许可", "桥头镇", "甲"])
    ws.append(["农村村民宅基地审批", "行政许可", "城关镇", "乙"])
    ws.append(["农村村民宅基地审批", "行政许可", "桥头镇", "丙"])
    path = tmp_path / "twice.xlsx"
    wb.save(path)
    cat, result = read_catalogue(path)
    assert result.added == 2
    assert sorted((cat.subject_name(i), i.accountability_cases) for i in cat.items.values()) == [
        ("城关镇", "乙"),
        ("桥头镇", "丙"),
    ]


def test_a_hidden_sheet_and_a_wrong_total_are_named_and_a_total_with_sub_items_is_right(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The county's list had an old hidden sheet and a 合计 row: the import said nothing of either
    # (the power import names both), and its 共17项 (15 主项 + 2 子项) would have read as wrong.
    from reformdesk.domain.catalogue.model import Catalogue

    def workbook(total: str):  # type: ignore[no-untyped-def]
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "清单"
        ws.append(["序号", "实施主体", "职权编码", "职权名称", "职权类型"])
        ws.append([1, "县自然资源局", "ZR-1", "建设用地审批", "行政许可"])
        ws.append(["1.1", "县自然资源局", "ZR-1-1", "农用地转用审批", "行政许可"])
        ws.append([2, "县自然资源局", "ZR-2", "临时用地审批", "行政许可"])
        ws.append(["合计", None, None, total])
        hidden = wb.create_sheet("旧表")
        hidden.append(["序号", "职权名称", "职权类型"])
        hidden.append([1, "已废止事项", "行政许可"])
        hidden.sheet_state = "hidden"
        path = tmp_path / f"{total}.xlsx"
        wb.save(path)
        return path

    for total in ("共2项", "共3项"):  # main items only, or with the sub-item: both right
        result = import_catalogue(Catalogue(), workbook(total))
        assert result.added == 3 and not result.unreadable
        assert result.to_check == ["未读取工作表“旧表”：隐藏的工作表（如需导入，请在表格中取消隐藏后再导入）"]
    result = import_catalogue(Catalogue(), workbook("共5项"))
    assert len(result.to_check) == 2 and "写明 5 项，读到 2 项" in result.to_check[1]
    assert any(line.startswith("需核对：") for line in result.describe())
