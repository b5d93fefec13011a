"""Books and chapters: ISBN, edition, editors and publisher; chapters are not duplicates."""

from __future__ import annotations

from claimcheck.compare import verify_references
from claimcheck.compare.books import check_book, printed_edition, printed_isbns
from claimcheck.model import Author, Doi, Record, Reference
from tests.compare.fakes import FakeResolver, authors, record, reference

BOOK = Doi("10.1000/book.1")


def chapter(**fields: object) -> Reference:
    base: dict[str, object] = {
        "kind": "chapter",
        "title": "Roots in dry soil and their water uptake",
        "container": "Plant Water Relations",
        "editors": (Author("Caldwell", "M."), Author("Pearcy", "R.")),
        "publisher": "Academic Press",
        "volume": "",
        "pages": "21-71",
        "year": "2007",
        "doi": "",
    }
    base.update(fields)
    ref = reference(**base)
    if "raw" not in fields:
        eds = ", ".join(f"{e.family} {e.given[0]}" for e in base["editors"])  # type: ignore[attr-defined]
        raw = (
            f"Smith A, Jones B. 2007. {base['title']}. In: {eds}, eds. "
            f"{base['container']}. 2nd edn. San Diego: {base['publisher']}, 21-71. "
            "ISBN 978-0-19-852663-6"
        )
        ref = reference(**{**base, "raw": raw})
    return ref


def chapter_record(**fields: object) -> Record:
    base: dict[str, object] = {
        "doi": Doi("10.1000/book.1.ch3"),
        "type": "book-chapter",
        "title": "Roots in dry soil and their water uptake",
        "containers": ("Plant Water Relations",),
        "short_containers": (),
        "publisher": "Academic Press",
        "isbns": ("9780198526636",),
        "edition": "2",
        "editors": (Author("Caldwell", "M."), Author("Pearcy", "R.")),
        "volume": "",
        "pages": "21-71",
        "issued_year": 2007,
        "print_year": 2007,
    }
    base.update(fields)
    return record(**base)


def rules(ref: Reference, rec: Record) -> list[str]:
    return [f.rule for f in check_book(ref, rec)]


def test_printed_isbn_and_edition_are_read() -> None:
    assert printed_isbns(chapter()) == ("9780198526636",)
    assert printed_edition(chapter()) == "2"
    assert printed_edition(reference(raw="Doe J. Anatomy. Third edition. Oxford, 1990")) == "3"


def test_a_chapter_that_agrees_raises_nothing() -> None:
    assert rules(chapter(), chapter_record()) == []


def test_isbn_edition_editor_and_publisher_differences() -> None:
    assert rules(chapter(), chapter_record(isbns=("9783161484100",))) == ["isbn-mismatch"]
    assert rules(chapter(), chapter_record(edition="3")) == ["edition-mismatch"]
    misspelt = chapter(editors=(Author("Caldwel", "M."), Author("Pearcy", "R.")))
    assert rules(misspelt, chapter_record()) == ["editor-mismatch"]
    other = chapter_record(publisher="Kluwer Medical")
    found = check_book(chapter(), other)
    assert [(f.rule, f.severity.value) for f in found] == [("publisher-mismatch", "info")]


def test_publisher_forms_that_agree() -> None:
    assert (
        rules(chapter(publisher="OUP"), chapter_record(publisher="Oxford University Press")) == []
    )
    wiley = chapter_record(publisher="John Wiley & Sons, Ltd")
    assert rules(chapter(publisher="Wiley"), wiley) == []


def test_fields_a_record_lacks_give_nothing() -> None:
    bare = chapter_record(isbns=(), edition="", editors=(), publisher="")
    assert rules(chapter(), bare) == []
    assert rules(chapter(), record()) == []  # a journal article is not a book


def test_two_chapters_of_one_book_and_the_book_are_not_duplicates() -> None:
    book = chapter_record(
        doi=BOOK, type="edited-book", title="Plant Water Relations", containers=(), pages=""
    )
    first = chapter(doi=BOOK, id="r1", line=1)
    second = chapter(doi=BOOK, id="r2", line=2, title="Leaves under heat stress in deserts")
    whole = reference(
        id="r3",
        line=3,
        kind="book",
        title="Plant Water Relations",
        container="",
        volume="",
        pages="",
        doi=BOOK,
        authors=authors("Smith"),
    )
    found = verify_references([first, second, whole], FakeResolver([book])).findings
    assert "duplicate-reference" not in [f.rule for f in found]


def test_the_same_chapter_twice_is_still_a_duplicate() -> None:
    twice = [chapter(id="r1", line=1), chapter(id="r2", line=2)]
    found = verify_references(twice, FakeResolver([chapter_record()])).findings
    assert [f.rule for f in found if f.rule == "duplicate-reference"] == ["duplicate-reference"]
