"""Session 21 seg23: in a one-a-line list, a line that is only a link after a lead word or
two and a colon ("In: http://...", "unter: http://... (Stand Mai 2004).") is the rest of the
entry before it, cut where the entry says where it is found; a run of such lines after a
whole entry (resources listed by their link), or a link with more after it, stays apart."""

from claimcheck.ingest.plaintext import split_document
from tests.ingest.listings import APA, joined


def test_a_link_after_its_lead_goes_on_from_the_entry_before() -> None:
    joined(APA, "Brandt, S. (2009). Pflegekräfte und technische Neuerungen.",
           "In: http://www.example.org/briefs.html (letzter Abruf: 02.12.2009).")
    joined(APA, "Nygaard, P. (2003). Labour supply in Jutland.",
           "unter: http://www.example.dk/labour.pdf (Stand Dezember 2003).")
    joined(APA, "Okafor, C. (2011). Informal trade in Lagos. Working paper",
           "Online: https://www.example.org/papers/trade.pdf")


def test_a_link_with_more_after_it_or_after_a_whole_entry_is_no_note() -> None:
    from claimcheck.ingest.linknote import link_note

    cut = "Nygaard, P. (2003). Labour supply in Jutland."
    assert link_note(cut, "unter: http://www.example.dk/labour.pdf", "")
    # a title and its link, more after the link, a lead of three words
    assert not link_note(cut, "Statistics Denmark: https://www.dst.dk. Labour tables.", "")
    assert not link_note(cut, "Labour force tables online: https://www.dst.dk", "")
    # a name before the link: a body's resource of its own
    assert not link_note(cut, "World Bank: www.worldbank.org.", "")
    assert not link_note(cut, "Eurostat: https://ec.europa.eu/eurostat", "")
    # after a line ending on pages or a year: a resource of its own
    assert not link_note("Lee, H. (2018). Outcomes. JAMA, 154, 1-7.",
                         "Online: https://www.example.org/data", "")


def test_a_run_of_links_after_a_whole_entry_stays_apart() -> None:
    lines = [*APA[:3], "Available from: https://www.example.org/a",
             "Available from: https://www.example.org/b", *APA[3:]]
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    assert len(split_document(text).entries) == len(APA) + 2


def test_common_french_and_german_leads_of_three_words() -> None:
    # review of seg23: "En ligne :", "Online verfügbar unter:", "Zugriff unter:" lead a link
    # as often as "unter:" does
    joined(APA, "Observatoire des inégalités (2021). Rapport sur les inégalités en France.",
           "En ligne : https://www.inegalites.fr/rapport")
    joined(APA, "Müller, K. (2019): Hafenwirtschaft im Wandel. Working Paper 7.",
           "Online verfügbar unter: https://www.example.de/wp7.pdf")
    joined(APA, "Müller, K. (2019): Hafenwirtschaft im Wandel. Working Paper 7.",
           "Zugriff unter: https://www.example.de/wp7.pdf (12.03.2020).")
