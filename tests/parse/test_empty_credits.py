"""A credit's cue printed with nothing after it ("Nature, 465, traduit par , p. 334", "Nature,
459, Edition, pp. 829") is left out before tagging (parse/emptycredits.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.emptycredits import without_empty_credits


@pytest.mark.parametrize(
    ("text", "container", "volume", "pages"),
    [("Johnson G.C., 2010, « Robust warming of the global upper ocean », Nature, 465, "
      "traduit par , p. 334‑337.", "Nature", "465", "334-337"),
     ("Smith, A. (2009) 'The Proportionality of Global Warming to Cumulative Carbon "
      "Emissions', Nature, 459, Edition, pp. 829–832", "Nature", "459", "829-832"),
     ("Smith, A. 2013. “Gene expression in aging sarcopenia”, Evolution, translated by , 68, .",
      "Evolution", "68", ""),
     ("Min SK, Zhang X, Zwiers FW. Human contribution to more-intense precipitation "
      "extremes. Nature 2011;470: Edition: 378–381.", "Nature", "470", "378-381"),
     ("Smith, A. (2003) “Thyroid hormone receptors”, Thyroid, trad. par , 2003, p. 1057‑1068.",
      "Thyroid", "", "1057-1068"),
     ],
)
def test_the_empty_credit_goes(text: str, container: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.container, parsed.volume, parsed.pages) == (container, volume, pages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Nature, 465, traduit par , p. 334", "Nature, 465, p. 334"),
     ("Sci Rev 2010;29: Edition: 29–145.", "Sci Rev 2010;29: 29–145."),
     ("Lamiales, Vol. VII, trad. par , Berlin", "Lamiales, Vol. VII, Berlin"),
     # glued to the volume before it: the volume keeps a mark after it
     ("BMC Complement. Altern Med, 8traduit par , p. 21.", "BMC Complement. Altern Med, 8, p. 21."),
     # a credit with its name, an edition with its number, initials: kept
     ("Paris, traduit par J. Freund, 1971", "Paris, traduit par J. Freund, 1971"),
     ("London, 2nd Edition, 2003", "London, 2nd Edition, 2003"),
     ("Survey Methods. 2. Edition, New York", "Survey Methods. 2. Edition, New York"),
     ("Oxford: Edition 3, 2003", "Oxford: Edition 3, 2003"),
     ("Crounse JD, Kjaergaard HG, Wennberg PO", "Crounse JD, Kjaergaard HG, Wennberg PO"),
     ("Pleasance ED, Cheetham RK", "Pleasance ED, Cheetham RK"),
     # a credit's cue whose mark follows it straight, the name after: no empty variable
     # (a style leaves "by " and its space before the delimiter); "edn." is the word's stop
     ("War and Peace, translated by, Louise and Aylmer Maude. Oxford",
      "War and Peace, translated by, Louise and Aylmer Maude. Oxford"),
     ("The Art of War, edn. 3. London: Penguin", "The Art of War, edn. 3. London: Penguin"),
     ("Books in our digital age. edn.", "Books in our digital age.")],
)
def test_without_empty_credits(text: str, expected: str) -> None:
    assert without_empty_credits(text) == expected
