"""Four tiers → three: the transition proposal, spans and loads (pure, no Qt).

The reform removes the section-chief tier (科室长): deputies lead bodies
directly (分管副职) and staff report to the deputy in charge of their body.
Every function here returns *field changes* ``{kind: {id: {field: value}}}``
(kinds are Plan attribute names) or plain data, so the GUI applies changes as
undoable commands and the same rules are testable without Qt.

Decisions (documented because the rules leave them open):

* A deputy leader's **former units** are the units of the people in their
  reporting line before the reform (everyone whose ``reports_to`` chain reaches
  them without passing another deputy leader or the head), plus their own unit.
  Section chiefs report to deputy leaders and staff to section chiefs, so this
  is "the units they led", read from the reporting lines the plan already has.
* Bodies are shared out in two rounds.  First every deputy leader gets one
  body of their former line where possible: a maximum matching of deputies to
  bodies, and among those the one keeping most people under the deputy who
  led them (Hungarian algorithm).  Then each body still without a deputy goes
  to the deputy who led most of its people; ties go to the deputy listed
  first.  So each body gets exactly one deputy and no deputy is left idle
  merely because a busier colleague also had people in their body.  (On
  方案一's four-tier lines the simple "most people wins" rule left two of
  five deputies without a body.)
* A body no deputy leader led keeps its current ``deputy_id`` (the user's
  choice, or nothing): validation flags it as ``body.no_deputy``.
* Staff of a body without a deputy (and unplaced staff) get no reports-to:
  pointing them at a former section chief would keep the removed tier alive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from reformdesk.domain.model import LEADER_TIERS, TIERS_AFTER, TIERS_BEFORE, Person, Plan, Tier

#: {kind: {entity id: {field: value}}}; kinds are Plan attribute names.
Changes = dict[str, dict[str, dict[str, Any]]]

PEOPLE = "people"
BODIES = "bodies"

#: Tier after the reform for each tier before it.
TIER_MAP: dict[Tier, Tier] = {
    Tier.HEAD: Tier.HEAD,
    Tier.DEPUTY_LEADER: Tier.DEPUTY_IN_CHARGE,
    Tier.SECTION_CHIEF: Tier.STAFF,
    Tier.STAFF: Tier.STAFF,
    Tier.DEPUTY_IN_CHARGE: Tier.DEPUTY_IN_CHARGE,
}

#: Imbalance (忙闲不均) thresholds: a deputy (or body) is busy above
#: BUSY_FACTOR × the mean and idle below IDLE_FACTOR × the mean.
BUSY_FACTOR = 1.5
IDLE_FACTOR = 0.5


def head_of(plan: Plan) -> Person | None:
    """The head (负责人) after the reform: the first person at the head tier."""
    for person in plan.people.values():
        if person.tier_after is Tier.HEAD:
            return person
    for person in plan.people.values():
        if person.tier_before is Tier.HEAD:
            return person
    return None


def _line_leader(plan: Plan, person: Person) -> str | None:
    """The deputy leader whose reporting line ``person`` was in before the reform."""
    seen: set[str] = set()
    node = plan.people.get(person.reports_to_id or "")
    while node is not None and node.id not in seen:
        seen.add(node.id)
        if node.tier_before is Tier.DEPUTY_LEADER:
            return node.id
        if node.tier_before is Tier.HEAD:
            return None
        node = plan.people.get(node.reports_to_id or "")
    return None


def former_bodies(plan: Plan) -> dict[str, Counter[str]]:
    """For each deputy leader: how many people of each body were in their line.

    The deputy's own placement counts once, so a deputy with no reports still
    gets the body their own unit went to.
    """
    weights: dict[str, Counter[str]] = {
        p.id: Counter() for p in plan.people.values() if p.tier_before is Tier.DEPUTY_LEADER
    }
    for person in plan.people.values():
        body_id = plan.body_of(person)
        if body_id is None or body_id not in plan.bodies:
            continue
        if person.id in weights:
            weights[person.id][body_id] += 1
            continue
        leader = _line_leader(plan, person)
        if leader is not None:
            weights[leader][body_id] += 1
    return weights


def share_bodies(plan: Plan) -> dict[str, str]:
    """Body id → deputy leader id, for every body some deputy leader's line reached.

    The matching of round 1 is solved per connected part of the deputy–body
    graph (a deputy and the bodies their line reached, and so on): deputies of
    different parts never compete, and a dense deputies × bodies matrix made it
    O(n³) (13.6 s for the 1,600 deputies and 2,700 bodies of a 200,000-power plan).
    """
    weights = former_bodies(plan)
    deputies = list(weights)  # plan order
    # body -> [(deputy index, people of the body in their line)], deputies in plan order
    led: dict[str, list[tuple[int, int]]] = {}
    for d, deputy in enumerate(deputies):
        for b, n in weights[deputy].items():
            if n:
                led.setdefault(b, []).append((d, n))
    bodies = [b for b in plan.bodies if b in led]
    out: dict[str, str] = {}
    if not deputies or not bodies:
        return out
    # Round 1: one body each, a maximum matching first, most people kept second.
    big = 1 + sum(sum(c.values()) for c in weights.values())
    matched: list[tuple[int, int]] = []
    for part_deputies, part_bodies in _parts(deputies, bodies, weights, led):
        profit = [
            [(big + weights[deputies[d]][bodies[b]]) if weights[deputies[d]].get(bodies[b]) else 0 for b in part_bodies]
            for d in part_deputies
        ]
        matched += [(part_deputies[d], part_bodies[b]) for d, b in _max_profit_assignment(profit) if profit[d][b] > 0]
    # In the order one matrix of all deputies and bodies gave them: by its smaller side.
    matched.sort(key=lambda pair: pair[1] if len(deputies) <= len(bodies) else pair[0])
    for d, b in matched:
        out[bodies[b]] = deputies[d]
    # Round 2: the rest to whoever led most of their people (ties: first listed).
    for b in bodies:
        if b not in out:
            best_d, best_n = led[b][0]
            for d, n in led[b]:
                if n > best_n:
                    best_d, best_n = d, n
            out[b] = deputies[best_d]
    return out


def _parts(
    deputies: list[str],
    bodies: list[str],
    weights: Mapping[str, Counter[str]],
    led: Mapping[str, list[tuple[int, int]]],
) -> list[tuple[list[int], list[int]]]:
    """The connected parts of the deputy–body graph: (deputy indexes, body indexes), each sorted."""
    body_index = {b: i for i, b in enumerate(bodies)}
    parent = list(range(len(deputies) + len(bodies)))  # deputies first, then bodies

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for b, pairs in led.items():
        node = find(len(deputies) + body_index[b])
        for d, _n in pairs:
            root = find(d)
            if root != node:
                parent[root] = node
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for d, deputy in enumerate(deputies):
        if any(weights[deputy].values()):
            groups.setdefault(find(d), ([], []))[0].append(d)
    for i in range(len(bodies)):
        groups.setdefault(find(len(deputies) + i), ([], []))[1].append(i)
    return [g for g in groups.values() if g[0] and g[1]]


def _max_profit_assignment(profit: list[list[int]]) -> list[tuple[int, int]]:
    """Rows matched to distinct columns maximising total profit (Hungarian algorithm, O(n²m)).

    Works on any rectangular matrix: the smaller side is matched completely.
    """
    rows, cols = len(profit), len(profit[0])
    transpose = rows > cols
    if transpose:
        profit = [list(col) for col in zip(*profit, strict=True)]
        rows, cols = cols, rows
    top = max(max(r) for r in profit)
    cost = [[top - v for v in r] for r in profit]
    inf = float("inf")
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    match = [0] * (cols + 1)  # column → row (1-based; 0 = free)
    way = [0] * (cols + 1)
    for i in range(1, rows + 1):
        match[0] = i
        j0 = 0
        minv = [inf] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            for j in range(1, cols + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    pairs = [(match[j] - 1, j - 1) for j in range(1, cols + 1) if match[j]]
    return [(c, r) for r, c in pairs] if transpose else pairs


def propose_three_tiers(plan: Plan) -> Changes:
    """The whole four → three tier transition as field changes (unchanged fields omitted)."""
    people_new: dict[str, dict[str, Any]] = {pid: {} for pid in plan.people}
    for person in plan.people.values():
        people_new[person.id]["tier_after"] = TIER_MAP[person.tier_before]

    deputy_of_body = {b.id: b.deputy_id for b in plan.bodies.values()}
    bodies_new: dict[str, dict[str, Any]] = {}
    for body_id, deputy_id in share_bodies(plan).items():
        deputy_of_body[body_id] = deputy_id
        bodies_new[body_id] = {"deputy_id": deputy_id}

    tier_after = {pid: f["tier_after"] for pid, f in people_new.items()}
    head = next((pid for pid, t in tier_after.items() if t is Tier.HEAD), None)
    for person in plan.people.values():
        new_tier = tier_after[person.id]
        if new_tier is Tier.HEAD:
            reports_to = person.reports_to_id if person.reports_to_id in plan.people else None
        elif new_tier is Tier.DEPUTY_IN_CHARGE:
            reports_to = head
        else:
            body_id = plan.body_of(person)
            deputy = deputy_of_body.get(body_id) if body_id else None
            ok = deputy is not None and tier_after.get(deputy) is Tier.DEPUTY_IN_CHARGE
            reports_to = deputy if ok else None
        people_new[person.id]["reports_to_id"] = reports_to

    return _only_differences(plan, {PEOPLE: people_new, BODIES: bodies_new})


def _only_differences(plan: Plan, changes: Changes) -> Changes:
    out: Changes = {}
    for kind, per_id in changes.items():
        table = getattr(plan, kind)
        kept: dict[str, dict[str, Any]] = {}
        for eid, fields in per_id.items():
            diff = {f: v for f, v in fields.items() if getattr(table[eid], f) != v}
            if diff:
                kept[eid] = diff
        if kept:
            out[kind] = kept
    return out


def apply_changes(plan: Plan, changes: Changes) -> None:
    """Apply field changes to ``plan`` in place (tests and scripts; the GUI uses commands)."""
    for kind, per_id in changes.items():
        table = getattr(plan, kind)
        for eid, fields in per_id.items():
            for name, value in fields.items():
                setattr(table[eid], name, value)


# -- single edits the tier editor offers ------------------------------------------


def assign_deputy_changes(plan: Plan, body_id: str, deputy_id: str | None) -> Changes:
    """Make ``deputy_id`` the deputy in charge of a body; its staff report to them.

    The person becomes a deputy in charge if they were not one.  Staff who
    reported to the body's former deputy (or to nobody) follow the new one.
    """
    body = plan.bodies[body_id]
    changes: Changes = {BODIES: {body_id: {"deputy_id": deputy_id}}, PEOPLE: {}}
    if deputy_id is not None:
        deputy = plan.people[deputy_id]
        if deputy.tier_after is not Tier.DEPUTY_IN_CHARGE:
            changes[PEOPLE][deputy_id] = {"tier_after": Tier.DEPUTY_IN_CHARGE}
    old = body.deputy_id
    for person in plan.people_by_body().get(body_id, []):
        if person.tier_after is Tier.STAFF and person.id != deputy_id and person.reports_to_id in (old, None):
            changes[PEOPLE].setdefault(person.id, {})["reports_to_id"] = deputy_id
    return _only_differences(plan, changes)


def move_to_body_changes(plan: Plan, person_ids: Iterable[str], body_id: str | None) -> Changes:
    """Place people in a body; staff then report to its deputy in charge."""
    body = plan.bodies.get(body_id or "")
    deputy = body.deputy_id if body is not None else None
    people: dict[str, dict[str, Any]] = {}
    for pid in person_ids:
        person = plan.people[pid]
        fields: dict[str, Any] = {"body_id": body_id}
        if person.tier_after is Tier.STAFF and deputy is not None and deputy != pid:
            fields["reports_to_id"] = deputy
        people[pid] = fields
    return _only_differences(plan, {PEOPLE: people})


def reports_to_changes(plan: Plan, person_ids: Iterable[str], leader_id: str | None) -> Changes:
    """Make people report to ``leader_id`` (nobody reports to themselves)."""
    people = {pid: {"reports_to_id": leader_id} for pid in person_ids if pid != leader_id}
    return _only_differences(plan, {PEOPLE: people})


# -- seeing the effect ---------------------------------------------------------


def tier_counts(plan: Plan) -> tuple[dict[Tier, int], dict[Tier, int]]:
    """People per tier before (four tiers) and after (three tiers, plus any left over)."""
    before = Counter(p.tier_before for p in plan.people.values())
    after = Counter(p.tier_after for p in plan.people.values())
    before_out = {t: before.get(t, 0) for t in TIERS_BEFORE}
    after_out = {t: after.get(t, 0) for t in TIERS_AFTER}
    for tier, n in after.items():  # old tiers still present after: show them, they are problems
        if tier not in after_out and n:
            after_out[tier] = n
    return before_out, after_out


@dataclass(slots=True)
class DeputySpan:
    """What one deputy in charge leads."""

    person_id: str
    name: str
    body_ids: list[str]
    people_led: int  # people working in the bodies they lead (themselves excluded)
    direct_reports: int  # people whose reports-to is them
    level: str = ""  # "busy", "idle" or "" (within the thresholds)


@dataclass(slots=True)
class BodyLoad:
    """People and leaders of one body against its posts, before and after."""

    body_id: str
    name: str
    people: int
    authorized_posts: int  # 编制数
    leaders_before: int  # head, deputy leaders, section chiefs placed in it
    leaders_after: int  # leader tiers after, left-over section chiefs, its deputy
    leadership_posts: int  # 领导职数
    deputy_id: str | None
    ratio: float | None  # people / 编制数 (None when the body has no posts)
    level: str = ""  # "busy", "idle" or ""


@dataclass(slots=True)
class SpanReport:
    """Spans of the deputies, loads of the bodies and the imbalance found."""

    deputies: list[DeputySpan] = field(default_factory=list)
    bodies: list[BodyLoad] = field(default_factory=list)
    mean_people_led: float = 0.0
    mean_ratio: float = 0.0
    busy_factor: float = BUSY_FACTOR
    idle_factor: float = IDLE_FACTOR

    @property
    def imbalanced(self) -> bool:
        return any(d.level for d in self.deputies) or any(b.level for b in self.bodies)


def _level(value: float, mean: float, busy: float, idle: float) -> str:
    if mean <= 0:
        return ""
    if value > busy * mean:
        return "busy"
    if value < idle * mean:
        return "idle"
    return ""


def spans(plan: Plan, busy_factor: float = BUSY_FACTOR, idle_factor: float = IDLE_FACTOR) -> SpanReport:
    """Span per deputy in charge, load per body, and 忙闲不均 against the thresholds.

    A deputy is busy when the people they lead exceed ``busy_factor`` × the
    mean over all deputies in charge, idle below ``idle_factor`` × the mean.
    A body is judged the same way on its load ratio (people / 编制数) against
    the mean ratio of bodies with posts.
    """
    by_body = plan.people_by_body()
    reports = Counter(p.reports_to_id for p in plan.people.values() if p.reports_to_id)
    bodies_of: dict[str, list[str]] = {}
    for body in plan.bodies.values():
        if body.deputy_id:
            bodies_of.setdefault(body.deputy_id, []).append(body.id)

    report = SpanReport(busy_factor=busy_factor, idle_factor=idle_factor)
    for person in plan.people.values():
        if person.tier_after is not Tier.DEPUTY_IN_CHARGE:
            continue
        body_ids = bodies_of.get(person.id, [])
        led = sum(1 for b in body_ids for m in by_body.get(b, []) if m.id != person.id)
        report.deputies.append(DeputySpan(person.id, person.name, body_ids, led, reports.get(person.id, 0)))

    for body in plan.bodies.values():
        members = by_body.get(body.id, [])
        before = sum(1 for m in members if m.tier_before in LEADER_TIERS or m.tier_before is Tier.SECTION_CHIEF)
        after_ids = {m.id for m in members if m.tier_after in LEADER_TIERS or m.tier_after is Tier.SECTION_CHIEF}
        if body.deputy_id in plan.people:
            after_ids.add(body.deputy_id)
        ratio = len(members) / body.authorized_posts if body.authorized_posts > 0 else None
        report.bodies.append(
            BodyLoad(
                body.id,
                body.name,
                len(members),
                body.authorized_posts,
                before,
                len(after_ids),
                body.leadership_posts,
                body.deputy_id,
                ratio,
            )
        )

    if report.deputies:
        report.mean_people_led = sum(d.people_led for d in report.deputies) / len(report.deputies)
        for d in report.deputies:
            d.level = _level(d.people_led, report.mean_people_led, busy_factor, idle_factor)
    ratios = [b.ratio for b in report.bodies if b.ratio is not None]
    if ratios:
        report.mean_ratio = sum(ratios) / len(ratios)
        for b in report.bodies:
            if b.ratio is not None:
                b.level = _level(b.ratio, report.mean_ratio, busy_factor, idle_factor)
    return report


def merge_changes(*parts: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> Changes:
    """Several change sets as one (later ones win field by field)."""
    out: Changes = {}
    for part in parts:
        for kind, per_id in part.items():
            for eid, fields in per_id.items():
                out.setdefault(kind, {}).setdefault(eid, {}).update(fields)
    return out


def leadership(plan: Plan) -> list[Person]:
    """The town's leadership team (领导班子) outside the bodies: the head, the deputies in charge
    and whoever a body names as its deputy, when no body holds them as members.

    They lead from outside the bodies, so they are arranged (人员已安排), not 未并入.
    """
    leading = {b.deputy_id for b in plan.bodies.values() if b.deputy_id}
    return [
        person
        for person in plan.people.values()
        if (person.tier_after in (Tier.HEAD, Tier.DEPUTY_IN_CHARGE) or person.id in leading)
        and plan.body_of(person) not in plan.bodies
    ]
