"""三级四同: matching by code then name + type, the compared fields, normalisation, adopting values."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from reformdesk.domain.catalogue import edits
from reformdesk.domain.catalogue.conformity import adopt, adopt_all, as_json, conform, normalise
from reformdesk.domain.catalogue.model import Catalogue
from reformdesk.domain.model import PowerType
from reformdesk.formats.catalogue_import import read_catalogue
from reformdesk.samples import qinghai_reference
from reformdesk.samples.datong_catalogue import build
from tests.conftest import SAMPLES

L, P = PowerType.LICENSING, PowerType.PENALTY


def catalogue(*items: tuple[str, str, PowerType, str, str]) -> Catalogue:
    cat = Catalogue()
    edits.add_subjects([edits.new_subject("县市场监督管理局", id="s")]).apply(cat)
    new = [
        edits.new_item(name, "s", t, id=f"i{n}", code=code, legal_basis=law, basis_clause=clause)
        for n, (code, name, t, law, clause) in enumerate(items)
    ]
    edits.add_items(cat, new).apply(cat)
    return cat


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("民办学校（幼儿园）设立审批", "民办学校(幼儿园)设立审批"),
        ("食品经营许可", " 食品经营 许可\u3000"),
        ("《中华人民共和国食品安全法》", "〈中华人民共和国食品安全法〉"),
        ("《中华人民共和国食品安全法》", "＜中华人民共和国食品安全法＞"),
        ("《中华人民共和国食品安全法》", "“中华人民共和国食品安全法”"),
        ("第３５条", "第35条"),
    ],
)
def test_normalise_makes_spellings_equal(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


def test_normalise_keeps_real_differences() -> None:
    assert normalise("第三十五条") != normalise("第三十六条")
    assert normalise("食品经营许可") != normalise("食品生产许可")


def test_match_by_code_then_by_name_and_type() -> None:
    county = catalogue(
        ("A-1", "食品经营许可", L, "《食品安全法》", "第三十五条"),  # same code, another name
        ("A-9", "食品生产许可", L, "《食品安全法》", "第三十五条"),  # other code, same name and type
        ("", "对无照经营的处罚", P, "《无证无照经营查处办法》", "第十三条"),  # no code, by name and type
        ("A-7", "县级独有事项", L, "《某条例》", "第一条"),
        ("", "食品生产许可", P, "《食品安全法》", "第一百二十二条"),  # same name, other type: not matched
    )
    reference = catalogue(
        ("A-1", "食品经营许可证核发", L, "《食品安全法》", "第三十五条"),
        ("A-2", "食品生产许可", L, "《食品安全法》", "第三十五条"),
        ("A-3", "对无照经营的处罚", P, "《无证无照经营查处办法》第十三条", ""),  # split otherwise: the same basis
        ("A-4", "缺少的事项", L, "《某法》", "第二条"),
    )
    r = conform(county, reference)
    assert r.pairs == {"i0": "i0", "i1": "i1", "i2": "i2"}
    assert [
        (m.item_id, m.matched_by, [(d.field, d.county, d.reference) for d in m.differences]) for m in r.mismatches
    ] == [
        ("i0", "code", [("name", "食品经营许可", "食品经营许可证核发")]),
        ("i1", "name_type", [("code", "A-9", "A-2")]),
        ("i2", "name_type", [("code", "", "A-3")]),  # the county's item lacks the code: adopt it from the reference
    ]
    assert r.county_only == ["i3", "i4"] and r.missing == ["i3"]
    assert not r.conforms and r.conforming == 0
    data = as_json(county, reference, r)
    assert data["differing"][0]["fields"] == [  # type: ignore[index]
        {"field": "name", "label": "职权名称", "county": "食品经营许可", "reference": "食品经营许可证核发"}
    ]
    assert [i["name"] for i in data["county_only"]] == ["县级独有事项", "食品生产许可"]  # type: ignore[union-attr]
    assert [i["code"] for i in data["missing"]] == ["A-4"]  # type: ignore[union-attr]


def test_a_reference_item_matches_one_county_item() -> None:
    county = catalogue(("A-1", "食品经营许可", L, "", ""), ("A-1", "食品经营许可", L, "", ""))
    reference = catalogue(("A-1", "食品经营许可", L, "", ""))
    r = conform(county, reference)
    assert r.pairs == {"i0": "i0"} and r.county_only == ["i1"] and r.conforms


def test_type_and_basis_differences() -> None:
    county = catalogue(("A-1", "x", L, "《甲法》", "第一条"), ("A-2", "y", L, "《甲法》", "第一条"))
    reference = catalogue(("A-1", "x", P, "《乙法》", "第一条"), ("A-2", "y", L, "《甲法》", "第二条"))
    r = conform(county, reference)
    assert [[d.field for d in m.differences] for m in r.mismatches] == [["type", "legal_basis"], ["basis_clause"]]


def test_adopting_one_field_is_undoable() -> None:
    county = catalogue(("A-1", "食品经营许可", L, "《食品安全法》", "第三十五条"))
    reference = catalogue(("A-1", "食品经营许可证核发", P, "《食品安全法》", "第三十六条"))
    before = copy.deepcopy(county)
    cs = adopt(county, reference, "i0", "i0", "name")
    cs.apply(county)
    assert county.items["i0"].name == "食品经营许可证核发" and county.items["i0"].type is L
    assert [d.field for d in conform(county, reference).mismatches[0].differences] == ["type", "basis_clause"]
    cs.revert(county)
    assert county == before
    every = adopt_all(county, reference, conform(county, reference))
    every.apply(county)
    assert conform(county, reference).conforms
    every.revert(county)
    assert county == before
    assert not adopt(county, county, "i0", "i0", "name")  # nothing to take: an empty change set
    with pytest.raises(ValueError, match="不比较"):
        adopt(county, reference, "i0", "i0", "note")


def test_the_sample_reference_differs_as_designed() -> None:
    reference, read = read_catalogue(SAMPLES / qinghai_reference.SAMPLE_FILE)
    assert not read.unreadable
    county = build()
    r = conform(county, reference)
    fields = {county.items[m.item_id].name: {d.field for d in m.differences} for m in r.mismatches}
    # 动物防疫条件合格证核发 (〈〉), 农作物种子… (a trailing space) and the half-width brackets of
    # 民办学校(幼儿园) differ in spelling only: not differences.
    assert fields == {
        "企业投资项目核准": {"name"},
        "婚姻登记": {"name"},
        "食品生产许可": {"name"},
        "取水许可": {"code"},
        "使用林地审核": {"code"},
        "企业投资项目备案": {"type"},
        "对生产经营单位未建立事故隐患排查治理制度的处罚": {"basis_clause"},
        "建设项目环境影响评价文件审批": {"legal_basis"},
        "民办学校（幼儿园）设立审批": {"basis_clause"},
    }
    assert {county.items[i].name for i in r.county_only} == set(qinghai_reference.COUNTY_ONLY)
    assert {reference.items[i].name for i in r.missing} == {m[2] for m in qinghai_reference.MISSING}
    assert r.matched == len(county.items) - 3


def test_shipped_reference_is_current(tmp_path: Path) -> None:
    qinghai_reference.write(tmp_path / "r.xlsx")
    again, _ = read_catalogue(tmp_path / "r.xlsx")
    shipped, _ = read_catalogue(SAMPLES / qinghai_reference.SAMPLE_FILE)
    assert [(i.code, i.name, i.type, i.legal_basis, i.basis_clause, i.levels) for i in again.items.values()] == [
        (i.code, i.name, i.type, i.legal_basis, i.basis_clause, i.levels) for i in shipped.items.values()
    ]


def test_name_and_type_prefer_the_same_subject() -> None:
    def towns(*names: str) -> Catalogue:
        cat = Catalogue()
        edits.add_subjects([edits.new_subject(n, id=n) for n in names]).apply(cat)
        items = [
            edits.new_item(
                "农村村民宅基地审批", n, L, id=f"i-{n}", legal_basis="《土地管理法》", basis_clause=f"第{k}条"
            )
            for k, n in enumerate(names)
        ]
        edits.add_items(cat, items).apply(cat)
        return cat

    county = towns("城关镇", "桥头镇")  # clauses 第0条, 第1条
    reference = towns("桥头镇", "城关镇")  # the same clauses, in the other order: 桥头镇 第0条, 城关镇 第1条
    r = conform(county, reference)
    assert r.pairs == {"i-城关镇": "i-城关镇", "i-桥头镇": "i-桥头镇"}
    assert [[(d.county, d.reference) for d in m.differences] for m in r.mismatches] == [
        [("第0条", "第1条")],
        [("第1条", "第0条")],
    ]
