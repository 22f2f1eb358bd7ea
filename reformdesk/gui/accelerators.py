"""Alt+letter accelerators for labels whose texts come from the registry (so they carry none).

A label of Latin text gets the ``&`` before a letter of its own (``&Code``); a Chinese label
gets the letter after it, as Chinese software writes it (``职权编码(&C)``).  Each label
names the letters it would like (``hint``: e.g. its field's English name); the first one free
in the dialog is taken, so no two labels share a letter whatever the language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from string import ascii_uppercase


def with_accelerators(texts: Sequence[str], hints: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """``texts`` each with an accelerator, none of them a letter of ``taken`` or of another."""
    used = {letter.upper() for letter in taken}
    out = []
    for text, hint in zip(texts, hints, strict=True):
        own = [c for c in text if c.isascii() and c.isalpha()]
        wanted = [*own, *(c for c in hint if c.isascii() and c.isalpha()), *ascii_uppercase]
        letter = next((c.upper() for c in wanted if c.upper() not in used), "")
        if not letter:  # 26 letters taken: the label goes without
            out.append(text)
            continue
        used.add(letter)
        at = next((i for i, c in enumerate(text) if c.upper() == letter), -1)
        out.append(f"{text[:at]}&{text[at:]}" if at >= 0 else f"{text}(&{letter})")
    return out
