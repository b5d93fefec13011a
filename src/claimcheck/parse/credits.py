"""A translator or editor credited after a book's title, which the tagger reads into it:
"Économie et société, traduit par Julien Freund, Paris", "Das Unbehagen in der Kultur, hg.
von Anna Freud", "Cien años de soledad, traducido por Gregory Rabassa" (`credited_out`), or
inside OSCOLA's imprint, "(DW Krause tr, Addison-Wesley 1974)" (`imprint_credit`). The title
ends before the credit; an editor's names are the editors, a translator's are not kept (a
reference has no translator).
"""

from __future__ import annotations

import re

from claimcheck.vocabulary import YEAR_DIGITS

# Credits printed after a title in notes and bibliographies, by language. A translator's
# cue first, then an editor's (group "editor").
_TRANSLATED = (r"traduit\s+(?:de\s+l['’]\w+\s+)?par|trad\.\s*(?:par|de|di)?|traduction\s+de"
               r"|translated\s+by|trans\.(?:\s*by)?|übersetzt\s+von|übers\.\s*von"
               r"|tradotto\s+da|traducido\s+por|traducción\s+de")
_EDITED = (r"edited\s+by|ed\.\s*by|éd\.\s*par|édité\s+par|(?:hg|hrsg)\.\s*v(?:on|\.)"
           r"|herausgegeben\s+von|a\s+cura\s+di|edición\s+de")
# The credit follows the title's comma or semicolon and is followed by a name (a capital
# letter) or ends the title: "Letters, edited by the author's son" is the title's own.
_CREDIT = re.compile(
    rf"\s*[,;]\s*(?:(?P<editor>{_EDITED})|{_TRANSLATED})(?:\s+(?=[A-ZÀ-Þ])|\s*$)")


def credited_out(fields: dict[str, str], text: str) -> dict[str, str]:
    """The title cut before a credit printed after it; the editors' names (up to the next
    comma that is not followed by an initial) become the editors when none were read, and a
    container that begins right after the credit, the credited names, is dropped."""
    title = fields.get("title", "")
    # (a credit follows a comma or semicolon: most titles print neither, and go unscanned)
    found = _CREDIT.search(title) if "," in title or ";" in title else None
    if found is None or found.start() == 0:
        return fields
    out = {**fields, "title": title[: found.start()].strip(" ,.;:")}
    at = text.find(title[found.start():])
    names_at = at + (found.end() - found.start()) if at >= 0 else -1
    while 0 <= names_at < len(text) and text[names_at].isspace():
        names_at += 1
    container = fields.get("container", "")
    if names_at >= 0 and container and text.startswith(container, names_at):
        del out["container"]
    if found["editor"] and names_at >= 0 and not fields.get("editor"):
        names = _NAMES.match(text, names_at)
        if names:
            out["editor"] = names[0].strip(" ,")
    return out


# Credited names: "Anna Freud", "Dostal, A.", "Julien Freund et Jean Chavy"; they end at a
# comma not followed by an initial.
# (or at a full stop that ends a word, not an initial: "hg. von Anna Schmidt. Berlin: Aufbau")
_NAMES = re.compile(r"[A-ZÀ-Þ][^,;()]*?(?:,\s*[A-ZÀ-Þ]\.[^,;()]*?)*"
                    r"(?=\s*[,;(]|\.?$|(?<![\s.][A-ZÀ-Þ])(?<!^[A-ZÀ-Þ])\.\s)")


# OSCOLA: "Title (DW Krause tr, Addison-Wesley 1974)", "(HLA Hart ed, Athlone Press 1970)":
# the credit opens the imprint parenthesis, the publisher and year follow.
_IMPRINT_CREDIT = re.compile(
    r"\((?P<credit>(?P<names>[A-ZÀ-Þ][^(),]*?)\s+(?:trs?|trans|(?P<editor>eds?))),\s*"
    rf"(?P<press>[^(),]+?)\s+{YEAR_DIGITS}\)")


def imprint_credit(fields: dict[str, str], text: str) -> dict[str, str]:
    """The credit of an OSCOLA imprint read into the title ("Algorithms (DW Krause tr)") or
    the publisher ("Talcott Parsons tr, Routledge"): the title ends before it, the publisher
    is what follows it; an editor's names are the editors when none were read."""
    found = _IMPRINT_CREDIT.search(text)
    if found is None:
        return fields
    out = dict(fields)
    title = fields.get("title", "")
    if title.endswith(f"({found['credit']})"):
        out["title"] = title[: -len(found["credit"]) - 2].strip(" ,.")
    if fields.get("publisher", "").startswith(found["credit"]):
        out["publisher"] = found["press"].strip()
    if out != fields and found["editor"] and not fields.get("editor"):
        out["editor"] = found["names"]
    return out
