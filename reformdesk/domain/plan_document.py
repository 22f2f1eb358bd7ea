"""The plan document (实施方案) as a list of neutral blocks: what a writer lays out.

:func:`compose` reads the plan — its document title, its sections (the prose
typed in the 方案文本 page) and its data — and returns a :class:`PlanText`:
the title, the body as :class:`Heading` and :class:`Paragraph` blocks, the
附件 list, the issuing office and the written-out date, and the annexes
(:class:`Annex`, each with its blocks or :class:`Table`).  Writers (the .docx
writer in ``formats/plan_document.py``) only lay these blocks out; the
方案文本 page shows the generated parts from the same function, so the
preview and the document never disagree.

Generated parts (a section's ``part``), written after the section's own text,
one heading level below it:

* 机构设置 — each body: name, 规格, 类别, 主要职责 (numbered duties), 编制 by
  type, 领导职数; brings the annex of one 三定 section per body;
* 管理层级 — the three tiers before and after, the head, each deputy in charge
  and the bodies they lead;
* 权限承接 — counts by type, by mode and by receiving body; brings the
  delegation table as an annex;
* 人员安排 — people per body; brings the staffing table as an annex.

Annexes are numbered in that order of appearance (附件1 the delegation table,
附件2 the staffing table, 附件3 the 三定 when all three parts are there, then the
service hall's 窗口设置表 and 进驻事项清单 when the 便民服务 part is there).
Fields still empty in a plan (a body without 规格 or duties) are left out of
the sentences rather than printed as blanks.

Pure Python, no Qt.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterator
from dataclasses import dataclass, field

from reformdesk.domain import service_hall as hall
from reformdesk.domain.document_text import (
    MAX_LEVEL,
    Counter,
    GeneratedPart,
    Section,
    bare_headings,
    cn_date_written,
    cn_number,
    number_label,
    paragraphs,
    plan_sections,
    section_prompt,
)
from reformdesk.domain.model import (
    TIERS_AFTER,
    TIERS_BEFORE,
    Body,
    DelegationMode,
    Handling,
    Plan,
    Power,
    PowerType,
    Tier,
    WindowKind,
)

# -- blocks -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    """A numbered heading: ``level`` 1–4 (一、 （一） 1. （1）; deeper levels are numbered ①)."""

    level: int
    number: str
    text: str
    #: The section it comes from (None: a generated heading).
    section_id: str | None = None

    @property
    def full(self) -> str:
        return f"{self.number}{self.text}"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of body text (first line indented two characters)."""

    text: str
    section_id: str | None = None
    #: A "（待补充：…）" prompt standing for text not yet written (writers make it stand out).
    prompt: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table: header and rows of text; ``widths`` are relative column widths."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    #: Laid out on landscape pages (wide tables).
    landscape: bool = False


Block = Heading | Paragraph | Table


@dataclass(frozen=True, slots=True)
class Annex:
    """附件N: its title and blocks."""

    number: int
    title: str
    blocks: tuple[Block, ...]
    landscape: bool = False


@dataclass(frozen=True, slots=True)
class PlanText:
    """The whole document, ready to lay out."""

    title: str
    body: tuple[Block, ...]
    annexes: tuple[Annex, ...]
    issuer: str  # 落款: the office issuing the plan (may be empty)
    date: str  # 二〇二六年十二月一日 (empty without a plan date)
    #: 草稿（存在 3 项问题，不可签署） while the plan has problems, as on the workbooks; "" for a final.
    draft: str = ""


@dataclass(slots=True)
class _Annexes:
    """Which annexes the parts bring, numbered in the fixed order delegation, staffing, 三定."""

    parts: set[GeneratedPart] = field(default_factory=set)

    ORDER = (GeneratedPart.POWERS, GeneratedPart.PEOPLE, GeneratedPart.BODIES, GeneratedPart.HALL)

    def number(self, part: GeneratedPart) -> int:
        present = [p for p in self.ORDER if p in self.parts]
        return present.index(part) + 1


# -- composing ----------------------------------------------------------------------------


def document_title(plan: Plan) -> str:
    """The document's title: its own, else the plan's name."""
    return plan.info.doc_title.strip() or plan.info.name.strip() or f"{plan.info.town}行政管理体制改革实施方案"


def compose(plan: Plan, draft: str = "") -> PlanText:
    """The plan as its document (see the module docstring); ``draft`` its draft mark, if any."""
    sections = plan_sections(plan)
    annexes = _Annexes({s.part for s in sections if s.part is not GeneratedPart.NONE})
    body: list[Block] = []
    counter = Counter()
    bare = {s.id for s in bare_headings(sections)}
    for section in sections:
        body += section_blocks(plan, section, counter, annexes, bare=section.id in bare)
    annex_list: list[Annex] = []
    town = plan.info.town
    for part in _Annexes.ORDER:
        if part not in annexes.parts:
            continue
        n = annexes.number(part)
        if part is GeneratedPart.POWERS:
            annex_list.append(Annex(n, f"{town}县级权限承接方案", (delegation_table(plan),), landscape=True))
        elif part is GeneratedPart.PEOPLE:
            annex_list.append(Annex(n, f"{town}人员安排表", (staffing_table(plan),), landscape=True))
        elif part is GeneratedPart.HALL:
            annex_list.append(
                Annex(n, f"{town}便民服务大厅窗口设置表和进驻事项清单", tuple(hall_tables(plan)), landscape=True)
            )
        else:
            annex_list.append(Annex(n, f"{town}职能机构“三定”规定", tuple(charter_blocks(plan))))
    date = cn_date_written(plan.info.date) if plan.info.date else ""
    return PlanText(document_title(plan), tuple(body), tuple(annex_list), plan.info.office.strip(), date, draft)


def section_blocks(
    plan: Plan,
    section: Section,
    counter: Counter | None = None,
    annexes: _Annexes | None = None,
    *,
    bare: bool = False,
) -> list[Block]:
    """One section's blocks: its heading, its paragraphs, then its generated part.

    A ``bare`` heading (nothing under it, :func:`bare_headings`) is followed by its prompt
    （待补充：…）: a draft says what is missing, never prints a heading alone.
    """
    counter = counter if counter is not None else Counter()
    out: list[Block] = []
    if section.level > 0:
        out.append(Heading(section.level, counter.next(section.level), section.title.strip(), section.id))
    elif section.title.strip():
        out.append(Paragraph(section.title.strip(), section.id))
    out += [Paragraph(text, section.id) for text in paragraphs(section.text)]
    if bare and section.level > 0:
        out.append(Paragraph(section_prompt(section), section.id, prompt=True))
    if section.part is not GeneratedPart.NONE:
        annexes = annexes if annexes is not None else _Annexes({section.part})
        # The generated headings sit one level below the section (below 1. for text without heading).
        level = section.level + 1 if section.level > 0 else 3
        out += generated_blocks(plan, section.part, level, annexes)
    return out


def generated_blocks(plan: Plan, part: GeneratedPart, level: int, annexes: _Annexes | None = None) -> list[Block]:
    """The blocks of a generated part, its own headings at ``level``."""
    annexes = annexes if annexes is not None else _Annexes({part})
    if part is GeneratedPart.BODIES:
        return list(_bodies(plan, level, annexes))
    if part is GeneratedPart.TIERS:
        return list(_tiers(plan, level))
    if part is GeneratedPart.POWERS:
        return list(_powers(plan, annexes))
    if part is GeneratedPart.HALL:
        return list(_hall(plan, annexes))
    if part is GeneratedPart.PEOPLE:
        return list(_people(plan, annexes))
    return []


# -- sentences ----------------------------------------------------------------------------


def _count(n: int, unit: str = "名") -> str:
    return f"{n}{unit}"


def _posts(body: Body) -> str:
    """核定编制5名（行政编制 3、事业编制 2）."""
    total = body.authorized_posts or body.posts_by_type.total
    text = f"核定编制{_count(total)}"
    if body.posts_by_type:
        text += "（" + "、".join(f"{kind.value}{count}名" for kind, count in body.posts_by_type.counts) + "）"
    return text


def _leaders(body: Body) -> str:
    """领导职数3名（正职1名、副职2名）."""
    total = body.leadership_posts or (body.chief_posts + body.deputy_posts)
    text = f"领导职数{_count(total)}"
    split = [f"正职{body.chief_posts}名"] if body.chief_posts else []
    split += [f"副职{body.deputy_posts}名"] if body.deputy_posts else []
    if split:
        text += "（" + "、".join(split) + "）"
    return text


def _rank_and_kind(body: Body) -> str:
    parts = []
    if body.rank.strip():
        parts.append(f"机构规格为{body.rank.strip()}")
    if body.kind.strip():
        parts.append(f"机构类别为{body.kind.strip()}")
    return "，".join(parts)


def _join(names: list[str]) -> str:
    return "、".join(names)


def _numbered(items: list[str], level: int) -> Iterator[Block]:
    """Items as numbered paragraphs at ``level`` (（1）…); deeper than four levels: ①…."""
    for i, item in enumerate(items, 1):
        text = item.strip().rstrip("；;。") + "。"
        yield Paragraph(f"{number_label(min(level, MAX_LEVEL + 1), i)}{text}")


def _bodies(plan: Plan, level: int, annexes: _Annexes) -> Iterator[Block]:
    bodies = list(plan.bodies.values())
    if not bodies:
        yield Paragraph("（尚未设置职能机构。）")
        return
    yield Paragraph(f"设置{cn_number(len(bodies))}个职能机构：{_join([b.name for b in bodies])}。")
    units = _units_by_body(plan)
    for i, body in enumerate(bodies, 1):
        yield Heading(level, number_label(level, i), body.name)
        first = _rank_and_kind(body)
        merged = units.get(body.id, [])
        if merged:
            first = (first + "。" if first else "") + f"整合原{_join(merged)}的职能"
        if first:
            yield Paragraph(first + "。")
        if body.duties:
            yield Paragraph("主要职责：")
            yield from _numbered(body.duties, level + 1)
        posts = f"{_posts(body)}，{_leaders(body)}。"
        yield Paragraph(posts)
    if GeneratedPart.BODIES in annexes.parts:
        yield Paragraph(f"各职能机构“三定”规定见附件{annexes.number(GeneratedPart.BODIES)}。")


def _units_by_body(plan: Plan) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for unit in plan.units.values():
        if unit.body_id is not None:
            out.setdefault(unit.body_id, []).append(unit.name)
    return out


def _tier_figures(plan: Plan, tiers: tuple[Tier, ...], attr: str) -> str:
    tally = Tally(getattr(p, attr) for p in plan.people.values())
    return "、".join(f"{t.label}{tally.get(t, 0)}名" for t in tiers)


def _tiers(plan: Plan, level: int) -> Iterator[Block]:
    if not plan.people:
        yield Paragraph("（尚未录入人员。）")
        return
    yield Paragraph(
        f"改革前实行四级管理（{_tier_figures(plan, TIERS_BEFORE, 'tier_before')}），"
        f"改革后实行三级管理（{_tier_figures(plan, TIERS_AFTER, 'tier_after')}）。"
    )
    heads = [p for p in plan.people.values() if p.tier_after is Tier.HEAD]
    leading: dict[str, list[Body]] = {}
    for body in plan.bodies.values():
        if body.deputy_id in plan.people:
            leading.setdefault(body.deputy_id, []).append(body)  # type: ignore[arg-type]
    deputies = [p for p in plan.people.values() if p.tier_after is Tier.DEPUTY_IN_CHARGE or p.id in leading]
    n = 0
    n += 1
    who = _join([f"{p.name}（{p.post}）" if p.post else p.name for p in heads]) or "（待定）"
    yield Heading(level, number_label(level, n), "负责人")
    yield Paragraph(f"{who}，负责全镇工作，直接领导各分管副职。")
    n += 1
    yield Heading(level, number_label(level, n), "分管副职")
    if deputies:
        by_body = plan.people_by_body()
        for i, deputy in enumerate(deputies, 1):
            bodies = leading.get(deputy.id, [])
            name = f"{deputy.name}（{deputy.post}）" if deputy.post else deputy.name
            if bodies:
                led = sum(len(by_body.get(b.id, [])) for b in bodies)
                text = f"{name}分管{_join([b.name for b in bodies])}，直接领导所分管机构干部{led}名"
            else:
                text = f"{name}暂未分管职能机构"
            yield Paragraph(f"{number_label(min(level + 1, MAX_LEVEL + 1), i)}{text}。")
    else:
        yield Paragraph("（尚未确定分管副职。）")
    n += 1
    staff = sum(1 for p in plan.people.values() if p.tier_after is Tier.STAFF)
    yield Heading(level, number_label(level, n), "干部")
    yield Paragraph(f"干部{staff}名，在所在职能机构工作，向分管副职负责。不再设科室长层级。")
    left = sum(1 for p in plan.people.values() if p.tier_after in (Tier.SECTION_CHIEF, Tier.DEPUTY_LEADER))
    if left:
        yield Paragraph(f"（另有{left}名人员尚未调整到三级管理层级。）")


def _powers(plan: Plan, annexes: _Annexes) -> Iterator[Block]:
    powers = list(plan.powers.values())
    if not powers:
        yield Paragraph("（尚未录入下放的行政权力事项。）")
        return
    subs = sum(1 for p in powers if p.parent_id is not None)
    mains = len(powers) - subs
    split = f"（主项{mains}项、子项{subs}项）" if subs else ""
    yield Paragraph(f"县级部门下放{plan.info.town or '本镇'}的行政权力事项共{len(powers)}项{split}。")
    by_type = Tally(p.type for p in powers)
    yield Paragraph("按事项类型：" + "、".join(f"{t.value}{by_type[t]}项" for t in PowerType if by_type.get(t)) + "。")
    by_mode = Tally(p.mode for p in powers)
    yield Paragraph(
        "按下放方式：" + "、".join(f"{m.value}{by_mode[m]}项" for m in DelegationMode if by_mode.get(m)) + "。"
    )
    by_body = Tally(plan.assignment(p)[0] for p in powers)
    named = [f"{b.name}{by_body[b.id]}项" for b in plan.bodies.values() if by_body.get(b.id)]
    unassigned = sum(n for body_id, n in by_body.items() if body_id not in plan.bodies)
    text = "按承接机构：" + ("、".join(named) or "（无）")
    if unassigned:
        text += f"，尚未确定承接机构{unassigned}项"
    yield Paragraph(text + "。")
    if by_mode.get(DelegationMode.ENTRUST):
        yield Paragraph("委托实施的事项，由县级部门与镇人民政府签订委托协议，明确委托事项、权限和责任。")
    yield Paragraph(
        f"各事项的承接机构、承接时限和责任人见附件{annexes.number(GeneratedPart.POWERS)}。"
        if GeneratedPart.POWERS in annexes.parts
        else "各事项的承接机构、承接时限和责任人另行列表。"
    )


def _people(plan: Plan, annexes: _Annexes) -> Iterator[Block]:
    if not plan.people:
        yield Paragraph("（尚未录入人员。）")
        return
    groups = plan.people_by_body()
    placed = [f"{b.name}{len(groups.get(b.id, []))}名" for b in plan.bodies.values() if groups.get(b.id)]
    outside = [
        *groups.get(None, []),
        *(p for k, g in groups.items() if k is not None and k not in plan.bodies for p in g),
    ]
    # The town's leaders lead the bodies from outside them; anyone else outside is not placed yet
    # (a roster just imported: all 12 read as 负责人、分管副职 in the document otherwise).
    leaders = sum(1 for p in outside if p.tier_after in (Tier.HEAD, Tier.DEPUTY_IN_CHARGE))
    waiting = len(outside) - leaders
    text = f"全镇现有工作人员{len(plan.people)}名，安排到职能机构：" + ("、".join(placed) or "（无）")
    if leaders:
        text += f"；另有{leaders}名（负责人、分管副职）不在职能机构内安排"
    if waiting:
        text += f"；{waiting}名尚未安排到职能机构"
    yield Paragraph(text + "。")
    yield Paragraph(
        f"具体人员安排见附件{annexes.number(GeneratedPart.PEOPLE)}。"
        if GeneratedPart.PEOPLE in annexes.parts
        else "具体人员安排另行列表。"
    )


def _hall(plan: Plan, annexes: _Annexes) -> Iterator[Block]:
    """便民服务 ("111+N"): windows, staff and items in figures, the windows per body, 进驻率."""
    if not plan.windows and not plan.service_items:
        yield Paragraph("（尚未设置便民服务窗口和审批服务事项。）")
        return
    f = hall.hall_figures(plan)
    windows = hall.ordered_windows(plan)
    kinds = Tally(w.kind for w in windows)
    kind_text = "、".join(f"{k.label}{kinds[k]}个" for k in WindowKind if kinds.get(k))
    handling = Tally(i.handling for i in plan.service_items.values())
    handling_text = "、".join(f"{h.label}{handling[h]}项" for h in Handling if handling.get(h))
    yield Paragraph(
        f"按照“1个职能机构、1个窗口、1名工作人员、办理N项业务”（“111+N”）机制，公共服务中心便民大厅设置窗口{f.windows}个"
        + (f"（{kind_text}）" if kind_text else "")
        + f"，安排前台工作人员{f.staff}名；整合本镇审批服务事项{f.town}项和县级部门下放、委托的服务事项{f.delegated}项，"
        f"共{f.items}项进驻窗口办理" + (f"，其中{handling_text}" if handling_text else "") + "。"
    )
    by_body: dict[str | None, list[str]] = {}
    for w in windows:
        by_body.setdefault(w.body_id, []).append(f"{w.label}（{w.name}）" if w.name else w.label)
    parts = [f"{plan.bodies[b].name}设{'、'.join(names)}" for b, names in by_body.items() if b in plan.bodies]
    if parts:
        yield Paragraph("；".join(parts) + "。")
    yield Paragraph(
        f"实行前台受理、后台办理、结果及时反馈的工作闭环，进驻率（在大厅办结的事项占全部事项的比例）为"
        f"{f.hall_rate_text}。"
    )
    yield Paragraph(
        f"各窗口设置和进驻事项见附件{annexes.number(GeneratedPart.HALL)}。"
        if GeneratedPart.HALL in annexes.parts
        else "各窗口设置和进驻事项另行列表。"
    )


WINDOW_TABLE_COLUMNS = ("窗口编号", "窗口名称", "所属职能机构", "窗口类型", "前台工作人员", "进驻事项数", "年办件量")
WINDOW_TABLE_WIDTHS = (8, 20, 16, 9, 12, 8, 8)
HALL_ITEM_TABLE_COLUMNS = (
    "序号",
    "事项名称",
    "来源",
    "办理类型",
    "承诺时限（工作日）",
    "窗口",
    "前台受理人",
    "后台办理人",
)
HALL_ITEM_TABLE_WIDTHS = (5, 30, 9, 8, 9, 8, 9, 9)


def hall_tables(plan: Plan) -> Iterator[Block]:
    """The annex: 窗口设置表, then 进驻事项清单."""
    staff = hall.window_staff(plan)
    loads = hall.window_loads(plan)
    windows = hall.ordered_windows(plan)
    yield Paragraph("一、窗口设置表")
    rows = []
    for w in windows:
        body = plan.bodies.get(w.body_id or "")
        rows.append(
            (
                w.label,
                w.name,
                body.name if body else "",
                w.kind.label,
                "、".join(p.name for p in staff[w.id]),
                str(loads[w.id].items),
                str(loads[w.id].volume),
            )
        )
    yield Table(WINDOW_TABLE_COLUMNS, tuple(rows), WINDOW_TABLE_WIDTHS, landscape=True)
    yield Paragraph("二、进驻事项清单")
    order = {w.id: i for i, w in enumerate(windows)}
    items = sorted(hall.ordered_items(plan), key=lambda i: order.get(i.window_id or "", len(order)))
    rows = []
    for n, item in enumerate(items, 1):
        window = plan.windows.get(item.window_id or "")
        handler = plan.people.get(item.handler_id or "")
        rows.append(
            (
                str(n),
                item.name,
                item.source.label,
                item.handling.label,
                str(item.time_limit),
                window.label if window else "",
                "、".join(p.name for p in staff.get(item.window_id or "", [])),
                handler.name if handler else "",
            )
        )
    yield Table(HALL_ITEM_TABLE_COLUMNS, tuple(rows), HALL_ITEM_TABLE_WIDTHS, landscape=True)


# -- annexes ------------------------------------------------------------------------------


def ordered_powers(plan: Plan) -> list[tuple[str, Power]]:
    """(序号, power): main items 1, 2 … in list order, each followed by its sub-items 12.1, 12.2 …"""
    powers = plan.powers
    children: dict[str, list[Power]] = {}
    mains: list[Power] = []
    for p in powers.values():
        if p.parent_id is not None and p.parent_id in powers and p.parent_id != p.id:
            children.setdefault(p.parent_id, []).append(p)
        else:
            mains.append(p)
    out: list[tuple[str, Power]] = []
    seen: set[str] = set()
    for i, main in enumerate(sorted(mains, key=lambda p: p.seq), 1):
        out.append((str(i), main))
        seen.add(main.id)
        for j, sub in enumerate(sorted(children.get(main.id, []), key=lambda p: p.seq), 1):
            out.append((f"{i}.{j}", sub))
            seen.add(sub.id)
    # Deeper nesting or a parent cycle: the rest, flat, at the end.
    n = len(mains)
    for p in powers.values():
        if p.id not in seen:
            n += 1
            out.append((str(n), p))
    return out


# The columns of the official 县级权限承接方案 (shared/FORMS.md), 实施依据 and 备注 included.
DELEGATION_COLUMNS = (
    "序号",
    "事项编码",
    "事项名称",
    "事项类型",
    "实施依据",
    "原实施部门",
    "下放方式",
    "承接机构",
    "承接时限",
    "责任人",
    "备注",
)
# Relative widths sized for 五号 text on a landscape page: 事项类型 and 下放方式 hold four
# characters (行政处罚, 直接下放) on one line, 承接时限 a whole date, 序号 "12.3".
DELEGATION_WIDTHS = (5, 12, 18, 10, 16, 10, 10, 10, 10, 8, 8)


def delegation_table(plan: Plan) -> Table:
    rows = []
    for number, power in ordered_powers(plan):
        body_id, deadline, official_id = plan.assignment(power)
        body = plan.bodies.get(body_id) if body_id else None
        official = plan.people.get(official_id) if official_id else None
        rows.append(
            (
                number,
                power.code,
                power.name,
                power.type.value,
                power.legal_basis,
                power.source_department,
                power.mode.value,
                body.name if body else "",
                f"{deadline.year}年{deadline.month}月{deadline.day}日" if deadline else "",
                official.name if official else "",
                power.note,
            )
        )
    return Table(DELEGATION_COLUMNS, tuple(rows), DELEGATION_WIDTHS, landscape=True)


STAFFING_COLUMNS = (
    "序号",
    "姓名",
    "原科室站所",
    "原职务",
    "改革前层级",
    "改革后层级",
    "安排职能机构",
    "编制类型",
    "备注",
)
STAFFING_WIDTHS = (5, 8, 16, 14, 9, 9, 16, 9, 14)


def staffing_table(plan: Plan) -> Table:
    rows = []
    for i, person in enumerate(plan.people.values(), 1):
        unit = plan.units.get(person.unit_id) if person.unit_id else None
        body_id = plan.body_of(person)
        body = plan.bodies.get(body_id) if body_id else None
        rows.append(
            (
                str(i),
                person.name,
                unit.name if unit else "",
                person.post,
                person.tier_before.label,
                person.tier_after.label,
                body.name if body else "",
                person.post_type.value,
                person.note,
            )
        )
    return Table(STAFFING_COLUMNS, tuple(rows), STAFFING_WIDTHS, landscape=True)


def charter_blocks(plan: Plan) -> Iterator[Block]:
    """One 三定 section per body: 一、name; （一）主要职责; （二）内设岗位 (where any); 人员编制和领导职数."""
    units = _units_by_body(plan)
    for i, body in enumerate(plan.bodies.values(), 1):
        yield Heading(1, number_label(1, i), body.name)
        first = _rank_and_kind(body)
        if first:
            yield Paragraph(f"{body.name}{first}。")
        sub = Counter()
        yield Heading(2, sub.next(2), "主要职责")
        if body.duties:
            yield from _numbered(body.duties, 3)
        else:
            yield Paragraph("（主要职责待补充。）")
        # The units merged into the body carry on as its posts (岗位) where there are any.
        merged = units.get(body.id, [])
        if merged:
            yield Heading(2, sub.next(2), "内设岗位")
            yield Paragraph(f"根据工作需要，承接原{_join(merged)}的工作，设置相应工作岗位。")
        yield Heading(2, sub.next(2), "人员编制和领导职数")
        text = f"{_posts(body)}。{_leaders(body)}。"
        deputy = plan.people.get(body.deputy_id) if body.deputy_id else None
        if deputy is not None:
            text += f"由{deputy.name}分管。"
        yield Paragraph(text)


__all__ = [
    "DELEGATION_COLUMNS",
    "STAFFING_COLUMNS",
    "Annex",
    "Block",
    "Heading",
    "Paragraph",
    "PlanText",
    "Table",
    "charter_blocks",
    "compose",
    "delegation_table",
    "document_title",
    "generated_blocks",
    "ordered_powers",
    "section_blocks",
    "staffing_table",
]
