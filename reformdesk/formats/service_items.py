"""Import a service-item list (审批服务事项 / 进驻事项清单) from a spreadsheet into a plan's hall.

The same robustness as the power-list importer, through the same machinery
(:mod:`reformdesk.formats.table_shape`): the header is found by its Chinese names
and synonyms in any column order, past title rows and merged cells; caption,
subtotal, footnote and signer rows are passed over; each row that cannot be
read is reported with its sheet and row number.  Files come in through
:func:`reformdesk.formats.import_guard.read_tables` (the front door).

Matching: an item is the plan's item of the same name (or, for a delegated
item, linked to the same power) and is updated; otherwise it is added.  A row
whose code (or, for 县级下放, name) is a power of the plan is linked to that
power, not copied.  Its window is found by number (3, 3号, 3号窗口) or name,
its back-office handler by name or 姓名（工号）.  An empty cell never clears a
value.  :func:`plan_service_import` → :class:`ServicePreview`;
:func:`service_import_changes` → one change set.  Pure Python, no Qt.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import (
    HallMode,
    Handling,
    InHall,
    Plan,
    PowerType,
    ServiceItem,
    ServiceSource,
    Window,
    new_id,
)
from reformdesk.domain.registry import EntityKind
from reformdesk.formats.import_guard import SheetReadError, read_tables
from reformdesk.formats.sheets import Cell, Table
from reformdesk.formats.table_shape import Shape, SkippedSheet, Vocabulary, header_key, select_tables

__all__ = [
    "SERVICE_SHEET",
    "ServiceBadRow",
    "ServicePreview",
    "ServiceRow",
    "apply_service_import",
    "describe_service_import",
    "is_service_sheet",
    "plan_service_import",
    "read_service_items",
    "service_import_changes",
]

#: The sheet our own export writes (formats/export.py); when a workbook has it, it is the list.
SERVICE_SHEET = "进驻事项清单"


class Col(StrEnum):
    SEQ = "seq"
    NAME = "name"
    CODE = "code"
    SOURCE = "source"
    TYPE = "type"
    HANDLING = "handling"
    LIMIT = "time_limit"
    VOLUME = "volume"
    WINDOW = "window"
    HANDLER = "handler"
    FRONT = "front_desk"
    IN_HALL = "in_hall"
    NOTE = "note"


SYNONYMS: dict[Col, tuple[str, ...]] = {
    Col.SEQ: ("序号", "编号"),
    Col.NAME: ("事项名称", "审批服务事项", "审批服务事项名称", "服务事项名称", "服务事项", "职权名称", "进驻事项"),
    Col.CODE: ("事项编码", "职权编码", "编码", "事项代码"),
    Col.SOURCE: ("来源", "事项来源", "事项层级", "来源（本镇/县级下放）"),
    Col.TYPE: ("事项类型", "职权类别", "职权类型"),
    Col.HANDLING: ("办理类型", "办件类型", "事项办理类型", "办理方式"),
    Col.LIMIT: ("承诺时限", "承诺时限（工作日）", "承诺办结时限", "办理时限", "承诺期限", "时限"),
    Col.VOLUME: ("年办件量", "办件量", "年均办件量", "办件量（件/年）"),
    Col.WINDOW: ("窗口", "受理窗口", "进驻窗口", "窗口编号", "所在窗口"),
    Col.HANDLER: ("后台办理人", "后台人员", "后台办理人员", "办理人", "承办人"),
    # The window's front desk (our own 进驻事项清单 writes it): in the plan a window's staff, not an item's.
    Col.FRONT: ("前台受理人", "前台受理人员", "前台工作人员", "前台人员", "受理人", "窗口工作人员"),
    Col.IN_HALL: ("进驻", "是否进驻", "大厅办结", "是否大厅办结", "进驻情况"),
    Col.NOTE: ("备注",),
}
#: Columns only a service list has: a power list or a roster has none of them.
_SERVICE_ONLY = frozenset({Col.HANDLING, Col.LIMIT, Col.VOLUME, Col.WINDOW, Col.HANDLER, Col.FRONT, Col.IN_HALL})

VOCAB: Vocabulary[Col] = Vocabulary.from_synonyms(
    SYNONYMS,
    required=Col.NAME,
    title=Col.NAME,
    sequence=Col.SEQ,
    min_columns=3,
    describe="审批服务事项清单（事项名称、办理类型、窗口 …）",
)

_HANDLING = {h.value: h for h in Handling} | {
    "即办": Handling.IMMEDIATE,
    "即时办结": Handling.IMMEDIATE,
    "承诺": Handling.PROMISED,
    "承诺办结": Handling.PROMISED,
    "联办": Handling.JOINT,
    "并联办理": Handling.JOINT,
    "上报": Handling.REPORTED,
    "上报办理": Handling.REPORTED,
}
_TOWN = ("本镇", "本乡", "镇级", "乡镇", "本级", "镇")
_COUNTY = ("县级下放", "县级", "下放", "委托", "授权", "县级授权", "县级委托", "县")
_YES = ("是", "进驻", "全程进驻", "√", "✓", "大厅办结", "y", "yes")
_NO = ("否", "未进驻", "不进驻", "×", "后台流转", "n", "no")


def is_service_sheet(table: Table) -> bool:
    """Whether a sheet's header is a service-item list's (事项名称 and two of its own columns)."""
    for row in table.rows[:30]:
        columns = VOCAB.map_header(row)
        if Col.NAME in columns and len(_SERVICE_ONLY & set(columns)) >= 2:
            return True
    return False


@dataclass(frozen=True, slots=True)
class ServiceRow:
    """One readable row, values as written (normalised)."""

    sheet: str
    row: int
    values: dict[Col, str]
    handling: Handling | None
    time_limit: int | None
    volume: int | None
    in_hall: InHall | None


@dataclass(frozen=True, slots=True)
class ServiceBadRow:
    sheet: str
    row: int
    name: str
    reason: str


@dataclass(slots=True)
class ServicePreview:
    added: list[tuple[ServiceRow, ServiceItem]] = field(default_factory=list)
    updated: list[tuple[ServiceRow, str, dict[str, Any]]] = field(default_factory=list)  # row, item id, changes
    unchanged: int = 0
    bad: list[ServiceBadRow] = field(default_factory=list)
    skipped_sheets: list[SkippedSheet] = field(default_factory=list)
    #: The front desks the list names (前台受理人 with its 窗口): person id → {"window_id": …}, with, in
    #: "111+N" mode, the window's earlier staff member off it.
    front_desk: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Windows the list names by number (3号窗口) that the plan does not have yet: added with it.
    windows_added: list[Window] = field(default_factory=list)

    @property
    def has_work(self) -> bool:
        return bool(self.added or self.updated or self.front_desk or self.windows_added)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


_NUMBER = re.compile(r"\d+")


def _int(text: str) -> int | None:
    """承诺时限 or 办件量 as written: 5, 5个工作日, 5天, 即办 (0); None when it holds no number."""
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text)
    if text in ("即办", "当场", "即时", "当场办结", "0"):
        return 0
    found = _NUMBER.findall(text.replace(",", ""))
    return int(found[0]) if len(found) == 1 else None


def read_service_items(
    path: str | os.PathLike[str], *, tables: Iterable[Table] | None = None
) -> tuple[list[ServiceRow], list[ServiceBadRow], list[SkippedSheet]]:
    """Every row of the service-item sheets of ``path``; raises SheetReadError for a refused file
    or one without a service-item list.  ``tables``: the workbook's tables already read."""
    tables = list(read_tables(path, first=SERVICE_SHEET) if tables is None else tables)
    own = any(t.name == SERVICE_SHEET for t in tables)
    rows: list[ServiceRow] = []
    bad: list[ServiceBadRow] = []
    skipped: list[SkippedSheet] = []
    found = False
    only = (lambda t: t.name == SERVICE_SHEET) if own else is_service_sheet
    for shape in select_tables(tables, VOCAB, only):
        if isinstance(shape, SkippedSheet):
            skipped.append(shape)
            continue
        found = True
        _read_shape(shape, rows, bad, own)
    if not found:
        raise SheetReadError(f"没有找到审批服务事项清单：需要表头含{VOCAB.describe}")
    return rows, bad, skipped


def _read_shape(shape: Shape[Col], rows: list[ServiceRow], bad: list[ServiceBadRow], own: bool = False) -> None:
    items, _others = shape.split()
    columns = shape.columns
    name = shape.table.name
    for index in items:
        line = shape.table.rows[index]
        values = {c: _text(line[i]) if i < len(line) else "" for c, i in columns.items()}
        note = values.get(Col.NOTE, "")
        if own:
            values.pop(Col.NOTE, None)  # our export's 备注 is composed (department, 下放方式): not the item's note
        row = shape.sheet_row(index)
        title = values.get(Col.NAME, "")
        if not title:
            bad.append(ServiceBadRow(name, row, "", "没有事项名称"))
            continue
        handling_text = unicodedata.normalize("NFKC", values.get(Col.HANDLING, ""))
        handling = _HANDLING.get(handling_text) if handling_text else None
        if handling_text and handling is None:
            bad.append(ServiceBadRow(name, row, title, f"办理类型“{handling_text}”不是即办件、承诺件、联办件或上报件"))
            continue
        limit_text = values.get(Col.LIMIT, "")
        limit = _int(limit_text)
        if limit_text and limit is None:
            bad.append(ServiceBadRow(name, row, title, f"承诺时限“{limit_text}”不是工作日数"))
            continue
        volume_text = values.get(Col.VOLUME, "")
        volume = _int(volume_text)
        if volume_text and volume is None:
            bad.append(ServiceBadRow(name, row, title, f"年办件量“{volume_text}”不是数字"))
            continue
        hall_text = unicodedata.normalize("NFKC", values.get(Col.IN_HALL, "")).lower()
        if not hall_text and ("不在大厅办结" in note or "未进驻" in note):
            hall_text = "否"  # said in 备注, as the 进驻事项清单 says it
        in_hall = InHall.YES if hall_text in _YES else InHall.NO if hall_text in _NO else None
        if hall_text and in_hall is None:
            bad.append(ServiceBadRow(name, row, title, f"进驻“{values[Col.IN_HALL]}”应为是或否"))
            continue
        rows.append(ServiceRow(name, row, values, handling, limit, volume, in_hall))


# -- matching ------------------------------------------------------------------------------
_WINDOW_NUMBER = re.compile(r"^(?:第)?\s*([A-Za-z]?\d+)\s*(?:号)?\s*(?:窗口)?\s*(.*)$")


def _window_id(plan: Plan, text: str) -> str | bool | None:
    """The window a cell names (None when empty, False when no window of the plan is named so)."""
    if not text:
        return None
    by_number = {w.number: w.id for w in plan.windows.values()}
    match = _WINDOW_NUMBER.match(text)
    if match and match.group(1) in by_number:
        return by_number[match.group(1)]
    for w in plan.windows.values():
        if w.name and (text == w.name or text.endswith(w.name)):
            return w.id
    return False


def _person_id(plan: Plan, text: str) -> str | bool | None:
    if not text:
        return None
    match = re.match(r"^(.*?)[（(]\s*(.+?)\s*[)）]$", text)
    if match:
        person = plan.person_by_staff_id(match.group(2))
        if person is not None and person.name == match.group(1).strip():
            return person.id
    named = [p.id for p in plan.people.values() if p.name == text]
    if len(named) == 1:
        return named[0]
    return False


#: Several front-desk staff in one cell, as our own 进驻事项清单 writes them (张三、李四).
_NAMES = re.compile(r"[、，,；;/]")


def _front_desk_problem(
    plan: Plan,
    numbers: dict[str, str],
    window: str | None,
    fronts: list[str],
    desk: dict[str, str],
    desk_of_window: dict[str, list[str]],
    one_per_window: bool,
) -> str:
    """Why a row's 前台受理人 cannot be placed ("" when they can; ``desk`` and ``desk_of_window`` grow)."""
    if window is None or not fronts:
        return ""  # an item outside the windows (the front desk is a window's), or no one named: nothing to place
    for person in fronts:
        if desk.get(person, window) != window:
            return f"前台受理人“{plan.people[person].name}”在前面的行中已安排在另一窗口"
    people = desk_of_window.get(window, [])
    joined = people + [p for p in dict.fromkeys(fronts) if p not in people]
    if one_per_window and len(joined) > 1:
        named = "、".join(plan.people[p].name for p in joined)
        return f"{numbers[window]}号窗口的前台受理人有 {named}（“111+N”每窗口一人）"
    desk_of_window[window] = joined
    for person in fronts:
        desk[person] = window
    return ""


def plan_service_import(plan: Plan, rows: Sequence[ServiceRow], bad: Iterable[ServiceBadRow] = ()) -> ServicePreview:
    """What importing ``rows`` would add and update in ``plan`` (the plan is not changed)."""
    preview = ServicePreview(bad=list(bad))
    powers_by_code = {p.code: p for p in plan.powers.values() if p.code}
    powers_by_name: dict[str, list[str]] = {}
    for p in plan.powers.values():
        powers_by_name.setdefault(p.name, []).append(p.id)
    by_name = {i.name: i for i in plan.service_items.values()}
    by_power = {i.power_id: i for i in plan.service_items.values() if i.power_id}
    seq = max((i.seq for i in plan.service_items.values()), default=0)
    seen: set[str] = set()
    one_per_window = plan.info.hall_mode is HallMode.ONE_PER_WINDOW
    desk: dict[str, str] = {}  # person id → window id, as the list names them
    desk_of_window: dict[str, list[str]] = {}  # window id → its people (111+N: one)
    numbers = {w.id: w.number for w in plan.windows.values()}
    new_windows: dict[str, Window] = {}  # number → a window the list names and the plan lacks
    window_seq = max((w.seq for w in plan.windows.values()), default=0)
    for row in rows:
        v = row.values
        title = v[Col.NAME]
        code = v.get(Col.CODE, "")
        source_text = v.get(Col.SOURCE, "")
        power = powers_by_code.get(code)
        source: ServiceSource | None = None
        if source_text:
            if source_text.startswith(_COUNTY) or any(w in source_text for w in ("下放", "委托", "授权")):
                source = ServiceSource.COUNTY
            elif source_text.startswith(_TOWN):
                source = ServiceSource.TOWN
            else:
                preview.bad.append(ServiceBadRow(row.sheet, row.row, title, f"来源“{source_text}”应为本镇或县级下放"))
                continue
        if power is None and source is ServiceSource.COUNTY and len(powers_by_name.get(title, [])) == 1:
            power = plan.powers[powers_by_name[title][0]]
        if source is None and power is not None:
            source = ServiceSource.COUNTY
        window = _window_id(plan, v.get(Col.WINDOW, ""))
        # A hall being set up (the plan has no window yet): its list names 1号窗口, 2号窗口 … and they are
        # added; once the hall has windows an unknown one is more likely a slip (99号窗口) and is refused.
        numbered = _WINDOW_NUMBER.match(v.get(Col.WINDOW, "")) if window is False and not plan.windows else None
        if numbered is not None:
            number = numbered.group(1)
            if number not in new_windows:
                window_seq += 1
                new_windows[number] = Window(id=new_id(), number=number, name=numbered.group(2).strip(), seq=window_seq)
                numbers[new_windows[number].id] = number
            window = new_windows[number].id
        if window is False:
            preview.bad.append(ServiceBadRow(row.sheet, row.row, title, f"方案中没有窗口“{v[Col.WINDOW]}”"))
            continue
        handler = _person_id(plan, v.get(Col.HANDLER, ""))
        if handler is False:
            preview.bad.append(
                ServiceBadRow(
                    row.sheet,
                    row.row,
                    title,
                    f"后台办理人“{v[Col.HANDLER]}”不在方案人员中或重名（请写作 姓名（工号））",
                )
            )
            continue
        fronts = [_person_id(plan, n) for n in _NAMES.split(v.get(Col.FRONT, "")) if n.strip()]
        if False in fronts:
            preview.bad.append(
                ServiceBadRow(
                    row.sheet, row.row, title, f"前台受理人“{v[Col.FRONT]}”不在方案人员中或重名（请写作 姓名（工号））"
                )
            )
            continue
        problem = _front_desk_problem(plan, numbers, window, fronts, desk, desk_of_window, one_per_window)  # type: ignore[arg-type]
        if problem:
            preview.bad.append(ServiceBadRow(row.sheet, row.row, title, problem))
            continue
        key = power.id if power is not None else title
        if key in seen:
            preview.bad.append(ServiceBadRow(row.sheet, row.row, title, "与前面的行重复"))
            continue
        seen.add(key)
        type_text = v.get(Col.TYPE, "")
        ptype = PowerType(type_text) if type_text in PowerType._value2member_map_ else None
        values: dict[str, Any] = {}
        if power is not None:
            values["power_id"] = power.id
        elif code:
            values["code"] = code
        if source is not None:
            values["source"] = source
        if ptype is not None and power is None:
            values["type"] = ptype
        if row.handling is not None:
            values["handling"] = row.handling
        if row.time_limit is not None:
            values["time_limit"] = row.time_limit
        if row.volume is not None:
            values["volume"] = row.volume
        if window is not None:
            values["window_id"] = window
        if handler is not None:
            values["handler_id"] = handler
        if row.in_hall is not None:
            values["in_hall"] = row.in_hall
        if v.get(Col.NOTE):
            values["note"] = v[Col.NOTE]
        existing = (by_power.get(power.id) if power is not None else None) or by_name.get(title)
        if existing is not None:
            changes = {k: x for k, x in values.items() if getattr(existing, k) != x}
            if changes:
                preview.updated.append((row, existing.id, changes))
            else:
                preview.unchanged += 1
            continue
        seq += 1
        preview.added.append((row, ServiceItem(id=new_id(), name=title, seq=seq, **values)))
    staff: dict[str, dict[str, Any]] = {pid: {"window_id": wid} for pid, wid in desk.items()}
    if one_per_window:
        for person in plan.people.values():
            if person.window_id in desk_of_window and person.id not in staff:
                staff[person.id] = {"window_id": None}  # the list names the window's one person
    preview.front_desk = {pid: v for pid, v in staff.items() if plan.people[pid].window_id != v["window_id"]}
    used = {i.window_id for _row, i in preview.added} | {c.get("window_id") for _r, _i, c in preview.updated}
    used |= set(desk.values())
    preview.windows_added = [w for w in new_windows.values() if w.id in used]  # not those of bad rows only
    return preview


def service_import_changes(preview: ServicePreview) -> ChangeSet:
    """Field updates, then the added items: one change set (the plan is not changed)."""
    return (
        ChangeSet()
        .add(EntityKind.WINDOW, list(preview.windows_added))
        .set(EntityKind.SERVICE_ITEM, {iid: dict(changes) for _row, iid, changes in preview.updated})
        .add(EntityKind.SERVICE_ITEM, [item for _row, item in preview.added])
        .set(EntityKind.PERSON, {pid: dict(v) for pid, v in preview.front_desk.items()})
    )


def apply_service_import(plan: Plan, preview: ServicePreview, *, skip_bad_rows: bool = False) -> ChangeSet:
    """Apply ``preview`` (all or nothing unless ``skip_bad_rows``); returns the applied change set."""
    if preview.bad and not skip_bad_rows:
        raise ValueError(f"{len(preview.bad)} 行无法导入")
    changes = service_import_changes(preview)
    changes.apply(plan)
    return changes


def describe_service_import(preview: ServicePreview) -> list[str]:
    """The preview in lines people read (the command line)."""
    lines = [
        f"审批服务事项：新增 {len(preview.added)} 项，更新 {len(preview.updated)} 项，无变化 {preview.unchanged} 项，"
        f"无法导入 {len(preview.bad)} 行。"
    ]
    if preview.windows_added:
        lines.append("新增窗口：" + "、".join(w.label for w in preview.windows_added))
    placed = sum(1 for v in preview.front_desk.values() if v["window_id"] is not None)
    if preview.front_desk:
        lines.append(f"窗口前台受理人：安排 {placed} 人，离开窗口 {len(preview.front_desk) - placed} 人。")
    for b in preview.bad:
        lines.append(f"  工作表“{b.sheet}”第 {b.row} 行{('（' + b.name + '）') if b.name else ''}：{b.reason}")
    return lines


def header_names() -> list[str]:
    """Every header name the list is recognised by (for the README and the error message)."""
    return sorted({header_key(w) for words in SYNONYMS.values() for w in words})
