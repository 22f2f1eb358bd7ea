"""``reformdesk export PLAN -o FILE``: the suffix chooses the workbook or the document."""

from __future__ import annotations

from pathlib import Path

import docx

from reformdesk.cli import main
from tests.conftest import PLAN_ONE


def test_docx_suffix_writes_the_plan_document(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "实施方案.docx"
    assert main(["export", str(PLAN_ONE), "-o", str(out)]) == 0
    assert docx.Document(str(out)).paragraphs[0].text == "桥头镇经济发达镇行政管理体制改革实施方案"
    assert "方案文本 21 节" in capsys.readouterr().out
    assert main(["export", str(PLAN_ONE), "-o", str(tmp_path / "f.docx"), "--title-font", "宋体"]) == 0


def test_unknown_suffix_and_missing_folder_are_one_line_errors(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", str(PLAN_ONE), "-o", str(tmp_path / "plan.pdf")]) == 2
    assert capsys.readouterr().err.startswith("reformdesk: 不支持的导出格式")
    assert main(["export", str(PLAN_ONE), "-o", str(tmp_path / "none" / "plan.docx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reformdesk: ") and err.count("\n") == 1


def test_a_draft_document_says_so_with_its_unwritten_sections(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.domain.templates import new_plan
    from reformdesk.domain.validation import validate
    from reformdesk.store.planfile import save_plan

    plan = new_plan("empty", town="城关镇")
    save_plan(plan, tmp_path / "城关镇.rdplan")
    out = tmp_path / "城关镇实施方案.docx"
    assert main(["export", str(tmp_path / "城关镇.rdplan"), "-o", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == f"草稿：存在 {len(validate(plan))} 项问题，4 节待补充（reformdesk validate 列出各项）"
