"""三级四同's 缺少 added to the county's list: subjects by name, sub-items under their main item, one change set."""

from __future__ import annotations

from reformdesk.domain.catalogue.checks import check as check_catalogue
from reformdesk.domain.catalogue.conformity import conform
from reformdesk.domain.catalogue.edits import add_items, add_subjects, new_item, new_subject
from reformdesk.domain.catalogue.missing import add_missing
from reformdesk.domain.catalogue.model import Catalogue, SubjectKind
from reformdesk.domain.catalogue.responsibilities import accountability_for
from reformdesk.domain.model import PowerType


def _reference() -> Catalogue:
    ref = Catalogue()
    bureau = new_subject("县交通运输局", SubjectKind.DEPARTMENT, code="", note="")
    town = new_subject("桥头镇", SubjectKind.TOWNSHIP, code="", note="")
    add_subjects([bureau, town]).apply(ref)
    main = new_item(
        "出租汽车经营许可",
        bureau.id,
        PowerType.LICENSING,
        code="JT-XK-01",
        legal_basis="《巡游出租汽车经营服务管理规定》",
        basis_clause="第八条",
    )
    sub = new_item("出租汽车经营许可（变更）", bureau.id, PowerType.LICENSING, code="JT-XK-01-01", parent_id=main.id)
    other = new_item("宅基地审批", town.id, PowerType.LICENSING, code="QT-XK-01", responsibility_steps=[])
    add_items(ref, [main, sub, other]).apply(ref)
    return ref


def test_missing_items_come_with_their_fields_subjects_and_main_items() -> None:
    ref = _reference()
    cat = Catalogue()
    add_subjects([new_subject("县交通运输局", SubjectKind.DEPARTMENT, code="", note="")]).apply(cat)
    result = conform(cat, ref)
    assert len(result.missing) == 3
    changes = add_missing(cat, ref, list(reversed(result.missing)), result.pairs)
    changes.apply(cat)
    assert len(cat.items) == 3 and len(cat.subjects) == 2  # 桥头镇 is new, the bureau is the county's
    by_code = {i.code: i for i in cat.items.values()}
    assert by_code["JT-XK-01-01"].parent_id == by_code["JT-XK-01"].id
    assert by_code["JT-XK-01"].basis_clause == "第八条"
    assert by_code["QT-XK-01"].responsibility_steps == ["受理", "审查", "决定", "送达"]  # the template where none
    # and the usual 追责情形 / 问责依据 (as 套用模板): no item.no_accountability for what was just added
    cases, basis = accountability_for(PowerType.LICENSING)
    assert by_code["QT-XK-01"].accountability_cases == cases and by_code["QT-XK-01"].accountability_basis == basis
    assert not [p for p in check_catalogue(cat) if p.code == "item.no_accountability"]
    town = cat.subjects[by_code["QT-XK-01"].subject_id]  # type: ignore[index]
    assert town.name == "桥头镇" and town.kind is SubjectKind.TOWNSHIP
    after = conform(cat, ref)
    assert after.conforms and not after.missing
    changes.revert(cat)
    assert not cat.items and len(cat.subjects) == 1


def test_a_sub_item_goes_under_the_county_item_its_main_item_matches() -> None:
    ref = _reference()
    cat = Catalogue()
    bureau = new_subject("县交通运输局", SubjectKind.DEPARTMENT, code="", note="")
    add_subjects([bureau]).apply(cat)
    main = new_item("出租汽车经营许可", bureau.id, PowerType.LICENSING, code="JT-XK-01")
    add_items(cat, [main]).apply(cat)
    result = conform(cat, ref)
    sub_id = next(r for r in result.missing if ref.items[r].parent_id)
    add_missing(cat, ref, [sub_id], result.pairs).apply(cat)
    sub = next(i for i in cat.items.values() if i.code == "JT-XK-01-01")
    assert sub.parent_id == main.id
    assert not add_missing(cat, ref, [], result.pairs)
