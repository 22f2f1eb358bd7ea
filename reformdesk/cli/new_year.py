"""``reformdesk new-year LAST.rdcatalog NEW.rdcatalog [--year N]``: 新建年度版本.

Copies last year's catalogue into a new file for the next year (or ``--year``): the same
items and ids, the 动态调整 records so far, the 年度 and the title's year set, no
publication date yet.  The new file must not exist.  Exit 0, or 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reformdesk.cli.common import OK, fail

NAME = "new-year"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="新建年度版本: next year's catalogue as a copy of the last")
    p.add_argument("last", help="last year's catalogue (.rdcatalog)")
    p.add_argument("new", help="the new year's file (.rdcatalog; must not exist)")
    p.add_argument("--year", type=int, help="the new version's 年度 (default: the last one's + 1)")


def run(args: argparse.Namespace) -> int:
    from reformdesk.domain.catalogue.versions import new_year_version
    from reformdesk.store.catalogue_file import SUFFIX, is_catalogue_file, open_catalogue, save_catalogue

    if not is_catalogue_file(args.last):
        return fail(f"{args.last} 不是权责清单文件（.rdcatalog）")
    target = Path(args.new)
    if target.exists():
        return fail(f"文件已存在，未覆盖：{target}")
    if target.suffix.lower() != SUFFIX:
        return fail(f"新年度版本的文件名应以 {SUFFIX} 结尾：{target}")
    last = open_catalogue(args.last)
    year = args.year if args.year is not None else (last.info.year or 0) + 1
    if year <= 0:
        return fail("上一版本没有年度，请用 --year 指定新版本的年度")
    cat = new_year_version(last, year)
    save_catalogue(cat, target)
    print(
        f"已新建{year}年度版本“{cat.info.title}”：{target}（{len(cat.items)} 项，沿用 {len(cat.adjustments)} 条调整记录）"
    )
    return OK
