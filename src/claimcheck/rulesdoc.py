"""docs/rules.md from the rule catalogue: `python -m claimcheck.rulesdoc > docs/rules.md`.

A test keeps the committed page equal to this output, so the documentation cannot drift from
the rules the code emits.
"""

from __future__ import annotations

from claimcheck.rules import CITATION_RULES, REFERENCE_RULES, SUPPORT_RULES, Rule

_SECTIONS = (
    ("References against Crossref (`claimcheck dois`)", REFERENCE_RULES),
    ("Citations and the reference list (`claimcheck claims`)", CITATION_RULES),
    ("Claim support (`claimcheck verify`)", SUPPORT_RULES),
)


def _row(rule: Rule) -> str:
    return f"| `{rule.name}` | {rule.severity.value} | {rule.summary} {rule.help} |"


def rules_markdown() -> str:
    lines = [
        "# Rules",
        "",
        "Every finding has one of these stable rule names (use them with `--select` and",
        "`--ignore`, or in `[tool.claimcheck]`). The severity is the default; a few findings",
        "are raised at a lower one when the evidence is thinner (a title missing only its",
        "subtitle, a support judgement resting on a title alone).",
        "A lookup that could not be made (network, offline) is never a finding: the reference",
        "is reported `unchecked` and the run exits 3.",
    ]
    for heading, rules in _SECTIONS:
        lines += ["", f"## {heading}", "", "| rule | severity | meaning |", "| --- | --- | --- |"]
        lines += [_row(rule) for rule in rules.values()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(rules_markdown(), end="")
