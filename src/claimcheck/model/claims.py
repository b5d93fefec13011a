"""What the article's body says and cites: callouts as printed, the citations they link to
the reference list, the claims they support, and how well a source supports a claim."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Callout:
    """One in-text citation as printed: one author+year, or one number after range expansion."""

    text: str  # the printed callout, e.g. "Berman et al., 2000" or "12"
    start: int  # character offsets into the body text
    end: int
    line: int
    group: int  # callouts printed inside one bracket/parenthesis share a group
    style: str  # "author-year" | "numeric"
    names: tuple[str, ...] = ()  # printed family names, e.g. ("Kapur", "Seeman")
    et_al: bool = False
    year: str = ""
    year_suffix: str = ""
    number: int = 0


@dataclass(frozen=True, slots=True)
class Citation:
    """A callout linked to the reference entries it names (empty when unresolved)."""

    text: str
    start: int
    end: int
    reference_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Support:
    """Whether a cited source plausibly says what the claim says, and on what that rests."""

    label: str  # supported | weak | unrelated | contradicted | unknown
    score: float = 0.0
    basis: str = "none"  # abstract | title | none
    evidence: tuple[tuple[str, float], ...] = ()  # (source sentence, similarity)
    reasons: tuple[str, ...] = ()  # why a doubtful claim looks doubtful, in words


@dataclass(frozen=True, slots=True)
class Claim:
    """The sentence (or clause) that one or more citations support."""

    id: str
    sentence: str
    section: str
    line: int
    start: int
    end: int
    citations: tuple[Citation, ...]
    support: Support = field(default_factory=lambda: Support(label="unknown"))
