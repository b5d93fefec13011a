"""Superscripts read from the article's own evidence (issue 14, session 11): spaced digits
after a name read by first-citation order's windows alone, glued lists with a space after
their commas that run on into any word while their numbers follow on, "mg/kg1" after a unit,
and names repeated after a hyphen ("-TAP2")."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts

# an article that sets its superscripts after a space, first citations in order
_SPACED = (
    "Exercise lowers glucose in adults 1 and in older people 2,3. The Finnish trials "
    "4–6 found the same 7. Walking helps the heart 8, but the dose matters 9 and timing "
    "too 10. Insulin uptake persists for several hours 11 after training 12. "
)


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_a_spaced_number_after_a_name_is_read_where_first_citation_order_puts_it() -> None:
    # "PubMed 13 is": a name's digits, refused as a candidate, but 13 is first cited here,
    # between 12 and 14; "HIV 1" and "Web 2.0" are no new numbers anywhere. "Scopus" opens
    # its sentence: read as a name because the article also prints it inside one
    body = _SPACED + ("PubMed 13 is a service of HIV 1 research. Reviews agree 14, 15. "
                      "Scopus 16 is another 17, and we searched Scopus twice.")
    assert sup(body) == [*sup(_SPACED), "13", "14, 15", "16", "17"]


def test_a_spaced_name_number_outside_its_window_stays_a_name() -> None:
    # 30 is no next number between 13 and 14: "Vienna 30" is an address
    body = _SPACED + "Samples from Vienna 30 were used 13. Reviews agree 14, 15."
    assert "30" not in sup(body)


def test_a_list_with_spaces_after_its_commas_runs_on_while_its_numbers_follow_on() -> None:
    body = ("Known in mice1. Seen in rats2 and dogs3. Aerobic training improves insulin "
            "sensitivity,4, 5, 6 albeit for a short time. Also cats7.")
    assert sup(body) == ["1", "2", "3", "4, 5, 6", "7"]


def test_a_list_with_spaces_after_its_commas_stops_before_a_count() -> None:
    # "20 patients" follows on from no number cited: a count
    body = "Known in mice1. Seen in rats2 and dogs3. In the trial,4, 20 patients died. Cats5."
    assert sup(body) == ["1", "2", "3", "4", "5"]


def test_digits_after_a_unit_with_a_slash_that_no_power_prints_cite() -> None:
    body = ("Known in mice1, rats2 and dogs3. Doses of 10 mg/kg1 helped, and 5 mg/kg1,3 "
            "too; BMI was 25 kg/m2 and density 1 g/cm3 in all cats4.")
    assert sup(body) == ["1", "2", "3", "1", "1,3", "4"]


def test_a_name_repeated_after_a_hyphen_is_no_callout() -> None:
    # "TAP" is printed bare too, so its digits would be a sure superscript
    body = ("Known in mice1 and rats2. A TAP tag was added: ATF6α(C)-TAP2 was purified, "
            "ATF6(C)-TAP2 eluted and mCD3-TAP2 bound. Dogs3 agree.")
    assert sup(body) == ["1", "2", "3"]


def test_only_a_length_a_second_or_a_letter_after_a_slash_takes_a_power() -> None:
    # "mg/kg3": no mass is cubed; "mg/m3", "m/s2" and a variable's "/d2" are powers
    body = ("Known in mice1, rats2 and dogs3. Doses of 10 mg/kg3 helped; 5 mg/m3, 9.8 m/s2 "
            "and n = 2*SD2/d2 in cats4.")
    assert sup(body) == ["1", "2", "3", "3", "4"]


def test_a_list_after_a_full_stop_that_follows_a_digit_may_keep_its_spaces() -> None:
    # Nature's house, commas printed with a space: "plasma T4.5, 6 The"; "at 4.12, 13 The"
    # stays a decimal and a count
    body = ("Cells divide.1 Mice grow fast,2 and rats too.3 Worms age.4 It binds plasma "
            "T4.5, 6 The rise on Unc-104.7, 8–10 We saw it at 4.12, 13 The end came.11")
    assert sup(body) == ["1", "2", "3", "4", "5, 6", "7, 8–10", "11"]


def test_a_list_with_spaces_after_its_commas_stops_before_a_plural_noun() -> None:
    # "4 weeks": the next new number, but what it counts follows
    body = "Known in mice1. Seen in rats2 and dogs3, as in studies,3, 4 weeks later. Cats4."
    assert sup(body) == ["1", "2", "3", "3", "4"]


def test_a_range_glued_to_a_name_the_article_prints_is_weighed_as_that_name() -> None:
    # "RoseTTAFold2 models": the article names a version, so "RoseTTAFold2–4" is read only
    # where order puts 2 to 4, as the list "RoseTTAFold2,4" is; not before work 1
    head = "We ran RoseTTAFold2 models. RoseTTAFold binds. Tests of RoseTTAFold2–4 followed. "
    body = head + " ".join(f"Muscle repair was studied in mice{n}." for n in range(1, 11))
    assert not [s for s in superscripts(body, 10) if s[0] < len(head)]
