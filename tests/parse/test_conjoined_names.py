"""Name lists joined by a conjunction: "and" (or "et", "und", Czech "a", Romanian "și")
always separates two persons, so no "Family, Given" pair spans it; a list of single-word
family names ending "..., and Family" (short and legal notes) is all family names."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.names import split_names


def _names(text: str) -> list[tuple[str, str]]:
    return [(a.family, a.given) for a in split_names(text).authors]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Yan and Wang", [("Yan", ""), ("Wang", "")]),
        ("Freeman & Gurdon", [("Freeman", ""), ("Gurdon", "")]),
        ("Ortaldo and RB Herberman", [("Ortaldo", ""), ("Herberman", "RB")]),
        ("Gooding, Grabowski, and Hendershot",
         [("Gooding", ""), ("Grabowski", ""), ("Hendershot", "")]),
        ("Duranceau, Townley, and Bell", [("Duranceau", ""), ("Townley", ""), ("Bell", "")]),
        ("Tanda, Mullor, Corces, and Bell",
         [("Tanda", ""), ("Mullor", ""), ("Corces", ""), ("Bell", "")]),
        ("Schmidt und Meyer", [("Schmidt", ""), ("Meyer", "")]),
        ("Dupont et Durand", [("Dupont", ""), ("Durand", "")]),
    ],
)
def test_family_names_joined_by_a_conjunction_are_two_persons(
        text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # inverted names keep their given names: the conjunction is between the pairs
        ("Smith, John and Jones, Mary", [("Smith", "John"), ("Jones", "Mary")]),
        ("Müller, Hans und Schmidt, Karl", [("Müller", "Hans"), ("Schmidt", "Karl")]),
        ("Smith, J. and Jones, M.", [("Smith", "J."), ("Jones", "M.")]),
        ("Smith, John, and Jane Doe", [("Smith", "John"), ("Doe", "Jane")]),
        ("Sartre, Jean-Paul, and Simone de Beauvoir",
         [("Sartre", "Jean-Paul"), ("de Beauvoir", "Simone")]),
        ("Jauss, Hans-Robert", [("Jauss", "Hans-Robert")]),
        ("Levin, David", [("Levin", "David")]),
        ("Bourdieu, Pierre, Wacquant, Loïc", [("Bourdieu", "Pierre"), ("Wacquant", "Loïc")]),
    ],
)
def test_inverted_names_still_pair_up(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("RILLIG, M. C., J. ANTONOVICS, S. D. VERESOGLOU a E. VERBRUGGEN",
         [("RILLIG", "M. C."), ("ANTONOVICS", "J."), ("VERESOGLOU", "S. D."),
          ("VERBRUGGEN", "E.")]),
        ("Novák, J. a Svoboda, P.", [("Novák", "J."), ("Svoboda", "P.")]),
        ("MEHRA, P. N. și PURI, H. S.", [("MEHRA", "P. N."), ("PURI", "H. S.")]),
        ("Popescu, Ion şi Ionescu, Maria", [("Popescu", "Ion"), ("Ionescu", "Maria")]),
    ],
)
def test_czech_and_romanian_conjunctions(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Vinik, A. I. ja Ziegler, D.", ["Vinik", "Ziegler"]),  # Finnish, Estonian
        ("Kaneko, T., Minamisawa, K. dan Isawa, T.", ["Kaneko", "Minamisawa", "Isawa"]),
        ("Zhu, J. dan Liang, X.-Z.", ["Zhu", "Liang"]),  # Indonesian, Malay
        ("Du, X., dan Song, W.", ["Du", "Song"]),
        ("Grant, P. E. in Wedeen, V.", ["Grant", "Wedeen"]),  # Slovenian
        ("Grant PE in Wedeen V", ["Grant", "Wedeen"]),
        # Dutch "in 't Veld", "in der Maur" is a particle, not "and"
        ("Jansen, P. and in 't Veld, R.", ["Jansen", "in 't Veld"]),
        ("Dan Smith and Dan Jones", ["Smith", "Jones"]),
    ],
)
def test_and_in_finnish_indonesian_and_slovenian(text: str, families: list[str]) -> None:
    assert [a.family for a in split_names(text).authors] == families


def test_in_before_a_noun_is_no_conjunction() -> None:
    # German "in Zusammenarbeit mit": "in" joins only before a name
    names = split_names("Müller, K. in Zusammenarbeit mit Schulz, P.")
    families = [a.family for a in names.authors]
    assert families[:2] == ["Müller", "Schulz"]


def test_a_lower_case_a_inside_a_name_is_no_conjunction() -> None:
    # only between two names: "Thomas a Kempis" is one name, printed alone
    assert [a.family for a in split_names("Thomas a Kempis").authors] != ["Thomas", "Kempis"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # initials alone after a misplaced "and" still go with the name before
        ("Hsuan, J.J., Wiebauer, and K., Jiricny, J.",
         [("Hsuan", "J.J."), ("Wiebauer", "K."), ("Jiricny", "J.")]),
        # Spanish "y" also joins a double family name
        ("Agüera y Arcas B, Fairhall AL", [("Agüera", "Arcas B"), ("Fairhall", "AL")]),
    ],
)
def test_where_a_conjunction_keeps_the_old_pairing(
        text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vicens Vives, Jaime", [("Vicens Vives", "Jaime")]),
        ("García de Enterría, Eduardo", [("García de Enterría", "Eduardo")]),
        ("Le Roy Ladurie, Emmanuel", [("Le Roy Ladurie", "Emmanuel")]),
        ("Lloyd George, David", [("Lloyd George", "David")]),
        # two names printed given name first stay two persons
        ("John Smith, Mary Jones", [("Smith", "John"), ("Jones", "Mary")]),
    ],
)
def test_a_family_name_of_several_words_inverted(
        text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", ["Curie, Pierre and Marie", "Webb, Sidney and Beatrice"])
def test_a_couple_sharing_a_family_name_keeps_the_first_given_name(text: str) -> None:
    # three single words without the serial comma: "Family, Given and Given" may be a couple
    # (the second's family name is not printed), so the first pair stays
    names = _names(text)
    assert names[0] == tuple(text.replace(" and", ",").split(", ")[:2])
    assert len(names) == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Grimm, Jacob, and Wilhelm. Kinder- und Hausmärchen. Berlin, 1812.",
         [("Grimm", "Jacob"), ("Grimm", "Wilhelm")]),
        ("Lumière, Auguste, et Louis. Notice sur le cinématographe. Lyon, 1897.",
         [("Lumière", "Auguste"), ("Lumière", "Louis")]),
        ("Curie, Pierre and Marie. Oeuvres. Paris: Gauthier-Villars, 1908.",
         [("Curie", "Pierre"), ("Curie", "Marie")]),
        ("Brontë, Charlotte, Emily and Anne. Poems by Currer, Ellis, and Acton Bell. London: "
         "Aylott and Jones, 1846.", [("Brontë", "Charlotte"), ("Brontë", "Emily"),
                                     ("Brontë", "Anne")]),
        ("Kennedy, John, Robert, and Edward. The Kennedy Speeches. Boston, 1968.",
         [("Kennedy", "John"), ("Kennedy", "Robert"), ("Kennedy", "Edward")]),
        # a given name printed with its family name stays a person of its own
        ("Marx, Karl, and Friedrich Engels. The Communist Manifesto. London, 1848.",
         [("Marx", "Karl"), ("Engels", "Friedrich")]),
    ],
)
def test_one_word_names_closed_by_a_full_stop_share_the_first_family_name(
        text: str, names: list[tuple[str, str]]) -> None:
    # a bibliography's list inverts its first name: the one-word names after it are given
    # names (siblings, a couple); family names alone are a note's or an author-date list's
    assert [(a.family, a.given) for a in parse_string(text).authors] == names


def test_family_names_alone_before_a_comma_or_date() -> None:
    ref = parse_string("Gooding, Grabowski, and Hendershot, Pension Economics (2002).")
    assert [a.family for a in ref.authors] == ["Gooding", "Grabowski", "Hendershot"]
    ref = parse_string("Chiba, Nakanishi, Fukuda & Yata (2010). Liver regeneration. "
                       "Hepatology, 51, 12-20.")
    assert [a.family for a in ref.authors] == ["Chiba", "Nakanishi", "Fukuda", "Yata"]
    # (an ampersand joins a science list, even one closed by a full stop)
    ref = parse_string("Chiba, Nakanishi, Fukuda & Yata. Liver regeneration. Hepatology 51 "
                       "(2010): 12-20.")
    assert [a.family for a in ref.authors] == ["Chiba", "Nakanishi", "Fukuda", "Yata"]


def test_no_inverted_family_name_where_the_title_ran_into_the_list() -> None:
    # the tagger read "Middlemarch" into the names: no title apart, so "George Eliot" is a
    # name in natural order, not a family name of two words
    ref = parse_string("George Eliot, Middlemarch. Edinburgh: Blackwood, 1871.")
    assert (ref.authors[0].family, ref.authors[0].given) == ("Eliot", "George")


class _Watched(str):
    """A text that records the length of every slice taken of it."""

    sliced: list[int]

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        piece = str.__getitem__(self, key)
        if isinstance(key, slice):
            self.sliced.append(len(piece))
        return piece


@pytest.mark.parametrize(("text", "serial"), [("Gooding, Grabowski, and Hendershot", True),
                                               ("Gooding, Grabowski and Hendershot", False)])
def test_a_conjunction_reads_only_the_character_before_it(text: str, serial: bool) -> None:
    # (copying the whole text before every conjunction made long lists quadratic)
    from claimcheck.parse.conjoined import CONJUNCTION, joined_parts

    watched = _Watched(text)
    watched.sliced = []
    match = CONJUNCTION.search(watched)
    assert match is not None and match.string is watched
    from claimcheck.parse import conjoined

    conjoined._mark(match)
    assert max(watched.sliced, default=0) <= 1
    assert (2 in joined_parts(text)[2]) is serial


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("M Isabelle, P Chan et S Y Wijaya", [("Isabelle", "M"), ("Chan", "P"),
                                              ("Wijaya", "S Y")]),
        ("J Smith and C Y Lee", [("Smith", "J"), ("Lee", "C Y")]),
        # a conjunction still: lower case, or in capitals before a name in capitals
        ("García, J. y López, M.", [("García", "J."), ("López", "M.")]),
        ("GARCÍA, J. Y LÓPEZ, M.", [("GARCÍA", "J."), ("LÓPEZ", "M.")]),
        # after an initial's stop and before a family name and its comma
        ("Pérez, J. Y Gómez, M.", [("Pérez", "J."), ("Gómez", "M.")]),
    ],
)
def test_capital_y_is_an_initial(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # "and" as CSL's Vietnamese, Russian, Ukrainian, Greek, Lithuanian, Latvian and Basque
        # locales print it
        ("Yadav U.C. và Baquer N.Z.", ["Yadav", "Baquer"]),
        ("Nguyen, V. A. và Tran, T. H.", ["Nguyen", "Tran"]),
        ("Иванов И. И. и Петров П. П.", ["Иванов", "Петров"]),
        ("Шевченко, Т. і Коваль, О.", ["Шевченко", "Коваль"]),
        ("Παπαδόπουλος, Γ. και Νικολάου, Α.", ["Παπαδόπουλος", "Νικολάου"]),
        ("Kazlauskas, J. ir Petrauskas, A.", ["Kazlauskas", "Petrauskas"]),
        ("Bērziņš, A. un Kalniņš, J.", ["Bērziņš", "Kalniņš"]),
        ("Etxeberria, J. eta Agirre, M.", ["Etxeberria", "Agirre"]),
    ],
)
def test_and_as_more_csl_locales_print_it(text: str, families: list[str]) -> None:
    assert [a.family for a in split_names(text).authors] == families


@pytest.mark.parametrize(
    ("text", "families"),
    [("Ruiz, M., Eta, K.", ["Ruiz", "Eta"]), ("Unger, P., Un, L.", ["Unger", "Un"])],
)
def test_capitalised_names_like_those_words_stay(text: str, families: list[str]) -> None:
    assert [a.family for a in split_names(text).authors] == families


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a sentence-case title run into the names, or a body's name: the word after "и",
        # "і", "và", "και" is lower case, or a capitalised word goes on in lower case
        ("Иванов И. И. Мир и война", 1),
        ("Иванов И. И., Петров П. П. Теория упругости и пластичности", 2),
        ("Министерство образования и науки РФ", 1),
        ("Міністерство освіти і науки України", 1),
        ("Bộ Tài nguyên và Môi trường", 1),
        ("Υπουργείο Παιδείας και Θρησκευμάτων", 1),
        ("Иванов И. И. Физика и Химия. М.", 1),
        # a name after them is capitalised: "и Петров П.", "và Trần Thị", "и Петров Пётр"
        ("Иванов Иван и Петров Пётр", 2),
        ("Nguyễn Văn An và Trần Thị Bình", 2),
        ("Παπαδόπουλος Γ. και Νικολάου Α.", 2),
        ("Παπαδόπουλος και Νικολάου", 2),
        ("Иванов И. и Петров", 2),
        ("Иванов И. и Петров. М.", 2),
    ],
)
def test_and_in_a_title_or_a_bodys_name_joins_no_names(text: str, count: int) -> None:
    assert len(split_names(text).authors) == count


@pytest.mark.parametrize("text", [
    "Иванов И. И., и Петров (1990). Теория упругости. Москва: Наука.",
    "Smith, J., και Νικολάου. 2001. Title of the work. Athens: Kastaniotis.",
    "Nguyễn, V., và Trần. 2015. Tên sách. Hà Nội: NXB.",
])
def test_a_cased_and_after_a_serial_comma_is_read_without_a_crash(text: str) -> None:
    """Final read of session 18: "и", "και", "và" straight after a comma left no word before
    them, and `_name_follows` raised IndexError (refs and claims stopped with exit 2)."""
    assert parse_string(text).authors
