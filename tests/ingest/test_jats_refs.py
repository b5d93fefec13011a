"""A JATS mixed-citation printed as a reference string: fields the XML runs together get a
space, words split by formatting elements do not."""

from __future__ import annotations

from defusedxml.ElementTree import fromstring

from claimcheck.ingest.jats_refs import reference_from_ref


def printed(citation: str) -> str:
    ref = fromstring(f"<ref><mixed-citation>{citation}</mixed-citation></ref>")
    return reference_from_ref(ref, ref[0], 1).raw


def test_adjacent_identifiers_and_names_are_kept_apart() -> None:
    text = printed(
        "<person-group><name><surname>de Onis</surname><given-names>M</given-names></name>"
        "<name><surname>Borghi</surname><given-names>E</given-names></name></person-group> "
        "<article-title>Growth</article-title>. <source>Nutr</source> 2012;15:1603-10. "
        '<pub-id pub-id-type="doi">10.1017/S136898001200105X</pub-id>'
        '<pub-id pub-id-type="pmid">22717390</pub-id>'
    )
    # the names get the comma the publisher's renderer prints between them
    assert text == "de Onis M, Borghi E Growth. Nutr 2012;15:1603-10. " \
        "10.1017/S136898001200105X 22717390"


def test_an_identifier_glued_to_the_pages_gets_a_space() -> None:
    text = printed('Iron. Indian Pediatr 2002;39:136-44.<pub-id pub-id-type="pmid">11867843'
                   "</pub-id>")
    assert text.endswith("136-44. 11867843")


def test_formatting_and_punctuation_are_printed_as_they_are() -> None:
    text = printed("<article-title>Role of <italic>E</italic><italic>coli</italic> and "
                   "CO<sub>2</sub></article-title>. <source>J</source> "
                   "<year>2001</year>;<volume>3</volume>:<fpage>1</fpage>-<lpage>9</lpage>. "
                   'doi:<pub-id pub-id-type="doi">10.1/x</pub-id>')
    assert text == "Role of Ecoli and CO2. J 2001;3:1-9. doi:10.1/x"
