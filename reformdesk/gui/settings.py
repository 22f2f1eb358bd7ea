"""What the app remembers between runs: window layout, recent files, language.

Stored with QSettings in an INI file in the user's config location; tests
pass their own QSettings and data directory so they never touch the user's.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "ReformDesk"
APPLICATION = "ReformDesk"
#: Languages offered in the settings dialog: code → name shown (in that language).
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
MAX_RECENT = 8
#: Catalogues whose last reference list (三级四同) is remembered, the most recent first.
MAX_REFERENCES = 50


class AppSettings:
    def __init__(self, settings: QSettings | None = None, data_dir: Path | None = None) -> None:
        self.qsettings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )
        self._data_dir = data_dir

    # -- locations ----------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        if self._data_dir is None:
            location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
            self._data_dir = Path(location)
        return self._data_dir

    @property
    def recovery_dir(self) -> Path:
        return self.data_dir / "recovery"

    # -- language -----------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self.qsettings.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("language", value if value in LANGUAGES else DEFAULT_LANGUAGE)

    # -- recent files ----------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self.qsettings.value("recentFiles", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        files = [text, *(f for f in self.recent_files if f != text)][:MAX_RECENT]
        self.qsettings.setValue("recentFiles", files)

    def remove_recent(self, path: str) -> None:
        self.qsettings.setValue("recentFiles", [f for f in self.recent_files if f != path])

    # -- the reference list each catalogue was last compared with (三级四同) ---------------
    def _references(self) -> dict[str, str]:
        try:
            value = json.loads(str(self.qsettings.value("referenceLists", "{}")))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def reference_for(self, catalogue: Path) -> Path | None:
        """The reference list last imported for ``catalogue`` (None: none remembered)."""
        known = self._references().get(str(Path(catalogue).resolve()))
        return Path(known) if known else None

    def remember_reference(self, catalogue: Path, reference: Path) -> None:
        key = str(Path(catalogue).resolve())
        known = {key: str(Path(reference).resolve()), **{k: v for k, v in self._references().items() if k != key}}
        kept = dict(list(known.items())[:MAX_REFERENCES])
        self.qsettings.setValue("referenceLists", json.dumps(kept, ensure_ascii=False))

    # -- window layout ------------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.qsettings.value("window/geometry")
        state = self.qsettings.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    def sync(self) -> None:
        self.qsettings.sync()
