"""The calamine reader behind the import guard, run as the sandboxed child of ``formats/sandbox.py``.

Private: call :func:`reformdesk.formats.import_guard.read_tables`, which checks
a file before its tables are used (calamine trusts the zip and allocates each
sheet as one dense rectangle; a hostile file can abort the process).

This file is run by path (``python -I -S _calamine.py SITE LIMIT MAX_CELLS``),
not imported: it imports nothing of ReformDesk and only the C pickler and
python-calamine besides the interpreter's own modules, so a cold reader
starts in the time Python itself needs (the package's modules and ``site``
were two thirds of a cold start, measured).  The parent sends one job,
``(path, kind, first)`` pickled, the kind being what the guard identified the
file as; the child answers with pickled frames (see ``sandbox._frames``):
``("hidden", [names])`` (worksheets not read because hidden), then per sheet
``("table", name, top, left, merged)``, ``("rows", [...])`` batches,
``("done",)`` per sheet, then ``("end",)`` or ``("error", sentence)``.
Repeated text cells are sent as one object (pickle's memo then writes a
back-reference): county lists repeat departments, types and bodies on every
row, and the frames shrank from 3.2 MB to 1.4 MB for 10,000 rows.
"""

from __future__ import annotations

import os
import sys

#: Rows per frame: the parent unpickles one batch while the child converts the next.
BATCH_ROWS = 2_000
_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",)}
_LENGTH = 8


try:
    # The C pickler alone: the pickle module would import re, functools and more (6 ms of a
    # 25 ms cold start, measured).
    import _pickle as pickle
except ImportError:  # another Python
    import pickle  # type: ignore[no-redef]


def _send(out: object, frame: tuple[object, ...]) -> None:
    data = pickle.dumps(frame, protocol=5)
    out.write(len(data).to_bytes(_LENGTH, "little") + data)  # type: ignore[attr-defined]


class _Refused(Exception):
    """One Chinese sentence for the parent."""


def _tables(out: object, path: str, kind: str, first: str | None, max_cells: int) -> None:
    import python_calamine as pc

    name = os.path.basename(path)
    try:
        if os.path.splitext(path)[1].lower() in _SUFFIXES.get(kind, ()):
            # calamine picks the reader by suffix, and its errors then name the real problem.
            with pc.CalamineWorkbook.from_path(path) as workbook:
                _sheets(out, workbook, name, first, max_cells)
            return
        # A file whose name does not match its content (an .xlsx saved as .xls): let calamine sniff.
        with open(path, "rb") as fh, pc.CalamineWorkbook.from_filelike(fh) as workbook:
            _sheets(out, workbook, name, first, max_cells)
    except _Refused:
        raise
    except pc.PasswordError as exc:
        raise _Refused(f"文件已加密（设有打开密码），请先取消密码再导入：{name}") from exc
    except pc.XmlError as exc:
        # calamine refuses DTD entities: a "billion laughs" file ends up here.
        raise _Refused(f"文件内容不是有效的表格（XML 错误，可能含有不允许的实体定义）：{name}（{exc}）") from exc
    except (pc.CalamineError, OSError, ValueError) as exc:
        raise _Refused(f"文件已损坏或不是表格文件：{name}（{exc}）") from exc


def _sheets(out: object, workbook: object, name: str, first: str | None, max_cells: int) -> None:
    import python_calamine as pc

    sheets = [m for m in workbook.sheets_metadata if m.typ == pc.SheetTypeEnum.WorkSheet]  # type: ignore[attr-defined]
    names = [m.name for m in sheets if m.visible == pc.SheetVisibleEnum.Visible]
    names.sort(key=lambda sheet: sheet != first)  # stable: the preferred sheet first
    if not names:
        raise _Refused(f"工作簿中没有可见的工作表：{name}")
    hidden = [m.name for m in sheets if m.visible != pc.SheetVisibleEnum.Visible]
    if hidden:
        _send(out, ("hidden", hidden))  # not read, but named: the preview lists them
    for sheet_name in names:
        sheet = workbook.get_sheet_by_name(sheet_name)  # type: ignore[attr-defined]
        if sheet.height * sheet.width > max_cells:  # .xls has no zip to check before loading
            raise _Refused(f"表格范围太大（{sheet.height} 行 × {sheet.width} 列），无法导入：{name}")
        if sheet.start is None:
            continue
        top, left = sheet.start
        _send(out, ("table", sheet_name, top, left, list(sheet.merged_cell_ranges or [])))
        same: dict[str, str] = {}
        one = same.setdefault
        batch: list[list[object]] = []
        for row in sheet.iter_rows():
            batch.append([one(c, c) if c.__class__ is str else c for c in row])
            if len(batch) == BATCH_ROWS:
                _send(out, ("rows", batch))
                batch = []
        if batch:
            _send(out, ("rows", batch))
        _send(out, ("done",))
        out.flush()  # type: ignore[attr-defined]


def main(argv: list[str]) -> None:
    """Cap the memory, wait for one job on stdin, send the file's tables on stdout."""
    import gc

    gc.disable()  # a short-lived reader making ~100,000 objects in no cycle: the collector only costs
    site, limit, max_cells = argv[0], int(argv[1]), int(argv[2])
    if os.path.isabs(site):
        sys.path.append(site)  # python-calamine's folder (-S left site-packages out); never the working folder
    # Frames go to a private copy of stdout; anything else printed lands on stderr.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        import resource
    except ImportError:  # Windows: the parent put us in a job object
        pass
    else:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import python_calamine  # noqa: F401  (loaded before the job comes: a standby reader is ready)

    try:
        path, kind, first = pickle.load(sys.stdin.buffer)
    except (EOFError, pickle.UnpicklingError, ValueError):  # type: ignore[attr-defined]
        return  # a standby reader that was not needed
    try:
        _tables(out, path, kind, first, max_cells)
    except _Refused as exc:
        _send(out, ("error", str(exc)))
    except MemoryError:
        _send(out, ("error", f"表格太大，读取所需内存超过上限，无法导入：{os.path.basename(path)}"))
    except (OSError, ValueError) as exc:
        _send(out, ("error", f"文件已损坏或不是表格文件：{os.path.basename(path)}（{exc}）"))
    else:
        _send(out, ("end",))
    out.close()


if __name__ == "__main__":
    main(sys.argv[1:])
