"""Plan entities: the reform plan as plain Python objects (no Qt, no SQL).

Every entity carries a stable ``id`` (a UUID hex string) that survives
"save as alternative", and a natural key (unit name, staff id, power code,
body name) so that plans drafted apart can still be compared.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from reformdesk.domain.document_text import Section


def cn_date(date: dt.date | None) -> str:
    """A date the way people read it here: 2026年11月27日 (empty for None)."""
    return "" if date is None else f"{date.year}年{date.month}月{date.day}日"


def new_id() -> str:
    """A fresh stable id for a new entity."""
    return uuid.uuid4().hex


class Tier(StrEnum):
    """A management tier.  Values are stored in plan files: never rename them."""

    HEAD = "head"  # 负责人 (tier 1 before and after)
    DEPUTY_LEADER = "deputy_leader"  # 副职领导 (tier 2 before the reform)
    SECTION_CHIEF = "section_chief"  # 科室长 (tier 3 before; removed by the reform)
    DEPUTY_IN_CHARGE = "deputy_in_charge"  # 分管副职 (tier 2 after the reform)
    STAFF = "staff"  # 干部 (tier 4 before, tier 3 after)

    @property
    def label(self) -> str:
        return TIER_LABELS[self]


TIER_LABELS: dict[Tier, str] = {
    Tier.HEAD: "负责人",
    Tier.DEPUTY_LEADER: "副职领导",
    Tier.SECTION_CHIEF: "科室长",
    Tier.DEPUTY_IN_CHARGE: "分管副职",
    Tier.STAFF: "干部",
}

#: The four tiers before the reform, top down.
TIERS_BEFORE: tuple[Tier, ...] = (Tier.HEAD, Tier.DEPUTY_LEADER, Tier.SECTION_CHIEF, Tier.STAFF)
#: The three tiers after the reform, top down.
TIERS_AFTER: tuple[Tier, ...] = (Tier.HEAD, Tier.DEPUTY_IN_CHARGE, Tier.STAFF)
#: Tiers that count against a body's leadership posts (领导职数).
LEADER_TIERS: frozenset[Tier] = frozenset({Tier.HEAD, Tier.DEPUTY_LEADER, Tier.DEPUTY_IN_CHARGE})


class PowerType(StrEnum):
    """The "9+X" power types.  Values are the Chinese names used in county lists."""

    LICENSING = "行政许可"
    PENALTY = "行政处罚"
    ENFORCEMENT = "行政强制"
    LEVY = "行政征收"
    BENEFIT = "行政给付"
    INSPECTION = "行政检查"
    CONFIRMATION = "行政确认"
    REWARD = "行政奖励"
    ADJUDICATION = "行政裁决"
    OTHER = "其他行政权力"
    PUBLIC_SERVICE = "公共服务"

    @property
    def label(self) -> str:
        return self.value


class DelegationMode(StrEnum):
    """How a county power is handed to the town (下放方式)."""

    TRANSFER = "直接下放"
    ENTRUST = "委托"
    AUTHORISE = "授权"

    @property
    def label(self) -> str:
        return self.value


class PostType(StrEnum):
    """编制类型: the kind of authorised post a body has and a person holds.

    Values are stored in plan files and read from rosters: never rename them.
    ``UNSET`` is a person or unit whose type nobody has entered yet.
    """

    UNSET = ""
    ADMINISTRATIVE = "行政编制"
    INSTITUTION = "事业编制"
    CIVIL_SERVICE_REFERENCE = "参照公务员法管理"
    WORKER = "工勤"
    OUTSIDE = "编外"

    @property
    def label(self) -> str:
        return self.value or "未填"


#: Post types a body can be authorised posts of (编外 people hold no authorised post).
AUTHORISED_POST_TYPES: tuple[PostType, ...] = (
    PostType.ADMINISTRATIVE,
    PostType.INSTITUTION,
    PostType.CIVIL_SERVICE_REFERENCE,
    PostType.WORKER,
)


@dataclass(frozen=True, slots=True)
class PostCounts:
    """Authorised posts per post type (分类编制), e.g. 行政编制 5、事业编制 3.

    Immutable, so entities and change sets can share one value; only types
    with a count are kept, in the order of :class:`PostType`.
    """

    counts: tuple[tuple[PostType, int], ...] = ()

    @classmethod
    def of(cls, mapping: dict[PostType, int] | None = None) -> PostCounts:
        order = list(PostType)
        items = sorted(
            ((PostType(k), int(v)) for k, v in (mapping or {}).items() if int(v)), key=lambda kv: order.index(kv[0])
        )
        return cls(tuple(items))

    def get(self, post_type: PostType) -> int:
        for kind, count in self.counts:
            if kind is post_type:
                return count
        return 0

    def as_dict(self) -> dict[PostType, int]:
        return dict(self.counts)

    @property
    def total(self) -> int:
        return sum(count for _kind, count in self.counts)

    def __bool__(self) -> bool:
        return bool(self.counts)

    def __str__(self) -> str:
        return "、".join(f"{kind.value} {count}" for kind, count in self.counts)


class HallMode(StrEnum):
    """How windows are staffed: "111+N" (one staff member per window) or freely."""

    ONE_PER_WINDOW = "111+N"
    FREE = "不限"

    @property
    def label(self) -> str:
        return "“111+N”（每窗口1人）" if self is HallMode.ONE_PER_WINDOW else "不限（每窗口可多人）"


class ServiceSource(StrEnum):
    """Where a service item (审批服务事项) comes from."""

    TOWN = "本镇"
    COUNTY = "县级下放"

    @property
    def label(self) -> str:
        return self.value


class Handling(StrEnum):
    """办理类型 of a service item."""

    IMMEDIATE = "即办件"
    PROMISED = "承诺件"
    JOINT = "联办件"
    REPORTED = "上报件"

    @property
    def label(self) -> str:
        return self.value


class WindowKind(StrEnum):
    """综合窗口 (any item of its body) or 专门窗口 (one field)."""

    GENERAL = "综合窗口"
    SPECIAL = "专门窗口"

    @property
    def label(self) -> str:
        return self.value


class InHall(StrEnum):
    """Whether a service item is handled through in the hall (进驻, 大厅办结)."""

    YES = "是"
    NO = "否"

    @property
    def label(self) -> str:
        return self.value


@dataclass(slots=True)
class PlanInfo:
    """Plan metadata."""

    name: str = ""
    town: str = ""
    county: str = ""
    office: str = ""  # 填表单位
    date: dt.date | None = None  # 填表时间 / plan date
    author: str = ""
    notes: str = ""
    #: Value mappings the user chose when importing power lists (JSON: {field: {written: value}}).
    import_mappings: str = ""
    #: Title of the plan document (实施方案), e.g. 桥头镇经济发达镇行政管理体制改革实施方案.
    doc_title: str = ""
    #: How the service hall's windows are staffed ("111+N": one person per window).
    hall_mode: HallMode = HallMode.ONE_PER_WINDOW
    #: id shared by all alternatives of one plan; set when "saved as alternative".
    lineage_id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Unit:
    """A source unit (原科室、站所) of the town before the reform."""

    id: str
    name: str
    kind: str = ""  # e.g. 内设机构 / 站所
    head_count: int = 0  # original head count
    body_id: str | None = None  # the body it is merged into; None = unplaced
    post_type: PostType = PostType.UNSET  # 编制类型 of its authorised posts
    authorized_posts: int = 0  # 核定编制 before the reform


@dataclass(slots=True)
class Body:
    """A functional body (职能机构) of the new structure."""

    id: str
    name: str
    kind: str = ""
    authorized_posts: int = 0  # 编制数
    leadership_posts: int = 0  # 领导职数
    sites: list[str] = field(default_factory=list)  # 合署办公: one body, several sites
    deputy_id: str | None = None  # the deputy in charge (分管副职), a Person id
    rank: str = ""  # 机构规格: 正科级, 副科级, 股级 …
    #: 领导职数 split into 正职 and 副职 (三定); leadership_posts stays the total.
    chief_posts: int = 0
    deputy_posts: int = 0
    duties: list[str] = field(default_factory=list)  # 主要职责, one duty an entry
    #: 编制 per post type; authorized_posts stays the total (编制数).
    posts_by_type: PostCounts = field(default_factory=PostCounts)


@dataclass(slots=True)
class Person:
    """A member of staff, with the tier before and after the reform."""

    id: str
    staff_id: str  # natural key (工号)
    name: str
    post: str = ""  # current post (现任职务)
    tier_before: Tier = Tier.STAFF
    tier_after: Tier = Tier.STAFF
    unit_id: str | None = None
    #: Set when the person was placed individually; None = follows their unit.
    body_id: str | None = None
    reports_to_id: str | None = None
    gender: str = ""  # 性别
    grade: str = ""  # 职级, e.g. 一级主任科员
    post_type: PostType = PostType.UNSET  # 编制类型 of the post they hold
    note: str = ""  # 备注
    birth: str = ""  # 出生年月, as rosters give it: 1985年3月
    ethnicity: str = ""  # 民族
    joined: str = ""  # 进编时间, 2012年9月
    #: The service-hall window (便民大厅窗口) where they work the front desk (前台); None = none.
    window_id: str | None = None


@dataclass(slots=True)
class Power:
    """A county power item (行政权力事项) delegated to the town."""

    id: str
    code: str  # 事项编码, natural key
    name: str
    type: PowerType = PowerType.LICENSING
    legal_basis: str = ""
    source_department: str = ""
    mode: DelegationMode = DelegationMode.TRANSFER
    body_id: str | None = None  # receiving body (承接机构)
    deadline: dt.date | None = None  # 承接时限
    official_id: str | None = None  # responsible official (责任人), a Person id
    note: str = ""
    parent_id: str | None = None  # main item of a sub-item (子项)
    seq: int = 0  # order in the list (序号)
    # 责任事项 (受理 → 审查 → 决定 → 送达), as the county catalogue lists them for the item.
    responsibility_steps: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Window:
    """A window (窗口) of the service centre's hall (便民大厅)."""

    id: str
    number: str  # 窗口编号, natural key: "3" is 3号窗口
    name: str = ""  # 窗口名称, e.g. 社会保障窗口
    body_id: str | None = None  # the functional body it belongs to (所属职能机构)
    kind: WindowKind = WindowKind.GENERAL
    site: str = ""  # 地点
    seq: int = 0  # order in the hall

    @property
    def label(self) -> str:
        """How people name it: 3号窗口."""
        return f"{self.number}号窗口"


@dataclass(slots=True)
class ServiceItem:
    """A service item (审批服务事项) served at a window.

    A delegated item (县级下放) links to its county power (``power_id``) instead
    of copying it: its code and type are the power's (``service_hall.item_code``);
    its name is the item's own (the natural key), the power's name when imported.
    """

    id: str
    name: str  # 事项名称, natural key
    code: str = ""  # 事项编码 (a town item's own; a linked item shows its power's)
    source: ServiceSource = ServiceSource.TOWN
    power_id: str | None = None  # the delegated power (县级下放)
    type: PowerType = PowerType.PUBLIC_SERVICE
    handling: Handling = Handling.IMMEDIATE
    time_limit: int = 0  # 承诺时限, working days (0 = on the spot)
    volume: int = 0  # 年办件量 (0 = not given)
    window_id: str | None = None  # the window that accepts it
    handler_id: str | None = None  # back-office handler (后台办理人), a Person id
    in_hall: InHall = InHall.YES  # handled through in the hall (进驻)
    note: str = ""
    seq: int = 0  # order in the list (序号)


@dataclass(slots=True)
class Plan:
    """One reform plan.  Entities are kept in insertion order, keyed by id."""

    info: PlanInfo = field(default_factory=PlanInfo)
    units: dict[str, Unit] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    powers: dict[str, Power] = field(default_factory=dict)
    #: The prose of the plan document (方案文本), in ``seq`` order (domain/document_text.py).
    sections: dict[str, Section] = field(default_factory=dict)
    #: The service hall (便民大厅): windows in ``seq`` order and the items they serve.
    windows: dict[str, Window] = field(default_factory=dict)
    service_items: dict[str, ServiceItem] = field(default_factory=dict)

    # -- adding -------------------------------------------------------------
    def add_unit(self, name: str, **kw: object) -> Unit:
        unit = Unit(id=str(kw.pop("id", None) or new_id()), name=name, **kw)  # type: ignore[arg-type]
        self.units[unit.id] = unit
        return unit

    def add_body(self, name: str, **kw: object) -> Body:
        body = Body(id=str(kw.pop("id", None) or new_id()), name=name, **kw)  # type: ignore[arg-type]
        self.bodies[body.id] = body
        return body

    def add_person(self, staff_id: str, name: str, **kw: object) -> Person:
        person = Person(id=str(kw.pop("id", None) or new_id()), staff_id=staff_id, name=name, **kw)  # type: ignore[arg-type]
        self.people[person.id] = person
        return person

    def add_power(self, code: str, name: str, **kw: object) -> Power:
        if "seq" not in kw:
            kw["seq"] = len(self.powers) + 1
        power = Power(id=str(kw.pop("id", None) or new_id()), code=code, name=name, **kw)  # type: ignore[arg-type]
        self.powers[power.id] = power
        return power

    def add_window(self, number: str, name: str = "", **kw: object) -> Window:
        if "seq" not in kw:
            kw["seq"] = len(self.windows) + 1
        window = Window(id=str(kw.pop("id", None) or new_id()), number=number, name=name, **kw)  # type: ignore[arg-type]
        self.windows[window.id] = window
        return window

    def add_service_item(self, name: str, **kw: object) -> ServiceItem:
        if "seq" not in kw:
            kw["seq"] = len(self.service_items) + 1
        item = ServiceItem(id=str(kw.pop("id", None) or new_id()), name=name, **kw)  # type: ignore[arg-type]
        self.service_items[item.id] = item
        return item

    # -- derived facts ------------------------------------------------------
    def body_of(self, person: Person) -> str | None:
        """The body a person works in: their own placement, else their unit's."""
        if person.body_id is not None:
            return person.body_id
        if person.unit_id is not None:
            unit = self.units.get(person.unit_id)
            if unit is not None:
                return unit.body_id
        return None

    def body_by_name(self, name: str) -> Body | None:
        for body in self.bodies.values():
            if body.name == name:
                return body
        return None

    def unit_by_name(self, name: str) -> Unit | None:
        for unit in self.units.values():
            if unit.name == name:
                return unit
        return None

    def person_by_staff_id(self, staff_id: str) -> Person | None:
        for person in self.people.values():
            if person.staff_id == staff_id:
                return person
        return None

    def people_by_body(self) -> dict[str | None, list[Person]]:
        """People grouped by the body they work in (None = not placed)."""
        groups: dict[str | None, list[Person]] = {}
        unit_body = {u.id: u.body_id for u in self.units.values()}
        for person in self.people.values():
            body = person.body_id if person.body_id is not None else unit_body.get(person.unit_id or "")
            groups.setdefault(body, []).append(person)
        return groups

    def assignment(self, power: Power) -> tuple[str | None, dt.date | None, str | None]:
        """(receiving body, deadline, official) of a power; a sub-item (子项)
        takes over whatever its main item has and it leaves unset."""
        body, deadline, official = power.body_id, power.deadline, power.official_id
        if power.parent_id is not None and (body is None or deadline is None or official is None):
            main = self.powers.get(power.parent_id)
            if main is not None:
                body = body if body is not None else main.body_id
                deadline = deadline if deadline is not None else main.deadline
                official = official if official is not None else main.official_id
        return body, deadline, official

    def sub_items(self, power_id: str) -> list[Power]:
        return [p for p in self.powers.values() if p.parent_id == power_id]
