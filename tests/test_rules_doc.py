from claimcheck.rules import RULES
from claimcheck.rulesdoc import rules_markdown
from tests.conftest import REPO


def test_rules_page_matches_the_catalogue() -> None:
    page = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == rules_markdown(), "regenerate: python -m claimcheck.rulesdoc > docs/rules.md"
    assert all(f"`{name}`" in page for name in RULES)
