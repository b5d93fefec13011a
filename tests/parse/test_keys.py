"""Citation keys: folding, organisations, missing fields and de-duplication."""

from __future__ import annotations

from claimcheck.model import Author, Reference
from claimcheck.parse.keys import assign_keys, base_key


def ref(family: str = "", year: str = "2010", **kw: object) -> Reference:
    authors = (Author(family),) if family else ()
    return Reference(id="", index=1, line=0, raw="", authors=authors, year=year, **kw)  # type: ignore[arg-type]


def test_particles_and_diacritics_fold_to_ascii_letters() -> None:
    assert base_key(ref("aan het Rot")) == "aanhetRot2010"
    assert base_key(ref("López-Gil", "2019")) == "LopezGil2019"
    assert base_key(ref("O'Dowd", "2013")) == "ODowd2013"


def test_year_suffix_is_part_of_the_key() -> None:
    assert base_key(ref("Zarate", "2006", year_suffix="a")) == "Zarate2006a"


def test_organisation_uses_printed_abbreviation_or_initials() -> None:
    who = Reference(id="", index=1, line=0, raw="", year="2019",
                    authors=(Author("World Health Organization [WHO]", literal=True),))
    assert base_key(who) == "WHO2019"
    nih = Reference(id="", index=1, line=0, raw="", year="2020",
                    authors=(Author("National Institutes of Health", literal=True),))
    assert base_key(nih) == "NIH2020"


def test_no_author_uses_first_title_word_and_no_year_nd() -> None:
    assert base_key(ref("", "", title="Model list of essential medicines")) == "Modelnd"


def test_equal_keys_get_a_counter_in_list_order() -> None:
    keys = [r.id for r in assign_keys([ref("Smith"), ref("Smith"), ref("Smith"), ref("Jones")])]
    assert keys == ["Smith2010", "Smith2010-2", "Smith2010-3", "Jones2010"]


def test_keys_equal_but_for_case_are_told_apart() -> None:
    # BibTeX, biber and pybtex read keys without case: "SILVA2005" repeats "Silva2005".
    keys = [r.id for r in assign_keys([ref("Silva"), ref("SILVA"), ref("Silva")])]
    assert keys == ["Silva2010", "SILVA2010-2", "Silva2010-3"]


def test_counter_never_collides_with_a_printed_suffix() -> None:
    refs = [ref("Smith"), ref("Smith", year_suffix="b"), ref("Smith")]
    assert [r.id for r in assign_keys(refs)] == ["Smith2010", "Smith2010b", "Smith2010-2"]


def test_names_without_latin_letters_keep_their_own_letters() -> None:
    from claimcheck.parse import parse_string

    ref = parse_string("Иванов, И. И., and Петров, П. П. (2019). Быстрое действие кетамина "
                       "при депрессии. *Журнал неврологии* 12, 34–56.")
    assert ref.id == "Иванов2019"
    assert [(a.family, a.given) for a in ref.authors] == [("Иванов", "И. И."), ("Петров", "П. П.")]
