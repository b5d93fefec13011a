from pathlib import Path

import pytest

from claimcheck.ingest import InputError, load_document
from claimcheck.ingest.plaintext import split_document
from claimcheck.ingest.reader import decode
from tests.conftest import EXAMPLE


def test_example_has_98_entries_and_keeps_table_and_legend_in_body() -> None:
    document = load_document(EXAMPLE)
    assert len(document.entries) == 98
    assert [e.index for e in document.entries] == list(range(1, 99))
    assert "Number of patients investigated" in document.body  # Table 1 stays in the body
    assert "REFERENCES" not in document.body
    assert document.text.startswith(document.body)
    assert not any("Conflict of Interest" in e.text for e in document.entries)


def test_example_entries_broken_by_a_page_break_are_joined() -> None:
    document = load_document(EXAMPLE)
    joined = [e for e in document.entries if "factor (BDNF) through the action" in e.text]
    assert len(joined) == 1
    assert joined[0].text.startswith("Sleiman, S. F.")
    assert not any(e.text.startswith("factor") for e in document.entries)


def test_entries_keep_the_line_they_start_on() -> None:
    document = load_document(EXAMPLE)
    lines = document.text.split("\n")
    for entry in document.entries:
        assert entry.text[:20] in lines[entry.line - 1]


ARTICLE = """# A study

Body text cites Smith (2001) and [2].

## Bibliography

1. Smith J, Jones AB. A title. J Abbrev. 2010;12(3):34-56.
2. Brown C. Another title
   that wraps. Nature. 2011;475:91-95.
3. Green D. Third. Cell. 2012;1:1-2.

## Acknowledgements

We thank everyone in 2020.
"""


def test_numbered_list_with_wrapped_lines_and_back_matter() -> None:
    document = split_document(ARTICLE)
    assert [e.text[:8] for e in document.entries] == ["1. Smith", "2. Brown", "3. Green"]
    assert "that wraps" in document.entries[1].text
    assert document.entries[1].line == 8
    assert document.body.endswith("[2].\n\n")


@pytest.mark.parametrize("heading", ["References", "REFERENCES", "## Literature Cited",
                                     "**Works Cited**", "7. References", "Bibliography:"])
def test_heading_variants(heading: str) -> None:
    text = f"Intro (Smith, 2001).\n\n{heading}\n\nSmith, J. (2001). Title. Journal 1, 2-3.\n"
    assert len(split_document(text).entries) == 1


@pytest.mark.parametrize("heading", ["参考文献", "Referências", "Referencias bibliográficas",
                                     "Literaturverzeichnis", "Literatura", "Список литературы",
                                     "Références", "Bibliografía", "참고문헌"])
def test_headings_in_other_languages_open_the_list(heading: str) -> None:
    # two entries alone after a short body: without the heading no list is found at all
    text = (f"Intro (Smith, 2001).\n\n{heading}\n\n"
            "Smith, J. (2001). Title. Journal 1, 2-3.\nJones, K. (2002). Other. Journal 2, 3-4.\n")
    document = split_document(text)
    assert [e.text[:5] for e in document.entries] == ["Smith", "Jones"]
    assert heading not in document.body


def test_list_without_heading_is_found_at_the_end() -> None:
    text = "Body text.\n\nSmith, J. (2001). One. J 1, 2.\nJones, K. (2002). Two. J 2, 3.\n" \
           "Brown, L. (2003). Three. J 3, 4.\n"
    document = split_document(text)
    assert len(document.entries) == 3
    assert document.body.startswith("Body text.")


def test_no_reference_list_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="no reference list"):
        split_document("Just a paragraph with no references at all.")


def test_empty_and_whitespace_files_are_clear_errors(tmp_path: Path) -> None:
    for content in (b"", b"  \n\t\n"):
        path = tmp_path / "a.md"
        path.write_bytes(content)
        with pytest.raises(InputError, match="empty"):
            load_document(path)


def test_binary_missing_and_directory_inputs(tmp_path: Path) -> None:
    binary = tmp_path / "b.pdf"
    binary.write_bytes(b"%PDF\x00\x01\x02" * 100)
    with pytest.raises(InputError, match="binary"):
        load_document(binary)
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "missing.md")
    with pytest.raises(InputError, match="directory"):
        load_document(tmp_path)


def test_encodings() -> None:
    assert decode("Müller".encode("utf-16"), "x") == "Müller"
    assert decode("Müller".encode("latin-1"), "x") == "Müller"
    assert decode("\ufeffMüller".encode(), "x") == "Müller"


WRAPPED = """Body (Smith et al., 2010).

References

aan het Rot, M., Collins, K. A., Murrrough, J. W., Perez, A. M., Reich, D.
L., Charney, D. S., et al. (2010). Safety and efficacy of repeated-dose
intravenous ketamine. Biol.
Psychiatry 67, 139-145. doi: 10.1016/j.biopsych.2009.08.038
Corssen, G., and Domino, E. F. (1965). Dissociative Anesthesia:
Further Pharmacologic Studies and First Clinical Experience with the
Phencyclidine Derivative CI-581. Anesth Analg. 45, 29-40.
Holsboer, F. (2014). Redesigning antidepressant drug discovery.
Dialogues Clin. Neurosci. 16, 5-7. doi: 10.31887/dcms.2014.16.1/holsboer
World Health Organization [WHO] (2019). Model List of Essential Medicines.
"""


def test_entries_wrapped_over_lines_are_joined_at_author_led_starts() -> None:
    entries = split_document(WRAPPED).entries
    assert [e.text.split(",")[0] for e in entries] == [
        "aan het Rot", "Corssen", "Holsboer",
        "World Health Organization [WHO] (2019). Model List of Essential Medicines.",
    ]
    assert entries[0].text.endswith("doi: 10.1016/j.biopsych.2009.08.038")
    assert [e.line for e in entries] == [5, 9, 12, 14]


def test_a_list_that_opens_with_undated_standards_is_still_found() -> None:
    standards = [f'3GPP TS 23.{k:03d}: "Architecture enhancements for the System".' for k in
                 range(5)]
    meetings = [f"Meeting #{k}, Prague, Czech Republic, 26-30 August 2019" for k in range(5)]
    text = "Body text.\n\nReferences\n\n" + "\n".join(standards + meetings) + "\n"
    assert len(split_document(text).entries) == 10
    prose = "References\n\n" + "\n".join(["Some more words here."] * 12 + ["In 2019 we met."])
    with pytest.raises(InputError):
        split_document("Body text.\n\n" + prose + "\n")


def test_a_wrapped_line_that_opens_with_table_after_a_cut_title_does_not_end_the_list() -> None:
    entries = [
        "Hofmann, S. (2002). On Beyond Uranium: Journey to the End of the Periodic\n"
        "Table. London: Taylor & Francis.",
        "Holden, N. E. (2004). Atomic weights and the international committee.\n"
        "Chemistry International 26: 1-9.",
        "IUPAC (1994). Names and symbols of transfermium elements. Pure Appl Chem 66: 2419.",
    ]
    text = "Body.\n\nReferences\n\n" + "\n\n".join(entries) + "\n"
    assert len(split_document(text).entries) == 3
    ended = text + "\nTable. Characteristics of the samples we studied here.\n\nA | B\n"
    assert len(split_document(ended).entries) == 3


def test_a_wrapped_title_that_opens_with_appendix_does_not_end_the_list() -> None:
    refs = [
        "Royer JY, Sclater JG, Sandwell DT, Cande SC, Schlich R, et al. (1992)",
        "Appendix 1 —Indian Ocean plate reconstructions since the Late Jurassic.",
        "Geophys Monogr Ser 70: 471–475.",
        "Scotese CR (1998) Continental drift, a computer animation. Arlington.",
        "Wells NA (2003) Some hypotheses on the history of Madagascar. Chicago.",
    ]
    text = "Body.\n\nReferences\n\n" + "\n".join(refs) + "\n"
    assert split_document(text).entries[-1].text.startswith("Wells NA (2003)")
    back = "Appendix A. Supplementary data to this article.\nThe tables list the samples.\n"
    assert split_document(text + "\n" + back).entries[-1].text.startswith("Wells NA (2003)")
