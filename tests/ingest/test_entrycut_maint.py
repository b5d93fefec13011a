"""Two slips of the one-a-line joins found by the session-12 maintenance read: a count
rebuilt from a share, and brackets netted over a whole line instead of read in order."""

from __future__ import annotations

from claimcheck.ingest.entrycut import deepen
from tests.ingest.listings import entries as _entries


def _apa(count: int) -> list[str]:
    return [f"Writer{chr(65 + i % 26)}{i}, B. ({1960 + i}). Report {i} on routines. "
            f"J. Soc., {i}(2), 11-19." for i in range(count)]


_NAME_YEAR_PAIRS = [
    "Hegel, Georg 1807.", "phenomenology of spirit, in Works, Bamberg: Goebhardt.",
    "Mill, John 1843.", "a system of logic, in Collected Works, London: Parker.",
    "Peirce, Charles 1878.", "how to make our ideas clear, in Papers, Cambridge.",
]


def test_names_year_habit_counts_lines_whatever_the_list_length() -> None:
    # Three "Family, Given YEAR." lines make a habit of the list: they stay entries of
    # their own at every length (47 lines once rounded 3/47*47 down to 2.999...).
    for size in (40, 41, 42):
        lines = _apa(size)
        listing = lines[:10] + _NAME_YEAR_PAIRS + lines[10:]
        assert len(_entries(listing)) == len(listing), size


def test_brackets_are_read_in_order() -> None:
    # "a) ... b) ... (pp." leaves one bracket open: the closers of the labels come before
    # any opener, so they close nothing.
    assert deepen((0, 0), "of a) light and b) heat. In Interpretation (Vol. 1) (pp.") == (1, 0)
    assert deepen((1, 0), "96-116). Boulder, CO: Westview Press.") == (0, 0)
