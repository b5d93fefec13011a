"""The library API, under the name README and docs give it: `claimcheck.engine.check()`.

The pipeline lives in `claimcheck/pipeline/check.py`; this module only re-exports its public
names so `from claimcheck.engine import CheckOptions, check` keeps working. New code inside
claimcheck imports from `claimcheck.pipeline.check`.
"""

from claimcheck.pipeline.check import (
    PARTS,
    CheckOptions,
    check,
    check_document,
    read_article,
    references_of,
)

__all__ = ["PARTS", "CheckOptions", "check", "check_document", "read_article", "references_of"]
