"""What a callout is matched against: each reference's name keys, year, suffix, author count.

Parsed fields come first; the raw entry fills what the parser left empty (a first author's
name, a year, a year suffix), so a parsing slip on one entry does not break its links.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from claimcheck.citations.documents import entry_document
from claimcheck.citations.names import (
    JOINT_SHORT_FORMS,
    NAME,
    PARTICLES,
    UNCASED_NAME,
    UNSPACED_NAME,
    name_keys,
)
from claimcheck.citations.scripts import UPPER, family_prefixes, name_fold, unspaced_authors
from claimcheck.model import Reference
from claimcheck.text import fold

_KANA = re.compile("[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff]")  # hiragana, katakana (not "・")
_LABEL = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s*")
_LEADING_NAME = re.compile(NAME)
# a name in a script without case opening the entry: "陈霞. Title[J]", "الأحمد، م."
_LEADING_UNCASED = re.compile(rf"(?:{UNCASED_NAME}|{UNSPACED_NAME})(?=[\s,.;:\uff0c\u3001\u060c])")
# "Liu Y-W", "Dirks PHGM", "Смирнов АБ"
_INITIALS = re.compile(rf"(?:[ \u00a0]+[{UPPER}][{UPPER}-]{{0,4}})+$")
# "Smith JA," (Vancouver, eLife) or "Smith, J. A.," (APA): one author each in the raw entry
# "SMITH, J.; LEE, K." (ABNT joins authors by semicolons), "Смирнов А., Иванов Б." (GOST)
_RAW_AUTHOR = re.compile(
    rf"(?:^|[,;]|\band|&)\s*(?P<family>{NAME}?)"
    rf"(?:\s+[{UPPER}][{UPPER}-]{{0,4}}\b|,\s*(?:[{UPPER}]\.[\s-]*)+)"
)
# names in a script without case, with no initials to find them by: the run of them that
# opens the entry, up to its first full stop
_UNCASED_ONE = rf"(?:{UNCASED_NAME}(?:[ ]{UNCASED_NAME})?|{UNSPACED_NAME})"
_UNCASED_SPLIT = re.compile(r"\s*[,\uff0c\u3001\u060c]\s*")
_UNCASED_AUTHORS = re.compile(
    rf"({_UNCASED_ONE}(?:{_UNCASED_SPLIT.pattern}{_UNCASED_ONE})*)[.\u3002]")
# "PROFESSOR Edson Kayapó e a importância ...": cited "(PROFESSOR..., 2015)"
_TITLE_ENTRY = re.compile(rf"([{UPPER}]{{3,}})\s+[{UPPER}]?[^\W\d_{UPPER}]")
_CAPS_START = re.compile(r"[^\W\d_a-z]{3,}[,.]")
_ORG_WORD = re.compile(r"(?<![\w.])[^\W\d_]{2,}")
# "WHO", "CGEE", "Inep", "ObEE": two to eight letters, a capital first and at most one lower
# case run, never a common word
_SHORT_FORM = re.compile(r"(?<![\w\-])[A-Z][A-Za-z]{1,7}(?![\w\-])")
_YEAR = re.compile(r"(?<![\d/.])(1[6-9]\d\d|20\d\d)([a-z])?(?![\d\w])")
_PERSON = re.compile(r"\b[A-Z]\.")  # a person's initial
_ET_AL = re.compile(r"\bet\.?\s+al\b")


# A list this long has its entries built on every core (docs/benchmarks/scale.md, `speed2`:
# 10,000 entries take ~0.8 s in one process; a worker costs its fork, ~20 ms)
IN_PARTS_FROM = 500


@dataclass(frozen=True, slots=True)
class Entry:
    """One reference as the linker sees it; `count` is 0 when the authors are unknown."""

    reference: Reference
    families: tuple[str, ...]
    names: frozenset[str]
    second: frozenset[str]
    count: int
    et_al: bool
    year: str
    suffix: str
    head: str = ""  # the raw entry before its year, folded: where organisations are named
    years: tuple[str, ...] = ()  # every year the raw entry prints, in order


# an Entry's fields but its reference, in order: what a worker sends back
_FIELDS = tuple(field.name for field in fields(Entry)[1:])


def entries_of(references: Sequence[Reference]) -> tuple[Entry, ...]:
    """Each reference's `Entry`, in order (on several processes for a long list)."""
    if len(references) >= IN_PARTS_FROM and (built := _in_parts(references)) is not None:
        return built
    return tuple(_entry(reference) for reference in references)


def _in_parts(references: Sequence[Reference]) -> tuple[Entry, ...] | None:
    """A long list's entries built on every core (`claimcheck.parallel`); each entry depends
    on its own reference only. The workers send back the entries' fields (their references
    are this process's already): None when no second process can be had."""
    from claimcheck import parallel  # multiprocessing's modules, only for a long list

    sent = parallel.in_parts(references, _fields_of, IN_PARTS_FROM // 2)
    if sent is None:
        return None
    return tuple(Entry(r, **dict(zip(_FIELDS, f, strict=True)))
                 for r, f in zip(references, sent, strict=True))


def _fields_of(references: Sequence[Reference]) -> list[tuple[Any, ...]]:
    """Each reference's `Entry` fields but the reference (sent back from a worker)."""
    built = (_entry(reference) for reference in references)
    return [tuple(getattr(e, name) for name in _FIELDS) for e in built]


def _entry(reference: Reference) -> Entry:
    # "Souza, F. F. de": a trailing particle is no author of its own
    families = [a.family for a in reference.authors if a.family.lower() not in PARTICLES]
    et_al = reference.et_al
    year, suffix = _year(reference)
    text = _LABEL.sub("", reference.raw)  # the entry without its list label
    head = _head(text, year)  # (once: three readings below need it)
    raw_families, raw_et_al = _raw_families(head)
    if _raw_knows_more(families, raw_families) or _parse_shifted(reference, raw_families):
        families, et_al = raw_families, raw_et_al
    families = unspaced_authors(families)
    names = set(name_keys(families[0])) if families else set()
    names |= _raw_name_keys(text)
    names |= _first_surname(reference)
    names |= _acronyms(reference.raw, head)
    names |= {document} if (document := entry_document(text)) else set()
    # a Japanese entry (kana in it) cites its persons by family name: "山田" of "山田太郎";
    # a Chinese list cites the whole name, and "中国" of "中国日报" is China
    prefixes = family_prefixes if _KANA.search(reference.raw) else lambda _: frozenset()
    names |= {short for name in names for short in prefixes(name)}
    second = frozenset().union(*(name_keys(f) | prefixes(f) for f in families[1:2]))
    return Entry(
        reference=reference, families=tuple(families), names=frozenset(names), second=second,
        count=len(families), head=fold(head), et_al=et_al, year=year, suffix=suffix,
        years=tuple(y for y, _ in _YEAR.findall(reference.raw)),
    )


def _first_surname(reference: Reference) -> set[str]:
    """"García Márquez, G." is cited "(García, 2003)" in Spanish: a person's two-word family
    name (not an organisation's: it has a given name) is known by its first word too."""
    first = reference.authors[0] if reference.authors else None
    if first is None or not first.given:
        return set()
    words = [w for w in first.family.split() if w.lower() not in PARTICLES]
    return {name_fold(words[0])} if len(words) == 2 and words[0][:1].isupper() else set()


def _raw_knows_more(parsed: list[str], raw: list[str]) -> bool:
    """The parser found no authors, or fewer than the raw entry shows with the same first.

    Parsers drop authors more often than they invent them ("Braun A, Bugnyar T 2012" read
    as one author), and the author count decides between same-name, same-year entries.
    """
    if not parsed:
        return bool(raw)
    return len(raw) > len(parsed) and bool(name_keys(parsed[0]) & name_keys(raw[0]))


def _parse_shifted(reference: Reference, raw: list[str]) -> bool:
    """The parser gave the first author no initials where the raw entry prints them after
    the name, gave them to a later author (or made one of a phrase), and found more authors
    than the raw entry shows: "ANON, A. crossref.org: ..." read as "ANON" and "crossref,
    A.", a title word taken for an author (whose count then breaks the ties between the
    list's same-name, same-year works)."""
    authors = reference.authors
    return (len(authors) > len(raw) >= 1 and not authors[0].given
            and any(a.given or a.literal for a in authors[1:])
            and bool(name_keys(authors[0].family) & name_keys(raw[0])))


def _head(text: str, year: str) -> str:
    """The entry (`text`, without its label) before its year: where its authors are."""
    return text[: text.find(year)] if year and year in text else text[:200]


def _raw_families(head: str) -> tuple[list[str], bool]:
    """Family names printed before the year (`head`, see _head), and whether the list ends
    in "et al."."""
    families = [m.group("family") for m in _RAW_AUTHOR.finditer(head) if m.group("family")]
    if not families and (uncased := _UNCASED_AUTHORS.match(head)):  # "赵静, 唐杰, 郑娜. Title"
        families = _UNCASED_SPLIT.split(uncased.group(1))
    return families, bool(_ET_AL.search(head))


def _raw_name_keys(text: str) -> frozenset[str]:
    """Keys of the name the entry (without its label) starts with ("Albert DM, ..." ->
    "albert")."""
    match = _LEADING_NAME.match(text) or _LEADING_UNCASED.match(text)
    if not match:
        return frozenset()
    name = match.group()
    joint = JOINT_SHORT_FORMS.fullmatch(name)
    if joint and "/" in name:  # "OECD/FAO": cited as the pair or as its first body
        return name_keys(name) | name_keys(joint.group(1))
    if name.isupper() and len(name) > 5:  # "SÃO PAULO (Estado)": capitals, not initials
        return name_keys(_INITIALS.sub("", name)) | name_keys(name)
    # ABNT lists a work without author by its title's first word in capitals. Nothing here
    # checks that the entry has no author: any entry opening with a word in capitals and a
    # word after it gets that word's key too (one more name it can be cited by)
    title = _TITLE_ENTRY.match(name)
    extra = name_keys(title.group(1)) if title else frozenset()
    return name_keys(_INITIALS.sub("", name)) | extra


def _acronyms(raw: str, head: str) -> frozenset[str]:
    """Short forms the entry prints of an organisation that is its author: "Centro de Gestão e
    Estudos Estratégicos. (2023). ... CGEE." is cited "(CGEE, 2023)"; "Instituto Nacional de
    Estudos e Pesquisas ..." "(Inep, 2024)". A short form counts when its letters are the
    initials of the author's words, in order, from the first."""
    if _PERSON.search(head):  # a person's initials: no body (tested first: the cheaper)
        return frozenset()
    words = _ORG_WORD.findall(_LABEL.sub("", head))
    if len(words) < 3:
        return frozenset()
    initials = "".join(w[0] for w in words).upper()
    found = set()
    for short in set(_SHORT_FORM.findall(raw)):
        if short.upper()[0] == initials[0] and _subsequence(short.upper(), initials):
            found.add(fold(short))
    return frozenset(found)


def _subsequence(short: str, initials: str) -> bool:
    letters = iter(initials)
    return all(c in letters for c in short)


def capitals_style(entries: Sequence[Entry]) -> bool:
    """Most entries start with a family name in capitals ("ANDRADE, J. M.;"): ABNT, whose
    callouts print names in capitals too, so a capitalised name there is not an acronym."""
    caps = sum(1 for e in entries if _CAPS_START.match(_LABEL.sub("", e.reference.raw)))
    return caps * 2 > len(entries) > 0


@lru_cache(maxsize=512)
def _glued_suffix(year: str) -> re.Pattern[str]:
    """"2006a" for a year: compiled once per year (re's own cache costs a lookup per call)."""
    return re.compile(rf"(?<!\d){year}([a-z])(?![\w])")


def _year(reference: Reference) -> tuple[str, str]:
    if reference.year:
        if reference.year_suffix:
            return reference.year, reference.year_suffix
        glued = _glued_suffix(reference.year).search(reference.raw)
        return reference.year, glued.group(1) if glued else ""
    match = _YEAR.search(reference.raw)
    return (match.group(1), match.group(2) or "") if match else ("", "")
