"""``reformdesk new PLAN [--name N] [--town T] [--county C] [--office O] [--date YYYY-MM-DD] [--author A]
[--template empty|qiaotou]``: write a new plan; 0 written, 2 when PLAN exists or cannot be written."""

from __future__ import annotations

import argparse
import datetime as dt

from reformdesk.cli.common import OK, fail, save_plan
from reformdesk.store.plan_store import PlanLocation, exists

NAME = "new"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from reformdesk.domain.templates import TEMPLATES

    p = sub.add_parser(NAME, help="write a new plan (empty or from the Qiaotou template) with its settings")
    p.add_argument("plan", help="the plan to create (a file, or postgresql://USER@HOST/DB?plan=NAME; must not exist)")
    p.add_argument("--name", default="", help="plan name (default: TOWN行政管理体制改革方案)")
    p.add_argument("--town", default="", help="town (乡镇)")
    p.add_argument("--county", default="", help="county (县)")
    p.add_argument("--office", default="", help="organization office (填表单位)")
    p.add_argument("--date", type=_date, default=None, help="plan date, YYYY-MM-DD")
    p.add_argument("--author", default="", help="author (编制人)")
    p.add_argument("--template", choices=TEMPLATES, default="empty", help="start empty or with Qiaotou's six bodies")


def run(args: argparse.Namespace) -> int:
    from reformdesk.domain.templates import new_plan

    location = PlanLocation.parse(args.plan)
    if exists(location):
        return fail(f"方案已存在，未覆盖：{location.public}")
    plan = new_plan(
        args.template,
        name=args.name,
        town=args.town,
        county=args.county,
        office=args.office,
        date=args.date,
        author=args.author,
    )
    save_plan(plan, args.plan)
    print(f"已新建方案“{plan.info.name}”：{args.plan}（{len(plan.bodies)} 个职能机构）")
    return OK
