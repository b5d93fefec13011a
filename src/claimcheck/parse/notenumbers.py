"""A journal's volume and issue as the note styles of central Europe print them, after the
journal and its year, each after its own word (`cued_numbers`):

- Polish "„Przegląd Historyczny” 1995, t. 86, z. 3, s. 301–320" (tom, zeszyt, numer), Czech
  and Slovak "Talanta. 2019, roč. 197, č. 3, s. 151–158" (ročník, číslo), German "Ardea 2008,
  Band 96, S. 73–80" (Band, Heft). The tagger, which has seen the volume printed bare after
  the journal, reads the cued number as the date's or as nothing: the number after a volume
  word is the volume, after an issue word the issue, where the parse has none (or only the
  year, or the year and the cued run: "2008, Band 96").

Only after the journal (the container read): a book's "t. 2" is left to the tagger, but
its cue word run into the title ("Historia Polski, t" before ". 2", "Metodologia historii,
wyd" before ". 3") is cut off (`cue_out_of_title`). Two more of the numbers' misreadings:
the year in brackets run into the container ("Proceedings of ... (1991), S. 192",
`year_out_of_container`), a page's word read as the journal ("(1992), S. 373",
`page_cue_out`) and a volume's word left at the journal's end ("Atmos Chem Phys, fasc. 12",
`volume_word_out`).
"""

from __future__ import annotations

import re

from claimcheck.vocabulary import YEAR_DIGITS

# The words are the styles' own: Polish tom / zeszyt / numer, Czech and Slovak ročník / číslo,
# German Band / Heft, Hungarian évfolyam / szám; a word of one letter only with its stop and
# in lower case ("T." may be an initial, Polish "z 1990 r." is "of 1990"), the others with
# their stop or a space; not inside a word or a range ("H1127-H1133")
_VOLUME = re.compile(r"(?<![\w.\-–])(?:t\.|(?:tom|roč|ročník|Roč|Band|Bd|évf)(?:\.|\s))\s*"
                     r"(\d{1,4})(?![\w/.-]*\d)(?=[\s,;.)]|$)")
_ISSUE = re.compile(r"(?<![\w.\-–])(?:[zčH]\.|(?:zesz|nr|Nr|Heft|sz|szám)(?:\.|\s))\s*"
                    r"(\d{1,4})(?=[\s,;.)]|$)")
_YEAR = re.compile(YEAR_DIGITS)
_ANY_CUE = re.compile(r"[tzčH]\.|tom|roč|Roč|Band|Bd|évf|nr|Nr|Heft|sz|zesz")


def numbers_and_cues(fields: dict[str, str], text: str) -> dict[str, str]:
    """`volume_word_out`, `cued_numbers`, `year_out_of_container` and `cue_out_of_title`,
    each tried only where its mark is printed."""
    # the volume's word out of the journal first: then `cued_numbers` finds it in the tail
    if "," in fields.get("container", ""):
        fields = volume_word_out(fields, text)
    fields = cued_numbers(fields, text)
    if fields.get("container", "").endswith(")"):
        fields = year_out_of_container(fields)
    return cue_out_of_title(fields, text) if "," in fields.get("title", "") else fields


def cued_numbers(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields with a cued volume and issue after the journal read (the rules above)."""
    container = fields.get("container", "")
    at = text.find(container) if container else -1
    if at < 0:
        return fields
    tail = text[at + len(container):]
    if not _ANY_CUE.search(tail):  # (the cheap look first: most journals print no cue word)
        return fields
    volume = fields.get("volume", "")
    # the year read as the date, or (the tagger may read it only once) as the volume alone
    year = _year(fields.get("date", "")) or (volume if _YEAR.fullmatch(volume) else "")
    cued = _VOLUME.search(tail)
    issue = _ISSUE.search(tail)
    cued = cued if cued and not _in_pages(tail, cued.start()) else None
    issue = issue if issue and not _in_pages(tail, issue.start()) else None
    # the volume unread, read as the year, or as the issue's number ("t. 12, nr 3" -> "3")
    unread = not volume or volume == year or (year and volume.startswith(year + ",")) \
        or (issue is not None and volume == issue[1]) \
        or (cued is not None and volume.startswith(cued[1] + ","))  # "117, č. 4, s"
    out = {**fields, "volume": cued[1]} if cued and unread else fields
    if issue and not fields.get("issue") and issue[1] != out.get("volume"):
        out = {**out, "issue": issue[1]}
        if _read_as_pages(fields, tail, issue):
            out.pop("pages")
    return out


def _read_as_pages(fields: dict[str, str], tail: str, issue: re.Match[str]) -> bool:
    """Whether the tagger read the cued number as the pages too, no number after it that may
    be theirs ("„Biblioteka Narodowa” 1971, nr 123.", "Geographische Hefte, Heft 80."): one
    number is one field, its word's (pages have their own: "Nr. 9606 (2008): 41–8")."""
    return fields.get("pages") == issue[1] and not re.search(r"\d", tail[issue.end():])


# a volume's, part's or edition's word at the title's end, its number after it in the text;
# or an edition's number, its word after it ("Grundlagen des Verwaltungsrechts, 3" before
# ". Aufl. 2010")
_TITLE_CUE = re.compile(r",\s*(?:t|tom|wyd|cz|Bd|Teil|vol|tome|tomo|\d{1,2})$")
_AFTER_CUE = r"\.\s*(?:\d|(?<=\d\.)\s*(?:Aufl|ed|éd|edn|wyd)\b)"


def cue_out_of_title(fields: dict[str, str], text: str) -> dict[str, str]:
    """The title without the cue word the tagger ran into it (see above)."""
    title = fields.get("title", "")
    found = _TITLE_CUE.search(title)
    if found is None or not re.search(re.escape(title) + _AFTER_CUE, text):
        return fields
    return {**fields, "title": title[:found.start()].strip()}


# a page's word alone ("S. 373–374", "p. 12", "s. 45") read as the journal (see
# `pagesread._CUES` for why the cues of a note's tokens are a list of their own)
_PAGE_CUE = re.compile(r"S|s|p|pp|str|Seite|pág")


def page_cue_out(fields: dict[str, str], text: str) -> dict[str, str]:
    """No journal named by a page's word: the tagger reads "(1992), S. 373–374" as journal
    "S" (and "S. 5" as its volume 5): the number is the page."""
    container = fields.get("container", "")
    if not _PAGE_CUE.fullmatch(container):
        return fields
    found = re.search(rf"(?<![\w.]){container}\.\s*(\d+(?:\s*[-–]\s*\d+)?)", text)
    if found is None:
        return fields
    out = {k: v for k, v in fields.items() if k != "container"}
    if not out.get("pages") and out.get("volume") == found[1]:
        out["pages"] = out.pop("volume")
    return out


_YEAR_CLOSING = re.compile(rf"(.*\S)\s*\(({YEAR_DIGITS})\)")


def year_out_of_container(fields: dict[str, str]) -> dict[str, str]:
    """A container that runs on into the year in brackets after it ("Proceedings of the
    1991 ACM SIGPLAN Conference ... (1991), S. 192"): the year is the date (read or not)."""
    found = _YEAR_CLOSING.fullmatch(fields.get("container", ""))
    date = _year(fields.get("date", ""))
    if found is None or date not in ("", found[2]):
        return fields
    return {**fields, "container": found[1].rstrip(" ,"), "date": fields.get("date") or found[2]}


# Italian "fasc." (fascicolo), Spanish "volumen", German "Heft", "Jg." and "Bd.", French
# "t." (tome) and Polish "t." (tom) left at the journal's end after its comma, the number
# printed after the word in the note ("Annales de Bourgogne, t" before ". 31"; a capital
# "T" is left alone: it may end a journal's name, "Philos T")
_WORD_AT_END = re.compile(r"(.*\S),\s*(fasc|fascicolo|volumen|Heft|Jg|Bd|t|tome|tom)\.?")


def volume_word_out(fields: dict[str, str], text: str) -> dict[str, str]:
    """A journal read with the volume's or issue's word after its comma ("Atmos Chem Phys,
    fasc" before ". 12"): the word goes, where the note prints it before a number (not a
    journal named so: "Studi, Fasc")."""
    found = _WORD_AT_END.fullmatch(fields.get("container", ""))
    if found is None or not re.search(rf"\b{found[2]}\.?\s*\d", text):
        return fields
    return {**fields, "container": found[1]}


def _year(date: str) -> str:
    found = _YEAR.search(date)
    return found[0] if found else ""


def _in_pages(tail: str, at: int) -> bool:
    """Whether the cue comes after the pages' own cue ("s. 12, t. 3" is no journal's)."""
    return bool(re.search(r"(?<![\w.])(?:s|S|str|pp?)\.\s*\d", tail[:at]))
