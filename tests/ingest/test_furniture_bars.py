"""Page furniture with and without a bar (ingest/furniture.py reads a line without "|"
by the shorter pattern: the same answers)."""

from __future__ import annotations

from claimcheck.ingest.furniture import is_page_furniture, link_then_bar


def test_footer_lines_need_their_bar() -> None:
    assert is_page_furniture("Journal of Things | Volume 12 | Issue 3")
    assert is_page_furniture("www.x.org | 12 May 2020")
    assert link_then_bar("Downloaded from www.x.org | 12 May 2020")
    assert not link_then_bar("| www.x.org")  # the bar before the address
    assert not link_then_bar("Retrieved from www.x.org/report.pdf")
    assert not is_page_furniture("Journal of Things, Volume 12, 2020.")


def test_page_numbers_and_rules_have_no_bar() -> None:
    for line in ("12", "- 12 -", "Page 3 of 9", "3 / 9", "page 3", "-----", "* * *",
                 "PRINT AND POPULAR CULTURE 217",
                 "Downloaded from https://x.org/a by guest on 12 May 2023"):
        assert is_page_furniture(line), line
    for line in ("1997 and", "Smith J. A title. 2001;3:4.", "WORLD BANK 2019", ""):
        assert not is_page_furniture(line), line
