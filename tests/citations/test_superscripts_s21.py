"""Session 21 (cite22): digits run into a name's own ("LB818,19": the specimen LB8 and works
18 and 19) read two ways that both fit first-citation order ("LB8|18,19" or "LB818|19"):
the reading that names every number the order leaves unread there is the one read; where
neither does (the gap runs on to 20), neither is."""

from __future__ import annotations

import re

from claimcheck.citations.sequence import gaps_filled


def _filled(text: str, readings: list[str], count: int = 30) -> list[str]:
    """The superscripts "w.N" of `text` and what `gaps_filled` adds from the `readings` of
    the digits after "LB8" (each a tail of "18,19")."""
    found = [(m.start(), m.end()) for m in re.finditer(r"(?<=w\.)\d+(?:,\d+)*", text)]
    end = text.index("18,19") + len("18,19")
    pool = [((end - len(printed), end), printed) for printed in readings]
    return [text[s:e] for s, e in gaps_filled(text, found, pool, count)]


_BEFORE = " ".join(f"w.{n}" for n in range(1, 18))


def test_the_reading_that_fills_the_whole_gap_is_read() -> None:
    text = f"{_BEFORE} by LB1 and LB818,19. w.20 w.21"
    assert _filled(text, ["18,19", "19"])[17:] == ["18,19", "20", "21"]


def test_readings_that_fill_part_of_a_longer_gap_stay_unread() -> None:
    text = f"{_BEFORE} by LB1 and LB818,19. w.21 w.22"
    assert _filled(text, ["18,19", "19"])[17:] == ["21", "22"]
