"""Starting points for a new plan.

The Qiaotou template is the six functional bodies of the sample plans
(``reformdesk/samples/data/bodies.csv``: names, kinds, 编制数, 领导职数 and
sites), without units, people or powers and without deputies in charge
(those are people of a particular plan).  Reading the same CSV keeps the
template and the samples from drifting apart.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from importlib import resources

from reformdesk.domain.document_text import GeneratedPart, Section
from reformdesk.domain.model import Plan, new_id

#: The usual outline of a 实施方案 (FORMS.md): every new plan starts with it, so its Word
#: document has its sections and annexes from the first export; the parts the plan
#: generates (机构设置 …) are filled from the plan, the prose is the clerk's to write.
STANDARD_OUTLINE: tuple[tuple[int, str, GeneratedPart], ...] = (
    (1, "指导思想", GeneratedPart.NONE),
    (1, "基本原则", GeneratedPart.NONE),
    (1, "主要任务", GeneratedPart.NONE),
    (2, "机构设置", GeneratedPart.BODIES),
    (2, "管理层级", GeneratedPart.TIERS),
    (2, "权限承接", GeneratedPart.POWERS),
    (2, "人员安排", GeneratedPart.PEOPLE),
    (2, "便民服务", GeneratedPart.HALL),
    (1, "保障措施", GeneratedPart.NONE),
    (1, "时间安排", GeneratedPart.NONE),
)


def standard_outline() -> list[Section]:
    """New sections of :data:`STANDARD_OUTLINE`, in order, without text."""
    return [
        Section(id=new_id(), seq=seq, level=level, title=title, part=part)
        for seq, (level, title, part) in enumerate(STANDARD_OUTLINE, start=1)
    ]


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


#: How a new plan starts (文件 → 新建方案…, ``reformdesk new --template``).
TEMPLATES = ("empty", "qiaotou")


def new_plan(
    template: str | Plan = "empty",
    *,
    name: str = "",
    town: str = "",
    county: str = "",
    office: str = "",
    date: dt.date | None = None,
    author: str = "",
) -> Plan:
    """A new plan with these settings: empty, from the Qiaotou template, or with another plan's bodies.

    Bodies taken from another plan keep their names, kinds, posts (also per
    type), leadership posts, sites, rank and duties, but get new ids and no
    deputy in charge (a deputy is a person of that other plan).
    """
    if isinstance(template, Plan):
        plan = Plan()
        for body in template.bodies.values():
            copy = dataclasses.replace(body, id=new_id(), deputy_id=None)
            copy.sites = list(body.sites)
            copy.duties = list(body.duties)
            plan.bodies[copy.id] = copy
    elif template == "qiaotou":
        plan = qiaotou_template()
    elif template == "empty":
        plan = Plan()
    else:
        raise ValueError(f"unknown template {template!r}")
    if not plan.sections:
        plan.sections = {section.id: section for section in standard_outline()}
    info = plan.info
    info.name = name or (f"{town}行政管理体制改革方案" if town else info.name or "新方案")
    # Qiaotou's town and county names are the template's: a plan for another town replaces them.
    if town and template == "qiaotou":
        info.county = ""
    info.town = town or info.town
    info.county = county or info.county
    info.office = office
    info.date = date
    info.author = author
    return plan
