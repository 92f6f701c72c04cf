"""factlint: check documents against a curated record of facts.

The import package is ``checker``; the distribution and command are ``factlint``.
"""

__version__ = "0.1.0"
