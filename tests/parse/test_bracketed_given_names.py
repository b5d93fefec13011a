"""Family names with the given names or initials in brackets after them, as French notes and
bibliographies print them ("Bobrinetskiy (I. I.), Knezevic (N. Z.)", "DUPONT (Jean)")."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.bracketnames import bracketed_given_names


@pytest.mark.parametrize(
    ("text", "families", "et_al"),
    [("Bobrinetskiy (I. I.), Knezevic (N. Z.), “Graphene-based biosensors for on-site "
      "detection of contaminants in food”, Anal. Methods 10 (2018), p. 5061–5070.",
      ["Bobrinetskiy", "Knezevic"], False),
     ("MacCallum (C. J.) et Parthasarathy (H.), « Open access increases citation rate. », "
      "PLoS Biol (2006), p. e176.", ["MacCallum", "Parthasarathy"], False),
     ("Nouri (A. M.), Thompson (C.), Cannell (H.) et al., « Profile of epidermal growth factor "
      "receptor expression in human malignancies », Br J Cancer 57 (1988), p. 45-52.",
      ["Nouri", "Thompson", "Cannell"], True),
     ("(8) Hauggaard-Nielsen (H.), Gooding (M.), “Pea-barley intercropping and short-term "
      "subsequent crop effects”, Nutr Cycl Agroecosyst 85 (2009), p. 141–155.",
      ["Hauggaard-Nielsen", "Gooding"], False),
     ("DUPONT (Jean), Histoire de la Bretagne, Rennes, Ouest-France, 1990.", ["DUPONT"],
      False)],
)
def test_the_family_before_its_bracket(text: str, families: list[str], et_al: bool) -> None:
    ref = parse_string(text)
    assert ([a.family for a in ref.authors], ref.et_al) == (families, et_al)


@pytest.mark.parametrize(
    "author",
    [  # a body's acronym in brackets after its name
     "World Health Organization (WHO)",
     # a role in brackets
     "Smith, J. (ed.)",
     "Smith (ed.)",
     "Smith (Ed.)",
     "Müller (Hrsg.), Meier (Hg.)",
     # a body's short name spelt out in brackets
     "StatBu (Statistisches Bundesamt)",
     "BGBl (Bundesgesetzblatt)",
     "TUBA (Türkiye Bilimler Akademisi)",
     # a year in brackets (author-date)
     "Smith (2001)",
     # names given first, one bracketed acronym among them
     "Jean Dupont (CNRS), Paul Martin"],
)
def test_other_brackets_after_names_stay(author: str) -> None:
    assert bracketed_given_names({"author": author}) == {"author": author}
