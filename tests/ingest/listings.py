"""Shared one-a-line lists and checks for the segmentation tests: a list of ordinary entries
with a pair of lines put in after its third, split the way `claimcheck refs` splits it."""

from claimcheck.ingest.plaintext import split_document

APA = [
    "Aarts, H., & Dijksterhuis, A. (2000). Habits as knowledge structures. J. Pers., 78(1), 53-63.",
    "Ajzen, I. (1991). The theory of planned behavior. Organ. Behav., 50(2), 179-211.",
    "Bandura, A. (1986). Social foundations of thought and action. Prentice-Hall.",
    "Duckworth, A. L., & Gross, J. J. (2014). Self-control and grit. Curr. Dir., 23(5), 319-325.",
    "Gollwitzer, P. M. (1999). Implementation intentions. Am. Psychol., 54(7), 493-503.",
    "Neal, D. T., & Wood, W. (2006). Habits: A repeat performance. Curr. Dir., 15(4), 198-202.",
    "Wood, W., & Rünger, D. (2016). Psychology of habit. Annu. Rev. Psychol., 67, 289-314.",
]
PHYSICS = [
    "S. Weinberg, Phys. Rev. Lett. 19, 1264 (1967).",
    "P. W. Higgs, Phys. Rev. Lett. 13, 508 (1964).",
    "G. 't Hooft, Nucl. Phys. B 35, 167 (1971).",
    "P. A. M. Dirac, Proc. R. Soc. A 117, 610 (1928).",
    "H. D. Politzer, Phys. Rev. Lett. 30, 1346 (1973).",
    "K. G. Wilson, Phys. Rev. D 10, 2445 (1974).",
    "E. Witten, Nucl. Phys. B 188, 513 (1981).",
]


def entries(lines: list[str]) -> list[str]:
    """The entries `claimcheck refs` finds in `lines` under a "References" heading."""
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    return [entry.text for entry in split_document(text).entries]


def joined(listing: list[str], first: str, rest: str) -> None:
    """`first` and `rest`, put in after the third entry, read as one entry."""
    found = entries([*listing[:3], first, rest, *listing[3:]])
    assert len(found) == len(listing) + 1, found
    assert found[3] == f"{first} {rest}"


def apart(listing: list[str], one: str, two: str) -> None:
    """`one` and `two`, put in after the third entry, read as two entries."""
    found = entries([*listing[:3], one, two, *listing[3:]])
    assert len(found) == len(listing) + 2, (one, found)
