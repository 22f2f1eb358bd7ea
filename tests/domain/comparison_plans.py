"""Small plans for the comparison tests (Qiaotou-like, built with the Plan API)."""

from __future__ import annotations

import copy
import datetime as dt

from reformdesk.domain.alternative import as_alternative
from reformdesk.domain.model import DelegationMode, Plan, PlanInfo, PowerType, Tier, new_id
from reformdesk.domain.registry import ENTITY_KINDS


def small_plan() -> Plan:
    plan = Plan(
        info=PlanInfo(name="方案一", town="桥头镇", county="大通县", office="大通县委编办", date=dt.date(2026, 11, 27))
    )
    service = plan.add_body("公共服务中心", authorized_posts=6, leadership_posts=2, sites=["便民大厅"])
    enforce = plan.add_body("综合行政执法中队", authorized_posts=5, leadership_posts=2)
    finance = plan.add_body("财政管理所", authorized_posts=3, leadership_posts=1)
    office = plan.add_unit("党政办", head_count=3, body_id=service.id)
    culture = plan.add_unit("文化站", head_count=2, body_id=service.id)
    law = plan.add_unit("司法所", head_count=2, body_id=enforce.id)
    safety = plan.add_unit("安监站", head_count=2, body_id=enforce.id)
    money = plan.add_unit("财政所", head_count=2, body_id=finance.id)
    head = plan.add_person("Q001", "李明", post="镇长", tier_before=Tier.HEAD, tier_after=Tier.HEAD, unit_id=office.id)
    d1 = plan.add_person(
        "Q002", "王芳", tier_before=Tier.DEPUTY_LEADER, tier_after=Tier.DEPUTY_IN_CHARGE, unit_id=office.id
    )
    d2 = plan.add_person(
        "Q003", "张强", tier_before=Tier.DEPUTY_LEADER, tier_after=Tier.DEPUTY_IN_CHARGE, unit_id=law.id
    )
    d1.reports_to_id = d2.reports_to_id = head.id
    service.deputy_id = d1.id
    enforce.deputy_id = d2.id
    finance.deputy_id = d1.id
    staff = [
        ("Q004", "赵丽", culture, d1),
        ("Q005", "刘洋", office, d1),
        ("Q006", "陈静", law, d2),
        ("Q007", "杨帆", safety, d2),
        ("Q008", "周敏", money, d1),
    ]
    people = [plan.add_person(sid, name, unit_id=unit.id, reports_to_id=boss.id) for sid, name, unit, boss in staff]
    deadline = dt.date(2027, 3, 31)
    plan.add_power("XK-001", "食品经营许可", body_id=service.id, deadline=deadline, official_id=people[0].id)
    plan.add_power(
        "CF-001",
        "占道经营处罚",
        type=PowerType.PENALTY,
        body_id=enforce.id,
        deadline=deadline,
        official_id=people[2].id,
        mode=DelegationMode.ENTRUST,
    )
    plan.add_power("CF-002", "违法建设处罚", type=PowerType.PENALTY, body_id=enforce.id, deadline=deadline)
    plan.add_power("GF-001", "临时救助金发放", type=PowerType.BENEFIT, body_id=finance.id, deadline=deadline)
    return plan


def alternative(plan: Plan) -> Plan:
    """A copy "saved as alternative": same ids, same lineage (same name, so only the edits differ)."""
    return as_alternative(plan, plan.info.name)


def redraft(plan: Plan) -> Plan:
    """The same plan drafted apart: every id new, another lineage, same natural keys."""
    ids: dict[str, str] = {}

    def new(old: str | None) -> str | None:
        if old is None:
            return None
        return ids.setdefault(old, new_id())

    out = Plan(info=copy.deepcopy(plan.info))
    out.info.lineage_id = new_id()
    # Every kind of the registry, every reference field remapped.
    for kind in ENTITY_KINDS:
        spec = kind.spec
        table = spec.entities(out)
        for ent in spec.entities(plan).values():
            c = copy.deepcopy(ent)
            c.id = new(ent.id)
            for f in spec.ref_fields:
                setattr(c, f.name, new(getattr(ent, f.name)))
            table[c.id] = c
    return out


def edit(plan: Plan) -> set[tuple[str, str, str, str]]:
    """Edit ``plan`` in known ways; returns the idents of the differences they make."""
    service = plan.body_by_name("公共服务中心")
    enforce = plan.body_by_name("综合行政执法中队")
    finance = plan.body_by_name("财政管理所")
    assert service and enforce and finance
    plan.info.name = "方案二"
    service.authorized_posts = 7
    enforce.deputy_id = plan.person_by_staff_id("Q002").id  # type: ignore[union-attr]
    culture = plan.unit_by_name("文化站")
    assert culture
    culture.body_id = enforce.id
    zhou = plan.person_by_staff_id("Q008")
    assert zhou
    zhou.body_id = service.id
    li = plan.person_by_staff_id("Q005")
    assert li
    li.tier_after = Tier.DEPUTY_IN_CHARGE
    powers = {p.code: p for p in plan.powers.values()}
    powers["XK-001"].deadline = dt.date(2027, 6, 30)
    powers["CF-002"].body_id = service.id
    powers["CF-001"].mode = DelegationMode.TRANSFER
    del plan.powers[powers["GF-001"].id]
    plan.add_power("QR-001", "户籍证明确认", type=PowerType.CONFIRMATION, body_id=service.id)
    plan.add_unit("农业站", body_id=finance.id)
    return {
        ("plan", "changed", "name", "name"),
        ("body", "changed", "公共服务中心", "authorized_posts"),
        ("body", "changed", "综合行政执法中队", "deputy_id"),
        ("unit", "moved", "文化站", "body_id"),
        ("unit", "added", "农业站", ""),
        ("person", "moved", "Q008", "placement"),
        ("person", "changed", "Q005", "tier_after"),
        ("power", "changed", "XK-001", "deadline"),
        ("power", "changed", "CF-002", "body_id"),
        ("power", "changed", "CF-001", "mode"),
        ("power", "removed", "GF-001", ""),
        ("power", "added", "QR-001", ""),
    }
