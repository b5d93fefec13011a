"""Session 19 (cite20): in an article that sets its callouts after a space, a number after
"by" that names the work's authors as the agent of a verb of reporting or making
("as described by 12.", "the code provided by 3,", "previously reported by 11,") is a
callout, cited first or again; after any other verb "by" takes a quantity ("increased
by 12,", "divided by 3.") or a means ("infected by 12,"), and stays unread."""

from __future__ import annotations

from tests.citations.test_spaced_s19 import _SPACED, sup  # a spaced article citing 1 to 14


def test_a_work_named_as_the_agent_of_reporting_is_read() -> None:
    # 15 first, then 11 and 3 cited again, each after "by" and a verb of reporting
    text = (" Cores were sectioned as described by 15. Loads were estimated with the code"
            " provided by 11, and counts followed the key developed by 3.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "11", "3"]


def test_by_after_other_verbs_stays_unread() -> None:
    # a change ("increased by 12,"), an operation ("divided by 3.") and a means ("infected
    # by 11,") take a quantity or an agent that is no work
    text = (" Cover increased by 12, and loads were divided by 3. Plants infected by 11,"
            " 13 and 14 of the strains died.")
    assert sup(_SPACED + text) == sup(_SPACED)


def test_by_in_an_article_that_glues_its_callouts_stays_unread() -> None:
    glued = ("Ponds switch states1, and grazing is one driver2,3. Pulses favour"
             " cyanobacteria4, which grazers avoid5. Cores were sectioned as described by 6.")
    assert sup(glued) == ["1", "2,3", "4", "5"]


def test_a_work_named_by_its_method_or_sent_to_is_read() -> None:
    # "the protocol of 15.", "(for reviews see 16–18)", "see also 13.": a source
    text = (" Cores were cut following the protocol of 15. Blooms recur (for reviews see"
            " 16–18), and loads were modelled with the method of 11, see also 13.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "16–18", "11", "13"]


def test_a_method_of_a_count_stays_unread() -> None:
    # "a method of 12 steps", "see 13 samples": what follows counts; "Step 12 ... the
    # procedure of 13," names the article's own step
    text = (" We used a method of 12 steps, and see 13 samples in Table 2. In Step 12 we"
            " weighed the cores, and the procedure of 13, a rinse, followed.")
    assert sup(_SPACED + text) == sup(_SPACED)


def test_a_count_of_agents_after_by_stays_unread() -> None:
    # "was reported by 13,": the verb's agents counted; "..., and itching by 9.": the verb
    # elided before a second count ("Mats described by 10, and crusts by 6.")
    text = (" Pain was reported by 12, and itching by 9. Fatigue was documented by 11 and"
            " nausea by 4. Mats described by 10, and crusts by 6, were mapped. Headache was"
            " reported by 13, so the dose was lowered.")
    assert sup(_SPACED + text) == sup(_SPACED)


def test_see_opening_an_aside_and_a_described_protocol_are_read() -> None:
    text = (" Loads fell (see 15), and the population was previously described by 16. The"
            " protocol presented by 11, adapted, was used.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "16", "11"]


def test_a_pointer_to_a_small_number_stays_unread() -> None:
    # "(see 2)", "Hypothesis 3 held (see 3)", "the design of 2": the article's own items,
    # which count from 1
    text = (" We asked (1) whether loads rose and (2) whether mats grew. Mats grew (see 2)."
            " Hypothesis 3 held (see 3). The method of 4, a rinse, failed.")
    assert sup(_SPACED + text) == sup(_SPACED)


def test_counts_in_asides_the_participle_opens_stay_unread() -> None:
    # review of cite20: "(reported by 15)", "Headache, reported by 16, was" and "was also
    # reported by 17," count patients; ", as described by 12," still cites
    text = (" Fatigue was the commonest symptom (reported by 15), and headache, reported by"
            " 16, was rarer; cough was also reported by 17, and losses were modelled 15, 16.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15, 16"]


def test_a_pointer_to_the_articles_own_numbered_item_stays_unread() -> None:
    # review of cite20: "(see 15)" points to the article's own line "15. Offer ..."
    text = (" Therapy (see 15) should come first, and losses were modelled 15, 16.\n"
            "15. Offer speech therapy to every patient.\n")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15, 16"]
