from models.passages import MAX_CHARS, SUMMARY_CHARS, chunks, content_hash, passages, unique_texts

DESCRIPTION = """About Us
Kestrel Health builds software that hospitals use to schedule operating rooms.

What You Will Do:
You will train detection models on laparoscopic video. You will ship them to the operating room.

Requirements
3+ years of PyTorch.

Benefits
Unlimited vacation and a gym membership.

Kestrel Health is an equal opportunity employer and considers applicants without regard to race or religion.
"""


def test_chunks_follow_sections_and_leave_out_benefits_and_eeo():
    found = chunks(DESCRIPTION)
    # "What You Will Do" ends the company's About section: the job's own content is a passage of its own
    assert [section for section, _, _ in found] == ["about", "other", "required"]
    assert found[0][1] == "Kestrel Health builds software that hospitals use to schedule operating rooms."
    assert found[1][1] == ("You will train detection models on laparoscopic video. "
                           "You will ship them to the operating room.")
    text = " ".join(t for _, t, _ in found)
    assert "vacation" not in text and "equal opportunity" not in text


def test_chunks_stay_within_the_limit_even_for_a_run_on_sentence():
    sentence = " ".join(["pipelines"] * 400)
    found = chunks(f"Requirements\n{sentence}\nShort line after it.")
    assert all(len(text) <= MAX_CHARS for _, text, _ in found)
    assert sum(text.count("pipelines") for _, text, _ in found) == 400
    assert found[-1][1].endswith("Short line after it.")


def test_title_first_and_title_in_front_of_what_the_model_reads():
    items = passages([{"id": "p1", "title": "ML Engineer, Imaging", "description": DESCRIPTION}])
    assert (items[0].passage_no, items[0].section, items[0].text) == (0, "title", "ML Engineer, Imaging")
    assert items[3].model_text == "ML Engineer, Imaging: 3+ years of PyTorch."
    assert [(p.passage_no, p.section) for p in items] == [(0, "title"), (1, "about"), (2, "other"), (3, "required"),
                                                          (4, "summary")]
    summary = items[4]
    assert summary.model_text.startswith("ML Engineer, Imaging About Us Kestrel Health builds software")
    assert summary.text == summary.model_text and len(summary.text) <= SUMMARY_CHARS
    assert not any(p.is_shared for p in items)


def test_passages_two_postings_share_are_read_bare_and_hash_once():
    about = "About us\nLedgerline automates month-end close for finance teams at mid-sized companies.\n"
    batch = [{"posting_id": "a", "title": "Data Engineer", "description": about + "Build dbt models for invoices."},
             {"posting_id": "b", "title": "ML Engineer", "description": about + "Forecast cash flow for customers."}]
    items = passages(batch)
    shared = [p for p in items if p.is_shared]
    assert [p.posting_id for p in shared] == ["a", "b"]
    assert all(p.model_text == p.text for p in shared)
    texts = unique_texts(items, "m")
    assert len(texts) == len(items) - 1  # the shared paragraph is encoded once
    assert [(p.section, p.is_shared) for p in items if p.posting_id == "a"] == [
        ("title", False), ("other", True), ("other", False), ("summary", False)]
    assert content_hash("x", "model-a") != content_hash("x", "model-b")


def test_a_posting_without_description_still_has_its_title():
    items = passages([{"id": 7, "title": "  Data   Scientist ", "description": None}])
    assert [(p.posting_id, p.text) for p in items] == [("7", "Data Scientist")]
