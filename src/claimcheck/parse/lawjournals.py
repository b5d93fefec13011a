"""Articles cited the way law journals' styles print them.

German law's short citation of an article, the journal and its year with no title and no
volume: "Larenz, NJW 1985, 1234", "Canaris, JZ 1987, 993, 995", "Rollins u. a., Science
2012, 1210", "Bailey/Zanders, Drug Discovery Today 2008, 412 (415)" (`year_journal`); and
the same layout after a title, whose abbreviated journal's first word the tagger runs into
the title ("..., a review, Polym" before ". Chem. 2018, 2685", `journal_out_of_title`).

German legal notes (and the science notes of legal styles) cite an article by its authors'
family names, the journal's name or abbreviation, the year (which counts the journal's
volumes there) and the first page, then the page cited. The tagger, which has seen the
journal after a title, reads no journal here (or the page as the volume). The note is read
whole when it is only that: family names (one, several joined by "/", or one and "u. a." /
"et al."), a comma, the journal's words with no comma, quote or number, the year right after
them, then nothing but the end or page numbers (a bare number or one in brackets; no page
word: a book is cited "S. 12", and "4. Aufl. 1992" is an edition's year). A cited page after
the first is within the article ("993, 995"); "Angew. Chem. 2001, 40, 1234" (chemistry's
year, volume, page) is left alone.

After a single name (no "/", no "u. a.") the words may as well be a second name ("Molden,
Dweck 2006, 236") or a book's short title ("Rawls, Political Liberalism 1993, 12"): there the
journal must look like one, an acronym as its first word or an abbreviation with a stop ("NJW",
"Proc. R. Soc."; not "Strafrecht AT I 2006"); initials alone are a name's ("Harrington, A.
1987"). After several names, words with no such look are read only before a cited page after
the first ("Bailey/Zanders, Drug Discovery Today 2008, 412 (415)"): "Larenz/Wolf, Allgemeiner
Teil 2004, 123" and "Meier u. a., Handbuch Europarecht 2010, 12" cite books (and so
"Rollins u. a., Science 2012, 1210" is left to the tagger).

OSCOLA, AGLC and McGill print the year before the journal, after the quoted title: "‘Title’
(2013) 23 Curr Opin Neurobiol 261", "‘Title’ [2000] Journal 89"; EJIL and other law journals
the volume before the journal and the year after it, "‘Title’, 102 Food Chem. (2007) 938"
(`year_first_article`).
"""

from __future__ import annotations

import re

from claimcheck.parse.fieldnumbers import clean_pages
from claimcheck.vocabulary import YEAR_DIGITS

# a family name's particles ("von Bar", "zu Putlitz"); not `vocabulary.NAME_PARTICLES_MORE`,
# which lacks "zu" and adds "du", "ter", "ten", "dos": one list would change what is read
_PARTICLE = r"(?:(?:von|van|de|der|den|di|da|del|le|la|zu)\s+)"
_FAMILY = rf"{_PARTICLE}{{0,2}}[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*"
_OTHERS = r"\s+(?:u\.\s?a\.|et\s+al\.)"
# (no lower-case word but English "of" and "&": "Faktizität und Geltung 1992, 12" is a
# book's short title)
_JOURNAL_WORD = r"(?:[A-ZÀ-Þ][\w.&'’-]*|of|&)"
_SHORT = re.compile(
    rf"^(?P<names>{_FAMILY}(?:\s?/\s?{_FAMILY})*(?P<others>{_OTHERS})?),\s+"
    rf"(?P<journal>[A-ZÀ-Þ][\w.&'’-]*(?:\s+{_JOURNAL_WORD}){{0,6}})\s+"
    rf"(?P<year>{YEAR_DIGITS})"
    r"(?P<numbers>(?:\s*,\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*f{1,2}\.)?"
    r"|,?\s*\(\s*[\divxlc]+(?:\s*[-–]\s*\d+)?\s*\))*)"
    r"\s*\.?\s*$")
# a journal's look: an acronym as its first word ("NJW", "JAMA", "BMC Genom."; not a book's
# "Strafrecht AT I"), an abbreviation's stop ("Proc. R. Soc.")
_JOURNAL_LOOK = re.compile(r"^[A-ZÀ-Þ]{2,}|\.")
# ... and no initials ("Harrington, A. 1987, S. 152": an author-date citation), nor, after
# one name, opening with them ("Hartley, P. Molecular Ecology 2010, 19, 1001–1010")
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.\s?-?)+(?=\s|$)")
# a page cited after the first page or in brackets, an article's mark ("412 (415)", "993,
# 995")
_CITED_PAGE = re.compile(r"\d\s*,\s*\d|\(\s*\d")


def year_journal(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields of a note printed in the layout above, else `fields` unchanged."""
    found = _SHORT.match(text)
    if found is None:
        return fields
    names, journal = found["names"], found["journal"].rstrip()
    alone = "/" not in names and not found["others"]
    if _INITIALS.fullmatch(journal) or (alone and not _JOURNAL_LOOK.search(journal)):
        return fields  # "Molden, Dweck 2006": two names as likely
    if not _JOURNAL_LOOK.search(journal) and not _CITED_PAGE.search(found["numbers"]):
        return fields  # "Larenz/Wolf, Allgemeiner Teil 2004, 123": a book's short title
    if alone and _INITIALS.match(journal):
        return fields  # "Hartley, P. Molecular Ecology 2010": the author's initials
    # the first page, then the page cited in the article; not "Angew. Chem. 2001, 40, 1234"
    # (chemistry's year, volume, page)
    pages = [int(n) for n in re.findall(r"(?<![(\d–-])\d+", re.sub(r"\([^)]*\)", "",
                                                                    found["numbers"]))]
    if len(pages) > 1 and not 0 <= pages[1] - pages[0] <= 150:
        return fields
    # (the numbers are left as the tagger read them: a style may print the volume there)
    out = {k: v for k, v in fields.items() if k not in ("title", "publisher", "location")}
    out.update(author=names, container=journal, date=found["year"], kind="article")
    return out


# after the title's comma: one word and its stop, then the journal's other words (at least one
# more abbreviation's stop), the year straight after them (no volume) and a page
_TITLE_TAIL = re.compile(r",\s+([A-ZÀ-Þ][a-zà-ÿ]{1,11})$")
_JOURNAL_REST = re.compile(
    rf"\.\s+(?P<rest>(?:[A-ZÀ-Þ][\w&-]*\.?\s+){{0,5}}?[A-ZÀ-Þ][\w&-]*\.?)\s+{YEAR_DIGITS}"
    r"\s*,\s*\d")


def journal_out_of_title(fields: dict[str, str], text: str) -> dict[str, str]:
    """The journal's first word given back from the title (the layout above): only where the
    year follows the journal's words straight, with a page after it, and another of them is
    abbreviated ("Polym. Chem. 2018, 2685"); "Essays on Freud, Marx. J. Soc. Theory 12
    (1990)" prints a volume there."""
    title = fields.get("title", "")
    tail = _TITLE_TAIL.search(title) if ", " in title else None
    at = text.find(title) if tail else -1
    if tail is None or at < 0:
        return fields
    rest = _JOURNAL_REST.match(text, at + len(title))
    if rest is None or "." not in rest["rest"] or len(title[:tail.start()].split()) < 3:
        return fields
    container = fields.get("container", "")
    if container and container not in rest["rest"]:
        return fields
    journal = f"{tail[1]}. {rest['rest']}"
    return {**fields, "title": title[:tail.start()], "container": journal, "kind": "article"}


# OSCOLA, AGLC, McGill: after the title's closing quotation mark, the year in brackets, the
# volume (and issue), the journal's name and its first page; then the end, a cited page
# (", 107", " at 340") or a link ("<https://...>", its brackets cleaned away: "477 https://",
# "261. https://" once a note's cited page is cut off, "doi:10..."); the first page may be
# printed as the article's range ("115–117"). The journal begins with a letter that is no
# lower-case one (an ordinary title runs on: "‘Spanish flu’ (1918) 100 years later. Journal
# ...") and holds
# no word ending a sentence ("years later. Journal"); a number after "No" is a report's
# ("(2004) Law Com No 290"), not a page.
_JOURNAL = (r"(?P<journal>(?![a-zà-ÿ])[^\W\d_]"
            r"(?:(?!(?<![^\W\d_])[a-zà-ÿ]{2,}\.\s)[^,:;()\[\]<>\d])*?)")
_PAGE = r"(?P<page>[a-zA-Z]?\d{1,6}(?:\s*[-‑–]{1,2}\s*[a-zA-Z]?\d{1,6})?)"
_PAGE_END = r"(?=\s*(?:[,<]|\bat\b|\.?$|\.?\s*(?:https?://|www\.|doi:)))"
_YEAR_FIRST = re.compile(
    rf"[’'”»]\s*,?\s*(?:\((?P<year>{YEAR_DIGITS})\)|\[(?P<reports>{YEAR_DIGITS})\])\s+"
    r"(?:(?P<volume>\d{1,4})(?:\((?P<issue>\d{1,3})\))?\s+)?"
    rf"{_JOURNAL}(?<!\bNo)(?<!\bno),?\s+{_PAGE}{_PAGE_END}")
# EJIL's and the Bluebook's order after a quoted title: the volume, the journal, the year in
# brackets, the first page ("’, 102 Food Chem. (2007) 938", "', 65 Cell (1991) 837"); the
# journal as above, the page then the end, a cited page or a link
_VOLUME_FIRST = re.compile(
    rf"[’'”»]\s*,?\s+(?P<volume>\d{{1,4}})\s+{_JOURNAL}"
    rf"\s+\((?P<year>{YEAR_DIGITS})\)\s+{_PAGE}{_PAGE_END}")
# The quoted title opens a field (after the start, a comma, full stop or colon): a quoted
# phrase inside a title ("Remembering the ‘Spanish flu’") is no article's title.
# A title in straight single quotes may hold a typographic apostrophe ("'Farmers’ Adoption of
# ...'"): between two straight quotes only another quote ends it.
_QUOTED_END = re.compile(
    r"(?:^|(?<=[,.:])\s*)(?:'([^'‘“”«»]{4,})'|[‘“«']([^‘’“”«»]{4,})[’'”»])$")
# "(2013) Journal 23, 261", "(1990) Journal, 17, pp. 123–45", "..., 17, no. 2, pp. 123–45":
# a volume and its issue or pages (with their "p.", "pp.", "S.", "no.") after the journal, not
# the law reports' layout (whose round brackets print the volume before the journal)
_VOLUME_AFTER = re.compile(r"\s*,\s*(?:(?:pp?|S|[Nn]o|nr|n)\.?\s*)?\d")


def year_first_article(fields: dict[str, str], text: str) -> dict[str, str]:
    """An article printed "‘Title’ (2013) 23 Curr Opin Neurobiol 261" (OSCOLA, AGLC) or
    "‘Title’ [2000] Journal 89", or with the volume first, "‘Title’, 102 Food Chem. (2007) 938"
    (EJIL): the tagger, which has seen the year after the names, runs year
    and volume into the journal ("2013) 23 Curr Opin Neurobiol") or takes the journal for the
    title. The layout is read whole: the quoted title, journal, volume, issue, first page."""
    # Both layouts open with a closing quote: most entries print none, found by `in` (fast
    # scans in C) before the two patterns each try every character
    if "’" not in text and "'" not in text and "”" not in text and "»" not in text:
        return fields
    found = _YEAR_FIRST.search(text) or _VOLUME_FIRST.search(text)
    quoted = _QUOTED_END.search(text, 0, found.start() + 1) if found else None
    if found is None or quoted is None:
        return fields
    if found["year"] and not found["volume"] and _VOLUME_AFTER.match(text, found.end()):
        return fields
    parts = found.groupdict()
    title = (quoted[1] or quoted[2]).strip(" ,.")
    out = {**fields, "title": title, "container": found["journal"].strip(),
           "date": found["year"] or parts.get("reports") or "", "pages": clean_pages(found["page"])}
    for name in ("volume", "issue"):  # "[2000] Journal 89" prints none: 89 is the page
        out[name] = parts.get(name) or ""
    # a place the tagger read in the journal's name ("Proc Natl Acad Sci USA") is the journal's
    if fields.get("location") and fields["location"] in out["container"]:
        out["location"] = ""
    out.setdefault("kind", "article")
    return out
