"""The date expressions' patterns: one alternation of named atoms, each a form of date.

``MAIN`` finds an expression with its open word ("since", "by") and modifier ("early",
"the end of"); ``RIGHT`` is the right end of a range; ``WITH_YEAR`` names the atoms that state
their year. What a match means is ``atoms.atom``'s; joining ranges is ``expressions``'.
Every match starts where a word starts, and no part of a pattern can repeat, so a search
costs a bounded amount per position: linear in the text.
"""

from __future__ import annotations

import re

import checker.values.dates.weekdays as D
import checker.values.dates.words as W


def words(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


_FULL = words(n.lower() for n in W.MONTH_NAMES)
_MON = rf"(?:(?:{_FULL})\b|(?:{words(set(W.MONTHS) - W.LONE_MONTHS | {'sept'})})\b\.?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_TH = r"(?: ?(?:st|nd|rd|th))?"  # "30th", and "11 th" as PDFs split it
YEAR = r"(?:19|20)\d\d"
_OLD_OR_NEW = r"(?:1[0-9]|20)\d\d"  # with a month, a year from 1000 on: "on 12 July 1841"
_AFTER_TIME_WORD = "(?:" + "|".join(rf"(?<=\b{w} )" for w in ("in", "since", "from", "until", "of", "by")) \
    + ")"
_YEND = r"(?![\w%]|[.,]\d)"  # not "20161", "2016%", "2016.5"
_NUMBACK = r"(?<![\w£$€.,/:-])"  # not "£2016", "3.2016", "1,2016"
_YEARBACK = r"(?<![\w£$€.,/:])(?<!\d-)"  # the same, but "mid-2017" has a hyphen
_ORD = words(W.QUARTERS)
_COUNT = rf"(?:\d{{1,3}}|{words(W.COUNTS)})"
_MOD = (r"(?:\b(?P<mod1>early|mid|late)[ -]|\b(?P<mod3>end|start)-|"
        r"\b(?:the )?(?P<mod2>start|beginning|middle|end|first half|second half) of )")
_ATOMS = "|".join([
    # "the third Monday in October 2025": one day
    rf"\b(?P<nwd>the (?P<nwd_n>first|second|third|fourth|last) (?P<nwd_w>{D.PATTERN}) (?:in|of) "
    rf"(?P<nwd_m>{_MON}),? (?P<nwd_y>{YEAR})){_YEND}",
    # "on February 26 and 27, 2013": two days of one month, the year after them
    rf"\b(?P<mdr>(?P<mdr_m>{_MON}) (?P<mdr_a>{_DAY})(?:st|nd|rd|th)? ?(?:and|to|-|–) ?(?P<mdr_b>{_DAY})"
    rf"(?:st|nd|rd|th)?,? (?P<mdr_y>{_OLD_OR_NEW})){_YEND}",
    # "on May 4 last year", "16 March this year": the day, in the year the words give
    rf"\b(?P<rdy>(?:(?P<rdy_d>{_DAY}){_TH} (?:of )?(?P<rdy_m>{_MON})|(?P<rdy_n>{_MON}) (?P<rdy_e>{_DAY})"
    rf"(?:st|nd|rd|th)?),? (?P<rdy_w>last|this|next) year)\b",
    rf"{_NUMBACK}(?P<iso>(?P<iso_y>{YEAR})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d))(?![\w-]|[.,]\d)",
    rf"{_NUMBACK}(?P<uk>(?P<uk_d>\d\d?)(?P<uk_s>[/.])(?P<uk_m>\d\d?)(?P=uk_s)(?P<uk_y>{YEAR})){_YEND}",
    rf"\b(?P<dmy>(?:the ?)?(?P<dmy_d>{_DAY}){_TH} ?(?:of )?(?P<dmy_m>{_MON})"
    rf"(?:,? (?P<dmy_y>{_OLD_OR_NEW}){_YEND})?)",
    # "20" of "20 and 21 February 2024": only a range makes it a date
    rf"\b(?P<dr>(?P<dr_d>{_DAY}){_TH})(?= ?- ?\d| (?:and|to|until|till) \d)",
    rf"\b(?P<rmy>(?P<rmy_m>{_MON})(?: of)? (?P<rmy_w>last|this|next) year)\b",
    rf"\b(?P<rse>(?:the )?(?P<rse_s>{words(W.SEASONS)}) of (?P<rse_w>last|this|next) year)\b",
    # "June 30" only before a year, punctuation or "and"/"to": "May 20 people" is a count
    rf"\b(?P<mdy>(?P<mdy_m>{_MON}) (?P<mdy_d>{_DAY})(?:(?:st|nd|rd|th)\b|\b(?![.,]\d)"
    rf"(?= ?[^\w ]| ?$| (?:{words(W.MONTH_DAY_FOLLOWERS)})\b|,? {_OLD_OR_NEW}))"
    rf"(?:,? (?P<mdy_y>{_OLD_OR_NEW}){_YEND})?)",
    # "on July 24 for essential works", "the Oct. 1 opening", "a Dec. 16 runoff", "date of Aug. 26"
    rf"(?:(?<=\bon )|(?<=\bthe )|(?<=\ba )|(?<=\bof )|(?<=[a-z]ed ))"  # and "opened Dec. 6"
    rf"(?P<mdo>(?P<mdo_m>{_MON}) (?P<mdo_d>{_DAY})(?:st|nd|rd|th)?)\b"
    r"(?![.,]\d| ?%)",
    # "March 2018", "June2016" as PDFs glue it, "November [2015]" as editors add it
    rf"\b(?P<my>(?:(?P<my_m>{_MON}),? |(?P<my_g>{_FULL})(?=\d))"
    rf"(?:(?P<my_y>{_OLD_OR_NEW})|\[(?P<my_b>{YEAR})\])){_YEND}",
    rf"\b(?P<qn>(?:q|quarter )(?P<qn_q>[1-4]),? (?P<qn_y>{YEAR})(?:[-/](?P<qn_n>\d\d(?:\d\d)?))?){_YEND}",
    rf"\b(?P<qw>(?:the )?(?P<qw_q>{_ORD}) quarter,? (?:of )?(?P<qw_y>{YEAR})"
    rf"(?:[-/](?P<qw_n>\d\d(?:\d\d)?))?){_YEND}",
    rf"\b(?P<fm>(?:the )?(?P<fm_w>first|last) (?P<fm_n>{_COUNT}) months of (?P<fm_y>{YEAR})"
    rf"(?:(?P<fm_s>[-/])(?P<fm_f>\d\d(?:\d\d)?))?){_YEND}(?![-/]\d)",
    rf"(?<![\w.,-])(?P<ago>(?:the )?(?P<ago_n>{_COUNT}) (?P<ago_u>years?|months?|weeks?|days?) "
    rf"(?:ago|since))\b",
    rf"\b(?P<se>(?:the )?(?P<se_s>{words(W.SEASONS)})\b(?:,? (?:of )?(?P<se_y>{YEAR}){_YEND})?)",
    rf"{_YEARBACK}(?P<dec>(?:the )?(?P<dec_y>(?:1[0-9]|20)\d0)'?s)\b",
    rf"{_YEARBACK}(?P<fy>(?P<fy_y>{YEAR})(?P<fy_s> ?- ?|/)(?P<fy_n>\d\d(?:\d\d)?|\d(?!\d)))"
    rf"(?: (?:quarter |q)(?P<fy_q>[1-4])| (?P<fy_w>{_ORD}) quarter)?(?![\w%/]|[-.,]\d)",
    rf"{_YEARBACK}(?P<yr>{YEAR}){_YEND}",
    # "In 1882, the world's first ...", "opened in 1879 and ...": an older year, after a preposition
    # of time and before a break (a bare 1500 is more often a count)
    rf"{_AFTER_TIME_WORD}(?P<oy>1[0-8]\d\d)(?=[,.;:)]|\s+(?:and|when|but|to|until|-|–)\s|\s*$)",
    rf"\b(?P<rel>(?P<rel_w>last|next|this|earlier this|later this) "
    rf"(?P<rel_u>year|month|weekend|week|{words(W.SEASONS)}|{_FULL}))\b",
    # "Tuesday 4 April", "Thursday, April 7", "Friday, October 4, 2013": the weekday settles the year
    rf"\b(?P<wdm>(?P<wdm_w>{D.PATTERN})(?: (?:morning|afternoon|evening|night))?,? "
    rf"(?:(?P<wdm_d>{_DAY}){_TH} (?:of )?(?P<wdm_m>{_MON})|"
    rf"(?P<wdm_n>{_MON}) (?P<wdm_e>{_DAY})(?:st|nd|rd|th)?\b)(?:,? (?P<wdm_y>{_OLD_OR_NEW}))?){_YEND}",
    rf"\b(?P<wk>(?:(?P<wk_r>last|next|this|coming|following) )?(?P<wk_d>{D.PATTERN}))\b",
    # "by the end of the year": with a modifier, the document's year
    r"\b(?P<thisyr>(?:the|the current|the calendar) year)\b",
    # "July of that year", "by the end of that year", "the following year": the narrative's year
    rf"\b(?P<thy>(?:(?P<thy_m>{_MON}) (?:of )?)?(?P<thy_w>that|that same|the same|the following|"
    rf"the previous) year)\b",
    rf"\b(?P<lm>{words(W.LONE_MONTHS)})\b",
    r"\b(?P<tdy>yesterday|tomorrow|(?:earlier |later )?today(?!['’])|this (?:morning|afternoon|evening)|"
    r"tonight|last night|by the end of (?:the day|today)|by close of (?:play|business)(?: today)?)\b",
    # "today": see T.TODAY_AFTER; "by the end of the day": this day (not "at the end of the day")
])
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )"
MAIN = re.compile(rf"(?<!\w)(?:\b(?P<open>{words(W.OPEN_WORDS)}) {_WEEKDAY}?)?"
                   rf"(?P<core>(?:{_MOD})?(?:{_ATOMS}))", re.I)
RIGHT = re.compile(rf"(?:{_MOD})?(?:{_ATOMS})", re.I)
WITH_YEAR = ("mdr", "nwd", "rdy", "oy", "iso", "uk", "dmy_y", "rmy", "rse", "mdy_y", "my", "qn", "qw", "fm",
              "se_y", "dec", "fy", "yr", "rel", "wdm", "wk")
