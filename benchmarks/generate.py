"""A deterministic, seeded generator of realistic benchmark corpora.

    python benchmarks/generate.py OUT_DIR --mb 200 --facts 1000 --density dense --seed 7

writes ``OUT_DIR/docs/<kind>/<batch>/*.txt`` (and some ``.md``),
``OUT_DIR/facts.yaml``, ``OUT_DIR/phrases.txt`` (every phrase the facts
file makes factlint look for, one a line: the reference input for
``rg -F -f``) and ``OUT_DIR/manifest.json`` (sizes, counts and what was
planted).

The documents are written in the style of the seed corpus (``seeds/``):
council letters, board reports with numbered paragraphs, local news with
one-sentence paragraphs and boilerplate, staff messages. Every document is
built from sentence templates with its values, names and dates redrawn:
dates in many written forms ("October 2016", "Oct. 2016", "14/10/2016",
"2016-10-14", "early 2017"), money ("£1.63m", "£1,630,000", "£84M", "over
£30m"), durations ("three-year", "36 months", "up to three years"), counts
in words and numerals, percentages, Ofsted ratings, bodies' names and
people's titles. Documents are 1-100 KB (log-uniform, scaled so the corpus
is ``--mb`` megabytes); about one plain-text document in five (45% of
the letters, reports, messages and briefings) is hard-wrapped at ~75
columns with trailing spaces and page breaks, like a PDF export; about
15% are Markdown with front matter (half the briefings).

The facts file holds ``--facts`` facts of every type (date, duration, money,
count, percent, rating, name, title, statement), each with two or three
invented subject phrases ("Northfield review panel", "review panel for
Northfield"); a few have no value (the documents must agree), a few are
``required_in`` a document kind. Documents mostly agree with the facts but
sometimes state another value, misname a body or give a person a rejected
title, and sometimes omit a required fact, so a run has findings.

``--density dense``: nearly every sentence mentions a fact; ``sparse``:
about one sentence in twenty does.

Deterministic: the same arguments give the same bytes (every document has
its own generator seeded from ``--seed``, the density and its number; no
set or hash order is ever relied on). The facts are drawn one at a time
from their own generator, so the first F facts of ``--also-facts 10000``
are exactly the facts of ``--facts F``: ``facts-10000.yaml`` is the same
record with 9,000 more facts that the corpus never mentions (the facts
growth benchmark), and with no more ``required_in``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

# ---------------------------------------------------------------- vocabulary

_PLACE_HEADS = ("North South East West Ash Brack Cal Dun Elm Fern Glen Hol Ken Lang Mar Nether "
                "Oak Pen Red Stan Thorn Up Wick Birch Cran Hart Kirk Lin Mill Rad Sal Tod Wes "
                "Alder Bram Carr Dray Eg Fair Gold Hay Ire Knot Lox Mor Ned Ot Pick Quar Ros Shel "
                "Tam Ul Ven Whit Yel Bur Cam Dal").split()
_PLACE_TAILS = ("field combe ley ton bridge moor ford dale by wick stead holme thorpe mouth bury "
                "ham hurst gate wold chester").split()
_SURNAME_HEADS = ("Ab Bel Cor Dav Ed Far Gil Har Ing Jar Kel Lor Mac Nor Ol Pres Quin Ros Sel Tal "
                  "Ull Ver Wal Yar Ben Col Dun Eld Fitz Gar Hol Jen Kin Lam Mer Nash Orm Pem Rad "
                  "Sto Tre Ush Vaug Wat").split()
_SURNAME_TAILS = "ridge son ington wood shaw croft lock hall more den ell ock ard ing er ley man well ett by".split()
_FIRST = ("Margaret Aisha Helen Priya Joanne Fiona Sarah Ruth Grace Nadia Claire Amina Louise Tessa "
          "David Steve Richard Imran Paul Tom Gareth Martin Rajesh Neil Colin Owen Peter Sanjay "
          "Erin Lisa Jacqui Thelma Robert Eleanor Julie Karen Andrew Simon").split()
# Surnames of people who are in no fact (filler): real ones, none of them invented.
_FILLER_SURNAMES = ("Hill Walker Sheard Gedman Mulherin Callaghan Patel Khan Hughes Shaw Lloyd "
                    "Begum Turner Bell Price Ahmed Ward Hussain Fletcher Dixon Kaur Barker Moss").split()
_MODS = ("review improvement safeguarding fostering adoption recovery commissioning workforce "
         "inspection placement recruitment leadership transformation assurance outreach "
         "residential respite mentoring advocacy intervention").split()
_MODS += ["early help", "care leavers", "youth justice", "edge of care", "short breaks", "family drug"]
_HEADS = ("panel board programme hub service fund contract team scheme inquiry strategy pilot "
          "project unit forum network grant audit compact taskforce").split()
_TOPICS = ("Family Support|Relational Practice|Restorative Practice|Child Protection|Youth Work|"
           "Early Years|Family Learning|Social Work Practice|Strategic Safeguarding|"
           "Educational Inclusion|Residential Care|Adolescent Health|Kinship Care|"
           "Parenting Support|Foster Care|Children's Rights").split("|")
# A look-alike spelling of a topic word (the near miss "Relationship" for "Relational").
_LOOKALIKE = {"Relational": "Relationship", "Restorative": "Restoration", "Strategic": "Strategy",
              "Educational": "Education", "Residential": "Residence", "Parenting": "Parental",
              "Protection": "Protecton", "Inclusion": "Inclusive"}
_TITLES = ["Director of Children's Services", "Chief Executive", "Cabinet member for Children",
           "Minister of State for Children and Families", "Commissioner", "Independent Chair",
           "Deputy Director of Social Work", "Head of Service", "Principal Social Worker",
           "Executive member for Children and Families", "Children's Commissioner",
           "Secretary of State", "Chief Inspector", "Assistant Director"]
_RATINGS = ["outstanding", "good", "requires improvement", "inadequate"]
_MONTHS = ("January February March April May June July August September October November "
           "December").split()
_ABBREV = {1: "Jan", 2: "Feb", 8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_COUNT_NOUNS = ["councils", "local authorities", "schools", "social workers", "children's homes",
                "families", "partner councils", "foster carers", "care leavers", "practice leads"]
_KINDS = [("news", 0.40), ("report", 0.25), ("letter", 0.15), ("message", 0.10), ("briefing", 0.10)]
_TYPES = [("date", 0.20), ("duration", 0.12), ("money", 0.15), ("count", 0.13), ("percent", 0.08),
          ("rating", 0.06), ("name", 0.10), ("title", 0.08), ("statement", 0.08)]

KB = 1000
MB = 1000 * 1000


def _weighted(rng: random.Random, table):
    x = rng.random()
    for item, weight in table:
        x -= weight
        if x < 0:
            return item
    return table[-1][0]


def number_words(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")
    return f"{n:,}"


def _places() -> list[str]:
    return [h + t for h in _PLACE_HEADS for t in _PLACE_TAILS]


def _surnames() -> list[str]:
    places = set(_places())
    return [h + t for h in _SURNAME_HEADS for t in _SURNAME_TAILS if h + t not in places]


PLACES = _places()
SURNAMES = _surnames()

# ---------------------------------------------------------------- facts


@dataclass
class Fact:
    index: int
    id: str
    type: str
    subjects: list[str] = field(default_factory=list)
    value: tuple = ()  # the generator's own form of the value (see _draw_value)
    value_text: str = ""  # as written in facts.yaml ("" = no value: documents must agree)
    hidden: bool = False  # no value in the record; documents still mostly state `value`
    accept: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)
    near_misses: list[str] = field(default_factory=list)  # name: forms a careless writer uses
    person: tuple = ()  # title: (first, surname, honorific)
    required_kind: str = ""
    claim: str = ""


def _date_text(value: tuple) -> str:
    kind = value[0]
    if kind == "year":
        return f"{value[1]}"
    if kind == "month":
        return f"{value[1]}-{value[2]:02d}"
    if kind == "day":
        return f"{value[1]}-{value[2]:02d}-{value[3]:02d}"
    return f"{value[1]}..{value[2]}-{value[3]:02d}"  # range: from a year to a month


def _money_text(value: tuple) -> str:
    qual, pounds = value
    if pounds >= MB:
        m = pounds / MB
        body = f"£{m:.2f}m" if round(m, 2) != int(m) else f"£{int(m)}m"
    else:
        body = f"£{pounds:,}"
    return f"over {body}" if qual == "over" else body


def _duration_text(value: tuple) -> str:
    qual, n, unit = value
    return f"{qual + ' ' if qual else ''}{n} {unit}{'s' if n != 1 else ''}"


def _draw_value(rng: random.Random, kind: str) -> tuple:
    if kind == "date":
        y, m, d = rng.randint(2014, 2020), rng.randint(1, 12), rng.randint(1, 28)
        form = _weighted(rng, [("month", 0.70), ("day", 0.15), ("year", 0.10), ("range", 0.05)])
        if form == "year":
            return ("year", y)
        if form == "day":
            return ("day", y, m, d)
        if form == "range":
            return ("range", y - 2, y, m)
        return ("month", y, m)
    if kind == "duration":
        unit = _weighted(rng, [("year", 0.5), ("month", 0.4), ("week", 0.1)])
        n = {"year": rng.randint(2, 5), "month": rng.choice([3, 4, 6, 9, 15, 18, 20, 30]),
             "week": rng.randint(2, 16)}[unit]
        return ("up to" if rng.random() < 0.3 else "", n, unit)
    if kind == "money":
        form = _weighted(rng, [("decimal", 0.35), ("millions", 0.30), ("over", 0.10), ("thousands", 0.25)])
        if form == "decimal":
            return ("", rng.randint(105, 995) * 10_000)
        if form == "thousands":
            return ("", rng.randint(10, 190) * 5_000)
        return ("over" if form == "over" else "", rng.randint(2, 120) * MB)
    if kind == "count":
        n = rng.choice([rng.randint(2, 20), rng.randint(2, 20), rng.randint(21, 200)])
        return ("up to" if rng.random() < 0.2 else "", n)
    if kind == "percent":
        return (rng.randint(5, 95),)
    if kind == "rating":
        return (rng.choice(_RATINGS),)
    return ()


def _value_text(kind: str, value: tuple) -> str:
    if kind == "date":
        return _date_text(value)
    if kind == "duration":
        return _duration_text(value)
    if kind == "money":
        return _money_text(value)
    if kind == "count":
        return f"{value[0] + ' ' if value[0] else ''}{value[1]}"
    if kind == "percent":
        return str(value[0])
    if kind == "rating":
        return value[0]
    return ""


def generate_facts(seed: int, count: int, required_upto: int | None = None) -> list[Fact]:
    """``count`` facts; the first ``n`` of them do not depend on ``count``.

    Facts at index ``required_upto`` and beyond are never ``required_in``.
    """
    rng = random.Random(f"factlint-bench/{seed}/facts")
    used_triples: set[tuple] = set()
    used_names: set[tuple] = set()
    used_people: set[str] = set()
    facts: list[Fact] = []
    for index in range(count):
        kind = _weighted(rng, _TYPES)
        fact = Fact(index, "", kind)
        required = rng.random() < 0.02 and kind not in ("name", "title")
        required_kind = _weighted(rng, _KINDS)
        if required and (required_upto is None or index < required_upto):
            fact.required_kind = required_kind
        if kind == "name":
            while True:
                form, place = rng.randrange(4), rng.choice(PLACES)
                topic, other = rng.choice(_TOPICS), rng.choice(PLACES)
                if (form, place, topic) not in used_names and other != place:
                    used_names.add((form, place, topic))
                    break
            fact.value_text, fact.accept, fact.reject, fact.near_misses = _name_forms(form, place, topic, other)
            fact.id = f"n{index:05d}-" + fact.value_text.lower().replace(" ", "-").replace("'", "")
            fact.claim = f"The body is the {fact.value_text}."
        elif kind == "title":
            while True:
                first, surname = rng.choice(_FIRST), rng.choice(SURNAMES)
                if surname not in used_people:
                    used_people.add(surname)
                    break
            honorific = rng.choice(["Ms", "Mr", "Dr", "Cllr"])
            fact.person = (first, surname, honorific)
            fact.subjects = [f"{first} {surname}", f"{honorific} {surname}"]
            titles = list(_TITLES)
            rng.shuffle(titles)
            fact.value_text = titles[0]
            fact.reject = titles[1:1 + rng.randint(1, 2)]
            fact.id = f"t{index:05d}-{surname.lower()}-title"
            fact.claim = f"{first} {surname} is {fact.value_text}."
        else:
            while True:
                triple = (rng.choice(PLACES), rng.choice(_MODS), rng.choice(_HEADS))
                if triple not in used_triples:
                    used_triples.add(triple)
                    break
            place, mod, head = triple
            fact.subjects = [f"{place} {mod} {head}", f"{mod} {head} for {place}",
                             f"{place}'s {mod} {head}"][:rng.choice([2, 3])]
            fact.id = f"f{index:05d}-{place.lower()}-{mod.replace(' ', '-')}-{head}"
            if kind != "statement":
                fact.value = _draw_value(rng, kind)
                fact.hidden = rng.random() < 0.03 and kind in ("count", "percent", "money")
                fact.value_text = "" if fact.hidden else _value_text(kind, fact.value)
            fact.claim = f"The {fact.subjects[0]}: {_value_text(kind, fact.value) or 'stated'}."
        facts.append(fact)
    return facts


def _name_forms(form: int, place: str, topic: str, other: str):
    """(canonical, accepted, rejected, near misses) for a body's name."""
    words = topic.split()
    initials = "".join(w[0] for w in (place + " " + topic).split() if w[0].isupper())
    if form == 0:
        name = f"{place} Centre for {topic}"
        near = [f"{place} Centre of {topic}"]
        reject = [f"{place} {topic} Centre"]
        accept = [f"{initials}C"]
    elif form == 1:
        name = f"{place} {topic} Partnership"
        near = []
        reject = [f"{place} {topic} Trust"]
        accept = [f"{initials}P"]
    elif form == 2:
        name = f"{place} and {other} {topic} Board"
        near = [f"{place} & {other} {topic} Board"]
        reject = [f"{other} and {place} {topic} Board"]
        accept = []
    else:
        name = f"Office for {topic} in {place}"
        near = [f"Office of {topic} in {place}"]
        reject = [f"{place} Office for {topic}"]
        accept = []
    for word in words:
        if word in _LOOKALIKE:
            near.append(name.replace(word, _LOOKALIKE[word], 1))
    return name, accept, reject, near


def phrases_of(fact: Fact) -> list[str]:
    """Every literal phrase factlint looks for on behalf of ``fact``."""
    out = list(fact.subjects)
    if fact.type in ("name", "title"):
        out += [fact.value_text] + fact.accept + fact.reject
    return out


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def facts_yaml(facts: list[Fact], comment: str) -> str:
    lines = [f"# {comment}", "version: 1", "", "documents:"]
    for kind, _ in _KINDS:
        lines += [f"  - match: docs/{kind}/*", f"    id: {kind}s", f"    kind: {kind}"]
        if kind == "letter":
            lines.append("    authority: primary")
    lines += ["", "facts:"]
    for f in facts:
        lines += [f"  - id: {f.id}", f"    claim: {_q(f.claim)}", f"    type: {f.type}"]
        if f.subjects:
            lines.append(f"    subject: [{', '.join(_q(s) for s in f.subjects)}]")
        if f.type == "rating":
            lines.append(f"    choices: [{', '.join(_RATINGS)}]")
        if f.value_text:
            lines.append(f"    value: {_q(f.value_text)}")
        if f.accept:
            lines.append(f"    accept: [{', '.join(_q(s) for s in f.accept)}]")
        if f.reject:
            lines.append(f"    reject: [{', '.join(_q(s) for s in f.reject)}]")
        if f.required_kind:
            lines.append(f"    required_in: [kind:{f.required_kind}]")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- values as written


def _month_name(rng: random.Random, m: int) -> str:
    if m in _ABBREV and rng.random() < 0.15:
        return _ABBREV[m] + "."
    return _MONTHS[m - 1]


def render_date(rng: random.Random, value: tuple) -> str:
    """A date phrase with its preposition: "in October 2016", "on 14/10/2016"."""
    kind = value[0]
    if kind == "year":
        y = value[1]
        return rng.choice([f"in {y}", f"during {y}", f"in {_MONTHS[rng.randrange(12)]} {y}",
                           f"in early {y}" if rng.random() < 0.5 else f"in mid-{y}"])
    if kind == "range":
        _, y0, y1, m1 = value
        return rng.choice([f"from {y0} to {_MONTHS[m1 - 1]} {y1}", f"between {y0} and {_MONTHS[m1 - 1]} {y1}"])
    y, m = value[1], value[2]
    d = value[3] if kind == "day" else rng.randint(1, 28)
    forms = [f"on {d} {_MONTHS[m - 1]} {y}", f"on {y}-{m:02d}-{d:02d}", f"on {d:02d}/{m:02d}/{y}"]
    if kind == "month":
        season = "early" if m <= 4 else ("mid" if m <= 8 else "late")
        forms += [f"in {_month_name(rng, m)} {y}", f"in {_month_name(rng, m)} {y}",
                  f"in {_MONTHS[m - 1]}, {y}",
                  f"in {season} {y}" if season != "mid" else f"in mid-{y}"]
    return rng.choice(forms)


def wrong_date(rng: random.Random, value: tuple) -> tuple:
    kind = value[0]
    if kind == "year":
        return ("year", value[1] + rng.choice([-2, -1, 1, 2]))
    if kind == "range":
        return ("year", value[2] + rng.choice([1, 2]))
    y, m = value[1], value[2]
    shift = rng.choice([-7, -5, -4, 4, 5, 7, 12, -12])
    total = y * 12 + (m - 1) + shift
    return ("month", total // 12, total % 12 + 1)


def _num(rng: random.Random, n: int, words: float = 0.5) -> str:
    return number_words(n) if n < 100 and rng.random() < words else str(n)


def render_duration(rng: random.Random, value: tuple) -> str:
    qual, n, unit = value
    if unit == "year" and rng.random() < 0.25 and n <= 5:
        body = f"{n * 12} months"
    else:
        body = f"{_num(rng, n, 0.7)} {unit}{'s' if n != 1 else ''}"
    if qual:
        return rng.choice([f"up to {body}", f"a period of up to {body}"])
    return rng.choice([body, body, f"a period of {body}"])


def render_duration_adjective(rng: random.Random, value: tuple) -> str:
    """ "three-year" (only for an exact duration)."""
    _, n, unit = value
    return f"{_num(rng, n, 0.8)}-{unit}"


def wrong_duration(rng: random.Random, value: tuple) -> tuple:
    qual, n, unit = value
    return (qual, n + rng.choice([2, 3, 4]) if rng.random() < 0.7 else max(1, n // 3), unit)


def render_money(rng: random.Random, value: tuple) -> str:
    qual, pounds = value
    if pounds >= MB:
        m = pounds / MB
        whole = round(m, 2) == int(m)
        ms = f"{int(m)}" if whole else f"{m:.2f}"
        body = rng.choice([f"£{ms}m", f"£{ms}m", f"£{ms}M", f"£{ms} million", f"£{pounds:,}"])
    else:
        body = rng.choice([f"£{pounds:,}", f"£{pounds:,}", f"£{pounds // 1000}k"])
    if qual == "over":
        return rng.choice([f"over {body}", f"more than {body}"])
    return body


def wrong_money(rng: random.Random, value: tuple) -> tuple:
    qual, pounds = value
    factor = rng.choice([0.5, 0.7, 1.4, 2.0, 10])
    return (qual, int(round(pounds * factor, -4)) or 10_000)


def render_count(rng: random.Random, value: tuple) -> str:
    qual, n = value
    body = _num(rng, n, 0.6)
    if qual:
        return f"{qual} {body}"
    return body


def wrong_count(rng: random.Random, value: tuple) -> tuple:
    qual, n = value
    return (qual, n + rng.choice([1, 2, 3, 5, 10]))


def render_percent(rng: random.Random, value: tuple) -> str:
    p = value[0]
    return rng.choice([f"{p}%", f"{p}%", f"{p} per cent", f"{p} percent", f"{p - 0.1:.1f}%"])


def wrong_percent(rng: random.Random, value: tuple) -> tuple:
    return (max(1, min(99, value[0] + rng.choice([-12, -8, -5, 5, 8, 12]))),)


def render_rating(rng: random.Random, value: tuple) -> str:
    r = value[0]
    r = r.title() if rng.random() < 0.3 else r
    return rng.choice([f"‘{r}’", f"'{r}'", r])


def wrong_rating(rng: random.Random, value: tuple) -> tuple:
    return (rng.choice([r for r in _RATINGS if r != value[0]]),)


# ---------------------------------------------------------------- sentences

_DATE_T = ["{S} was set up {V}.", "{S} was agreed by the executive board {V}.",
           "{S} began work {V}, after several months of planning.",
           "{S} first reported to councillors {V}.",
           "{V_cap}, {s} was signed off by the Department for Education.",
           "Officers confirmed that {s}, which was jointly led, started {V}.",
           "According to the council, {s} was launched {V}.",
           "{S} was last reviewed {V} and remains in force."]
_DURATION_T = ["{S} will run for {V}.", "{S} is funded for {V}.",
               "{S} was agreed for {V}, with a review at the halfway point.",
               "Ministers backed {s} for {V}.",
               "The council said {s} would be in place for {V}."]
_DURATION_ADJ_T = ["{S} is a {A} commitment.", "{S} began a {A} programme of work."]
_MONEY_T = ["{S} cost {V}.", "{S} received {V} of central government funding.",
            "The council set aside {V} for {s}.",
            "{S} was awarded {V}, according to the report.",
            "Funding of {V} was confirmed for {s}."]
_COUNT_T = ["{S} works with {V} {N}.", "{S} now covers {V} {N}.",
            "So far {V} {N} have taken part in {s}.",
            "{S} supported {V} {N} last year."]
_PERCENT_T = ["{S} reached {V} of eligible families.", "{V} of referrals went through {s}.",
              "Take-up of {s} stood at {V}.", "{S} met {V} of its targets."]
_RATING_T = ["{S} was rated {V} by Ofsted.", "Inspectors judged {s} to be {V}.",
             "{S} has been graded {V}."]
_STATEMENT_T = ["The council confirmed {s} in its response to the minister.",
                "Councillors were told about {s} at the last meeting.",
                "{S} was discussed with partners, who welcomed it.",
                "We remain committed to {s}."]
_NAME_T = ["The {N} has opened a new base in {P}.", "Staff from the {N} will support the work.",
           "The {N} published its annual report, which councillors welcomed.",
           "Families can contact the {N} directly.",
           "Work with the {N} is already reaping benefits for children and families."]
_TITLE_T = ["{T} {P} said the work was on track.", "{P}, {T}, welcomed the decision.",
            "{P} said that the council would respond in full.",
            "The letter from {T} {P} was published on the council’s website."]
_DISTRACT = ["", "", "", " The service remains under review."]

_FILLER = [
    "We are pleased to bring you a further update on our improvement work in children’s services and our work with {C}.",
    "The service has been hampered by turmoil in senior management, a high level of staff turnover and a heavy reliance on agency workers.",
    "There is an urgent need to increase the pace of change in a more coordinated way.",
    "All political groups on the council have the same commitment to the improvement work and to achieving the best possible standards for children and families.",
    "Thank you for your ongoing support as we move towards our latest important milestone.",
    "{H}, {R}, said the council would publish its response in {M} {Y}.",
    "The report was discussed by the scrutiny committee on {D} {M} {Y}.",
    "Around {K} social workers attended the briefing at {L} Civic Centre.",
    "The council spent £{Q}m on agency staff last year, according to figures released in {M}.",
    "Caseloads fell to an average of {K2} per worker, down from {K3} a year earlier.",
    "Some {P}% of staff responded to the annual survey.",
    "Officers from {L} understood the local context and had short distances to travel.",
    "The climate impact of this work was further moderated by efforts to use public, low emissions transport.",
    "No political party has overall control in {L}, but Labour has the largest number of members.",
    "A contract to provide the new system was due to be implemented this month.",
    "Sector led improvement is the right direction for local government.",
    "The collaboration provided additional opportunities for staff to develop and widen their skills and experience.",
    "{H} said: “We have a huge commitment to developing our services and achieving the best possible outcomes for children, young people and their families.”",
    "She added that she has been “assured that no child has been harmed through the failings” of the authority.",
    "Council leader {H} yesterday said that he agreed with the findings.",
    "In all projects the service is careful to ensure that additional demands are balanced by sufficient income.",
    "Consultation and engagement raised no significant issues.",
    "The council received {K} complaints between {M} and {M2} {Y}.",
    "Leeds City Council itself was turned around in recent years after being rapped by the regulator.",
    "There were no guarantees that the government would endorse our approach, even after several months of hard work.",
    "It says the council’s plan to overhaul its computer system for children’s social workers was deemed to be unsuitable.",
    "He said that a new senior leadership team has been in place since early summer.",
    "But {H} said that there could be no “quick fix” and added that the report is an “important milestone”.",
    "{L} Council will still be responsible for delivering services.",
    "The watchdog had outlined “serious and widespread failures which result in some children not being protected or having their needs met”.",
    "I am aware that the council has undertaken a number of positive steps in recent months.",
    "Your recruitment of an improvement director is a good step forward and one I hope will help drive the necessary improvements.",
    "Importantly the funding was used directly to support and lead change rather than paying for consultancy and legal advice.",
    "This approach minimises carbon emissions but more importantly helps promote sustainable, self-sufficient cooperation across local communities.",
    "The meeting on {D} {M} {Y} heard from {K} young people about their experience of care.",
    "A further {K} posts were advertised in {M}, with interviews held at {L} Town Hall.",
    "The risks to work in {L} are well managed.",
    "He was asked to step in by the government appointed troubleshooter.",
]
_BOILERPLATE = [
    "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try again later Invalid Email",
    "Video Loading Video Unavailable Click to play Tap to play The video will start in 8 Cancel Play now",
    "Read more: the latest news from your council",
]
_SECTIONS = ["Purpose of this report", "Main issues", "Background information",
             "Corporate considerations", "Consultation and engagement", "Resources and value for money",
             "Legal implications, access to information, and call-in", "Risk management",
             "Conclusions", "Recommendations"]

_FACT_TEMPLATES = {"date": _DATE_T, "duration": _DURATION_T, "money": _MONEY_T, "count": _COUNT_T,
                   "percent": _PERCENT_T, "rating": _RATING_T, "statement": _STATEMENT_T}
_RENDER = {"date": render_date, "duration": render_duration, "money": render_money,
           "count": render_count, "percent": render_percent, "rating": render_rating}
_WRONG = {"date": wrong_date, "duration": wrong_duration, "money": wrong_money,
          "count": wrong_count, "percent": wrong_percent, "rating": wrong_rating}


def _noun_phrase(phrase: str, capital: bool) -> str:
    """ "the Northfield review panel" / "Northfield's review panel"."""
    if "'s " in phrase:
        return phrase.replace("'s ", "’s ", 1)
    return ("The " if capital else "the ") + phrase


@dataclass
class Stats:
    mentions: int = 0
    wrong_values: int = 0
    name_slips: int = 0
    wrong_titles: int = 0
    omitted_required: int = 0
    sentences: int = 0


class DocumentWriter:
    """Writes one document from its own generator."""

    def __init__(self, rng: random.Random, facts: list[Fact], density: str, stats: Stats) -> None:
        self.rng = rng
        self.facts = facts
        self.p_mention = 0.95 if density == "dense" else 0.05
        self.stats = stats
        # The facts this document is about, and how it states each (a few it gets wrong).
        k = rng.randint(6, 40)
        self.topic = [facts[rng.randrange(len(facts))] for _ in range(k)]
        self.stance: dict[int, tuple] = {}

    def _stance(self, fact: Fact) -> tuple:
        """(value, wrong): how this document states ``fact``, the same every time."""
        stance = self.stance.get(fact.index)
        if stance is None:
            wrong = self.rng.random() < (0.05 if fact.hidden else 0.01)
            value = _WRONG[fact.type](self.rng, fact.value) if wrong else fact.value
            stance = self.stance[fact.index] = (value, wrong)
        return stance

    def mention(self) -> str:
        rng = self.rng
        fact = self.topic[rng.randrange(len(self.topic))]
        return self.mention_of(fact)

    def mention_of(self, fact: Fact) -> str:
        rng, stats = self.rng, self.stats
        stats.mentions += 1
        kind = fact.type
        if kind == "name":
            name = fact.value_text
            x = rng.random()
            if x < 0.01 and (fact.near_misses or fact.reject):
                name = rng.choice(fact.near_misses + fact.reject)
                stats.name_slips += 1
            elif x < 0.2 and fact.accept:
                name = f"{name} ({fact.accept[0]})"
            return rng.choice(_NAME_T).format(N=name, P=rng.choice(PLACES))
        if kind == "title":
            first, surname, honorific = fact.person
            title = fact.value_text
            if rng.random() < 0.01 and fact.reject:
                title = rng.choice(fact.reject)
                stats.wrong_titles += 1
            person = f"{first} {surname}" if rng.random() < 0.6 else f"{honorific} {surname}"
            return rng.choice(_TITLE_T).format(T=title, P=person)
        phrase = fact.subjects[rng.randrange(len(fact.subjects))]
        cap, low = _noun_phrase(phrase, True), _noun_phrase(phrase, False)
        if kind == "statement":
            return rng.choice(_STATEMENT_T).format(S=cap, s=low)
        value, wrong = self._stance(fact)
        stats.wrong_values += wrong
        if kind == "duration" and not value[0] and rng.random() < 0.2:
            return rng.choice(_DURATION_ADJ_T).format(S=cap, A=render_duration_adjective(rng, value))
        text = _RENDER[kind](rng, value)
        template = rng.choice(_FACT_TEMPLATES[kind])
        out = template.format(S=cap, s=low, V=text, V_cap=text[:1].upper() + text[1:],
                              N=rng.choice(_COUNT_NOUNS))
        return out + rng.choice(_DISTRACT)

    def filler(self) -> str:
        rng = self.rng
        template = _FILLER[rng.randrange(len(_FILLER))]
        if "{" not in template:
            return template
        return template.format(
            C=f"{rng.choice(PLACES)} Council", L=rng.choice(PLACES),
            H=f"{rng.choice(_FIRST)} {rng.choice(_FILLER_SURNAMES)}",
            R=rng.choice(["Cabinet member for Children", "executive member for Children and Families",
                          "the council’s spokesperson"]),
            M=rng.choice(_MONTHS), M2=rng.choice(_MONTHS), Y=rng.randint(2015, 2020),
            D=rng.randint(1, 28), K=rng.randint(12, 400), K2=rng.randint(12, 25),
            K3=rng.randint(20, 30), Q=rng.randint(2, 9), P=rng.randint(20, 90))

    def sentence(self) -> str:
        self.stats.sentences += 1
        if self.rng.random() < self.p_mention:
            text = self.mention()
            if self.rng.random() < 0.08:  # a second mention in the same sentence's paragraph
                text += " " + self.mention()
            return text
        return self.filler()

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))


def _date_line(rng: random.Random, date: tuple, kind: str) -> str:
    y, m, d = date
    if kind == "news":
        return rng.choice([f"date {y}-{m:02d}-{d:02d}", f"Published: {d} {_MONTHS[m - 1]} {y}"])
    if kind == "report":
        return f"Date: {d} {_MONTHS[m - 1]} {y}"
    return f"{d} {_MONTHS[m - 1]} {y}"


def build_document(index: int, seed: int, density: str, size: int, facts: list[Fact],
                   required: dict[str, list[Fact]], stats: Stats) -> tuple[str, str, str]:
    """(kind, extension, text) of document ``index``: about ``size`` bytes."""
    rng = random.Random(f"factlint-bench/{seed}/{density}/{index}")
    kind = _weighted(rng, _KINDS)
    markdown = rng.random() < 0.10 or kind == "briefing" and rng.random() < 0.5
    wrapped = not markdown and kind != "news" and rng.random() < 0.45
    writer = DocumentWriter(rng, facts, density, stats)
    date = (rng.randint(2016, 2020), rng.randint(1, 12), rng.randint(1, 28))
    place = rng.choice(PLACES)
    head: list[str] = []
    tail: list[str] = []
    if kind == "letter":
        head = [f"{rng.choice(_FIRST)} {rng.choice(_FILLER_SURNAMES)}", "",
                rng.choice(_TITLES), "", "Sanctuary Buildings 20 Great Smith Street Westminster London SW1P 3BT",
                "", f"{place} Council", "Civic Centre", "", _date_line(rng, date, kind), "",
                f"{place.upper()} COUNCIL: CHILDREN'S SOCIAL CARE", "", "Dear colleague,"]
        tail = ["Yours sincerely,", "", f"{rng.choice(_FIRST)} {rng.choice(_FILLER_SURNAMES)}"]
    elif kind == "report":
        head = [f"Report of the Director of Children and Families, {place} City Council",
                "Report to Executive Board", _date_line(rng, date, kind),
                f"Subject: Sector led improvement in {place}"]
    elif kind == "news":
        head = [rng.choice(_BOILERPLATE), "", _date_line(rng, date, kind)]
    elif kind == "message":
        head = [f"Message from Cllr {rng.choice(_FIRST)} {rng.choice(_FILLER_SURNAMES)}, Cabinet member "
                f"for Children, and {rng.choice(_FIRST)} {rng.choice(_FILLER_SURNAMES)}, Director of "
                "Children’s Services", "", "Dear colleague"]
        tail = ["Thank you for your continued support."]
    else:
        head = [f"Briefing note: children’s services in {place}", _date_line(rng, date, "letter")]
    paragraphs: list[str] = []
    # The facts this kind of document must state: nearly always there.
    for fact in required.get(kind, ()):
        if rng.random() < 0.97:
            paragraphs.append(writer.mention_of(fact))
        else:
            stats.omitted_required += 1
    total = sum(len(p) for p in head) + sum(len(p) for p in paragraphs)
    section = sub = 0
    while total < size:
        if kind == "news":
            p = writer.paragraph(rng.choice([1, 1, 2]))
            if rng.random() < 0.03:
                p = rng.choice(_BOILERPLATE)
        elif kind == "report":
            if rng.random() < 0.12 and section < len(_SECTIONS) * 3:
                section += 1
                paragraphs.append(f"{section}. {_SECTIONS[(section - 1) % len(_SECTIONS)]}")
                sub = 0
            sub += 1
            p = f"{max(section, 1)}.{sub} " + writer.paragraph(rng.randint(2, 5))
        else:
            p = writer.paragraph(rng.randint(2, 6))
        paragraphs.append(p)
        total += len(p) + 2
    if markdown:
        y, m, d = date
        lines = ["---", f"title: {kind.title()} on {place}", f"date: {y}-{m:02d}-{d:02d}", "---", "",
                 f"# {head[0]}", ""]
        for p in paragraphs:
            if rng.random() < 0.1:
                lines += ["## " + rng.choice(_SECTIONS), ""]
            if rng.random() < 0.1:
                lines += ["- " + s for s in p.split(". ") if s] + [""]
            else:
                lines += [p, ""]
        return kind, "md", "\n".join(lines + tail) + "\n"
    if not wrapped:
        return kind, "txt", "\n".join(head) + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(tail) + "\n"
    return kind, "txt", _wrap_pdf_style(rng, head, paragraphs, tail)


def _wrap_pdf_style(rng: random.Random, head: list[str], paragraphs: list[str], tail: list[str]) -> str:
    """Hard-wrap at ~75 columns with trailing spaces and page breaks, like a PDF export."""
    width = rng.randint(70, 80)
    trailing = " " if rng.random() < 0.6 else ""
    page = rng.randint(45, 60)
    out: list[str] = [line + trailing for line in head] + [trailing]
    line_no = len(out)
    for para in paragraphs:
        words = para.split(" ")
        line: list[str] = []
        length = 0
        for word in words:
            if length + len(word) + (1 if line else 0) > width and line:
                out.append(" ".join(line) + trailing)
                line_no += 1
                if line_no % page == 0:
                    out += ["", "", "", " "]  # a page break, often in mid-sentence
                line, length = [], 0
            line.append(word)
            length += len(word) + (1 if len(line) > 1 else 0)
        out.append(" ".join(line) + trailing)
        out.append(trailing)
        line_no += 2
    out += [line + trailing for line in tail]
    return "\n".join(out) + "\n"


def document_sizes(seed: int, megabytes: float, documents: int) -> list[int]:
    """Log-uniform sizes in 1-100 KB, scaled so they add up to ``megabytes``."""
    rng = random.Random(f"factlint-bench/{seed}/sizes/{documents}")
    raw = [math.exp(rng.uniform(math.log(1 * KB), math.log(100 * KB))) for _ in range(documents)]
    scale = megabytes * MB / sum(raw)
    return [int(min(100 * KB, max(1 * KB, s * scale))) for s in raw]


def generate(out: Path, megabytes: float, n_facts: int, density: str, seed: int,
             documents: int | None = None, also_facts: tuple[int, ...] = (), quiet: bool = False) -> dict:
    start = time.perf_counter()
    if density not in ("dense", "sparse"):
        raise ValueError(f"density must be dense or sparse, not {density!r}")
    documents = documents or max(1, round(megabytes * 50))
    facts = generate_facts(seed, n_facts)
    out.mkdir(parents=True, exist_ok=True)
    (out / "facts.yaml").write_text(facts_yaml(facts, f"factlint benchmark: {n_facts} facts, seed {seed}"),
                                    encoding="utf-8")
    phrases = [p for f in facts for p in phrases_of(f)]
    (out / "phrases.txt").write_text("\n".join(phrases) + "\n", encoding="utf-8")
    extra = {}
    for count in also_facts:
        more = generate_facts(seed, count, required_upto=n_facts)
        (out / f"facts-{count}.yaml").write_text(
            facts_yaml(more, f"factlint benchmark: {count} facts (the first {n_facts} as facts.yaml), seed {seed}"),
            encoding="utf-8")
        more_phrases = [p for f in more for p in phrases_of(f)]
        (out / f"phrases-{count}.txt").write_text("\n".join(more_phrases) + "\n", encoding="utf-8")
        extra[str(count)] = {"facts": len(more), "phrases": len(more_phrases)}
    required: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.required_kind:
            required.setdefault(fact.required_kind, []).append(fact)
    stats = Stats()
    total = 0
    counts: dict[str, int] = {}
    for index, size in enumerate(document_sizes(seed, megabytes, documents)):
        kind, ext, text = build_document(index, seed, density, size, facts, required, stats)
        folder = out / "docs" / kind / f"{index // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"{kind}-{index:05d}.{ext}").write_bytes(data)
        total += len(data)
        counts[kind] = counts.get(kind, 0) + 1
        if not quiet and index % 1000 == 999:
            print(f"  {index + 1} documents, {total / MB:.1f} MB", file=sys.stderr)
    manifest = {"seed": seed, "density": density, "megabytes": round(total / MB, 3), "bytes": total,
                "documents": documents, "by_kind": counts, "facts": len(facts),
                "phrases": len(phrases),
                "facts_by_type": {t: sum(1 for f in facts if f.type == t) for t, _ in _TYPES},
                "required_facts": sum(len(v) for v in required.values()),
                "no_value_facts": sum(1 for f in facts if f.hidden),
                "sentences": stats.sentences, "mentions": stats.mentions,
                "planted": {"wrong_values": stats.wrong_values, "name_slips": stats.name_slips,
                            "wrong_titles": stats.wrong_titles, "omitted_required": stats.omitted_required},
                "also_facts": extra}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    if not quiet:
        print(f"  {documents} documents, {total / MB:.1f} MB in {time.perf_counter() - start:.1f} s",
              file=sys.stderr)
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output folder (docs/, facts.yaml, phrases.txt, manifest.json)")
    parser.add_argument("--mb", type=float, default=200.0, help="corpus size in MB (10^6 bytes; default 200)")
    parser.add_argument("--docs", type=int, default=None, help="number of documents (default: 50 per MB)")
    parser.add_argument("--facts", type=int, default=1000, help="number of facts (default 1000)")
    parser.add_argument("--density", choices=("dense", "sparse"), default="dense")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--also-facts", type=int, action="append", default=[], metavar="N",
                        help="also write facts-N.yaml: the same facts and N - F more that no "
                             "document mentions (repeatable)")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    manifest = generate(args.out, args.mb, args.facts, args.density, args.seed, args.docs,
                        tuple(args.also_facts))
    print(json.dumps(manifest, indent=1))


if __name__ == "__main__":
    main()
