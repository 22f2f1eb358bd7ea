"""An enforcement plan (the Datong sample, altered) on which every check finds its problem."""

from __future__ import annotations

import datetime as dt

from reformdesk.domain.enforcement.model import EnforcementPlan, PostsCounted
from reformdesk.samples.datong_enforcement import build


def every_problem() -> EnforcementPlan:
    plan = build()
    zones = list(plan.zones.values())
    zones[0].township_ids.pop()  # township.no_zone
    zones[2].township_ids.append(zones[1].township_ids[0])  # township.two_zones
    villages = list(plan.villages.values())
    villages[0].station = ""  # village.no_station
    villages[1].station, villages[1].township_id = "", None  # …of a village in no township
    officers = list(plan.officers.values())
    assert plan.info.date is not None
    officers[0].cert_valid_until = plan.info.date - dt.timedelta(days=1)  # officer.cert_expired
    officers[1].fields = [*officers[1].fields, "交通运输" if "交通运输" not in officers[1].cert_fields else "教育"]
    officers[2].posts_counted = PostsCounted.BOTH  # officer.double_posts
    officers[3].posts_counted, officers[3].department = PostsCounted.BOTH, ""  # …of no named department
    officers[4].zone_id = None  # officer.no_zone
    in_zone = [o for o in plan.officers.values() if o.zone_id == zones[3].id]
    for o in in_zone[1:]:
        o.cert_no = ""  # zone.too_few_certified
    items = list(plan.items.values())
    items[0].zone_ids = []  # item.no_centre
    items[2].code = items[1].code  # item.duplicate_code
    return plan
