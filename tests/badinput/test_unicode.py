"""Unicode in every field: Cyrillic, CJK, Arabic (right to left), combining marks and zero
width joiners, in the body, the reference list, the DOIs, and every output format."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.badinput.conftest import assert_no_traceback, invoke, offline_flags

Writer = Callable[[str, str | bytes], Path]
ZWJ = "\u200d"
FAMILY = f"👨{ZWJ}👩{ZWJ}👧"
# (entry as printed, author-year callout, title as printed, DOI as printed)
ENTRIES = (
    ("Иванов, И. И., and Петров, П. П. (2019). Быстрое действие кетамина при депрессии. "
     "*Журнал неврологии* 12, 34–56. doi: 10.1000/Кириллица.1",
     "Иванов и Петров, 2019", "Быстрое действие кетамина при депрессии", "10.1000/кириллица.1"),
    ("山田, 太郎 (2020). 氷の研究について. *日本物理学会誌* 5, 1–10. doi: 10.1000/日本.2",
     "山田, 2020", "氷の研究について", "10.1000/日本.2"),
    ("الأحمد, محمد (2018). دراسة عن الاكتئاب. *مجلة الطب* 3, 7–9. doi: 10.1000/عربي.3",
     "الأحمد, 2018", "دراسة عن الاكتئاب", "10.1000/عربي.3"),
    (unicodedata.normalize("NFD", "Müller, J. (2017). Über die Kombinationszeichen in "
                                  "Überschriften. *Zeitschrift für Zeichen* 1, 1–2."),
     unicodedata.normalize("NFD", "Müller, 2017"),
     "Über die Kombinationszeichen in Überschriften", ""),
    (f"Zoë{ZWJ}Smith, A. (2016). Zero{ZWJ}width joiners {FAMILY} in article titles. "
     "*J. Emoji* 4, 5–6.",
     f"Zoë{ZWJ}Smith, 2016", f"Zero{ZWJ}width joiners {FAMILY} in article titles", ""),
)
HEADING = "# Заголовок 标题 عنوان\n\n"


def _numeric_article(article: Writer) -> Path:
    body = " ".join(f"Claim {i} holds [{i}]." for i in range(1, len(ENTRIES) + 1))
    refs = "".join(f"{i}. {entry[0]}\n" for i, entry in enumerate(ENTRIES, 1))
    return article("unicode.md", f"{HEADING}{body}\n\n## References\n\n{refs}")


def _report(path: Path) -> dict[str, list[dict[str, object]]]:
    run = invoke("verify", path, "-f", "json", *offline_flags())
    assert_no_traceback(run)
    assert run.code in (0, 1), run.stderr
    report: dict[str, list[dict[str, object]]] = json.loads(run.stdout)
    return report


def test_every_field_keeps_its_script(article: Writer) -> None:
    report = _report(_numeric_article(article))
    fields = [r["fields"] for r in report["references"]]
    assert len(fields) == len(ENTRIES)
    assert [f.get("title") for f in fields] == [e[2] for e in ENTRIES]  # type: ignore[attr-defined]
    assert [f.get("doi") or "" for f in fields] == [e[3] for e in ENTRIES]  # type: ignore[attr-defined]
    assert fields[0]["authors"][0]["family"] == "Иванов"  # type: ignore[index]
    assert fields[3]["authors"][0]["family"] == "Müller"  # type: ignore[index]  # NFC


def test_numeric_callouts_link_whatever_the_script(article: Writer) -> None:
    report = _report(_numeric_article(article))
    ids = [r["id"] for r in report["references"]]
    linked = [c["citations"][0]["reference_ids"] for c in report["claims"]]  # type: ignore[index]
    assert linked == [[i] for i in ids]
    assert report["claims"][0]["section"] == HEADING.strip("# \n")


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "html", "sarif"])
def test_every_format_renders_unicode(article: Writer, fmt: str) -> None:
    run = invoke("verify", _numeric_article(article), "-f", fmt, *offline_flags())
    assert_no_traceback(run)
    assert run.code in (0, 1), run.stderr
    # the Cyrillic DOI is printed as is, or percent-encoded inside a link
    assert "кириллица" in run.stdout or quote("кириллица") in run.stdout
    if fmt == "html":
        assert FAMILY in run.stdout and "氷の研究について" in run.stdout


def test_author_year_callouts_link_whatever_the_script(article: Writer) -> None:
    body = " ".join(f"Claim holds ({entry[1]})." for entry in ENTRIES)
    refs = "".join(f"- {entry[0]}\n" for entry in ENTRIES)
    path = article("unicode-ay.md", f"{HEADING}{body}\n\n## References\n\n{refs}")
    report = _report(path)
    ids = [r["id"] for r in report["references"]]
    linked = [c["citations"][0]["reference_ids"] for c in report["claims"]]  # type: ignore[index]
    assert linked == [[i] for i in ids]
