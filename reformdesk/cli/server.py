"""``reformdesk server upgrade|list URL``: the shared store itself.

``upgrade`` brings the database's schema to this program's format version
(Alembic; an empty database gets the whole schema and the roles
``reformdesk_reader`` / ``reformdesk_editor``); ``list`` prints the plans of
the store: name, town, author, revision, last saved by and when, and who
holds it now.  0 done; 2 the server cannot be reached or upgraded.
"""

from __future__ import annotations

import argparse
import json

from reformdesk.cli.common import OK
from reformdesk.store.plan_store import PlanLocation, shared_store

NAME = "server"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="the shared store: upgrade its schema, list its plans")
    p.add_argument("action", choices=("upgrade", "list"))
    p.add_argument("url", help="postgresql://USER@HOST[:PORT]/DBNAME")
    p.add_argument("--json", action="store_true", help="machine-readable output (list)")


def run(args: argparse.Namespace) -> int:
    location = PlanLocation.parse(args.url)
    store = shared_store(location)
    if args.action == "upgrade":
        version, new_version, layout, new_layout = store.format_version_checked()
        line = f"共享方案库 {location.public}：格式第{version}版 → 第{new_version}版"
        if layout != new_layout:
            line += f"，表结构第{layout}版 → 第{new_layout}版" if layout else f"，表结构第{new_layout}版"
        print(line)
        return OK
    empty = store.is_empty()
    # Listing reads: an empty database is told so, not given the store's schema as a side effect.
    plans = [] if empty else store.plans()
    if args.json:
        rows = [
            {
                "name": p.name,
                "town": p.town,
                "author": p.author,
                "revision": p.revision,
                "saved_by": p.saved_by,
                "saved_at": p.saved_at.isoformat(timespec="seconds") if p.saved_at else None,
                "holder": p.holder,
            }
            for p in plans
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return OK
    if not plans:
        if empty:
            print(f"共享方案库 {location.public} 尚未建立：由管理员运行 reformdesk server upgrade URL 建立")
        else:
            print(f"共享方案库 {location.public} 中还没有方案")
        return OK
    for p in plans:
        when = p.saved_at.astimezone().strftime("%Y-%m-%d %H:%M") if p.saved_at else ""
        holder = f"  正由 {p.holder} 编辑" if p.holder else ""
        print(f"{p.name}\t{p.town}\t{p.author}\t第{p.revision}版\t{p.saved_by}\t{when}{holder}")
    return OK
