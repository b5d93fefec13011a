"""Numbers that are no citations, in articles that cite by plain-text superscripts: units,
formulas, isotopes, footnote marks, labels, ordinals, years, pages and equations must give
no callout, whether the article glues its superscripts ("disease12") or sets them after a
space ("disease 12"). Paragraphs written for this test (issue 14, session 11): a false
callout is worse than a missed one."""

from __future__ import annotations

import re

import pytest

from claimcheck.citations import extract_claims
from claimcheck.ingest.plaintext import split_document
from claimcheck.parse import parse_entries

ADVERSARIAL = (
    "The atmospheric CO2 concentration rose from 280 ppm to 410 ppm, while CH4 and N2O "
    "increased by 150% and 20%, respectively.",
    "Samples were labelled with 15N and 13C, the 14C age was 2,340 ± 40 years BP, and "
    "238U/206Pb dating gave 1.2 Ga.",
    "Patients received 5 mg/kg daily (BMI 27.4 kg/m2; body surface 1.8 m2) for 12 weeks, "
    "and 3 of 20 discontinued.",
    "As shown in Figure 2 and Table 3, the effect was larger in cohort 2 than in cohort 1 "
    "(Supplementary Fig. S4).",
    "The 2nd and 3rd quartiles differed; in 2019 and 2020 the 21st-century trend went on "
    "(see p. 45 and pp. 112–118).",
    "Values marked with asterisks and daggers, 12.5*, 13.1† and 14.0‡, are medians "
    "(n = 48).",
    "The reaction H2O + CO2 → H2CO3 proceeds at 25 °C with k = 3.2 × 10−4 s−1 "
    "(equation 4).",
    "Equation (5) gives E = mc2, x2 + y2 = r2 describes the circle, and the variance σ2 "
    "was 0.04.",
    "Mice aged 8–12 weeks (C57BL/6J, n = 10 per group) received 200 µl of saline on days "
    "1, 3 and 5.",
    "The H1N1 and H3N2 strains, SARS-CoV-2 and HIV-1 isolates and the Apollo 11 samples "
    "were stored at −80 °C.",
    "Volume 12, issue 3, pages 45–67 of the 2018 report lists 1,234 cases in 56 districts.",
    "Among participants, 45% were women, 12.3% smoked and the median age was 54 years "
    "(IQR 43–61).",
    "Genes TP53, BRCA2 and MYC were mutated in 14, 9 and 7 tumours; the p53 protein and "
    "the Ki67 index differed.",
    "Chapter 7 discusses Section 3.2; Article 5 of Law 8080 and Decree 7508 regulate the "
    "system.",
    "Stage II and stage III tumours (T2N0M0, T3N1M0) were resected at level 4 or 5.",
    "Hypothesis 3 was rejected, and Experiment 2 replicated Study 1 in 24 of 30 schools.",
)
_CLAIMS = (
    "Exercise lowers glucose in adults{1} and in older people{2,3}.",
    "The Finnish trials{4–6} found the same effect in obese adults{7}.",
    "Walking helps the heart{8}, but the dose matters{9} and so does timing{10}.",
    "Insulin uptake persists for several hours{11} after training{12}.",
    "Resistance training adds to aerobic training{13}, as a later review showed{14}.",
    "Sedentary time predicts mortality{15}, independently of exercise{16}.",
)


def _article(space: str) -> tuple[str, list[str]]:
    """An article citing 16 works by superscripts set after `space` ("" glued), with an
    adversarial paragraph after every claim; the numbers its callouts print, in order."""
    paragraphs, printed = [], []
    for i, claim in enumerate(_CLAIMS):
        for part in claim.split("{")[1:]:
            printed.append(part.split("}")[0])
        paragraphs.append(claim.replace("{", space).replace("}", ""))
        paragraphs.extend(ADVERSARIAL[i * 3 : i * 3 + 3] if i < 5 else ADVERSARIAL[15:])
    entries = "\n".join(f"{n}. Author{n} A. Title {n}. J Test. 2001;{n}:1-2."
                        for n in range(1, 17))
    return "Introduction\n\n" + "\n\n".join(paragraphs) + f"\n\nReferences\n\n{entries}\n", printed


@pytest.mark.parametrize("space", ["", " "])
def test_no_number_of_the_adversarial_paragraphs_becomes_a_citation(space: str) -> None:
    text, printed = _article(space)
    body = split_document(text, "adversarial.txt").body
    found = extract_claims(body, parse_entries(split_document(text, "a.txt").entries))
    # each callout sits in a claim's paragraph, and every work cited is read there
    paragraphs = [body.rfind("\n\n", 0, c.start) for c in found.callouts]
    openings = {body[p + 2 : p + 20] for p in paragraphs}
    assert openings <= {claim[:18] for claim in _CLAIMS}
    numbers = {n for c in found.callouts for n in re.findall(r"\d+", body[c.start : c.end])}
    assert numbers == {n for p in printed for n in re.findall(r"\d+", p)}


def test_the_adversarial_paragraphs_alone_give_no_callout() -> None:
    entries = "\n".join(f"{n}. Author{n} A. Title {n}. J Test. 2001;{n}:1-2."
                        for n in range(1, 40))
    text = "Results\n\n" + "\n\n".join(ADVERSARIAL) + f"\n\nReferences\n\n{entries}\n"
    document = split_document(text, "adversarial.txt")
    assert not extract_claims(document.body, parse_entries(document.entries)).callouts
