"""The review of the notes' rules (issue 13): a title opening with "In" after its author alone
is the entry's own (parse/chapter.py), a given name "In" / "En" after an editors' cue stays
(parse/editors.py), editors end before a place, a translator or a "no place" mark
(parse/chapter.py) and a credited name before ". Place: Publisher" (parse/credits.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.editors import editor_cues


@pytest.mark.parametrize(
    ("text", "title", "families"),
    [
        ("Woolf, Virginia, In the Orchard, ed. by Stuart N. Clarke (London: Hogarth, 2011).",
         "In the Orchard", ["Clarke"]),
        ("Alfred Tennyson, In Memoriam, ed. by Erik Gray (New York: Norton, 2004), p. 12.",
         "In Memoriam", ["Gray"]),
        ("Jünger, Ernst: In Stahlgewittern, hg. von Helmuth Kiesel, Stuttgart: Klett-Cotta "
         "2013.", "In Stahlgewittern", ["Kiesel"]),
        ("Smith, J., In Defense of Poetry, ed. by R. Jones (London: Verso, 2003).",
         "In Defense of Poetry", ["Jones"]),
        # a bibliography's full stop after a name of whole words
        ("Woolf, Virginia. In the Orchard, ed. by Stuart N. Clarke. London: Hogarth, 2011.",
         "In the Orchard", ["Clarke"]),
    ],
)
def test_a_title_opening_with_in_after_its_author_is_the_entrys_own(
        text: str, title: str, families: list[str]) -> None:
    ref = parse_string(text)
    assert (ref.kind, ref.title, ref.container) == ("book", title, "")
    assert [e.family for e in ref.editors] == families


@pytest.mark.parametrize(
    ("text", "title", "book"),
    [
        # a chapter's title (or a year) between the author and "In": the cue
        ("Smith, J., Mass Spectrometry, In Handbook of Chemistry, ed. by R. Jones (Oxford: "
         "Clarendon, 1999), 20-40.", "Mass Spectrometry", "Handbook of Chemistry"),
        ("Miller, A. (2004). The rise of cities, In Urban History, edited by Karen Lee, 33-50. "
         "Chicago: University of Chicago Press.", "The rise of cities", "Urban History"),
        ("Adams, J., Introduction, In The Oxford Handbook of Ethics, ed. by D. Copp (Oxford: "
         "OUP, 2006), 1-10.", "Introduction", "The Oxford Handbook of Ethics"),
        ("Brown, T. Networks. In Social Theory Today, ed. by L. Green (Cambridge: Polity), "
         "45-67.", "Networks", "Social Theory Today"),
        # a chapter's title, or a given name, opening with "In", the chapter's own cue later
        ("Smith, John, \u201cIn Defense of Poetry,\u201d in Essays on Criticism, ed. by R. Jones "
         "(London: Verso, 2003), 1-20.", "In Defense of Poetry", "Essays on Criticism"),
        ("Lee, In Sook, \"Shamanism,\" in Korean Religions, ed. by Jae Kim (Seoul: Jimoondang, "
         "2005), 20-44.", "Shamanism", "Korean Religions"),
    ],
)
def test_a_chapter_after_its_title_keeps_its_book(text: str, title: str, book: str) -> None:
    ref = parse_string(text)
    assert (ref.kind, ref.title, ref.container) == ("chapter", title, book)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Park, Jae, \"Cinema and the State,\" in Korean Film History, edited by In Sook Lee "
         "(Seoul: Korea University Press, 2010), 33-50.", [("In Sook", "Lee")]),
        ("Choi, Hyun, \"Law,\" in Korean Law, edited by In Kim and Jae Lee (Seoul: SNU Press, "
         "2012), 1-20.", [("In", "Kim"), ("Jae", "Lee")]),
        ("Zhou, En Lai, \"Speech,\" in Selected Works, ed. by En Lai Zhou and Mao Tse "
         "(Beijing: Foreign Languages Press, 1981), 5-9.", [("En Lai", "Zhou"), ("Mao", "Tse")]),
    ],
)
def test_a_given_name_in_after_the_editors_cue_stays(
        text: str, names: list[tuple[str, str]]) -> None:
    assert [(e.given, e.family) for e in parse_string(text).editors] == names


@pytest.mark.parametrize("edition", ["2nd ed.", "rev. ed."])
def test_an_editions_ed_is_no_editors_cue(edition: str) -> None:
    text = f"Jones, K. (2001). Memory, {edition} In R. Smith (Ed.), Handbook (pp. 1-9)."
    assert editor_cues({"editor": "In R. Smith"}, text)["editor"] == "R. Smith"


@pytest.mark.parametrize(
    "text",
    [
        "Besch, W.: Sprachgeschichte, in: Handbuch, hrsg. v. W. Besch, Berlin/New York 1998, "
        "S. 100.",
        "Wolf, K.: Das Recht, in: Kommentar, hg. von H. Müller, Frankfurt a. M. 2005, S. 33.",
        "Wolf, K.: Das Recht, in: Kommentar, hg. von H. Müller, Reinbek bei Hamburg 2005, S. 33.",
        "Smith, J., 'Coal', in Industrial England, ed. by H. Müller, Newcastle upon Tyne 1999, "
        "pp. 4-9.",
        "Benjamin, Walter: Der Erzähler, in: Illuminationen, hg. von H. Müller, übers. von X, "
        "Frankfurt am Main 1977.",
        "Silva, A., 'Mar', in Poesia, ed. by H. Müller, s. l., 1999, pp. 3-4.",
        "Smith, J., 'Essay', in Collected Essays, ed. by H. Müller, n. p., 1850, pp. 1-9.",
        "Schmidt, Peter: Die Kirche, in: Handbuch, hg. von H. Müller u. a., Stuttgart 2001.",
    ],
)
def test_the_editors_end_before_a_place_a_translator_or_no_place(text: str) -> None:
    assert [e.family for e in parse_string(text).editors] in (["Müller"], ["Besch"])


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Manzoni, Alessandro, I promessi sposi, a cura di Lanfranco Caretti. Torino: Einaudi "
         "1971.", "Caretti"),
        ("Goethe, J. W.: Faust, hg. von A. Schöne. Frankfurt am Main: Deutscher Klassiker "
         "Verlag 1994.", "Schöne"),
        ("Hegel, G. W. F.: Phänomenologie des Geistes, hg. von J. Hoffmeister. Hamburg 1952.",
         "Hoffmeister"),
    ],
)
def test_a_credited_editor_ends_at_a_full_stop(text: str, family: str) -> None:
    assert [e.family for e in parse_string(text).editors] == [family]


# found by the session-12 maintenance read
@pytest.mark.parametrize(("raw", "kind", "container", "editors"), [
    # APA: the book's own ", in " does not stand for the chapter's cue
    ("Ortiz, L. (2003). Signals. In R. Vance (Ed.), Essays, in honour of T. Marsh "
     "(pp. 5-20). Elsevier.", "chapter", "Essays, in honour of T", [("Vance", "R.")]),
    # a place with its state code ends the editors
    ("Dewey, J., 'Habit', in Human Nature, ed. by K. Reed, Boston, MA: Beacon Press, 1990.",
     "chapter", "Human Nature", [("Reed", "K.")]),
    # "o. J." (no year) ends them too
    ("Kern, J., Titel, in: Sammlung, hg. von Ute Lang, o. J., S. 3-9.",
     "chapter", "Sammlung", [("Lang", "Ute")]),
])
def test_editors_end_where_the_book_and_imprint_begin(
        raw: str, kind: str, container: str, editors: list[tuple[str, str]]) -> None:
    ref = parse_string(raw)
    assert (ref.kind, ref.container) == (kind, container)
    assert [(e.family, e.given) for e in ref.editors] == editors


def test_a_given_name_in_at_the_entry_start_is_kept() -> None:
    ref = parse_string("In Ho Park (Ed.). (2004). Korean temples. Seoul: Press.")
    assert [(e.family, e.given) for e in ref.editors] == [("Park", "In Ho")]
