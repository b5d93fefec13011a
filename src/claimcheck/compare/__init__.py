"""Matching and comparison: each reference against its registry record, as findings.

`verify_references(references, resolver)` is the entry point; `RULES` is the catalogue of
rule names, default severities and help texts that renderers and SARIF output read.
"""

from __future__ import annotations

from claimcheck.compare.match import is_candidate_match, is_printed_work, match_score
from claimcheck.compare.search import search_query
from claimcheck.compare.verify import Verification, verify_references
from claimcheck.rules import REFERENCE_RULES as RULES
from claimcheck.rules import Rule

__all__ = [
    "RULES",
    "Rule",
    "Verification",
    "is_candidate_match",
    "is_printed_work",
    "match_score",
    "search_query",
    "verify_references",
]
