from urllib.parse import quote, unquote

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.text import clean_markup, fold, is_valid_doi, normalize_doi, normalize_pages


def test_doi_prefixes_and_case_are_removed() -> None:
    assert normalize_doi("https://doi.org/10.1038/NRN1846.") == "10.1038/nrn1846"
    assert normalize_doi("doi: 10.1093/ijnp/pyz041") == "10.1093/ijnp/pyz041"
    assert normalize_doi("DOI:10.7554/eLife.15092;") == "10.7554/elife.15092"
    assert normalize_doi("http://dx.doi.org/10.1/x") == "10.1/x"


def test_doi_keeps_balanced_parentheses_and_drops_stray_ones() -> None:
    assert normalize_doi("10.1016/s0006-3223(99)00230-9") == "10.1016/s0006-3223(99)00230-9"
    assert normalize_doi("10.1016/0014-2999(68)90169-6).") == "10.1016/0014-2999(68)90169-6"


def test_doi_validity() -> None:
    assert is_valid_doi("10.1038/nature10130")
    assert not is_valid_doi("10.10/x")
    assert not is_valid_doi("nature10130")


doi_suffix = st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=126, blacklist_characters="()"),
    min_size=1,
    max_size=30,
)


@given(st.from_regex(r"10\.\d{4,6}", fullmatch=True), doi_suffix)
def test_doi_normalisation_is_idempotent_and_survives_url_encoding(
    prefix: str, suffix: str
) -> None:
    doi = normalize_doi(f"{prefix}/{suffix}")
    assert normalize_doi(doi) == doi
    assert unquote(quote(doi, safe="")) == doi


def test_clean_markup_removes_html_latex_and_emphasis() -> None:
    assert clean_markup("uptake of H<sub>3</sub>-norepinephrine") == "uptake of H3-norepinephrine"
    assert clean_markup("*Biol. Psychiatry*") == "Biol. Psychiatry"
    beta = clean_markup("ketone body  $\\beta$ -hydroxybutyrate")
    assert beta == "ketone body β -hydroxybutyrate"
    assert clean_markup("L\\'{o}pez \\& Co") == "López & Co"
    assert clean_markup("Cells &amp; mice") == "Cells & mice"


def test_fold_drops_diacritics_and_punctuation() -> None:
    assert fold("López-Gil") == "lopezgil"
    assert fold("aan het Rot") == "aanhetrot"


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_pages_are_normalised() -> None:
    assert normalize_pages("1299–1313") == "1299-1313"
    assert normalize_pages("1201-7") == "1201-1207"
    assert normalize_pages("pp. 12 - 19") == "12-19"
    assert normalize_pages("e13211") == "e13211"
    assert normalize_pages("S12-S19") == "S12-S19"


@given(st.integers(1, 99999), st.integers(0, 99999))
def test_page_normalisation_is_idempotent(first: int, last: int) -> None:
    once = normalize_pages(f"{first}–{last}")
    assert normalize_pages(once) == once
