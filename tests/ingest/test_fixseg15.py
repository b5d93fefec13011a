"""Session 18 review fix of seg15: an undated entry of names and a title keeps apart a next
entry whose author element and bracketed year come before a title ("Oxford University Press
(2019) Annual report."), a title-first entry whose title's sentence stops on a lower-case
word ("Ebola: the end is not yet. BMJ 2015; ..."), and a title that opens "In" and a given
name with initials without an editors' mark ("In Memoriam W. B. Yeats, ...")."""

from tests.ingest.listings import APA, apart, joined
from tests.ingest.test_undatedrest import CHICAGO_NB, VANCOUVER


def test_an_author_element_its_bracketed_year_and_a_title_stay_apart() -> None:
    apart(VANCOUVER, "Hughes D. The surgeon's handbook.",
          "Oxford University Press (2019) Annual report.")
    apart(VANCOUVER, "Lewis H. Clinical audit guidance.",
          "National Audit Office (2016) Annual review.")
    apart(VANCOUVER, "Carter W. Notes on the regional survey.",
          "Oxford University Press (2019) Annual Report.")


def test_an_organisation_s_name_and_its_stop_then_a_title_stay_apart() -> None:
    apart(VANCOUVER, "Carter W. Notes on the regional survey.",
          "World Bank. Public Expenditure Review, 2010.")
    apart(CHICAGO_NB, "Carter, Wendy. Notes on the Regional Survey.",
          "World Bank. Country Economic Memorandum Series, 2010.")
    # a journal and its bracketed year, then its numbers: the source still goes on
    joined(VANCOUVER, "Hobb R. Ship of Magic.", "Arch Gen Psychiatry (2000) 57:438-444.")


def test_a_title_s_sentence_stopping_on_a_lower_case_word_stays_apart() -> None:
    apart(VANCOUVER, "Gupta N. Internal memorandum.",
          "Ebola: the end is not yet. BMJ 2015; 350: h1.")
    apart(VANCOUVER, "Gupta N. Notes on outbreak response.",
          "Tobacco control: where we go next. BMJ 2016; 352: i1.")
    # a journal's lower-case abbreviations are no sentence ("Brit. med. J.")
    joined(VANCOUVER, "Hobb R. Ship of Magic.", "Brit. med. J.; 1950.")


def test_in_and_a_given_name_open_an_editors_work_only_with_their_mark() -> None:
    apart(APA, "Hall, K. (2020). Public libraries.", "In Memoriam W. B. Yeats, Poet and Senator.")
    apart(VANCOUVER, "Nam S. Personal communication.",
          "In Memoriam W. B. Yeats, 1865-1939. Irish Times. 1939;81:1.")
    joined(APA, "Jervis, R. (1996). Counterfactuals, causation, and complexity.",
           "In Philip E. Tetlock & Aaron Belkin (Eds.), Counterfactual thought experiments "
           "(pp. 309-316). Princeton University Press.")
    joined(APA, "Hughes, K. (2016). Memory and mourning.",
           "In Karl H. Müller (Hrsg.), Trauer und Gedächtnis (S. 9-30). Suhrkamp.")
    joined(CHICAGO_NB, "Rorty, Richard. Solidarity or objectivity?",
           "In John A. Rajchman and C. West, eds., Post-Analytic Philosophy, 3-19. New York: "
           "Columbia University Press, 1985.")


def test_an_editorial_with_a_subtitle_in_sentence_case_is_no_journal_s_tail() -> None:
    """An unsigned editorial's title ("Screening for HIV: who and how.") before its journal
    is no journal's tail and no source alone: it opens an entry after an undated note."""
    apart(VANCOUVER, "Klein S. Unpublished observations.",
          "Screening for HIV: who and how. Lancet 2005; 365: 1029.")
    apart(VANCOUVER, "Duarte A. Conference presentation.",
          "Global health: time to act. Lancet. 2009;373:1.")
    apart(VANCOUVER, "Drew K. Notes from the audit.",
          "Measles in Europe: a wake-up call. Lancet. 2018;392:1.")
    # a journal's name goes on in capitals after its colon: still the tail of the title before
    joined(VANCOUVER, "Hobb R. Mitochondrial import of tail-anchored proteins.",
           "Biochim Biophys Acta: Mol Cell Res. 2010;1803:1-9.")
