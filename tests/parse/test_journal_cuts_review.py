"""Session 20's review of the journal cut words (parse/journalcuts.py): a title's own last
word that is also an ISO 4 cut form stays in the title. An acronym's noun after an article
("the NHS Plan"), a whole-word journal after a bare cut ("oncoprotein Tax | Oncogene"), the
title's own stop before a journal printed without stops ("... the HITECH Act. | J Am Med
Inform Assoc."), a German title's noun, a town after a compass word, an infraspecific name's
authority; and the cut forms that are words, towns or months (benchmarks/make_journal_cuts.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.journalcuts import is_journal_cut


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [  # an acronym's noun after an article: a named thing, not a journal's first word
     ("Smith J, Brown K (2011) Nursing workforce planning and the NHS Plan Br J Nurs 20, "
      "12–18.", "Nursing workforce planning and the NHS Plan", "Br J Nurs"),
     ("Kim J, Lee H (2019) Forecasting tourism demand with an ARIMA Model Tour Manag 70, 1–9.",
      "Forecasting tourism demand with an ARIMA Model", "Tour Manag"),
     # the title's own stop before a journal printed without stops (Vancouver, APA)
     ("Wild B. Meaningful use of electronic health records under the HITECH Act. J Am Med "
      "Inform Assoc. 2011;18:1-2.",
      "Meaningful use of electronic health records under the HITECH Act", "J Am Med Inform Assoc"),
     ("Kim, J., & Lee, H. (2019). Forecasting tourism demand with an ARIMA Model. Tourism "
      "Management, 70, 1–9.",
      "Forecasting tourism demand with an ARIMA Model", "Tourism Management"),
     ("Sun SC, Yamaoka S. Activation of NF-kappaB by HTLV-I and implications for cell "
      "transformation by the oncoprotein Tax. Oncogene. 2005;24:5952-64.",
      "Activation of NF-kappaB by HTLV-I and implications for cell transformation by the "
      "oncoprotein Tax", "Oncogene"),
     # a bare cut form before a journal named by a whole word
     ("Sun SC, Yamaoka S (2005) Activation of NF-kappaB by the HTLV-I oncoprotein Tax "
      "Oncogene 24, 5952–5964.", "Activation of NF-kappaB by the HTLV-I oncoprotein Tax",
      "Oncogene"),
     ("Liu Y, Chen H (2020) Mental health of residents in quarantined Wuhan Lancet Psychiatry "
      "7, e15.", "Mental health of residents in quarantined Wuhan", "Lancet Psychiatry"),
     # a German title capitalises its nouns
     ("Müller H (1993) Geschichte und Fiktion im historischen Roman Z Dtsch Philol 112, 1–20.",
      "Geschichte und Fiktion im historischen Roman", "Z Dtsch Philol"),
     ("Schmidt K (2005) Therapie der Herzinsuffizienz: aktueller Stand Dtsch Med Wochenschr "
      "130, 1–9.", "Therapie der Herzinsuffizienz: aktueller Stand", "Dtsch Med Wochenschr"),
     # a town after a compass word, before a journal opening with a cut word
     ("Olsson H, Berg K (2008) Breast cancer incidence in the Malmö cohort and southern Lund "
      "Int J Cancer 122, 1–9.",
      "Breast cancer incidence in the Malmö cohort and southern Lund", "Int J Cancer"),
     # an infraspecific name's authority
     ("Kumar S, Rao P (2012) Hepatoprotective activity of Ocimum tenuiflorum subsp. sanctum "
      "Linn. J Ethnopharmacol 140, 1–7.",
      "Hepatoprotective activity of Ocimum tenuiflorum subsp. sanctum Linn",
      "J Ethnopharmacol"),
     ],
)
def test_the_title_keeps_its_word(text: str, title: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.title.rstrip("."), parsed.container.rstrip(".")) == (title, container)


def test_two_cut_words_after_an_article_and_acronym_move() -> None:
    # an acronym's name is one word; two cut words after it are the journal's
    parsed = parse_string("Kim H (2015) Protein folding in the ER Curr Opin Cell Biol 35, 1–9.")
    assert (parsed.title, parsed.container) == ("Protein folding in the ER", "Curr Opin Cell Biol")


def test_words_towns_months_are_no_cut_forms() -> None:
    # a word of English titles, a town only a Latin place adjective cuts, a month, an address
    assert not any(is_journal_cut(word) for word in
                   ("Model", "Act", "Plan", "Tool", "Test", "Tax", "Stand", "Union", "Wuhan",
                    "Lund", "Oct", "Sept", "St", "Dr"))
    # real cut words stay, "Mar" ("marine") among them
    assert all(is_journal_cut(word) for word in ("Compos", "Curr", "Nutr", "Environ", "Mar"))


def test_an_english_die_is_no_german_title() -> None:
    # (tidy20: "die" and "den" alone are English words; the cut words still move)
    ref = parse_string("Park S, Kim H (2015) Why motor neurons die in patients with HIV Curr Opin "
                       "Infect Dis 28, 10–15.")
    assert ref.container.startswith("Curr Opin")
