"""Classes of sentences found in sample I (``tests/eval/sample-i``), scored blind once on
arrival and development data since: each fix is tested on the real sentences that showed the
class, each with its source, and on constructed cases that show where the fix stops
(``tests/reading_classes.py`` runs them)."""

from __future__ import annotations

from tests.reading_classes import reading_tests

AUDITS = ("clean audit", "unqualified with findings", "qualified", "adverse", "disclaimed")
OLD_OFSTED = ("outstanding", "good", "adequate", "inadequate")

READ = [
    # -- a relative clause after the subject, then the clause goes on with its value: the clause's
    # grades are the past
    ("The authority, which was judged ‘adequate’ in 2013 and ‘inadequate’ in 2010, received a ‘good’ rating "
     "overall.", "authority", "rating", "2017-06-13", "good", OLD_OFSTED),
    # https://www.communitycare.co.uk/2017/06/13/councils-work-asylum-seeking-children-helps-boost-ofsted-rating/
    # -- "that number had increased to 513": the earlier figure is what it changed from
    ("Between April and June 2024, 390 applications were made and by the first three months of 2025, that "
     "number had increased to 513 - but the number of decisions being made by the BSR during each quarter "
     "has remained fairly steady, at approximately 275 decisions per quarter.", "applications", "count",
     "2025-09-17", "513", ()),
    # https://www.pinsentmasons.com/out-law/news/regulator-needs-support-building-safety-decision
    # -- "...; It has moved back into": the clause after the semicolon goes on about the subject
    ("The City of Ekurhuleni was a clean audit last year; It has moved back into ‘unqualified with findings’ "
     "having had some trouble with procurement issues.", "City of Ekurhuleni", "rating", "2024-08-27",
     "unqualified with findings", AUDITS),  # https://www.ecr.co.za/news/news/ag-only-34-sa-municipalities-got-clean-audit/
    # -- parts and wholes: "34 of the country's 257", "1.4 million sticks of ... inside 140 cartons"
    ("Only 34 of the country’s 257 municipalities achieved clean audits in 2022-23.", "clean audits", "count",
     "2024-09-11", "34", ()),
    # https://outliereditor.co.za/index.php/2024/09/11/municipal-audit-tracker-visualising-13-years-of-south-africas-local-government-audit-outcomes
    ("With the assistance of the advanced Vehicle X-ray Inspection System, 1.4 million sticks of dutiable "
     "cigarettes were found inside 140 cartons.", "dutiable cigarettes", "count", "2004-10-05", "1.4 million",
     ()),  # https://www.customs.gov.hk/en/customs-announcement/press-release/index_id_342.html
    # -- "a qualified audit opinion"
    ("Govan Mbeki Municipality attained a qualified audit opinion from the office of the Auditor-General of "
     "South Africa.", "Govan Mbeki Municipality", "rating", "2022-04-29", "qualified", AUDITS),
    # https://www.citizen.co.za/ridge-times/news-headlines/2022/04/29/gmm-obtains-qualified-audit-opinion-with-findings/
    # -- a year right before the subject says which one it is; the clause dates it after
    ("When South Africa’s auditor-general, Tsakani Maluleke, presented the 2022-23 consolidated general "
     "report on local government audit outcomes to parliament on Tuesday 27 August, she said that although a "
     "few municipalities had maintained clean audits over several years, the overall picture remains bleak.",
     "consolidated general report", "date", "2024-09-11", "2024-08-27", ()),
    # https://outliereditor.co.za/index.php/2024/09/11/municipal-audit-tracker-visualising-13-years-of-south-africas-local-government-audit-outcomes
    ("In its updated 2018 technical provisions update published today, 4 January, USS said that changes to "
     "realised asset return, mortality rates and expected investment returns helped reduce the deficit.",
     "technical provisions update", "date", "2019-01-04", "2019-01-04", ()),
    # https://www.pensionsage.com/pa/USS-deficit-halved-in-latest-valuation.php
    # -- "before the end of this year" is a deadline, "by"
    ("The company will tell the Oireachtas Communications Committee later today that it will have its first "
     "‘Fibre to Home’ services delivered before the end of this year.", "Fibre to Home", "date", "2020-11-18",
     "by end of 2020 (2020-09..2020-12)", ()),
    # https://kclr96fm.com/first-fibre-to-home-services-to-be-delivered-by-the-end-of-this-year/
    # -- South Asian scales: "1.2 lakh"
    ("Cervical cancer remains the second most common cancer among women in India, with over 1.2 lakh new "
     "cases and nearly 80,000 deaths annually.", "new cases", "count", "2026-02-27", "over 1.2 lakh", ()),
    # https://www.deccanherald.com/india/pm-modi-to-launch-nationwide-hpv-vaccination-drive-from-ajmer-on-february-28-3914459
    # -- "three tax years"
    ("The IRS complied with the 2020 Treasury Directive for three tax years but ceased monitoring it at the "
     "end of Fiscal Year 2023.", "2020 Treasury Directive", "duration", "2024-06-20", "3 years", ()),
    # https://www.taxnotes.com/research/federal/other-documents/treasury-reports/irs-drops-goal-auditing-8-percent-wealthy-tigta-says/7kdkf
]

NOTHING = [
    # -- ages in a list; a count of a noun of its own after the subject ("from seven ... regions",
    # "he and four others")
    ("Currently, bowel cancer screening is provided free to people aged 50, 55 and 65.",
     "bowel cancer screening", "count", "2012-05-13"),
    # https://www.drguy.com.au/federal-government-increases-bowel-screen-funding/
    ("This included men and women aged between 18 and 69 from seven different global regions.",
     "men and women", "count", "2024-03-01"),
    # https://www.foodsafetynews.com/2024/03/charity-finds-unsafe-food-given-to-asylum-seekers/
    ("Last month, a 27-year-old man from Eritrea died after he and four others jumped overboard as their "
     "boat started to sink.", "man from Eritrea", "count", "2021-09-26"),
    # https://thenationalnews.com/world/uk-news/2021/09/26/number-of-migrants-crossing-english-channel-nearly-doubles-2020-figure
    # -- "exceeded by 13.5%" is a change; "Non-Major ..." is another name
    ("The Major applications threshold was exceeded by 13.5%, whilst the Non-Major applications threshold "
     "was exceeded by 3.1%.", "Major applications threshold", "percent", "2020-07-01"),
    # https://westminster.moderngov.co.uk/mgAi.aspx?ID=14326
]

READ += [
    # -- an aside ", where ..." does not end at the comma of "$3,000,000"
    ("Potential fines are very significant under the Fisheries Act, as we recently reported in the Teck "
     "Metals case, where $3,000,000 in fines were levied at the end of February, 2016.", "levied", "money",
     "2016-03-15", "$3,000,000", ()),  # https://www.siskinds.com/envirolaw/no-charges-for-mount-polley-dam-breach-yet/
]

BOUNDARIES = [
    # a year before the subject is its date where the clause has no other
    ("The 2022-23 consolidated general report was presented to parliament.", "consolidated general report",
     "date", "2024-09-11", "2022..2023", ()),
    # "will exceed £300 million" is a bound, not a change
    ("The amount needed to fund the PPF compensation levy will exceed £300 million.", "PPF compensation levy",
     "money", "2020-01-01", "over £300m", ()),
    # a count after "from" that counts the subject's own noun is kept
    ("The scheme recruited volunteers from 12 towns.", "towns", "count", "2020-01-01", "12", ()),
    # "two lakh" in words
    ("The drive reached two lakh households.", "households", "count", "2020-01-01", "200,000", ()),
]

test_the_value_a_careful_reader_reads, test_no_value_where_the_sentence_gives_none, \
    test_where_each_fix_stops = reading_tests(READ, NOTHING, BOUNDARIES)
