"""The garbage collector's pause around parsing and linking: off inside, as before after."""

from __future__ import annotations

import gc

import pytest

from claimcheck.collector import paused


@pytest.fixture(autouse=True)
def _collector_on() -> object:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_switch_it_back_on_once_at_the_end() -> None:
    with paused():
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_stays_off_when_it_was_off_before() -> None:
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()


def test_an_error_inside_still_ends_the_pause() -> None:
    with pytest.raises(ValueError), paused():
        raise ValueError("boom")
    assert gc.isenabled()


class _Node:
    """A weakly referenceable object that can point at itself (a cycle)."""

    def __init__(self) -> None:
        self.me: object = None


def test_objects_made_in_the_pause_leave_the_young_generation_unwalked() -> None:
    with paused():
        made = [[] for _ in range(10)]
    young = {id(o) for o in gc.get_objects(generation=0)}
    assert not any(id(o) in young for o in made)
    assert gc.get_freeze_count() == 0  # moved to the oldest generation, not kept frozen


def test_a_cycle_made_in_the_pause_is_still_collected() -> None:
    import weakref

    with paused():
        node = _Node()
        node.me = node
        ref = weakref.ref(node)
        del node
    gc.collect()
    assert ref() is None
