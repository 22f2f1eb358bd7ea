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
from reformdesk.domain.registry import QT_TRANSLATE_NOOP
from reformdesk.domain.validation import Names, Problem, Severity, Term, render

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


# How a message names the original department of a seconded officer who has none entered.
HOME_UNIT = Term(QT_TRANSLATE_NOOP("Problems", "原单位"))


def check(plan: EnforcementPlan) -> list[Problem]:
    """Every problem: townships, villages, officers, zones, then items.

    Messages are templates (context "Problems", as in domain/validation.py and the catalogue's
    checks) with named parameters: the CLI prints them in Chinese, the window in the user's
    language; the plan's own names and codes are parameters, shown as written.
    """
    out: list[Problem] = []

    def add(code: str, template: str, kind: K, eid: str | None, /, **params: object) -> None:
        out.append(Problem(code, CODES[code], render(template, params), kind, eid, template, params))  # type: ignore[arg-type]

    zones_of = plan.zone_of()
    for tid, t in plan.townships.items():
        zs = zones_of.get(tid, [])
        if not zs:
            add("township.no_zone", QT_TRANSLATE_NOOP("Problems", "{name}未划入任何片区"), K.TOWNSHIP, tid, name=t.name)
        elif len(zs) > 1:
            add(
                "township.two_zones",
                QT_TRANSLATE_NOOP("Problems", "{name}同时划入{count}个片区：{zones}"),
                K.TOWNSHIP,
                tid,
                name=t.name,
                count=len(zs),
                zones=Names(plan.zones[z].name for z in zs),
            )
    for vid, v in plan.villages.items():
        if not v.station.strip():
            town = plan.townships.get(v.township_id or "")
            if town is not None:
                add(
                    "village.no_station",
                    QT_TRANSLATE_NOOP("Problems", "{township}{name}未设执法服务站"),
                    K.VILLAGE,
                    vid,
                    township=town.name,
                    name=v.name,
                )
            else:
                add(
                    "village.no_station",
                    QT_TRANSLATE_NOOP("Problems", "{name}未设执法服务站"),
                    K.VILLAGE,
                    vid,
                    name=v.name,
                )
    date = plan.info.date
    certified: Counter[str] = Counter()
    for oid, o in plan.officers.items():
        if o.zone_id in plan.zones and cert_valid(o, date):
            certified[o.zone_id] += 1  # type: ignore[index]
        if o.zone_id not in plan.zones:
            add(
                "officer.no_zone",
                QT_TRANSLATE_NOOP("Problems", "执法人员{name}未派驻片区"),
                K.OFFICER,
                oid,
                name=o.name,
            )
        if o.cert_no.strip() and date is not None and o.cert_valid_until is not None and o.cert_valid_until < date:
            add(
                "officer.cert_expired",
                QT_TRANSLATE_NOOP("Problems", "{name}的执法证（{cert}）于{until}到期，早于方案日期{date}"),
                K.OFFICER,
                oid,
                name=o.name,
                cert=o.cert_no,
                until=o.cert_valid_until,
                date=date,
            )
        if o.cert_no.strip():
            missing = [f for f in o.fields if f not in o.cert_fields]
            if missing:
                add(
                    "officer.cert_field",
                    QT_TRANSLATE_NOOP("Problems", "{name}的执法证未涵盖执法领域：{fields}"),
                    K.OFFICER,
                    oid,
                    name=o.name,
                    fields=Names(missing),
                )
        if o.posts_counted is PostsCounted.BOTH:
            add(
                "officer.double_posts",
                QT_TRANSLATE_NOOP("Problems", "{name}已抽调至执法中心，仍占{department}编制（双重占编）"),
                K.OFFICER,
                oid,
                name=o.name,
                department=o.department or HOME_UNIT,
            )
    for zid, z in plan.zones.items():
        n = certified[zid]
        if n < MIN_CERTIFIED:
            add(
                "zone.too_few_certified",
                QT_TRANSLATE_NOOP("Problems", "{centre}持有效执法证的执法人员仅{count}名，少于{minimum}名"),
                K.ZONE,
                zid,
                centre=z.centre or z.name,
                count=n,
                minimum=MIN_CERTIFIED,
            )
    codes: Counter[str] = Counter(i.code.strip() for i in plan.items.values() if i.code.strip())
    for iid, i in plan.items.items():
        if not any(z in plan.zones for z in i.zone_ids):
            add(
                "item.no_centre",
                QT_TRANSLATE_NOOP("Problems", "执法事项“{name}”未明确承接的执法中心"),
                K.ITEM,
                iid,
                name=i.name,
            )
        if codes[i.code.strip()] > 1:
            add(
                "item.duplicate_code",
                QT_TRANSLATE_NOOP("Problems", "事项编码{code}重复（{name}）"),
                K.ITEM,
                iid,
                code=i.code,
                name=i.name,
            )
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
