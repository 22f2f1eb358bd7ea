"""Validation: the plan's problems, each with a stable code and a Chinese message.

All checks run in one pass over each entity table with dict look-ups, so a
plan of 50,000 powers and 5,000 people validates in well under a second.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from reformdesk.domain import service_hall as hall
from reformdesk.domain.document_text import level_jumps, numbering, plan_sections
from reformdesk.domain.model import LEADER_TIERS, HallMode, Plan, ServiceSource, Tier, cn_date
from reformdesk.domain.posts import body_posts
from reformdesk.domain.registry import EntityKind


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
    "person.mixed_post": Severity.WARNING,
    "person.old_tier": Severity.ERROR,
    "person.unplaced": Severity.WARNING,
    "person.reports_to_wrong": Severity.WARNING,
    "person.reporting_cycle": Severity.ERROR,
    "power.no_body": Severity.WARNING,
    "power.no_deadline": Severity.WARNING,
    "power.no_official": Severity.WARNING,
    "power.official_elsewhere": Severity.WARNING,
    "power.duplicate_code": Severity.ERROR,
    "power.no_code": Severity.WARNING,
    "power.deadline_before_plan": Severity.ERROR,
    "section.no_title": Severity.WARNING,
    "section.level_jump": Severity.WARNING,
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
    "unit.unplaced": "原科室站所未并入职能机构",
    "body.no_deputy": "职能机构无分管副职",
    "body.deputy_not_in_charge": "分管领导不是分管副职",
    "body.over_posts": "超编（在岗人数超出编制数）",
    "body.over_leaders": "超职数（领导人数超出领导职数）",
    "person.old_tier": "仍保留已撤销的管理层级",
    "person.unplaced": "人员未安排到职能机构",
    "person.reports_to_wrong": "汇报对象不是分管副职",
    "person.reporting_cycle": "汇报关系循环",
    "power.no_body": "事项未确定承接机构",
    "power.no_deadline": "事项未确定承接时限",
    "power.no_official": "事项未确定责任人",
    "power.official_elsewhere": "责任人不在承接机构",
    "power.duplicate_code": "事项编码重复",
    "power.deadline_before_plan": "承接时限早于方案日期",
    "service_item.no_window": "审批服务事项未进入窗口",
    "service_item.duplicate": "审批服务事项进入两个窗口",
    "service_item.unlinked": "县级下放事项未关联下放权力事项",
    "service_item.handler_elsewhere": "后台办理人不在承接机构",
    "service_item.body_without_window": "承接机构在便民大厅无窗口",
    "window.no_staff": "窗口未配备前台工作人员",
    "window.two_staff": "窗口配备多名前台工作人员（“111+N”每窗口1人）",
    "window.staff_elsewhere": "前台工作人员不在窗口所属职能机构",
    "window.no_body": "窗口未确定所属职能机构",
    "window.overloaded": "窗口事项或办件量过多（超过中位数两倍）",
}


def problem_name(code: str) -> str:
    """The Chinese name of a problem code (the code itself for a code this version does not know)."""
    return NAMES.get(code, code)


def _problem(code: str, message: str, kind: EntityKind, entity_id: str | None) -> Problem:
    return Problem(code, CODES[code], message, kind, entity_id)


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
    body_of_person: dict[str, str | None] = {}
    for body_id, members in plan.people_by_body().items():
        for m in members:
            body_of_person[m.id] = body_id
    staff = hall.window_staff(plan)
    for window in hall.ordered_windows(plan):
        label = f"{window.label}（{window.name}）" if window.name else window.label
        body = bodies.get(window.body_id or "")
        if body is None:
            out.append(_problem("window.no_body", f"{label}未确定所属职能机构", EntityKind.WINDOW, window.id))
        people = staff[window.id]
        if not people:
            out.append(_problem("window.no_staff", f"{label}未配备前台工作人员", EntityKind.WINDOW, window.id))
        elif len(people) > 1 and plan.info.hall_mode is HallMode.ONE_PER_WINDOW:
            names = "、".join(p.name for p in people)
            out.append(
                _problem(
                    "window.two_staff",
                    f"{label}配备了{len(people)}名前台工作人员（{names}），“111+N”每窗口1人",
                    EntityKind.WINDOW,
                    window.id,
                )
            )
        if body is not None:
            for p in people:
                if body_of_person.get(p.id) != body.id:
                    out.append(
                        _problem(
                            "window.staff_elsewhere",
                            f"{label}的前台工作人员{p.name}不在所属职能机构“{body.name}”工作",
                            EntityKind.WINDOW,
                            window.id,
                        )
                    )
    loads = hall.window_loads(plan)
    over = hall.overloaded(loads.values())
    for window in hall.ordered_windows(plan):
        many_items, much_volume = over.get(window.id, (False, False))
        if many_items or much_volume:
            what = "、".join(
                t
                for t, on in (
                    (f"事项{loads[window.id].items}项", many_items),
                    (f"年办件量{loads[window.id].volume}件", much_volume),
                )
                if on
            )
            out.append(
                _problem(
                    "window.overloaded", f"{window.label}{what}，超过各窗口中位数的两倍", EntityKind.WINDOW, window.id
                )
            )
    seen: dict[tuple[str, str], str] = {}
    windowed_bodies = {w.body_id for w in windows.values() if w.body_id is not None}
    for item in hall.ordered_items(plan):
        label = item.name
        window = windows.get(item.window_id or "")
        if window is None:
            out.append(_problem("service_item.no_window", f"事项“{label}”未进入窗口", EntityKind.SERVICE_ITEM, item.id))
        key = ("power", item.power_id) if item.power_id else ("name", item.name)
        first = seen.get(key)
        if first is not None:
            other = windows.get(plan.service_items[first].window_id or "")
            out.append(
                _problem(
                    "service_item.duplicate",
                    f"事项“{label}”重复进驻：{other.label if other else '未进入窗口'}和"
                    f"{window.label if window else '未进入窗口'}",
                    EntityKind.SERVICE_ITEM,
                    item.id,
                )
            )
        else:
            seen[key] = item.id
        if item.source is ServiceSource.COUNTY and item.power_id not in plan.powers:
            out.append(
                _problem(
                    "service_item.unlinked",
                    f"县级下放事项“{label}”未关联下放的权力事项",
                    EntityKind.SERVICE_ITEM,
                    item.id,
                )
            )
        received = hall.receiving_body(plan, item)
        handler = plan.people.get(item.handler_id or "")
        if handler is not None and received in bodies and not _serves_body(plan, handler.id, body_of_person, received):
            out.append(
                _problem(
                    "service_item.handler_elsewhere",
                    f"事项“{label}”的后台办理人{handler.name}不在承接机构“{bodies[received].name}”工作",
                    EntityKind.SERVICE_ITEM,
                    item.id,
                )
            )
        if item.power_id in plan.powers and received in bodies and received not in windowed_bodies:
            out.append(
                _problem(
                    "service_item.body_without_window",
                    f"县级下放事项“{label}”的承接机构“{bodies[received].name}”在便民大厅没有窗口",
                    EntityKind.SERVICE_ITEM,
                    item.id,
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
                    "section.no_title", f"方案文本第{s.seq}节（{numbers[s.id]}）缺少标题", EntityKind.SECTION, s.id
                )
            )
    for s in level_jumps(order):
        out.append(
            _problem(
                "section.level_jump",
                f"方案文本“{numbers[s.id]}{s.title}”跳过了上一级标题",
                EntityKind.SECTION,
                s.id,
            )
        )
    return out


def _check_units(plan: Plan) -> list[Problem]:
    return [
        _problem("unit.unplaced", f"原科室“{u.name}”尚未并入任何职能机构", EntityKind.UNIT, u.id)
        for u in plan.units.values()
        if u.body_id is None or u.body_id not in plan.bodies
    ]


def _check_bodies_and_people(plan: Plan) -> list[Problem]:
    out: list[Problem] = []
    people = plan.people
    by_body = plan.people_by_body()

    for body in plan.bodies.values():
        members = by_body.get(body.id, [])
        deputy = people.get(body.deputy_id) if body.deputy_id else None
        if deputy is None:
            out.append(
                _problem(
                    "body.no_deputy",
                    f"职能机构“{body.name}”没有分管副职：三级管理要求每个职能机构由一名分管副职直接领导"
                    f"（在岗{len(members)}人无人分管）",
                    EntityKind.BODY,
                    body.id,
                )
            )
        elif deputy.tier_after is not Tier.DEPUTY_IN_CHARGE:
            out.append(
                _problem(
                    "body.deputy_not_in_charge",
                    f"职能机构“{body.name}”的分管领导{deputy.name}在改革后不是分管副职（现为{deputy.tier_after.label}）",
                    EntityKind.BODY,
                    body.id,
                )
            )
        if len(members) > body.authorized_posts:
            out.append(
                _problem(
                    "body.over_posts",
                    f"职能机构“{body.name}”在岗{len(members)}人，超出编制数{body.authorized_posts}",
                    EntityKind.BODY,
                    body.id,
                )
            )
        use = body_posts(plan, body, members)
        if use.by_type:
            for t in use.uses:
                if t.over:
                    out.append(
                        _problem(
                            "body.over_posts_of_type",
                            f"职能机构“{body.name}”{t.post_type.value}在岗{t.people}人，"
                            f"超出该类编制{t.posts}名（超编{t.over}）",
                            EntityKind.BODY,
                            body.id,
                        )
                    )
            for pid in use.mixed:
                p = people[pid]
                out.append(
                    _problem(
                        "person.mixed_post",
                        f"{p.name}（{p.staff_id or '无工号'}）为{p.post_type.value}，"
                        f"但职能机构“{body.name}”没有{p.post_type.value}（混岗）",
                        EntityKind.PERSON,
                        pid,
                    )
                )
        leaders = {p.id for p in members if p.tier_after in LEADER_TIERS or p.tier_after is Tier.SECTION_CHIEF}
        if deputy is not None:
            leaders.add(deputy.id)
        if len(leaders) > body.leadership_posts:
            out.append(
                _problem(
                    "body.over_leaders",
                    f"职能机构“{body.name}”领导{len(leaders)}名（{'、'.join(sorted(people[i].name for i in leaders))}），"
                    f"超出领导职数{body.leadership_posts}",
                    EntityKind.BODY,
                    body.id,
                )
            )

    body_of = {pid: b for b, members in by_body.items() for pid in (m.id for m in members)}
    for person in people.values():
        if person.tier_after in (Tier.SECTION_CHIEF, Tier.DEPUTY_LEADER):
            out.append(
                _problem(
                    "person.old_tier",
                    f"{person.name}（{person.staff_id}）改革后仍为{person.tier_after.label}，三级管理中已无此层级",
                    EntityKind.PERSON,
                    person.id,
                )
            )
        if person.tier_after is Tier.STAFF:
            body_id = body_of.get(person.id)
            body = plan.bodies.get(body_id) if body_id else None
            if body is None:
                out.append(
                    _problem(
                        "person.unplaced",
                        f"{person.name}（{person.staff_id}）尚未安排到职能机构",
                        EntityKind.PERSON,
                        person.id,
                    )
                )
            elif body.deputy_id and person.reports_to_id != body.deputy_id:
                deputy = people.get(body.deputy_id)
                current = people.get(person.reports_to_id) if person.reports_to_id else None
                now = f"现向{current.name}（{current.tier_after.label}）报告" if current else "现未指定汇报对象"
                out.append(
                    _problem(
                        "person.reports_to_wrong",
                        f"{person.name}（{person.staff_id}）应向“{body.name}”的分管副职"
                        f"{deputy.name if deputy else ''}报告，{now}",
                        EntityKind.PERSON,
                        person.id,
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
                f"{p.name}（{p.staff_id}）的汇报关系形成循环：{' → '.join(people[n].name for n in cycle_of[pid])}",
                EntityKind.PERSON,
                pid,
            )
        )
    return out


def _check_powers(plan: Plan) -> list[Problem]:
    out: list[Problem] = []
    bodies = plan.bodies
    people = plan.people
    body_of_person: dict[str, str | None] = {}
    for body_id, members in plan.people_by_body().items():
        for m in members:
            body_of_person[m.id] = body_id
    codes = Counter(p.code for p in plan.powers.values() if p.code)
    plan_date = plan.info.date
    for power in plan.powers.values():
        label = f"{power.code} {power.name}"
        body_id, deadline, official_id = plan.assignment(power)
        if body_id is None or body_id not in bodies:
            out.append(_problem("power.no_body", f"事项“{label}”未确定承接机构", EntityKind.POWER, power.id))
        if deadline is None:
            out.append(_problem("power.no_deadline", f"事项“{label}”未确定承接时限", EntityKind.POWER, power.id))
        elif plan_date is not None and deadline < plan_date:
            out.append(
                _problem(
                    "power.deadline_before_plan",
                    f"事项“{label}”的承接时限{cn_date(deadline)}早于方案日期{cn_date(plan_date)}",
                    EntityKind.POWER,
                    power.id,
                )
            )
        official = people.get(official_id) if official_id else None
        if official is None:
            out.append(_problem("power.no_official", f"事项“{label}”未确定责任人", EntityKind.POWER, power.id))
        elif body_id in bodies and not _serves_body(plan, official.id, body_of_person, body_id):
            out.append(
                _problem(
                    "power.official_elsewhere",
                    f"事项“{label}”的责任人{official.name}不在承接机构“{bodies[body_id].name}”工作",
                    EntityKind.POWER,
                    power.id,
                )
            )
        if not power.code:
            # A list without codes (a province 指导目录): never invented, flagged until filled in.
            out.append(_problem("power.no_code", f"事项“{power.name}”没有事项编码", EntityKind.POWER, power.id))
        elif codes[power.code] > 1:
            out.append(
                _problem(
                    "power.duplicate_code", f"事项编码{power.code}重复（{power.name}）", EntityKind.POWER, power.id
                )
            )
    return out


def _serves_body(plan: Plan, person_id: str, body_of_person: dict[str, str | None], body_id: str | None) -> bool:
    """A person serves a body when they work in it or are its deputy in charge."""
    if body_of_person.get(person_id) == body_id:
        return True
    body = plan.bodies.get(body_id or "")
    return body is not None and body.deputy_id == person_id
