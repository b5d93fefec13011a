"""Live OpenAlex (skipped by default: run with `-m online` on a machine with internet)."""

from __future__ import annotations

import os

import pytest

from claimcheck.model import Doi
from claimcheck.sources import FoundAbstract, NoAbstract, SourceOptions, build_abstract_source

from .conftest import PEERJ


@pytest.mark.online
def test_openalex_knows_its_own_documentation_example() -> None:
    options = SourceOptions(
        mailto=os.environ.get("CLAIMCHECK_MAILTO", ""),
        api_key=os.environ.get("CLAIMCHECK_OPENALEX_API_KEY", ""),
        no_cache=True,
    )
    source = build_abstract_source(options)
    answers = source.abstracts([Doi(PEERJ), Doi("10.1234/claimcheck-no-such-doi")])
    source.close()
    assert isinstance(answers[Doi(PEERJ)], FoundAbstract)
    assert isinstance(answers[Doi("10.1234/claimcheck-no-such-doi")], NoAbstract)
