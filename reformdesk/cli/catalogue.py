"""``info``, ``validate``, ``new``, ``import`` and ``export`` on a county catalogue (``.rdcatalog``).

:func:`reformdesk.cli.main` sends a subcommand here when its file is a catalogue (by
``PRAGMA application_id``, not by name; ``new`` by the suffix, the file not existing
yet), so the town plan's subcommands stay as they are.  Exit codes as for town plans.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from reformdesk.cli.common import OK, check_output, fail, import_into, report_problems
from reformdesk.domain.catalogue.checks import check, summary
from reformdesk.store.catalogue_file import SUFFIX, is_catalogue_file, open_catalogue

#: The subcommands that handle a catalogue here.
HANDLED = ("info", "validate", "new", "import", "export", "diff")


def handles(args: argparse.Namespace) -> bool:
    if args.command not in HANDLED:
        return False
    if args.command == "new":
        return str(args.plan).lower().endswith(SUFFIX)
    if args.command == "diff":
        return is_catalogue_file(args.a)
    return is_catalogue_file(args.plan)


def run(args: argparse.Namespace) -> int:
    if args.command == "diff":
        from reformdesk.cli.catalogue_diff import run as diff

        return diff(args)
    commands = {"info": _info, "validate": _validate, "new": _new, "import": _import, "export": _export}
    return commands[args.command](args)


def _info(args: argparse.Namespace) -> int:
    s = summary(open_catalogue(args.plan))
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=2))
        return OK
    problems, kinds, types = s["problems"], s["subjects_by_kind"], s["items_by_type"]
    assert isinstance(problems, dict) and isinstance(kinds, dict) and isinstance(types, dict)
    print(f"权责清单 {s['title']}")
    print(f"县 {s['county']}  年度 {s['year'] or '未填'}")
    print(f"实施主体 {s['subjects']}（" + "，".join(f"{k} {v}" for k, v in kinds.items()) + "）")
    print(f"事项 {s['items']}（其中子项 {s['sub_items']}；有职权编码 {s['with_code']}，有责任事项 {s['with_steps']}）")
    print("  " + "  ".join(f"{k} {v}" for k, v in types.items()))
    print(f"问题 错误 {problems['error']}  警告 {problems['warning']}")
    return OK


def _validate(args: argparse.Namespace) -> int:
    problems = check(open_catalogue(args.plan))
    return report_problems(problems, args.json)


def _new(args: argparse.Namespace) -> int:
    from reformdesk.domain.catalogue.model import Catalogue, CatalogueInfo, default_title
    from reformdesk.store.catalogue_file import save_catalogue

    path = Path(args.plan)
    if path.exists():
        return fail(f"文件已存在，未覆盖：{path}")
    date: dt.date | None = args.date
    year = date.year if date is not None else dt.date.today().year
    title = args.name or default_title(args.county, year)
    cat = Catalogue(info=CatalogueInfo(title=title, county=args.county, office=args.office, year=year, date=date))
    save_catalogue(cat, path)
    print(f"已新建权责清单“{title}”：{path}")
    return OK


def _import(args: argparse.Namespace) -> int:
    """Items from a department's or the county's list; saved before anything is printed."""
    from reformdesk.formats.catalogue_import import import_catalogue
    from reformdesk.store.catalogue_file import save_catalogue

    return import_into(args, open_catalogue, import_catalogue, save_catalogue, "清单")


def _export(args: argparse.Namespace) -> int:
    """The published 权力清单和责任清单: a summary by type and a sheet per 实施主体."""
    from reformdesk.formats.catalogue_export import export_catalogue
    from reformdesk.formats.export import ExportError

    output = str(args.output)
    if not output.lower().endswith(".xlsx"):
        return fail(f"权责清单只能导出为 .xlsx：{output}")
    check_output(output, args.plan)
    cat = open_catalogue(args.plan)
    try:
        export_catalogue(cat, output)
    except ExportError as exc:
        return fail(exc)
    subjects = sum(1 for items in cat.by_subject().values() if items)
    print(f"{output}: 实施主体 {subjects} 个，事项 {len(cat.items)} 项")
    return OK
