"""Statements remember the section their nearest heading opened (models/enrich/text.py)."""

import pytest

from models.enrich.experience import extract_experience
from models.enrich.text import heading_section, statements


@pytest.mark.parametrize("line, section", [
    ("Requirements:", "required"),
    ("Nice to have", "preferred"),
    ("Benefits", "benefits"),
    ("About Us", "about"),
    ("What You’ll Do", "other"),       # the job's own content ends the section before it
    ("Key Responsibilities", "other"),
    ("More About the Position:", "other"),
    ("Responsibilities & Requirements:", "required"),  # a section word wins over a content heading
    ("Strong Python skills, including pandas and a passion for clean code", None),  # not heading-shaped
    ("Bachelor's Degree", None),  # a short line naming a credential is content
    ("About Dimerco:", "about"),  # "About" and the company's name: its story, as "About Us" is
    ("ABOUT SWISS RE", "about"),
    ("About Bill.com", "about"),
    ("About You:", "required"),  # the job's own content, not the company's
    ("About the Position", None),
    ("ABOUT THE ROLE", "other"),
    ("About this job", None),
    ("Even better:", "preferred"),
    ("Desired Skills and Experience", "preferred"),  # title case leaves "and" lower-cased
    ("Required Skills and Education", "required"),
    ("Strong Written and Verbal Communication Skills", None),  # a list item, not a heading
    ("Experience with Spark", None),
    # a longer lead-in to pluses, but not one that states a figure or names a degree
    ("Relevant skills and qualifications that would be beneficial for the role include:", "preferred"),
    ("Experience with the following is not required, but nice to have:", "preferred"),
    ("5+ years of Python experience; the following would also be a plus:", None),
    ("The things we look for in every engineer who joins the team include:", None),
    # a longer lead-in to the requirements (thirty-fourth held-out set), but not one that names a degree
    ("What you will need to succeed at Swagelok Pittsburgh:", "required"),
    ("What you’ll bring to the team from your first day here:", "required"),
    ("What you will need for this role is a bachelor's degree:", None),
    ("What the team will be working on during the first year:", None),
])
def test_heading_section(line, section):
    assert heading_section(line) == section


def test_a_content_heading_ends_an_inline_benefits_label():
    text = ("Why A.Team\nCompensation: $120–$170/hr, biweekly payouts.\nWhat You’ll Do\nLead the design of AI systems.\n"
            "Who Thrives Here\nNot a fit: under 4 years’ experience, simple website builders, or small gig seekers.")
    sections = {s.text[:12]: s.section for s in statements(text)}
    assert sections["Compensation"] == "benefits" and sections["Lead the des"] == "other"
    assert sections["Not a fit: u"] == "other"
    assert extract_experience(text).min_years_experience == 4  # benefits are skipped; this is not one


def test_a_line_ending_on_or_continues_on_the_next():
    text = ("Requirements:\nBachelor’s in Data Science (e.g. Mathematics) OR\n2 years of related work experience. "
            "Fluent in SQL.\nLocation: Portland, OR\nRemote possible\nEither this or\nBenefits:\nHealth")
    found = statements(text)
    assert [s.text for s in found] == [
        "Bachelor’s in Data Science (e.g. Mathematics) OR 2 years of related work experience.",
        "Fluent in SQL.",
        "Location: Portland, OR",  # a state after a comma, not a conjunction
        "Remote possible",
        "Either this or",  # a heading follows: nothing to join
        "Health",
    ]
    assert found[1].start == text.index("Fluent")
    assert [s.section for s in found][-1] == "benefits"


def test_a_heading_glued_to_the_end_of_a_line_opens_its_section_on_the_next():
    # From the twelfth held-out set: a dataset lost the break before "Preferred Experience"; its bullet put one back
    # after it.
    text = ("Performs other related duties as required. Preferred Experience\n· BSEE, BSME: 3-5+ years’ experience in "
            "the industrial automation industry.\nSelf-motivated and organized with the ability to work with minimal "
            "supervision. Desired Qualifications/Certifications:\n"
            "Bachelor's degree in Computer Science.")
    found = statements(text)
    assert [(s.text, s.section) for s in found] == [
        ("Performs other related duties as required.", "other"),
        ("BSEE, BSME: 3-5+ years’ experience in the industrial automation industry.", "preferred"),
        ("Self-motivated and organized with the ability to work with minimal supervision.", "preferred"),
        ("Bachelor's degree in Computer Science.", "preferred"),
    ]
    assert found[1].start == text.index("BSEE")
    # A last sentence that is content stays where it is, in its own line's section.
    plain = statements("Requirements:\nBuild models. Deploy them\nPython")
    assert [(s.text, s.section) for s in plain] == [("Build models.", "required"), ("Deploy them", "required"),
                                                     ("Python", "required")]


def test_a_parenthesis_after_degree_initials_stays_in_their_sentence():
    # From the thirteenth held-out set: "Ph.D." ends with a full stop but not a sentence.
    found = statements("MUST: Education: MS/Ph.D. (Preferred) in Computer Science, Physics, or a related discipline.")
    assert [s.text for s in found] == ["MUST: Education: MS/Ph.D. (Preferred) in Computer Science, Physics, or a "
                                       "related discipline."]
    split = statements("Requires a Ph.D. Experience with Python is a plus. (Remote) Team of five.")
    assert [s.text for s in split] == ["Requires a Ph.D.", "Experience with Python is a plus.", "(Remote) Team of five."]


def test_a_sentence_case_lead_in_glued_to_the_end_of_a_long_line_opens_its_section():
    # From the thirty-fourth held-out set: "*Salary commensurate with experience What you will need to succeed at
    # Swagelok Pittsburgh:" kept the requirements under the benefits heading before them; capitalised words joined
    # by "and" are one heading ("… districts Salary and Benefits:").
    text = ("Pay and Benefits:\nWe offer competitive compensation and a generous benefits package. *Salary commensurate "
            "with experience What you will need to succeed at Swagelok Pittsburgh:\n2-5 years prior industrial sales "
            "experience preferred.\nStrong mechanical aptitude.")
    found = statements(text)
    assert [(s.text, s.section) for s in found][-3:] == [
        ("*Salary commensurate with experience", "benefits"),
        ("2-5 years prior industrial sales experience preferred.", "required"),
        ("Strong mechanical aptitude.", "required"),
    ]
    assert extract_experience(text).min_years_experience == 2
    joined = statements("Requirements:\nAbility to occasionally travel to Albany, Buffalo and/or candidates' home "
                        "districts Salary and Benefits:\nSalary starting at $4,000 per month")
    assert [(s.text, s.section) for s in joined] == [
        ("Ability to occasionally travel to Albany, Buffalo and/or candidates' home districts", "required"),
        ("Salary starting at $4,000 per month", "benefits"),
    ]


def test_the_next_items_number_glued_to_a_sentences_end_is_not_part_of_it():
    # From the thirty-ninth held-out set: "… of at least 3 years3. Experience with Litigation …" (the figure's unit ran
    # into the number, so no figure of years was read) and "… from an accredited law school.2."; a version, a decimal
    # and a figure alone before a sentence stay.
    found = statements("1. Juris Doctor (JD) degree from an accredited law school.2. Experience with Probate law of at "
                       "least 3 years3. Experience with Litigation of at least 3 years4. Excellent skills.")
    assert [s.text for s in found] == ["Juris Doctor (JD) degree from an accredited law school.",
                                       "Experience with Probate law of at least 3 years",
                                       "Experience with Litigation of at least 3 years", "Excellent skills."]
    kept = statements("We use VueJS 3.0. More with d3. We pay 4.5. Then 2. Step two.")
    assert [s.text for s in kept] == ["We use VueJS 3.0.", "More with d3.", "We pay 4.5.", "Then 2.", "Step two."]
