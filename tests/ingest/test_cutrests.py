"""Session 19 seg19: a list of names cut before a name's initials goes on also after a list
number ("7. Berument SK, Rutter" / "M, Lord C, ... (1999) ..."), and a line opening with an
ampersand is the rest of the names before it ("Sheridan, J.; Chamberlain, K." / "& Dupuis,
A. (2011). ..."); a book's imprint alone goes on after a chapter's pages in brackets
("... (pp. 78-117)." / "Stuttgart: Metzler."); after a title cut on a word, one word and
its stop then a place and pages or "In" and a work go on ("Societies. London, pp.
174-189."), not a place alone ("Beowulf. London.", a work cited alone)."""

from tests.ingest.listings import APA, apart, joined

# a list copied one entry a line whose numbers were kept on some lines only
VANCOUVER = [
    "Adams J, Baker K. Outcomes of hip fracture surgery. Lancet 2019;393:1-9.",
    "Bell T, Cole D. Falls in care homes. Age Ageing 2018;47:1-6.",
    "3. Carter R, Dunn S. Delirium after surgery. Anaesthesia 2017;72:1-8.",
    "Evans P, Ford L. Hypertension in pregnancy. Obstet Gynecol 2017;130:1-10.",
    "Grant S, Hill J. Statins in the elderly. Age Ageing 2015;44:1-6.",
    "Irwin M. Sleep and inflammation. Nat Rev Immunol 2019;19:702-15.",
]


def test_names_cut_before_initials_after_a_list_number() -> None:
    joined(VANCOUVER, "7. Barnett SK, Rutter",
           "M, Lord C, Pickles A (1999) Autism screening. Br J Psychiatry 175:444-51.")


def test_an_ampersand_carries_the_names_on() -> None:
    apart(APA, "Baker, T. (1999). Rivers. Sage.", "& Other Stories (2015). Annual report.")
    joined(APA, "Sheridan, J., Chamberlain, K.,",
           "& Dupuis, A. (2011). Timelining: Visualizing experience. Qual. Res., 11(5), 552-569.")
    joined(APA, "Sheridan, Joanna; Chamberlain, Kerry",
           "& Dupuis, A. (2011). Timelining: Visualizing experience. Qual. Res., 11(5), 552-569.")


def test_a_name_and_initials_after_a_whole_numbered_entry_stay_apart() -> None:
    apart(VANCOUVER, "7. Barnett SK, Rutter M. Autism. Lancet 1999;354:1-3.",
          "Lord C, Pickles A. Screening. BMJ 2001;322:4-6.")


def test_a_book_imprint_goes_on_after_a_chapter_pages() -> None:
    joined(APA, "Lenz, K. (2000). Biographie. In K. Lenz (Hrsg.), Neue Beiträge (pp. 78-117).",
           "Stuttgart: Metzler.")
    # a whole entry after the chapter's pages stays apart
    apart(APA, "Lenz, K. (2000). Biographie. In K. Lenz (Hrsg.), Neue Beiträge (pp. 78-117).",
          "Stuttgart, M. (2001). Imprints. Metzler.")


def test_a_word_and_its_stop_then_a_place_or_a_work_it_is_in_go_on() -> None:
    joined(APA, "Mayer, K. (1998). Ageing in European", "Societies. London, pp. 174-189.")
    joined(APA, "Lakatos, I. (1970). Falsification and the Methodology of Research",
           "Programmes. In J. Worrall & G. Currie (Eds.), Philosophical papers. Cambridge UP.")
    # one name and a title stay apart after a cut on a word
    apart(APA, "Lange, M. (1995). Diskontinuierliche", "Homer. The Odyssey. Penguin.")
    apart(APA, "Baker, T. (1999). The Long Road Home", "Beowulf. London.")
