"""Files shipped inside the package: icons (SVG) and translations (.qm; .ts sources).

Read them through :func:`path`, which works for an installed wheel, an editable
install and a zipped package alike (importlib.resources), never by a path
relative to the source checkout.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

# Keeps files extracted from a zipped package alive until exit (a no-op on a normal install).
_extracted = ExitStack()
atexit.register(_extracted.close)


def path(*parts: str) -> Path:
    """A real file-system path to the resource ``parts`` (e.g. ``"icons", "app.svg"``).

    Raises FileNotFoundError when the package has no such file.
    """
    resource = files(__name__).joinpath(*parts)
    if not resource.is_file():
        raise FileNotFoundError(f"{__name__}/{'/'.join(parts)}")
    return _extracted.enter_context(as_file(resource))
