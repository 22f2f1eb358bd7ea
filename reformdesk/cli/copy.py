"""``reformdesk copy SRC DST [--replace]``: copy a plan between any two locations, keeping its ids.

File → store, store → file, store → store, file → file: the plan is read
from SRC and written to DST as it is, with the same entity ids and lineage,
so the copy compares with SRC (and its alternatives) by id.  DST must not
exist unless ``--replace`` is given; replacing a shared plan writes a new
revision (its history keeps the old ones).  0 copied; 2 SRC unreadable, DST
exists or cannot be written.
"""

from __future__ import annotations

import argparse

from reformdesk.cli.common import OK, fail
from reformdesk.store.plan_store import PlanLocation, exists, shared_store, store_for

NAME = "copy"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="copy a plan between plan files and shared stores, keeping its ids")
    p.add_argument("src", help="the plan to copy (a file, or postgresql://USER@HOST/DB?plan=NAME)")
    p.add_argument("dst", help="where to write it (a file, or postgresql://USER@HOST/DB?plan=NAME)")
    p.add_argument(
        "--replace", action="store_true", help="replace DST when it exists (a shared plan keeps its history)"
    )


def run(args: argparse.Namespace) -> int:
    src = PlanLocation.parse(args.src)
    dst = PlanLocation.parse(args.dst)
    if src == dst:
        return fail(f"来源与目标是同一个方案：{dst.public}")
    plan = store_for(src).read(src)
    if exists(dst):
        if not args.replace:
            return fail(f"方案已存在，未覆盖（要覆盖请加 --replace）：{dst.public}")
        store_for(dst).read(dst)  # the revision this copy replaces: a save in between is refused
    if dst.is_file:
        store_for(dst).save(plan, dst)
    else:
        shared_store(dst).save(plan, dst, note=f"复制自 {src.recorded}")
    print(f"已复制方案“{plan.info.name}”：{src.public} → {dst.public}")
    return OK
