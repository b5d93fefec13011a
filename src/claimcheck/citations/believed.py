"""Which superscript candidates first-citation order believes, each by its reach.

Numbered styles number works in the order they are first cited, so a new group starts at
most `_JUMP` above the highest number cited so far ("2010" is none), and a candidate is
believed as far as its reach allows (`split_runs.Option`): "list" within a jump of the
highest number (or where the next group carries on from it), "seen" a number already cited
or the next new one, "next" only the next new one, "tail" a list that ran on, its new
numbers the next few, "run" only the next new numbers in a row ("with CD4,5"), and for
spaced digits (`spaced.py`) "ahead" a new number a few past the highest and "near" any
cited number a few past it, either also a new number up to `_JUMP` past where the next
group carries on from it ("yeast 10 and in plants 11"), and "twin" (the first print of a
pair printed twice, `spaced_twins`) "ahead" only where the next group carries on past it
(not "neurons of layer 5. ... not known 5"). Read by `superscripts.py` and, to
weigh an article's spaced habit, by `spaced.with_spaced`.
"""

from __future__ import annotations

from claimcheck.citations.split_runs import Option

_NEAR = 3  # how far past the highest number cited a single spaced superscript may reach
_JUMP = 10  # how far a superscript may run ahead of the highest number cited so far


def in_sequence(candidates: list[list[Option]]) -> list[tuple[int, int]]:
    """The candidates that follow first-citation order, each as far as its reach allows;
    of a candidate's readings the first believed one is kept."""
    groups = []
    highest = 0
    passed: list[tuple[tuple[int, int], list[int]]] = []
    for i, options in enumerate(candidates):
        after = candidates[i + 1][0][1] if i + 1 < len(candidates) else []
        for span, numbers, reach in options:
            if _believed(numbers, highest, reach, after):
                groups.append(span)
                highest = max(highest, *numbers)
                break
        else:
            first = options[1:2] if options[0][2] == "tail" else options[:1]
            passed.extend((span, numbers) for span, numbers, reach in first if reach == "list")
    # a sure group that jumped ahead is believed when the article goes on to cite that far
    late = [span for span, numbers in passed if max(numbers) <= highest]
    return sorted(groups + late) if late else groups


def _believed(numbers: list[int], highest: int, reach: str, after: list[int]) -> bool:
    if reach == "run":  # "with CD4,5" beside "CD4+": only the next new numbers in a row
        return numbers == list(range(highest + 1, highest + 1 + len(numbers)))
    if reach in ("next", "tail"):  # "tail": a list that ran on, its new numbers the next few
        return min(numbers) <= highest + _JUMP and max(numbers) <= highest + _NEAR + len(
            numbers) if reach == "tail" else min(numbers) == highest + 1
    if reach == "seen":
        return min(numbers) <= highest + 1
    if reach == "twin":  # a pair printed twice is mostly a label, its number cited after
        # another word ("layer 5. ... not known 5"): only where the order carries on past it
        return _believed(numbers, highest, "ahead", after) and bool(after) and min(
            after) > max(numbers)
    if reach in ("ahead", "near", "again"):  # spaced digits: a new number or, "near" and
        # "again" (after "as in", `spaced_again.citing_phrase`), any cited one,
        # a few past the highest ("be 6," after a missed "5"); a new one further ahead where
        # the next group carries on from it ("yeast 10 and in plants 11" after a missed 7-9)
        if highest + _NEAR < min(numbers) <= highest + _JUMP:
            return bool(after) and min(after) == max(numbers) + 1
        return min(numbers) <= highest + _NEAR and (reach != "ahead" or min(numbers) > highest)
    # a jump past uncited numbers is believed when the next group carries on from it
    resumes = bool(after) and min(numbers) <= min(after) <= max(numbers) + _JUMP
    return min(numbers) <= highest + _JUMP or resumes
