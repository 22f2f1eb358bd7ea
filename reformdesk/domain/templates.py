"""Starting points for a new plan.

The Qiaotou template is the six functional bodies of the sample plans
(``reformdesk/samples/data/bodies.csv``: names, kinds, 编制数, 领导职数 and
sites), without units, people or powers and without deputies in charge
(those are people of a particular plan).  Reading the same CSV keeps the
template and the samples from drifting apart.
"""

from __future__ import annotations

import csv
import io
from importlib import resources

from reformdesk.domain.model import Plan


def qiaotou_template(name: str = "桥头镇行政管理体制改革方案") -> Plan:
    """A new plan holding only Qiaotou's six functional bodies."""
    text = resources.files("reformdesk.samples").joinpath("data", "bodies.csv").read_text(encoding="utf-8")
    plan = Plan()
    plan.info.name = name
    plan.info.town = "桥头镇"
    plan.info.county = "大通县"
    for row in csv.DictReader(io.StringIO(text)):
        plan.add_body(
            row["name"],
            kind=row["kind"],
            authorized_posts=int(row["authorized_posts"]),
            leadership_posts=int(row["leadership_posts"]),
            sites=[s for s in row["sites"].split("；") if s],
        )
    return plan
