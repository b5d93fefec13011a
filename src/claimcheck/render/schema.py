"""Access to the JSON Schema of the JSON report, shipped inside the package.

The schema describes `schema_version` 1 exactly (see docs/report-schema.md for the versioning
policy); validating against it needs `jsonschema`, which claimcheck itself does not depend on.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

SCHEMA_RESOURCE = "report.schema.json"


def schema_text() -> str:
    """The schema document as shipped, for `claimcheck schema` or for writing to a file."""
    return files("claimcheck.render").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The schema as a dictionary, ready for `jsonschema.Draft202012Validator`."""
    schema: dict[str, Any] = json.loads(schema_text())
    return schema
