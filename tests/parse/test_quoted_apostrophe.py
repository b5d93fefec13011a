"""A title cut inside its quotes runs on to the closing quote (`quoted.quoted_title`); an
apostrophe inside the title, straight or curly ("Darwin's", "Darwin’s"), is no quote and
does not stop the search (the straight one did, session 13's maintenance read)."""

from __future__ import annotations

import pytest

from claimcheck.parse.quoted import quoted_title
from claimcheck.parse.tokens import tokenize


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_an_apostrophe_inside_a_quoted_title_does_not_end_it(apostrophe: str) -> None:
    text = (f"A. Smith, ‘Pollinator Declines: Trends, Impacts and Darwin{apostrophe}s "
            "Drivers’, Trends in Ecology 5 (2001).")
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    quote, cut = words.index("‘"), words.index("Impacts")
    labels = ["author"] * quote + ["O"] + ["title"] * (cut - quote - 1) \
        + ["container"] * (len(tokens) - cut)
    quoted_title(tokens, labels)
    assert labels[words.index("Drivers")] == "title"
    assert labels[words.index("Trends", cut)] == "container"
