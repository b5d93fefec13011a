"""Organisations as authors: one literal author, never split at "and" or read as initials."""

from __future__ import annotations

import pytest

from claimcheck.model import Author
from claimcheck.parse.names import split_names


@pytest.mark.parametrize(
    "name",
    [
        "World Health Organization [WHO]",
        "Centers for Disease Control and Prevention",
        "R Core Team",
        "FAO Statistics and Information Service of the Fisheries and Aquaculture Department",
    ],
)
def test_organisation_is_one_literal_author(name: str) -> None:
    assert split_names(name).authors == (Author(family=name, literal=True),)


def test_persons_joined_by_and_stay_persons() -> None:
    assert [a.family for a in split_names("Smith JA and Jones B").authors] == ["Smith", "Jones"]
