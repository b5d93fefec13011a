"""Whether two neighbouring parts of a printed name list are one person's family name and
given names ("Smith, J. A.", "Vicens Vives, Jaime", "DEL BANO, M.J.") or two names of their
own ("Gooding, Grabowski, and Hendershot", "Smith, John, and Jane Doe"): the tests
`names._pair_up` asks before it joins a part with the one after it.
"""

from __future__ import annotations

from claimcheck.parse.onename import INITIALS, PARTICLES, SUFFIX_FORMS, is_suffix


def is_given(part: str) -> bool:
    """Initials ("K. A.", "J.-P.", "KA") or one or two given names, maybe with a suffix."""
    words = part.split()
    if not SUFFIX_FORMS.isdisjoint(words):  # (most parts: no suffix, no word to leave out)
        words = [w for w in words if not is_suffix(w)]
    if not words:
        return True  # a lone "Jr." belongs to the name before it
    if all(map(INITIALS.match, words)):  # (`map`: no generator made per part)
        return True
    if len(words) <= 3 and all(
            INITIALS.match(w) or (w[:1].isupper() and w[1:].islower()) for w in words):
        return True
    # "Hans-Peter", "Jean-Luc Marie": hyphenated given names printed whole (not after an
    # initial: "Brune, M. Abdel-Hamid" is a name of its own)
    return len(words) <= 2 and all(
        p[:1].isupper() and p[1:].islower() for w in words for p in w.split("-"))


def is_bare_family(part: str, given: str = "") -> bool:
    """A family name alone, before the `given` part after its comma."""
    words = part.split()
    # (the cheap tests of the whole part first: most parts are not in capitals)
    if part.isupper() and "." not in part and len(part) > 1 and len(words) <= 4 \
            and all(w.lower() in PARTICLES or len(w) > 3 for w in words[:-1]) and all(
            "." in w or len(w) == 1 or w.istitle() for w in given.split()):
        return True  # "BARI, A.", "DEL BANO, M.J.", "DE LOS SANTOS, M.", "MCDERMOTT LONG,
        # O.": a family name in capitals (its particles too), then the given
    return not any(map(INITIALS.match, words)) and (
        len(words) == 1 or words[0].lower() in PARTICLES or len(words) <= 3
    )


def family_list(parts: list[str], i: int) -> bool:
    """Whether the hyphenated word after parts[i] is one more family name of a list of bare
    family names ("Schmidt, Müller-Lüdenscheid und Meyer"), not a given name ("Jauss,
    Hans-Robert", "Dupont, Jean-Marie, Durand, Pierre-Yves", "Sartre, Jean-Paul, and Simone
    de Beauvoir"): an odd number of parts, those after it single words too."""
    nxt = parts[i + 1]
    if "-" not in nxt or len(parts) % 2 == 0 or all(INITIALS.match(w) for w in nxt.split()):
        return False  # (hyphenated initials, "Dupont, J.-P., Durand, M.", are a given name)
    return all(len(p.split()) == 1 for p in parts[i + 2:])


def pairs_style(parts: list[str], i: int, titled: bool = True) -> bool:
    """"Family, Given" pairing is right unless every part is already a whole name."""
    nxt = parts[i + 1]
    if all(INITIALS.match(w) or is_suffix(w) for w in nxt.split()):
        return True
    # Full given names: Chicago inverts the first author only ("Smith, John, and Jane
    # Doe"); later parts pair up only when the whole list alternates family / given.
    if len(parts[i].split()) != 1:
        # "Vicens Vives, Jaime", "Le Roy Ladurie, Emmanuel": a family name of two or three
        # words, inverted; a one-word part after a name printed given name first ("Jane
        # Doe, Smith") would be a bare family name, which lists print only among others.
        # Not where the entry has no title apart: the tagger ran a one-word title into the
        # list ("George Eliot, Middlemarch."), and the two words are a name in natural order
        return titled and i == 0 and len(parts) == 2 and len(nxt.split()) == 1 \
            and nxt.istitle()
    return i == 0 or (len(nxt.split()) == 1 and len(parts) % 2 == 0)
