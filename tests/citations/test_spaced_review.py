"""Review of the spaced superscripts (issue 14, session 10): labels, quantities, flattened
formulas and counts after a callout are no callouts; a particle before an acronym is no
name."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts

from .conftest import links, ref

_SPACED = ("Effort is costly 1. Fatigue follows effort 2, and lapses follow fatigue 3. "
           "Rest restores control 4.\n\n")


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_labels_units_and_formulas_in_a_spaced_article_are_no_callouts() -> None:
    methods = ("The model was fitted (eqn 5). Light was calculated (Fig. 2; eqns 6 and 7). "
               "Solutions containing 5, 10, 15, and 50 μM H2O2 were used. The area was 4 m 2 "
               "in each plot. Serum vitamin B 12 was low. Hypothesis 2 was supported. The "
               "ratio of CO 2 and O 2 was stable in SARS-CoV 2 and flux 2 mmol l 1 in all.")
    assert sup(_SPACED + methods) == ["1", "2", "3", "4"]


def test_numbers_in_series_after_a_spaced_callout_are_values() -> None:
    body = _SPACED + ("Scores differed (P = 0.03) 2 and 4 weeks later, rates (per 1000) 12 to "
                      "15 were seen and adolescents 13 to 17 were included. Outcomes were "
                      "“good” 7, “fair” 3 or “poor” 1. We followed Apollo 11 and Gemini 6.")
    assert sup(body) == ["1", "2", "3", "4"]


def test_numbered_hypotheses_teach_no_spaced_habit() -> None:
    body = ("Methods\n\nHypothesis 1 was that effort predicts fatigue. Hypothesis 2 was that "
            "fatigue predicts lapses. Hypothesis 3 was that rest restores control. Scenario "
            "4 was a control.")
    assert sup(body) == []


def test_superscripts_after_marks_outweigh_labelled_conditions() -> None:
    body = ("Introduction\n\nHypothesis 1 was that effort predicts fatigue, Hypothesis 2 was "
            "that fatigue predicts lapses and Hypothesis 3 was that rest restores control. "
            "Effort is costly.1 Fatigue follows effort,2,3 and lapses follow fatigue.4 Rest "
            "restores control.5–7 Many studies agree.8\n\nResults\n\nCondition 1 and "
            "Condition 2 differed. Effort predicted fatigue.9 Lapses rose.10")
    assert sup(body, 20) == ["1", "2,3", "4", "5–7", "8", "9", "10"]


def test_an_author_year_article_keeps_its_links_beside_numbered_hypotheses() -> None:
    refs = tuple(ref(f"r{i}", i, f"Author{chr(65 + i)}", str(2000 + i)) for i in range(1, 21))
    text = ("Introduction\n\nSelf-control predicts health (AuthorB, 2001; AuthorC, 2002). "
            "Prior work found mixed results (AuthorD, 2003).\n\nMethods\n\nHypothesis 1 was "
            "that effort predicts fatigue. Hypothesis 2 was that fatigue predicts lapses. "
            "Hypothesis 3 was that rest restores control, as argued by AuthorE (2004). "
            "Scenario 4 was a control.")
    assert links(text, refs) == {"AuthorB, 2001": ("r1",), "AuthorC, 2002": ("r2",),
                                 "AuthorD, 2003": ("r3",), "AuthorE (2004)": ("r4",)}


def test_a_count_after_a_glued_callout_is_not_its_list() -> None:
    body = ("Known in mice1 and rats2. As in our earlier trial3, 20 patients were enrolled. "
            "According to guidelines4, 14 days were given. Variants at chr17, 21 and 22 were "
            "seen in models5, 6.")
    assert sup(body) == ["1", "2", "3", "4", "5, 6"]


def test_a_lower_case_particle_before_an_acronym_is_no_name() -> None:
    refs = (ref("a", 1, "Costa", "2018"), ref("b", 2, "da Ley", "2014"))
    text = ("Segundo COSTA (2018), a cobertura aumentou. Os relatórios da ANS (2019) e as "
            "metas do SUS (2020) foram revistos, e a lei de la OMS (2017) também.")
    assert links(text, refs) == {"COSTA (2018)": ("a",)}
