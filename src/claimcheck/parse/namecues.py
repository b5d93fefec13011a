"""What a printed name list carries besides its names: the editors' cue before it ("ed. by",
"Hrsg.") or after it ("(eds.)", ", eds"), a year the tagger ran into its end, and "et al." in
its forms and languages ("and others", "u. a.", "и др.", "等", "i wsp.", "y cols.").
`names_alone` takes them off for `names.split_names`.
"""

from __future__ import annotations

import re

from claimcheck.parse.patterns import odd_case
from claimcheck.vocabulary import EDITOR_WORDS, YEAR_DIGITS

# ("ed. by", "eds by", "ed.by"; a stop or a space between: "Edsby" is a name)
_EDITORS_BEFORE = re.compile(r"^(?:by|edited by|eds?(?:\.\s*|\s+)by|eds?\.?|hrsg\.?)\s+",
                             re.IGNORECASE)
# "(eds.)", or a plural after a comma ("Allen L, Dary O, eds."; "Jones, Ed" is a name)
_EDITORS_AFTER = re.compile(
    rf"(?:[,;]?\s*\((?:{'|'.join(EDITOR_WORDS)})\.?\)|[,;]\s*(?:eds|editors|hrsg)\.?)\s*$",
    re.IGNORECASE)

# A year the tagger ran into the list ("..., et al. 2017", "Smith, J. (2001a)").
_TRAILING_YEAR = re.compile(rf"[\s,;]*\(?\b{YEAR_DIGITS}[a-z]?\)?[.,;]?$")
_DIGIT = re.compile(r"\d")


# "EAet al.": a list printed without separators runs the last initials into "et al.".
_ET_AL = re.compile(
    r"[,;]?\s*(?:(?:\b|(?-i:(?<=[A-Z])))et\.?\s*al(?:ii)?\b\.?|\band\s+others\b|\bu\.\s*a\b\.?|…"
    r"|\.\.\.)", re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\s*[\[(]\s*[\])]")
# "и др.", "等", "vd." (its stop may go with the field's end; "vd Berg" is "van de"), "v.dğr."
# (the longer cut of Turkish "ve diğerleri"), "o.fl.": Russian, Chinese, Turkish, Icelandic /
# Swedish "and others"
# (apart, and only scanned for when one of them may be there: the common scan stays short)
_ET_AL_OTHER = re.compile(
    r"[,;]?\s*(?:\bи\s+др\b\.?|等|(?-i:\bvd\b)(?:\.|(?=\s*$))|\bv\.\s?dğr\b\.?"
    r"|\b[om]\.\s?fl\b\.?)", re.IGNORECASE)
# A CSL role term printed after the names, which names nobody ("Naik V., contributor")
_ROLE_AFTER = re.compile(r"[,;]?\s*\bcontributors?\b\.?\s*$")

# ... and, ending the list only, Polish "i wsp." / "i in.", Czech and Slovak "a kol.", Spanish
# and Portuguese "y cols." / "e col.", Italian "e coll.", Hungarian "és mtsai", Turkish "ve
# ark." and "and co-authors" (lower case as printed: "Coll A, Cols B" are names; "and
# Coauthors" as the AMS prints it); then the
# "et al." and "and others" terms of CSL's locales, which styles print after the last name
# kept: Indonesian "dkk.", Finnish "ym.", Norwegian "mfl.", Dutch "e.a.", Slovenian "idr.",
# Croatian "i sur." / "i dr.", Lithuanian "ir kt.", Latvian "u.c.", Bulgarian "и съавт.",
# Ukrainian "та ін.", Vietnamese "và c.s."; "y otros", "e outros", "e altri", "et autres",
# "und andere", "ja teised", "i altres", "a další", "a ďalší", "med flere", "och andra", "og
# fleiri", "en anderen", "i inni", "și alții", "ve diğerleri", "dan lainnya", "és mások",
# "in drugi", "un citi", "eta beste", "ac eraill"
_ET_AL_END = re.compile(
    r"[,;]?\s*(?:\bi\s+(?:wsp|in|inni|sur|dr)|\ba\s+(?:kol|další|ďalší)|\b[ye]\s+coll?s?"
    r"|\bés\s+(?:mtsai|mások)|\bve\s+(?:ark|diğerleri)|\band\s+(?i:co-?authors)"
    r"|\bdkk|\bym|\bmfl|\be\.\s?a|\bidr|\bir\s+kt|\bu\.\s?c|\bи\s+съавт|\bта\s+ін|\bvà\s+c\.\s?s"
    r"|\by\s+otros|\be\s+(?:outros|altri)|\bet\s+autres|\bund\s+andere|\bja\s+teised"
    r"|\bi\s+altres|\bmed\s+flere|\boch\s+andra|\bog\s+fleiri|\ben\s+anderen|\bși\s+alții"
    r"|\bdan\s+lainnya|\bin\s+drugi|\bun\s+citi|\beta\s+beste|\bac\s+eraill)\b\.?\s*$")
_ET_AL_END_CORES = (" wsp", " in", " kol", " col", " mtsai", " ark", "co-author", "coauthor",
                    "Coauthor", "Co-author",
                    "dkk", "ym", "mfl", "e.a", "e. a", "idr", " sur", " dr", " kt", "u.c",
                    "u. c", "съавт", " ін", "c.s", "c. s", "otros", "outros", "altri",
                    "autres", "andere", "teised", "altres", "další", "ďalší", "flere",
                    "andra", "fleiri", "anderen", "alții", "diğerleri", "lainnya", "mások",
                    "drugi", "citi", "beste", "eraill")
# Any of them in the list's tail, in one scan (a substring test each cost ~3x more)
_ET_AL_END_CORE = re.compile("|".join(map(re.escape, _ET_AL_END_CORES)))


def names_alone(text: str) -> tuple[str, bool]:
    """The list (spaced as printed once) without the editors' cue before or after it, a year
    run into its end, the dash after it ("Tonra C.M. - A call for ...") and its "et al."; and
    whether it printed an "et al."."""
    if text[-2:-1] == " " and text[-1] in "–—-":
        text = text[:-1].rstrip(" ,;:")
    text = _EDITORS_BEFORE.sub("", text)
    if _may_have_editors_after(text):
        text = _EDITORS_AFTER.sub("", text)
    if _DIGIT.search(text):  # the year needs digits; most name lists have none
        text = _TRAILING_YEAR.sub("", text)
    if "contributor" in text:
        text = _ROLE_AFTER.sub("", text)
    skipped = False
    if "…" in text or "..." in text:  # (most lists: no ellipsis)
        text, skipped = _names_skipped(text)
    start = _et_al_start(text) if _may_have_et_al(text) else -1
    et_al = skipped or (start >= 0 and bool(_ET_AL.search(text, start)))
    if et_al:
        # (and the brackets it was printed in: "Kjeldsen, H.G. [et al.]")
        text = _EMPTY_BRACKETS.sub("", _et_al_removed(text, start)).strip(" ,;:")
    if ("др" in text or "等" in text or "vd" in text or "dğr" in text or "fl" in text) \
            and _ET_AL_OTHER.search(text):
        et_al, text = True, _ET_AL_OTHER.sub("", text).strip(" ,;:")
    if _ET_AL_END_CORE.search(text[-12:]):
        cut = _ET_AL_END.sub("", text)
        if cut != text and cut.strip(" ,;:"):
            et_al, text = True, cut.strip(" ,;:")
    return text, et_al


# APA's ellipsis for a list of 21 names and more, "..., Jacob, D. J., … Horowitz, L. W.": the
# names left out stand between two that are printed, so the ellipsis separates them as a comma
# does (removed as an "et al.", it would leave "Jacob, D. J. Horowitz" as one name).
_ELLIPSIS_BETWEEN = re.compile(r"\s*[,;]?\s*(?:…|\.\.\.)\s*(?=[A-ZÀ-Þ])")


def _names_skipped(text: str) -> tuple[str, bool]:
    """The list with an ellipsis between two names made a comma, and whether there was one."""
    joined = _ELLIPSIS_BETWEEN.sub(_separator, text)
    return joined, joined != text


def _separator(match: re.Match[str]) -> str:
    # (the list's own: "JONES, K.; ... LEE, M." is split at its semicolons)
    return "; " if ";" in match.group() else ", "


def _may_have_editors_after(text: str) -> bool:
    """A cheap test before the slow `_EDITORS_AFTER` scan (it ends the list, which ends in no
    space): a bracket closing it, or one of its plural cues. `str.lower` reads "İ", "ı" and
    "ſ" otherwise than the case-blind pattern: a list holding one is scanned."""
    if text.endswith(")"):
        return True
    low = text.lower()
    return "eds" in low or "editors" in low or "hrsg" in low or odd_case(text)


# What every `_ET_AL` match holds (lower case) after the comma and spaces that may open it.
_ET_AL_CORES = ("et", "and", "u.", "…", "...")


def _et_al_start(text: str) -> int:
    """Where an `_ET_AL` match can first start (-1: nowhere), so that its scan, which tries
    every character (it opens with an optional comma and spaces), starts there: at the first
    of its cores, back over the spaces and the comma before it. `str.lower` keeps each
    character's place but for "İ" (and reads "ı", "ſ" otherwise than re): then 0."""
    if odd_case(text):
        return 0
    low = text.lower()
    places = [at for at in map(low.find, _ET_AL_CORES) if at >= 0]
    if not places:
        return -1
    start = min(places)
    while start and text[start - 1].isspace():  # (str.isspace is re's \s)
        start -= 1
    return start - 1 if start and text[start - 1] in ",;" else start


def _et_al_removed(text: str, start: int) -> str:
    """`_ET_AL.sub("", text)` with its scan from `start` (its matches are never empty; the
    lookbehinds read the text before `start`, which a slice would hide)."""
    kept, last = [], 0
    for match in _ET_AL.finditer(text, start):
        kept.append(text[last:match.start()])
        last = match.end()
    kept.append(text[last:])
    return "".join(kept)


def _may_have_et_al(text: str) -> bool:
    """A cheap test before the slow `_ET_AL` scan: every form it knows holds one of these."""
    low = text.lower()
    return "al" in low or "others" in low or "u." in low or "…" in text or "..." in text
