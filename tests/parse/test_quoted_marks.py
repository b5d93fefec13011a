"""Quoted titles in the marks and delimiters of house styles (parse/quoted.py): the mark that
opened the title printed again after its closing quote, German single low quotes, a title run
that starts at the delimiter before its quote, a spaced dash or slash after the closing quote,
a question inside the quotes."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        # the colon that opened the title closes it too
        ("Randler, C.: “Mating patterns in avian hybrid zones - a meta-analysis and review”: "
         "Ardea, vol. 96 (2008): p. 73–80.",
         "Mating patterns in avian hybrid zones - a meta-analysis and review", "Ardea"),
        # German single low quotes, the journal quoted too
        ("Loretto, M. C., R. Schuster e T. Bugnyar. ‚GPS tracking of non-breeding ravens "
         "reveals the importance of anthropogenic food sources‘. ‚Curr Zool‘ (2016) vol. 62, "
         "pp. 337–344.",
         "GPS tracking of non-breeding ravens reveals the importance of anthropogenic food "
         "sources", "Curr Zool"),
        # the title run opens at the colon after the year
        ("Justino, C. I. L.; Gomes, A. R. und Rocha-Santos, T. A. P. (2017): „Graphene based "
         "sensors and biosensors“, in / TrAC / Vol. 91 / S. 53–66.",
         "Graphene based sensors and biosensors", "TrAC"),
        # a spaced dash after the closing quote ends the field
        ("Suber, P. - «Open Access to the Scientific Journal Literature.» - en J Biol 1 "
         "(2002) - 3.", "Open Access to the Scientific Journal Literature.", ""),
        # a question inside the quotes, a subtitle after it
        ("Seringhaus, M. R./Gerstein, M. B., „Publishing perishing? Towards tomorrow's "
         "information architecture.“, BMC Bioinformatics v. 8 (2007), p. 17.",
         "Publishing perishing? Towards tomorrow's information architecture.",
         "BMC Bioinformatics"),
    ],
)
def test_a_quoted_title_ends_at_its_closing_quote(text: str, title: str, container: str
                                                  ) -> None:
    ref = parse_string(text)
    assert ref.title.rstrip(".") == title.rstrip(".")
    assert ref.container == container or not container


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a colon after the quote that no colon opened: the quote opens the title
        ("Smith J (2005) “Rapid-impact interventions”: how a policy helps. PLOS Med 2",
         "Rapid-impact interventions”: how a policy helps"),
        ("Smith, J.: “Rapid-impact interventions”: how a policy helps, PLOS Med 2 (2005).",
         "Rapid-impact interventions”: how a policy helps"),
        ("Gertler, M. S. (1995): „Being There“: Proximity, Organization, and Culture in the "
         "Development and Adoption of Advanced Manufacturing Technologies. Economic Geography, "
         "71: 1 - 26.", "Being There“: Proximity, Organization, and Culture in the Development "
         "and Adoption of Advanced Manufacturing Technologies"),
        # the colon echoed, but the journal read after the title's subtitle
        ("Smith, J.: “Global Warming and Its Discontents”: A Reply, Climatic Change 12 (2001): "
         "3–9.", "Global Warming and Its Discontents”: A Reply"),
        # a quote that opens the title after the delimiter, the title going on after it
        ("Blumer, Florian(1994): „Chapeau!“ Soziale Unterschiede in lebensgeschichtlichen "
         "Erzählungen, in: Gregor Spuhler, u.a. (Hg.): Vielstimmiges Gedächtnis. Beiträge zur "
         "Oral History, Zürich 1994, 57-78.",
         "Chapeau!“ Soziale Unterschiede in lebensgeschichtlichen Erzählungen"),
    ],
)
def test_a_quote_that_opens_a_longer_title_is_left_alone(text: str, title: str) -> None:
    assert parse_string(text).title == title
