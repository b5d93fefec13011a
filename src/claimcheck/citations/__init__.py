"""In-text citations: callouts, their links to reference entries, and the claims they support.

`extract_claims(body, references)` is the stage's entry point (see `extract.py`); the
modules below it own one step each: `authoryear`/`numeric` find callouts, `entries` and
`link` match them to the list, `sentences` and `claims` cut claims, `findings` reports.
"""

from claimcheck.citations.extract import ClaimExtraction, extract_claims, scan_ahead

__all__ = ["ClaimExtraction", "extract_claims", "scan_ahead"]
