"""Validation: the plan's problems, each with a stable code and a Chinese message.

Each message is a template (marked for translation with ``QT_TRANSLATE_NOOP``,
context "Problems") filled with named parameters; ``Problem.message`` is the
Chinese text (CLI, JSON, workbook), and the GUI renders ``template`` and
``params`` in the user's language (``reformdesk.gui.models.domain_text``).

All checks run in one pass over each entity table with dict look-ups, so a
plan of 50,000 powers and 5,000 people validates in well under a second.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from operator import attrgetter
from typing import Any

from reformdesk.domain import service_hall as hall
from reformdesk.domain.document_text import bare_headings, level_jumps, numbering, plan_sections
from reformdesk.domain.model import LEADER_TIERS, HallMode, Plan, ServiceSource, Tier, cn_date
from reformdesk.domain.posts import body_posts
from reformdesk.domain.registry import QT_TRANSLATE_NOOP, EntityKind

CONTEXT = "Problems"


class Term(str):
    """A fixed word inside a message parameter (无工号), translated by the GUI in context "Problems"."""

    __slots__ = ()


class Names(tuple):
    """Names listed in a message: joined with "、" in Chinese, as a list in the user's language."""

    __slots__ = ()


class Subject(str):
    """The subject a message begins with ("县市场监管局："), or nothing when it is empty:
    the colon and the order follow the user's language."""

    __slots__ = ()


#: "（{staff_id}）" in a template (" ({staff_id})" in its English): left out for a person without 工号.
_STAFF_ID_PART = re.compile(r" ?[（(]\{staff_id\}[）)]")


def without_missing_staff_id(template: str, params: Mapping[str, Any]) -> str:
    """``template`` without its 工号 in brackets when the person has none: 赵明尚未安排…, not 赵明（）尚未安排…."""
    if "staff_id" in params and not params["staff_id"]:
        return _STAFF_ID_PART.sub("", template)
    return template


#: A person where a message or a choice names them: 赵明（0012）, or just 赵明 without a 工号.
PERSON_LABEL = "{name}（{staff_id}）"


def person_label(name: str, staff_id: str) -> str:
    """赵明（0012）, or 赵明 for a person without 工号 (never 赵明（）): as the problem list writes them."""
    return render(PERSON_LABEL, {"name": name, "staff_id": staff_id})


def render_value(value: Any) -> str:
    """A parameter as the Chinese message writes it."""
    if isinstance(value, Names):
        return "、".join(value)
    if isinstance(value, Subject):
        return f"{value}：" if value else ""
    if isinstance(value, dt.date):
        return cn_date(value)
    if isinstance(value, Tier):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)  # 编制类型: its value is its Chinese name
    return str(value)


def render(template: str, params: Mapping[str, Any]) -> str:
    """A message template filled in, in Chinese."""
    return without_missing_staff_id(template, params).format(**{k: render_value(v) for k, v in params.items()})


class Severity(StrEnum):
    ERROR = "error"  # the plan cannot be adopted as it is
    WARNING = "warning"  # an open item while drafting

    @property
    def label(self) -> str:
        return "错误" if self is Severity.ERROR else "警告"


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    severity: Severity
    message: str
    entity_kind: EntityKind
    entity_id: str | None
    #: The message's template (Chinese source text, context "Problems") and its parameters:
    #: the GUI translates the template and renders the parameters in the user's language.
    template: str = field(default="", compare=False, hash=False)
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def as_dict(self) -> dict[str, str | None]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "entity_kind": self.entity_kind.value,
            "entity_id": self.entity_id,
        }


#: Every problem code with its severity; codes are stable (tests, JSON, filters).
CODES: dict[str, Severity] = {
    "unit.unplaced": Severity.WARNING,
    "body.no_deputy": Severity.WARNING,
    "body.deputy_not_in_charge": Severity.ERROR,
    "body.over_posts": Severity.ERROR,
    "body.over_leaders": Severity.ERROR,
    "body.over_posts_of_type": Severity.ERROR,
    "body.duplicate_name": Severity.ERROR,
    "person.mixed_post": Severity.WARNING,
    "person.old_tier": Severity.ERROR,
    "person.unplaced": Severity.WARNING,
    "person.reports_to_wrong": Severity.WARNING,
    "person.reporting_cycle": Severity.ERROR,
    "person.deputy_reports_wrong": Severity.WARNING,
    "power.no_body": Severity.WARNING,
    "power.no_deadline": Severity.WARNING,
    "power.no_official": Severity.WARNING,
    "power.official_elsewhere": Severity.WARNING,
    "power.duplicate_code": Severity.ERROR,
    "power.no_code": Severity.WARNING,
    "power.deadline_before_plan": Severity.ERROR,
    "section.no_title": Severity.WARNING,
    "section.level_jump": Severity.WARNING,
    "section.bare": Severity.WARNING,
    "service_item.no_window": Severity.WARNING,
    "service_item.duplicate": Severity.ERROR,
    "service_item.unlinked": Severity.WARNING,
    "service_item.handler_elsewhere": Severity.WARNING,
    "service_item.body_without_window": Severity.WARNING,
    "window.no_staff": Severity.WARNING,
    "window.two_staff": Severity.ERROR,
    "window.staff_elsewhere": Severity.WARNING,
    "window.no_body": Severity.WARNING,
    "window.overloaded": Severity.WARNING,
}


#: What each problem is called where people read it (问题清单, the problems dock); the code stays for scripts.
NAMES: dict[str, str] = {
    "unit.unplaced": QT_TRANSLATE_NOOP("Problems", "原科室站所未并入职能机构"),
    "body.no_deputy": QT_TRANSLATE_NOOP("Problems", "职能机构无分管副职"),
    "body.deputy_not_in_charge": QT_TRANSLATE_NOOP("Problems", "分管领导不是分管副职"),
    "body.over_posts": QT_TRANSLATE_NOOP("Problems", "超编（在岗人数超出编制数）"),
    "body.over_leaders": QT_TRANSLATE_NOOP("Problems", "超职数（领导人数超出领导职数）"),
    "body.over_posts_of_type": QT_TRANSLATE_NOOP("Problems", "分类超编（某类在岗人数超出该类编制）"),
    "body.duplicate_name": QT_TRANSLATE_NOOP("Problems", "职能机构重名"),
    "person.mixed_post": QT_TRANSLATE_NOOP("Problems", "混岗（人员编制类型与职能机构不符）"),
    "person.old_tier": QT_TRANSLATE_NOOP("Problems", "仍保留已撤销的管理层级"),
    "person.unplaced": QT_TRANSLATE_NOOP("Problems", "人员未安排到职能机构"),
    "person.reports_to_wrong": QT_TRANSLATE_NOOP("Problems", "汇报对象不是分管副职"),
    "person.reporting_cycle": QT_TRANSLATE_NOOP("Problems", "汇报关系循环"),
    "person.deputy_reports_wrong": QT_TRANSLATE_NOOP("Problems", "分管副职不向负责人报告"),
    "power.no_body": QT_TRANSLATE_NOOP("Problems", "事项未确定承接机构"),
    "power.no_deadline": QT_TRANSLATE_NOOP("Problems", "事项未确定承接时限"),
    "power.no_official": QT_TRANSLATE_NOOP("Problems", "事项未确定责任人"),
    "power.official_elsewhere": QT_TRANSLATE_NOOP("Problems", "责任人不在承接机构"),
    "power.duplicate_code": QT_TRANSLATE_NOOP("Problems", "事项编码重复"),
    "power.no_code": QT_TRANSLATE_NOOP("Problems", "事项缺少事项编码"),
    "power.deadline_before_plan": QT_TRANSLATE_NOOP("Problems", "承接时限早于方案日期"),
    "section.no_title": QT_TRANSLATE_NOOP("Problems", "方案文本章节缺少标题"),
    "section.level_jump": QT_TRANSLATE_NOOP("Problems", "方案文本标题跳级"),
    "section.bare": QT_TRANSLATE_NOOP("Problems", "方案文本标题下尚无内容"),
    "service_item.no_window": QT_TRANSLATE_NOOP("Problems", "审批服务事项未进入窗口"),
    "service_item.duplicate": QT_TRANSLATE_NOOP("Problems", "审批服务事项进入两个窗口"),
    "service_item.unlinked": QT_TRANSLATE_NOOP("Problems", "县级下放事项未关联下放权力事项"),
    "service_item.handler_elsewhere": QT_TRANSLATE_NOOP("Problems", "后台办理人不在承接机构"),
    "service_item.body_without_window": QT_TRANSLATE_NOOP("Problems", "承接机构在便民大厅无窗口"),
    "window.no_staff": QT_TRANSLATE_NOOP("Problems", "窗口未配备前台工作人员"),
    "window.two_staff": QT_TRANSLATE_NOOP("Problems", "窗口配备多名前台工作人员（“111+N”每窗口1人）"),
    "window.staff_elsewhere": QT_TRANSLATE_NOOP("Problems", "前台工作人员不在窗口所属职能机构"),
    "window.no_body": QT_TRANSLATE_NOOP("Problems", "窗口未确定所属职能机构"),
    "window.overloaded": QT_TRANSLATE_NOOP("Problems", "窗口事项或办件量过多（超过中位数两倍）"),
}


def problem_name(code: str) -> str:
    """The Chinese name of a problem code (the code itself for a code this version does not know)."""
    return NAMES.get(code, code)


def _problem(code: str, template: str, kind: EntityKind, entity_id: str | None, /, **params: Any) -> Problem:
    return Problem(code, CODES[code], render(template, params), kind, entity_id, template, params)


def validate(plan: Plan) -> list[Problem]:
    """All problems of ``plan``, in a stable order (structure, people, powers)."""
    problems: list[Problem] = []
    problems += _check_units(plan)
    problems += _check_bodies_and_people(plan)
    problems += _check_powers(plan)
    problems += _check_sections(plan)
    problems += _check_hall(plan)
    return problems


def _check_hall(plan: Plan) -> list[Problem]:
    """The service hall: items in one window each, windows staffed from their body, handlers in
    the receiving body, a window for each receiving body of a delegated item, loads near the median."""
    if not plan.windows and not plan.service_items:
        return []
    out: list[Problem] = []
    bodies, windows = plan.bodies, plan.windows
    body_of_person: dict[str, str | None] = {}  # every person's id (people_by_body holds them all)
    for body_id, members in plan.people_by_body().items():
        for m in members:
            body_of_person[m.id] = body_id
    staff = hall.window_staff(plan)
    for window in hall.ordered_windows(plan):
        label = f"{window.label}（{window.name}）" if window.name else window.label
        body = bodies.get(window.body_id or "")
        if body is None:
            out.append(
                _problem(
                    "window.no_body",
                    QT_TRANSLATE_NOOP("Problems", "{window}未确定所属职能机构"),
                    EntityKind.WINDOW,
                    window.id,
                    window=label,
                )
            )
        people = staff[window.id]
        if not people:
            out.append(
                _problem(
                    "window.no_staff",
                    QT_TRANSLATE_NOOP("Problems", "{window}未配备前台工作人员"),
                    EntityKind.WINDOW,
                    window.id,
                    window=label,
                )
            )
        elif len(people) > 1 and plan.info.hall_mode is HallMode.ONE_PER_WINDOW:
            out.append(
                _problem(
                    "window.two_staff",
                    QT_TRANSLATE_NOOP("Problems", "{window}配备了{count}名前台工作人员（{people}），“111+N”每窗口1人"),
                    EntityKind.WINDOW,
                    window.id,
                    window=label,
                    count=len(people),
                    people=Names(p.name for p in people),
                )
            )
        if body is not None:
            for p in people:
                if body_of_person.get(p.id) != body.id:
                    out.append(
                        _problem(
                            "window.staff_elsewhere",
                            QT_TRANSLATE_NOOP("Problems", "{window}的前台工作人员{person}不在所属职能机构“{body}”工作"),
                            EntityKind.WINDOW,
                            window.id,
                            window=label,
                            person=p.name,
                            body=body.name,
                        )
                    )
    loads = hall.window_loads(plan)
    over = hall.overloaded(loads.values())
    for window in hall.ordered_windows(plan):
        many_items, much_volume = over.get(window.id, (False, False))
        load = loads.get(window.id)
        if load is None:
            continue
        if many_items:
            out.append(
                _problem(
                    "window.overloaded",
                    QT_TRANSLATE_NOOP("Problems", "{window}事项{items}项，超过各窗口中位数的两倍"),
                    EntityKind.WINDOW,
                    window.id,
                    window=window.label,
                    items=load.items,
                )
            )
        if much_volume:
            out.append(
                _problem(
                    "window.overloaded",
                    QT_TRANSLATE_NOOP("Problems", "{window}年办件量{volume}件，超过各窗口中位数的两倍"),
                    EntityKind.WINDOW,
                    window.id,
                    window=window.label,
                    volume=load.volume,
                )
            )
    seen: dict[tuple[str, str], str] = {}
    windowed_bodies = {w.body_id for w in windows.values() if w.body_id is not None}
    none = QT_TRANSLATE_NOOP("Problems", "未进入窗口")
    for item in hall.ordered_items(plan):
        label = item.name
        window = windows.get(item.window_id or "")
        if window is None:
            out.append(
                _problem(
                    "service_item.no_window",
                    QT_TRANSLATE_NOOP("Problems", "事项“{item}”未进入窗口"),
                    EntityKind.SERVICE_ITEM,
                    item.id,
                    item=label,
                )
            )
        key = ("power", item.power_id) if item.power_id else ("name", item.name)
        first = seen.get(key)
        if first is not None:
            other = windows.get(plan.service_items[first].window_id or "")
            out.append(
                _problem(
                    "service_item.duplicate",
                    QT_TRANSLATE_NOOP("Problems", "事项“{item}”重复进驻：{first}和{second}"),
                    EntityKind.SERVICE_ITEM,
                    item.id,
                    item=label,
                    first=other.label if other else none,
                    second=window.label if window else none,
                )
            )
        else:
            seen[key] = item.id
        if item.source is ServiceSource.COUNTY and item.power_id not in plan.powers:
            out.append(
                _problem(
                    "service_item.unlinked",
                    QT_TRANSLATE_NOOP("Problems", "县级下放事项“{item}”未关联下放的权力事项"),
                    EntityKind.SERVICE_ITEM,
                    item.id,
                    item=label,
                )
            )
        received = hall.receiving_body(plan, item)
        handler = plan.people.get(item.handler_id or "")
        if handler is not None and received in bodies and not _serves_body(plan, handler.id, body_of_person, received):
            out.append(
                _problem(
                    "service_item.handler_elsewhere",
                    QT_TRANSLATE_NOOP("Problems", "事项“{item}”的后台办理人{person}不在承接机构“{body}”工作"),
                    EntityKind.SERVICE_ITEM,
                    item.id,
                    item=label,
                    person=handler.name,
                    body=bodies[received].name,
                )
            )
        if item.power_id in plan.powers and received in bodies and received not in windowed_bodies:
            out.append(
                _problem(
                    "service_item.body_without_window",
                    QT_TRANSLATE_NOOP("Problems", "县级下放事项“{item}”的承接机构“{body}”在便民大厅没有窗口"),
                    EntityKind.SERVICE_ITEM,
                    item.id,
                    item=label,
                    body=bodies[received].name,
                )
            )
    return out


def _check_sections(plan: Plan) -> list[Problem]:
    """The document text: headings need a title; a heading may go only one level deeper than the one before."""
    out: list[Problem] = []
    order = plan_sections(plan)
    numbers = numbering(order)
    for s in order:
        if s.level > 0 and not s.title.strip():
            out.append(
                _problem(
                    "section.no_title",
                    QT_TRANSLATE_NOOP("Problems", "方案文本第{seq}节（{number}）缺少标题"),
                    EntityKind.SECTION,
                    s.id,
                    seq=s.seq,
                    number=numbers[s.id],
                )
            )
    for s in bare_headings(order):
        # The document prints （待补充：…） under it: a draft, not a plan to sign.
        out.append(
            _problem(
                "section.bare",
                QT_TRANSLATE_NOOP("Problems", "方案文本“{number}{title}”尚未填写（方案文本中显示为“待补充”）"),
                EntityKind.SECTION,
                s.id,
                number=numbers[s.id],
                title=s.title,
            )
        )
    for s in level_jumps(order):
        out.append(
            _problem(
                "section.level_jump",
                QT_TRANSLATE_NOOP("Problems", "方案文本“{number}{title}”跳过了上一级标题"),
                EntityKind.SECTION,
                s.id,
                number=numbers[s.id],
                title=s.title,
            )
        )
    return out


def _check_units(plan: Plan) -> list[Problem]:
    return [
        _problem(
            "unit.unplaced",
            QT_TRANSLATE_NOOP("Problems", "原科室“{unit}”尚未并入任何职能机构"),
            EntityKind.UNIT,
            u.id,
            unit=u.name,
        )
        for u in plan.units.values()
        if u.body_id is None or u.body_id not in plan.bodies
    ]


def _check_bodies_and_people(plan: Plan) -> list[Problem]:
    out: list[Problem] = []
    people = plan.people
    by_body = plan.people_by_body()
    names = Counter(body.name.strip() for body in plan.bodies.values())

    for body in plan.bodies.values():
        members = by_body.get(body.id, [])
        if names[body.name.strip()] > 1:
            # Two bodies of one name: the export would have two sheets of one title.
            out.append(
                _problem(
                    "body.duplicate_name",
                    QT_TRANSLATE_NOOP("Problems", "职能机构名称“{body}”重复（共{count}个）"),
                    EntityKind.BODY,
                    body.id,
                    body=body.name.strip(),
                    count=names[body.name.strip()],
                )
            )
        deputy = people.get(body.deputy_id) if body.deputy_id else None
        if deputy is None:
            out.append(
                _problem(
                    "body.no_deputy",
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "职能机构“{body}”没有分管副职：三级管理要求每个职能机构由一名分管副职直接领导（在岗{people}人无人分管）",
                    ),
                    EntityKind.BODY,
                    body.id,
                    body=body.name,
                    people=len(members),
                )
            )
        elif deputy.tier_after is not Tier.DEPUTY_IN_CHARGE:
            out.append(
                _problem(
                    "body.deputy_not_in_charge",
                    QT_TRANSLATE_NOOP(
                        "Problems", "职能机构“{body}”的分管领导{deputy}在改革后不是分管副职（现为{tier}）"
                    ),
                    EntityKind.BODY,
                    body.id,
                    body=body.name,
                    deputy=deputy.name,
                    tier=deputy.tier_after,
                )
            )
        if len(members) > body.authorized_posts:
            out.append(
                _problem(
                    "body.over_posts",
                    QT_TRANSLATE_NOOP("Problems", "职能机构“{body}”在岗{people}人，超出编制数{posts}"),
                    EntityKind.BODY,
                    body.id,
                    body=body.name,
                    people=len(members),
                    posts=body.authorized_posts,
                )
            )
        use = body_posts(plan, body, members)
        if use.by_type:
            for t in use.uses:
                if t.over:
                    out.append(
                        _problem(
                            "body.over_posts_of_type",
                            QT_TRANSLATE_NOOP(
                                "Problems",
                                "职能机构“{body}”{post_type}在岗{people}人，超出该类编制{posts}名（超编{over}）",
                            ),
                            EntityKind.BODY,
                            body.id,
                            body=body.name,
                            post_type=t.post_type,
                            people=t.people,
                            posts=t.posts,
                            over=t.over,
                        )
                    )
            for pid in use.mixed:
                p = people[pid]
                out.append(
                    _problem(
                        "person.mixed_post",
                        QT_TRANSLATE_NOOP(
                            "Problems", "{person}（{staff_id}）为{post_type}，但职能机构“{body}”没有{post_type}（混岗）"
                        ),
                        EntityKind.PERSON,
                        pid,
                        person=p.name,
                        staff_id=p.staff_id,
                        post_type=p.post_type,
                        body=body.name,
                    )
                )
        leaders = {p.id for p in members if p.tier_after in LEADER_TIERS or p.tier_after is Tier.SECTION_CHIEF}
        if deputy is not None:
            leaders.add(deputy.id)
        if len(leaders) > body.leadership_posts:
            out.append(
                _problem(
                    "body.over_leaders",
                    QT_TRANSLATE_NOOP("Problems", "职能机构“{body}”领导{count}名（{names}），超出领导职数{posts}"),
                    EntityKind.BODY,
                    body.id,
                    body=body.name,
                    count=len(leaders),
                    names=Names(sorted(people[i].name for i in leaders)),
                    posts=body.leadership_posts,
                )
            )

    body_of = {pid: b for b, members in by_body.items() for pid in (m.id for m in members)}
    head = next((p for p in people.values() if p.tier_after is Tier.HEAD), None)
    for person in people.values():
        if person.tier_after in (Tier.SECTION_CHIEF, Tier.DEPUTY_LEADER):
            out.append(
                _problem(
                    "person.old_tier",
                    QT_TRANSLATE_NOOP("Problems", "{person}（{staff_id}）改革后仍为{tier}，三级管理中已无此层级"),
                    EntityKind.PERSON,
                    person.id,
                    person=person.name,
                    staff_id=person.staff_id,
                    tier=person.tier_after,
                )
            )
        if person.tier_after is Tier.DEPUTY_IN_CHARGE and person.reports_to_id:
            # A deputy in charge answers to the head: one still reporting to another
            # deputy (a section chief promoted, her old line kept) is a fourth tier.
            current = people.get(person.reports_to_id)
            if current is not None and current.tier_after is not Tier.HEAD:
                out.append(
                    _problem(
                        "person.deputy_reports_wrong",
                        QT_TRANSLATE_NOOP(
                            "Problems",
                            "{person}（{staff_id}）为分管副职，应向负责人{head}报告，现向{current}（{tier}）报告",
                        ),
                        EntityKind.PERSON,
                        person.id,
                        person=person.name,
                        staff_id=person.staff_id,
                        head=head.name if head else "",
                        current=current.name,
                        tier=current.tier_after,
                    )
                )
        if person.tier_after is Tier.STAFF:
            body_id = body_of.get(person.id)
            body = plan.bodies.get(body_id) if body_id else None
            if body is None:
                out.append(
                    _problem(
                        "person.unplaced",
                        QT_TRANSLATE_NOOP("Problems", "{person}（{staff_id}）尚未安排到职能机构"),
                        EntityKind.PERSON,
                        person.id,
                        person=person.name,
                        staff_id=person.staff_id,
                    )
                )
            elif body.deputy_id and person.reports_to_id != body.deputy_id:
                deputy = people.get(body.deputy_id)
                current = people.get(person.reports_to_id) if person.reports_to_id else None
                common = {
                    "person": person.name,
                    "staff_id": person.staff_id,
                    "body": body.name,
                    "deputy": deputy.name if deputy else "",
                }
                if current is not None:
                    out.append(
                        _problem(
                            "person.reports_to_wrong",
                            QT_TRANSLATE_NOOP(
                                "Problems",
                                "{person}（{staff_id}）应向“{body}”的分管副职{deputy}报告，现向{current}（{tier}）报告",
                            ),
                            EntityKind.PERSON,
                            person.id,
                            **common,
                            current=current.name,
                            tier=current.tier_after,
                        )
                    )
                else:
                    out.append(
                        _problem(
                            "person.reports_to_wrong",
                            QT_TRANSLATE_NOOP(
                                "Problems", "{person}（{staff_id}）应向“{body}”的分管副职{deputy}报告，现未指定汇报对象"
                            ),
                            EntityKind.PERSON,
                            person.id,
                            **common,
                        )
                    )
    out += _reporting_cycles(plan)
    return out


def _reporting_cycles(plan: Plan) -> list[Problem]:
    """One problem per person on a reporting cycle (A → B → … → A)."""
    people = plan.people
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    in_cycle: list[str] = []
    cycle_of: dict[str, list[str]] = {}  # person id → the cycle they are on, for the message
    for start in people:
        if start in state:
            continue
        path: list[str] = []
        node: str | None = start
        while node is not None and node in people and node not in state:
            state[node] = 1
            path.append(node)
            node = people[node].reports_to_id
        if node is not None and state.get(node) == 1:
            cycle = path[path.index(node) :]
            in_cycle += cycle
            for i, n in enumerate(cycle):  # each person's message starts the loop at them
                cycle_of[n] = [*cycle[i:], *cycle[:i], n]
        for n in path:
            state[n] = 2
    out = []
    for pid in in_cycle:
        p = people[pid]
        out.append(
            _problem(
                "person.reporting_cycle",
                QT_TRANSLATE_NOOP("Problems", "{person}（{staff_id}）的汇报关系形成循环：{cycle}"),
                EntityKind.PERSON,
                pid,
                person=p.name,
                staff_id=p.staff_id,
                cycle=" → ".join(people[n].name for n in cycle_of[pid]),
            )
        )
    return out


def _check_powers(plan: Plan) -> list[Problem]:
    out: list[Problem] = []
    bodies = plan.bodies
    people = plan.people
    body_of_person: dict[str, str | None] = {}  # every person's id (people_by_body holds them all)
    for body_id, members in plan.people_by_body().items():
        for m in members:
            body_of_person[m.id] = body_id
    # Codes seen twice, found in C: one set of the codes, and a count only when it is shorter
    # (a plan without duplicates, the usual one, is not looked up again power by power).
    codes = list(filter(None, map(attrgetter("code"), plan.powers.values())))
    duplicated = {c for c, n in Counter(codes).items() if n > 1} if len(set(codes)) < len(codes) else set()
    plan_date = plan.info.date
    no_body = QT_TRANSLATE_NOOP("Problems", "事项“{power}”未确定承接机构")
    no_deadline = QT_TRANSLATE_NOOP("Problems", "事项“{power}”未确定承接时限")
    no_official = QT_TRANSLATE_NOOP("Problems", "事项“{power}”未确定责任人")
    for power in plan.powers.values():
        if power.parent_id is None:  # a main item: its own assignment, as Plan.assignment gives it
            body_id, deadline, official_id = power.body_id, power.deadline, power.official_id
        else:
            body_id, deadline, official_id = plan.assignment(power)
        placed = body_id is not None and body_id in bodies
        if not placed:
            out.append(_problem("power.no_body", no_body, EntityKind.POWER, power.id, power=_label(power)))
        if deadline is None:
            out.append(_problem("power.no_deadline", no_deadline, EntityKind.POWER, power.id, power=_label(power)))
        elif plan_date is not None and deadline < plan_date:
            out.append(
                _problem(
                    "power.deadline_before_plan",
                    QT_TRANSLATE_NOOP("Problems", "事项“{power}”的承接时限{deadline}早于方案日期{date}"),
                    EntityKind.POWER,
                    power.id,
                    power=_label(power),
                    deadline=deadline,
                    date=plan_date,
                )
            )
        # Where the official works, from the one table of every person (a person is never looked
        # up: at 200k powers the tables are far larger than the processor's caches).
        works_in = body_of_person.get(official_id, _NOBODY) if official_id else _NOBODY
        if works_in is _NOBODY:
            out.append(_problem("power.no_official", no_official, EntityKind.POWER, power.id, power=_label(power)))
        elif placed and works_in != body_id and not _serves_body(plan, official_id, body_of_person, body_id):  # type: ignore[arg-type]
            out.append(
                _problem(
                    "power.official_elsewhere",
                    QT_TRANSLATE_NOOP("Problems", "事项“{power}”的责任人{official}不在承接机构“{body}”工作"),
                    EntityKind.POWER,
                    power.id,
                    power=_label(power),
                    official=people[official_id].name,  # type: ignore[index]
                    body=bodies[body_id].name,
                )
            )
        if not power.code:
            # A list without codes (a province 指导目录): never invented, flagged until filled in.
            out.append(
                _problem(
                    "power.no_code",
                    QT_TRANSLATE_NOOP("Problems", "事项“{name}”没有事项编码"),
                    EntityKind.POWER,
                    power.id,
                    name=power.name,
                )
            )
        elif power.code in duplicated:
            out.append(
                _problem(
                    "power.duplicate_code",
                    QT_TRANSLATE_NOOP("Problems", "事项编码{code}重复（{name}）"),
                    EntityKind.POWER,
                    power.id,
                    code=power.code,
                    name=power.name,
                )
            )
    return out


#: ``body_of_person``'s answer for an id that is no person's.
_NOBODY: Any = object()


def _label(power: Any) -> str:
    """A power as the problem texts name it (made only for a power with a problem)."""
    return f"{power.code} {power.name}"


def _serves_body(plan: Plan, person_id: str, body_of_person: dict[str, str | None], body_id: str | None) -> bool:
    """A person serves a body when they work in it or are its deputy in charge."""
    if body_of_person.get(person_id) == body_id:
        return True
    body = plan.bodies.get(body_id or "")
    return body is not None and body.deputy_id == person_id
