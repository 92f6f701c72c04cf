"""FC901 unused-suppression: an inline suppression that silences nothing.

What it does
    Reports a ``factlint: ignore`` or ``factlint: off`` directive under
    which no finding was silenced in this run, at the directive's place.

Why it matters
    A suppression outlives the problem it was written for. Left in place it
    will hide the next, real problem on that line without anyone deciding so.

Example
    Fails:  "<!-- factlint: ignore FC001 -- quoted -->" above a line with no finding.
    Passes: the same comment above "the last Ofsted inspection in September 2016".
"""

from __future__ import annotations

CODE = "FC901"
NAME = "unused-suppression"
SUMMARY = "an inline suppression silences no finding"
SEVERITY = "warning"
