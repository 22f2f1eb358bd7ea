"""``reformdesk history PLAN [--json] [-o HISTORY.xlsx] [--restore N --as DST [--name NAME]]``: a shared plan's saves.

Lists every save of a plan in a shared store (方案历史): its revision, who
saved it (the computer's user and the database role), when, and its changes
from the comparison engine.  ``-o`` also writes them as a workbook.
``--restore N --as DST`` writes revision N as an alternative of the plan
(same ids, named NAME, default the next 方案N) at DST, a new location.
0 done; 2 not a shared plan, unreadable, or DST exists.
"""

from __future__ import annotations

import argparse
import json

from reformdesk.cli.common import OK, fail
from reformdesk.formats.history_sheet import action_label, kind_label
from reformdesk.store.plan_store import PlanLocation, exists, shared_store, store_for

NAME = "history"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="a shared plan's saves: who, when, what changed; restore one as an alternative")
    p.add_argument("plan", help="postgresql://USER@HOST/DB?plan=NAME")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("-o", "--output", help="also write the history as a workbook (.xlsx)")
    p.add_argument("--restore", type=int, metavar="N", help="write revision N as an alternative (with --as)")
    p.add_argument("--as", dest="target", metavar="DST", help="where --restore writes (must not exist)")
    p.add_argument("--name", default="", help="the restored alternative's name (default: the next 方案N)")


def history_json(revisions: list) -> list[dict[str, object]]:  # type: ignore[type-arg]
    return [
        {
            "revision": r.revision,
            "saved_by": r.saved_by,
            "db_user": r.db_user,
            "saved_at": r.saved_at.isoformat(timespec="seconds"),
            "note": r.note,
            "changes": r.changes,
        }
        for r in revisions
    ]


def run(args: argparse.Namespace) -> int:
    location = PlanLocation.parse(args.plan)
    if location.is_file:
        return fail(f"方案历史只在共享方案库中记录：{location.public}")
    store = shared_store(location)
    if args.restore is not None:
        if not args.target:
            return fail("--restore 需要 --as DST（写到哪里）")
        return _restore(store, location, args.restore, PlanLocation.parse(args.target), args.name)
    revisions = store.history(location)
    rows = history_json(revisions)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in revisions:
            when = r.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            note = f"  {r.note}" if r.note else ""
            print(f"第{r.revision}版  {when}  {r.saved_by}（{r.db_user}）  {len(r.changes)} 处修改{note}")
            for c in r.changes:
                what = f"{c['field_label']}：{c['before']} → {c['after']}" if c["field"] else ""
                # The workbook's words (服务窗口 新增 …), not the codes of --json.
                print(f"    {kind_label(c['kind'])} {action_label(c['action'])} {c['label']} {what}".rstrip())
    if args.output:
        from reformdesk.formats.export import ExportError
        from reformdesk.formats.history_sheet import write_history

        try:
            write_history(rows, location.display_name, args.output)
        except ExportError as exc:
            return fail(exc)
    return OK


def _restore(store, location: PlanLocation, revision: int, target: PlanLocation, name: str) -> int:  # type: ignore[no-untyped-def]
    from reformdesk.domain.alternative import alternative_name

    if exists(target):
        return fail(f"方案已存在，未覆盖：{target.public}")
    plan = store.read_revision(location, revision)
    written = store_for(target).save_alternative(plan, name or alternative_name(plan.info.name), target)
    print(f"已将第{revision}版恢复为备选方案“{written.info.name}”：{target.public}")
    return OK
