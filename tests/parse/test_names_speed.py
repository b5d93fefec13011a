"""The cheap tests `names.split_names` asks before its slow scans never skip a scan that
would have found something (the names read stay the same; docs/benchmarks/scale.md, session
22 speed13)."""

from __future__ import annotations

import re
from itertools import product

import pytest

from claimcheck.parse.conjoined import CONJUNCTION, may_join

# Every word the pattern spells (a new conjunction added to it is among them), each in
# lower, upper and title case, and the short words of three letters and less: whatever of
# them `CONJUNCTION` joins by, `may_join` must let through.
_SPELLED = {w for w in re.findall(r"[^\W\d_]+", CONJUNCTION.pattern) if len(w) <= 5}
_WORDS = sorted({f(w) for w in _SPELLED for f in (str.lower, str.upper, str.title, str)}
                | {"".join(p) for n in (1, 2) for p in product("aeiyAEIYnd", repeat=n)}
                | {"wıth", "WİTH", "&", "İ", "ı"})
_FRAMES = ("Smith, J. {} Lee, K.", "SMITH J. {} LEE K.", "Smith J {} Lee K", "Smith,J.,{} Lee",
           "A. B. {} C. D.", "Novák, J. {} Svoboda, P.", "Иванов И. И. {} Петров П. П.",
           "GARCÍA, J. {} LÓPEZ, M.", "Lin, D.M., {} Goodman, C.S.", "J.{} K. Lee",
           "{} Smith", "Smith {}", "Smith ({}) Lee", "Smith.{}\tLee", "Smith{}Lee")


@pytest.mark.parametrize("frame", _FRAMES)
def test_may_join_lets_through_every_list_the_conjunction_pattern_matches(frame: str) -> None:
    missed = [w for w in _WORDS
              if CONJUNCTION.search(frame.format(w)) and not may_join(frame.format(w))]
    assert missed == []


@pytest.mark.parametrize("text", ["Smith, J., Lee, K.", "SMITH J, LEE K", "Dupont, Jean-Paul"])
def test_may_join_skips_a_list_without_a_joining_word(text: str) -> None:
    assert not may_join(text)
