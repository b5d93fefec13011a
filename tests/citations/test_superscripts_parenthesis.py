"""A superscript list or range run into a parenthesis that opens an aside ("wide use10–18(see
...)", issue 14, session 13): the raise's space is lost before the parenthesis as it is before
a word. A single number before a parenthesis stays a function's or a name's ("log2(fold
change)", "CD4(+)")."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_a_range_run_into_an_aside_is_a_callout() -> None:
    body = ("Known in mice1, rats2 and dogs3. Several methods are in wide use4–6(see the "
            "review for more), and cats7 agree.")
    assert sup(body) == ["1", "2", "3", "4–6", "7"]


def test_a_list_run_into_an_aside_is_a_callout() -> None:
    body = "Known in mice1, rats2 and dogs3. Methods vary4,5(reviewed elsewhere), as do cats6."
    assert sup(body) == ["1", "2", "3", "4,5", "6"]


def test_a_single_number_before_a_parenthesis_is_no_callout() -> None:
    body = ("Known in mice1, rats2 and dogs3. Values are given as log4(fold change) and "
            "counts as sqrt5(n), as in cats4.")
    assert sup(body) == ["1", "2", "3", "4"]


def test_a_list_of_three_digit_numbers_run_into_an_aside_is_whole() -> None:
    """In a list of more than 100 works the last number of the list has three digits."""
    body = ("Known in mice1, rats2 and dogs3. " + " ".join(f"Fact{n}." for n in range(4, 101))
            + " Methods vary101,102(reviewed elsewhere), as do cats103.")
    found = sup(body, 120)
    assert found[-2:] == ["101,102", "103"]


def test_a_spaced_range_run_into_an_aside_is_a_callout() -> None:
    """Session 14: in an article that sets its superscripts after a space ("mice 1,"), the
    same range before an aside ("in wide use 4-6(see ..."); a single number stays no callout."""
    body = ("Known in mice 1, in rats 2 and in dogs 3. Several methods are in wide use 4-6(see "
            "the review for more), and cats 7 agree. Values are given as log 8(fold change).")
    found = sup(body)
    assert "4-6" in found
    assert "8" not in found
