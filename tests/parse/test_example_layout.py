"""Every journal entry of the bundled example parses to exactly the fields it prints.

The oracle is the example's own regular layout, read by a pattern written for this one style
only: `Authors (Year). Title. *Journal* Volume, Pages. doi: DOI` (or `Volume:ArticleNumber`).
"""

from __future__ import annotations

import re

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries
from claimcheck.text import clean_markup, normalize_doi, normalize_pages

_LAYOUT = re.compile(
    r"^(?P<authors>.+?),? \((?P<year>\d{4})(?P<suffix>[a-z]?)\)\. (?P<title>.+?)\s*"
    r"\*(?P<container>[^*]+)\*\s*(?:(?P<volume>\d+)(?:, |:)(?P<pages>[\w–]+))?"
)


def test_journal_entries_match_their_printed_layout(
    example_entries: tuple[RawEntry, ...],
) -> None:
    checked = 0
    for ref in parse_entries(example_entries):
        match = _LAYOUT.match(ref.raw)
        if not match:
            continue
        checked += 1
        expected = {
            "year": match["year"], "year_suffix": match["suffix"],
            "title": clean_markup(re.sub(r"\$\s+-", "$-", match["title"])).rstrip("."),
            "container": match["container"].rstrip("."), "volume": match["volume"] or "",
            "pages": normalize_pages(match["pages"] or ""), "kind": "article",
        }
        got = {k: getattr(ref, k) for k in expected}
        got["container"] = ref.container.rstrip(".")
        assert got == expected, ref.raw
        doi = re.search(r"doi: (\S+)$", ref.raw)
        assert ref.doi == (normalize_doi(doi.group(1)) if doi else ""), ref.raw
    assert checked == 97  # all but the WHO web page
