"""Claim support: does a cited source plausibly say what the citing claim says?

Takes the claim's sentence and the source's openly available text (abstract or title) and
returns a `model.Support`: a label, a score, the best-matching source sentences and what the
judgement rested on. Fetching the source text is the caller's business.
"""

from claimcheck.support.claimtext import strip_citation_markers
from claimcheck.support.findings import support_findings
from claimcheck.support.judge import judge
from claimcheck.support.source import SourceText, source_from_record, split_sentences

__all__ = [
    "SourceText",
    "judge",
    "source_from_record",
    "split_sentences",
    "strip_citation_markers",
    "support_findings",
]
