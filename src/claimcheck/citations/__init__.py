"""In-text citations: callouts, their links to reference entries, and the claims they support.

`extract_claims(body, references)` is the stage's entry point; see `extract.py`.
"""

from claimcheck.citations.extract import ClaimExtraction, extract_claims, find_callouts
from claimcheck.citations.link import Link, link_callouts

__all__ = ["ClaimExtraction", "Link", "extract_claims", "find_callouts", "link_callouts"]
