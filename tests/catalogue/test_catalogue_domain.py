"""The catalogue's domain: registry, basis splitting, templates, edits as change sets, checks, the sample."""

from __future__ import annotations

import copy
import csv
from collections import Counter

import pytest

from reformdesk.domain.catalogue import edits
from reformdesk.domain.catalogue.checks import CODES, check, summary
from reformdesk.domain.catalogue.model import Catalogue, SubjectKind, join_basis, split_basis
from reformdesk.domain.catalogue.registry import CATALOGUE_KINDS, CatalogueKind, check_registry
from reformdesk.domain.catalogue.responsibilities import STEP_TEMPLATES, numbered, steps_for
from reformdesk.domain.model import PowerType
from reformdesk.samples.datong_catalogue import build
from reformdesk.samples.datong_enforcement import TOWNSHIPS
from reformdesk.samples.qiaotou import read_csv


def small() -> Catalogue:
    cat = Catalogue()
    dept = edits.new_subject("县市场监督管理局", id="s1")
    town = edits.new_subject("桥头镇", SubjectKind.TOWNSHIP, id="s2")
    edits.add_subjects([dept, town]).apply(cat)
    main = edits.new_item(
        "食品经营许可",
        "s1",
        PowerType.LICENSING,
        id="i1",
        code="630121-SJ-XK-0001",
        legal_basis="《中华人民共和国食品安全法》",
        basis_clause="第三十五条",
        levels=["县级"],
        accountability_cases="不依法受理的",
        accountability_basis="《行政机关公务员处分条例》",
    )
    sub = copy.copy(main)
    sub.id, sub.code, sub.name, sub.parent_id = "i2", "630121-SJ-XK-0001-01", "食品经营许可（新办）", "i1"
    sub.responsibility_steps = list(main.responsibility_steps)
    edits.add_items(cat, [main, sub]).apply(cat)
    return cat


def test_registry_names_every_field() -> None:
    check_registry()
    item = CATALOGUE_KINDS[CatalogueKind.ITEM]
    assert [f.name for f in item.key_fields] == ["code"]
    assert item.field("parent_id").ref is CatalogueKind.ITEM and item.field("subject_id").ref is CatalogueKind.SUBJECT


@pytest.mark.parametrize(
    ("text", "law", "clause"),
    [
        ("《中华人民共和国食品安全法》第一百二十二条", "《中华人民共和国食品安全法》", "第一百二十二条"),
        ("《社会救助暂行办法》", "《社会救助暂行办法》", ""),
        ("《A法》第三条、《B条例》第五条", "《A法》第三条、《B条例》第五条", ""),
        ("国务院令第412号", "国务院令第412号", ""),
    ],
)
def test_split_basis_keeps_the_text(text: str, law: str, clause: str) -> None:
    assert split_basis(text) == (law, clause)
    assert join_basis(law, clause) == text


def test_every_type_has_a_template() -> None:
    assert set(STEP_TEMPLATES) == set(PowerType)
    assert steps_for(PowerType.LICENSING) == ["受理", "审查", "决定", "送达"]
    assert steps_for(PowerType.PENALTY) == ["立案", "调查取证", "审理", "告知", "决定", "送达", "执行"]
    assert numbered(["受理", "审查"]) == "1.受理；2.审查"
    steps = steps_for(PowerType.LICENSING)
    steps.append("x")
    assert steps_for(PowerType.LICENSING) == ["受理", "审查", "决定", "送达"]  # a fresh list each time


def test_edits_apply_and_revert_exactly() -> None:
    cat = small()
    before = copy.deepcopy(cat)
    cs = edits.set_item_fields(cat, {"i1": {"name": "食品经营许可证核发", "levels": ["省级", "县级"]}})
    assert cs and not edits.set_item_fields(cat, {"i1": {"name": "食品经营许可"}})
    cs.apply(cat)
    assert cat.items["i1"].name == "食品经营许可证核发" and cat.items["i1"].levels == ["省级", "县级"]
    cs.revert(cat)
    assert cat == before
    removed = edits.remove_items(cat, ["i1"])  # takes its sub-item along
    removed.apply(cat)
    assert not cat.items
    removed.revert(cat)
    assert cat == before and list(cat.items) == ["i1", "i2"]
    gone = edits.remove_subjects(cat, ["s1"])
    gone.apply(cat)
    assert list(cat.subjects) == ["s2"] and not cat.items
    gone.revert(cat)
    assert cat == before
    info = edits.set_info(cat, {"year": 2027})
    info.apply(cat)
    assert cat.info.year == 2027
    info.revert(cat)
    assert cat == before


def test_template_replaces_steps_undoably() -> None:
    cat = small()
    cat.items["i1"].responsibility_steps = ["受理", "现场核查", "决定"]
    cs = edits.apply_template(cat, ["i1"], accountability=True)
    cs.apply(cat)
    assert cat.items["i1"].responsibility_steps == ["受理", "审查", "决定", "送达"]
    assert "政务处分法" in cat.items["i1"].accountability_basis
    cs.revert(cat)
    assert cat.items["i1"].responsibility_steps == ["受理", "现场核查", "决定"]
    cat.items["i2"].responsibility_steps = []
    fill = edits.fill_empty_steps(cat)
    assert list(fill.field_values(CatalogueKind.ITEM)) == ["i2"]  # type: ignore[arg-type]


def test_a_clean_catalogue_has_no_problems_and_each_code_fires() -> None:
    cat = small()
    assert check(cat) == [p for p in check(cat) if p.code == "subject.no_items"]
    i1, i2 = cat.items["i1"], cat.items["i2"]
    i2.code = i1.code
    i1.legal_basis = ""
    i1.levels = ["区级"]
    i2.subject_id = "s2"
    i2.responsibility_steps = []
    i2.accountability_basis = ""
    found = Counter(p.code for p in check(cat))
    assert found == {
        "item.duplicate_code": 2,
        "item.no_basis": 1,
        "item.bad_level": 1,
        "item.sub_item_subject": 1,
        "item.no_steps": 1,
        "item.no_accountability": 1,
    }
    i1.code = i2.code = ""
    i1.levels = []
    i2.name = ""
    i2.subject_id = None
    codes = {p.code for p in check(cat)}
    assert {"item.no_code", "item.no_levels", "item.no_name", "item.no_subject"} <= codes
    assert codes <= set(CODES)
    assert all(p.severity is CODES[p.code] for p in check(cat))


def test_natural_key_is_code_or_subject_and_name() -> None:
    cat = small()
    assert cat.natural_key(cat.items["i1"]) == "630121-SJ-XK-0001"
    cat.items["i1"].code = " "
    assert cat.natural_key(cat.items["i1"]) == "县市场监督管理局·食品经营许可"


def test_sample_has_the_county_and_the_qiaotou_items() -> None:
    cat = build()
    kinds = Counter(s.kind for s in cat.subjects.values())
    assert kinds == {SubjectKind.DEPARTMENT: 31, SubjectKind.TOWNSHIP: 20}
    assert {s.name for s in cat.subjects.values() if s.kind is SubjectKind.TOWNSHIP} == {t[0] for t in TOWNSHIPS}
    assert "示例" in cat.info.notes and cat.info.year == 2026
    by_code = {i.code: i for i in cat.items.values()}
    qiaotou = read_csv("powers.csv")
    assert len(qiaotou) == 113
    for r in qiaotou:
        item = by_code[r["code"]]
        assert (item.name, item.type.value, cat.basis(item)) == (r["name"], r["type"], r["legal_basis"])
        assert cat.subject_name(item) == r["source_department"]
        assert (item.parent_id is None) == (not r["parent"])
        if r["parent"]:
            assert cat.items[item.parent_id].code == r["parent"]  # type: ignore[index]
    assert len(by_code) == len(cat.items)  # codes unique
    s = summary(cat)
    assert s["problems"] == {"error": 0, "warning": 4}  # four policy documents without a clause
    assert {p.code for p in check(cat)} == {"item.no_clause"}
    assert all(i.responsibility_steps for i in cat.items.values())


def test_sample_csv_is_the_one_read() -> None:
    # The builder reads the packaged CSV; the 113 stay in step with the Qiaotou plans.
    from importlib import resources

    text = resources.files("reformdesk.samples").joinpath("data", "powers.csv").read_text(encoding="utf-8")
    assert len(list(csv.DictReader(text.splitlines()))) == 113


def test_a_stale_automatic_name_is_shown_as_the_current_one() -> None:
    from reformdesk.domain.catalogue.model import CatalogueInfo, current_title

    def title(text: str, county: str = "西川县", year: int = 2026) -> str:
        return current_title(CatalogueInfo(title=text, county=county, year=year))

    fresh = "西川县权力清单和责任清单（2026年版）"
    assert title("西川县权力清单和责任清单（2025年版）") == fresh  # last year's automatic name
    assert title("东川县权力清单和责任清单（2026年版）") == fresh  # another county's
    assert title("权力清单和责任清单（2026年版）") == fresh  # made before the 县 was filled in
    assert title(fresh) == fresh
    # The clerk's own wording stays, and so does anything when 县 or 年度 is not known.
    for own in (
        "西川县行政权力清单和责任清单（2025年版）",
        "西川县人民政府权力清单和责任清单（2025年版）",
        "2019年度清单",
        "",
    ):
        assert title(own) == own
    assert title("东川县权力清单和责任清单（2025年版）", county="") == "东川县权力清单和责任清单（2025年版）"
    assert title("西川县权力清单和责任清单（2025年版）", year=0) == "西川县权力清单和责任清单（2025年版）"


def test_retitle_follows_county_and_year() -> None:
    from reformdesk.domain.catalogue.model import default_title, retitle

    # A new catalogue's generated name (county still empty) becomes the county's and year's.
    assert retitle(default_title("", 2026), ("", 2026), ("西川县", 2025)) == "西川县权力清单和责任清单（2025年版）"
    assert retitle("", ("", 0), ("西川县", 2025)) == "西川县权力清单和责任清单（2025年版）"
    # The user's own wording stays; only the old county at its start and the old year change.
    own = "西川县行政权力清单和责任清单（2025年版）"
    assert retitle(own, ("西川县", 2025), ("西川县", 2026)) == "西川县行政权力清单和责任清单（2026年版）"
    assert retitle(own, ("西川县", 2025), ("东川县", 2025)) == "东川县行政权力清单和责任清单（2025年版）"
    assert retitle("2019年度清单", ("西川县", 2025), ("西川县", 2026)) == "2019年度清单"
