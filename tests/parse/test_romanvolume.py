"""A journal's volume in roman numerals (parse/romanvolume.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "container", "volume"),
    [
        ("Lindqvist, P., Die Gilden der Hansestädte im Ostseeraum, in: Hansische "
         "Geschichtsblätter LXXXIX (1971), S. 41–67.", "Hansische Geschichtsblätter", "LXXXIX"),
        ("Marchetti, G., « Les confréries de Florence au XVe siècle », Revue historique, XLII, "
         "1984, p. 301‑322.", "Revue historique", "XLII"),
    ],
)
def test_a_roman_volume_is_the_volume(text: str, container: str, volume: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.volume) == (container, volume)


def test_a_numeral_glued_to_a_number_is_volume_and_issue() -> None:
    ref = parse_string("Brandt, K. “Guilds and Markets in Lübeck.” Econ Hist Rev XXXI.2 (1978):"
                       " 201–219.")
    assert (ref.container, ref.volume, ref.issue) == ("Econ Hist Rev", "XXXI", "2")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Keller, J., “Rationing in Britain during World War II (1939–1945)”, Econ Hist Rev 31 "
         "(1978): 201–219.", "Rationing in Britain during World War II (1939–1945)"),
    ],
)
def test_a_numeral_inside_the_title_stays_there(text: str, title: str) -> None:
    assert parse_string(text).title == title


def test_a_numeral_before_a_bare_year_is_the_books() -> None:
    ref = parse_string("Brandt KJ, Hale S: \"Guild records of the Baltic towns\" in Hanse Studies "
                       "III 1997; 335-360.")
    assert ref.volume == ""



@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("Bianchi, L., Sulle superficie a curvatura nulla, Rend. Circ. Mat. Palermo, Serie II, "
         "42 (1993), 121–134.", "42"),
        ("Ambrosetti, A., Un teorema di esistenza per le equazioni differenziali negli spazi di "
         "Banach, Rend. Sem. Mat. Univ. Padova, Serie II, 39 (1967), 349–361.", "39"),
    ],
)
def test_a_numeral_after_a_series_word_is_the_series(text: str, volume: str) -> None:
    assert parse_string(text).volume == volume
