"""Short forms an article defines for the organisations its list names as authors.

An organisation that is an author is often cited by a short form the article introduces
itself: "the Coordenação de Aperfeiçoamento de Pessoal de Nível Superior (Capes) ...
(Capes, 2022)", "The Organisation for Economic Co-operation and Development (OECD) says
(OECD, 2019)", while the list prints only the long name. A short form in parentheses or
brackets right after the full author part of an organisation's entry, opening with that
name's first letter, becomes one more name of that entry. The body is read once; each
candidate costs one dictionary look-up, so a long list and a long body stay linear.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimcheck.citations.entries import Entry
from claimcheck.text import fold

# "(Capes)", "[OECD]", "(IBGE)": two to eight letters, a capital first
_DEFINED = re.compile(r"[(\[][ \u00a0]*([A-Z][A-Za-z]{1,7})[ \u00a0]*[)\]]")
# "Smith, J.", "Smith J," "Smith JA." : a person's initials
_INITIAL = re.compile(r"(?<![^\W\d_])[A-Z]\.|[, \u00a0][A-Z]{1,2}(?:[ \u00a0]*[,.]|$)")
# "U.S. Department of Agriculture", "U.K. Office for National Statistics": a country's
# letters glued by dots open the body's name; they are no person's initials
_COUNTRY = re.compile(r"^\s*(?:[A-Z]\.){2,}[ \u00a0]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_TAIL = 12  # folded characters an organisation's name is looked up by
_BEFORE = 240  # how far before the short form its long name may start
_NEAR = 40
_ORG_WORDS = 3  # an organisation's name has three words or more ("Ministry of Health")


def with_defined_short_forms(body: str, entries: Sequence[Entry]) -> tuple[Entry, ...]:
    """`entries`, each organisation also known by the short forms `body` defines for it."""
    by_tail: dict[str, list[Entry]] = {}
    for entry in entries:
        if _is_organisation(entry):
            by_tail.setdefault(entry.head[-_TAIL:], []).append(entry)
    if not by_tail:
        return tuple(entries)
    extra: dict[str, set[str]] = {}
    for match in _DEFINED.finditer(body):
        near = fold(body[max(0, match.start() - _NEAR) : match.start()])
        if len(near) >= _TAIL and near[-_TAIL:] not in by_tail:
            continue  # the cheap test first: most bracketed words follow no such name
        before = fold(body[max(0, match.start() - _BEFORE) : match.start()])
        short = match.group(1)
        for entry in by_tail.get(before[-_TAIL:], ()):
            if before.endswith(entry.head) and entry.head[0] == fold(short)[0]:
                extra.setdefault(entry.reference.id, set()).add(fold(short))
    if not extra:
        return tuple(entries)
    return tuple(
        dataclasses.replace(e, names=e.names | extra[e.reference.id])
        if e.reference.id in extra else e
        for e in entries
    )


def _is_organisation(entry: Entry) -> bool:
    """An entry whose author part is a body of three words or more: no person's initials."""
    raw = entry.reference.raw
    head = raw[: raw.find(entry.year)] if entry.year and entry.year in raw else raw[:200]
    country = _COUNTRY.match(head)  # one word of the name, no initials
    head = head[country.end():] if country else head
    return (len(entry.head) >= _TAIL and entry.head.isalpha() and not _INITIAL.search(head)
            and len(_WORD.findall(head)) + bool(country) >= _ORG_WORDS)
