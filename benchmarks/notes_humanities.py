"""Synthetic humanities and legal footnotes by style family, for `parse_notes.py`.

`notes_synth.py` draws any of the 545 CSL note styles and mostly biomedical records, so the
notes of the humanities are rare in it. Here each *family* of note styles gets its own
documents: Chicago notes, MHRA / New Hart's Rules / Oxford, legal (OSCOLA, AGLC, the
German, Austrian, Swiss, Spanish, Polish legal styles ...), and the note styles whose default
locale is German, French, Spanish or Italian (citeproc-py prints their terms: "hg. v.",
"S.", "dir.", "trad."). Records are the same shared structured records, books and
chapters first, dressed the way humanities works are: a translator or editor on a book, a
chapter in an edited book (editors and the book's title borrowed from other records, a page
range), a newspaper article (a dated issue), a manuscript in an archive. Notes are dressed
in the family's language: its signal words and lead-ins, its back-references ("Ebd., S.
12.", "Ivi, p. 12.", "Ibíd., p. 12.", "a. a. O., S. 12", "op. cit., p. 12"), and now and
then commentary after the citation ("emphasis added", "my translation", "who argues
that ..."). The gold is still only what the style printed, from the field markers. Fixed
seed: the same set every run.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from citeproc_synth import citation_format, load_styles
from notes_synth import FORMS, Pool, _next_note, _pool

_LOCALE = re.compile(r'default-locale="([a-z]{2})')
_LEGAL = re.compile(r"legal|law|oscola|juris|recht|juridiques|derecho|giappichelli|"
                    r"zitierweise|jurisprudence|azr")
FAMILIES = ("chicago", "mhra-oxford", "legal", "german", "french", "spanish-italian")

_EN_AFTER = (", emphasis added", ", emphasis in original", " (my translation)",
             ", who argues that the reform failed", ", where the argument is made at length",
             "; for a different view, see the works cited in n. 4",
             ". The point is disputed")
# citeproc-py prints a style's "edition" term without its value, ". " for a missing given
# name, and a chapter's authors again as its book's ("‘Essay’, in W. Hutton, Book") where
# the record has no book author: its faults, not the styles'; such notes are drawn again.
_FAULTS = re.compile(r"\b[Ee]dition\b|(?:^|\s)\.\s")


class _Reject:
    """`search(text)` true for a note printed with one of citeproc-py's faults."""

    @staticmethod
    def search(text: str) -> bool:
        first = text.split(",")[0].strip()
        repeated = any(f"{word} {first}," in text for word in ("in", "dans", "en", "In:", "in:"))
        return bool(_FAULTS.search(text)) or (len(first) > 3 and repeated)


_REJECT = _Reject()
LANGUAGE_FORMS: dict[str, dict[str, Any]] = {
    "en": {**FORMS, "after": _EN_AFTER},
    "de": {"signals": ("Vgl. {}", "Vgl. dazu {}", "Vgl. auch {}", "Siehe {}", "Siehe auch {}",
                       "So auch {}", "Dazu ausführlich {}", "Zum Folgenden {}"),
           "joins": ("; ", "; ferner ", "; vgl. auch "),
           "ibid": ("Ebd.", "Ebd., S. {}.", "Ebenda, S. {}.", "Ibid., S. {}."),
           "op_cit": "a. a. O., S. {}",
           "after": (", Hervorhebung im Original", ", Hervorhebung d. Verf.",
                     " (eigene Übersetzung)", ", mit weiteren Nachweisen")},
    "fr": {"signals": ("Voir {}", "Voir aussi {}", "Voir notamment {}", "Cf. {}",
                       "Sur ce point, voir {}", "À ce sujet, voir {}"),
           "joins": ("; ", "; voir aussi ", "; et "),
           "ibid": ("Ibid.", "Ibid., p. {}.", "Id., p. {}."),
           "op_cit": "op. cit., p. {}",
           "after": (", nous soulignons", " (notre traduction)", ", qui souligne ce point")},
    "es": {"signals": ("Véase {}", "Véase también {}", "Cf. {}", "Al respecto, véase {}"),
           "joins": ("; ", "; véase también ", "; y "),
           "ibid": ("Ibid.", "Ibíd., p. {}.", "Ídem, p. {}."),
           "op_cit": "op. cit., p. {}",
           "after": (", cursivas en el original", " (traducción propia)")},
    "it": {"signals": ("Cfr. {}", "Si veda {}", "Si veda anche {}", "Vedi {}",
                       "Su questo punto, cfr. {}"),
           "joins": ("; ", "; cfr. anche ", "; e "),
           "ibid": ("Ibid.", "Ivi, p. {}.", "Ibidem, p. {}."),
           "op_cit": "cit., p. {}",
           "after": (", corsivo mio", " (traduzione mia)")},
}
_NEWSPAPERS = ("The Times", "New York Times", "Le Monde", "Frankfurter Allgemeine Zeitung",
               "El País", "Corriere della Sera", "The Guardian", "Die Zeit", "Le Figaro",
               "La Stampa", "Süddeutsche Zeitung", "Washington Post")
_ARCHIVES = (("National Archives", "Kew", "FO 371/{}"), ("Bundesarchiv", "Berlin", "R 43/{}"),
             ("Archives nationales", "Paris", "F/7/{}"),
             ("Archivio Centrale dello Stato", "Roma", "b. {}"),
             ("Archivo General de la Nación", "México", "leg. {}"))


def family(path: str) -> str:
    """The family of a note style, or "" when it belongs to none measured here."""
    stem = Path(path).stem
    locale = _LOCALE.search(Path(path).read_text(encoding="utf-8", errors="replace"))
    lang = locale.group(1) if locale else "en"
    if lang not in LANGUAGE_FORMS:
        return ""
    if _LEGAL.search(stem):
        return "legal"
    if stem.startswith("chicago-notes"):
        return "chicago"
    if re.match(r"mhra-notes|new-harts-rules-notes|oxford-guide-to-style-notes", stem):
        return "mhra-oxford"
    return {"de": "german", "fr": "french", "es": "spanish-italian",
            "it": "spanish-italian"}.get(lang, "")


def _language(path: str) -> str:
    found = _LOCALE.search(Path(path).read_text(encoding="utf-8", errors="replace"))
    lang = found.group(1) if found else "en"
    return lang if lang in LANGUAGE_FORMS else "en"


def _names(item: dict[str, Any], count: int) -> list[dict[str, str]]:
    return [dict(a) for a in item["author"][:count]]


def dressed(item: dict[str, Any], other: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """`item` dressed as a humanities work, with names and a book title from `other`."""
    roll = rng.random()
    kind = item["type"]
    if roll < 0.08:
        return _newspaper(item, rng)
    if roll < 0.13:
        return _manuscript(item, rng)
    if kind == "book" and roll < 0.35:
        role = rng.choice(("translator", "editor"))
        return {**item, role: _names(other, 1)}
    if kind in ("book", "chapter") and roll < 0.7 and other.get("title"):
        start = rng.randint(3, 400)
        editors = _names(other, rng.randint(1, 3))
        pages = f"{start}–{start + rng.randint(8, 40)}"
        return {**item, "type": "chapter", "container-title": other["title"],
                "editor": editors, "page": pages,
                "publisher": item.get("publisher") or other.get("publisher", "")}
    return item


def _newspaper(item: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    year = item.get("issued", {"date-parts": [[1990]]})["date-parts"][0][0]
    return {"type": "article-newspaper", "author": item["author"][:1], "title": item["title"],
            "container-title": rng.choice(_NEWSPAPERS),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}}


def _manuscript(item: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    archive, place, shelf = rng.choice(_ARCHIVES)
    return {"type": "manuscript", "author": item["author"][:1], "title": item["title"],
            "issued": item.get("issued", {"date-parts": [[1920]]}), "archive": archive,
            "archive-place": place, "archive_location": shelf.format(rng.randint(10, 9999))}


def _humanities_pool(rng: random.Random) -> list[dict[str, Any]]:
    items = [i for i in _pool(rng) if i.get("publisher") or rng.random() < 0.5]
    return [dressed(item, items[(n * 7 + 3) % len(items)], rng)
            for n, item in enumerate(items) if item.get("author")]


def documents(per_family: int, per_document: int, seed: int
              ) -> list[tuple[str, list[dict[str, Any]]]]:
    """`per_family` lists of `per_document` notes for each family: (family, notes)."""
    rng = random.Random(seed)
    styles = [s for s in load_styles() if citation_format(s) == "note"]
    by_family = {f: [s for s in styles if family(s) == f] for f in FAMILIES}
    pool = Pool(_humanities_pool(rng))
    docs: list[tuple[str, list[dict[str, Any]]]] = []
    for name in FAMILIES:
        made = 0
        while made < per_family:
            style = rng.choice(by_family[name])
            forms = {**LANGUAGE_FORMS[_language(style)], "reject": _REJECT}
            notes: list[dict[str, Any]] = []
            while len(notes) < per_document:
                note = _next_note(notes, pool, style, rng, forms)
                if note is None:
                    break
                notes.append(note)
            if len(notes) < per_document:
                continue
            for n, note in enumerate(notes, 1):
                note["string"] = f"{n} " + note.pop("text")
            docs.append((name, notes))
            made += 1
    return docs
