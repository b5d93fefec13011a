"""A title printed in quotation marks is what its quotes hold.

- The tagger may cut the title inside its quotes, at an inner comma, colon or initial
  ("‘Global Pollinator Declines: Trends, | Impacts and Drivers’, Trends in Ecology",
  "„... leaves of T. | minuta“, J. Ethnopharmacol"): when the title run opens right after an
  opening quote and stops before the matching closing quote, which follows within a few
  words with no other quote and no sentence's end between ("“Yates’ correction. Encyclopedia
  of ...”" prints two fields in one pair of quotes) and closes a field (a comma, stop,
  colon, semicolon, bracket, "in" or the end after it), the words up to the quote are the
  title's; after a comma, only when a capital follows it ("'On ... shell theory, | progress
  in applied mechanics'" may quote a series after the title).
- It may run on after the closing quote (',” in Religions in Antiquity'): what it took is
  the container when none is labelled, else a note. A colon after the quote leaves the title
  alone ('“Rapid-impact interventions”: how a policy ...'), unless a colon also stands before
  the opening quote and no container is labelled ('Randler, C.: “Mating patterns ...”:
  Ardea'): house styles print one mark between their groups, so the mark that opened the
  title closes it (but 'Smith, J.: “...”: A Reply, Climatic Change 12' has its journal).
- House styles' marks (session 20): German single low quotes ("‚...‘"), a title run that
  opens at the delimiter before its quote ("(2017): | „Graphene ...“"), a spaced dash or
  slash after the closing quote ("«...» - en J Biol", "“...” / Polym. Chem.") and a question
  inside the quotes before a subtitle ("„Publishing perishing? Towards ...“"). A title that
  opens with a quoted word goes on after such a dash or slash ("‚Vertrauen‘ – eine ...",
  "‚Tatort‘ / ‚Polizeiruf‘: ...", "‚Kassandra‘ – Vier Vorlesungen. | Darmstadt:"), unless the
  same mark stood before the opening quote; an edition's ordinal or a title's word after an
  echoed colon is no journal's volume ("„...“: Ein Überblick, 2. Aufl.").
"""

from __future__ import annotations

from claimcheck.parse.tokens import LEXICON, Token

# Each opening quote and the marks that may close it: a title's quotes, straight or single
# ones too, closed leniently ("“...\"", "‘...'": records and PDFs mix the kinds). Not "»": a
# German title quoted »...« after names is `quotedstart`'s (its own pairs, strict, take
# "»"); a journal in quotes is `quotedjournal`'s (typographic quotes only).
QUOTES = {'"': '"”', "“": "”\"", "„": "“”", "«": "»", "'": "'’", "‘": "’'", "‚": "‘’"}
OPENING_QUOTES = frozenset(QUOTES)
# Lexicon classes of words that open the field after them: "pp.", "vol.", "no.", "In", "eds".
CUES = frozenset({"pages", "volume", "issue", "doi", "in", "editor"})  # (boundaries' too)
_REACH = 30  # tokens after the title run within which its closing quote is looked for
_FIELD_END = frozenset(",.:;([")
SPACED_MARKS = frozenset("-–—/")  # a field's end when spaced: "«...» - en J Biol"
_DELIMITERS = frozenset(",.:;")  # the single mark a house style prints between groups
# every mark a house style prints between its groups (`delimited`, `quotedcontainer`)
GROUP_MARKS = _DELIMITERS | SPACED_MARKS
_JOURNAL_WORDS = 7  # tokens after an echoed mark within which a journal's volume stands


def quoted_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rules above, in place."""
    if "title" not in out:
        return
    first, opened_at_mark = out.index("title"), False
    if tokens[first].text in _DELIMITERS and first + 1 < len(out) \
            and out[first + 1] == "title" and tokens[first + 1].text in QUOTES:
        first += 1  # the run opens at the delimiter before the quote: "(2017): | „..."
        opened_at_mark = True
    start = first + 1 if tokens[first].text in QUOTES else first
    opening = tokens[start - 1].text if start > 0 else ""
    if opening not in QUOTES:
        return
    _to_the_closing_quote(tokens, out, start, QUOTES[opening])
    _run_on(tokens, out, start, QUOTES[opening], opened_at_mark)


def _to_the_closing_quote(tokens: tuple[Token, ...], out: list[str], start: int,
                          closers: str) -> None:
    end = start
    while end < len(out) and out[end] == "title":
        if _closes(tokens, end, closers):
            return  # the quote closes inside the title run
        end += 1
    if end == start or end >= len(out) or _sentence_end(tokens, end - 1) \
            or (tokens[end - 1].text == "," and not tokens[end].text[:1].isupper()):
        return  # (the rest after a comma opens with a capital: "Trends, | Impacts and ...")
    for j in range(end, min(len(out), end + _REACH)):
        if _closes(tokens, j, closers):
            after = tokens[j + 1].text if j + 1 < len(tokens) else "."
            if after[:1] in _FIELD_END or after.lower() == "in" or after in "“”" \
                    or spaced_mark(tokens, j + 1):
                out[end:j + 1] = ["title"] * (j + 1 - end)
            return
        quote = tokens[j].text in QUOTES or tokens[j].text in "”»“"
        if (quote and not _inside_word(tokens, j)) or _sentence_end(tokens, j):
            return  # another quote first, or a sentence ends: not this title's


def spaced_mark(tokens: tuple[Token, ...], j: int) -> bool:
    """A dash or slash with spaces around it (not "meta-analysis", "Ge/Si")."""
    return 0 < j < len(tokens) - 1 and tokens[j].text in SPACED_MARKS \
        and tokens[j].start > tokens[j - 1].end and tokens[j + 1].start > tokens[j].end


def _sentence_end(tokens: tuple[Token, ...], j: int) -> bool:
    """A stop after a lower-case word, before a capital ("correction. Encyclopedia of ...");
    not a question, which a quoted title asks before its subtitle ("perishing? Towards")."""
    return tokens[j].text == "." and tokens[j - 1].text.islower() \
        and len(tokens[j - 1].text) >= 3 and j + 1 < len(tokens) \
        and tokens[j + 1].text[:1].isupper()


def _run_on(tokens: tuple[Token, ...], out: list[str], start: int, closers: str,
            opened_at_mark: bool = False) -> None:
    """What the title run took after its closing quote, out of it (see the docstring); when
    the run opened at the delimiter before the quote, only after a mark ("„Chapeau!“
    Soziale Unterschiede ..." is one title)."""
    closing = next((i for i in range(start, len(out)) if out[i] != "title"
                    or _closes(tokens, i, closers)), len(out))
    if closing >= len(out) or out[closing] != "title":
        return
    after = closing + 1 if closing + 1 < len(out) else closing
    word = tokens[after].text
    if opened_at_mark and word[:1].isalnum():
        return
    if spaced_mark(tokens, after) and _title_goes_on(tokens, out, start, after):
        return  # "‚Vertrauen‘ – eine historische Spurensuche", "‚Tatort‘ / ‚Polizeiruf‘: ..."
    if (word == ":" and (_named_container(tokens, out) or not _echoed(tokens, start, after))) or (
            after > closing and word[:1].islower() and word != "by"
            and LEXICON.get(word.lower()) not in CUES):
        return  # '"Rapid-impact interventions": how a policy ...': the quote opens the title
        # (but '"Influence of Body Hair," by R.L. Sharp' names the authors after it)
    end = closing + 1
    while end < len(out) and out[end] == "title" and not tokens[end].text[:1].isalnum():
        end += 1  # the punctuation after the closing quote
    rest = "note" if "container" in out or word == "by" else "container"
    while end < len(out) and out[end] == "title":
        out[end] = rest
        end += 1


def _title_goes_on(tokens: tuple[Token, ...], out: list[str], start: int, after: int) -> bool:
    """After a spaced dash or slash, a lower-case word that is no cue ("– eine", "– a
    reappraisal"; not "- en J Biol", "– in: ...", "– w: ..."), another quote, or words up to
    a book's imprint ("‚Kassandra‘ – Vier Vorlesungen. | Darmstadt: Luchterhand") go on; not
    when the same mark stands before the opening quote: the style's mark between groups
    ("Klein / ‘Physical activity ...’ / ‘Br J Ophthalmol’ (2006)")."""
    i = after + 1
    if i >= len(tokens) or (start >= 2 and tokens[start - 2].text == tokens[after].text):
        return False
    word = tokens[i].text
    if word in QUOTES:
        return True
    cue = LEXICON.get(word.lower()) in CUES or word.lower() in {"en", "dans"} \
        or (i + 1 < len(tokens) and tokens[i + 1].text == ":")
    if word[:1].islower():
        return not cue
    end = next((k for k in range(i, len(out)) if out[k] != "title"), len(out))
    return not cue and end < len(out) and out[end] in {"location", "publisher"}


def _named_container(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """A container is labelled by a word of its name ("..., Climatic Change 12"), not only by
    a volume's cue word before its number (", Bd. 20", ", Vol. 3": the tagger's container)."""
    return any(label == "container" and tokens[k].text[:1].isalpha()
               and not (k + 2 < len(tokens) and tokens[k + 1].text == "."
                        and tokens[k + 2].text[:1].isdigit())
               for k, label in enumerate(out))


def _echoed(tokens: tuple[Token, ...], start: int, after: int) -> bool:
    """The mark after the closing quote is the one before the opening quote, the quotes hold
    four words or more, and a capital follows the mark and a number soon after it, as after
    a journal's name: 'Randler, C.: “Mating patterns ...”: Ardea, t. 96' (not '(1995): „Being
    There“: Proximity, Organization, and ...' nor '“Rapid-impact interventions”: how ...')."""
    inside = sum(t.text[:1].isalnum() for t in tokens[start:after])
    soon = tokens[after + 1:after + 1 + _JOURNAL_WORDS]
    return start >= 2 and tokens[start - 2].text == tokens[after].text and inside >= 4 \
        and after + 1 < len(tokens) and tokens[after + 1].text[:1].isupper() \
        and any(t.text[:1].isdigit() for t in soon) and not _ordinal(tokens, after + 1)


def _ordinal(tokens: tuple[Token, ...], start: int) -> bool:
    """The first number after the mark is an ordinal ("Ein Überblick, 2. Aufl.", "vom 28.
    Oktober") or follows a lower-case word of four letters or more, a title's ("des
    kaiserlichen Deutschland 1914/18"; not a journal's "für", "of the", nor a label's "t.")."""
    for k in range(start, min(len(tokens), start + _JOURNAL_WORDS)):
        word = tokens[k].text
        if word[:1].isdigit():
            return k + 2 < len(tokens) and tokens[k + 1].text == "." \
                and tokens[k + 2].text[:1].isupper()
        if word.isalpha() and word.islower() and len(word) >= 4 \
                and LEXICON.get(word) not in CUES:
            return True
    return False


def _closes(tokens: tuple[Token, ...], i: int, closers: str) -> bool:
    """A closing quote, not an apostrophe inside a word ("Buchberger's")."""
    return tokens[i].text in closers and not _inside_word(tokens, i)


def _inside_word(tokens: tuple[Token, ...], i: int) -> bool:
    """A quote glued to letters on both sides: an apostrophe ("Darwin's"), no quote."""
    return (0 < i < len(tokens) - 1 and tokens[i + 1].start == tokens[i].end
            and tokens[i + 1].text[:1].isalpha() and tokens[i - 1].end == tokens[i].start)
