"""Family names with the given names or initials in brackets after them, as French notes and
bibliographies print them: "Bobrinetskiy (I. I.), Knezevic (N. Z.)", "MacCallum (C. J.) et
Parthasarathy (H.)", "DUPONT (Jean)".

The name splitter reads the brackets as the names' parts and the family names as given
names before them ("I.)", "(H)"). When the whole author field is such names, joined by
commas, semicolons or a conjunction, with "et al." at the end at most, each is rewritten as
"Family, Given" and the names joined by semicolons, the form the splitter reads. A body's
acronym in brackets ("World Health Organization (WHO)") is no given name: the bracket must
hold initials (a capital and its stop) or one or two capitalised words, and the family name
before it one or two words. Whole words after a name alone are a given name only after a
family name in capitals, as the French convention prints it ("DUPONT (Jean)"): "StatBu
(Statistisches Bundesamt)" and "BGBl (Bundesgesetzblatt)" spell out a body's short name. A
role ("Müller (Hrsg.)", "Smith (Ed.)") is no given name either.
"""

from __future__ import annotations

import re

_FAMILY = r"[A-ZÀ-Þ][\w’'-]+(?:\s[A-Za-zÀ-ÿ][\w’'-]+)?"
# initials ("I. I.", "N.A.", "J.-P."; the field's last stop may be trimmed: "(N. Z)") or
# given names ("Jean", "Marie-Claire")
_GIVEN = (r"(?:(?:[A-ZÀ-Þ][a-zà-ÿ]?\.\s?-?)*[A-ZÀ-Þ][a-zà-ÿ]?\.?|[A-ZÀ-Þ][a-zà-ÿ][\w’'-]*"
          r"(?:\s(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][a-zà-ÿ][\w’'-]*))?)")
# an editor's or translator's role in brackets is no given name ("Müller (Hrsg.)", "Smith (Ed.)")
_ROLE = r"(?!(?:eds?|hg|hrsg|dir|coord|orgs?|trad|trans|tr|comp|cur|red)\b)"
_NAME = rf"{_FAMILY}\s\(\s?(?i:{_ROLE}){_GIVEN}\s?\)"
_JOIN = r"(?:\s?[,;]\s|\s(?:et|and|und|&|e|y)\s)"
_OTHERS = r"(?:,?\s(?:et\s+al\.?|et\s+alii|u\.\s?a\.))?"
_FIELD = re.compile(rf"({_NAME}(?:{_JOIN}{_NAME})*)({_OTHERS})\s*[,.]?")
_WORDS = re.compile(r"[^\W\d_]{2,}(?:\s[^\W\d_]{2,})?")  # given names, no initial
_ONE = re.compile(rf"({_FAMILY})\s\(\s?(?i:{_ROLE})({_GIVEN})\s?\)")


def bracketed_given_names(fields: dict[str, str]) -> dict[str, str]:
    """The fields with an author field of such names rewritten (see above)."""
    author = fields.get("author", "")
    if "(" not in author:
        return fields
    found = _FIELD.fullmatch(author.strip())
    if found is None:
        return fields
    names = [(m[1], m[2].strip()) for m in _ONE.finditer(found[1])]
    if len(names) == 1 and _WORDS.fullmatch(names[0][1]) and not names[0][0].isupper():
        return fields  # "StatBu (Statistisches Bundesamt)": a body's short name, spelt out
    return {**fields, "author": "; ".join(f"{f}, {g}" for f, g in names) + found[2]}
