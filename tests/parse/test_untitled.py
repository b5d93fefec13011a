"""The journal of an entry printed without a title (`parse.untitled`), on hand-labelled
tokens."""

from __future__ import annotations

from claimcheck.parse.tokens import tokenize
from claimcheck.parse.untitled import journal_without_title


def relabel(pieces: list[tuple[str, str]]) -> dict[str, str]:
    text = " ".join(piece for piece, _ in pieces)
    labels = [label for piece, label in pieces for _ in tokenize(piece)]
    tokens = tokenize(text)
    journal_without_title(tokens, labels)
    out: dict[str, str] = {}
    for token, label in zip(tokens, labels, strict=True):
        out[label] = f"{out.get(label, '')} {token.text}".strip()
    return out


def test_the_last_author_part_that_reads_as_a_journal_is_the_journal() -> None:
    out = relabel([("Yamada and Araki, J. Cell Science.", "author"), ("(2001)", "date"),
                   ("114:", "volume"), ("2375-2382", "pages")])
    assert (out["author"], out["container"]) == ("Yamada and Araki ,", "J . Cell Science .")
    out = relabel([("J. Pharmacol. Exp. Ther.,", "author"), ("1949,", "date"), ("96,", "volume")])
    assert out["container"] == "J . Pharmacol . Exp . Ther . ,"


def test_a_short_abbreviated_title_before_the_volume_is_the_journal() -> None:
    out = relabel([("C. Alexandrou,", "author"), ("EPJ Web Conf.", "title"), ("137,", "volume")])
    assert out["container"] == "EPJ Web Conf ."


def test_names_and_plain_titles_are_left_alone() -> None:
    for pieces in ([("Smith, J.", "author"), ("(1999)", "date"), ("12", "volume")],
                   [("Smith, J. and Wang, Li.", "author"), ("12", "volume")],
                   [("Smith J.", "author"), ("Studies of the J. Am. Chem. Soc. and its readers",
                                            "title"), ("12", "volume")],
                   [("Smith, J.", "author"), ("J. Cell Sci.", "title"), ("Nature", "container"),
                    ("12", "volume")]):
        assert relabel(pieces).get("container", "") in ("", "Nature"), pieces
        assert "container" not in relabel(pieces) or pieces[-2][1] == "container"
