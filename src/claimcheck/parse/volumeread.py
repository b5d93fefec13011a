"""A journal's volume the tagger read as the first pages, with the work's pages printed after
it: Chicago's "J Ornithol 139 (1998): 173–177", MHRA's "Behaviour, 145 (2008), pp.
983–1001", OSCOLA's "(2011) 1 Brain Connect, 169–183".

The tagger, seeing a bare number between the journal and the year's bracket, often takes it
for the pages (its training strings print "Journal, 139, 1998" less than notes do), and the
work's real pages after it then open a second pages run that no field reads. When the first
pages run is one bare number, no volume was read, the number stands right after the journal
(its comma between at most) or, as OSCOLA prints it, right after the year's bracket and
before the journal, and a later run of the note is labelled pages, the number is the
volume. A page cue of that later run left without its number ("p. | 109450" the tagger read
as a note) takes the number. Left alone: a first run that is a range ("145–60 (p. 150)", a
chapter's pages and the cited page) and a note that read a volume (its number after the
volume is the first page: "12 (1998), 145, 150").
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token

_CUES = frozenset({"p", "pp", "S", "s", "P", "Pp"})
_LONGEST = 4  # a volume's digits: "3298" (LNCS); not an article number ("109450")


def volume_read_as_pages(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "volume" in out:
        return
    start, end = label_run(out, "pages")
    if start < 1 or not _bare_number(tokens[start].text) \
            or any(t.text[:1].isalnum() for t in tokens[start + 1:end]):
        return
    if not (_after_the_journal(tokens, out, start) or _before_the_journal(tokens, out, start)):
        return
    later = next((k for k in range(end + 1, len(out)) if out[k] == "pages"), -1)
    if later < 0 or out[end] == "pages":
        return
    out[start] = "volume"
    for k in range(start + 1, end):  # "139 (" read as one run: the bracket opens the year
        out[k] = out[end] if end < len(out) else "volume"
    _number_after_its_cue(tokens, out, later)


def _bare_number(text: str) -> bool:
    return text.isdecimal() and len(text) <= _LONGEST and not text.startswith("0")


def _after_the_journal(tokens: tuple[Token, ...], out: list[str], i: int) -> bool:
    """"Journal 139 (", "Journal, 145 (", "«Ethology», 122 (": the container's run right
    before (its comma between)."""
    before = i - 1 - (tokens[i - 1].text == ",")
    return before >= 0 and out[before] == "container" \
        and (tokens[before].text[:1].isalnum() or tokens[before].text in ".)»”’\"'")


def _before_the_journal(tokens: tuple[Token, ...], out: list[str], i: int) -> bool:
    """OSCOLA's "(2011) 1 Brain Connect": the year's bracket closed right before, the journal's
    first word right after."""
    return tokens[i - 1].text == ")" and out[i - 1] == "date" and i + 1 < len(out) \
        and out[i + 1] == "container" and tokens[i + 1].text[:1].isupper()


def _number_after_its_cue(tokens: tuple[Token, ...], out: list[str], later: int) -> None:
    """"p. | 109450": the page run is its cue (and stop) alone; the number after it joins."""
    k = later
    while k < len(out) and out[k] == "pages":
        if not (tokens[k].text in _CUES or tokens[k].text == "."):
            return
        k += 1
    if k < len(out) and tokens[k].text.isalnum() and any(c.isdigit() for c in tokens[k].text):
        out[k] = "pages"
