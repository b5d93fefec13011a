"""Names given first and joined by a bare hyphen, as an Italian publisher's notes print them:
"W. Tong-Y. Zhang-L. Yu-… Z. Zhang", "E. C. Browne-R. C. Cohen", "A.-C. Eliasson-M.
Gudmundsson". The name splitter reads the run as one double-barrelled name and keeps the
last part.

In an author field that opens with initials, a hyphen between a lower-case letter and an
initial (a capital and its stop) or an ellipsis joins two names: it is read as a comma. A
hyphen inside a family name goes on in lower case or a whole word ("Jacobs-van der
Bruggen", "Hauggaard-Nielsen"), and one inside initials follows a stop ("J.-P.").
"""

from __future__ import annotations

import re

_OPENS_WITH_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.\s?-?)+\s?[A-ZÀ-Þ]")
_JOINING = re.compile(r"(?<=[a-zà-ÿ])-(?=[A-ZÀ-Þ]\.|\s?…)")


def dashed_names(fields: dict[str, str]) -> dict[str, str]:
    """The fields with such an author field's joining hyphens read as commas."""
    author = fields.get("author", "")
    if "-" not in author or not _OPENS_WITH_INITIALS.match(author) \
            or not _JOINING.search(author):
        return fields
    return {**fields, "author": _JOINING.sub(", ", author)}
