"""One printed name: which of its words are initials, particles or a suffix, whether it
names an organisation, and `parse_name`, which reads one whole name into an `Author`.

`names.py` splits a list into names with these; `runon.py`, `authors.py` and the highwire
reader use the word classes too.
"""

from __future__ import annotations

import re
from itertools import product

from claimcheck.model import Author
from claimcheck.parse.capsfamily import caps_family_end
from claimcheck.vocabulary import NAME_PARTICLES_MORE

SUFFIXES = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv", "2nd", "3rd"})
# Ranks that catalogues print after an inverted name ("Scott, Walter, Sir", "Tennyson,
# Alfred, Baron"): no name of their own
RANKS = frozenset({"sir", "dame", "lord", "lady", "baron", "baroness", "earl", "viscount"})
UP = "A-Z\u00c0-\u00de\u0100-\u017e\u0391-\u03a9\u0400-\u042f"  # Latin, Greek, Cyrillic
# An initial is one capital with or without a dot, or "Th."-like with the dot required, so
# that short family names such as "Li" or "Wu" are not mistaken for initials.
INITIALS = re.compile(rf"^(?:(?:[{UP}][a-z]\.|[{UP}]\.?)-?){{1,4}}$")
PARTICLES = frozenset(
    [
        *NAME_PARTICLES_MORE, "della", "das", "aan", "het", "op", "zu", "vander", "bin", "ibn",
        "do", "dal", "dalla", "dei", "degli", "delle", "los", "las",
        "al", "el", "st"
    ]
)
# Words that make a printed name an organisation (WHO, "National Institute of ...").
ORG_WORDS = re.compile(
    r"\b(?:organi[sz]ations?|associations?|society|group|institutes?|committee|consortium|"
    r"agency|council|department|collaboration|foundation|university|network|cent(?:er|re)s?|"
    r"board|commission|office|ministry|national|international|federal|team|project|"
    r"program(?:me)?|alliance|academy|college|service|administration|bureau|inc|ltd|"
    r"corporation|company|investigators|working|statistics|core|services|secretariat|"
    r"task\s+force|initiative|authority|federation|coalition|partnership|gesellschaft|"
    r"institut|verband|bank|government|corps)\b",
)  # matched against lower-cased text: IGNORECASE makes this scan four times slower


def _cased(word: str) -> set[str]:
    return {"".join(chars) for chars in product(*({c.lower(), c.upper()} for c in word))}


# Every printed form of a suffix, in any case, with or without its one full stop: what
# `word.lower().removesuffix(".") in SUFFIXES` accepts (no other character lower-cases to
# these ASCII letters), looked up in one step, since every word of every name is tested.
SUFFIX_FORMS = frozenset(form + stop for suffix in SUFFIXES for form in _cased(suffix)
                         for stop in ("", "."))


def is_suffix(word: str) -> bool:
    """"Jr.", "III", "2nd": a generational suffix, not a name."""
    return word in SUFFIX_FORMS


def is_rank(word: str) -> bool:
    """"Sir", "Baron.": a rank after an inverted name, not a name."""
    return word.lower().rstrip(".") in RANKS


# Organisation words that are also family names ("Seth R. Bank", "A. N. Corps"): an
# organisation only in a name without initials, commas or a conjunction ("World Bank",
# "Peace Corps"), never in a list of persons
_SURNAME_WORDS = re.compile(r"\b(?:bank|corps)\b")
_PERSONS = re.compile(r",|&|\band\b")


def org_words(text: str) -> bool:
    """Whether the text holds an organisation word; "bank" or "corps" alone only where no
    initial, comma or conjunction shows a person ("Seth R. Bank and Mark A. Wistey")."""
    lower = text.lower()
    if not ORG_WORDS.search(lower):
        return False
    return bool(ORG_WORDS.search(_SURNAME_WORDS.sub(" ", lower))) or not (
        _PERSONS.search(text) or any(INITIALS.match(w) for w in text.split()))


def is_organisation(text: str) -> bool:
    """An organisation is named with an organisation word and without any initials, or as
    one comma-free phrase of three or more words ("FAO Statistics and Information Service of
    the Fisheries ...", whose "FAO" only looks like initials)."""
    if not org_words(text):
        return False
    if "," not in text and ";" not in text and len(text.split()) >= 3:
        return True
    words = re.findall(r"[\w.'-]+", re.sub(r"\[[^\]]*\]|\([^)]*\)", "", text))
    return not any(INITIALS.match(w) and len(w) <= 3 for w in words)


# A body named without an organisation word, in words joined by "of", "for" or "on" ("City
# of Mississauga", "Rio on Watch"; "Julian of Norwich", a name of its own whole too), or
# closed by its acronym in brackets ("United States Marine Corps (USMC)"), which no person's
# name is
_BODY = re.compile(rf"(?:[{UP}][\w'’-]+\s+)+(?:of|for|on)(?:\s+the)?\s+[{UP}][\w'’.-]*"
                   rf"(?:\s+[{UP}][\w'’.-]*)*\.?|(?:[{UP}][\w'’-]{{2,}}\s+)+\([{UP}]{{2,}}\)\.?")


# The comma before a firm's legal form, which is no list's ("Acme Services, Inc. (ACME)")
_FIRM_COMMA = re.compile(r",\s*(?=(?:Inc|Ltd|LLC|Corp|GmbH|plc)\b)")


def is_body(text: str) -> bool:
    """A body's name without an organisation word (`_BODY`), not a person's."""
    return _BODY.fullmatch(text) is not None


def firm_whole(text: str) -> str:
    """The list without the comma before a firm's legal form, which parts no names."""
    return _FIRM_COMMA.sub(" ", text)


# Initials in a name printed in capitals: one or two letters, or dotted ("J.", "JH", "J.-P.").
_SHORT_INITIALS = re.compile(rf"^(?:[{UP}]{{1,2}}|(?:[{UP}]\.-?)+)$")

_DOTTED = frozenset({"jr", "sr", "jnr", "snr"})


def _short_family(words: list[str]) -> bool:
    """"WU C.F.", "LI X.", "SU Y L", "NG N. L.": a name in capitals whose family name of two
    letters comes first, as the words after it show: each an initial with its stop or a
    single letter, which no family name is (not "J T LI", "JV TU": initials first)."""
    return len(words[0]) == 2 and words[0].isalpha() \
        and all(len(w) == 1 or w.endswith(".") for w in words[1:])


def dotted(suffix: str) -> str:
    """"Jr" and "Jr." are one suffix; the field's trimmed end may have lost the dot."""
    return suffix + "." if suffix.lower() in _DOTTED else suffix


def parse_name(part: str, org: bool = True, caps_family_first: bool = False) -> Author:
    """One whole name: "Smith JA", "J. A. Smith", "John Smith", "van der Berg J"; or an
    organisation among persons ("H.E.S.S. collaboration, Abdalla H."), unless `org` is False
    (the list holds no organisation word). `caps_family_first`: the list prints its names in
    capitals family name first ("BOOTH GL"), so two short words ("TU JV") are read so too."""
    words = part.split()
    if len(words) >= 2 and org and is_organisation(part):
        return Author(family=part.strip().rstrip("."), literal=True)
    suffix = ""
    if not SUFFIX_FORMS.isdisjoint(words):  # most names: no suffix, words kept as they are
        suffix = dotted(" ".join(w for w in words if is_suffix(w)))
        words = [w for w in words if not is_suffix(w)]
    if not words:
        return Author(family="")
    if len(words) == 1:
        return Author(family=words[0].rstrip("."), suffix=suffix)
    if INITIALS.match(words[-1]) and not INITIALS.match(words[0]):
        k = len(words)
        while k > 1 and INITIALS.match(words[k - 1]):
            k -= 1
        return Author(" ".join(words[:k]).rstrip("."), " ".join(words[k:]), suffix)
    if part.isupper() and _SHORT_INITIALS.match(words[-1]):
        # "WANG X", "LE MOAL E.": a family name in capitals (GB/T, French styles), where a
        # short one looks like initials; the initials are the short or dotted words after it.
        k = len(words)
        while k > 1 and _SHORT_INITIALS.match(words[k - 1]):
            k -= 1
        if not _SHORT_INITIALS.match(words[k - 1]):
            if words[k - 1].lower() in PARTICLES and k < len(words) - 1:
                k += 1  # "VAN OS R.": the particle's family name is short too
            return Author(" ".join(words[:k]), " ".join(words[k:]), suffix)
        if _short_family(words) or (caps_family_first and len(words) == 2):
            return Author(words[0], " ".join(words[1:]), suffix)
    if (k := caps_family_end(words, PARTICLES)) > 0 and not org_words(part):  # `capsfamily`
        return Author(" ".join(words[:k]), " ".join(words[k:]), suffix)
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in PARTICLES:
        k -= 1
    return Author(" ".join(words[k:]).rstrip("."), " ".join(words[:k]), suffix)
