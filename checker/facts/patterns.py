"""User regular expressions (`re:` subjects): refused when unusable or too slow."""

from __future__ import annotations

import regex

FLAGS = regex.IGNORECASE


def compile_pattern(pattern: str) -> regex.Pattern:
    """A subject pattern compiled as the scanner runs it."""
    return regex.compile(pattern, FLAGS)


def check_pattern(pattern: str) -> str:
    """Why a subject pattern cannot be used ("" if it can).

    A pattern runs over every line of every document, so one that backtracks
    catastrophically would hang the whole run on some unlucky line; it is
    tried on texts made of its own characters (where such blow-ups show) with
    a time limit. The sizes separate the exponential or cubic blow-ups of
    nested quantifiers (seconds) from the harmless quadratic cost of
    ordinary patterns (milliseconds).
    """
    if not pattern:
        return "empty regular expression after 're:'"
    try:
        rx = compile_pattern(pattern)
    except regex.error as exc:
        return f"invalid regular expression: {exc}"
    sentence = "The inspection by Ofsted in October 2016 found services inadequate. "
    if any(m.start() == m.end() for m in (rx.search(""), rx.search(sentence)) if m):
        return "regular expression matches empty text"
    chars = sorted({c for c in pattern.lower() if c.isalnum()} | set("a1 "))[:16]
    probes = [c * n + "!" + tail for n in (30, 1000) for c in chars for tail in ("", "".join(chars))]
    try:
        for probe in [sentence * 20, *probes]:
            rx.search(probe, timeout=0.2)
    except TimeoutError:
        return "regular expression is too slow (nested repetition such as '(a+)+' backtracks)"
    return ""
