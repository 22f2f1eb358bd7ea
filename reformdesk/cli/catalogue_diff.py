"""``reformdesk diff OLD.rdcatalog NEW.rdcatalog [--json] [-o 调整表.xlsx] [--record]``: two yearly versions.

The ``diff`` subcommand's form for catalogues (:mod:`reformdesk.cli.catalogue` sends it
here by the files' application id).  It lists the changes from OLD to NEW (新增, 取消,
下放, 合并, 分设, 变更 — domain/catalogue/versions.py); ``-o`` writes NEW's year's
年度动态调整表: NEW's records of that year, and a proposed record (reason and document
still empty) for each change not yet recorded; ``--record`` adds those proposed records
to NEW and saves it (the clerk completes them in the window).  Exit 0 when the versions
are the same, 1 when they differ, 2 when a file cannot be read or written.
"""

from __future__ import annotations

import argparse
import dataclasses
import json

from reformdesk.cli.common import FOUND, OK, check_output, fail
from reformdesk.domain.catalogue.model import Adjustment, Catalogue
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.domain.catalogue.versions import (
    VersionChange,
    compare_versions,
    counts,
    pending_records,
    propose_adjustments,
    record_key,
    recorded,
    year_records,
)
from reformdesk.store.catalogue_file import is_catalogue_file, open_catalogue, save_catalogue


def _records_for(new: Catalogue, changes: list[VersionChange]) -> list[Adjustment]:
    """NEW's records of its year, then a proposed record per change not recorded yet."""
    proposed, refresh = pending_records(new, changes)
    own = [dataclasses.replace(a, **refresh[a.id]) if a.id in refresh else a for a in year_records(new)]
    return own + proposed


def as_json(old: Catalogue, new: Catalogue, changes: list[VersionChange]) -> dict[str, object]:
    """The ``--json`` document (README: ``diff`` of two catalogues)."""
    have = recorded(new, new.info.year)
    out = []
    for c in changes:
        d = c.as_dict()
        r = have.get(record_key(c.action.value, c.code, c.subject, c.name))
        d["recorded"] = r is not None
        d["reason"] = r.reason if r else ""
        d["basis"] = r.basis if r else ""
        d["doc_no"] = r.doc_no if r else ""
        out.append(d)
    return {
        "old": {"title": old.info.title, "year": old.info.year, "items": len(old.items)},
        "new": {"title": new.info.title, "year": new.info.year, "items": len(new.items)},
        "counts": counts(changes),
        "changes": out,
    }


def run(args: argparse.Namespace) -> int:
    if not is_catalogue_file(args.b):
        return fail(f"{args.b} 不是权责清单文件（.rdcatalog），无法与 {args.a} 比较")
    if args.output:
        check_output(args.output, args.a, args.b)
        if not str(args.output).lower().endswith(".xlsx"):
            return fail(f"年度动态调整表只能导出为 .xlsx：{args.output}")
    old, new = open_catalogue(args.a), open_catalogue(args.b)
    changes = compare_versions(old, new)
    if args.output:
        from reformdesk.formats.catalogue_years import export_adjustments
        from reformdesk.formats.export import ExportError

        try:
            export_adjustments(new, _records_for(new, changes), new.info.year, args.output)
        except ExportError as exc:
            return fail(exc)
    added = 0
    if args.record:
        proposed = propose_adjustments(new, changes)
        added = len(proposed.added(CatalogueKind.ADJUSTMENT)) if proposed else 0  # type: ignore[arg-type]
        if proposed:
            proposed.apply(new)
            save_catalogue(new, args.b)
    if args.json:
        print(json.dumps(as_json(old, new, changes), ensure_ascii=False, indent=2))
    else:
        for c in changes:
            print(f"{c.action.value}\t{c.subject}\t{c.code or '（无编码）'}\t{c.name}\t{c.before} → {c.after}")
        parts = "，".join(f"{k} {v}" for k, v in counts(changes).items() if v)
        print(
            f"{old.info.year or '?'}年 → {new.info.year or '?'}年：共 {len(changes)} 项调整（{parts}）"
            if changes
            else "两个版本没有差异"
        )
        if args.record:
            print(f"已在 {args.b} 中新增 {added} 条动态调整记录（待填调整理由、文件依据和文号）")
    return FOUND if changes else OK
