"""Large synthetic plans for tests and benchmarks: ``generate_plan(powers, ...)``.

A synthetic plan looks like a real one (towns, units, six kinds of bodies,
Chinese names, county departments, power codes, types and legal bases taken
from the Qiaotou power list) and has a valid three-tier structure; about 2 %
of its powers are left open (no body, deadline or official) so that
validation has something to find.  The same arguments always give the same
plan: every random choice and every id comes from ``random.Random(seed)``.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import random
from collections.abc import Callable

from reformdesk.domain.model import (
    DelegationMode,
    Handling,
    InHall,
    Plan,
    PlanInfo,
    PowerType,
    ServiceSource,
    Tier,
    WindowKind,
)
from reformdesk.samples.qiaotou import read_csv

PLAN_DATE = dt.date(2026, 11, 27)
DEADLINES = (dt.date(2027, 3, 31), dt.date(2027, 6, 30), dt.date(2027, 9, 30), dt.date(2027, 12, 31))
#: Share of powers left open, split evenly over no body / no deadline / no official.
OPEN_SHARE = 0.02

#: Qinghai county-level area codes (行政区划代码) used as power-code prefixes.
AREA_CODES = ("630121", "630122", "630123", "630102", "630103", "630104", "630105", "630106")

_TOWN_FIRST = "桥长新城平和安永兴东西南北上下青黄石红白清柳杨河湖景塔马"
_TOWN_SECOND = "头宁川源口台门坪沟寨庄滩堡湾峡山泉营屯坝家园"

#: The six kinds of body, in the Qiaotou order (key, name); the key matches bodies.csv.
BODY_KINDS = (
    ("DZ", "党政综合办公室", "内设机构"),
    ("JJ", "经济发展办公室", "内设机构"),
    ("SH", "社会事务办公室", "内设机构"),
    ("GF", "公共服务中心", "事业单位"),
    ("ZF", "综合行政执法中队", "执法队伍"),
    ("CZ", "财政管理所", "事业单位"),
)

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文祁冶鲁李"
_GIVEN = "国建明永海文华志军平玉秀英兰芳丽红春燕德成林强伟刚霞雪梅晓东福祥宏斌静娟婷敏杰涛峰云萍学正清长天立新庆爱玲慧"
_STAFF_POSTS = ("科员", "科员", "科员", "专干", "办事员", "技术员", "会计", "文书", "网格员")
_DEPUTY_POSTS = ("副镇长", "副镇长", "镇党委副书记", "镇党委委员、副镇长", "镇人大副主席")
_NOTES = (
    "需县级部门开展业务培训后承接",
    "与县级部门建立案件移送机制",
    "县级部门派员驻窗口指导",
    "承接后每半年向县级部门报告运行情况",
)


def generate_plan(
    powers: int, people: int | None = None, units: int | None = None, seed: int = 1, *, hall: bool = False
) -> Plan:
    """A synthetic plan of ``powers`` power items; the same arguments give the same plan.

    Defaults: ``people`` = max(60, powers / 10), ``units`` = max(15, powers / 25).
    Bodies number about a third of the units, six kinds per town; deputies in
    charge lead one or two bodies each; staff report to their body's deputy.
    With ``hall``, the service hall scales with it as Qiaotou's does (38 town +
    29 delegated items per 113 powers, about five items a window, one staff
    member per window, the windows of a body sharing its items): see :func:`_add_hall`.
    """
    if powers < 0:
        raise ValueError("powers must not be negative")
    n_people = max(60, powers // 10) if people is None else people
    n_units = max(15, powers // 25) if units is None else units
    if n_people < 2 or n_units < 1:
        raise ValueError("a plan needs at least 2 people and 1 unit")
    rng = random.Random(seed)

    def new_id() -> str:
        return f"{rng.getrandbits(128):032x}"

    plan = Plan(
        info=PlanInfo(
            name=f"合成方案（{powers}项事项，种子{seed}）",
            town="合成示例镇",
            county="大通县",
            office="大通县委机构编制委员会办公室",
            date=PLAN_DATE,
            author="ReformDesk 合成数据",
            notes="随机生成的测试方案，人员、机构和事项均为虚构。Synthetic plan for tests; every entry is made up.",
            lineage_id=new_id(),
        )
    )
    n_bodies = max(1, round(n_units / 3))
    towns = _town_names(rng, math.ceil(n_bodies / len(BODY_KINDS)))
    unit_bases = [r["name"] for r in read_csv("units.csv")]

    # Bodies: six kinds per town.
    body_ids: list[str] = []
    bodies_by_kind: dict[str, list[str]] = {}
    for j in range(n_bodies):
        key, name, kind = BODY_KINDS[j % len(BODY_KINDS)]
        body = plan.add_body(f"{towns[j // len(BODY_KINDS)]}{name}", id=new_id(), kind=kind)
        body_ids.append(body.id)
        bodies_by_kind.setdefault(key, []).append(body.id)

    # Units: about three per body, named after the body's town.
    unit_ids: list[str] = []
    unit_base: dict[str, str] = {}
    per_town: dict[str, int] = {}
    for i in range(n_units):
        j = i * n_bodies // n_units
        town = towns[j // len(BODY_KINDS)]
        k = per_town.get(town, 0)
        per_town[town] = k + 1
        base = unit_bases[k % len(unit_bases)] + ("" if k < len(unit_bases) else str(k // len(unit_bases) + 1))
        kind = "内设机构" if base.endswith(("办", "办公室")) else "站所"
        unit = plan.add_unit(f"{town}{base}", id=new_id(), kind=kind, body_id=body_ids[j])
        unit_ids.append(unit.id)
        unit_base[unit.id] = base

    # People: one head, deputies leading one or two bodies, the rest staff in units.
    n_deputies = max(1, min(math.ceil(n_bodies * 0.6), (n_people - 1) // 4 or 1, n_people - 1))
    head = plan.add_person(
        "S000001", _name(rng), id=new_id(), post="镇党委书记", tier_before=Tier.HEAD, tier_after=Tier.HEAD
    )
    deputies = []
    for d in range(n_deputies):
        person = plan.add_person(
            f"S{d + 2:06d}",
            _name(rng),
            id=new_id(),
            post=rng.choice(_DEPUTY_POSTS),
            tier_before=Tier.DEPUTY_LEADER,
            tier_after=Tier.DEPUTY_IN_CHARGE,
            reports_to_id=head.id,
        )
        deputies.append(person.id)
    for j, body_id in enumerate(body_ids):
        plan.bodies[body_id].deputy_id = deputies[j * n_deputies // n_bodies]

    n_staff = n_people - 1 - n_deputies
    members: dict[str, list[str]] = {b: [] for b in body_ids}
    seen_units: set[str] = set()
    for s in range(n_staff):
        i = s * n_units // n_staff
        unit = plan.units[unit_ids[i]]
        body = plan.bodies[unit.body_id or ""]
        # The first person of a unit was its section chief before the reform.
        chief = unit.id not in seen_units
        seen_units.add(unit.id)
        person = plan.add_person(
            f"S{s + n_deputies + 2:06d}",
            _name(rng),
            id=new_id(),
            post=_chief_post(unit_base[unit.id]) if chief else rng.choice(_STAFF_POSTS),
            tier_before=Tier.SECTION_CHIEF if chief else Tier.STAFF,
            tier_after=Tier.STAFF,
            unit_id=unit.id,
            reports_to_id=body.deputy_id,
        )
        unit.head_count += 1
        members[body.id].append(person.id)
    for body_id, ids in members.items():
        body = plan.bodies[body_id]
        body.authorized_posts = len(ids) + rng.randint(0, 3)
        body.leadership_posts = 1 if rng.random() < 0.7 else 2
        if rng.random() < 0.3:
            body.sites = [f"{body.name}办公楼", f"{body.name[:3]}便民服务大厅"]

    _add_powers(plan, rng, new_id, powers, body_ids, bodies_by_kind, members)
    if hall:
        _add_hall(plan, rng, new_id, body_ids, members)
    return plan


#: Qiaotou's ratios (seed report): 38 town and 29 delegated service items for 113 powers, 67 items in 14 windows.
TOWN_ITEMS_PER_POWER = 38 / 113
DELEGATED_ITEMS_PER_POWER = 29 / 113
ITEMS_PER_WINDOW = 5
_SERVICE_TYPES = frozenset(
    {PowerType.LICENSING, PowerType.BENEFIT, PowerType.CONFIRMATION, PowerType.PUBLIC_SERVICE, PowerType.OTHER}
)
_TOWN_SERVICES = (
    "居住证明开具",
    "家庭经济状况证明开具",
    "帮办代办服务",
    "社会保障卡申领受理",
    "城乡居民基本医疗保险参保登记",
    "农村危房改造申请受理",
    "退役军人信息采集",
    "残疾人证申领受理",
    "老年人优待证办理",
    "农业保险投保登记",
    "人民调解申请受理",
    "党员组织关系转接",
)


def _add_hall(
    plan: Plan, rng: random.Random, new_id: Callable[[], str], body_ids: list[str], members: dict[str, list[str]]
) -> None:
    """Windows and service items in Qiaotou's proportions, valid by construction: each body with
    people gets enough windows for about ITEMS_PER_WINDOW items each (one staff member per window,
    from the body), delegated items sit at a window of their power's receiving body, town items are
    spread over the bodies, and each item's back office is someone of that body."""
    n_powers = len(plan.powers)
    staffed = [b for b in body_ids if members[b]]
    if not staffed:
        return
    delegated = [
        p
        for p in plan.powers.values()
        if p.parent_id is None and p.type in _SERVICE_TYPES and p.body_id in members and members[p.body_id]
    ][: round(n_powers * DELEGATED_ITEMS_PER_POWER)]
    # Each body can staff len(people) windows of ITEMS_PER_WINDOW items: delegated items first
    # (they must sit at their receiving body), then town items where there is most room.
    room = {b: len(members[b]) * ITEMS_PER_WINDOW for b in staffed}
    per_body: dict[str, list[tuple[str, str | None]]] = {b: [] for b in staffed}  # (name, power id)
    for p in delegated:
        body = p.body_id or ""
        if room[body] > 0:
            per_body[body].append((p.name, p.id))
            room[body] -= 1
    n_town = round(n_powers * TOWN_ITEMS_PER_POWER)
    heap = [(-room[b], i, b) for i, b in enumerate(staffed)]
    heapq.heapify(heap)
    for i in range(n_town):
        free, order, body = heapq.heappop(heap)
        if free >= 0:
            break  # no room left anywhere
        base = _TOWN_SERVICES[i % len(_TOWN_SERVICES)]
        suffix = f"（{i // len(_TOWN_SERVICES) + 1}）" if i >= len(_TOWN_SERVICES) else ""
        per_body[body].append((f"{plan.bodies[body].name}{base}{suffix}", None))
        heapq.heappush(heap, (free + 1, order, body))
    number = 0
    item_seq = 0
    for body_id in staffed:
        items = per_body[body_id]
        people = members[body_id]
        if not items:
            continue
        count = min(len(people), math.ceil(len(items) / ITEMS_PER_WINDOW))
        windows = []
        for k in range(count):
            number += 1
            window = plan.add_window(
                str(number),
                f"{plan.bodies[body_id].name}窗口{k + 1}",
                id=new_id(),
                body_id=body_id,
                kind=WindowKind.GENERAL if k == 0 else WindowKind.SPECIAL,
                site=f"便民服务大厅{number}号窗口",
                seq=number,
            )
            plan.people[people[k]].window_id = window.id
            windows.append(window.id)
        for j, (name, power_id) in enumerate(items):
            item_seq += 1
            handling = rng.choice(tuple(Handling))
            plan.add_service_item(
                name,
                id=new_id(),
                code="" if power_id else f"FW-{item_seq:05d}",
                source=ServiceSource.COUNTY if power_id else ServiceSource.TOWN,
                power_id=power_id,
                handling=handling,
                time_limit=0 if handling is Handling.IMMEDIATE else rng.choice((3, 5, 10, 15, 20)),
                volume=rng.randint(60, 160),
                window_id=windows[j % len(windows)],
                handler_id=rng.choice(people),
                in_hall=InHall.YES if rng.random() < 0.92 else InHall.NO,
                seq=item_seq,
            )


def _add_powers(
    plan: Plan,
    rng: random.Random,
    new_id: Callable[[], str],
    count: int,
    body_ids: list[str],
    bodies_by_kind: dict[str, list[str]],
    members: dict[str, list[str]],
) -> None:
    templates = [
        (
            r["name"],
            PowerType(r["type"]),
            r["legal_basis"],
            r["source_department"],
            DelegationMode(r["mode"]),
            r["body"],
        )
        for r in read_csv("powers.csv")
        if not r["parent"]
    ]
    dept_codes = {r["source_department"]: r["code"].split("-")[1] for r in read_csv("powers.csv")}
    type_codes = {r["type"]: r["code"].split("-")[2] for r in read_csv("powers.csv")}
    serials: dict[str, int] = {}
    # The main item that the next powers may be sub-items (子项) of: id, code, template, sub-items so far.
    parent: tuple[str, str, tuple[object, ...], int] | None = None
    third = OPEN_SHARE / 3
    for seq in range(1, count + 1):
        sub = parent is not None and parent[3] < 3 and rng.random() < 0.5
        template = parent[2] if sub and parent is not None else rng.choice(templates)
        name, ptype, basis, dept, mode, body_kind = template
        candidates = bodies_by_kind.get(body_kind) or body_ids
        body_id: str | None = rng.choice(candidates)
        staff = members[body_id]
        deputy = plan.bodies[body_id].deputy_id
        official: str | None = rng.choice(staff) if staff and rng.random() < 0.85 else deputy
        deadline: dt.date | None = rng.choice(DEADLINES)
        r = rng.random()
        if r < third:
            body_id = None
        elif r < 2 * third:
            deadline = None
        elif r < OPEN_SHARE:
            official = None
        if sub and parent is not None:
            parent = (parent[0], parent[1], parent[2], parent[3] + 1)
            code = f"{parent[1]}-{parent[3]:02d}"
            parent_id: str | None = parent[0]
            name = f"{name}（子项{parent[3]}）"
        else:
            prefix = f"{rng.choice(AREA_CODES)}-{dept_codes[dept]}-{type_codes[ptype.value]}"
            serials[prefix] = serials.get(prefix, 0) + 1
            code = f"{prefix}-{serials[prefix]:04d}"
            parent_id = None
            parent = None
        power = plan.add_power(
            code,
            name,
            id=new_id(),
            type=ptype,
            legal_basis=basis,
            source_department=dept,
            mode=mode,
            body_id=body_id,
            deadline=deadline,
            official_id=official,
            note=rng.choice(_NOTES) if rng.random() < 0.05 else "",
            parent_id=parent_id,
            seq=seq,
        )
        if parent_id is None and rng.random() < 0.03:
            parent = (power.id, code, template, 0)


def _town_names(rng: random.Random, count: int) -> list[str]:
    pairs = [a + b for a in _TOWN_FIRST for b in _TOWN_SECOND]
    rng.shuffle(pairs)
    names = [f"{pairs[i % len(pairs)]}{'' if i < len(pairs) else i // len(pairs) + 1}镇" for i in range(count)]
    return names


def _name(rng: random.Random) -> str:
    given = rng.choice(_GIVEN) if rng.random() < 0.3 else rng.choice(_GIVEN) + rng.choice(_GIVEN)
    return rng.choice(_SURNAMES) + given


def _chief_post(unit_base: str) -> str:
    base = unit_base.rstrip("0123456789")
    if base.endswith("站"):
        return f"{base}站长"
    if base.endswith("所"):
        return f"{base}所长"
    return f"{base}主任"
