"""The service hall (便民大厅, "111+N"): windows, service items and their staff (pure, no Qt).

"111+N": one functional body, one window in the service centre, one staff
member per window (the front desk, 前台受理), N items per staff member; a
back-office handler (后台办理人) in the body that received the item handles it
and the result goes back through the window.

Facts (:func:`hall_figures`, :func:`window_loads`, :func:`item_code` …) are
read by validation, info, the export, the plan document and the 便民服务 page;
edits (:func:`move_items`, :func:`assign_staff` …) return change sets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reformdesk.domain.changes import ChangeSet, changed_fields
from reformdesk.domain.model import (
    HallMode,
    InHall,
    Person,
    Plan,
    PowerType,
    ServiceItem,
    ServiceSource,
    Window,
    new_id,
)
from reformdesk.domain.registry import EntityKind

__all__ = [
    "HallFigures",
    "WindowLoad",
    "add_service_item",
    "add_window",
    "assign_staff",
    "front_desk",
    "hall_figures",
    "item_code",
    "item_type",
    "move_items",
    "next_window_number",
    "ordered_items",
    "ordered_windows",
    "overloaded",
    "receiving_body",
    "window_loads",
    "window_staff",
]


def ordered_windows(plan: Plan) -> list[Window]:
    """The hall's windows in their order (序号, then number)."""
    return sorted(plan.windows.values(), key=lambda w: (w.seq, _number_key(w.number)))


def _number_key(number: str) -> tuple[int, str]:
    digits = "".join(ch for ch in number if ch.isdigit())
    return (int(digits) if digits else 1 << 30, number)


def ordered_items(plan: Plan) -> list[ServiceItem]:
    return sorted(plan.service_items.values(), key=lambda i: i.seq)


def item_code(plan: Plan, item: ServiceItem) -> str:
    """A delegated item's code is its power's (linked, not copied); a town item's its own."""
    power = plan.powers.get(item.power_id or "")
    return power.code if power is not None else item.code


def item_type(plan: Plan, item: ServiceItem) -> PowerType:
    power = plan.powers.get(item.power_id or "")
    return power.type if power is not None else item.type


def receiving_body(plan: Plan, item: ServiceItem) -> str | None:
    """The body that received the item: a delegated power's 承接机构, else the window's body."""
    power = plan.powers.get(item.power_id or "")
    if power is not None:
        return plan.assignment(power)[0]
    window = plan.windows.get(item.window_id or "")
    return window.body_id if window is not None else None


def window_staff(plan: Plan) -> dict[str, list[Person]]:
    """Window id → its front-desk staff, in the plan's order of people."""
    out: dict[str, list[Person]] = {w: [] for w in plan.windows}
    for person in plan.people.values():
        if person.window_id in out:
            out[person.window_id].append(person)
    return out


def front_desk(plan: Plan, item: ServiceItem, staff: dict[str, list[Person]] | None = None) -> list[Person]:
    """Who accepts the item: its window's staff."""
    staff = window_staff(plan) if staff is None else staff
    return staff.get(item.window_id or "", [])


@dataclass(frozen=True, slots=True)
class WindowLoad:
    window_id: str
    items: int
    volume: int


def window_loads(plan: Plan) -> dict[str, WindowLoad]:
    """Items and yearly 办件量 per window."""
    items = dict.fromkeys(plan.windows, 0)
    volume = dict.fromkeys(plan.windows, 0)
    for item in plan.service_items.values():
        if item.window_id in items:
            items[item.window_id] += 1
            volume[item.window_id] += item.volume
    return {w: WindowLoad(w, items[w], volume[w]) for w in plan.windows}


def overloaded(loads: Iterable[WindowLoad]) -> dict[str, tuple[bool, bool]]:
    """Window id → (over twice the median items, over twice the median 办件量)."""
    import statistics  # here: with decimal and fractions it was 10–17 ms of every window's start

    loads = list(loads)
    if len(loads) < 2:
        return {}
    med_items = statistics.median(x.items for x in loads)
    med_volume = statistics.median(x.volume for x in loads)
    return {
        x.window_id: (med_items > 0 and x.items > 2 * med_items, med_volume > 0 and x.volume > 2 * med_volume)
        for x in loads
    }


@dataclass(frozen=True, slots=True)
class HallFigures:
    windows: int
    staffed: int  # windows with at least one front-desk staff member
    staff: int  # people at a window
    items: int
    in_windows: int
    town: int
    delegated: int
    in_hall: int  # items in a window and handled through in the hall (进驻)
    volume: int

    @property
    def hall_rate(self) -> float | None:
        """进驻率: the share of items handled in the hall (None without items)."""
        return self.in_hall / self.items if self.items else None

    @property
    def hall_rate_text(self) -> str:
        rate = self.hall_rate
        return "—" if rate is None else f"{rate * 100:.1f}%"


def hall_figures(plan: Plan) -> HallFigures:
    staff = window_staff(plan)
    items = plan.service_items.values()
    in_windows = [i for i in items if i.window_id in plan.windows]
    return HallFigures(
        windows=len(plan.windows),
        staffed=sum(1 for people in staff.values() if people),
        staff=sum(len(people) for people in staff.values()),
        items=len(plan.service_items),
        in_windows=len(in_windows),
        town=sum(1 for i in items if i.source is ServiceSource.TOWN),
        delegated=sum(1 for i in items if i.source is ServiceSource.COUNTY),
        in_hall=sum(1 for i in in_windows if i.in_hall is InHall.YES),
        volume=sum(i.volume for i in items),
    )


# -- edits ------------------------------------------------------------------------------
def move_items(plan: Plan, item_ids: Iterable[str], window_id: str | None) -> ChangeSet:
    """Items into ``window_id`` (None = out of every window)."""
    if window_id is not None and window_id not in plan.windows:
        return ChangeSet()
    ids = [i for i in dict.fromkeys(item_ids) if i in plan.service_items]
    values = {i: {"window_id": window_id} for i in ids}
    return ChangeSet().set(EntityKind.SERVICE_ITEM, changed_fields(plan, EntityKind.SERVICE_ITEM, values))


def assign_staff(
    plan: Plan, person_ids: Iterable[str], window_id: str | None, *, replace: bool | None = None
) -> ChangeSet:
    """People to the front desk of ``window_id`` (None = off every window).

    In "111+N" mode (or with ``replace=True``) whoever staffed the window before
    leaves it, so the window keeps one person; ``replace=False`` adds them.
    """
    if window_id is not None and window_id not in plan.windows:
        return ChangeSet()
    ids = [p for p in dict.fromkeys(person_ids) if p in plan.people]
    if not ids:
        return ChangeSet()
    if replace is None:
        replace = plan.info.hall_mode is HallMode.ONE_PER_WINDOW
    values: dict[str, dict[str, object]] = {p: {"window_id": window_id} for p in ids}
    if replace and window_id is not None:
        for person in plan.people.values():
            if person.window_id == window_id and person.id not in values:
                values[person.id] = {"window_id": None}
    return ChangeSet().set(EntityKind.PERSON, changed_fields(plan, EntityKind.PERSON, values))


def add_window(plan: Plan, number: str, name: str = "", **fields: object) -> tuple[ChangeSet, Window]:
    """A new window at the end of the hall and the change set adding it."""
    seq = max((w.seq for w in plan.windows.values()), default=0) + 1
    window = Window(id=new_id(), number=number, name=name, seq=seq, **fields)  # type: ignore[arg-type]
    return ChangeSet().add(EntityKind.WINDOW, [window]), window


def add_service_item(plan: Plan, name: str, **fields: object) -> tuple[ChangeSet, ServiceItem]:
    seq = max((i.seq for i in plan.service_items.values()), default=0) + 1
    item = ServiceItem(id=new_id(), name=name, seq=seq, **fields)  # type: ignore[arg-type]
    return ChangeSet().add(EntityKind.SERVICE_ITEM, [item]), item


def next_window_number(plan: Plan) -> str:
    numbers = [_number_key(w.number)[0] for w in plan.windows.values()]
    numbers = [n for n in numbers if n < 1 << 30]
    return str(max(numbers, default=0) + 1)
