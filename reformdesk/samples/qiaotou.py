"""The two Qiaotou (桥头镇) sample plans, built from the CSV files in ``data/``.

From the seed report: 桥头镇 of 大通县 (西宁市, 青海省); six functional bodies
including 公共服务中心, 综合行政执法中队 and 财政管理所; four tiers become three;
113 delegated county powers; the "111+N" service hall with 14 windows.
Everything else (the other three bodies, units, people, the power list, dates)
is illustrative, and the plans say so in their notes.

方案二 is an *alternative* of 方案一: same lineage, same entity ids (uuid5 of
each entity's natural key, so every rebuild is identical), and it differs
exactly by the rows of ``data/plan2_changes.csv``.  Rows with ``derived=0``
are the decisions applied here; rows with ``derived=1`` follow from them
(staff report to their body's deputy in charge; people move with their unit)
and are listed so that a comparison can be checked against the whole list.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from dataclasses import dataclass
from importlib import resources

from reformdesk.domain.document_text import GeneratedPart, Section
from reformdesk.domain.model import (
    TIER_LABELS,
    Body,
    DelegationMode,
    Handling,
    InHall,
    Person,
    Plan,
    PlanInfo,
    PostCounts,
    PostType,
    Power,
    PowerType,
    ServiceItem,
    ServiceSource,
    Tier,
    Unit,
    Window,
    WindowKind,
)

#: Namespace of the sample plans' ids; never change it, or ids change.
NAMESPACE = uuid.UUID("3c5d8e1a-2b7f-5a40-9e61-7a0c1d2e3f41")
PLAN_DATE = dt.date(2026, 11, 27)
TOWN = "桥头镇"
COUNTY = "大通县"
OFFICE = "大通县委机构编制委员会办公室"
NAME_ONE = "桥头镇行政管理体制改革方案（方案一）"
#: Title of the plan document (方案文本); the prose is illustrative (data/sections.csv says so).
DOC_TITLE = "桥头镇经济发达镇行政管理体制改革实施方案"
NOTES = (
    "示例方案（虚构数据）。依据公开报道：青海省西宁市大通县桥头镇经济发达镇行政管理体制改革，"
    "设置公共服务中心、综合行政执法中队、财政管理所等6个职能机构，四级管理改为三级管理，"
    "承接县级部门下放的113项行政权力事项，公共服务中心便民大厅按“111+N”机制设14个窗口、安排14名工作人员，"
    "进驻本镇审批服务事项38项和县级部门授权、委托的服务事项29项。"
    "其余三个机构的名称、各机构的机构规格、分类编制、正副职领导职数和主要职责、原科室站所、人员姓名、事项清单、编码、依据、承接时限和责任人，"
    "以及窗口名称、窗口人员、审批服务事项名称、办理类型、时限和办件量均为演示而虚构，"
    "不代表真实方案或真实人员。\n"
    "Sample plan with illustrative data: only the town, the six-body structure (three bodies named), "
    "four tiers to three, 113 delegated powers, the 14 service windows with 14 staff and the "
    "38 town + 29 delegated service items (as counts) come from the public report; "
    "everything else is made up."
)

_LABEL_TIERS = {label: tier for tier, label in TIER_LABELS.items()}


def stable_id(kind: str, key: str) -> str:
    """The id of a sample entity: the same on every build and in both plans."""
    return uuid.uuid5(NAMESPACE, f"qiaotou:{kind}:{key}").hex


LINEAGE_ID = stable_id("lineage", TOWN)


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of ``data/<name>`` (UTF-8, header row) as dicts."""
    text = resources.files("reformdesk.samples").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@dataclass(frozen=True, slots=True)
class Change:
    """One field that differs between 方案一 and 方案二.

    ``key`` is the natural key in 方案一 (unit name, body name, staff id, power
    code; empty for the plan itself); ``one``/``two`` are the field's value as
    text in each plan: a body by its name in that plan, a person by staff id,
    a date as ISO, a tier by its stored value, nothing as "".  ``field`` is
    the model attribute, or ``body_of`` for the body a person works in.
    """

    kind: str
    key: str
    field: str
    one: str
    two: str
    derived: bool
    explanation: str


def plan_two_changes() -> list[Change]:
    """Every built-in difference of 方案二 from 方案一 (``data/plan2_changes.csv``)."""
    return [
        Change(r["kind"], r["key"], r["field"], r["one"], r["two"], r["derived"] == "1", r["explanation"])
        for r in read_csv("plan2_changes.csv")
    ]


def build_plan_one() -> Plan:
    """方案一: fully three-tier, every unit placed, every power complete; validates clean."""
    return _build([])


def build_plan_two() -> Plan:
    """方案二: an alternative of 方案一 with the decisions of ``plan2_changes.csv``."""
    return _build([c for c in plan_two_changes() if not c.derived])


# -- building -------------------------------------------------------------------


def _build(changes: list[Change]) -> Plan:
    plan = Plan(
        info=PlanInfo(
            name=NAME_ONE,
            town=TOWN,
            county=COUNTY,
            office=OFFICE,
            date=PLAN_DATE,
            author="ReformDesk 示例数据",
            notes=NOTES,
            lineage_id=LINEAGE_ID,
            doc_title=DOC_TITLE,
        )
    )
    body_ids = {}
    for r in read_csv("bodies.csv"):
        body = plan.add_body(
            r["name"],
            id=stable_id("body", r["key"]),
            kind=r["kind"],
            authorized_posts=int(r["authorized_posts"]),
            leadership_posts=int(r["leadership_posts"]),
            sites=[s for s in r["sites"].split("；") if s],
            deputy_id=stable_id("person", r["deputy"]),
            # 三定 figures and duties: illustrative, like everything beyond the report.
            rank=r["rank"],
            posts_by_type=PostCounts.of(
                {PostType(k): int(v) for k, v in (kv.split(":") for kv in r["posts_by_type"].split("；") if kv)}
            ),
            chief_posts=int(r["chief_posts"]),
            deputy_posts=int(r["deputy_posts"]),
            duties=[d for d in r["duties"].split("；") if d],
        )
        body_ids[r["key"]] = body.id
    for r in read_csv("units.csv"):
        plan.add_unit(
            r["name"],
            id=stable_id("unit", r["name"]),
            kind=r["kind"],
            head_count=int(r["head_count"]),
            body_id=body_ids[r["body"]],
        )
    for r in read_csv("people.csv"):
        before = _LABEL_TIERS[r["tier_before"]]
        plan.add_person(
            r["staff_id"],
            r["name"],
            id=stable_id("person", r["staff_id"]),
            post=r["post"],
            tier_before=before,
            tier_after=_AFTER[before],
            unit_id=stable_id("unit", r["unit"]) if r["unit"] else None,
        )
    for r in read_csv("powers.csv"):
        plan.add_power(
            r["code"],
            r["name"],
            id=stable_id("power", r["code"]),
            type=PowerType(r["type"]),
            legal_basis=r["legal_basis"],
            source_department=r["source_department"],
            mode=DelegationMode(r["mode"]),
            body_id=body_ids[r["body"]],
            deadline=dt.date.fromisoformat(r["deadline"]),
            official_id=stable_id("person", r["official"]),
            note=r["note"],
            parent_id=stable_id("power", r["parent"]) if r["parent"] else None,
        )
    _add_sections(plan)
    _add_hall(plan, body_ids)
    _assign_post_types(plan)
    # Resolve every change against 方案一 before applying any, so a body
    # renamed by one row can still be named by its old name in another.
    resolved = [(_entity(plan, c), c, _parse(plan, c)) for c in changes]
    for entity, change, value in resolved:
        current = describe(plan, entity, change.field)
        if current != change.one:
            raise ValueError(
                f"plan2_changes.csv: {change.kind} {change.key} {change.field} is {current!r}, not {change.one!r}"
            )
        setattr(entity, change.field, value)
    _report_to_deputies(plan)
    return plan


def _assign_post_types(plan: Plan) -> None:
    """Each person's 编制类型 (illustrative): the people of a body fill its posts type by type,
    in the order of the body's 分类编制; leaders heading no body hold 行政编制.  So the sample
    shows no 空编 it does not have, and no 混岗."""
    for body_id, members in plan.people_by_body().items():
        body = plan.bodies.get(body_id or "")
        slots = [t for t, n in body.posts_by_type.counts for _ in range(n)] if body is not None else []
        fallback = slots[0] if slots else PostType.ADMINISTRATIVE
        for i, person in enumerate(members):
            person.post_type = slots[i] if i < len(slots) else fallback


def _add_sections(plan: Plan) -> None:
    """The prose of the plan document (illustrative, ``data/sections.csv``), in its order."""
    for seq, r in enumerate(read_csv("sections.csv"), start=1):
        section = Section(
            id=stable_id("section", r["key"]),
            seq=seq,
            level=int(r["level"]),
            title=r["title"],
            text=r["text"],
            part=GeneratedPart(r["part"]),
        )
        plan.sections[section.id] = section


def _add_hall(plan: Plan, body_ids: dict[str, str]) -> None:
    """The service hall (illustrative, ``data/windows.csv`` and ``data/service_items.csv``): 14 windows
    with one staff member each, 38 town items and 29 delegated items linked to their powers."""
    for seq, r in enumerate(read_csv("windows.csv"), start=1):
        window = Window(
            id=stable_id("window", r["number"]),
            number=r["number"],
            name=r["name"],
            body_id=body_ids[r["body"]],
            kind=WindowKind(r["kind"]),
            site=r["site"],
            seq=seq,
        )
        plan.windows[window.id] = window
        plan.people[stable_id("person", r["staff"])].window_id = window.id
    for seq, r in enumerate(read_csv("service_items.csv"), start=1):
        power = plan.powers[stable_id("power", r["power"])] if r["power"] else None
        name = r["name"] or (power.name if power is not None else "")
        item = ServiceItem(
            id=stable_id("service_item", power.code if power is not None else name),
            name=name,
            code=r["code"],
            source=ServiceSource(r["source"]),
            power_id=power.id if power is not None else None,
            type=PowerType(r["type"]) if r["type"] else PowerType.PUBLIC_SERVICE,
            handling=Handling(r["handling"]),
            time_limit=int(r["time_limit"]),
            volume=int(r["volume"]),
            window_id=stable_id("window", r["window"]),
            handler_id=stable_id("person", r["handler"]),
            in_hall=InHall(r["in_hall"]),
            note=r["note"],
            seq=seq,
        )
        plan.service_items[item.id] = item


#: Tier after the reform in a fully three-tier plan.
_AFTER = {
    Tier.HEAD: Tier.HEAD,
    Tier.DEPUTY_LEADER: Tier.DEPUTY_IN_CHARGE,
    Tier.SECTION_CHIEF: Tier.STAFF,
    Tier.STAFF: Tier.STAFF,
}


def _report_to_deputies(plan: Plan) -> None:
    """Three-tier chain: deputies report to the head, everyone else to their body's deputy."""
    head = next(p.id for p in plan.people.values() if p.tier_before is Tier.HEAD)
    for person in plan.people.values():
        if person.tier_before is Tier.HEAD:
            person.reports_to_id = None
        elif person.tier_before is Tier.DEPUTY_LEADER:
            person.reports_to_id = head
        else:
            body = plan.bodies.get(plan.body_of(person) or "")
            person.reports_to_id = body.deputy_id if body else None


def _entity(plan: Plan, change: Change) -> object:
    match change.kind:
        case "plan":
            return plan.info
        case "body":
            body = plan.body_by_name(change.key)
            if body is None:
                raise ValueError(f"plan2_changes.csv: no body {change.key!r}")
            return body
        case "unit":
            return plan.units[stable_id("unit", change.key)]
        case "person":
            return plan.people[stable_id("person", change.key)]
        case "power":
            return plan.powers[stable_id("power", change.key)]
        case "window":
            return plan.windows[stable_id("window", change.key)]
        case "service_item":
            for item in plan.service_items.values():
                if item.name == change.key:
                    return item
            raise ValueError(f"plan2_changes.csv: no service item {change.key!r}")
    raise ValueError(f"plan2_changes.csv: unknown kind {change.kind!r}")


def _parse(plan: Plan, change: Change) -> object:
    """The new value of a change row, as the model stores it."""
    text = change.two
    match change.field:
        case "body_id":
            return _body_id(plan, text) if text else None
        case "deputy_id" | "official_id":
            return stable_id("person", text) if text else None
        case "deadline":
            return dt.date.fromisoformat(text) if text else None
        case "tier_after":
            return Tier(text)
        case "window_id":
            return stable_id("window", text) if text else None
        case "name" | "note":
            return text
    raise ValueError(f"plan2_changes.csv: field {change.field!r} cannot be applied")


def _body_id(plan: Plan, name: str) -> str:
    # 方案二's new body names are found through the rename rows.
    for c in plan_two_changes():
        if c.kind == "body" and c.field == "name" and c.two == name:
            name = c.one
    body = plan.body_by_name(name)
    if body is None:
        raise ValueError(f"plan2_changes.csv: no body {name!r}")
    return body.id


def describe(plan: Plan, entity: object, field: str) -> str:
    """A field's value as text, the way ``plan2_changes.csv`` writes it."""
    if field == "body_of":
        assert isinstance(entity, Person)
        value: object = plan.body_of(entity)
    else:
        value = getattr(entity, field)
    if value is None:
        return ""
    if field in ("body_id", "body_of"):
        body = plan.bodies.get(str(value))
        return body.name if body else str(value)
    if field in ("deputy_id", "official_id", "reports_to_id"):
        person = plan.people.get(str(value))
        return person.staff_id if person else str(value)
    if field == "unit_id":
        unit = plan.units.get(str(value))
        return unit.name if unit else str(value)
    if field == "window_id":
        window = plan.windows.get(str(value))
        return window.number if window else str(value)
    if field == "parent_id":
        power = plan.powers.get(str(value))
        return power.code if power else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Tier | PowerType | DelegationMode):
        return value.value
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    return str(value)


def natural_key(entity: object) -> str:
    """The key ``plan2_changes.csv`` uses for an entity of 方案一."""
    if isinstance(entity, Unit | Body):
        return entity.name
    if isinstance(entity, Person):
        return entity.staff_id
    if isinstance(entity, Power):
        return entity.code
    if isinstance(entity, Window):
        return entity.number
    if isinstance(entity, ServiceItem):
        return entity.name
    return ""
