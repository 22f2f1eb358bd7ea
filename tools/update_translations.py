"""Regenerate the translation sources and the shipped .qm files.

    .venv/bin/python tools/update_translations.py

Runs pyside6-lupdate over every reformdesk/gui source and the registry
(field labels, context "Fields") (new strings appear in
reformdesk/resources/translations/reformdesk_en.ts unfinished; translate them in
Qt Linguist or by editing the XML), then pyside6-lrelease to build
reformdesk_en.qm beside it, which is committed (and shipped in the wheel as
package data) so the app needs no build step.  Source strings are Simplified
Chinese.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "reformdesk" / "gui"
#: Domain modules holding marked source texts (QT_TRANSLATE_NOOP is a local no-op there).
DOMAIN_SOURCES = (
    ROOT / "reformdesk" / "domain" / "registry.py",
    ROOT / "reformdesk" / "domain" / "catalogue" / "registry.py",  # the catalogue's field labels
    ROOT / "reformdesk" / "domain" / "enforcement" / "registry.py",  # the enforcement plan's
    ROOT / "reformdesk" / "domain" / "validation.py",  # problem messages and names, context "Problems"
    ROOT / "reformdesk" / "domain" / "catalogue" / "checks.py",  # the catalogue's problem messages, too
    ROOT / "reformdesk" / "domain" / "enforcement" / "checks.py",  # and the enforcement plan's
)
TS_DIR = ROOT / "reformdesk" / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (*SOURCES.rglob("*.py"), *DOMAIN_SOURCES))
    for lang in LANGUAGES:
        ts = TS_DIR / f"reformdesk_{lang}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-source-language",
                "zh_CN",
                "-target-language",
                lang,
                "-no-obsolete",
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)
    # Our additions to Qt's own translations (strings qtbase_*.qm lacks): written by hand, only built.
    for ts in sorted(TS_DIR.glob("qtbase_extra_*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
