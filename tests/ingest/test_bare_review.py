"""One-a-line lists from a review of the bare-list rules: whole references that the wrap rules
once swallowed (undated, lower-case, digit-led, passage and dictionary entries) stay entries,
and hard wraps after an abbreviation's stop, a bullet item's names or an annotation stay joined."""

from claimcheck.ingest.plaintext import split_document

APA = [
    "Anderson, P. (2004). A first study of lists. Journal of Lists, 12(3), 34-56.",
    "Baker, R. (1999). How references end. Review of Endings, 4, 101-118.",
    "Carter, S. (2012). Another book about things. Academic Press.",
    "Dalton, M. (2007). Reading a bibliography. Library Quarterly, 77(2), 201-219.",
    "Evans, T. (2015). The shape of a reference. https://example.org/shape",
    "Foster, L. (2001). Lines and their wraps. Text Studies, 9, 45-67.",
]


def _entries(lines: list[str]) -> list[str]:
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    return [entry.text for entry in split_document(text).entries]


def test_an_undated_entry_in_lower_case_after_a_whole_one_stays_an_entry() -> None:
    others = ["bell hooks. (n.d.). Teaching to transgress [Lecture]. An Institute.",
              "gov.uk. (n.d.). Universal Credit. https://www.gov.uk/universal-credit",
              "van 't Hoff, J. H. (n.d.). Études de dynamique chimique. Muller.",
              "numpy developers, \"NumPy reference,\" [Online].",
              "uptodate.com. Hypertension in adults: initial therapy. Waltham, MA: UpToDate."]
    for other in others:
        for k in (1, 3, 5):  # after pages, after a publisher's stop, after a link
            entries = _entries([*APA[:k], other, *APA[k:]])
            assert len(entries) == len(APA) + 1, (k, other)


def test_an_entry_led_by_a_digit_after_an_undated_one_stays_an_entry() -> None:
    for undated in ("(in press)", "(n.d.)", "(forthcoming)"):
        lines = [*APA[:2], f"Green, C. M. {undated}. The innovator's dilemma. A Press.",
                 "23andMe. (2020). Our research. https://www.23andme.com/research/",
                 "7-Eleven, Inc. (2018). Corporate overview. 7-Eleven.", *APA[2:]]
        assert len(_entries(lines)) == len(APA) + 3, undated


CHICAGO = [
    "Arendt, Hannah. 1958. The Human Condition.",
    "Foucault, Michel. 1977. Discipline and Punish.",
    "Hobbes, Thomas. 1651. Leviathan.",
    "Locke, John. 1689. Two Treatises of Government.",
    "Rawls, John. 1971. A Theory of Justice.",
    "Sandel, Michael. 1982. Liberalism and the Limits of Justice.",
]


def test_a_dictionary_or_a_passage_after_a_book_without_publisher_stays_an_entry() -> None:
    others = ["Cambridge Dictionary. \"Liberty.\" Cambridge University Press.",
              "Mishnah Berakhot 1:1-5.", "Thucydides 2.34-46.",
              "Talmud Bavli, Shabbat 31a, 12-14."]
    for other in others:
        entries = _entries([*CHICAGO[:3], other, *CHICAGO[3:]])
        assert len(entries) == len(CHICAGO) + 1, other
    # a place and its publisher, or a journal's volume and pages, still join
    for tail in ("New York: Norton.", "Political Theory, 12(3), 45-67."):
        entries = _entries([*CHICAGO[:3], tail, *CHICAGO[3:]])
        assert len(entries) == len(CHICAGO), tail


def test_a_wrap_after_an_abbreviation_stop_stays_joined() -> None:
    cuts = [["Cox, G. W. (2005). Setting the agenda: party government in the U.S.",
             "House of Representatives, 1877-2005. Cambridge University Press."],
            ["Ames, P. (2010). Publication manual. Washington, D.C.",
             "Retrieved May 5, 2015, from http://www.example.org"],
            ["Adorno, T. W. (1966). Negative Dialektik. Frankfurt a. M.",
             "Suhrkamp 1995 (zuerst 1966)."]]
    for cut in cuts:
        entries = _entries([*APA[:2], *cut, *APA[2:]])
        assert len(entries) == len(APA) + 1, cut
        assert entries[2] == " ".join(cut)


BULLETED = [f"• {line}" for line in APA]


def test_a_bullet_item_over_several_lines_keeps_its_names() -> None:
    item = ["• Chen, X., Li, Y., Wang, Z., Zhang, H., Liu, Q., Zhao, M., Sun, J., Wu, T.,",
            "Huang, L., Zhou, P., Xu, K., Ma, R., Gao, F., Lin, S., Yang, D., Hu, B.,",
            "Guo, W., He, C., Luo, X., & Tang, Y. (2020). A very long author list in a",
            "consortium paper. Nature, 580(7804), 1-10."]
    entries = _entries([*BULLETED[:3], *item, *BULLETED[3:]])
    assert len(entries) == len(APA) + 1
    assert entries[3].startswith("Chen, X.") and entries[3].endswith("580(7804), 1-10.")


def test_an_annotation_under_a_bullet_makes_no_entries() -> None:
    short = ["This book argues that credentials are status markers.",
             "See also Berg, I. (1970). Education and jobs. Praeger.",
             "And Brown, D. K. (1995). Degrees of control. A Press."]
    long = ["This book argues that credentials are status markers.",
            "It draws on Weber (1922) and on historical data.",
            "Collins shows that schooling expanded faster than skills.",
            "Berg, I. (1970) had made a similar argument in Education and Jobs.",
            "The book influenced later work by Brown, D. K. (1995).",
            "Critics such as Bills, D. B. (2003) contest the evidence.",
            "Labaree, D. F. (1997) extends it to American schools.",
            "Goldin, C. & Katz, L. F. (2008) offer a human capital view.",
            "Baker, D. P. (2014) argues for a schooled society."]
    for notes in (short, long):
        entries = _entries([*BULLETED[:3], *notes, *BULLETED[3:]])
        assert len(entries) == len(APA), notes[-1]
