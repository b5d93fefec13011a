"""Patterns rewritten for speed find what their plain form finds (same matches, same spans)."""

from __future__ import annotations

import re

import pytest

from claimcheck.parse import names
from claimcheck.parse.onename import UP

# The plain form: the letter before the stop looked back at first.
_PLAIN_CAPS_BREAK = re.compile(rf"(?<=[a-z\u00df-\u00ff])\.\s+(?=[{UP}][{UP}'-]+,)")


@pytest.mark.parametrize("text", [
    "ROUSSILLON, René. CHABERT, Catherine",
    "DUPONT, Jean.  MARTIN, Paul. DURAND, Ève",
    "Dupont, J. MARTIN, P.",  # after an initial: no break
    "Müller, Jürgen. SCHÄFER, Anna",
    "ß. ÉTÉ, x",
    ". AB, at the start",
    "Smith, John. A title, in caps",
    "word.\tO'NEIL-ROSS, Mary",
])
def test_caps_break_finds_what_its_plain_form_finds(text: str) -> None:
    assert names._CAPS_BREAK.sub("; ", text) == _PLAIN_CAPS_BREAK.sub("; ", text)
    assert [m.span() for m in names._CAPS_BREAK.finditer(text)] == \
        [m.span() for m in _PLAIN_CAPS_BREAK.finditer(text)]
