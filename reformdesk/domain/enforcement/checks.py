"""Checks of an enforcement plan: problems with stable codes (``validate`` on a .rdcounty file).

Codes (stable; tests, JSON):

* ``township.no_zone`` — a township in no zone;
* ``township.two_zones`` — a township in two zones or more;
* ``village.no_station`` — a village or community without an enforcement service station;
* ``zone.too_few_certified`` — a zone centre with fewer than two officers holding a valid 执法证
  (enforcement needs two certified officers);
* ``officer.cert_expired`` — a 执法证 expired before the plan's date;
* ``officer.cert_field`` — a 执法证 that does not cover a field the officer is assigned;
* ``officer.no_zone`` — a seconded officer posted to no zone;
* ``officer.double_posts`` — 双重占编: still counted against the original department's posts
  while counted at the centre too;
* ``item.no_centre`` — an enforcement item assigned to no zone centre;
* ``item.duplicate_code`` — two items with one code.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from reformdesk.domain.enforcement.model import EnforcementPlan, Officer, PostsCounted
from reformdesk.domain.enforcement.registry import EnforcementKind as K
from reformdesk.domain.model import cn_date
from reformdesk.domain.validation import Problem, Severity

CODES: dict[str, Severity] = {
    "township.no_zone": Severity.ERROR,
    "township.two_zones": Severity.ERROR,
    "village.no_station": Severity.WARNING,
    "zone.too_few_certified": Severity.ERROR,
    "officer.cert_expired": Severity.ERROR,
    "officer.cert_field": Severity.ERROR,
    "officer.no_zone": Severity.WARNING,
    "officer.double_posts": Severity.ERROR,
    "item.no_centre": Severity.WARNING,
    "item.duplicate_code": Severity.ERROR,
}

#: Officers needed per case (两名以上持证执法人员).
MIN_CERTIFIED = 2


def cert_valid(officer: Officer, on: dt.date | None) -> bool:
    """The officer holds a 执法证 valid on ``on`` (any date when ``on`` is None)."""
    if not officer.cert_no.strip():
        return False
    return on is None or officer.cert_valid_until is None or officer.cert_valid_until >= on


def check(plan: EnforcementPlan) -> list[Problem]:
    out: list[Problem] = []

    def add(code: str, message: str, kind: K, eid: str | None) -> None:
        out.append(Problem(code, CODES[code], message, kind, eid))  # type: ignore[arg-type]

    zones_of = plan.zone_of()
    for tid, t in plan.townships.items():
        zs = zones_of.get(tid, [])
        if not zs:
            add("township.no_zone", f"{t.name}未划入任何片区", K.TOWNSHIP, tid)
        elif len(zs) > 1:
            names = "、".join(plan.zones[z].name for z in zs)
            add("township.two_zones", f"{t.name}同时划入{len(zs)}个片区：{names}", K.TOWNSHIP, tid)
    for vid, v in plan.villages.items():
        if not v.station.strip():
            town = plan.townships.get(v.township_id or "")
            add("village.no_station", f"{town.name if town else ''}{v.name}未设执法服务站", K.VILLAGE, vid)
    date = plan.info.date
    certified: Counter[str] = Counter()
    for oid, o in plan.officers.items():
        if o.zone_id in plan.zones and cert_valid(o, date):
            certified[o.zone_id] += 1  # type: ignore[index]
        if o.zone_id not in plan.zones:
            add("officer.no_zone", f"执法人员{o.name}未派驻片区", K.OFFICER, oid)
        if o.cert_no.strip() and date is not None and o.cert_valid_until is not None and o.cert_valid_until < date:
            add(
                "officer.cert_expired",
                f"{o.name}的执法证（{o.cert_no}）于{cn_date(o.cert_valid_until)}到期，早于方案日期{cn_date(date)}",
                K.OFFICER,
                oid,
            )
        if o.cert_no.strip():
            missing = [f for f in o.fields if f not in o.cert_fields]
            if missing:
                add("officer.cert_field", f"{o.name}的执法证未涵盖执法领域：{'、'.join(missing)}", K.OFFICER, oid)
        if o.posts_counted is PostsCounted.BOTH:
            add(
                "officer.double_posts",
                f"{o.name}已抽调至执法中心，仍占{o.department or '原单位'}编制（双重占编）",
                K.OFFICER,
                oid,
            )
    for zid, z in plan.zones.items():
        n = certified[zid]
        if n < MIN_CERTIFIED:
            add(
                "zone.too_few_certified",
                f"{z.centre or z.name}持有效执法证的执法人员仅{n}名，少于{MIN_CERTIFIED}名",
                K.ZONE,
                zid,
            )
    codes: Counter[str] = Counter(i.code.strip() for i in plan.items.values() if i.code.strip())
    for iid, i in plan.items.items():
        if not any(z in plan.zones for z in i.zone_ids):
            add("item.no_centre", f"执法事项“{i.name}”未明确承接的执法中心", K.ITEM, iid)
        if codes[i.code.strip()] > 1:
            add("item.duplicate_code", f"事项编码{i.code}重复（{i.name}）", K.ITEM, iid)
    return out


def summary(plan: EnforcementPlan) -> dict[str, object]:
    """``info --json`` of an enforcement plan (README)."""
    problems = check(plan)
    sev = Counter(p.severity for p in problems)
    return {
        "kind": "enforcement",
        "name": plan.info.name,
        "county": plan.info.county,
        "leading_group": len(plan.members),
        "townships": len(plan.townships),
        "zones": len(plan.zones),
        "villages": len(plan.villages),
        "stations": plan.stations(),
        "officers": len(plan.officers),
        "certified_officers": sum(1 for o in plan.officers.values() if cert_valid(o, plan.info.date)),
        "items": len(plan.items),
        "items_assigned": sum(1 for i in plan.items.values() if any(z in plan.zones for z in i.zone_ids)),
        "problems": {"error": sev[Severity.ERROR], "warning": sev[Severity.WARNING]},
    }
