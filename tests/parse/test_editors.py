"""A French chapter's editors and their "dir." cue read into its book, cue words read with
the editors (parse/editors.py); a "no place" mark read into a title (parse/notefields.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.editors import directed_book


@pytest.mark.parametrize(
    ("container", "editor", "book"),
    [
        ("G. Majeska, dir., Russian Travelers to Constantinople",
         "G. Majeska", "Russian Travelers to Constantinople"),
        ("Marie Durand (dir.), Histoire urbaine de la France",
         "Marie Durand", "Histoire urbaine de la France"),
        ("P. Milgrom et J. Roberts, dir., Adaptive and sophisticated learning",
         "P. Milgrom et J. Roberts", "Adaptive and sophisticated learning"),
        ("F Ofori et WR Stern, dir, Cereal-legume intercropping systems",
         "F Ofori et WR Stern", "Cereal-legume intercropping systems"),
        ("Jean-Marie de La Tour, dir., Les Cités", "Jean-Marie de La Tour", "Les Cités"),
        # the chapter's cue read with them is no name
        ("In Pierre Moreau (éd.), Les langues et les peuples", "Pierre Moreau",
         "Les langues et les peuples"),
    ],
)
def test_the_editors_before_dir_are_taken_out_of_the_book(
        container: str, editor: str, book: str) -> None:
    out = directed_book({"title": "Chapter", "container": container})
    assert (out["container"], out["editor"], out["kind"]) == (book, editor, "chapter")


@pytest.mark.parametrize(
    "fields",
    [
        # no cue: a book's own comma
        {"title": "T", "container": "Paris, Londres, Berlin: trois villes"},
        # the words before the cue are no names (a lower-case word)
        {"title": "T", "container": "Les villes du Nord, dir., Histoire"},
        # editors already read: the container is left as printed
        {"title": "T", "container": "A. Smith, dir., Book", "editor": "B. Jones"},
        # nothing after the cue
        {"title": "T", "container": "A. Smith, dir."},
    ],
)
def test_other_containers_stay(fields: dict[str, str]) -> None:
    assert directed_book(fields) == fields


def test_a_french_chapter_note_is_read_whole() -> None:
    ref = parse_string("Jean Dupont, « Les villes du Nord », dans Marie Durand, dir., "
                       "Histoire urbaine de la France, Paris, PUF, 2010, p. 12-40.")
    assert (ref.title, ref.container, ref.kind) == (
        "Les villes du Nord", "Histoire urbaine de la France", "chapter")
    assert [e.family for e in ref.editors] == ["Durand"]


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Jean Dupont, « Les villes du Nord », dans M. Durand et P. Martin (dir.), "
         "Histoire urbaine de la France, Paris, PUF, 2010, p. 12-40.", ["Durand", "Martin"]),
        ("Jean Dupont, « Les villes du Nord », dans Marie Durand et Paul Martin, dir., "
         "Histoire urbaine de la France, Paris, Presses universitaires de France, 2010.",
         ["Durand", "Martin"]),
        ("Roux, Claire. 1971. La Chine. In Pierre Moreau (éd.), Les langues et les peuples. "
         "Paris: Armand Colin.", ["Moreau"]),
        # the cue printed twice: the second "In" is a name
        ("Park, J. (2018). Korean studies. In In Kim & J. Lee (Eds.), Asian Studies (pp. 1-20). "
         "Seoul: Press.", ["Kim", "Lee"]),
    ],
)
def test_the_cue_words_are_no_part_of_the_editors_names(text: str, families: list[str]) -> None:
    ref = parse_string(text)
    assert [e.family for e in ref.editors] == families
    assert not any(e.given.startswith(("dans", "in ", "In ")) and e.family != "Kim"
                   for e in ref.editors)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("G. F. Duffin, Photographic Emulsion Chemistry, s. l., Focal Press, 1966.",
         "Photographic Emulsion Chemistry"),
        ("C.B. Haselton et G.G. Deierlein, Assessing seismic collapse safety of modern "
         "buildings, s.l., Pacific Earthquake Engineering Research Center, 2007, p. 103.",
         "Assessing seismic collapse safety of modern buildings"),
        ("Murthy, K.: A trajectory optimization method for close range surveys of non- planar "
         "surfaces, o. O. 2012, S. 112.",
         "A trajectory optimization method for close range surveys of non- planar surfaces"),
    ],
)
def test_a_no_place_mark_is_no_part_of_the_title(text: str, title: str) -> None:
    assert parse_string(text).title == title


@pytest.mark.parametrize(
    ("text", "book", "families"),
    [
        ("10 C. I. Barnard, ‘The Functions of the Executive’, in 3D Dynamic Scene Analysis, ed. "
         "by Z. Zhang (Harvard University Press, 1945), pp. 394–434 (pp. 132–137).",
         "3D Dynamic Scene Analysis", ["Zhang"]),
        ("E. Akin, ‘The Geometry of Population Genetics’, in Topological Mirror "
         "Superconductivity, ed. by F. Zhang and C. L. Kane (Springer-Verlag, Berlin, 1979), "
         "pp. 166–177.", "Topological Mirror Superconductivity", ["Zhang", "Kane"]),
        ("Jane Smith, ‘Women and War’, in The Oxford Handbook of War, ed. by Julian "
         "Lindley-French and Yves Boyer (Oxford: Oxford University Press, 2012), pp. 12–30.",
         "The Oxford Handbook of War", ["Lindley-French", "Boyer"]),
        # a place and year after the editors are no editor
        ("A.B. Carter, Time in the Epic, in Readings of the Iliad, ed. by "
         "D.E. Miller and F.G. Hansen, Austin 1983, 38-73.", "Readings of the Iliad",
         ["Miller", "Hansen"]),
        ("J. Smith, “Cities”, in The Directory of Cities, ed. by Jean Renoir, Paris, 2001.",
         "The Directory of Cities", ["Renoir"]),
    ],
)
def test_mhra_ed_by_names_the_editors_after_the_book(
        text: str, book: str, families: list[str]) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.kind) == (book, "chapter")
    assert [e.family for e in ref.editors] == families
    assert not any(e.given.startswith("by") for e in ref.editors)


@pytest.mark.parametrize(
    ("text", "book", "families"),
    [
        ("Anna Berger, Städtische Märkte im Wandel, in: Die Stadt und ihr Umland, "
         "hrsg. von Klaus Wegner, Wien 1997, S. 187-242.", "Die Stadt und ihr Umland",
         ["Wegner"]),
        ("Max Weber, Die Stadt, in: Wirtschaft und Gesellschaft, hg. v. Johannes Winckelmann, "
         "Tübingen 1972, S. 727-814.", "Wirtschaft und Gesellschaft", ["Winckelmann"]),
        ("Müller, Hans: Die Stadt, in: Handbuch der Stadt, hg. von Peter Schmidt, Berlin: de "
         "Gruyter 2001, S. 12-40.", "Handbuch der Stadt", ["Schmidt"]),
        ("Lenz, Maria (1990): Über das Schreiben von Briefen, in: Gesammelte Schriften, hg. v. "
         "Otto Kramer, Bd. 3, München 1990, 19-24.", "Gesammelte Schriften", ["Kramer"]),
    ],
)
def test_a_german_book_then_hg_von_editors(text: str, book: str, families: list[str]) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.kind) == (book, "chapter")
    assert [e.family for e in ref.editors] == families
