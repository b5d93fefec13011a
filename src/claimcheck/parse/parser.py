"""The parser proper: cleaning, tagging, repairing and assembling an entry into a
`Reference` (the package's docstring says which module does what). Imported by the
package on first use, so that a run whose entries are all kept from before never pays for
the rule modules' patterns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from claimcheck.collector import paused
from claimcheck.ingest.interface import RawEntry
from claimcheck.model import Reference
from claimcheck.parse import patterns
from claimcheck.parse.assemble import Run, clean_container, first_runs, runs
from claimcheck.parse.backrefs import BackReference, back_reference, note_number
from claimcheck.parse.backrefs import read_back_reference as _back
from claimcheck.parse.chapter import chapter_parts
from claimcheck.parse.conjoined import list_stopped
from claimcheck.parse.directed import curated_imprint, tagged_book
from claimcheck.parse.doubt import doubtful_fields, tags_with_confidence
from claimcheck.parse.emptycredits import without_empty_credits
from claimcheck.parse.fieldnumbers import tidy_numbers
from claimcheck.parse.keys import assign_keys, key_of
from claimcheck.parse.names import split_names
from claimcheck.parse.notefields import note_fields
from claimcheck.parse.notes import NoteParts, read_note
from claimcheck.parse.pool import parse_in_parts
from claimcheck.parse.repair import emphasised, repair
from claimcheck.parse.shortheads import head_authors, whole_or_rest
from claimcheck.parse.tagger import MODEL_PATH
from claimcheck.parse.tokens import Token, tokenize
from claimcheck.parse.weblinks import printed_doi, printed_url
from claimcheck.text import clean_markup

if TYPE_CHECKING:
    from claimcheck.parallel import Aside

__all__ = ["parse_entries", "parse_entries_with", "parse_entry", "parse_entry_with",
           "parse_string"]


_SPACED_FORMULA = re.compile(r"(\$[^$]+\$)\s+-(?=\w)")
_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^<>\s]+)>")
_NUMBER_HYPHEN = re.compile("(?<=\\d)\u2011(?=\\d)")  # not U+2010, which DOIs print


def _clean(raw: str) -> str:
    # Markdown autolinks "<https://...>" would otherwise be taken for HTML tags; PDF
    # extraction spaces a formula off its hyphen ("$\\beta$ -hydroxybutyrate").
    if "$" in raw:
        raw = _SPACED_FORMULA.sub(r"\1-", raw)
    if "<" in raw:
        raw = _AUTOLINK.sub(r" \1 ", raw)
    if "\u2011" in raw:  # French styles' non-breaking hyphen: "p. 181‑205"
        raw = _NUMBER_HYPHEN.sub("-", raw)
    return clean_markup(raw)


def parse_entry(entry: RawEntry) -> Reference:
    """One entry parsed into fields; `id` is its key as if it were alone in the list."""
    return parse_entry_with(entry, MODEL_PATH)


def parse_entry_with(entry: RawEntry, model: Path) -> Reference:
    """`parse_entry` with another tagger model (the benchmarks' cross-validation folds)."""
    return _parse([entry], model)[0]


def parse_entries_with(entries: Sequence[RawEntry], model: Path) -> tuple[Reference, ...]:
    """Each entry parsed as `parse_entry_with` does (keyed as if alone), all in one pass of
    the tagger: many strings cost much less each than one at a time."""
    return tuple(_parse(entries, model))


class _Prepared(NamedTuple):
    """An entry made ready for the tagger: its printed label, body and tokens; a footnote's
    signal word and pinpoint, kept out of the tagged text (`notes`), and whether it refers
    back to an earlier note instead of citing a work (`backrefs`)."""

    label: str
    body: str
    tagged: str
    tokens: tuple[Token, ...]
    note: NoteParts
    back: BackReference | None
    whole: str = ""  # with the short form before it, tagged too (`shortheads.whole_or_rest`)


def _prepare(entry: RawEntry) -> _Prepared:
    label, body = patterns.split_label(_clean(entry.text), entry.index)
    if not label:
        label, body = note_number(body)
    note = read_note(body)
    back = _back(note.text)
    tagged = without_empty_credits(patterns.strip_notes(note.text))
    whole = f"{note.head} {tagged}" if note.head else ""
    return _Prepared(label, body, tagged, tokenize(tagged), note, back, whole)


def _parse(
    entries: Sequence[RawEntry], model: Path, aside: Aside | None = None
) -> list[Reference]:
    """The entries parsed: a long list in parts on every core (`pool`), else here; the
    caller's `aside` work done once, while the workers parse, or else before."""
    parsed = parse_in_parts(entries, model, parse_here, aside)
    if parsed is not None:
        return parsed
    if aside is not None:
        aside.run()
    return parse_here(entries, model)


def parse_here(
    entries: Sequence[RawEntry], model: Path, numpy: bool | None = None
) -> list[Reference]:
    """The entries parsed in this process, the tagger run over all of them at once (it is
    fastest so; `numpy` as `tagger.tag_many` takes it); the garbage collector paused
    meanwhile (claimcheck/collector.py)."""
    with paused():
        prepared = [_prepare(entry) for entry in entries]
        wholes = [tokenize(p.whole) for p in prepared if p.whole]
        tagged = tags_with_confidence([p.tokens for p in prepared] + wholes, model, numpy)
        whole_tags = iter(zip(wholes, tagged[len(prepared):], strict=True))
        return [_finish(entry, p, *t, next(whole_tags) if p.whole else None)
                for entry, p, t in zip(entries, prepared, tagged[:len(prepared)], strict=True)]


def _finish(
    entry: RawEntry, prepared: _Prepared, crf: tuple[str, ...], confidence: tuple[float, ...],
    whole: tuple[tuple[Token, ...], tuple[tuple[str, ...], tuple[float, ...]]] | None = None,
) -> Reference:
    """The entry's fields from the tagger's labels, the rules' repairs and the patterns; a
    short form's note (`whole`: its tokens and tags with the short form) read both ways."""
    label, body, tagged, tokens, note, back, _ = prepared
    if back is not None:
        return _referring_back(entry, label, note.signal, back)
    labels = repair(tagged, tokens, crf, emphasised(entry.text, tagged))
    labelled = runs(tokens, labels)
    fields = _fields(tagged, labelled)
    if whole is not None:
        whole_labels = repair(prepared.whole, whole[0], whole[1][0],
                              emphasised(entry.text, prepared.whole))
        whole_fields = _fields(prepared.whole, runs(whole[0], whole_labels))
        fields = whole_or_rest(fields, whole_fields, note.head)
    authors = split_names(fields.get("author", ""), stopped=list_stopped(tagged, labelled),
                          titled=bool(fields.get("title")))
    if note.head:
        authors = replace(authors, authors=head_authors(note.head, authors.authors))
    year, suffix = patterns.find_year(note.head or fields.get("date", ""), first=True)
    if not year:
        year, suffix = patterns.find_year(tagged)
    url = printed_url(fields.get("url", "")) or printed_url(patterns.find_url(body))
    title = fields.get("title", "")
    return Reference(
        id=key_of(authors.authors, title, year, suffix),
        index=entry.index, line=entry.line, raw=entry.text,
        kind=fields.get("kind") or patterns.kind_of({**fields, "url": url}, body),
        label=label or fields.get("label", "").strip("[]() ."),
        authors=authors.authors, et_al=authors.et_al,
        editors=split_names(fields.get("editor", "")).authors,
        year=year, year_suffix=suffix,
        title=title,
        container=_abbreviation_stop(fields.get("container", ""), tagged),
        volume=fields.get("volume", ""), issue=fields.get("issue", ""),
        pages=fields.get("pages", ""), publisher=fields.get("publisher", ""),
        location=fields.get("location", ""),
        doi=printed_doi(body, fields.get("doi", "")), url=url,
        notes=patterns.find_notes(body) + ((note.comment,) if note.comment else ()),
        doubtful=doubtful_fields(crf, labels, confidence),
        signal=note.signal, pinpoint=note.pinpoint,
    )


def _fields(tagged: str, labelled: tuple[Run, ...]) -> dict[str, str]:
    fields = _with_chapter(tidy_numbers(first_runs(tagged, labelled)), tagged, labelled)
    return note_fields(fields, tagged)


def _referring_back(entry: RawEntry, label: str, signal: str, back: BackReference) -> Reference:
    """A note that refers back ("Ibid., 52."): read whole, linked later (`backrefs.link`)."""
    base = Reference(id="", index=entry.index, line=entry.line, raw=entry.text, label=label,
                     signal=signal)
    ref = back_reference(base, back)
    return replace(ref, id=key_of(ref.authors, ref.title, "", ""))


def _abbreviation_stop(container: str, text: str) -> str:
    """An abbreviated journal keeps the full stop of its last abbreviation ("Nat. Rev.
    Neurosci."), which field clean-up takes for punctuation; only when printed so."""
    if "." in container and not container.endswith(".") and f"{container}." in text:
        return f"{container}."
    return container


_IN_PART = re.compile(r"[.,;]\s+[Ii]n:?\s")  # as chapter._IN
_EN_PART = re.compile(r",\s+(?:en|dans)\s*:?\s")


def _with_chapter(fields: dict[str, str], text: str, labelled: tuple[Run, ...]) -> dict[str, str]:
    """Editors, book and kind from a chapter layout, which the pattern reads more surely."""
    chapter = chapter_parts(text)
    if not chapter.found:
        return fields
    if chapter.titled:  # an edition ("In Memoriam, ed. by ..."): the book is its own title
        return chapter.edition(fields)
    # The chapter's title is printed before "In ..." (the book's may be labelled a title too,
    # and longer); the tagger may run it on into the "In ..." part; its own " in " stays.
    before = first_runs(text, tuple(r for r in labelled if r.end <= chapter.start))
    title = before.get("title") or fields.get("title", "")
    # a lower-case "en" / "dans" ends the title only where it is the chapter's cue (the last
    # one: "Los jóvenes, en la calle, en Book, ..."); else it is the title's own word
    if text.startswith(("en", "dans"), chapter.start):
        title = title[:max((m.start() for m in _EN_PART.finditer(title)), default=len(title))]
    title = _IN_PART.split(title)[0]
    book = clean_container(chapter.book)
    imprint: dict[str, str] = {}
    if chapter.directed:
        book, imprint = tagged_book(fields, book)
    elif chapter.curated:
        imprint = curated_imprint(fields, text, chapter.start, chapter.editors)
    return {**fields, **imprint, "editor": chapter.editors, "container": book,
            "title": title.strip(" .,;:"), "kind": "chapter"}


def parse_entries(
    entries: Sequence[RawEntry], aside: Aside | None = None
) -> tuple[Reference, ...]:
    """Every entry parsed, in order, with keys unique within the list. `aside`, the caller's
    own work and its share of the parse's cost (`claimcheck.parallel.Aside`), is done once:
    while worker processes parse a long list, else first."""
    return assign_keys(_parse(entries, MODEL_PATH, aside))


def parse_string(text: str) -> Reference:
    """A bare reference string parsed as entry 1 (line 0), as a list of one
    (`notelist.settle`: alone, it reads as no list of notes)."""
    return assign_keys([parse_entry(RawEntry(text=text, index=1, line=0))])[0]
