"""A list of numbers after a digit and a mark is read as a callout list of at most
`after_marks._MOST` + 1 numbers: its start is only looked for after a digit and a mark, so a
run of thousands ("in 2004,1,2,3,...") would begin a try at each number that read to the
run's end (session 16's maintenance read: 16,000 numbers took 13.8 s)."""

from __future__ import annotations

from claimcheck.citations import after_marks


def test_an_ordinary_list_after_a_comma_or_a_stop_is_read_whole() -> None:
    text = "in 2004,14–16,18 graphene"
    assert [m.group("list") for m in after_marks._AFTER_COMMA.finditer(text)] == ["14–16,18"]
    text = "plasma T4.3,5–7 The rest"
    assert [m.group("list") for m in after_marks._AFTER_STOP.finditer(text)] == ["3,5–7"]


def test_a_run_of_numbers_longer_than_any_callout_list_is_read_in_bounded_pieces() -> None:
    run = ",".join(str(i % 90 + 1) for i in range(300))
    for pattern, text in ((after_marks._AFTER_COMMA, f"in 2004,{run} graphene"),
                          (after_marks._AFTER_STOP, f"plasma T4.{run} The rest")):
        lists = [m.group("list") for m in pattern.finditer(text)]
        assert all(len(part.split(",")) <= after_marks._MOST + 1 for part in lists), lists
