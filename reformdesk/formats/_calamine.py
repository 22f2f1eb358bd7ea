"""The calamine reader behind the import guard.  Private: call
:func:`reformdesk.formats.import_guard.read_tables`, which checks a file before
it gets here (calamine trusts the zip and allocates each sheet as one dense
rectangle; a hostile file can abort the process).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import python_calamine as pc

from reformdesk.formats.import_guard import MAX_CELLS, FileKind, SheetReadError
from reformdesk.formats.sheets import Table

_SUFFIXES = {FileKind.XLSX: ("xlsx", "xlsm"), FileKind.XLS: ("xls",), FileKind.ODS: ("ods",)}


def read_tables(path: Path, kind: FileKind, first: str | None = None) -> Iterator[Table]:
    """The visible worksheets of a checked file; SheetReadError (one sentence) when unreadable."""
    try:
        if path.suffix.lower().lstrip(".") in _SUFFIXES[kind]:
            # calamine picks the reader by suffix, and its errors then name the real problem.
            with pc.CalamineWorkbook.from_path(path) as workbook:
                yield from _tables(path, workbook, first)
            return
        # A file whose name does not match its content (an .xlsx saved as .xls): let calamine sniff.
        with path.open("rb") as fh, pc.CalamineWorkbook.from_filelike(fh) as workbook:
            yield from _tables(path, workbook, first)
    except SheetReadError:
        raise
    except pc.PasswordError as exc:
        raise SheetReadError(f"文件已加密（设有打开密码），请先取消密码再导入：{path.name}") from exc
    except pc.XmlError as exc:
        # calamine refuses DTD entities: a "billion laughs" file ends up here.
        raise SheetReadError(
            f"文件内容不是有效的表格（XML 错误，可能含有不允许的实体定义）：{path.name}（{exc}）"
        ) from exc
    except (pc.CalamineError, OSError, ValueError) as exc:
        raise SheetReadError(f"文件已损坏或不是表格文件：{path.name}（{exc}）") from exc


def _tables(path: Path, workbook: pc.CalamineWorkbook, first: str | None) -> Iterator[Table]:
    names = [
        m.name
        for m in workbook.sheets_metadata
        if m.typ == pc.SheetTypeEnum.WorkSheet and m.visible == pc.SheetVisibleEnum.Visible
    ]
    names.sort(key=lambda name: name != first)  # stable: the preferred sheet first
    if not names:
        raise SheetReadError(f"工作簿中没有可见的工作表：{path.name}")
    for name in names:
        sheet = workbook.get_sheet_by_name(name)
        if sheet.height * sheet.width > MAX_CELLS:  # .xls has no zip to check before loading
            raise SheetReadError(f"表格范围太大（{sheet.height} 行 × {sheet.width} 列），无法导入：{path.name}")
        if sheet.start is None:
            continue
        top, left = sheet.start
        yield Table(name, sheet.to_python(), top, left, sheet.merged_cell_ranges or [])


def sniff(path: Path) -> FileKind:
    """The kind of a file by its content, as the guard decides it (the child's own look)."""
    import zipfile

    with path.open("rb") as fh:
        head = fh.read(8)
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            fh.seek(0)
            with zipfile.ZipFile(fh) as zf:
                names = set(zf.namelist())
            return FileKind.ODS if "mimetype" in names and "content.xml" in names else FileKind.XLSX
    return FileKind.XLS


def sandbox_main(argv: list[str]) -> None:
    """The child of ``formats/sandbox.py``: cap its memory, wait for a file on stdin, send its tables."""
    import json
    import os
    import sys

    from reformdesk.formats.sandbox import BATCH_ROWS, send

    # Frames go to a private copy of stdout; anything else printed lands on stderr.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    limit = int(argv[0])
    try:
        import resource
    except ImportError:  # Windows: the parent put us in a job object
        pass
    else:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    job = sys.stdin.buffer.readline()
    if not job:
        return  # a standby reader that was not needed
    name, first = json.loads(job)
    path = Path(name)
    try:
        kind = sniff(path)
        send(out, ("kind", kind.value))
        for table in read_tables(path, kind, first):
            send(out, ("table", table.name, table.top, table.left, list(table.merged)))
            for at in range(0, len(table.rows), BATCH_ROWS):
                send(out, ("rows", table.rows[at : at + BATCH_ROWS]))
            send(out, ("done",))
    except SheetReadError as exc:
        send(out, ("error", str(exc)))
    except MemoryError:
        send(out, ("error", f"表格太大，读取所需内存超过上限，无法导入：{path.name}"))
    except (OSError, ValueError) as exc:
        send(out, ("error", f"文件已损坏或不是表格文件：{path.name}（{exc}）"))
    else:
        send(out, ("end",))
    out.close()
