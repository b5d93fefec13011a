"""BibTeX that real reference managers write or break: unbalanced braces, duplicate keys,
`@string` macros with `#` concatenation, month macros and `crossref` inheritance."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.badinput.conftest import (
    assert_no_traceback,
    assert_one_line_error,
    invoke,
    offline_flags,
)

Writer = Callable[[str, str | bytes], Path]
OK_ENTRY = "@article{ok2002, author = {Ok, Alice}, title = {Fine}, journal = {J}, year = {2002}}\n"


def _fields(path: Path) -> dict[str, dict[str, object]]:
    run = invoke("refs", path, "-f", "json")
    assert_no_traceback(run)
    assert run.code == 0, run.stderr
    return {r["id"]: r["fields"] for r in json.loads(run.stdout)["references"]}


def test_unbalanced_braces_name_the_line(article: Writer) -> None:
    path = article("unbalanced.bib", "@article{smith2001,\n  title = {A {study of things},\n"
                   "  year = {2001},\n}\n" + OK_ENTRY)
    for command in ("refs", "dois"):
        run = invoke(command, path, *(offline_flags() if command == "dois" else ()))
        assert_one_line_error(run, "unbalanced.bib", "line")


def test_a_missing_closing_brace_at_the_end(article: Writer) -> None:
    path = article("cut.bib", OK_ENTRY + "@article{smith2001, title = {Cut off")
    assert_one_line_error(invoke("refs", path), "cut.bib")


def test_duplicate_keys_name_the_key(article: Writer) -> None:
    first = "@article{smith2001, author = {Smith, John}, title = {First}, year = 2001}\n"
    path = article("dup.bib", first + first.replace("John", "Jane").replace("First", "Second"))
    assert_one_line_error(invoke("refs", path), "dup.bib", "smith2001")


def test_string_macros_and_concatenation(article: Writer) -> None:
    path = article("macros.bib", (
        '@string{jt = "Journal of Things"}\n@string{first = "Smith"}\n'
        '@article{jones2002, author = first # ", John and Jones, Kate", title = {An article},'
        " journal = jt, year = 2002, month = jan, volume = 3, pages = {7--9}}\n"
    ))
    fields = _fields(path)["jones2002"]
    assert fields["container"] == "Journal of Things"
    assert [a["family"] for a in fields["authors"]] == ["Smith", "Jones"]  # type: ignore[attr-defined]
    assert (fields["year"], fields["volume"], fields["pages"]) == ("2002", "3", "7-9")


def test_crossref_fields_are_inherited(article: Writer) -> None:
    path = article("crossref.bib", (
        "@inproceedings{smith2001, author = {Smith, John}, title = {A paper},"
        " crossref = {conf2001}, pages = {1--10}}\n"
        "@proceedings{conf2001, title = {Proceedings of the Conference on Things},"
        " booktitle = {Proceedings of the Conference on Things}, editor = {Editor, Ed},"
        " publisher = {ACM}, year = {2001}}\n"
    ))
    fields = _fields(path)["smith2001"]
    assert fields["container"] == "Proceedings of the Conference on Things"
    assert (fields["year"], fields["publisher"]) == ("2001", "ACM")


def test_a_crossref_to_a_missing_entry(article: Writer) -> None:
    path = article("dangling.bib", "@inproceedings{smith2001, author = {Smith, John},"
                   " title = {A paper}, crossref = {nowhere}, year = 2001}\n" + OK_ENTRY)
    run = invoke("refs", path, "-f", "json")
    assert_no_traceback(run)
    if run.code == 0:  # kept without the parent's fields, or refused in one line
        assert {r["id"] for r in json.loads(run.stdout)["references"]} >= {"smith2001"}
    else:
        assert_one_line_error(run, "dangling.bib")


def test_undefined_macro_and_comment_entries(article: Writer) -> None:
    path = article("odd.bib", "@comment{jabref-meta: x}\n@preamble{\"\\newcommand{\\x}{}\"}\n"
                   "@article{a2001, author = {A, B}, title = {T}, journal = undefinedmacro,"
                   " year = 2001}\n" + OK_ENTRY)
    run = invoke("refs", path, "-f", "json")
    assert_no_traceback(run)
    assert run.code in (0, 2), run.stderr
    if run.code == 2:
        assert_one_line_error(run, "odd.bib")
