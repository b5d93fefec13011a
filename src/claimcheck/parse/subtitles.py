"""A book's title with a full stop inside it, as German, French and Italian notes print a
subtitle ("Surveiller et punir. Naissance de la prison", "Das Kapital. Kritik der
politischen Ökonomie"): the tagger, which has learnt that a sentence's stop opens the next
field, splits it.

1. `title_out_of_names`: a note printing its author given name first ("Michel Foucault, ...")
   whose author run took the title's first sentence ("Michel Foucault, Surveiller et punir"
   before ". Naissance de la prison"): the words after the name's comma are the title's when
   they cannot be a person's name, i.e. they hold a lower-case word that is no name particle
   ("bin", "ibn"), prefix glued to a capital ("al-Azem", "d'Alessandro") or conjunction
   ("punir") or open with an article ("Das Kapital", "Les Rois
   thaumaturges"), and open with a capital. "and others", "et al.", "u. a.", "e altri" end the
   list and are left, as are a second given-first name ("John Smith, Mary Jones. Title") and
   Vancouver's names ("Raser JM, O’Shea EK. Title": initials in capitals).
2. `subtitle_out_of_container`: a book's subtitle read as a journal ("Über den Prozeß der
   Zivilisation. | Soziogenetische und psychogenetische Untersuchungen, Basel, Haus zum
   Falken, 1939"): a container printed right after the title's full stop, with no volume,
   issue, editors, journal's or periodical's word ("Sitzungsberichte", "Revue", "Records",
   "Bollettino"), publisher's
   or organisation's word ("... Findings. Substance Abuse and Mental Health Services
   Administration", the publisher), nor Vancouver's names ("Craig JJ"), nor a page range (a
   chapter's), and an imprint (place or publisher) read, is the title's second sentence.
3. `place_out_of_container`: a common place read as the journal before the year ("2. Aufl.,
   Frankfurt am Main 1985") is the place of publication.
4. `title_out_of_no_place`: French notes print "s.l." (no place) in the imprint ("J. Chambers
   et P. Trudgill, Dialectology, s.l., CUP, 1998"); the tagger, reading "s.l." as initials,
   may take the whole note for the author. In an author run printed initials first that holds
   such a mark as a part of its own, the mark ends the names and the title: the first part
   after the names without an initial opens the title, the name after the mark is the
   publisher.
"""

from __future__ import annotations

import re

from claimcheck.parse.imprints import PLACE
from claimcheck.parse.namecues import names_alone
from claimcheck.parse.newspaper import PAPER_WORDS
from claimcheck.parse.onename import ORG_WORDS, PARTICLES
from claimcheck.parse.tokens import LEXICON, MONTH_NAMES
from claimcheck.vocabulary import ARTICLES, NAME_PARTICLES_MORE, NO_PLACE_MARK, YEAR_DIGITS

_GIVEN_FIRST = re.compile(
    r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w'’-]+|(?:de|van|von|der|le|la|di|da)"
    r"(?=\s+[A-ZÀ-Þ]))){1,3}")
# Articles that make the words after "Given Family, " a title's head: vocabulary's, less two
# that are given names too ("John Smith, Una Jones. Title": a second author) and three this
# rule has never read ("um", "het", "een"), with Italian's "i" and an elided "l" set apart,
# which the shared list leaves out (where it is read, "I" is an initial or a numeral)
_ARTICLES = (ARTICLES - {"una", "uma", "um", "het", "een"}) | {"i", "l"}
_JOINERS = frozenset({*NAME_PARTICLES_MORE, *PARTICLES, "and", "et", "und", "y", "e", "&"})
# a name's lower-case prefix glued to its capital ("al-Azem", "el-Said", "d'Alessandro")
_GLUED_PARTICLE = re.compile(r"[a-z]{1,2}[-'’][A-ZÀ-Þ]")
# Vancouver's names, family then initials in capitals ("Craig JJ", "Fan HD")
_VANCOUVER = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ'’-]+\s[A-Z]{1,3}\b")
# periodicals' words the lexicon's English ones miss
_PERIODICAL = re.compile(
    r"(?i)zeitschrift|jahrb|sitzungsber|abhandl|mitteil|berichte|anzeiger|blätter|revue|"
    r"rivista|revista|annales|annali|anales|cahiers|quaderni|archiv|gazette|gazzetta|"
    r"newsletter|yearbook|transactions|studies in|series|"
    r"\b(?:records|papers|memoirs|mémoires|reports|proceedings|bulletin|bollettino|boletín|"
    r"zeitung|atti|acta|actas)\b")
# a reference work's name, a chapter's book ("Prospect theory. Encyclopedia of Behavioral
# Economics, Elsevier"; not a subtitle opening with an article, "A Handbook for Teachers")
_REFERENCE_WORK = re.compile(
    r"(?i)^(?!(?:an?|ein|eine|un|une|uno|una)\s)(?:[^,]*\s)?(?:encyclop|enzyklop|enciclop|"
    r"handbook|handbuch|lexikon|wörterbuch|dictionary|dictionnaire|dizionario|diccionario)")


def title_out_of_names(fields: dict[str, str], text: str) -> dict[str, str]:
    """Rule 1 of the module docstring."""
    author, title = fields.get("author", ""), fields.get("title", "")
    head, comma, rest = author.partition(", ")
    rest = rest.strip()
    if not (comma and title and rest) or not _GIVEN_FIRST.fullmatch(head.strip()):
        return fields
    if not rest[0].isupper() or names_alone(author)[1]:
        return fields  # "and others", "et al.", "u. a.", "e altri": the list's end, no title
    if any(w.isupper() for w in re.findall(r"[^\W\d_]{2,}", head)):
        return fields  # Vancouver's "Raser JM, O’Shea EK": family and initials
    words = rest.split()
    named = words[0].lower() not in _ARTICLES and not any(
        w[0].islower() and w not in _JOINERS and not _GLUED_PARTICLE.match(w) for w in words)
    if named or "," in rest or re.search(r"\b[A-ZÀ-Þ]\.", rest):
        return fields
    if not re.search(re.escape(rest) + r"\.\s+" + re.escape(title), text):
        return fields
    return {**fields, "author": head.strip(), "title": f"{rest}. {title}"}


def subtitle_out_of_container(fields: dict[str, str], text: str) -> dict[str, str]:
    """Rule 2 of the module docstring."""
    title, container = fields.get("title", ""), fields.get("container", "")
    if not (title and container) or fields.get("volume") or fields.get("issue"):
        return fields
    if re.search(r"\d\s*[-–]\s*\d", fields.get("pages", "")):
        return fields  # a range: a chapter's or an article's pages, in its book or journal
    if not (fields.get("location") or fields.get("publisher")) or fields.get("editor"):
        return fields
    if any(LEXICON.get(w.lower()) in ("journal", "conf", "in", "publisher")
           for w in re.findall(r"[^\W\d_]+", container)):
        return fields
    if _PERIODICAL.search(container) or ORG_WORDS.search(container.lower()) \
            or _REFERENCE_WORK.search(container):
        return fields  # a periodical, a reference work, or a body that published the work
    if container.split()[-1].lower() in PAPER_WORDS or _dated(text, container):
        return fields  # a newspaper, a magazine: "The Guardian, London, 12 March 2010"
    if _case_changes(title, container):
        return fields  # a chapter's sentence-case title, its book's title-case name:
        # "Two concepts of liberty. Four Essays on Liberty, Oxford University Press"
    if _VANCOUVER.search(fields.get("author", "")):
        return fields  # medicine's "Craig JJ (2005) Title. Publisher, Place": no book's subtitle
    if not re.search(re.escape(title) + r"\.\s+" + re.escape(container) + r"\s*,", text):
        return fields
    out = {k: v for k, v in fields.items() if k != "container"}
    out["title"] = f"{title}. {container}"
    if out.get("kind") in (None, "article"):
        out["kind"] = "book"
    return out


def _case_changes(title: str, container: str) -> bool:
    """The title in sentence case (a lower-case word of four letters or more), the container
    in title case (two words of four letters or more, all capitalised): one work prints no
    two cases, so these are a chapter's title and its book's."""
    book_words = re.findall(r"[^\W\d_]{4,}", container)
    return any(w.islower() for w in re.findall(r"[^\W\d_]{4,}", title)) and len(
        book_words) >= 2 and all(w[0].isupper() for w in book_words)


def _dated(text: str, container: str) -> bool:
    """A day's or a month's date printed after the container (an issue's, no book's)."""
    after = text[text.find(container) + len(container):]
    return any(w.lower().rstrip(".") in MONTH_NAMES for w in re.findall(r"[^\W\d_]+\.?", after))


def place_out_of_container(fields: dict[str, str], text: str) -> dict[str, str]:
    """Rule 3 of the module docstring."""
    container = fields.get("container", "")
    if not PLACE.fullmatch(container) or fields.get("location") or fields.get("volume"):
        return fields
    if not re.search(r",\s+" + re.escape(container) + rf",?\s+{YEAR_DIGITS}\b", text):
        return fields
    out = {k: v for k, v in fields.items() if k != "container"}
    out["location"] = container
    if out.get("kind") in (None, "article"):
        out["kind"] = "book"
    return out


# a "no place" mark as a part of its own ("..., s.l., CUP, 1998"): what follows is the imprint
_NO_PLACE_PART = re.compile(rf",\s*(?:{NO_PLACE_MARK})\.?\s*(?:,|$)")
_INITIAL = re.compile(r"\b[A-ZÀ-Þ]\.")


def title_out_of_no_place(fields: dict[str, str], text: str) -> dict[str, str]:
    """Rule 4 of the module docstring."""
    author = fields.get("author", "")
    mark = _NO_PLACE_PART.search(author)
    if mark is None or fields.get("title") or not _INITIAL.match(author):
        return fields
    parts = [p.strip() for p in author[: mark.start()].split(",")]
    first = next((i for i, p in enumerate(parts) if i and not _INITIAL.search(p)), None)
    if first is None:
        return fields
    out = {**fields, "author": ", ".join(parts[:first]), "title": ", ".join(parts[first:])}
    press = author[mark.end():].strip(" ,.")
    if press and not fields.get("publisher") and not re.search(r"\d", press):
        out["publisher"] = press
    out.setdefault("kind", "book")
    return out
