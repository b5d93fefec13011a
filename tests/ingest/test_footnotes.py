"""A footnote citing several works becomes one entry per work, only in a list of notes
(ingest/footnotes.py)."""

from __future__ import annotations

from claimcheck.ingest.footnotes import split_notes, works
from claimcheck.ingest.interface import RawEntry
from claimcheck.ingest.plaintext import split_document

TWO = ("5 Cf. E. P. Thompson, The Making of the English Working Class (London: Gollancz, "
       "1963), pp. 9–13; and Raymond Williams, Culture and Society (London: Chatto & Windus, "
       "1958).")
NOTES = [
    "1 See Mary Douglas, Purity and Danger (London: Routledge, 1966), 35.",
    "2 Ibid., 52.",
    TWO,
    "6 Joan W. Scott, “Gender,” American Historical Review 91 (1986): 1053–75, at 1060.",
]


def _entries(texts: list[str]) -> list[RawEntry]:
    return [RawEntry(t, i + 1, 10 + i) for i, t in enumerate(texts)]


def test_a_note_citing_two_works_is_cut_between_them() -> None:
    assert works(TWO) == [
        "5 Cf. E. P. Thompson, The Making of the English Working Class (London: Gollancz, "
        "1963), pp. 9–13.",
        "Raymond Williams, Culture and Society (London: Chatto & Windus, 1958).",
    ]
    assert works("1 J. Smith, Book (Oxford: OUP, 1990), 4; see also A. Jones, Other (Paris: "
                 "Seuil, 1992).")[1] == "see also A. Jones, Other (Paris: Seuil, 1992)."
    assert len(works("1 J. Smith, Book (Oxford: OUP, 1990); Douglas, Purity, 35.")) == 2


def test_semicolons_inside_a_work_do_not_cut_it() -> None:
    for text in ["Smith J, Jones K. Title. Nature 2010; 465: 12-15.",
                 "Smith, J.; Jones, K. (2010) Title. Nature 465, 12.",
                 "J. Smith (ed.), Essays (London: Verso; New York: Norton, 1990), 4.",
                 "A. Smith, Phys. Rev. 91, 12 (1986); erratum, ibid. 92, 45."]:
        assert works(text) == [text]


def test_a_list_of_notes_is_split_and_renumbered() -> None:
    out = split_notes(_entries(NOTES))
    assert len(out) == 5
    assert [e.index for e in out] == [1, 2, 3, 4, 5]
    assert [e.line for e in out] == [10, 11, 12, 12, 13]  # both works start on the note's line
    assert out[3].text.startswith("Raymond Williams")


def test_a_list_that_is_no_list_of_notes_is_left_alone() -> None:
    physics = _entries(["[1] A. Smith, Phys. Rev. 91, 12 (1986); B. Jones, Phys. Lett. 2, 4 "
                        "(1987).", "[2] C. Brown, Nature 3, 5 (1990).",
                        "[3] D. Green, Science 4, 6 (1991)."])
    assert split_notes(physics) == tuple(physics)


def test_plain_text_notes_reach_the_parser_one_work_an_entry() -> None:
    text = "Body text.\n\nReferences\n\n" + "\n\n".join(NOTES) + "\n"
    document = split_document(text)
    assert len(document.entries) == 5
    assert document.entries[3].text.startswith("Raymond Williams, Culture and Society")


def test_one_note_like_entry_does_not_make_a_list_of_notes() -> None:
    entries = _entries([TWO, "Smith J, Jones K. Title. Nature 2010; 465: 12-15.",
                        "Brown A. Other. Science 2011; 3: 4-5."])
    assert split_notes(entries) == tuple(entries)  # one cue only: left as it is


MDPI = [
    "1. Smith, J.; Jones, B. Effects of sleep on memory. J. Sleep Res. 2019, 28, 45–67.",
    "2. Brown, P. Sleep and Memory; Routledge: London, UK, 2001; pp. 45–52.",
    "3. Lee, C.; Kim, D. Sleep in children. In Proceedings of the International Conference "
    "on Sleep 2018, Boston, MA, USA, 1–3 May 2018; Springer: Berlin, Germany, 2018; "
    "pp. 100–108.",
    "4. Green, A. Chapter title. In Handbook of Sleep, 2nd ed.; White, B., Ed.; Elsevier: "
    "Amsterdam, The Netherlands, 2015; Volume 3, pp. 10–20.",
    "5. John Smith, 'Effects of Sleep on Memory', Journal of Sleep Research 28 (2001): 45-52.",
    '6. Joan W. Scott, "Gender," American Historical Review 91, no. 5 (1986): 1053-55.',
    "7. World Health Organization. Global Report on Sleep 2019; WHO: Geneva, Switzerland, "
    "2019.",
    "8. Zhang, Y.; Wang, L. Deep sleep. Nature 2020, 580, 1–5.",
    "9. Miller, R. Dreams; Penguin: New York, NY, USA, 2010.",
    "10. Davis, K. Sleep 2020; Oxford University Press: Oxford, UK, 2020; pp. 1–300.",
]


def test_an_mdpi_list_with_two_pinpoint_like_entries_is_no_list_of_notes() -> None:
    # the review's case: two entries that print a short range after the year made the whole
    # list "notes", and "; Springer: Berlin, Germany, 2018; pp. 100–108." an entry
    entries = _entries(MDPI)
    assert split_notes(entries) == tuple(entries)


def test_an_imprint_after_a_semicolon_is_never_cut_off() -> None:
    assert len(works(MDPI[2])) == 1
    assert len(works(MDPI[3])) == 1
    assert works("See Smith, J. Sleep; Routledge: London, 2001; 2019, pp. 4-5.") == [
        "See Smith, J. Sleep; Routledge: London, 2001; 2019, pp. 4-5."]


def test_a_few_cues_in_a_long_list_do_not_make_it_notes() -> None:
    plain = [f"Author{i}, J. ({2000 + i}). A study number {i}. Journal, {i}, 1-9."
             for i in range(15)]
    cues = ["See Smith, J. (2001). Sleep; Jones, B. (2002). Memory. J 3, 1-9.", "Ibid., 4."]
    entries = _entries(plain + cues)
    assert split_notes(entries) == tuple(entries)


def test_initials_printed_without_stops_are_no_joining_word() -> None:
    parts = works("3 A Burrows, 'Remedies' (2001) 117 LQR 1, 5; Y Chen, 'Deference' (2005) "
                  "64 CLJ 10, 12; E Barendt, Freedom of Speech (OUP 2005) 4.")
    assert [p.split(",")[0] for p in parts[1:]] == ["Y Chen", "E Barendt"]
    assert works("7 M Elliott, 'Proportionality' (2013) 72 CLJ 1, 3; Y Li and E Hu, 'Courts' "
                 "(2015) 12 ICON 44, 50.")[1].startswith("Y Li and E Hu")
    assert works("1 Smith, Book (Paris: Seuil, 1990), 4; et Dupont, Autre (Paris: Seuil, "
                 "1992), 8.")[1].startswith("Dupont")


def test_the_notes_test_reads_only_until_the_count_decides(monkeypatch) -> None:
    """Same answer as counting every entry's cue, on lists around the threshold (two cues,
    a fifth), and no more cues read than the answer needs."""
    from claimcheck.ingest import footnotes
    from claimcheck.parse import notelist

    read: list[str] = []

    def cue(text: str) -> bool:
        read.append(text)
        return text.startswith("See")

    monkeypatch.setattr(notelist, "text_cue", cue)
    plain, noted = "Smith J. A title. J Med. 2001;3:4.", "See Smith J. A title. 2001."
    for total in (0, 1, 2, 5, 9, 10, 11, 50):
        for cues in range(total + 1):
            for first in (True, False):  # the cues first or last
                texts = [noted] * cues + [plain] * (total - cues)
                texts = texts if first else texts[::-1]
                read.clear()
                expected = notelist.reads_as_notes(cues, total)
                assert footnotes._reads_as_notes(_entries(texts)) is expected
    read.clear()
    assert not footnotes._reads_as_notes(_entries([plain] * 100))
    assert len(read) == 81  # 19 left cannot make the 20 a fifth needs
    read.clear()
    assert footnotes._reads_as_notes(_entries([noted] * 20 + [plain] * 80))
    assert len(read) == 20
