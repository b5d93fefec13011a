"""HTML articles: structure, not a text dump.

`PAGE` is a small page made here in the shape publishers use (Highwire `citation_reference`
meta tags, an `<ol>` reference list, `<a href="#ref-N">` callouts, page chrome); the recorded
publisher pages in ../shared/data/service-samples/ are read where present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.ingest import InputError, input_format, load_document
from claimcheck.ingest.highwire import reference_from_meta
from claimcheck.pipeline.check import CheckOptions, check

META = ('<meta name="citation_reference" content="citation_title=Antidepressant effects of '
        'ketamine;citation_author=R. M. Berman;citation_author=Charney, Dennis;'
        'citation_journal_title=Biol Psychiatry;citation_volume=47;citation_number=47;'
        'citation_first_page=351;citation_last_page=354;citation_publication_date=2000;'
        'citation_doi=10.1016/S0006-3223(99)00230-9">'
        '<meta name="citation_reference" content="citation_title=A randomized trial;'
        'citation_author=Zarate CA;citation_journal_title=Arch Gen Psychiatry;'
        'citation_volume=63;citation_pages=856-864;citation_publication_date=2006">')
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8">{META}
<script>var x = "Smith [2] says";</script></head><body>
<header><nav><a href="/">Home</a> Journal of Things (2020)</nav></header>
<article><h1>Ketamine</h1><section><h2>Introduction</h2>
<p>Ketamine acts fast <a href="#ref-1">1</a>, and the effect lasts
<a href="#ref-2">2</a>. Its café effect was noted <a href="#ref-9">9</a>.</p>
<figure><img src="f.png"><figcaption>Figure 1. Response <a href="#ref-1">1</a>.</figcaption>
</figure></section>
<section><h2>References</h2><ol class="references">
<li id="ref-1">Berman RM, Charney DS. Antidepressant effects of ketamine. Biol Psychiatry.
2000;47:351–354. <ul class="reflinks"><li><a href="#">View Article</a></li></ul></li>
<li id="ref-2">Zarate CA. A randomized trial. Arch Gen Psychiatry. 2006;63:856–864.</li>
</ol></section></article>
<footer>© 2024 Publisher. Cited by [2].</footer></body></html>"""


def _page(tmp_path: Path, text: str = PAGE, name: str = "a.html") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_structure_gives_references_callouts_and_a_clean_body(tmp_path: Path) -> None:
    document = load_document(_page(tmp_path))
    assert input_format(tmp_path / "a.htm") == "html"
    assert document.entry_keys == ("ref-1", "ref-2")
    assert [(m.text, m.keys) for m in document.marked] == [
        ("1", ("ref-1",)), ("2", ("ref-2",)), ("1", ("ref-1",))]  # ref-9 is not in the list
    assert all(document.body[m.start:m.end] == m.text for m in document.marked)
    assert "café" in document.body and "Figure 1. Response" in document.body
    for chrome in ("Home", "Smith", "Publisher", "View Article", "References"):
        assert chrome not in document.body
    assert "View Article" not in document.entries[0].text


def test_meta_tags_give_the_fields_and_the_list_the_printed_text(tmp_path: Path) -> None:
    berman, zarate = load_document(_page(tmp_path)).references
    assert berman.raw.startswith("Berman RM, Charney DS. Antidepressant")
    assert [(a.family, a.given) for a in berman.authors] == [("Berman", "R. M."),
                                                             ("Charney", "Dennis")]
    assert (berman.volume, berman.issue, berman.pages, berman.year) == ("47", "", "351-354",
                                                                        "2000")
    assert berman.label == "" and berman.doi == "10.1016/s0006-3223(99)00230-9"
    assert (zarate.authors[0].family, zarate.pages) == ("Zarate", "856-864")


def test_plos_citation_number_is_the_volume_only_when_no_volume_is_given() -> None:
    ref = reference_from_meta("citation_title=T;citation_number=12;citation_issue=3", 1)
    assert (ref.volume, ref.issue, ref.label) == ("12", "3", "")
    assert ref.raw  # printed from the fields when the page lists no entry


def test_claims_link_through_the_anchors(tmp_path: Path) -> None:
    report = check(_page(tmp_path), CheckOptions(parts=frozenset({"claims"})))
    cited = [rid for claim in report.claims for c in claim.citations for rid in c.reference_ids]
    assert len(cited) == 3 and len(set(cited)) == 2


def test_numeric_superscripts_without_anchors_are_found(tmp_path: Path) -> None:
    page = PAGE.replace('<a href="#ref-1">1</a>', "<sup>1</sup>").replace(
        '<a href="#ref-2">2</a>', "<sup>2</sup>").replace('<a href="#ref-9">9</a>', "")
    document = load_document(_page(tmp_path, page))
    assert document.marked == ()
    assert "acts fast [1]" in document.body
    report = check(_page(tmp_path, page), CheckOptions(parts=frozenset({"claims"})))
    assert sum(len(c.citations) for c in report.claims) >= 2


def test_an_exponent_in_sup_is_no_callout(tmp_path: Path) -> None:
    page = PAGE.replace('<a href="#ref-1">1</a>', "<sup>1</sup>").replace(
        '<a href="#ref-2">2</a>', "").replace('<a href="#ref-9">9</a>', "").replace(
        "the effect lasts", "the area was 5 m<sup>2</sup> and the effect lasts")
    body = load_document(_page(tmp_path, page)).body
    assert "acts fast [1]" in body
    assert "5 m2 and" in body and "[2]" not in body.split("acts fast")[1].split("lasts")[0]


def test_a_page_without_references_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no reference list found in the HTML"):
        load_document(_page(tmp_path, "<html><body><p>Hello [1].</p></body></html>"))


SAMPLES = "data/service-samples/publisher-html-"


def test_recorded_peerj_page_links_by_jats_rid(shared_dir: Path) -> None:
    page = shared_dir / (SAMPLES + "peerj-10.7717-peerj.4375-no-citation_reference-refs-in-body"
                         ".html")
    document = load_document(page)
    assert len(document.entries) == 52 and document.references == ()
    assert document.entries[0].text.startswith("Anderson. 2017a. When the wolf")
    assert ("Bohannon, 2016", ("ref-13",)) in [(m.text, m.keys) for m in document.marked]


def test_recorded_meta_only_pages(shared_dir: Path) -> None:
    iop = load_document(shared_dir / (SAMPLES + "iopscience-10.1088-1748-605X-ab007b-head-meta-"
                                      "and-references-only.html"))
    assert len(iop.references) == 73 and iop.references[0].container == "Biomaterials"
    springer = load_document(shared_dir / (SAMPLES + "springerlink-10.1007-s10924-010-0192-1-"
                                           "head-meta-and-references-only.html"))
    first = springer.references[0]
    assert [a.family for a in first.authors][:2] == ["Mali", "Victoria"]  # comma-joined tag
    assert first.pages == "157-164" and "Google Scholar" not in first.raw


def test_recorded_plos_page_never_reads_citation_number_as_a_label(shared_dir: Path) -> None:
    document = load_document(shared_dir / (SAMPLES + "plos-one-10.1371-journal.pone.0213978-"
                                            "citation_reference-meta.html"))
    assert document.marked and all(k.startswith("ref") for m in document.marked for k in m.keys)
    assert document.entries[0].text.startswith("1. Cheng Z.")


# Reference lists and callouts in the shapes other sites print (made here, from their
# documented or commonly served markup; no page was copied).
SHAPES = {
    "arxiv-latexml": (
        '<article class="ltx_document"><p class="ltx_p">Known <cite class="ltx_cite">[<a '
        'href="#bib.bib1" class="ltx_ref">1</a>, <a href="#bib.bib2" class="ltx_ref">2</a>]'
        '</cite>.</p><section class="ltx_bibliography"><h2>References</h2><ul class='
        '"ltx_biblist"><li id="bib.bib1" class="ltx_bibitem"><span class="ltx_tag">[1]</span>'
        'A. Smith. A study. J. Tests 1 (2000).</li><li id="bib.bib2" class="ltx_bibitem">'
        "<span>[2]</span> B. Jones. Another. J. Tests 2 (2001).</li></ul></section></article>",
        ["bib.bib1", "bib.bib2"]),
    "biorxiv": (
        '<div class="article fulltext-view"><p>Known (<a class="xref-bibr" href="#ref-1">Smith'
        ' 2000</a>; <a class="xref-bibr" href="#ref-2">Jones 2001</a>).</p><div class="section '
        'ref-list"><h2>References</h2><ol class="cit-list"><li><a class="rev-xref-ref" href="#'
        'xref-ref-1-1" id="ref-1">↵</a><div class="cit ref-cit" id="cit-1">Smith A (2000) A '
        'study. J Tests 1:1-2.</div></li><li><a class="rev-xref-ref" href="#xref-ref-2-1" '
        'id="ref-2">↵</a><div class="cit ref-cit" id="cit-2">Jones B (2001) Another. J Tests '
        "2:3-4.</div></li></ol></div></div>", ["ref-1", "ref-2"]),
    "pmc": (
        '<main><section class="body"><p>Known <a class="usa-link" href="#B1">1</a>,<a class='
        '"usa-link" href="https://pmc.ncbi.nlm.nih.gov/articles/PMC1/#B2">2</a>.</p></section>'
        '<section id="ref-list1" class="ref-list"><h2>References</h2><ul class="ref-list">'
        '<li id="B1"><span class="label">1.</span><cite>Smith A. A study. J Tests. 2000;1:1-2.'
        '</cite></li><li id="B2"><cite>Jones B. Another. J Tests. 2001;2:3-4.</cite></li></ul>'
        "</section></main>", ["B1", "B2"]),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_other_sites_lists_and_links(tmp_path: Path, shape: str) -> None:
    body, keys = SHAPES[shape]
    document = load_document(_page(tmp_path, f"<html><body>{body}</body></html>"))
    assert list(document.entry_keys) == keys
    assert [m.keys[0] for m in document.marked] == keys
    assert "Smith" in document.entries[0].text and "Known" in document.body


def test_plain_paragraphs_under_a_references_heading(tmp_path: Path) -> None:
    page = ("<html><body><div class='content'><p>Ketamine acts fast (Berman, 2000) and lasts "
            "(Zarate, 2006).</p></div><div><h2>References</h2><p>Berman RM (2000) Antidepressant "
            "effects of ketamine. Biol Psychiatry 47:351-354.</p><p>Zarate CA (2006) A "
            "randomized trial. Arch Gen Psychiatry 63:856-864.</p></div></body></html>")
    document = load_document(_page(tmp_path, page))
    assert [e.text[:10] for e in document.entries] == ["Berman RM ", "Zarate CA "]
    assert "Berman RM" not in document.body and "Ketamine acts fast" in document.body
    report = check(_page(tmp_path, page), CheckOptions(parts=frozenset({"claims"})))
    assert sum(len(c.citations) for c in report.claims) == 2


def test_the_list_under_the_references_heading_beats_a_longer_cited_by_list(
        tmp_path: Path) -> None:
    cited_by = "".join(f"<li>Someone {i} (2024) Cites this. J Other {i}.</li>" for i in range(9))
    page = PAGE.replace("</article>", f"</article><div><h2>Cited by</h2><ul class="
                        f"'citations'>{cited_by}</ul></div>")
    assert load_document(_page(tmp_path, page)).entry_keys == ("ref-1", "ref-2")
