"""``reformdesk conform LIST REFERENCE [--json]``: 三级四同 of a county list against a reference list.

LIST is a catalogue (.rdcatalog) or a spreadsheet (a department's or the county's list);
REFERENCE a spreadsheet (the province's or city's 通用目录) or a catalogue.  Exit 0 when
every item conforms and no reference item is missing, 1 when something differs, 2 when a
file cannot be read.  County-only items (县级独有) are listed but allowed: alone they do
not make the exit code 1.  The JSON lists only what does not conform (README).
"""

from __future__ import annotations

import argparse
import json
import sys

from reformdesk.cli.common import FOUND, OK, fail
from reformdesk.domain.catalogue.conformity import Conformity, as_json, conform
from reformdesk.domain.catalogue.model import Catalogue

NAME = "conform"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(NAME, help="三级四同: compare a county list with a province or city reference list")
    p.add_argument("list", help="the county's list: a catalogue (.rdcatalog) or a spreadsheet")
    p.add_argument("reference", help="the reference list (通用目录): a spreadsheet or a catalogue")
    p.add_argument("--json", action="store_true", help="machine-readable output: only what does not conform")


class _Unreadable(Exception):
    pass


def _load(path: str, what: str) -> Catalogue:
    """A catalogue file as it is, a spreadsheet read into a catalogue (unreadable rows told on stderr)."""
    from reformdesk.store.catalogue_file import is_catalogue_file, open_catalogue
    from reformdesk.store.document_file import file_kind

    if is_catalogue_file(path):
        return open_catalogue(path)
    kind = file_kind(path)
    if kind is not None:
        raise _Unreadable(
            f"{path} 是{'改革方案' if kind == 'plan' else '执法体系方案'}文件，不是{what}（权责清单或电子表格）"
        )
    from reformdesk.formats.catalogue_import import read_catalogue
    from reformdesk.formats.import_guard import SheetReadError

    try:
        cat, result = read_catalogue(path)
    except SheetReadError as exc:
        raise _Unreadable(f"{what} {path} 无法读取：{exc}") from exc
    for line in result.unreadable:
        print(f"reformdesk: {what} {path}：{line}（未参加比对）", file=sys.stderr)
    return cat


def run(args: argparse.Namespace) -> int:
    try:
        cat = _load(args.list, "清单")
        reference = _load(args.reference, "参照目录")
    except _Unreadable as exc:
        return fail(exc)
    result = conform(cat, reference)
    if args.json:
        print(json.dumps(as_json(cat, reference, result), ensure_ascii=False, indent=2))
    else:
        _print(cat, reference, result)
    return OK if result.conforms else FOUND


def _print(cat: Catalogue, reference: Catalogue, result: Conformity) -> None:
    for m in result.mismatches:
        item = cat.items[m.item_id]
        print(f"不一致\t{item.code or '（无编码）'}\t{item.name}\t{cat.subject_name(item)}")
        for d in m.differences:
            print(f"\t{d.label}：{d.county or '（空）'} ≠ 参照 {d.reference or '（空）'}")
    for iid in result.county_only:
        item = cat.items[iid]
        print(f"县级独有\t{item.code or '（无编码）'}\t{item.name}\t{cat.subject_name(item)}")
    for rid in result.missing:
        ref = reference.items[rid]
        print(f"缺少\t{ref.code or '（无编码）'}\t{ref.name}\t{reference.subject_name(ref)}")
    print(
        f"共 {result.items} 项，与参照目录对应 {result.matched} 项（一致 {result.conforming}，不一致 "
        f"{len(result.mismatches)}）；县级独有 {len(result.county_only)} 项；参照目录有而清单缺少 {len(result.missing)} 项"
    )
