"""Settings from ``factlint.toml`` or the ``[tool.factlint]`` table of pyproject.toml.

Validated like the facts file: an unknown key or a wrong type stops the run
with ``file:line:col: key: message`` and a did-you-mean. Command-line options
override settings. ``factlint.toml`` (top-level keys) wins over pyproject.toml
when both exist in the current folder.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path

from checker.finding import SEVERITIES
from checker.report import MODULES as REPORTERS

FORMATS = ("auto", *REPORTERS)  # auto: github under GitHub Actions, else table
FAIL_ON = (*SEVERITIES, "never")

# key -> (type, allowed values or None)
KEYS: dict[str, tuple[type, tuple[str, ...] | None]] = {
    "facts": (str, None),
    "format": (str, FORMATS),
    "fail-on": (str, FAIL_ON),
    "select": (list, None),
    "ignore": (list, None),
    "baseline": (str, None),
    "fail-on-stale": (bool, None),
    "exclude": (list, None),
}


class SettingsError(Exception):
    """A settings file problem, already formatted as ``file:line:col: key: message``."""


@dataclass(frozen=True)
class Settings:
    values: dict = field(default_factory=dict)
    source: str = ""  # the file they came from, "" for none

    def get(self, key: str, default=None):
        return self.values.get(key, default)


def _position(text: str, key: str, section_start: int) -> tuple[int, int]:
    match = re.compile(rf"^[ \t]*\"?{re.escape(key)}\"?[ \t]*=", re.M).search(text, section_start)
    if not match:
        return 1, 1
    line = text.count("\n", 0, match.start()) + 1
    column = match.start() - text.rfind("\n", 0, match.start())
    return line, column + len(match.group(0)) - len(match.group(0).lstrip())


def _validate(values: dict, path: Path, text: str, section_start: int) -> dict:
    problems = []
    for key, value in values.items():
        line, column = _position(text, key, section_start)
        where = f"{path}:{line}:{column}: {key}: "
        if key not in KEYS:
            close = get_close_matches(key, list(KEYS), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append(f"{where}unknown setting '{key}'{hint}; known: {', '.join(KEYS)}")
            continue
        kind, allowed = KEYS[key]
        if not isinstance(value, kind) or (kind is list and not all(isinstance(v, str) for v in value)):
            wanted = {str: "text", bool: "true or false", list: "a list of text"}[kind]
            problems.append(f"{where}must be {wanted}")
        elif allowed and value not in allowed:
            problems.append(f"{where}'{value}' is not one of {', '.join(allowed)}")
    if problems:
        raise SettingsError("\n".join(problems))
    return values


def load_settings(folder: Path) -> Settings:
    """The settings that apply in ``folder`` (none when there is no settings file)."""
    for name, table in (("factlint.toml", None), ("pyproject.toml", ("tool", "factlint"))):
        path = folder / name
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            found = re.search(r"line (\d+), column (\d+)", str(err))
            line, column = (found.group(1), found.group(2)) if found else ("1", "1")
            raise SettingsError(f"{path}:{line}:{column}: not valid TOML: {err}") from None
        section_start = 0
        if table:
            for key in table:
                data = data.get(key, {}) if isinstance(data, dict) else {}
            header = re.search(r"^\[tool\.factlint\]", text, re.M)
            if not header:
                continue
            section_start = header.end()
        return Settings(_validate(dict(data), path, text, section_start), str(path))
    return Settings()
