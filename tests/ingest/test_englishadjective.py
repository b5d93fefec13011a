"""Session 22 seg26: in a dated one-a-line list whose entries end on a stop, an English
title in title case cut right after an adjective ("A History of the American" /
"Revolution. New York: Knopf.") goes on: no title ends on an adjective without its stop.
A noun of an adjective's form ("History", "Journal"), a line whose title already reached
its imprint, a next line printing its own year and the next entry's names and year stay
apart."""

from tests.ingest.listings import apart, joined

CHICAGO = [
    "Cartwright, Helen. 1987. Empire and the Atlantic. London: Verso.",
    "Ellery, Joan. 2015. Going Global. Boston: Beacon Press.",
    "Hallam, Sue. 2008. Small Towns. Lincoln: University of Nebraska Press.",
    "Kimball, Roy. 1976. The Age of Revolution. Princeton, NJ: Princeton University Press.",
    "Norwood, Eli. 2006. The Social Origins of Dictatorship. Boston: Beacon Press.",
    "Rowe, Anton. 1999. Urban Poverty. Manchester: Manchester University Press.",
    "Shaw, Leon. 2015. Becoming Modern. Cambridge, MA: Harvard University Press.",
    # wraps after nouns, as a list with hard wraps has them: a bare word's stop is no rarity
    "Lowell, Ada. 2013. Public Schools and the Curriculum",
    "Reform. Boston: Beacon Press.",
    "Quinn, Ivor. 1994. The Novel and Its Readers in Victorian Cities",
    "Today. London: Methuen.",
]


def test_a_title_cut_after_an_adjective_goes_on() -> None:
    joined(CHICAGO, "Dunmore, Peter. 2011. A History of the American",
           "Revolution. New York: Knopf.")
    joined(CHICAGO, "Parry, Vera. 1989. A Handbook of Classical", "Mythology. London: Routledge.")
    joined(CHICAGO, "Oakes, Philip. 2018. Economic Thought in the Scottish",
           "Enlightenment. Edinburgh: Edinburgh University Press.")


def test_nouns_whole_lines_and_dated_lines_stay_apart() -> None:
    from claimcheck.ingest import lateyear
    from claimcheck.ingest.englishadjective import cut_on_english_adjective, english_adjective_end

    assert english_adjective_end("Parry, Vera. 1989. A Handbook of Classical")
    assert not english_adjective_end("Parry, Vera. 1989. A Handbook of Social History")
    assert not english_adjective_end("Parry, Vera. 1989. Rome. London: Imperial")
    assert not english_adjective_end("A Handbook of Classical")  # no year: `brings_year`'s
    habit = lateyear.habits(CHICAGO)
    assert not cut_on_english_adjective(
        "Freeman, Rob. 1976. The Overeducated American",
        "American Community Survey 2015-2019 Estimates. Washington, DC: Census Bureau, 2020.",
        habit, True)
    apart(CHICAGO, "Parry, Vera. 1989. A Handbook of Classical",
          "Quincy, Dora. 2021. Mythology. London: Routledge.")
    # a work cited alone (a name in title case and its comma) after an entry lacking its stop
    assert not cut_on_english_adjective(
        "Ward, Kim. 2003. Global", "Handbook of Nordic Harbours, Oslo: Norvik Press.", habit, True)
