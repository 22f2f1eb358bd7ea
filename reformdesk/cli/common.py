"""What every subcommand shares: one-line errors and plans by location.

Errors are one line on stderr starting with ``reformdesk: `` and exit code 2
(a file that cannot be read or written); :func:`reformdesk.cli.main` turns a
:class:`PlanFileError` raised anywhere below into exactly that.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from reformdesk.domain.model import Plan
from reformdesk.domain.validation import Problem
from reformdesk.store.plan_store import SUFFIX, Lease, Locked, PlanFileError, PlanLocation, store_for

#: Exit codes (the README's table): success, "found something", unreadable/unwritable.
OK, FOUND, UNREADABLE = 0, 1, 2

__all__ = [
    "FOUND",
    "OK",
    "UNREADABLE",
    "PlanFileError",
    "check_new",
    "check_output",
    "fail",
    "finish_import",
    "read_plan",
    "report_problems",
    "save_plan",
    "writing",
]

_SQLITE_MAGIC = b"SQLite format 3\x00"


def fail(message: object) -> int:
    """Say ``reformdesk: message`` on stderr, on one line; returns exit code 2."""
    print(f"reformdesk: {' '.join(str(message).split())}", file=sys.stderr)
    return UNREADABLE


def read_plan(argument: str) -> Plan:
    """The plan named by a command-line argument (a path, later a shared-store URL)."""
    location = PlanLocation.parse(argument)
    return store_for(location).read(location)


def save_plan(plan: Plan, argument: str) -> None:
    location = PlanLocation.parse(argument)
    store_for(location).save(plan, location)


@contextlib.contextmanager
def writing(argument: str) -> Iterator[None]:
    """Hold the plan's lease while a command reads and saves it.

    A plan open in a window (or another command) is refused, naming the
    holder, rather than written twice: the window's next save would overwrite
    the import, and two imports at once lost one of them silently.
    """
    location = PlanLocation.parse(argument)
    held: Lease | Locked | None = store_for(location).acquire(location)
    if isinstance(held, Locked):
        who = "本进程" if held.same_process else held.holder.describe()
        raise PlanFileError(
            f"方案 {argument} 正被 {who} 打开，未作修改；请先在那里保存并关闭它再试，"
            "或加 --save-as 新文件名 把结果另存为备选方案（不影响已打开的窗口）"
        )
    try:
        yield
    finally:
        if held is not None:
            held.release()


def check_new(target: str, source: str) -> None:
    """Refuse a ``--save-as`` target that exists (it is never overwritten) or is the source."""
    location = PlanLocation.parse(target)
    path = location.path
    if not location.is_file or path is None:
        raise PlanFileError(f"--save-as 只能是一个新的方案文件：{target}")
    if path.exists() or path.is_symlink():
        raise PlanFileError(f"{target} 已存在，未覆盖；--save-as 请指定一个新的文件名")
    if os.path.abspath(path) == os.path.abspath(source):
        raise PlanFileError(f"--save-as 的文件就是 {source}，未作修改")


def check_output(output: str, *inputs: str) -> None:
    """Refuse a workbook path that is one of the inputs or a plan file (it would be overwritten)."""
    out = Path(output)
    if out.suffix.lower() == SUFFIX:
        raise PlanFileError(f"输出文件 {output} 的扩展名是 {SUFFIX}（方案文件），未写入；请用 .xlsx")
    for name in inputs:
        with contextlib.suppress(OSError):
            if out.exists() and os.path.samefile(out, name):
                raise PlanFileError(f"输出文件 {output} 就是输入的方案 {name}，未写入；请另选文件名")
    with contextlib.suppress(OSError), out.open("rb") as fh:
        if fh.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC:
            raise PlanFileError(f"输出文件 {output} 是一个数据库（可能是方案文件），未覆盖；请另选文件名")


class _Import(Protocol):
    """What a county document's import returns (formats/enforcement_import, formats/catalogue_import)."""

    @property
    def unreadable(self) -> list[str]: ...

    @property
    def changes(self) -> Any: ...

    def describe(self) -> list[str]: ...


def finish_import(result: _Import, doc: object, save: Callable[[], None], skip_bad_rows: bool, what: str) -> int:
    """All or nothing: with unreadable rows (and no ``--skip-bad-rows``) change nothing and exit 1;
    else apply, save, and only then report."""
    if result.unreadable and not skip_bad_rows:
        for line in result.describe():
            print(line)
        print(
            f"有 {len(result.unreadable)} 行无法读取，{what}未作任何修改。修正这些行，或加 --skip-bad-rows 只导入可读的行。"
        )
        return FOUND
    result.changes.apply(doc)
    save()
    for line in result.describe():
        print(line)
    return OK


def import_into(
    args: Any,
    open_doc: Callable[[str], Any],
    read: Callable[[Any, str], Any],
    save: Callable[[Any, str], None],
    what: str,
) -> int:
    """``import DOCUMENT LIST`` for a document kind that is not a town plan (enforcement, catalogue).

    The file's lock is held meanwhile, as for town plans: a document open in a window is
    refused, naming who has it, so the window's next save cannot overwrite the import;
    ``--save-as NEW`` writes the result elsewhere.  All or nothing (:func:`finish_import`).
    """
    from reformdesk.formats.import_guard import SheetReadError

    if args.save_as:
        check_new(args.save_as, args.plan)
    target = args.save_as or args.plan
    with writing(target):
        doc = open_doc(args.plan)
        try:
            result = read(doc, args.sheet)
        except SheetReadError as exc:
            return fail(exc)
        code = finish_import(result, doc, lambda: save(doc, target), args.skip_bad_rows, what)
        if code == OK:
            print(f"已导入并保存：{target}")
        return code


def report_problems(problems: Sequence[Problem], as_json: bool) -> int:
    """``validate``'s output for any document kind: the problems (JSON or lines); FOUND when there are any."""
    import json

    if as_json:
        print(json.dumps({"problems": [p.as_dict() for p in problems]}, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(f"{p.severity.label}\t{p.code}\t{p.message}")
        print(f"共 {len(problems)} 个问题" if problems else "没有问题")
    return FOUND if problems else OK
