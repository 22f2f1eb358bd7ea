"""Golden files of the handover workbook (like novelWriter's reference files under tests/).

Each sheet of a small fixed plan is dumped as text — cell values, merged ranges, page
breaks, print titles, header and footer — and compared with ``golden/<name>.txt``.
After an intended change of the sheets, regenerate them with
``REFORMDESK_UPDATE_GOLDEN=1 python3 bootstrap.py test -k golden`` and read the diff.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest

from reformdesk.domain.model import DelegationMode, PostCounts, PostType
from reformdesk.formats.export import export_workbook
from tests.formats.test_export import _clean_plan

GOLDEN = Path(__file__).parent / "golden"


def _plan(problems: bool):
    plan = _clean_plan(powers=4)
    plan.info.doc_title = "桥头镇经济发达镇行政管理体制改革实施方案"  # the 交接事由 says what reform
    service, police = plan.bodies.values()
    service.rank, service.kind = "副科级", "事业单位"
    service.posts_by_type = PostCounts.of({PostType.INSTITUTION: 10})
    service.chief_posts, service.deputy_posts = 1, 1
    service.duties = ["承担审批服务事项的受理和办理", "运行便民服务大厅"]
    police.rank = "副科级"
    police.posts_by_type = PostCounts.of({PostType.ADMINISTRATIVE: 6, PostType.INSTITUTION: 4})
    first, second, *_ = plan.powers.values()
    second.mode = DelegationMode.ENTRUST
    second.source_department = "县市场监督管理局"
    plan.add_power("QH0000-1", "子项一", parent_id=first.id)
    if problems:
        first.deadline = None
    return plan


def _dump(path: Path) -> dict[str, str]:
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        lines = [
            f"sheet {ws.title}",
            f"header {ws.oddHeader.center.text or ''}",
            f"footer {ws.oddFooter.center.text}",
            f"print_titles {ws.print_title_rows}",
            f"freeze {ws.freeze_panes}",
            f"breaks {[b.id for b in ws.row_breaks.brk]}",
            f"merged {sorted(str(r) for r in ws.merged_cells.ranges)}",
        ]
        for row in ws.iter_rows():
            values = [c.value for c in row]
            if any(v is not None for v in values):
                shown = [
                    "" if v is None else v.date().isoformat() if isinstance(v, dt.datetime) else str(v) for v in values
                ]
                lines.append(f"{row[0].row:>3} | " + " | ".join(shown).replace("\n", "⏎"))
        out[ws.title] = "\n".join(lines) + "\n"
    return out


@pytest.mark.parametrize("problems", [False, True], ids=["clean", "draft"])
def test_sheets_match_their_golden_files(problems: bool, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(_plan(problems), out)
    dumped = _dump(out)
    name = "draft" if problems else "clean"
    text = "".join(dumped.values())
    golden = GOLDEN / f"handover_{name}.txt"
    if os.environ.get("REFORMDESK_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
