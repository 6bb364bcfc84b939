"""Degree requirement: required, equivalent_ok, preferred, not_required or not_mentioned, with evidence.

Each statement that names a degree is read clause by clause: a clause either waives the degree
("no degree required", "degree optional"), offers an alternative to it ("or equivalent practical
experience", "in lieu of a degree", "or 4+ years of experience"), only prefers it ("a plus",
"preferred", a "Nice to have" section), or asks for it. Statements that mention degrees without asking
for one (tuition reimbursement, the team's PhDs, internships for students, customers without
degrees) are skipped. Precedence over the whole posting: an explicit waiver wins; otherwise any
unconditional ask is `required` unless an alternative is offered (`equivalent_ok`); asks that are only
preferences give `preferred`; no ask at all is `not_mentioned`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from models.enrich.text import PARENTHETICAL, Statement, caseless, clauses, lower_in_place, lowered, statements

DegreeClass = Literal["required", "equivalent_ok", "preferred", "not_required", "not_mentioned"]
Level = Literal["bachelor", "master", "phd", "any", "none"]
LEVEL_ORDER = {"any": 0, "bachelor": 1, "master": 2, "phd": 3}
# Internally an associate degree is its own level (the lowest named one); it is reported as "any".
_RANK = {"any_listed": -1, "associate": 0, "bachelor": 1, "master": 2, "phd": 3, "any": 4}
# A degree of no stated level listed first among named ones ("Degree, Masters or Ph.D in …") is the lowest
# the statement accepts, though a named level otherwise beats a generic "degree": internally "any_listed".
_GENERIC_FIRST = re.compile(r"\W*(?:an? )?degree\s*(?:,|/|or)\s*(?:an? )?(?:masters?\b|ph\.?\s?d)", re.I)

# "MS with 10+ years of experience": a degree's path in a ladder; "MS with" before anything but a figure is not one.
_AB = (r"(?=\s*(?:/|,|\)|(?<=\s)(?:or|and|in)\b|degree|\(|or$|$|\s+-|:|\+|"
       r"with (?:[>≥]\s*)?(?:\d|at least|a minimum|over|more than)))")
# Initials right before the field they are in: "BS Mechanical Engineering or equivalent". Only for BS and BA, whose
# other readings do not come before a field; "MS" does ("MS Office", "MS Access", "MS Dynamics").
_FIELD_NEXT = (r"(?=\s+(?:computer|electrical|mechanical|chemical|civil|industrial|aerospace|biomedical|software|"
               r"engineering|math|mathematics|statistics|physics|chemistry|biology|economics|finance|accounting|"
               r"business|information|data|geography|psychology)\b)")
# "MS" in a list of US states is Mississippi: "the Gulf Coast area (TX, LA, MS, AL)". Only codes that are neither
# words nor degrees ("OR", "IN", "MA", "MD" are left out).
_STATE_CODES = (r"(?:al|ak|az|ar|ca|ct|fl|ga|il|ia|ks|ky|la|mi|mn|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|ri|sc|sd|tn|tx|ut|vt|"
                r"va|wa|wv|wi|wy|dc)")
_NOT_MISSISSIPPI = r"(?!,\s*" + _STATE_CODES + r"\b)(?<!\b" + _STATE_CODES + r", ms)(?<!\b" + _STATE_CODES + r",ms)"
# "M.S. clinics": multiple sclerosis, not a master's.
_NOT_SCLEROSIS = r"(?!\s*(?:clinics?|patients?|societ|centers?|centres?|care|therap|treatment))"
_ASKED_AS_CREDENTIAL = r"\s+(?:with|or|and|degree|required|preferred|from|in)\b|\s*[/(]"
# A physician named as what the candidate is or has been ("10 years of experience as a DO or MD", "Must be an MD or
# DO"), not Maryland's code ("Bethesda MD"): LEVEL_TERMS' phd reads these phrases, and the gates look for them only
# where "md" or "m.d" is (_physician_phrases), so most texts pay two scans for them, not eight.
_PHYSICIAN_GATE = ("as a do or md", "as an md", "as a md", "be an md", "be a md", "as an m.d", "as a m.d", "be an m.d")
LEVEL_TERMS: list[tuple[str, re.Pattern[str]]] = [
    # (a lawyer's "Juris Doctorate" is a degree of no stated level, as "Juris Doctor" is)
    ("phd", caseless(r"\bph\.?\s?d\b\.?|\bdoctora(?:te|l)\b(?<!juris doctorate)|\bd\.?phil\b|"
                     # a dentist's doctorate by its initials, asked as a credential ("D.D.S. with Illinois license",
                     # "DMD or DDS required"), not a practice's name ("Todd Reeves DMD located in Marlborough")
                     # (each branch opens with \b, so caseless() tests the boundary once for the whole pattern)
                     r"\bD\.?D\.?S\b\.?(?=" + _ASKED_AS_CREDENTIAL + r")|"
                     r"\bD\.?M\.?D\b\.?(?=" + _ASKED_AS_CREDENTIAL + r")|"
                     # a physician, _PHYSICIAN_GATE's phrases (opening with the initials and looking behind after
                     # them, as "as" and "be" open so many words)
                     r"\bM\.?D\b(?:" + "|".join(f"(?<={re.escape(phrase)})" for phrase in _PHYSICIAN_GATE) + r")\.?|"
                     # a doctorate by its name: "Doctor of Veterinary Medicine degree", "Doctor of Philosophy"
                     r"\bdoctor of (?:philosophy|medicine|veterinary|pharmacy|osteopath\w*|dental|physical therapy|"
                     r"education|nursing|psychology|audiology|optometry|chiropractic|jurisprudence)\b")),
    # not a branch or a skill: "a pull request from a feature branch into master", "to master new tools"
    ("master", caseless(r"\b(?<!into )(?<!onto )(?<!to )masters?(?:'s|’s|´s)?\s*(?:degree|of|in|or|and/or|/|\(|$|,|\))|"
                          r"\bmaster(?:'s|’s|´s)\b|"
                          r"\bmasters\b|\bM\.S\.?+" + _NOT_SCLEROSIS + r"|\bM\.?Sc\b|\bMS" + _NOT_MISSISSIPPI + _AB +
                          r"|\bM\.A\.|\bMBA\b|"
                          r"\bM\.?Tech\b|\bM\.?Eng\b|\bMPH\b|\bMSW\b|\b(?:post-?)?graduate degree|"
                          # a Master of Laws; plain "LLM" only before a field of law, since in ML postings it is a
                          # large language model
                          r"\bLL\.M\b|\bLLM(?= in (?:tax|taxation|estate|trusts?|law|litigation|corporate|securities|"
                          r"intellectual property|international (?:law|tax))\b)|"
                          r"\badvanced (?:cs |technical )?degree|\bpostgraduate\b|\bMS(?:EE|CS)\b|"
                          # the master's after a doctorate's slash: "a PhD/MS with relevant experience"
                          r"\bms\b(?:(?<=phd/ms)|(?<=ph\.d/ms)|(?<=ph\.d\./ms))")),
    ("bachelor", caseless(r"\bbachelor\w*|\bbaccalaureate\b|\bundergrad(?:uate)?\b|\bB\.S\.?|\bB\.?Sc\b|"
                            r"\bB[AS](?:" + _AB + "|" + _FIELD_NEXT + r"|(?=\s+(?:required|preferred)\b))|"
                            # a full stop after the initials, before the other degree: "BS. or M.S. in Mechanical
                            # Engineering" (not "a bar on BA." at a sentence's end)
                            r"\bB[AS]\.(?=\s*(?:or|and|in)\b|\s*[/,])|"
                            # "B.E. in Civil", "B.E./B.Tech" (the rules read lower-cased text: "to be. We" and a
                            # name, "B.E. Smith", are not one)
                            r"\bB\.A\.|\bB\.?Tech\b|\bB\.?Eng\b|\bB\.E\.(?=\s*(?:in|or|and|degree)\b|\s*[/,(])|"
                            r"\b(?:4|four)[- ]year (?:college |university )?(?:[a-z&/,]+ ){0,4}?degree|"
                            r"\bhonou?rs degree\b|"
                            # "Graduation from an accredited four year college or university"
                            r"\bfrom an? (?:accredited )?(?:4|four)[- ]year (?:college|university)\b|"
                            # an engineering bachelor's by its initials: "BSEE, BSME: 3-5+ years' experience"
                            r"\bBS(?:EE|ME|CE|CS|IE|ChE)\b")),
    ("associate", caseless(r"\bassociate'?s?(?:['’]s)? (?:degree|of\b(?! the\b))|\bassociates? degree|"
                             r"\bassociate(?:'s|’s|s)?(?=\s*(?:,|/|or)\s*(?:an?\s+)?bachelor)|"
                             # a diploma offered as the other path to a degree is the lower credential the posting
                             # accepts: "a Degree in … or Bachelor Degree or Diploma in business studies" (not a
                             # form's label "(Basic Degree/Diploma etc)" over a Bachelor's)
                             r"\bdiploma\b(?:(?<=\bor diploma)|(?<=\bor a diploma))|"
                             r"\bdiploma(?= or (?:an? )?(?:bachelor|degree))")),
    ("any", caseless(r"\bdegrees?\b|"
                       # a field of the form: "Educational qualifications: Graduate in Engg / Stats"
                       r"\b(?:education(?:al)?(?: qualifications?)?|qualifications?)\s*:\s*(?:any )?graduate\b|"
                       r"\bfrom an accredited (?:college|university)|\bdiploma\b|"
                       # a federal posting's education path: "4 years of education above the high school level"
                       r"\b(?:\d|one|two|three|four) (?:full )?years? of (?:education|study) above the high school "
                       r"level\b|"
                       # "Graduate of an accredited AMA approved school of respiratory care … Required", "A graduate of
                       # an ARRT approved radiologic technology program"
                       r"\bgraduate of (?:an? )?(?:[\w-]+ )?(?:accredited|approved)\b[^.;]{0,40}?\b(?:school|program|"
                       r"programme|college|university)\b|"
                       # the approval named after the program: "Graduate from a physical therapy curriculum approved by
                       # the Commission on Accreditation in Physical Therapy"
                       r"\bgraduate (?:of|from) (?:an? |the )?(?:[\w-]+ ){0,4}?(?:curriculum|program|programme|school) "
                       r"(?:approved|accredited) by\b")),
]
# "degree" that is not an academic one, and diplomas that are not degrees.
_NOT_ACADEMIC = caseless(
    r"\b(?:high|great|large|certain|some|varying|significant|strong|reasonable|any|the|a|same|similar|what|"
    r"utmost|highest|wide|\d+|360|180)[- ](?:of )?degrees?\b(?! (?:in|from)\b)|\bdegrees? of (?:freedom|autonomy|"
    r"responsibility|independence|accuracy|confidence|separation|ownership|flexibility|latitude|detail|precision|"
    r"professionalism|integrity|creativity|initiative|quality|proficiency|collaboration|discretion|urgency|care|"
    r"sophistication|confidentiality|sensitivity|familiarity|fluency|reliability|comfort\w*|attention)\b|"
    r"\bsquare degrees\b|"
    r"\b(?:high[- ]school|HS)(?: or (?:GED|equivalent))? (?:diploma|degree)\b|\bdiploma (?:or (?:GED|equivalent))\b|"
    r"\bGED(?:\b|(?=[A-Z][a-z]))|\bno B\.?S\b\.?|\bscrum masters?\b|"
    # a student's standing, not a degree: "the intern’s college indicating their full-time undergraduate status"
    r"\bundergrad(?:uate)? (?:status|standing|students?|enrollment|enrolment|interns?)\b|"
    r"\bto (?:a|some|what) degree\b|\bthird[- ]degree\b")
_HIGH_SCHOOL = re.compile(r"\bhigh[- ]school\b|\bGED\b|\bsecondary school\b|\bHS diploma\b", re.I)
# Mentions that are not an ask: benefits, the team, customers, the product, programs for students. Only whether
# it matches is read, so its branches are grouped for speed: those that open with a letter come first (re skips
# each at once where the letter differs), and every one that opens with \b shares one \b, so inside a word a
# single test fails them all; it was the costliest scan of a clause.
_NOT_AN_ASK = caseless(
    r"tuition(?<!intuition)|education (?:assistance|reimbursement|benefits?)|reimburse|"
    r"our (?:team|founders|engineers|people|staff|employees)\b[^.]{0,60}\b(?:degrees?|ph\.?d)|"
    r"the (?:team|founders|engineers|people|staff|employees)\b[^.]{0,60}\b(?:degrees?|ph\.?d)|"
    # "PhDs from top schools" is the team; "A Ph.D. from an internationally-recognized institution" is an ask
    r"ph\.?\s?d\.?s (?:from|who)|ph\.?d\.? who|"
    # "PhD interns", "PhD-level data scientist interns": a program, not an ask
    r"ph\.?d\.?(?:[- ]level)? (?:(?:[\w-]+ ){0,3}?interns?|internships?|students?|fellows?)\b|"
    # the work, not the worker: "Our product runs on complicated algorithms and PhD-level research"
    r"ph\.?d[- ]level (?:research|problems?|work|math\w*|algorithms?|challenges?|science)\b|"
    r"with (?:degrees|ph\.?ds) from|internships? (?:for|available)|students (?:working|who|pursuing)|"
    r"earn [^.]{0,40}degree|offer [^.]{0,40}degree|offering [^.]{0,40}degree|launched [^.]{0,40}degree|"
    r"online [^.]{0,40}degree|doesn'?t have a [^.]{0,20}degree|shouldn'?t take a [^.]{0,20}degree|working on their|"
    # an internship for students: being enrolled is asked, not holding a degree
    r"^\W*(?:you are |must be |be )?(?:currently )?enrolled (?:in|at)\b|"
    # "Candidate must be currently enrolled in an MBA program": an enrolment asked anywhere in the clause
    r"\b(?:must|should|will) be (?:currently )?enrolled (?:in|at)\b|"
    r"^\W*(?:you are |must be |be )?currently pursuing\b|"
    r"\b(?:"
    r"team of [^.]{0,40}ph\.?d|degrees from\b|"
    # a student's program, as "currently pursuing": "Working towards a degree in statistics, economics …"
    r"(?:working|studying) towards? (?:an? |your |their )?(?:[\w'’]+ )?(?:degree|diploma|bachelor|master|ph\.?d|"
    r"[bm]\.?s\.?c?\b|[bm]\.?a\.?\b)|"
    r"(?:current |an )?undergraduates?(?: students?)? (?:with|who|pursuing|enrolled|majoring)\b|"
    # students by their year: "Open to current Juniors and Seniors only Currently pursuing a degree in Marketing"
    # (not "our current senior team")
    r"(?:current|rising) (?:college )?(?:juniors|seniors|sophomores)\b|"
    r"rising (?:college )?(?:junior|senior|sophomore)\b|"
    # a student asked for: "Undergraduate or graduate student in Electrical Engineering, CS, Physics"
    r"(?:undergrad(?:uate)?|graduate) (?:or (?:undergrad(?:uate)?|graduate) )?students?\b|"
    r"undergrad(?:uate)? (?:\w+ ){0,3}program|still in (?:college|school|university)\b|"
    r"master (?:data|communicator|class)|master of (?!engineering\b)\w+ing\b|mastery\b|degree programs?\b|"
    r"courses?\b(?! or\b)[^.]{0,30}\bdegree|"
    # a visa rule, not the job's: "if you have a CS degree … you probably qualify for an EU Blue Card"
    r"qualify for (?:an? )?(?:EU )?(?:blue card|visa|work permit)|"
    r"degrees? (?:completely )?online\b|online degrees?\b|taught\b[^.]{0,40}\bcoursework\b|"
    # the team, again: "Some of us attended top universities … and some of us have no degree at all"
    r"(?:some|many|most|none|several|half|all) of us\b|"
    r"(?:intention|intend|intending|plan|planning|expect|expected|expecting) to graduate\b|"
    # a figure of years for those who hold a degree: "Minimum of 5 years; 3 years for those with advanced degrees"
    r"(?:years?|yrs)\b[^.;]{0,20}\bfor (?:those|candidates|applicants|someone|people) (?:with|holding)\b|"
    # the time a degree took: "At least 16 years of work experience (which can include years spent earning advanced
    # degrees)"
    r"(?:spent|while) (?:earning|pursuing|completing|obtaining)\b)")
# A statement about being a student: every degree its list names is the program, not an ask ("Currently
# pursuing or recently completed a Bachelor's, Master's, or Ph.D. degree"; the clause split would part them).
# The line's own heading may lead it: "Requirements:Pursuing a Bachelor's or Graduate degree in Marketing".
_ENROLMENT = re.compile(r"\W*(?:[a-z][a-z ]{0,30}:\s*)?(?:you are |must be |be )?(?:currently )?"
                        r"(?:pursuing|enrolled (?:in|at))\b", re.I)
# A statement about the team, whose list of degrees the clause split would part: "We are a group of PhDs, masters,
# bachelors, college dropouts, and high school interns all working together."
_ABOUT_THE_TEAM = re.compile(r"\W*(?:we(?: are|'re)|our team is) (?:a )?(?:[\w-]+ )?(?:group|team|bunch|mix|collection|"
                             r"crew) of\b", re.I)
# Holders of degrees counted are people the candidate will meet, not an ask: "You will work closely with 3 PhDs,
# 2 Masters of Science, and 4 Microsoft MVPs". Read on the whole statement (the clause split parts the list).
_COUNTED_HOLDERS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of) "
                              r"(?:ph\.?\s?d\.?s|masters|doctors)\b(?! (?:degrees?|programs?)\b)")


def _holders_named(lower: str) -> bool:
    """Substring tests every _COUNTED_HOLDERS match passes ("ph" of a PhD, "masters", "doctors"): most statements that
    name a degree name none of them, and skip the scan, which has no literal to skip to."""
    return "ph" in lower or "masters" in lower or "doctors" in lower


_WAIVED = caseless(
    r"\bno (?:specific |particular )?(?:college |university |formal |cs |academic )?degrees? (?:is |are )?"
    r"(?:required|needed|necessary)\b|"
    r"\bdegrees? (?:is |are )?(?:not |n't )(?:required|necessary|needed|a requirement|mandatory)|"
    r"\bdegrees? (?:is |are )?optional\b|"
    r"\b(?:do|does|will)(?: not|n'?t) (?:need|require) (?:a |any )?(?:college |university |cs |formal )?degree|"
    r"\bdon'?t (?:need|require|care about) (?:a |any |your )?(?:college |university |academic |cs )?degrees?|"
    r"\b(?:do not|don'?t) care about (?:your )?(?:academic )?degrees|\bfrom no[- ]degree\b|"
    r"\bno need (?:to have|for) [^.]{0,40}degree|\bregardless of (?:your )?(?:degree|educational background|"
    r"education)|\bwith or without a (?:college )?degree|\bdidn'?t (?:even )?go to (?:school|college)|"
    r"\bdropped out\b|\beducation:\s*no degree required|"
    # "We are not so concerned with your formal credentials, but rather your attitude"
    r"\bnot (?:so |too |that |very |overly )?(?:concerned|worried|fussed|hung up) (?:with|about|on) (?:your |any )?"
    r"(?:formal )?(?:credentials|degrees?|education|qualifications)\b")
# "Open to applicants who do not have a college diploma." (not "We will not review resumes of anyone that does not have
# a degree"); read only where "not have"/"n't have" is, since its openings are common words.
_OPEN_WITHOUT_A_DEGREE = caseless(r"\b(?:open to|welcom\w*|consider\w*|encourag\w*)\b[^.;]{0,40}\b(?:who|that) "
                                  r"(?:do not|don'?t|does not|doesn'?t) (?:have|hold) (?:a |any )?"
                                  r"(?:college |university )?(?:degree|diploma)\b")
# Said of a degree named in the same clause: "Bachelor's degree or diploma in Business. (Not Required)".
_WAIVED_HERE = caseless(r"\(not required\)|\b(?:is|are) not required\b|\(optional\)")
# A line that heads the other path: "Equivalent experience: Associates Degree … and at least 10 years". experience.py
# reads its years as that path's, so both use this.
EQUIVALENT_PATH = r"equivalent (?:work |professional )?experience\s*:"
# How a degree's name opens, in lower case (read in look-aheads only, so the order of the branches does not matter):
# after "or" it is the other path, after "and"/"with" it is a path that needs a degree.
_DEGREE_OPENINGS = (r"ph\.?\s?d|doctora|masters?\b|master['’]s|mba\b|m\.?sc?\b|bachelor|b\.?sc?\b|"
                    r"(?:advanced |graduate |college |university )?degree")
# A floor before the years offered instead of a degree ("or > 2 years", "or at least one year"); experience.py
# reads the same alternative from the other side, so both use this.
YEARS_FLOOR = r"(?:>\s*|≥\s*|more than |over |at least |(?:a )?minimum of )?"
_ALTERNATIVE = caseless(
    r"\bor (?:an? )?(?:(?:extensive|significant|substantial|considerable|previous|prior) )?"
    r"(?:equivalent|equivalency(?: in)?|comparable|similar|relevant|(?:job-|work-)?related|speciali[sz]ed) "
    r"(?:(?:combination|practical|work|professional|industry|technical|hands-on|relevant|job|on[- ]the[- ]job|"
    r"military|real[- ]world|research|equivalent|development)[ /]){0,2}\s*"
    # "or equivalent educ/experience": education and experience together are the other path
    # "or similar degree/experience": another degree or experience
    r"(?:(?:educ(?:ation)?|degree)\s*(?:/|and/or|and|or|&)\s*)?(?:experience|combination|knowledge|background|skills|"
    r"training)|"
    # experience of a kind named in the posting's own words: "Bachelor’s degree in business or equivalent manufacturing
    # planning experience" (not a field or another credential: "or equivalent field with experience")
    r"\bor (?:an? |the )?equivalent (?:(?!(?:and|with|plus|in|of|or|to|field|fields|discipline|degree|major|area|"
    r"education|certification)\b)[a-z][a-z-]* ){1,2}experience\b|"
    # a field named for the other path: "Education or Equivalent: BS/MS in Engineering discipline"
    r"\beducation or equivalent\b|"
    # "college degree in science or computer or industrial experience"; not one kind of experience beside another
    # ("BS, MS or PhD with academic or industry experience")
    r"\b(?<!academic )(?<!research )(?<!professional )(?<!clinical )(?<!laboratory )(?<!lab )(?<!field )(?<!work )"
    r"(?<!practical )(?<!commercial )(?<!government )(?<!military )or industr(?:y|ial) experience\b|"
    # "and/or the equivalent in relatable experience", "; or the equivalent of four years' experience/education"
    r"\bor the equivalent (?:in|of)\b[^.;]{0,40}\bexperience|"
    r"\bin lieu of (?:a |an |the )?(?:(?:advanced|higher|graduate|college|university) )?(?:degree|formal|education)|"
    r"\bexperience in lieu\b|\bin lieu\b|"
    # a path headed as such: "Equivalent experience: Associates Degree in Engineering … and at least 10 years"
    r"\b" + EQUIVALENT_PATH + r"[^.;]*|"
    # "Four (4) years of … experience may substitute on a year for year basis"; not the reverse, "Higher
    # education can substitute for experience"
    r"\b(?:may|can|could) (?:be substituted(?: for (?:a |the )?degree)?|substitute\b(?! for (?:\w+ ){0,2}experience))|"
    r"\bsubstitut\w+ for (?:a |the )?degree|"
    r"\b(?:or|alternatively),? " + YEARS_FLOOR + r"(?:\+|\d|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)[^.;]{0,12}(?:years?|yrs)\b"
    # not a degree's own path in a ladder: "PhD or Masters … with 0 years (PhD) or 3-6 years (MSc) of experience",
    # "Minimum 5 years (with M.S. degree) or 3 years (with PhD) of industry experience"
    r"(?!\s*\((?:with |w/ ?)?(?:ph\.?\s?d|m\.?sc?\b|ms\b|master|b\.?sc?\b|bs\b|bachelor|b\.?a\b|m\.?a\b|mba\b))"
    r"[^.;]{0,40}experience"
    # nor a path that needs a degree of its own: "…; or 5+ years of similar experience and a Masters degree"
    r"(?![^.;]{0,30}?\b(?:and|with|plus) (?:an? )?(?:" + _DEGREE_OPENINGS + r"))|"
    r"\bor (?:an? )?(?:alternative |equivalent )?professional (?:qualification|certification)|"
    r"\b(?:and/)?or (?:an? )?(?:relevant |equivalent |industry |technical )?certifications?\b|"
    r"\bintriguing reason for not having one|\bif no degree\b|\bno degree,? (?:w/|with|plus|and)|"
    r"\bor a high[- ]school (?:diploma|degree)|\bsimilar knowledge (?:attained|gained|acquired)|"
    r"\bwill (?:also )?consider [^.]{0,30}experience|\bequivalent combination\b|"
    # "a Bachelor’s in Computer Science or something similar, or you've been in the industry long enough to teach the
    # class"
    r"\bor you(?:'ve|’ve| have) (?:been|worked) in (?:the|this) (?:industry|field)\b|"
    # "at least a bachelor's degree in Fine Art …, but prior experience may qualify someone"
    r"\b(?:(?:prior|previous|relevant|equivalent|work|professional) )?experience (?:may|can|could|will) (?:also )?"
    r"qualify\b|"
    # a student will do: "A bachelor’s degree/pursuing a bachelor's degree in computer science" (not a student of a
    # higher degree, who holds the first: "Bachelor's degree, or currently enrolled in a Master's program")
    r"\b(?:or\s+|/\s*)(?:currently )?(?:pursuing|working towards|enrolled in) (?:an? |your )?(?:bachelor|"
    r"undergraduate|associate|degree|college|university)|"
    # "A combination of education and experience including through military service, will also be considered"
    r"\bcombinations? of (?:relevant )?(?:education|training|schooling|coursework)(?:,| and| &| or)[^.;]{0,40}"
    r"\bexperience\b[^.;]{0,80}\b(?:considered|consideration|accepted|acceptable|substitut\w*)|"
    # the third path of a federal posting: "Education: … OR Experience: … OR Combination of Education and Experience"
    r"\bor (?:an? |any )?combination of (?:relevant )?(?:education|training|schooling)(?: (?:and|&)|,)"
    r"(?: training,? (?:and|&))? (?:relevant )?experience\b")
# A degree named right after "or": the other path to what precedes it (_degree_instead_of_experience).
_A_DEGREE_NEXT = r"(?=" + _DEGREE_OPENINGS + r"|b\.?a\b)"
_OR_A_DEGREE = caseless(r"\bor (?:an? |equivalent |relevant )?" + _A_DEGREE_NEXT)
_AND_OR_A_DEGREE = caseless(r"\band/or (?:an? |equivalent |relevant )?" + _A_DEGREE_NEXT)
_OR_FEWER_YEARS_WITH_A_DEGREE = caseless(r"\bor (?:\S+ ){0,2}?(?:years?|yrs)\b[^.;]{0,40}?\b(?:with|and|plus) "
                                         r"(?:an? )?(?:relevant |equivalent )?" + _A_DEGREE_NEXT)
# A path without a degree in a ladder of paths: "High school diploma/GED with five (5) years of experience".
# Apart from _ALTERNATIVE so that only clauses naming a high school pay for it.
_HIGH_SCHOOL_PATH = caseless(
    r"\b(?:high[- ]school|HS)\b[^.;]{0,30}?\b(?:with|and|plus|\+)\s+(?:at least |a minimum of |minimum )?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)[^.;]{0,12}(?:years?|yrs)\b")
# A certification or licence offered before the degree, read on the whole statement because the list's
# commas split it into clauses: "Personal Training Certification, Pilates Certification, or Bachelors in …".
# ... or after it, as the list's last item: "(CDA) credential, AA degree, or a Para educator Certification I".
_CREDENTIAL_OR_DEGREE = re.compile(r"\b(?:certification|certificate|licen[cs]e)s?,? (?:[^.;,]{0,40}, )?or "
                                   r"(?:an? )?(?:bachelor|associate|master|degree)|"
                                   r"\bdegree,? or (?:an? )?(?:[\w-]+ ){0,3}(?:certification|certificate|licen[cs]e)\b",
                                   re.I)
# "degree or demonstrated relevant progressive experience". Read on the lower-cased clause so the scan can
# jump to each "degree" (a literal prefix), and kept out of _ALTERNATIVE: it names no degree to remove.
_DEGREE_OR_EXPERIENCE = re.compile(r"degree,? or (?:(?:demonstrated|proven|equivalent|relevant|related|progressive|"
                                   r"practical|professional|comparable|industry|work|hands-on) )+experience\b")
# "Bachelor's degree or equivalent": an alternative, unless the equivalent is a field ("in Computer Science
# or equivalent"), a foreign degree, or another credential ("or equivalent technical standing").
_BARE_EQUIVALENT = caseless(r"(?:(?<=degree)|(?<=degrees)|(?<=bachelor's)|(?<=bachelors)|(?<=or higher)|(?<=\bbs)|"
                            r"(?<=\bba)|(?<=\bms)|(?<=\bbsc)|(?<=\bmsc)|(?<=\bb\.s\.)|(?<=\bb\.a\.)|(?<=\bm\.s\.)|"
                            r"(?<=master's)|(?<=masters)|(?<=\bphd)|(?<=\bph\.d)|(?<=\bph\.d\.))"
                            r"(?:,? | \()or equivalent\b"
                            r"(?!\s+(?:technical|degree|doctoral|graduate|qualification|field|standing|certification|diploma)|"
                            # the equivalents named, and they are degrees: "PhD degree or equivalent (M.Sc./Pharm.D.)"
                            r"\s*\((?:m\.?sc?\b|ms\b|pharm\.?\s?d|ph\.?\s?d|m\.?d\b|master|b\.?sc?\b|bs\b|ba\b|bachelor|"
                            r"doctora))")
# "Ph.D. degree level with 0 to 3 years of experience or equivalent": an "or equivalent" that ends a clause asking a
# degree and experience is the other path to both (not "… or equivalent industry experience", an equivalent kind).
_EXPERIENCE_OR_EQUIVALENT = caseless(r"\bexperience,? or (?:the )?equivalent\W*$")
_FIELD_EQUIVALENT = caseless(r"\bin [^.;]{3,80}\bor equivalent\b|^(?:bachelor|master|diploma|degree|"
                             r"doctorate)\w*(?:'s|’s)? or equivalent\s*$|\bforeign equivalent\b")
# A preference for a field or major, not for the degree: "degree, preferably in math", "(CS preferred)".
# "Bachelor's degree, ideally in engineering": the field is what is hoped for.
_FIELD_PREFERENCE = re.compile(r"\b(?:preferabl[ey]|ideally),? (?:in|from|(?:with )?(?:an? )?(?:major(?:ing)?|"
                               r"concentration))\b|"
                               r"\bpreference (?:is |may be |will be |shall be |would be )?given to\b|"
                               # a hope for experience next to the degree: "Bachelors …, preferably with work
                               # experience of over 2 years"
                               r"\b(?:preferabl[ey]|ideally),? with (?:[\w-]+ ){0,4}?(?:experience|background)\b|"
                               # a focus within the field: "…, preferably with focus on Data Analytics", "…, with focus
                               # in Mechanical, Industrial/Systems … or similar fields preferred"
                               r"\b(?:(?:preferabl[ey]|ideally),? )?with (?:an? )?(?:focus|emphasis|concentration|"
                               r"speciali[sz]ation) (?:in|on)\b(?:[^.;()]{0,120}?\bpreferred\b)?|"
                               # a marker on the field before "or related field": "Bachelor’s Degree in Business and/or
                               # Logistics (preferred) or related field"
                               r"\(preferred\)(?=,? or (?:an? |other )?(?:related|similar|relevant|equivalent) "
                               r"(?:fields?|disciplines?|areas?|majors?)\b)|"
                               # a hope for a higher level: "A good honors Degree, preferably at postgraduate level"
                               r"\b(?:preferabl[ey]|ideally),? at (?:the |a )?(?:post-?graduate|graduate|master'?s|"
                               r"doctoral|ph\.?d) level\b|"
                               # "…, pharmaceutical or biotechnology industry preferred": a domain, after a comma
                               r",[^,.;()]{0,60}\b(?:industry|sector|setting|environment)(?: experience)? (?:is |are )?"
                               r"(?:strongly |highly )?preferred\b|"
                               # a choice between two tools: "Proficiency in R or Python where the former is preferred"
                               r"\b(?:where|with) the (?:former|latter)(?: is| being)? (?:strongly |highly )?"
                               r"preferred\b", re.I)
_PREFERRED = re.compile(r"\bprefer(?:r?ed|ably|able|ence)?\b|\ba plus\b|\bis a plus\b|\bnice[- ]to[- ]have\b|"
                        r"\bdesir(?:ed|able)\b|\bbonus\b|\bideally\b|\bhighly desired\b|\badvantage(?:ous)?\b|"
                        r"\bwould be (?:great|nice|helpful)\b|\bappreciated\b|"
                        # a hope, not a bar: "We are interested in candidates … after completing their MSc or PhD"
                        r"\binterested in (?:candidates|applicants|people|hearing from)\b", re.I)
# (the look-behinds follow the word: opening with them would cost the scan its fast path, 3x the time)
_REQUIRED_HERE = re.compile(r"\brequired\b(?<!\bnot required)(?<!\bnot necessarily required)", re.I)
_REQUIRED_WORD = re.compile(_REQUIRED_HERE.pattern + r"|\bmust\b|\bminimum\b|\bat least\b|\bnecessary\b|\bmandatory\b",
                            re.I)


_GATE_WORDS = ("degree", "bachelor", "master", "ph.d", "phd", "ph. d", "doctor", "diploma", "graduate",
               "baccalaureate", "associate", "lieu", "equivalent", "accredited", "substitut", "school", "college",
               "universit", "dropped out", "mba", "mph", "credential", "ll.m", "llm in ", "combination", "d.d.s", "dds")
# BS, MSc, B.Tech, B.E., BSEE as whole words. It opens with the letter itself so the scan skips other characters.
_GATE_ABBREVIATIONS = re.compile(r"[BM](?<!\w[BM])(?:\.?(?:S|A|Sc|Tech|Eng)\b|S(?:EE|ME|CE|CS|IE|ChE)\b|(?<=B)\.?E\.)")


# The same gate as the raw description can show it, before it is split into statements: normalising only collapses
# blanks and adds line breaks (one may land before a "BS" glued to a word), and merged statements are joined with a
# space, so a gate word's first word, and the initials without the look-behind, are in the raw text whenever the
# gate passes on a statement.
_RAW_GATE_WORDS = tuple(dict.fromkeys(word.split(" ")[0] for word in _GATE_WORDS))
_RAW_GATE_ABBREVIATIONS = re.compile(_GATE_ABBREVIATIONS.pattern.replace(r"(?<!\w[BM])", ""))


def _may_name_a_degree(text: str) -> bool:
    """Whether any statement of the text can pass classify_degree's gate. A third of the corpus fails this test,
    and for those (and for the experience rule, when they state no years either) the text is never split into
    statements: splitting is a quarter of all the rules' work."""
    lower = lowered(text)
    return (any(word in lower for word in _RAW_GATE_WORDS) or bool(_RAW_GATE_ABBREVIATIONS.search(text))
            or bool(_physician_phrases(lower)))


def _physician_phrases(lower: str) -> tuple[str, ...]:
    """The _PHYSICIAN_GATE phrases a lower-cased text holds."""
    if "md" not in lower and "m.d" not in lower:
        return ()
    return tuple(phrase for phrase in _PHYSICIAN_GATE if phrase in lower)


def _gate_words(lower: str) -> tuple[str, ...]:
    """The gate words a lower-cased text holds."""
    return tuple(word for word in _GATE_WORDS if word in lower) + _physician_phrases(lower)


def _names_a_degree(text: str) -> bool:
    """A cheap test every degree pattern implies (classify_degree applies it per posting, then per statement)."""
    lower = text.lower()
    return bool(_gate_words(lower)) or bool(_GATE_ABBREVIATIONS.search(text))


@dataclass(frozen=True)
class DegreeResult:
    degree_requirement: DegreeClass
    degree_level: Level
    is_degree_free: bool
    degree_evidence: str | None


@dataclass(frozen=True)
class _Ask:
    kind: Literal["required", "preferred", "alternative", "waived"]
    level: str
    evidence: str


def _level(clause: str) -> str | None:
    return _lowered_level(lower_in_place(clause))


def _lowered_level(lower: str) -> str | None:
    """_level of a clause already lowered in place (the clause readers lower each clause once)."""
    text = _NOT_ACADEMIC.sub(" ", lower)
    found = [name for name, pattern in LEVEL_TERMS if pattern.search(text)]
    return min(found, key=lambda name: _RANK[name]) if found else None


def nearest_level(before: str, after: str = "") -> Level | None:
    """The level of the degree named closest before a point (else just after it): what a figure goes with."""
    if not _names_a_degree(before) and not _names_a_degree(after[:30]):
        return None
    best: tuple[int, str] | None = None
    text = _NOT_ACADEMIC.sub(lambda m: " " * len(m.group(0)), lower_in_place(before))
    for name, pattern in LEVEL_TERMS:
        for match in pattern.finditer(text):
            if name != "any" and (best is None or match.end() > best[0]):
                best = (match.end(), name)
    if best is None and after:
        level = _level(after[:30])
        return "any" if level in ("associate", None) and level else level  # type: ignore[return-value]
    return None if best is None else ("any" if best[1] == "associate" else best[1])  # type: ignore[return-value]


def degree_level(clause: str) -> Level | None:
    """The lowest academic level a clause names ("any" for a degree of no stated level), or None."""
    level = _level(clause)
    return "any" if level == "associate" else level  # type: ignore[return-value]


def _lowest(asks: list[_Ask]) -> _Ask:
    """The ask naming the lowest level; a degree of no stated level only counts when no level is named."""
    return min(asks, key=lambda a: _RANK[a.level])


def _report(level: str) -> Level:
    return "any" if level in ("associate", "any_listed") else level  # type: ignore[return-value]


def _parenthesis_free(clause: str) -> str:
    """The clause without parentheticals that list fields or examples; "(Preferred)" and "(Required)" stay."""
    return PARENTHETICAL.sub(" ", clause)


_EXPERIENCE_KIND = re.compile(r"(?:years?|yrs)\b(?: of)?(?: (?!experience\b)[\w-]+){1,3}\s*$")


def _to_experience_kind(lower: str, match: re.Match[str]) -> bool:
    """Whether an "or equivalent …" alternative is to a kind of experience a figure names ("2 years of
    postdoctoral or equivalent industry experience"), not to the degree. Reads the lower-cased clause from
    the last "year" before the match: a find in C, then one anchored match."""
    start = match.start()
    if lower[start:start + 3] != "or ":
        return False
    window = lower[max(0, start - 60):start]
    at = max(window.rfind("year"), window.rfind("yrs"))
    return at >= 0 and bool(_EXPERIENCE_KIND.match(window, at))


def _degree_instead_of_experience(lower: str) -> bool:
    """Whether the clause offers the degree as the other path to experience it asks first: "a strong machine
    learning background with experience in search … or a MS/PHD in a related field". Only when what comes
    before the "or" names experience but no degree, and neither side a figure of years: "Master's with 2 years of
    experience or a PhD" is a ladder of degrees, "3 years of experience or a Master's" trades the degree for
    years, and "… experience in a clinical laboratory OR A bachelor's degree … AND five years" is one more path
    that needs a degree. Two shapes with a figure do offer it: "1-3 years of relevant experience … and/or
    bachelor’s degree" (either will do) and "Five years of experience …, or two years with a relevant PhD" (the
    degree shortens the path)."""
    if "encouraged" in lower:
        return False  # "Those with professional experience and/or an advanced degree are encouraged to apply": a plus
    figure = "year" in lower or "yrs" in lower
    if (figure or "and/or" in lower) and _experience_alone_before(lower, (_AND_OR_A_DEGREE,
                                                                          _OR_FEWER_YEARS_WITH_A_DEGREE)):
        return True
    if figure:
        return False  # a figure on either side of the "or" (the "or a " between holds none)
    return _experience_alone_before(lower, (_OR_A_DEGREE,))


def _experience_alone_before(lower: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Whether one of the patterns matches where what comes before it names experience but no degree."""
    return any("experience" in lower[:match.start()] and _lowered_level(lower[:match.start()]) is None
               for pattern in patterns for match in pattern.finditer(lower))


# A lower degree with experience is the path that "may be substituted": "Masters degree … is required. Bachelors degree
# and equivalent work experience may be substituted." It still asks a degree.
_DEGREE_PATH_SUBSTITUTED = caseless(r"^\W*(?:an? )?(?:" + _DEGREE_OPENINGS + r")[^.;]{0,60}?\b(?:and|with|plus)\b"
                                    r"[^.;]{0,40}\bexperience\s*$")


def _substitutes_a_degree(lower: str, match: re.Match[str]) -> bool:
    """Whether an _ALTERNATIVE match is a "may be substituted" whose substitute itself names a degree."""
    return lower.startswith(("may", "can", "could"), match.start()) and bool(
        _DEGREE_PATH_SUBSTITUTED.match(lower[:match.start()]))


def _offers_alternative(lower: str) -> bool:
    if ("school" in lower or "hs" in lower) and _HIGH_SCHOOL_PATH.search(lower):
        return True
    if " or " in lower and "experience" in lower and _degree_instead_of_experience(lower):
        return True
    if any(not (_to_experience_kind(lower, match) or _substitutes_a_degree(lower, match))
           for match in _ALTERNATIVE.finditer(lower)) or \
            _DEGREE_OR_EXPERIENCE.search(lower):
        return True
    # every _BARE_EQUIVALENT match holds "or equivalent": most clauses skip the scan
    return ("or equivalent" in lower and (bool(_EXPERIENCE_OR_EQUIVALENT.search(lower)) or (
        bool(_BARE_EQUIVALENT.search(lower)) and not _FIELD_EQUIVALENT.search(lower.strip()))))


def _read_clause(clause: str, statement: Statement, whole: str, listed: bool = False,
                 credential_alternative: bool = False) -> list[_Ask]:
    """The asks one clause makes; `listed` and `credential_alternative` are read once on the whole statement
    (_GENERIC_FIRST, _CREDENTIAL_OR_DEGREE): per clause they would rescan a long statement for every clause."""
    lower = lower_in_place(clause)
    if _WAIVED.search(lower) or (("not have" in lower or "n't have" in lower) and _OPEN_WITHOUT_A_DEGREE.search(lower)):
        return [_Ask("waived", "none", whole)]
    alternative = _offers_alternative(lower)
    # The degree a clause asks for, leaving out the degree named only by its alternative ("in lieu of a degree").
    level = _lowered_level(_ALTERNATIVE.sub(" ", lower))
    if level is not None and _WAIVED_HERE.search(lower) and not _NOT_AN_ASK.search(lower):
        return [_Ask("waived", "none", whole)]
    if level is None:
        if alternative and (re.search(r"\bdegree|\beducation\b|\bhigh[- ]school\b|\bHS\b", whole, re.I)
                            or _level(whole) is not None):
            return [_Ask("alternative", "none", whole)]
        return []
    if _NOT_AN_ASK.search(lower):
        return []
    if listed and (level == "any" or _GENERIC_FIRST.match(clause)):
        level = "any_listed"  # "Degree, Masters or Ph.D", "Degree or Masters in Computer Science"
    alternative = alternative or credential_alternative
    bare = _parenthesis_free(clause)
    # A degree named only inside parentheses takes the qualifier there: "(Associates Degree preferred)".
    if bare != clause and _PREFERRED.search(clause) and not (_names_a_degree(bare) and _level(bare)):
        bare = clause
    bare_lower = bare.lower()
    if "prefer" in bare_lower or "ideally" in bare_lower:  # every _FIELD_PREFERENCE match holds one
        bare = _FIELD_PREFERENCE.sub(" ", bare)
    # "(preferred, not required)" and "not necessarily required" deny the requirement they name
    required_word = _REQUIRED_HERE.search(clause)
    preferred = bool(_PREFERRED.search(bare)) and not required_word
    if statement.section == "preferred" and not (required_word or _REQUIRED_WORD.search(bare)):
        preferred = True
    # An alternative offered inside a preference is to the preferred degree ("MBA or certifications … are a
    # plus"): it does not soften a degree another statement requires.
    asks = [_Ask("alternative", level, whole)] if alternative and not preferred else []
    asks.append(_Ask("preferred" if preferred else "required", level, whole))
    return asks


def _structured_asks(structured: dict[str, Any]) -> list[_Ask]:
    """Degree statements from the platform's own fields (schema.org, Recruitee, Workable)."""
    asks: list[_Ask] = []
    # byway's platform parsers store schema.org's fields as education_requirements (a list of credential names)
    # and experience_in_place_of_education; `byway enrich` input may carry them under schema.org's own names.
    pairs = [(key, value) for key in ("educationRequirements", "education_requirements", "education",
                                      "education_code", "credentialCategory")
             for value in (structured.get(key) if isinstance(structured.get(key), list) else [structured.get(key)])]
    for key, value in pairs:
        if isinstance(value, dict):
            value = value.get("credentialCategory") or value.get("name") or value.get("description")
        if not isinstance(value, str) or not value.strip():
            continue
        text = value.replace("_", " ")
        if _HIGH_SCHOOL.search(text) or re.search(r"unspecified|none|no degree", text, re.I):
            continue
        level = degree_level(text if re.search(r"degree|bachelor|master|doctor|ph", text, re.I) else "")
        if level is None and re.search(r"\b(?:associate|professional|vocational|postgraduate)\b", text, re.I):
            level = "master" if "postgraduate" in text.lower() else "any"
        if level:
            asks.append(_Ask("required", level, f"{key}: {value}"))
    for key in ("experienceInPlaceOfEducation", "experience_in_place_of_education"):
        if structured.get(key) in (True, "true", "True"):
            asks.append(_Ask("alternative", "none", f"{key}: true"))
            break
    return asks


_NAMED = frozenset({"associate", "bachelor", "master", "phd"})


def _beside_higher(asks: list[_Ask], before: list[_Ask]) -> list[_Ask]:
    """A clause that opens with "with" adds to the one before it: "Master's Degree in Data Science, with a BA/BS in
    Economics" asks for both, so its lower degree does not lower the level the statement asks."""
    asked = [_RANK[a.level] for a in before if a.kind == "required" and a.level in _NAMED]
    if not asked:
        return asks
    return [a for a in asks if not (a.kind == "required" and a.level in _NAMED and _RANK[a.level] < max(asked))]


def classify_degree(text: str | None, structured: dict[str, Any] | None = None) -> DegreeResult:
    """The posting's degree requirement, the lowest level it asks, and the deciding statement."""
    asks: list[_Ask] = _structured_asks(structured or {})
    found = statements(text) if text and _may_name_a_degree(text) else ()
    # Which gate words the posting holds at all: each statement is then tested for those few, not all 20.
    whole = " ".join(statement.lower for statement in found)
    words = _gate_words(whole)
    abbreviations = bool(_GATE_ABBREVIATIONS.search(" ".join(statement.text for statement in found)))
    for statement in found:
        if not (any(word in statement.lower for word in words) or
                (abbreviations and ("B" in statement.text or "M" in statement.text)
                 and _GATE_ABBREVIATIONS.search(statement.text))):
            continue  # most statements name no degree: cheap tests skip them
        if _ENROLMENT.match(statement.text) or _ABOUT_THE_TEAM.match(statement.text) or (
                _holders_named(statement.lower) and _COUNTED_HOLDERS.search(statement.lower)):
            continue
        listed = bool(_GENERIC_FIRST.match(statement.text))
        credential = (("certif" in statement.lower or "licen" in statement.lower)
                      and bool(_CREDENTIAL_OR_DEGREE.search(statement.text)))
        previous: list[_Ask] = []
        for clause in clauses(statement.text):
            found_asks = _read_clause(clause, statement, statement.text, listed, credential)
            if previous and clause[:5].lower() == "with ":
                found_asks = _beside_higher(found_asks, previous)
            asks.extend(found_asks)
            previous = found_asks or previous
    waived = [a for a in asks if a.kind == "waived"]
    required = [a for a in asks if a.kind == "required"]
    alternatives = [a for a in asks if a.kind == "alternative"]
    preferred = [a for a in asks if a.kind == "preferred"]
    if waived:
        return DegreeResult("not_required", "none", True, waived[0].evidence)
    if required:
        lowest = _lowest(required)
        if alternatives:
            return DegreeResult("equivalent_ok", _report(lowest.level), True, alternatives[0].evidence)
        return DegreeResult("required", _report(lowest.level), False, lowest.evidence)
    if preferred:
        lowest = _lowest(preferred)
        return DegreeResult("preferred", _report(lowest.level), False, lowest.evidence)
    return DegreeResult("not_mentioned", "none", True, None)
