"""Misreadings of note layouts by the tagger, put right on the tagged fields: a chapter in a
book by the same author (`book_author`), a name printed given name first before a short title
(`given_first_title`), a book's imprint parenthesis read into its title (`imprint_out`)
and a "no place" mark ("s. l.", "o. O.") read into a title or container (`no_place_out`);
`note_fields` also applies the law journals' layouts (`lawjournals`), a credit after the
title (`credits`), the editors' cues (`editors`), a title's inner full stop (`subtitles`),
the imprint's repairs (`imprints`) and an archive's reference (`archives`).
Each is tried only where its cue is printed.
"""

from __future__ import annotations

import re

from claimcheck.parse.archives import ARCHIVE, archived_out
from claimcheck.parse.bareimprint import bare_imprint
from claimcheck.parse.bracketnames import bracketed_given_names
from claimcheck.parse.credits import credited_out, imprint_credit
from claimcheck.parse.dashednames import dashed_names
from claimcheck.parse.editors import directed_book, editor_cues
from claimcheck.parse.imprints import PRESS as _PRESS
from claimcheck.parse.imprints import (
    edition_imprint,
    imprint_out_of_book,
    parenthesis_after_credit,
    place_and_publisher,
)
from claimcheck.parse.lawjournals import journal_out_of_title, year_first_article, year_journal
from claimcheck.parse.newspaper import newspaper
from claimcheck.parse.notebooks import initials_first_book
from claimcheck.parse.notenumbers import numbers_and_cues, page_cue_out
from claimcheck.parse.polishnotes import polish_book
from claimcheck.parse.slashednotes import slashed_authors, spaced_slashed_authors
from claimcheck.parse.subtitles import (
    place_out_of_container,
    subtitle_out_of_container,
    title_out_of_names,
    title_out_of_no_place,
)
from claimcheck.vocabulary import ARTICLES, NO_PLACE_MARK, PLACE_NAMES, YEAR_DIGITS

# (Place: Publisher, 1958), (Routledge 1966), (Tübingen, 1963): words, then the year
_IMPRINT = re.compile(rf"\((?=[^()]*[^\W\d_])[^()]*\b{YEAR_DIGITS}[a-z]?\)")
_YEAR_CLOSE = rf"\s+{YEAR_DIGITS}[a-z]?\)"
# A place or a publisher without a publisher's word ("Oxford", "Holt, Rinehart and Winston",
# "List"): capitalised words (not an acronym: "ILSVRC"), joined by "and", "&", "of", "de";
# or "n.p." (no place, no publisher), which is a book's imprint too.
_NAMED_IMPRINT = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ'’.-]+(?:,?\s+(?:and|&|of|de|[A-ZÀ-Þ][a-zà-ÿ'’.-]+))*|n\.\s?p\.?")
# A firm's names joined by "and" or "&" ("Sheed and Ward", "Holt, Rinehart and Winston"): a
# publisher, where a lone word or two may as well be a place
_FIRM = re.compile(r"\s(?:and|&)\s+[A-ZÀ-Þ]")
# ... not places joined by "and" ("(Chicago and Toronto, 1961)", "(Lincoln and London,
# 1990)"): no name of a firm is a city's
_PLACE = re.compile(PLACE_NAMES)
_FIRM_PARTS = re.compile(r",?\s+(?:and|&)\s+|,\s+")
_MORE_NAMES = re.compile(r"\b[A-ZÀ-Þ]\.|\bet al\b|&")
_INITIAL = re.compile(r"\s*\w\b")  # a name opening with an initial ("J. Doe", "H Kelsen")
_GIVEN_FIRST = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]*\.?|[A-ZÀ-Þ]\.)(?:\s+(?:[A-ZÀ-Þ][\w'’-]*\.?|de|van|von|der)){1,3}")


def note_fields(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields with the misreadings of note layouts below put right: a book read as its
    author, a given-name-first author in the title, a bracketed imprint in the title or
    container, an OSCOLA/AGLC article read as an ordinary one."""
    if "/" in text[:80]:
        fields = spaced_slashed_authors(slashed_authors(fields, text), text)
    fields = dashed_names(bracketed_given_names(fields))
    if not fields.get("title") or not fields.get("container"):
        fields = initials_first_book(year_journal(fields, text), text)
    fields = polish_book(fields, text)
    fields = imprint_out(given_first_title(book_author(fields), text), text)
    fields = imprint_credit(credited_out(year_first_article(fields, text), text), text)
    fields = newspaper(no_place_out(editor_cues(directed_book(fields), text)), text)
    fields = _imprints(_subtitles(page_cue_out(fields, text), text), text)
    return numbers_and_cues(journal_out_of_title(fields, text), text)


def _subtitles(fields: dict[str, str], text: str) -> dict[str, str]:
    """The rules of `subtitles`, each tried only where its field is read."""
    if ", " in fields.get("author", ""):
        fields = title_out_of_no_place(title_out_of_names(fields, text), text)
    if fields.get("container"):
        fields = place_out_of_container(subtitle_out_of_container(fields, text), text)
        if fields.get("location") or fields.get("kind") == "chapter":
            fields = imprint_out_of_book(fields)
    return fields


def _imprints(fields: dict[str, str], text: str) -> dict[str, str]:
    """The imprint rules of `imprints`, each tried only where its mark is printed."""
    if "(" in text:
        fields = edition_imprint(parenthesis_after_credit(fields, text), text)
        fields = bare_imprint(fields, text)
    if "," in fields.get("location", ""):
        fields = place_and_publisher(fields, text)
    # (the archive's words looked for by substring first: the regex tries every word)
    if ("rchiv" in text or "Record Office" in text or "Staatsbib" in text) and \
            ARCHIVE.search(text):
        fields = archived_out(fields, text)
    return fields


def book_author(fields: dict[str, str]) -> dict[str, str]:
    """A chapter in a book by the same author, as MHRA and Oxford notes print it ("‘Essay’,
    in W. Hutton, Collected Essays, ed. ..."): the book's title starts after the author's
    names repeated and a comma."""
    author, container = fields.get("author", "").strip(" ,."), fields.get("container", "")
    if len(author) < 4 or not container.startswith(author):
        return fields
    rest = container[len(author):]
    if not rest.startswith(", ") or len(rest) < 6:
        return fields
    return {**fields, "container": rest[2:].strip()}


# What follows a book's title in a note printed without brackets: its volume ("Bd. 3", "vol.
# 2", "t. 1"), an editor's or translator's credit ("hrsg. v.", "ed."), its edition ("5.
# Aufl.", "2nd edn"), "Place: Publisher", a common place
_BOOK_AFTER = re.compile(
    r"\s*,\s*(?:(?:Bd|Band|[Vv]ol|t|tome|tomo|Teil|Tl)\.?\s*(?:\d|[IVX]+\b)"
    r"|(?:hrsg|hg|ed|trans|übers|trad)\.\s|edited\s+by\s"
    r"|\d+\.?\s*(?:Aufl|Auflage|ed|éd|edn|wyd)\b|\d+(?:st|nd|rd|th)\s+edn?\b"
    rf"|(?:{PLACE_NAMES})\b|[A-ZÀ-Þ][\w.-]+(?:\s+[A-ZÀ-Þ][\w.-]+)?\s*:\s*[A-ZÀ-Þ])")


def given_first_title(fields: dict[str, str], text: str) -> dict[str, str]:
    """A note's "Raymond Williams, Culture and Society (London: Chatto & Windus, 1958)": the
    tagger may read names and a short title as one author; given-first names (each of the
    first's form, initial or given name, no article) end at a comma when no title was read,
    no initials follow and "(Place: Publisher, Year)" or a volume, edition or imprint after a
    comma follows ("Karl Lamprecht, Deutsche Geschichte, Bd. 1", "John Smith, Mary Jones, X")."""
    if fields.get("title"):  # most entries: nothing to do, so no test of the names' parts
        return fields
    author = fields.get("author", "")
    parts = author.strip(" ,").split(",")
    count = next((i for i, name in enumerate(parts[:-1]) if not _GIVEN_FIRST.fullmatch(
        name.strip()) or name.split()[0].lower() in ARTICLES
        or bool(_INITIAL.match(name)) != bool(_INITIAL.match(author))), len(parts) - 1)
    rest = ",".join(parts[count:]).strip(" ,.")
    if not count or not rest or _MORE_NAMES.search(author[len(parts[0]):]):
        return fields
    end = text.find(author)
    if not _IMPRINT.search(text) and (end < 0 or "," in rest
                                      or not _BOOK_AFTER.match(text, end + len(author))):
        return fields  # (one part after the names: "Karl Marx, Friedrich Engels, Werke" has two)
    return {**fields, "author": ",".join(parts[:count]).strip(), "title": rest}


def imprint_out(fields: dict[str, str], text: str) -> dict[str, str]:
    """A book's imprint parenthesis read into its title ("Counterfactuals (Harvard University
    Press" before ", 1973)"; OSCOLA's "(List 1990)"), or into a container when no title was
    read ("Decrees of the Councils (Sheed and Ward, 1990)": the book's title): the field ends
    before it. A year closing the parenthesis in the text is the cue; a container's needs its
    comma ("Proceedings (SIGMOD 2010)" is a meeting's name), and a number inside is a document's
    ("(ISO 9001, 2015)"). "Place: Publisher" and a name with a publisher's word are kept as
    such, and so is a firm's names joined by "and" ("Sheed and Ward"); "n.p." and a lone word
    (place or publisher) are not. Only a place or publisher
    makes the entry a book ("(Conference paper, 2015)", "(ILSVRC 2012)" do not)."""
    name = "title" if fields.get("title") else "container"
    value = fields.get(name, "")
    at = value.rfind(" (")
    if at < 1 or not value.endswith(")") or (name == "title" and fields.get("container")):
        return fields
    inside = value[at + 2:-1]
    if re.search(r"\d", inside):  # a document's number ("ISO 9001", "Cm 2263", "NG136")
        return fields
    comma = "," if name == "container" else ",?"
    if not re.search(re.escape("(" + inside) + r"\.?" + comma + _YEAR_CLOSE, text):
        return fields
    place, colon, press = inside.rpartition(":")
    press = press.strip()
    if fields.get("publisher") and fields["publisher"] != press:
        return fields
    out = {k: v for k, v in fields.items() if k != "container"}
    out["title"] = value[:at].strip(" ,.")
    if colon or _PRESS.search(press) or _NAMED_IMPRINT.fullmatch(press):
        out.setdefault("kind", "book")  # a title with its own imprint is a book
    if colon and place.strip() and not fields.get("location"):
        out["location"] = place.strip()
    if colon or _PRESS.search(press) or (_FIRM.search(press) and _NAMED_IMPRINT.fullmatch(press)
                                            and not _places(press)):
        out["publisher"] = press
    elif _FIRM.search(press) and _places(press) and not fields.get("location"):
        out["location"] = press  # "(Chicago and Toronto, 1961)"
    return out


def _places(press: str) -> bool:
    """Whether a part of names joined by "and", "&" or a comma is a common place ("Chicago and
    Toronto", "Lincoln and London"): no firm's name is a city's ("Harper and Row")."""
    return any(_PLACE.fullmatch(part) for part in _FIRM_PARTS.split(press))


# "s. l." (sine loco), "s. n." (sine nomine), "s. d.", "o. O." / "o. J." (ohne Ort / Jahr),
# "n. p." / "n. d.": an imprint without place, publisher or year, at the end of a field
_NO_PLACE = re.compile(rf"(?:,\s*(?:{NO_PLACE_MARK})\b\.?)+$")


def no_place_out(fields: dict[str, str]) -> dict[str, str]:
    """A title or container that runs on into the "no place" mark after it ("Photographic
    Emulsion Chemistry, s. l" before "., Focal Press"): the field ends before the mark."""
    out = fields
    for name in ("title", "container"):
        value = fields.get(name, "")
        # searched in the field's tail only: at most three marks, and a long run of them
        # ("..., s. l, s. l, ...") would cost a try at each
        # (every match opens with a comma: most fields print none in their tail)
        found = _NO_PLACE.search(value, max(0, len(value) - 30)) if "," in value[-30:] \
            else None
        cut = value[: found.start()] if found else value
        if cut != value and cut.strip(" ,.;:"):
            out = {**out, name: cut.strip(" ,.;:")}
    return out
