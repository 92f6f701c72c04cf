"""The rules' documentation, read from the check modules, for reporters that ship it.

SARIF carries a description and help text for every rule so that GitHub
code scanning can explain an alert without a link. The text already lives
in each check's docstring (What it does / Why it matters / Example) and its
``SUMMARY``; reading it from there keeps one source, so the help a reviewer
sees in a pull request is the one the code documents.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

from checker.checks import ALL_CHECKS

SECTIONS = ("What it does", "Why it matters", "Example")
_HEADING = re.compile("^(" + "|".join(map(re.escape, SECTIONS)) + r")\s*$", re.M)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    sections: dict[str, str] = field(default_factory=dict)  # heading -> dedented body
    severity: str = "error"  # a check's SEVERITY if it fixes one, else a fact's default

    @property
    def full_description(self) -> str:
        """What the rule does and why, as plain text (the example is help, not description)."""
        parts = [self.sections[s] for s in SECTIONS[:2] if self.sections.get(s)]
        return "\n\n".join(parts) or self.summary

    @property
    def help_text(self) -> str:
        """Every section under its heading, plain text."""
        parts = [f"{s}:\n{textwrap.indent(self.sections[s], '  ')}" for s in SECTIONS
                 if self.sections.get(s)]
        return "\n\n".join(parts) or self.summary

    @property
    def help_markdown(self) -> str:
        """The sections as Markdown: bold headings, the example lines as a list."""
        parts = []
        for heading in SECTIONS:
            body = self.sections.get(heading)
            if not body:
                continue
            body = _markdown_literals(body)
            if heading == "Example":
                body = "\n".join(f"- {line.strip()}" for line in body.splitlines() if line.strip())
            parts.append(f"**{heading}**\n\n{body}")
        return "\n\n".join(parts) or self.summary


def sections(docstring: str) -> dict[str, str]:
    """The docstring's sections by heading, each body dedented (the title line is dropped)."""
    text = textwrap.dedent(docstring or "")
    marks = list(_HEADING.finditer(text))
    found = {}
    for mark, following in zip(marks, [*marks[1:], None]):
        end = following.start() if following else len(text)
        found[mark.group(1)] = textwrap.dedent(text[mark.end():end]).strip("\n").rstrip()
    return found


def _markdown_literals(text: str) -> str:
    """reST ``literal`` to Markdown `literal`."""
    return re.sub(r"``(.+?)``", r"`\1`", text)


def rule_of(check) -> Rule:
    return Rule(check.CODE, check.NAME, check.SUMMARY, sections(check.__doc__ or ""),
                getattr(check, "SEVERITY", "error"))


RULES: tuple[Rule, ...] = tuple(sorted((rule_of(c) for c in ALL_CHECKS), key=lambda r: r.code))


def rules_for(codes) -> tuple[Rule, ...]:
    """Every registered rule, plus a bare one for any other code in ``codes``, sorted by code.

    A finding whose code no check declares (an engine-made one) still needs a
    rule entry for SARIF's ``ruleIndex`` to point at.
    """
    known = {rule.code for rule in RULES}
    extra = {code: name for code, name in codes if code not in known}
    bare = [Rule(code, name, name) for code, name in extra.items()]
    return tuple(sorted((*RULES, *bare), key=lambda r: r.code))
