"""Name lists joined by a conjunction ("Yan and Wang", "Gooding, Grabowski, and Hendershot",
Czech "a", Romanian "și"): the parts of a list, which of them a conjunction introduced, and
whether one-word parts are family names alone; and whether a full stop closes the author
run (`list_stopped`), as a bibliography closes its names."""

from __future__ import annotations

import re
from itertools import product

from claimcheck.parse.assemble import Run
from claimcheck.parse.onename import INITIALS, is_rank, is_suffix

# "and" in other languages (Vietnamese "và", Russian "и", Ukrainian "і", Greek "και", Persian
# and Arabic "و", whose comma "،" `names.split_names` reads as ",", with the common ones);
# lower-case only, since "E" or "I" may be an initial. Czech and Slovak "a", Finnish and
# Estonian "ja", Indonesian and Malay "dan", Lithuanian "ir", Latvian "un", Basque "eta",
# Slovenian "in" only after an initial's stop or a name in capitals ("S. D. VERESOGLOU a E.
# VERBRUGGEN", "Novák, J. a Svoboda", "Vinik, A. I. ja Ziegler, D."; "ja", "dan", "in" and
# the three after the serial comma too: "Fan, S., dan Zhang, Z.", "Lin, D.M., in Goodman,
# C.S."), not inside a name ("Thomas a Kempis"), nor a title's "in" run into the names
# ("Lecture notes in Earth Sciences", ", in: Book"). "in" only before a name: an initial, a
# word and its comma or initials, or capitals ("in Kovač, M.", "in Kovač M", "in M. Kovač");
# not before a Dutch particle ("in 't Veld") nor a noun ("Müller, K. in Zusammenarbeit mit
# Schulz, P."). Spanish "y" in capitals only before a name in capitals ("GARCÍA, J. Y LÓPEZ,
# M."), or after an initial's stop before a family name and its comma ("Pérez, J. Y Gómez,
# M."): else "Y" is an initial ("S Y Wijaya", "C Y Lee").
_CAPITAL = r"(?![a-zß-ÿ])[^\W\d_]"  # any script's capital ("Ž", "Č"), as far as re can tell
# a name after "in": an initial, a word and its comma or initials, or a word in capitals
_NAME = rf"{_CAPITAL}(?:\.|[^\s,.]+(?:,|\s+[A-ZÀ-Þ]{{1,3}}\b)|(?:{_CAPITAL})+\b)"
CONJUNCTION = re.compile(
    r"\s*(?:&|\b(?:and|et|und|with|(?-i:y|Y(?=\s+[A-ZÀ-Þ]{2,}\b)|"
    r"(?<=\.\s)Y(?=\s+[A-ZÀ-Þ][^\s,.]+,))|"
    r"(?-i:e|i|ve|og|och|en|és|și|şi|và|и|і|και|و))\b|"
    r"(?-i:(?<=[.A-Z])\s+a|(?<=[.A-Z,])\s+in(?=\s+" + _NAME + r")"
    r"|(?<=[.A-Z,])\s+(?:ja|dan|ir|un|eta)))\s+",
    re.IGNORECASE)
# Vietnamese, Russian, Ukrainian and Greek "and" join two names only before a capitalised
# word that no lower-case word follows ("и Петров П. П.", "и Петров Пётр", "và Trần Thị
# Bình", "και Νικολάου, Α."): a sentence-case title run into the names ("Мир и война",
# "Теория упругости и пластичности") or a body's name ("Министерство образования и науки
# РФ", "Bộ Tài nguyên và Môi trường") goes on in lower case after them (`_name_follows`).
_CASED_ONLY = frozenset({"và", "и", "і", "και"})
# the next word, and the first letter of the word after it
_NEXT_WORDS = re.compile(r"(\S+)(?:\s+(\S))?")
# Every word a `CONJUNCTION` match joins by, in each form its case-blind words can take (re
# reads "I", "İ" and "ı" as "i"): each match holds one as a whole word (`\b` or spaces on
# both sides), so a list with none of them, nor "&", is not scanned (three lists in four; the
# scan tries every character, the words are found ~4x faster: `may_join`)
_BLIND_FORMS = {"i": "iIİı"}
_JOINING_WORDS = frozenset(
    "".join(letters) for word in ("and", "et", "und", "with")
    for letters in product(*(_BLIND_FORMS.get(c, c + c.upper()) for c in word))
) | frozenset(("y", "Y", "e", "i", "ve", "og", "och", "en", "és", "și", "şi", "và", "и", "і",
               "και", "و", "a", "in", "ja", "dan", "ir", "un", "eta"))
_WORD = re.compile(r"\w+")
_JOINED = "\x01"  # marks, inside `joined_parts`, a part that a conjunction introduced
_SERIAL = "\x02"  # ... and one that a comma and a conjunction introduced (", and Bell")
_NONE: frozenset[int] = frozenset()


def joined_parts(text: str) -> tuple[list[str], frozenset[int], frozenset[int]]:
    """The comma-separated parts, which of them a conjunction introduced, and which a comma
    and a conjunction (the serial comma: ", and Bell")."""
    if may_join(text):
        text = CONJUNCTION.sub(_mark, text)
    if _JOINED not in text and _SERIAL not in text:  # (nothing joined: the parts alone)
        return [p.strip() for p in text.split(",") if p.strip(" .")], _NONE, _NONE
    parts = [p.strip() for p in text.split(",") if p.strip(" ." + _JOINED + _SERIAL)]
    joined = frozenset(i for i, p in enumerate(parts) if p[:1] in (_JOINED, _SERIAL))
    serial = frozenset(i for i, p in enumerate(parts) if p.startswith(_SERIAL))
    return [p.lstrip(_JOINED + _SERIAL + " ") for p in parts], joined, serial


def may_join(text: str) -> bool:
    """Whether `CONJUNCTION` may match in `text` (False: it cannot)."""
    return "&" in text or not _JOINING_WORDS.isdisjoint(_WORD.findall(text))


def _mark(match: re.Match[str]) -> str:
    # (Spanish "y" also joins a double family name, "Ramón y Cajal S": not marked)
    word = match.group().strip()
    if word.lower() == "y":
        return ", "
    if word in _CASED_ONLY and not _name_follows(match):
        return match.group()
    # (the one character before: a copy of the text before would make long lists quadratic)
    comma = match.string[match.start() - 1:match.start()] == ","
    return ", " + (_SERIAL if comma else _JOINED)


def _name_follows(match: re.Match[str]) -> bool:
    """After "и", "і", "và", "και": a capitalised word that no lower-case word follows; if it
    closes the list or its sentence alone, after a name alone or an initial's stop ("Иванов и
    Петров", "Иванов И. и Петров"), not after a whole word that closes a body's name or opens
    a title ("Υπουργείο Παιδείας και Θρησκευμάτων", "Иванов И. И. Физика и Химия. М.")."""
    after = _NEXT_WORDS.match(match.string, match.end())
    if not after or not after.group(1)[0].isupper() or (after.group(2) or "A").islower():
        return False
    word = after.group(1)
    if after.group(2) is not None and not (word.endswith(".") and len(word) > 2):
        return True
    # (a bounded look back, as below)
    before = match.string[max(0, match.start() - 80):match.start()].rsplit(",", 1)[-1].split()
    return len(before) == 1 or (bool(before) and before[-1].endswith("."))  # (", и": none)


def may_pair_across(part: str) -> bool:
    """A part after a conjunction that cannot be a person of its own: initials alone (a
    misplaced "and": "Wiebauer, and K., Jiricny, J."), or two full words and more, which may
    be the rest of an organisation's name ("Health and Retirement Study")."""
    words = part.split()
    return all(INITIALS.match(w) for w in words) or (
        len(words) > 1 and not any(INITIALS.match(w) for w in words))


def one_word_names(parts: list[str], joined: frozenset[int]) -> bool:
    """Three parts or more, each one capitalised word (no initials), the last after a
    conjunction: "Gooding, Grabowski, and Hendershot", "Grimm, Jacob, and Wilhelm"."""
    last = len(parts) - 1
    return last >= 2 and last in joined and all(map(_one_word, parts))


def families_only(parts: list[str], joined: frozenset[int], serial: frozenset[int],
                  text: str, stopped: bool = False) -> bool:
    """"Gooding, Grabowski, and Hendershot", "Chiba, Nakanishi, Fukuda & Yata": one-word names
    with a comma before the conjunction or four parts and more. A given name printed first
    makes the last part two words ("Smith, John, and Jane Doe"), so a lone word there is a
    family name, and so are the words before it; but "Curie, Pierre and Marie", "Webb,
    Sidney and Beatrice" are a couple sharing one family name, so three parts without the
    serial comma pair up. (Asked only where no full stop closes the list: see
    `names.split_names`.) With no conjunction at all, three of them, which cannot be a family
    and given pair and a third name printed so ("Koch, Reichling, Schneele 2008", an
    author-date label; not "Smith, John, Doe, Jane", pairs; "Hershey, Robert, Jr.", a suffix;
    nor five, "Bernardi, Laura, Keim, Sylvia, Lippe", where the last lost its given name),
    printed with two commas (`text`, the list: "Ortega y Gasset, José" is one name), and
    not closed by a full stop (`stopped`: a bibliography's "Smith, John, Jones." inverts its
    first name), nor by a rank ("Scott, Walter, Sir", as catalogues print it)."""
    if not joined:
        return not stopped and len(parts) == 3 and text.count(",") == 2 \
            and all(map(_one_word, parts)) and not any(map(is_suffix, parts)) \
            and not is_rank(parts[2])
    return one_word_names(parts, joined) and (len(parts) > 3 or len(parts) - 1 in serial)


def _one_word(part: str) -> bool:
    return " " not in part and part[:1].isupper() and part[1:].islower()


def list_stopped(text: str, labelled: tuple[Run, ...]) -> bool:
    """Whether a full stop closes the author run ("Grimm, Jacob, and Wilhelm. Title"), as a
    bibliography closes its names, not a comma (a note's "Gooding, Grabowski, and Hendershot,
    Pension Economics") or a date ("Chiba, Nakanishi, Fukuda & Yata (2010)")."""
    run = next((r for r in labelled if r.label == "author"), None)
    if run is None:
        return False
    names = text[run.start:run.end].rstrip()
    return names.endswith(".") or (names[-1:].isalpha() and text[run.end:].lstrip()[:1] == ".")
