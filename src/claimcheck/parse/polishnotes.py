"""Polish notes' chapters and edited books: "A. Nowak, Rosja i Polska, w: Dzieje Europy
Wschodniej, red. J. Kłoczowski, Lublin 2000, s. 112–130", "„Tytuł”, [w:] Księga, red. X,
Kraków 1999", "J. Kowalski, Szkice, red. A. Nowak, Kraków 1999, s. 5" (`polish_book`).

Polish styles (PN-ISO 690 and the humanities' own) print a chapter's book after "w:" ("in:")
and its editors after "red." (redakcja; "pod red.", "oprac." for a compiler) with the
place and year after them. The tagger, which knows "in:" and "ed.", runs the title on into
"w: Book, red" and reads the editors as the container. Read only when the note prints "w:"
(with its colon, or bracketed "[w:]") before a capitalised word or a quote, or ", red. "
before an initial: the title ends before the cue, the book runs to the editors' cue or the
imprint (a quoted name with no editors is a journal's: "[w:] „Kwartalnik Historyczny” 1990,
nr 3"), the editors to the next comma or semicolon or a stop before a capital ("red. A.
Szczeklik. Kraków: MP; 2005"), the place (and a publisher after its colon) comes before the
year.
"""

from __future__ import annotations

import re

from claimcheck.vocabulary import ARTICLES, YEAR_DIGITS

_OPEN = "A-ZÀ-ÞŁŚŻŹĆŃ„“«\""
_IN = re.compile(rf"(?:,|\s)\s*(?:\[w:?\]|w:)\s+(?=[{_OPEN}])")
# the editors begin like a name: an initial, or a given name and a family name
_EDITORS = re.compile(r",\s*(?:pod\s+red\.|red\.|oprac\.)\s+"
                      r"(?P<names>(?:[A-ZÀ-ÞŁŚŻŹ]\.|[A-ZÀ-ÞŁŚŻŹ][a-zà-ÿąćęłńóśźż]+\s+[A-ZÀ-ÞŁŚŻŹ])"
                      r"[^,;]*?)(?=[,;]|(?<=[a-zà-ÿąćęłńóśźż]{2})\.\s+[A-ZÀ-ÞŁŚŻŹ])")
_IMPRINT = re.compile(
    rf",\s*(?P<place>[A-ZÀ-ÞŁŚŻŹ][\w.-]*(?:[\s–-]+[A-ZÀ-ÞŁŚŻŹ][\w.-]*)?)"
    rf"(?::\s*(?P<publisher>[^,]+?))?,?\s+(?P<year>{YEAR_DIGITS})\b")
_BOOK_END = re.compile(rf",\s*(?:pod\s+red\.|red\.|oprac\.|t\.\s*\d|s\.\s*\d)|{_IMPRINT.pattern}")


def polish_book(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields of a Polish chapter or edited book (see above), else `fields`."""
    if "w:" not in text and "red. " not in text and "oprac. " not in text:
        return fields  # (the cheap look first)
    cue = _IN.search(text)
    editors = _EDITORS.search(text, cue.end() if cue else 0)
    if editors is not None and editors["names"].split()[0].lower() in ARTICLES:
        editors = None  # "blue, red. The Painter's Guide": a title
    if cue is None and editors is None:
        return fields
    start = cue.end() if cue else 0
    imprint = _IMPRINT.search(text, editors.end() if editors else start)
    out = dict(fields)
    if cue is not None:
        end = _BOOK_END.search(text, start)
        book = text[start:end.start() if end else len(text)].strip(" ,.„”“\"")
        quoted = re.match(r"[„“\"«]([^”\"»]{3,})[”\"»]", text[start:])
        if quoted:  # a journal's name in quotes ("[w:] „Kwartalnik Historyczny” 1990, nr 3")
            book = quoted[1].strip()
        if len(book) < 3:
            return fields
        # (a quoted book has its editors: "w: „Księga pamiątkowa”, red. A. Kowalski")
        out.update(container=book, kind="article" if quoted and editors is None else "chapter")
        if out.get("publisher") == book:  # the book read as the publisher too
            del out["publisher"]
        out["title"] = title = _before_cue(fields.get("title", ""), text, cue.start())
        at = text.find(title) if title else -1
        if at > 0 and title in fields.get("author", ""):  # the names run on into the title
            out["author"] = text[:at].strip(" ,.„“\"")
    elif editors is None or not _title_before(fields, text, editors.start(), out):
        return fields
    if editors is not None:
        out["editor"] = editors["names"].strip()
    if imprint is not None:
        out.update(location=imprint["place"], date=imprint["year"])
        if imprint["publisher"]:
            out["publisher"] = imprint["publisher"].strip()
    return out


def _before_cue(title: str, text: str, at: int) -> str:
    """The title, ended before the chapter's cue it ran on into."""
    cut = re.split(r"(?:,|\s)\s*(?:\[w:?\]|w:)\s", title)[0].strip(" ,.„”“\"")
    return cut or text[:at].rsplit(",", 1)[-1].strip(" ,.„”“\"")


def _title_before(fields: dict[str, str], text: str, at: int, out: dict[str, str]) -> bool:
    """An edited book's author and title before ", red.": the last comma part before the cue
    is the title, the part before it the author (given as printed). Only for a note of
    exactly "Author, Title, red. ..."."""
    parts = [p.strip() for p in text[:at].split(",")]
    if len(parts) != 2 or not parts[1]:
        return False
    out.update(author=parts[0], title=parts[1].strip("„”“\""), kind="book")
    out.pop("container", None)
    return True
