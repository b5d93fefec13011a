"""Parsed references cross processes pickled (a long list's parse workers send theirs back):
what arrives is the same value, every field in place, whatever fields the model has."""

import copy
import pickle
from dataclasses import fields

from claimcheck.model import Author, Reference


def _full_reference() -> Reference:
    """A reference with no field left at its default, so a field dropped or moved shows."""
    values = {}
    for number, field in enumerate(fields(Reference)):
        kind = field.type if isinstance(field.type, str) else field.type.__name__
        if kind == "int":
            values[field.name] = number + 10
        elif kind == "bool":
            values[field.name] = True
        elif "Author" in kind:
            values[field.name] = (Author(f"Family{number}", "A. B.", "Jr", True), Author("Lee"))
        elif kind.startswith("tuple"):
            values[field.name] = (f"first {number}", f"second {number}")
        else:
            values[field.name] = f"{field.name} value {number}"
    return Reference(**values)


def test_a_reference_pickles_to_an_equal_value() -> None:
    reference = _full_reference()
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(reference, protocol))
        assert back == reference
        assert type(back) is Reference
        assert all(type(a) is Author for a in back.authors + back.editors)


def test_copies_are_equal_values_too() -> None:
    reference = _full_reference()
    assert copy.copy(reference) == reference
    assert copy.deepcopy(reference) == reference
