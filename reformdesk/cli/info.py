"""``reformdesk info PLAN [--json]``: counts of units, bodies, people, powers and problems."""

from __future__ import annotations

import argparse
import json
from collections import Counter

from reformdesk.cli.common import OK, read_plan
from reformdesk.domain.model import TIERS_AFTER, TIERS_BEFORE, Plan, Tier
from reformdesk.domain.posts import POST_TYPE_KEYS, all_body_posts, people_by_type, posts_by_type
from reformdesk.domain.service_hall import hall_figures
from reformdesk.domain.validation import Severity, validate

NAME = "info"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="counts of units, bodies, people, powers and problems")
    p.add_argument("plan", help="a plan file, or postgresql://USER@HOST/DB?plan=NAME")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")


def run(args: argparse.Namespace) -> int:
    s = plan_summary(read_plan(args.plan))
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=2))
        return OK
    units, people, powers, problems = s["units"], s["people"], s["powers"], s["problems"]
    assert isinstance(units, dict) and isinstance(people, dict) and isinstance(powers, dict)
    assert isinstance(problems, dict)
    print(f"方案 {s['name']}")
    print(f"原科室站所 {units['total']}（已并入 {units['placed']}，未并入 {units['unplaced']}）")
    print(f"职能机构 {s['bodies']}")
    print(f"人员 {people['total']}")
    print("  改革前 " + "  ".join(f"{Tier(k).label} {v}" for k, v in people["tiers_before"].items()))
    print("  改革后 " + "  ".join(f"{Tier(k).label} {v}" for k, v in people["tiers_after"].items()))
    posts = s["posts"]
    assert isinstance(posts, dict)
    by_post = people["by_post_type"]
    names = {v: k.value or "未填" for k, v in POST_TYPE_KEYS.items()}
    # The JSON lists every type with its count; the text names those held, or 无 when
    # nobody holds a post type yet (an empty plan), never a bare label.
    held = "  ".join(f"{names[k]} {v}" for k, v in by_post.items() if v)
    print("  编制类型 " + (held or "无"))
    typed = "  ".join(f"{names[k]} {v}" for k, v in posts["by_type"].items() if v)
    print(f"编制数 {posts['total']}" + (f"（{typed}）" if typed else ""))
    print(
        f"行政权力事项 {powers['total']}（其中子项 {powers['sub_items']}；"
        f"已分配 {powers['assigned']}，信息完整 {powers['complete']}）"
    )
    windows, items = s["windows"], s["service_items"]
    assert isinstance(windows, dict) and isinstance(items, dict)
    print(
        f"服务窗口 {windows['total']}（已配备人员 {windows['staffed']}）  审批服务事项 {items['total']}"
        f"（本镇 {items['town']}，县级下放 {items['delegated']}；进入窗口 {items['in_windows']}，"
        f"进驻率 {_rate(items['in_hall'], items['total'])}）"
    )
    print(f"问题 错误 {problems['error']}  警告 {problems['warning']}")
    return OK


def plan_summary(plan: Plan) -> dict[str, object]:
    """The figures of ``reformdesk info --json`` (documented in the README)."""
    placed = sum(1 for u in plan.units.values() if u.body_id in plan.bodies)
    powers = plan.powers.values()
    assignments = [plan.assignment(w) for w in powers]
    assigned = sum(1 for body, _d, _o in assignments if body in plan.bodies)
    complete = sum(
        1 for body, deadline, official in assignments if body in plan.bodies and deadline and official in plan.people
    )
    problems = Counter(p.severity.value for p in validate(plan))
    before = Counter(p.tier_before.value for p in plan.people.values())
    after = Counter(p.tier_after.value for p in plan.people.values())
    hall = hall_figures(plan)
    return {
        "name": plan.info.name,
        "town": plan.info.town,
        "units": {"total": len(plan.units), "placed": placed, "unplaced": len(plan.units) - placed},
        "bodies": len(plan.bodies),
        "people": {
            "total": len(plan.people),
            "tiers_before": {t.value: before.get(t.value, 0) for t in TIERS_BEFORE},
            "tiers_after": {t.value: after.get(t.value, 0) for t in (*TIERS_AFTER, *_leftover(after))},
            "by_post_type": {POST_TYPE_KEYS[t]: n for t, n in people_by_type(plan).items()},
        },
        "posts": _posts(plan),
        "powers": {
            "total": len(plan.powers),
            "sub_items": sum(1 for w in powers if w.parent_id is not None),
            "assigned": assigned,
            "complete": complete,
        },
        "windows": {"total": hall.windows, "staffed": hall.staffed},
        "service_items": {
            "total": hall.items,
            "in_windows": hall.in_windows,
            "town": hall.town,
            "delegated": hall.delegated,
            "in_hall": hall.in_hall,
        },
        "problems": {s.value: problems.get(s.value, 0) for s in Severity},
    }


def _rate(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"


def _posts(plan: Plan) -> dict[str, object]:
    """Authorised posts: the bodies' total 编制数, per type, and per type over / vacant / mixed."""
    uses = all_body_posts(plan).values()
    over: dict[str, int] = {}
    vacant: dict[str, int] = {}
    for body in uses:
        if not body.by_type:
            continue
        for u in body.uses:
            key = POST_TYPE_KEYS[u.post_type]
            over[key] = over.get(key, 0) + u.over
            vacant[key] = vacant.get(key, 0) + u.vacant
    by_type = {POST_TYPE_KEYS[t]: n for t, n in posts_by_type(plan).items()}
    return {
        "total": sum(b.authorized_posts for b in plan.bodies.values()),
        "by_type": by_type,
        "over_by_type": {k: over.get(k, 0) for k in by_type},
        "vacant_by_type": {k: vacant.get(k, 0) for k in by_type},
        "mixed": sum(len(b.mixed) for b in uses),
    }


def _leftover(after: Counter[str]) -> list[Tier]:
    return [t for t in Tier if t not in TIERS_AFTER and after.get(t.value)]
