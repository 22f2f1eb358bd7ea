"""Undo commands are built in one place: reformdesk/gui/edits/."""

from __future__ import annotations

import re
from pathlib import Path

import reformdesk

PACKAGE = Path(reformdesk.__file__).parent
EDITS = PACKAGE / "gui" / "edits"
#: Building a command (``…Command(``), subclassing QUndoCommand, or a macro.
PATTERN = re.compile(r"QUndoCommand\(|beginMacro|\b\w*Command\(")


def test_no_command_is_built_outside_gui_edits() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if EDITS in path.parents:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if PATTERN.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert found == [], "\n".join(found)
