"""Session 19 seg19: the editors of the work an entry is in, cut from their "in" onto a line
of their own, go on ("..., in" / "Davies, S. W. and Lyons, B. R. (eds.), Industrial ...");
an edited book's own entry, which prints its year, does not follow a whole entry so."""

from claimcheck.ingest.editorsafter import editors_after_in
from claimcheck.ingest.lateyear import habits
from tests.ingest.listings import APA, apart, joined


def test_editors_after_in_go_on() -> None:
    joined(APA, "Lyons, B. R., and C. Matraves, 1996, 'Industrial Concentration', in",
           "Davies, S. W. and Lyons, B. R. (eds.), Industrial Organization in Europe, Oxford: OUP.")
    joined(APA, "Beyer, H. (1993). Das Ausländerrecht der DDR. In: Manfred",
           "Heßler (Hg.), Zwischen Nationalstaat und Gesellschaft. Berlin: Akademie, S. 211-229.")


def test_an_edited_book_after_a_whole_entry_stays_apart() -> None:
    apart(APA, "Lyons, B. R. (1996). Industrial concentration. Oxford University Press.",
          "Davies, S. W. (Ed.). (1996). Industrial organization in Europe. Oxford: OUP.")
    habit = habits(APA)
    assert not editors_after_in("Lyons, B. R. (1996). Concentration, in",
                                "Davies, S. W. (ed.) 1996: Industrial Organization.", habit, True)
    assert not editors_after_in("Lyons, B. R. (1996). Concentration. Berlin.",
                                "Davies, S. W. (eds.), Industrial Organization.", habit, True)


def test_an_entry_ending_on_in_and_a_word_is_no_cut_before_its_editors() -> None:
    """Review of seg19: "In Press", "In Vorbereitung", "in Action" end whole entries that
    lack their stop; the next entry's own editors ("Cooke, P. and Morgan, K. (eds)") print
    their initials, the family name cut from "In: Manfred" stands alone before its mark."""
    habit = habits(APA)
    assert not editors_after_in(
        "Cooke, P. Regional innovation systems in Europe. In Press",
        "Cooke, P. and Morgan, K. (eds) The Associational Economy. Oxford: OUP, 1998",
        habit, True)
    assert not editors_after_in(
        "Fischer-Rosenthal, W.: Biographische Methoden in der Soziologie. In Vorbereitung",
        "Flick, U./Kardorff, E. v./Steinke, I. (Hrsg.): Qualitative Forschung. Reinbek 2000",
        habit, True)
    assert not editors_after_in(
        "Hatcher, E. and Gospodnetić, O. Lucene in Action",
        "Hudson, R., Dunford, M. and Hamilton, D. (eds) Regional Transformation. London, 1999",
        habit, True)
