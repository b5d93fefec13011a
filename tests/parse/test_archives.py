"""A manuscript cited in an archive (parse/archives.py): no publisher, place or volume."""

from __future__ import annotations

import pytest

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries
from claimcheck.parse.archives import archived_out


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        ({"title": "Memorandum", "location": "Berlin, Bundesarchiv", "volume": "816"},
         "K. Arnaud, ‘Memorandum’, 1936, Berlin, Bundesarchiv, R 43/816, pp. 18–19."),
        ({"title": "Report", "publisher": "Archivo General de la Nación", "location": "México"},
         "D. Ruiz, “Report”, 1902, México, Archivo General de la Nación, leg. 1563."),
        ({"title": "Note", "publisher": "Archives nationales", "location": "Paris",
          "container": "F"},
         "M. Meyer, ‘Note’, 1912, Archives nationales, Paris, F/7/3764, p. 249."),
    ],
)
def test_archive_read_as_imprint_is_dropped(fields: dict[str, str], text: str) -> None:
    got = archived_out(fields, text)
    assert got["title"] == fields["title"]
    assert not any(got.get(k) for k in ("location", "publisher", "volume", "container"))


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        # a journal named "Archives": no shelfmark beside it
        ({"title": "Growth", "container": "Archives of Disease in Childhood", "volume": "65"},
         "J. Smith, ‘Growth’, Archives of Disease in Childhood, 65, 1990, 12–19."),
        # a shelfmark-like number far from the archive's name is left
        ({"title": "T", "publisher": "Archive Press", "location": "London"},
         "A. B., T, London, Archive Press, 1990, with notes on the text, and more, FO 371/2."),
    ],
)
def test_no_archival_reference(fields: dict[str, str], text: str) -> None:
    assert archived_out(fields, text) == fields


def test_archival_note_in_a_list() -> None:
    texts = ["1 Kew, The National Archives, FO 371/24363, Halifax to Lothian, 12 June 1940.",
             "2 J. Brown, ‘Cabinet Minutes’, 1940, London, Public Record Office, CAB 65/7, "
             "p. 12."]
    refs = parse_entries([RawEntry(text=t, index=i + 1, line=i + 1) for i, t in enumerate(texts)])
    assert all(not (r.publisher or r.location or r.volume) for r in refs)


def test_archive_read_as_the_title_gives_way_to_the_quoted_title() -> None:
    fields = {"author": "C. Mill", "title": "Kew, National Archives, FO 371/8974", "date": "1920"}
    text = "C. Mill, ‘Report on Trade’, 1920, Kew, National Archives, FO 371/8974."
    assert archived_out(fields, text)["title"] == "Report on Trade"


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        ({"title": "Studi", "container": "Archivio Storico Italiano", "volume": "150"},
         "G. Volpe, «Studi», Archivio Storico Italiano, 150, fasc. 2, 1992, pp. 3-40."),
        ({"title": "Report", "container": "Archive of Mechanics", "volume": "b. 12"},
         "R. Brown, ‘Report’, Archive of Mechanics, b. 12, 1990, p. 3."),
    ],
)
def test_a_journal_named_archive_with_an_issue_word_is_kept(fields: dict[str, str],
                                                            text: str) -> None:
    assert archived_out(fields, text) == fields


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        # a number inside the shelfmark is no whole token of it: the journal's volume stays
        ({"title": "Churchill", "container": "Historical Journal", "volume": "13"},
         "Kew, National Archives, CAB 65/13, War Cabinet conclusions, 12 May 1940; cf. D. "
         "Reynolds, 'Churchill', Historical Journal, 13 (1970), 1-20."),
        ({"title": "The Foreign Office", "location": "London", "volume": "3"},
         "Kew, National Archives, FO 371/24363, Halifax to Lothian, 3 June 1940; see also R. "
         "Smith, The Foreign Office (London, 1990), vol. 3, p. 371."),
    ],
)
def test_a_number_inside_the_shelfmark_is_kept(fields: dict[str, str], text: str) -> None:
    assert archived_out(fields, text)["volume"] == fields["volume"]


def test_an_archive_printed_without_spaces_after_its_commas_is_found() -> None:
    # (maintenance read) the reference is found where it stands, however its commas are spaced
    fields = {"title": "Cabinet Minutes", "publisher": "National Archives", "volume": "13",
              "location": "Kew"}
    for text in ("Cabinet Minutes, 1940, Kew, National Archives, CAB 65/13.",
                 "Cabinet Minutes, 1940, Kew,National Archives,CAB 65/13.",
                 "Cabinet Minutes, 1940, Kew ,  National Archives ,CAB 65/13."):
        assert archived_out(fields, text) == {"title": "Cabinet Minutes"}, text
