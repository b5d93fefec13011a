"""A journal printed in quotation marks after a title printed without them.

Italian and Polish styles (and others that set the title in italics) print the journal in
guillemets or low-high quotes after the title's comma: "Title, «Neuron» 75 (2012), pp.
11-25", "Title, in «J. Cell Sci.», fasc. 125, 2012", "Title, „J Cereal Sci” t. 48 (2008)".
The tagger, which mostly sees quotes around titles, runs the title on into the quotes. The
quoted words are the journal's when:
- the title run opens with no quote of its own and holds two words or more before them;
- the quotes open after the title's comma (or after a comma and "in" / "w:", or after the
  title's full stop, a lower-case word's, after the names the tagger read and before a
  volume: "Cosgrove, B. D., et al. ... aged muscles. «Nat. Med.» (2014) 20: 255"), close within
  twenty tokens, hold a capitalised name that is no sentence, and no title word follows the
  closing quote but the cue words before the numbers;
- the journal's numbers come next: a volume, issue, pages or date run (or a number) after
  at most two short cue words ("fasc.", "t.", "a.", "nr", "R."), a volume, issue or pages
  run among them (or a volume's cue word and number: ", t. 248"), and no publisher or place
  follows (a book's series in quotes, "Title, «Collana» 12, Bologna, Il Mulino", and a title
  that ends in a quoted name before a year, "Dzieje, „Solidarność” 1980", stay as they were).
The cue words ("in", "fasc.", "t.") are left unlabelled.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token

# Typographic quotes only, apart from `quoted.QUOTES` on purpose: the styles that quote
# their journals print guillemets or low-high quotes (see above); straight and single
# quotes, which quote titles in most styles, are left to `quoted`
OPENERS = {"«": "»", "„": "”“", "“": "”"}
_NUMBERS = frozenset({"volume", "issue", "pages", "date"})
_ARTICLE_NUMBERS = frozenset({"volume", "issue", "pages"})
_BOOKISH = frozenset({"publisher", "location"})
_REACH = 20
_CUES = ("in", "w")


def quoted_journal(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 0 or tokens[start].text in OPENERS \
            or (start and tokens[start - 1].text in OPENERS):
        return
    opening = next((i for i in range(start + 2, end) if tokens[i].text in OPENERS), -1)
    comma = _comma_before(tokens, opening, start, "author" in out[:start]) \
        if opening > 0 else -1
    if comma < 0:
        return
    closing = next((j for j in range(opening + 1, min(len(tokens), opening + _REACH))
                    if tokens[j].text in OPENERS[tokens[opening].text]), -1)
    if closing < opening + 2 or not a_name(tokens[opening + 1:closing]):
        return
    numbers = _numbers_after(tokens, out, closing + 1)
    if any(out[k] == "title" and tokens[k].text[:1].isalnum()
           for k in range(max(closing + 1, numbers), end)):
        return  # the title goes on after the quotes: "Reading “The Waste Land” again"
    after = set(out[closing:])
    if numbers < 0 or after & _BOOKISH or not (after & _ARTICLE_NUMBERS
                                               or _cued_volume(tokens, numbers)
                                               or _cued_volume(tokens, closing + 1, True)):
        return
    if tokens[comma].text == "." and "volume" not in after:
        return  # after a stop, a journal's volume: a report prints a count or a cited page
        # ("Québec. Ministère ... sociaux. « Plan d’action » (2005), 12 p.")
    for k in range(opening, numbers):
        out[k] = "container"
    # the cue words around the quotes ("in", "w:", "fasc.", "t.") are no part of the name
    for k in range(comma + 1, opening):  # ", in «" / ", w: „"
        out[k] = "O"
    for k in range(closing + 1, numbers):
        if out[k] == "container" and tokens[k].text[:1].isalpha():
            out[k] = "O"


# Polish "tom", "numer", "zeszyt" and Czech "ročník", "číslo" before a journal's number: the
# tagger may read "2002, t. 12, nr 3" as the date alone
_VOLUME_CUES = frozenset({"t", "nr", "z", "roč", "č"})


def _cued_volume(tokens: tuple[Token, ...], j: int, quote: bool = False) -> bool:
    """Whether a volume or issue word and its number follow the date at `j` (", t. 12"), or
    the closing quote (`quote`, `j` after it: "„Plant Soil”, t. 248", the tagger reading the
    volume as a note); there only an abbreviation with its stop or "nr", and a bare number (not
    Polish "z" = "from", "„Potop” z 1974 r.", nor a law's number, "„Zákon o obcích“, č.
    128/2000 Sb.")."""
    for k in range(j, min(len(tokens) - 1, j + 4)):
        number = k + 2 if tokens[k + 1].text == "." else k + 1  # "t. 12", "nr 3"
        if tokens[k].text in _VOLUME_CUES and number < len(tokens) \
                and tokens[number].text.isdigit():
            bare = number == k + 1 and tokens[k].text != "nr"  # "z 1974", not "z. 3", "nr 3"
            law = number + 1 < len(tokens) and tokens[number + 1].text == "/"  # "č. 128/2000"
            return not (quote and (bare or law))
    return False


def _comma_before(tokens: tuple[Token, ...], opening: int, start: int, named: bool) -> int:
    """The comma of ", «" or ", in «" / ", w: „" (or the title's stop, after the names the
    tagger read: `named`) with two words of the title before it, or -1."""
    i = opening - 1
    if tokens[i].text == ":":
        i -= 1
    if tokens[i].text.lower() in _CUES:
        i -= 1
    words = sum(t.text[:1].isalnum() for t in tokens[start:i])
    # or the title's full stop after a lower-case word ("... aged muscles. «Nat. Med.»"):
    # no initial's ("Smith, J. «Title»"), no abbreviation's; and only after the names: in a
    # run that opens the note the stop may close a body's name before a report's quoted title
    # ("Ministère de la Santé et des Services sociaux. « Plan d’action » (2005), 12 p.")
    stop = named and tokens[i].text == "." and i > 0 and tokens[i - 1].text.isalpha() \
        and tokens[i - 1].text.islower() and len(tokens[i - 1].text) > 2
    return i if (tokens[i].text == "," or stop) and words >= 2 else -1


def a_name(inside: tuple[Token, ...]) -> bool:
    """A capitalised name, no sentence: "Neuron", "Comp. Biochem. Physiol. C", "J Mach
    Learn Res"; not "The cat sat. It ..." nor a lower-case phrase."""
    words = [t.text for t in inside if t.text[:1].isalnum()]
    if not words or not words[0][:1].isupper() or len(words) > 12:
        return False
    for i, token in enumerate(inside[1:], 1):
        if token.text in ".?!" and inside[i - 1].text.islower() and len(inside[i - 1].text) > 3:
            return False
    return True


def _numbers_after(tokens: tuple[Token, ...], out: list[str], j: int) -> int:
    """Where the journal's numbers start after the closing quote (at most two short cue
    words and punctuation before them), or -1."""
    cues = 0
    while j < len(tokens):
        text = tokens[j].text
        if out[j] in _NUMBERS or text.isdigit():
            return j
        if text[:1].isalpha():
            cues += 1
            abbreviated = len(text) <= 3 and j + 1 < len(tokens) and tokens[j + 1].text == "."
            if cues > 2 or len(text) > 5 or not (text.islower() or abbreviated):
                return -1  # ("fasc.", "t.", "a.", "nr", "R." for rocznik, "Vol.")
        j += 1
    return -1
