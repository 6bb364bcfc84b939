"""Measure the enrichment rules against the hand-labelled corpus postings and write docs/quality.md.

    python bench/quality.py              # print the figures and rewrite docs/quality.md
    python bench/quality.py --mistakes   # also print every disagreement with its evidence

The development set (labelled before the rules existed, then developed against) and eight held-out
sets, each labelled before the rules ran on it. A held-out set's first run is the honest
figure; docs/quality.md keeps those next to the current ones.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.corpus_postings import ats_postings, board_postings, corpus_root, labelled_postings  # noqa: E402
from models.enrich.posting import posting_level_features  # noqa: E402

LABELS = REPO / "tests" / "data" / "enrichment_labels.csv"


def _held_out_number(path: Path) -> int:
    """enrichment_labels_heldout.csv is the first set; heldoutN.csv is the Nth."""
    suffix = path.stem.removeprefix("enrichment_labels_heldout")
    return int(suffix) if suffix else 1


# In the order they were labelled, read from the files so a new set is scored without editing this list.
HELD_OUT_SETS = tuple(sorted((REPO / "tests" / "data").glob("enrichment_labels_heldout*.csv"), key=_held_out_number))
REREAD = REPO / "tests" / "data" / "enrichment_labels_reread.csv"
CLASSES = ["required", "equivalent_ok", "preferred", "not_required", "not_mentioned"]


def read_labels(path: Path = LABELS) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines))


def _years(value: str) -> float | None:
    return float(value) if value.strip() else None


@lru_cache(maxsize=2)
def _corpus_by_id(root: Path) -> dict[str, dict[str, Any]]:
    """Every corpus posting a label file may name, by id: parsed once per run (about 2 s), not once per label
    file."""
    return {p["id"]: p for p in (*labelled_postings(root), *ats_postings(root), *board_postings(root))}


def evaluate(root: Path | None = None, path: Path = LABELS) -> dict[str, Any]:
    """Predictions next to labels for every posting of one label file, and the per-feature agreement."""
    labels = read_labels(path)
    postings = _corpus_by_id(root or corpus_root())
    rows = []
    for label in labels:
        # what the posting_features asset computes, from the same text and structured fields
        got = posting_level_features(postings[label["id"]])
        rows.append({
            "id": label["id"], "label": label, "got": got,
            "degree_ok": got["degree_requirement"] == label["degree_requirement"],
            "level_ok": got["degree_level"] == label["degree_level"],
            "free_ok": got["is_degree_free"] == _is_free(label["degree_requirement"]),
            "years_ok": got["min_years_experience"] == _years(label["min_years"]),
        })
    total = len(rows)
    confusion = Counter((r["label"]["degree_requirement"], r["got"]["degree_requirement"]) for r in rows)
    return {
        "rows": rows, "total": total, "confusion": confusion,
        "accuracy": {name: sum(r[f"{name}_ok"] for r in rows) / total for name in ("degree", "free", "level", "years")},
        "classes": Counter(r["label"]["degree_requirement"] for r in rows),
    }


def _is_free(degree_requirement: str) -> bool:
    return degree_requirement in ("not_mentioned", "not_required", "equivalent_ok")


def label_consistency(reread: Path = REREAD) -> dict[str, Any]:
    """How often a second, blind reading of labelled postings gave the same labels as the first: the ceiling
    any rule can be measured against. Reads the label files only, so it needs no corpus."""
    first = {row["id"]: row for path in (LABELS, *HELD_OUT_SETS) for row in read_labels(path)}
    rows = read_labels(reread)
    agree = Counter()
    differ = []
    for second in rows:
        label = first[second["id"]]
        same = {
            "degree": label["degree_requirement"] == second["degree_requirement"],
            "free": _is_free(label["degree_requirement"]) == _is_free(second["degree_requirement"]),
            "level": label["degree_level"] == second["degree_level"],
            "years": _years(label["min_years"]) == _years(second["min_years"]),
        }
        agree.update(name for name, ok in same.items() if ok)
        if not all(same.values()):
            differ.append((second["id"], label, second))
    return {"total": len(rows), "agree": {name: agree[name] for name in ("degree", "free", "level", "years")},
            "differ": differ}


def _table(name: str, result: dict[str, Any]) -> list[str]:
    acc, total = result["accuracy"], result["total"]
    return [
        f"### {name} ({total} postings)",
        "",
        "| feature | agreement | target |",
        "|---|---|---|",
        f"| degree class (5 classes) | {acc['degree']:.1%} | ≥ 95% |",
        f"| degree-free vs not | {acc['free']:.1%} | ≥ 98% |",
        f"| degree level | {acc['level']:.1%} | – |",
        f"| minimum years, exact | {acc['years']:.1%} | ≥ 95% |",
        "",
        "Labelled classes: " + ", ".join(f"{c} {result['classes'][c]}" for c in CLASSES) + ".",
        "",
        "Degree class confusion matrix (rows: label, columns: predicted):",
        "",
        "| label \\ predicted | " + " | ".join(CLASSES) + " |",
        "|---|" + "---|" * len(CLASSES),
        *[f"| {label} | " + " | ".join(str(result["confusion"].get((label, p), 0)) for p in CLASSES) + " |"
          for label in CLASSES],
        "",
    ]


def _disagreements(result: dict[str, Any]) -> list[str]:
    lines = []
    for r in result["rows"]:
        got = []
        if not r["degree_ok"]:
            got.append(f"degree {r['got']['degree_requirement']} (label {r['label']['degree_requirement']})")
        if not r["level_ok"]:
            got.append(f"level {r['got']['degree_level']} (label {r['label']['degree_level']})")
        if not r["years_ok"]:
            got.append(f"min years {r['got']['min_years_experience']} (label {r['label']['min_years'] or 'none'})")
        if got:
            lines.append(f"- `{r['id']}`: " + "; ".join(got))
    return lines


def _consistency(result: dict[str, Any]) -> list[str]:
    total, agree = result["total"], result["agree"]
    differ = "; ".join(f"`{i}` first {a['degree_requirement']}, then {b['degree_requirement']}"
                       + (f": {b['note']}" if b.get("note") else "") for i, a, b in result["differ"]) or "none"
    return [
        f"**Are the labels themselves reliable?** {total} labelled postings, drawn at random from the development",
        "set and held-out sets 1–6, were labelled a second time from their text alone, without their ids or",
        "first labels in view (`tests/data/enrichment_labels_reread.csv`). The two readings agree on the degree",
        f"class for {agree['degree']} of {total}, degree-free {agree['free']}, level {agree['level']} and minimum",
        f"years {agree['years']} (where they differ: {differ}). The",
        "same reader labelled both times, so this measures consistency, not agreement between people; within",
        "it, the first runs' shortfall is the rules' error on unseen wording, not noise in the labels.",
        "",
    ]


def report(development: dict[str, Any], held_outs: list[dict[str, Any]],
           consistency: dict[str, Any] | None = None) -> str:
    """docs/quality.md: first-run figures, how each set was made, then current tables, newest set first."""
    newest_first = list(enumerate(held_outs, start=1))[::-1]
    lines = [
        "# Enrichment quality",
        "",
        "Measured by `python bench/quality.py` (`make quality`) on real postings from `../shared/corpus` (the",
        "four datasets, the HN threads, the Ashby and Lever boards for the fifth held-out set, and the other",
        "boards and career pages for the sixth). Label definitions: `docs/features.md`.",
        "",
        "**The honest generalisation figure is each held-out set's first run**, made before any rule was",
        "changed for it. After a set's disagreements have been looked at and fixed it measures fit, like the",
        "development set; a new figure needs a new set. The current tables below are regression floors.",
        "",
        "| set | labelled | degree class | degree-free | level | minimum years |",
        "|---|---|---|---|---|---|",
        "| held-out 1, first run (2026-11-22) | 32 | 87.5% | 90.6% | 93.8% | 93.8% |",
        "| held-out 2, first run (2026-11-23) | 36 | 83.3% | 88.9% | 91.7% | 91.7% |",
        "| held-out 3, first run (2026-11-23) | 38 | 97.4% | 97.4% | 94.7% | 94.7% |",
        "| held-out 4, first run (2026-11-23) | 50 | 94.0% | 96.0% | 94.0% | 90.0% |",
        "| held-out 5 (ATS boards), first run (2026-11-23) | 50 | 84.0% | 84.0% | 86.0% | 92.0% |",
        "| held-out 6 (other boards), first run (2026-11-23) | 31 | 83.9% | 87.1% | 83.9% | 74.2% |",
        "| held-out 7, first run (2026-11-23) | 44 | 90.9% | 93.2% | 97.7% | 90.9% |",
        "| held-out 8, first run (2026-11-23) | 44 | 90.9% | 95.5% | 97.7% | 93.2% |",
        "| held-out 9, first run (2026-11-23) | 44 | 95.5% | 95.5% | 95.5% | 93.2% |",
        "| held-out 10, first run (2026-11-24) | 44 | 90.9% | 90.9% | 95.5% | 100.0% |",
        "| held-out 11, first run (2026-11-24) | 44 | 95.5% | 95.5% | 97.7% | 93.2% |",
        "| held-out 12, first run (2026-11-24) | 44 | 97.7% | 97.7% | 97.7% | 97.7% |",
        "| held-out 13, first run (2026-11-24) | 56 | 91.1% | 96.4% | 98.2% | 94.6% |",
        "| held-out 14, first run (2026-11-24) | 56 | 96.4% | 98.2% | 92.9% | 92.9% |",
        "| held-out 15, first run (2026-11-24) | 56 | 94.6% | 96.4% | 98.2% | 98.2% |",
        "| held-out 16, first run (2026-11-24) | 56 | 89.3% | 92.9% | 98.2% | 98.2% |",
        "| held-out 17, first run (2026-11-24) | 56 | 94.6% | 96.4% | 91.1% | 91.1% |",
        "| held-out 18, first run (2026-11-24) | 56 | 98.2% | 100.0% | 96.4% | 94.6% |",
        "| held-out 19, first run (2026-11-24) | 56 | 92.9% | 98.2% | 94.6% | 94.6% |",
        "| held-out 20, first run (2026-11-24) | 56 | 96.4% | 96.4% | 94.6% | 91.1% |",
        "| held-out 21, first run (2026-11-24) | 56 | 98.2% | 98.2% | 100.0% | 98.2% |",
        "| held-out 22, first run (2026-11-24) | 56 | 98.2% | 100.0% | 98.2% | 98.2% |",
        "| held-out 23, first run (2026-11-24) | 56 | 94.6% | 96.4% | 98.2% | 94.6% |",
        "| held-out 24, first run (2026-11-24) | 56 | 96.4% | 96.4% | 98.2% | 94.6% |",
        "| held-out 25, first run (2026-11-24) | 56 | 94.6% | 98.2% | 100.0% | 100.0% |",
        "| held-out 26, first run (2026-11-24) | 56 | 83.9% | 91.1% | 94.6% | 96.4% |",
        "| held-out 27, first run (2026-11-24) | 56 | 92.9% | 94.6% | 94.6% | 94.6% |",
        "| held-out 28, first run (2026-11-24) | 56 | 96.4% | 96.4% | 96.4% | 92.9% |",
        "| all twenty-eight first runs pooled | 1397 | 93.2% | 95.3% | 95.6% | 94.3% |",
        "| target | | ≥ 95% | ≥ 98% | – | ≥ 95% |",
        "",
        "**The rules do not meet the targets on text they have not seen.** The first two first runs were",
        "well below them; the third met the degree-class target (37 of 38) and missed the other two by one",
        "posting each; the fourth missed all three (degree class 47 of 50, degree-free 48 of 50, minimum",
        "years 45 of 50). The fifth, the first drawn from the ATS boards byway crawls rather than the dataset",
        "CSVs, was the worst since the second: degree class and degree-free 42 of 50, minimum years 46 of 50.",
        "Five of its eight degree misses were one sentence that a single board repeats in every posting. The",
        "sixth, every remaining board in the corpus, was worse again on years (23 of 31): three of its eight",
        "misses were years the platform states only in a structured field the rules did not read, and one",
        "degree miss was a career page whose requirements sit in schema.org's `qualifications`. The seventh, a",
        "fresh random draw from the dataset CSVs and HN after six rounds of fixes, landed where the pooled",
        "figure already was (degree class 40 of 44, degree-free 41, minimum years 40): the fixes of each round",
        "have not moved the first-run figure of the next. The eighth, drawn the same way after seven rounds,",
        "did the same on the degree class (40 of 44) and came closer on degree-free (42) and minimum years",
        "(41), still short of all three targets. The ninth, the same way after eight rounds, met the",
        "degree-class target (42 of 44) and missed degree-free (42) and minimum years (41) by one and two",
        "postings. The tenth, the same way after nine rounds, got every minimum year right (44 of 44) but",
        "fell back on the degree class and degree-free (40 of 44 each). The eleventh, the same way after ten",
        "rounds, met the degree-class target (42 of 44) and missed degree-free (42) and minimum years (41).",
        "The twelfth, the same way after eleven rounds, was the best first run so far: it met the degree-class",
        "(43 of 44) and minimum-years (43) targets and missed degree-free by its one miss (43 of 44, 97.7%",
        "against 98%; on 44 postings only 44 of 44 reaches 98%). One good set is within the spread of the",
        "others, so it does not show that the rules now generalise, and the thirteenth, drawn the same way",
        "right after it and larger (56, so that one miss could still meet 98%), fell back: degree class 51 of",
        "56 (91.1%), degree-free 54 (96.4%), minimum years 53 (94.6%), all three short. The fourteenth, the",
        "same way and size, met the degree-class (54 of 56, 96.4%) and degree-free (55, 98.2%) targets, the",
        "first set to meet the degree-free one, and missed minimum years (52, 92.9%). The fifteenth, the same",
        "way and size, met minimum years (55 of 56, 98.2%) and missed degree class (53, 94.6%) and degree-free",
        "(54, 96.4%). The last four of those sets (12–15, 212 postings; a window picked after seeing the",
        "figures) gave 94.8%, 97.2% and 95.8%, which looked like a trend toward the targets. The sixteenth,",
        "the same way and size, did not continue it: minimum years 55 of 56 (98.2%), degree class 50 (89.3%)",
        "and degree-free 52 (92.9%), its worst degree figures since the sixth set. The seventeenth, the same",
        "way and size, missed all three: degree class 53 of 56 (94.6%), degree-free 54 (96.4%), minimum years",
        "51 (91.1%). The eighteenth, the same way and size, met the degree-class target (55 of 56, 98.2%)",
        "and degree-free (56 of 56, the first first run without a degree-free miss) and missed minimum years",
        "(53, 94.6%) by one posting. One set is within the spread of the others, as the twelfth showed, and",
        "the nineteenth, the same way and size, fell back on the degree class (52 of 56, 92.9%) while meeting",
        "degree-free (55, 98.2%) and missing minimum years (53, 94.6%). The twentieth, the same way and size,",
        "met the degree-class target (54 of 56, 96.4%) and missed degree-free (54, 96.4%) and minimum years",
        "(51, 91.1%). The twenty-first, the same way and size, was the first to meet all three targets:",
        "degree class, degree-free and minimum years 55 of 56 each (98.2%). One set is within the spread of",
        "the others, as the twelfth and eighteenth showed, so the twenty-second was drawn the same way right",
        "after it: it met all three again (degree class 55 of 56, degree-free 56 of 56, minimum years 55).",
        "Together the two (112 postings) give degree class 98.2% (95% Wilson interval 93.7–99.5%), degree-free",
        "99.1% (95.1–99.8%) and minimum years 98.2% (93.7–99.5%): every interval still reaches below its",
        "target, so two sets do not show that the targets are met, though no earlier pair of sets came",
        "close. The twenty-third, drawn the same way (with one indeedmy2021 posting, the last unlabelled one,",
        "and the other five spread over the rest), fell back below all three: degree class 53 of 56 (94.6%),",
        "degree-free 54 (96.4%), minimum years 53 (94.6%). The last three sets (21–23, 168 postings) give",
        "97.0% (93.2–98.7%), 98.2% (94.9–99.4%) and 97.0% (93.2–98.7%). The twenty-fourth, drawn the same",
        "way (indeedmy2021 has no unlabelled posting left, so 20 linkedin, 21 glassdoor2020 and 15 hn), met",
        "the degree-class target (54 of 56, 96.4%) and missed degree-free (54, 96.4%) and minimum years (53,",
        "94.6%). The twenty-fifth, the same way, met degree-free (55 of 56, 98.2%) and minimum years (56 of",
        "56, the first first run without a years miss) and missed the degree class (53, 94.6%) by one posting.",
        "The twenty-sixth, the same way, was the worst first run since the sixth set on the degree: degree",
        "class 47 of 56 (83.9%), degree-free 51 (91.1%), minimum years 54 (96.4%). Nine of its ten misses",
        "were shapes no earlier set had (a list whose bullets became runs of blanks, 'Even better:' and",
        "'Desired Skills and Experience' as headings, 'or extensive relevant work experience', an enrolment",
        "asked mid-sentence, a focus within the field marked preferred). It is the plainest evidence yet that",
        "the good runs of sets 21, 22 and 25 do not show the rules generalising: each new draw still finds",
        "new shapes. The twenty-seventh, the same way, missed all three: degree class 52 of 56 (92.9%),",
        "degree-free 53 (94.6%), minimum years 53 (94.6%). The twenty-eighth met the degree-class target",
        "(54 of 56, 96.4%) and missed degree-free (54, 96.4%) and minimum years (52, 92.9%); one of its labels",
        "was corrected after the first run (below), and the figures count the rules against the corrected",
        "label. The five sets drawn in the sixteenth session (24–28, 280 postings) give degree class 92.9%",
        "(89.2–95.3%), degree-free 95.4% (92.2–97.3%) and minimum years 95.7% (92.7–97.5%); the last eight",
        "sets (21–28, 448) give 94.4% (91.9–96.2%), 96.4% (94.3–97.8%) and 96.2% (94.0–97.6%). Pooled over all",
        "1,397 held-out postings, the first-run figures are degree class 93.2% (91.8–94.4%), degree-free 95.3%",
        "(94.0–96.3%) and minimum years 94.3% (92.9–95.4%).",
        "Each set turned up shapes of text no earlier set had, and every fix made for one set has kept the",
        "earlier sets at their current figures below.",
        "",
        *(_consistency(consistency) if consistency else []),
        "- **Development set** (`tests/data/enrichment_labels.csv`, 175 postings): labelled by reading each",
        "  posting before any rule existed; the rules were then written against it, so its figure measures",
        "  fit, not generalisation. Where a rule disagreed the posting was re-read: 10 first-pass labels were",
        "  corrected because the first read had missed a heading or a sentence (a `Preferred:` heading above",
        "  the degree line, a requirement in run-on text), and 4 to apply one definition consistently (a named",
        "  level such as `BS` beats a generic 'degree'; 'degree in X or equivalent' names an equivalent field).",
        "- **Held-out set 1** (`tests/data/enrichment_labels_heldout.csv`, 32 postings): labelled after the",
        "  rules were written and before they were run on it, near-duplicates of the development set left out.",
        "  Of its 7 first-run disagreements one was a misread label (corrected) and six led to rule fixes (a",
        "  lead-in line 'Bonus if you have', '(Not Required)' after a degree, 'coursework' over-excluded, years",
        "  for alternative levels, '10+ of … experience', a domain preference read as a preference for the",
        "  figure).",
        "- **Held-out set 2** (`tests/data/enrichment_labels_heldout2.csv`, 36 postings, drawn at random per",
        "  source, no labels changed): 9 first-run disagreements, 8 fixed in the rules — ' + ' used as an",
        "  inline bullet, 'HS diploma or GED' (glued to the next line) read as a degree, 'degree or demonstrated",
        "  relevant progressive experience' not seen as an alternative, 'no B.S. environment', an internship's",
        "  'Undergraduate with expertise in …' read as an ask, a heading glued to its first figure ('Preferred",
        "  … Experience5+ years'), and company history ('75 years in business', 'About X: With over 25 years').",
        "  The ninth stays: Indeed's form text 'Education:Master's (Preferred)Bachelor' leaves a bare",
        "  'Bachelor' that the rules read as required.",
        "- **Held-out set 3** (`tests/data/enrichment_labels_heldout3.csv`, 38 postings, drawn at random per",
        "  source, no labels changed): 5 first-run disagreements, all fixed in the rules — 'undergrad' not read",
        "  as a bachelor's, 'Associate of the Society of Actuaries' read as an associate degree, a sentence",
        "  'Or equivalent work experience' after the degree sentence not seen as its alternative, years offered",
        "  'in lieu of degree' 70 characters after the figure, and figures for two levels of hire in two",
        "  sentences ('senior positions … 5+ years', 'junior level applicants … 1-3 years').",
        "- **Held-out set 4** (`tests/data/enrichment_labels_heldout4.csv`, 50 postings, drawn at random per",
        "  source with seed 2026112304, committed before the rules ran on them, no labels changed): 10",
        "  first-run disagreements, 9 fixed in the rules — 'M.S. clinics' (multiple sclerosis) read as a",
        "  master's, 'associate’s or bachelor’s degree' read as bachelor, 'Bachelor degree, preferably major in",
        "  …' read as a preferred degree, 'Degree, Masters or Ph.D' read as master, a certification offered",
        "  before the degree ('… Pilates Certification, or Bachelors') not seen as an alternative, '2 years",
        "  contract management experience' dropped as a contract's length, '5-year experiences' not read,",
        "  '25 years of innovation' read as a requirement, 'Nice To HaveDegree …' (a heading glued to its",
        "  first item) not seen as a preferred section, and a figure for senior hires ('will be considered",
        "  for senior positions') read as the role's minimum. Checked on the whole corpus: 25 postings",
        "  changed. The first attempt's side effects ('four-year degree' read as 4 years in six postings, 'a",
        "  1-year appointment', 'a 30-year hygienist', '150-years' read as 50) led to reading a hyphenated",
        "  figure only when experience follows it, and never inside a longer number (which also fixed '135+",
        "  year track record' read as 35).",
        "  The tenth stays: one Charter posting gives its years as a table ('Related Work Experience Number",
        "  of Years' with rows ending '5+'), a layout no other corpus posting uses.",
        "- **Held-out set 5** (`tests/data/enrichment_labels_heldout5.csv`, 50 postings from the Ashby and",
        "  Lever boards of the corpus, drawn at random with seed 2026112305, at most 6 per board, committed",
        "  before the rules ran on them, no labels changed): 12 first-run disagreements, all fixed in the",
        "  rules — Taktile's 'some of us have no degree at all' (about the team, in five postings) read as an",
        "  ask, 'Currently enrolled in a PhD degree' and 'Currently enrolled in a 2-year MBA program' (an",
        "  internship's enrolment) read as degree asks, 'or equivalent research experience' not seen as an",
        "  alternative, 'program/project management' dropped as a program's length, and three times a second",
        "  figure ('10+ years in X or Y, with at least 3 years in a management role') taken as an alternative",
        "  to the first because an 'or' joined two fields between them. Checked on the whole corpus, ATS",
        "  boards included: 50 postings changed, each read; besides the fixes above, three degree ladders",
        "  ('PhD with 0-3 years … or MS with 10+ years') now give the base case as documented, and 'a one (1)",
        "  year break in service' is no longer read as experience. Reading the rules' answers on the other",
        "  255 ATS postings (unlabelled) then found seven more shapes, also fixed: 'master of getting things",
        "  done', 'enrolled at a university … in a Master's or PhD program', 'or equivalent training,",
        "  fellowship, or work experience', 'or relevant equivalent experience', a preferred advanced degree",
        "  after ' - ' read as qualifying the whole line, alternatives of years whose first field list holds an",
        "  'and' ('2+ years utilizing Python and SQL …, or 3+ years …'), and '…; or 7+ years equivalent",
        "  experience' (years instead of the degree) taken as the role's minimum.",
        "- **Held-out set 6** (`tests/data/enrichment_labels_heldout6.csv`, 31 postings: every posting of the",
        "  corpus' Personio feed, RemoteOK, Remotive and We Work Remotely files, schema.org career pages and",
        "  single SmartRecruiters and Greenhouse jobs with a real description, read by byway's parsers;",
        "  lorem-ipsum demo positions, clipped and repeated texts left out; committed before the rules ran on",
        "  them, no labels changed): 11 postings disagreed on the first run (5 degree classes, one more level,",
        "  8 minimum years), all fixed. Five were wiring, not wording: Personio's `years_of_experience`",
        "  ('2-5') was never read (it and schema.org's `monthsOfExperience` are now the fallback when the text",
        "  states no figure), and a Meta page states its degree and years only in schema.org `qualifications`",
        "  (now read after the description). Found beside them: the degree rule read schema.org's own field",
        "  names while the JSON-LD parser stores `education_requirements` and",
        "  `experience_in_place_of_education`, so no career page's structured credential had ever counted.",
        "  RemoteOK's API sends UTF-8 read as Latin-1 ('2â\\x80\\x935 years'), now repaired by the parsers.",
        "  The wording fixes: 'No",
        "  specific degree required', 'degree (or equivalent)', '3 years for those with advanced degrees'",
        "  read as a master's ask, 'Intention to graduate with …' and 'Currently pursuing or recently",
        "  completed a Bachelor's, Master's, or Ph.D.' (an enrolment the clause split had parted), 'has spent",
        "  more than 20 years building' (company history), 'candidates who have approximately 0–2+ years'",
        "  (read as someone else's history), 'Our ideal candidate has 7+ years' (a preference beside a",
        "  required 5+), and an inline 'Compensation: …' line that turned the rest of a posting into",
        "  benefits (a content heading such as 'What You'll Do' now ends a section). Checked on the whole",
        "  corpus: six other postings changed, each now right (three HN comments with the same mis-encoding,",
        "  'people who have at least 2 years', a Preferred section that ran on over 'Responsibilities' and a",
        "  benefits section over 'More About the Position').",
        "- **Held-out set 7** (`tests/data/enrichment_labels_heldout7.csv`, 44 postings drawn at random with",
        "  seed 2026112306 from the LinkedIn, Glassdoor and JobStreet CSVs and the HN threads, as for set 4;",
        "  committed before the rules ran on them, no labels changed): 6 postings disagreed on the first run,",
        "  all fixed. Degree: '2 years … can be substituted for degree' read as a degree ask beside a",
        "  preferred bachelor's, 'or > 2 years experience' not seen as an alternative, an alternative on the",
        "  next line ('… related discipline (…) OR' / '2 years of related work …'; a line ending on 'or' now",
        "  continues on the next, except a state after a comma, 'Portland, OR'), and 'We are not so concerned",
        "  with your formal credentials' (a waiver). Years: a Required Skills item '4-7 years Python and Java",
        "  programming' (no 'of' or 'experience' after the figure; an item of a requirements list that opens",
        "  with a figure now counts, unless a credential follows: '4 Year Degree'), and 'Bachelor's … or 2+",
        "  years of experience (Master's Degree and 5+ years of experience preferred)' read as 5 (a preference",
        "  inside parentheses was ignored even for the figure it encloses; and when a posting offers years",
        "  instead of a degree it has stated its requirement, so preferred figures no longer fill in).",
        "  Checked on the whole corpus: 25 postings changed, each read and each now right, among them a",
        "  JobStreet block 'Experience:' / '4 Year' (three postings), 'Relevant Work Experience' / '0-2",
        "  Years', 'at least 3 years (5+ years is preferred)' (was 5), and an HN comment on EU Blue Card",
        "  rules ('if you have a CS degree or at least 5 years … you probably qualify') no longer read as",
        "  the job's ask. Then, from the notes of earlier sessions (not a held-out set): 'Advanced degree …",
        "  and/or relevant certifications' and 'degree or higher or equivalent in a related field' are now",
        "  alternatives, and an alternative offered inside a preference ('PhD, MPH, or equivalent professional",
        "  experience preferred') no longer turns a required bachelor's elsewhere into `equivalent_ok`",
        "  (5 corpus postings changed, each read).",
        "- **Held-out set 8** (`tests/data/enrichment_labels_heldout8.csv`, 44 postings drawn at random with",
        "  seed 2026112307 from the same four sources as sets 4 and 7; committed before the rules ran on them,",
        "  no labels changed): 6 postings disagreed on the first run, all fixed. Degree: a lead-in 'Valued but",
        "  not required …' above a bachelor's not read as a preferred section; a public-sector ladder whose",
        "  first path has no degree ('High school diploma/GED with five (5) years of experience. Associates",
        "  degree with three (3) years …') read as `required` (a high-school path with years is now an",
        "  alternative); 'Ph.D. … and 2+ years of relevant laboratory experience, pharmaceutical or",
        "  biotechnology industry preferred' read as a preferred PhD (a preference for an industry after a",
        "  comma qualifies the industry); and 'programming languages like SQLDegree in …', an acronym glued to",
        "  the degree, not split. Years: 'certificates issued within the last four years' (a recency window),",
        "  'We plan 30 years ahead' and, under 'More about us', 'a new drug can take over $1B and 15 years'",
        "  (an 'About us' section's figure now counts only in the candidate's voice or beside 'experience').",
        "  Checked on the whole corpus: 27 postings changed, each read and each now right, among them seven",
        "  headings glued to their degree ('MINIMUM QUALIFICATIONSBachelor’s degree', was level `any`), two",
        "  more high-school paths ('… OR High School Diploma/GED and at least 5 years'), 'PhD with at least",
        "  3 years of postdoc or equivalent experience in industry' (the equivalent is to the postdoc, not the",
        "  degree: `required`), '(Associates Degree prefered)' (a degree named only inside parentheses takes",
        "  the preference there, misspelt or not), '(Masters / PHDs would be an advantage)' no longer read as",
        "  a required master’s (three postings), and 'Education Substitution: Four (4) years … may substitute' (an",
        "  alternative; 'Higher education can substitute for experience', the reverse, is not).",
        "- **Held-out set 9** (`tests/data/enrichment_labels_heldout9.csv`, 44 postings drawn at random with",
        "  seed 2026112308 from the same four sources; committed before the rules ran on them, no labels",
        "  changed): 6 postings disagreed on the first run, all fixed. Degree: 'McPhail Associates offers …'",
        "  read as an associate's degree (the pattern took 'of' at the start of 'offers'), and 'a strong",
        "  machine learning background with experience in search … or a MS/PHD in a related field' read as",
        "  `required` (a degree offered as the other path to experience is now an alternative, but not in a",
        "  ladder of degrees, not where years are traded for the degree, and not in 'are encouraged to",
        "  apply'). Years: Indeed's 'Experience level:5 years' glued after 'Yearly pay' sat on a benefits line",
        "  (the board's Experience and Education fields glued to a short word now start a line); 'Bachelor’s",
        "  degree … or 3-5 years related … experience preferred' (a range of years instead of the degree) read",
        "  as 3; and '4 - 6 years for Data Science Lead role' / '0 - 3 years for Data Scientist role' read as 4",
        "  (a role named after 'for' is a level of hire, so the lowest counts). And an attorney posting's",
        "  'Prefer LLM in tax or estate planning' (a Master of Laws) was not read as a degree: 'LL.M' now is,",
        "  and plain 'LLM' only before a field of law, since in the ML postings byway is for it is a large",
        "  language model. Checked on the whole corpus: 8 other postings changed, each read and each now",
        "  right: two more copies of the McPhail posting, one of the Scribd comment,",
        "  'Each Lee & Associates office …' (was a required degree of level `any`) and three 'degree or N-M",
        "  years' alternatives ('Associate Degree or 1-2 years of experience desired' asks for no years), and",
        "  a federal ladder whose lowest path is '… or LL.M., if related' (level `phd`, now `master`).",
        "- **Held-out set 10** (`tests/data/enrichment_labels_heldout10.csv`, 44 postings drawn at random with",
        "  seed 2026112309 from the same four sources; committed before the rules ran on them, no labels",
        "  changed): 5 postings disagreed on the first run, all fixed. Degree: 'BS or equivalent in CS, …' was",
        "  read as `required` ('or equivalent' right after BS, BA, MS and their dotted forms is now an",
        "  alternative, as after 'degree'); 'A combination of education and experience including through",
        "  military service, will also be considered', a sentence of its own after the degree, was not read at",
        "  all (two copies of one posting); 'Job Requirements: Working towards a degree in …' (an internship",
        "  for students) was read as a degree ask; and a sales role 'responsible for the Gulf Coast area (TX,",
        "  LA, MS, AL)' was read as asking for a master's ('MS' in a list of US states is Mississippi), which",
        "  then showed 'Must have: Bachelor's degree, ideally in engineering' read as a preferred degree",
        "  ('ideally in' a field qualifies the field, as 'preferably in' does). Checked on the whole corpus:",
        "  two other postings changed, each read and each now right: an HN comment on 'transfers from limited",
        "  states (AL, ID, IL, GA, MS, …)' (was a required master's) and '… 3-6 years of experience in",
        "  Marketing — ideally in hospitality' (the degree before it was `preferred`, now `required`).",
        "- **Held-out set 11** (`tests/data/enrichment_labels_heldout11.csv`, 44 postings drawn at random with",
        "  seed 2026112310 from the same four sources; committed before the rules ran on them): 4 postings",
        "  disagreed on the first run, all fixed in the rules but one label. Degree: 'Bachelor's degree in … or",
        "  specialized experience in scientific or technical discipline' was read as `required` (three copies",
        "  of one posting), and a federal posting's three paths ('Education: Ph.D. … or LL.M., if related. …",
        "  OR Experience: … at least one year … OR Combination of Education and Experience') were read as a",
        "  required degree and one year: the third path is now an alternative, and the years on the path",
        "  without education do not count (one other federal posting of the corpus lost its 1 year the same",
        "  way). Years: 'Two to five (2-5) years' (a parenthesis repeating the range) was not read, and",
        "  'Professional training certification or a minimum of 5 years … strongly desired' counted 5 (years",
        "  instead of a certification now count as little as years instead of a degree do). The level miss",
        "  was the label's: the federal posting's level was labelled `phd`, but its lowest path is an LL.M., a",
        "  master's, and alternatives for levels give the lowest (the ninth set's notes made the same call);",
        "  the label is corrected to `master`. Checked on the whole corpus: no other posting changed.",
        "- **Held-out set 12** (`tests/data/enrichment_labels_heldout12.csv`, 44 postings drawn at random with",
        "  seed 2026112311 from the same four sources; committed before the rules ran on them, no labels",
        "  changed): 2 postings disagreed on the first run, both fixed. Degree: '… other related duties as",
        "  required. Preferred Experience · BSEE, BSME: 3-5+ years' experience …' was read as no degree at all:",
        "  an engineering bachelor's by its initials (BSEE, BSME, BSCE, BSCS, BSIE, BSChE; MSEE and MSCS for",
        "  a master's, not MSME, a small business) was not a level, and the heading 'Preferred Experience',",
        "  glued to the end of the sentence before it where the dataset lost the break, opened no section (a",
        "  short heading-shaped last sentence of a line now opens its section for the next line). Years: 'junior",
        "  scientists are provided with … three years of full support' (a funding window) counted 3. Checked on",
        "  the whole corpus: five other postings changed, each read and each now right: 'Desired",
        "  Qualifications/Certifications:' glued after a sentence (a required bachelor's is now `preferred`),",
        "  a second copy of the funding window, 'BSME or technical degree' (level `any`, now `bachelor`: the",
        "  named level is listed first), and a posting whose benefits heading was glued to a sentence, so its",
        "  PTO tiers ('6-10 years 120 hours') gave 6 years where its requirement, '0-3 years of experience',",
        "  now gives 0. Of the check's perturbed copies, three of one Indeed posting with its line breaks",
        "  removed now give the 3 years the original gives (they read the preferred 5).",
        "- **Held-out set 13** (`tests/data/enrichment_labels_heldout13.csv`, 56 postings drawn at random with",
        "  seed 2026112312 from the same four sources, 18/18/6/14; committed before the rules ran on them, no",
        "  labels changed): 8 postings disagreed on the first run, all fixed. Degree: 'BS + 10 years' (a `+`",
        "  after BS) was not read as a bachelor's; 'Graduate of an accredited AMA approved school of",
        "  respiratory care … Required' was not read as a credential (level `any`), so the preferred bachelor's",
        "  after it decided; '… or related fieldA minimum of 3 years … Preference for crypto/fintech",
        "  experience' (a one-letter word glued to a long one) kept a required degree in a statement with a",
        "  preference; 'PhD or Masters … with minimum of 0- years (PhD) or 3-6 years (MSc) of experience' read",
        "  the MSc path's years as an alternative to the degree; and 'MUST: Education: MS/Ph.D. (Preferred) in",
        "  …' was split into two sentences after 'Ph.D.', so '(Preferred)' qualified nothing (labelled",
        "  `preferred`: the posting says so of the degree, though the line opens with MUST). Years: 'At least 1",
        "  years …, or less than 5 years of working experience' (a ceiling as the other path) gave no minimum;",
        "  '… Hive and Impala for a minimum of three (3) years' at the end of an experience clause was taken for",
        "  company history ('for …'); '2+ years of professional and/or internship marketing experience' was",
        "  dropped as an internship's length. Checked on the whole corpus: six other postings changed, each read",
        "  and each now right: copies of three of these postings, two of 'PhD or MS/BS in Biology with a minimum",
        "  of 2 years (PhD) or 6 years (MS/BS)' (a ladder, now `required` at bachelor's), and 'Graduate of an",
        "  accredited dental program' (now `required`, level `any`).",
        "- **Held-out set 14** (`tests/data/enrichment_labels_heldout14.csv`, 56 postings drawn at random with",
        "  seed 2026112313 from the same four sources, 18/18/6/14; committed before the rules ran on them, no",
        "  labels changed): 8 postings disagreed on the first run, 5 fixed. Degree and level: 'At least 16",
        "  years of work experience (which can include years spent earning advanced degrees)' was read as a",
        "  master's ask beside 'Ph.D. required'; 'A good honors Degree, preferably at postgraduate level' as a",
        "  preferred master's (an honours degree is a bachelor's, and a level hoped for is not a preference",
        "  for the degree); 'Degree or Masters in …' as a master's (a generic degree listed first gives `any`",
        "  without a comma too). Years: 'High School diploma or GED Minimum of 5 years' experience' in a",
        "  posting that names no degree gave none (the high-school path's years now count when no degree is",
        "  named anywhere); '…; preferably a PhD, … plus 8+ years of experience' counted 8 beside the required",
        "  master's 5 (a clause that opens with a preferred higher degree is a preference). Left as they are:",
        "  '1-3 years of relevant experience … and/or bachelor's degree' (read `required` with 1 year; labelled",
        "  `equivalent_ok` with no figure, since either path suffices: telling it apart from '3 years of",
        "  experience or a Master's degree' beside a required bachelor's needs the other statements); a",
        "  ladder whose degree paths are preferred and whose only required path is an actuarial designation",
        "  (5 years read, the master's 7 labelled, a hard call); and 'Graduate level degree … ; 6+ years of",
        "  relevant post-collegiate work experience without graduate degree' (level `master` read; labelled",
        "  `bachelor`, since the other path is after college). Checked on the whole corpus: four other postings",
        "  changed, each read and each now right: a founder 'pursuing her MBA' (no longer a required",
        "  master's), 'Degree/Master in Decision Science' (`any`), 'High School Diploma or GED Required3 - 5",
        "  years' (3) and a copy of the PhD ladder.",
        "- **Held-out set 15** (`tests/data/enrichment_labels_heldout15.csv`, 56 postings drawn at random with",
        "  seed 2026112314 from the same four sources, 18/18/6/14; the sampler now also skips a posting whose",
        "  title and company or opening repeat one already drawn, since sets 13 and 14 each drew one posting",
        "  twice; committed before the rules ran on them, no labels changed): 4 postings disagreed on the first",
        "  run, 3 fixed. Degree: 'Master's Degree Preferred In: …' followed by 'Additional experience will be",
        "  considered in lieu of an advanced degree' was read as a required master's with an alternative (the",
        "  alternative removed only 'in lieu', leaving 'of an advanced degree' as an ask); 'Educational",
        "  qualifications: Graduate in Engg / Stats' (a field of the form, as JobStreet's 'Degree: Graduate')",
        "  was not read as a degree. Years: '… knee implants and instruments backed by 20 years of research'",
        "  (the company's history) counted 20. Left as it is: a list introduced by 'If you don't fit all the",
        "  criteria below please apply anyway as this list is more of a preference rather than a rule' holds",
        "  'Degree in a quantitative field …', read `required` and labelled `preferred`; one posting's wording.",
        "  Checked on the whole corpus: one other posting changed, a copy of the first, now right.",
        "- **Held-out set 16** (`tests/data/enrichment_labels_heldout16.csv`, 56 postings drawn at random with",
        "  seed 2026112315, the same way as set 15; committed before the rules ran on them, no labels",
        "  changed): 7 postings disagreed on the first run, all fixed. Degree: a field of the job glued to a",
        "  requirements list ('…authorized to workPreferred location: Arlington') opened a preferences",
        "  section, so the degree under 'Must-Haves' read as preferred; 'We Also Value' (a county's template",
        "  for its preferences) was not a heading; 'BS Mechanical Engineering' (initials right before the",
        "  field) was not read as a bachelor's; 'Other combinations of education and work experience may be",
        "  acceptable' (plural) and 'or equivalent educ/experience' were not read as alternatives; a ladder",
        "  '… and a Bachelors degree; or 5+ years of similar experience and a Masters degree' read its second",
        "  path as years instead of a degree; 'Bachelors or Masters …, preferably with work experience of over",
        "  2 years' read the degree as preferred. Years: that same 'experience of over 2 years' was not read.",
        "  Checked on the whole corpus: two other postings changed, each read and each now right (a visa-style",
        "  ladder 'with a Bachelor's Degree or at least 2 years … with an Advanced degree', now `required`, and",
        "  'BS Mechanical or Electrical Engineering', now `bachelor`).",
        "- **Corpus audit after set 16** (no labels; not a measure): the statements near 'equivalent',",
        "  'combination of' or 'substitute' in every corpus posting the rules read as `required`, and the",
        "  headings behind every `preferred` result, were read. Twelve more postings were wrong and are now",
        "  right: alternatives worded 'and/or the equivalent in relatable experience', '; or the equivalent of",
        "  four years' experience/education', 'or equivalent industry/technical experience', 'or any",
        "  combination of education, training, and experience' and 'or equivalent professional work",
        "  experience' (two modifiers); 'Degree or Equivalent5+ Years' (a capital 'Years' glued to the word",
        "  before it was not split off); 'Bonus programs and expense allowances' read as the lead-in 'Bonus",
        "  points'; and one county template (three postings), 'advanced degrees (Associates, Bachelor's, and/or",
        "  Master's) preferred, yet a High School diploma or GED is required', whose clause split cut the",
        "  parenthesis and left 'Bachelor's' without its 'preferred'. Then the statements naming a degree",
        "  word in every posting read as `not_mentioned`: three were asks the rules missed, 'A Ph.D. from an",
        "  internationally-recognized institution …' (read as the team's 'PhDs from …'), 'Graduation from an",
        "  accredited four year college or university' and 'A graduate of an ARRT approved … program'; a",
        "  fourth posting changed with them ('such training as may have been gained from a four-year college",
        "  or university', now `equivalent_ok` where it was `preferred`).",
        "- **Held-out set 17** (`tests/data/enrichment_labels_heldout17.csv`, 56 postings drawn at random with",
        "  seed 2026112316, the same way as set 16; committed before the rules ran on them, no labels",
        "  changed): 9 postings disagreed on the first run; 8 are fixed. Degree: 'BA required' (initials right",
        "  before 'required') was not read as a bachelor's, so 'MBA or MS preferred' decided; 'PhD-level data",
        "  scientist interns' (an intern program) read as an ask; 'Master's Degree in …, with a BA/BS in …'",
        "  asks for both, but the clause split let the bachelor's lower the level; a path headed 'Equivalent",
        "  experience: Associates Degree … and at least 10 years' was read as a second requirement instead of",
        "  an alternative. Years: 'minimum 2+ max 6 years' read as 6; '… experience, some of which is within",
        "  established technical organizations' was skipped as the company's own history ('established');",
        "  'Bachelor's degree in another field with two years' experience', the path for a degree outside the",
        "  field, counted; the 'Equivalent experience:' path's 10 years counted; and a ladder whose lines end",
        "  'OR,' was read as three separate requirements, so its no-degree path's 4 years won over the",
        "  bachelor's 2. Left as it is: a list that lost the first word of each item ('You will have:degree,",
        "  post graduate degree preferredyears of experience …') reads as `master`, labelled `any`; reading",
        "  'preferred' glued to the next word changed an upper-cased copy of another posting for the worse.",
        "  Checked on the whole corpus and its perturbed copies: nothing else changed beyond duplicates of",
        "  these postings and one more ladder ('…; or, PhD in …'), now one statement. Then every corpus",
        "  statement of the same kinds ('in another field', a line headed 'Equivalent …:', 'max N years',",
        "  'PhD-level', ', with a BA/BS' after a higher degree) was read: one more posting was wrong,",
        "  'Our product runs on complicated algorithms and PhD-level research' (the work, not an ask), now",
        "  `not_mentioned`.",
        "- **Held-out set 18** (`tests/data/enrichment_labels_heldout18.csv`, 56 postings drawn at random with",
        "  seed 2026112317, the same way as set 17; committed before the rules ran on them, no labels",
        "  changed): 4 postings disagreed on the first run; 3 are fixed. Degree: 'Five years of experience …,",
        "  or two years with a relevant PhDNice to have: …' (a heading glued to 'PhD', and a path through the",
        "  degree that only shortens the years) read as no ask; it is now `equivalent_ok`, and the years 5.",
        "  The same rule, experience alone as one path and the degree as another, reads '1-3 years of relevant",
        "  experience … and/or bachelor's degree', a fourteenth-set posting the rules had missed since. Years:",
        "  'for a minimum 3+ years' (the floor after 'for a') was not read; 'a 20+ year legacy of developing",
        "  …' (the company's history) was. Left as it is: 'PhD level scientist …, or master with 3+ years'",
        "  reads as `phd`, labelled `master` ('master with' alone also opens 'Scrum master with 3 years').",
        "  Checked on the whole corpus and its perturbed copies: nothing else changed.",
        "- **Held-out set 19** (`tests/data/enrichment_labels_heldout19.csv`, 56 postings drawn at random with",
        "  seed 2026112318, the same way as set 18; committed before the rules ran on them, no labels",
        "  changed): 8 postings disagreed on the first run; 6 are fixed. One of its postings",
        "  (hn:16494871) had been read, unlabelled, in the audit after set 17 and was already right. Degree:",
        "  'Certified PM (PMP) and/or Agile Scrum Master' read as a master's (four more corpus postings said",
        "  'Scrum Master' and are now right); 'We are interested in candidates … after completing their MSc",
        "  or PhD' is a hope, not a bar; 'We are a group of PhDs, masters, bachelors, college dropouts …' is",
        "  the team (the clause split had parted the list from its subject); 'The Person We NeedBachelor's",
        "  degree' (a heading glued to the degree) read as a generic degree. Years: a lower-case heading 'Job",
        "  qualifications' was not a heading, so 'Minimum (1) year' sat under 'Benefits', and a figure in",
        "  parentheses of its own ('(1) year', 'fourteen (14) years', where 'fourteen' is not a number the",
        "  rules know) was not read; 'With over 17 years' experience in the field, we approach …' counted",
        "  because 'candidate experience' later in the sentence read as the candidate's voice. Left as they",
        "  are: 'Bachelor's Degree in Information Technology (minimum)' under 'Preferred Qualifications and",
        "  Education' reads as required (labelled preferred; 'minimum' is the rules' word for a requirement),",
        "  and '4+ years of … using the Ab Initio GDE, EME and Co-Operating system preferred' (the 'preferred'",
        "  95 characters on, past a comma) reads as required. Checked on the whole corpus and its perturbed",
        "  copies: the other changes are the four 'Scrum Master' postings, a duplicate of the 'interested in'",
        "  one, and two more postings whose '(3) years' / '(14) years' are now read.",
        "- **Held-out set 20** (`tests/data/enrichment_labels_heldout20.csv`, 56 postings drawn at random with",
        "  seed 2026112319, the same way as set 19; committed before the rules ran on them, no labels",
        "  changed): 7 postings disagreed on the first run; 4 are fixed and 2 in part. Degree: 'Degree",
        "  in … or job-related experience' ('job-related' was not an alternative's word); 'Ph.D … with 0-3",
        "  years … or MS with 10+ years' read as `phd`, since 'MS' before 'with' was not read as a degree (it",
        "  now is before a figure: 'MS Office with …' stays Microsoft), and that posting's level is now right,",
        "  as its class already was. Years: '… high school diploma/GED with at least 4 years … or 10 years' read",
        "  the 10 as a requirement (a figure the 'or' joins to one on the high-school path is on that path);",
        "  '(10+) years' was not read; 'Associates degree or above …; or 3 years industry work experience'",
        "  counted the other path's 3 (a clause opening with 'or' after a degree is that path only if it names",
        "  no degree of its own, so a ladder's '…, or Masters with 3+ years' keeps its figure); '5-10 years of",
        "  experience- spanning various exposure areas' was skipped for 'spanning' (a word of the not-experience",
        "  list after 'experience' no longer undoes the figure; '1+ Year of experience in lease negotiations'",
        "  is read for the same reason). Left as they are: '… position for around five to seven years' (no",
        "  floor word, no 'experience') is not read; 'Graduate Engineer – preferably in Mechanical …' is not",
        "  read as a degree (it is also a job title); 'Degree in …' with a ladder through a Master's reads as",
        "  `master` where the label is `any`. Checked on the whole corpus and its perturbed copies: eight",
        "  more postings changed, each read and each now right: five ladders ('BS with 5+ years, or MS with",
        "  3+ years, or PhD with …', 'PhD … or MA/MS with 6-8 years') now give their lowest degree, and three",
        "  copies of the Ph.D/MS posting.",
        "- **Held-out set 21** (`tests/data/enrichment_labels_heldout21.csv`, 56 postings drawn at random with",
        "  seed 2026112320, the same way as set 20; committed before the rules ran on them, no labels",
        "  changed): 2 postings disagreed on the first run, both fixed. Degree: 'Minimum 5 years (with M.S.",
        "  degree) or 3 years (with PhD) of industry experience' read the PhD's path as years instead of a",
        "  degree (a parenthesis naming a degree after the figure already marked a ladder's path; '(with PhD)'",
        "  now does too). Years: 'BS with 2+ years, or MS with 0-3 years' names no experience, so neither",
        "  figure was read (a figure joined by 'with', 'and' or 'plus' to a degree is now experience; 'of",
        "  study' and 'of college' after it still are not). One label follows a convention rather than the",
        "  text: an internship whose text says 'working towards a degree' carries JobStreet's education field",
        "  'Bachelor's or Equivalent', labelled `required` as every posting with that field is. Checked on the",
        "  whole corpus and its perturbed copies: two more postings changed, each read and each now right — a",
        "  copy of the Bill.com posting, and 'M.S. with 8-12 years or Ph.D. with 5-7 years', whose base case is",
        "  now the Master's 8 where it was the PhD's 5.",
        "- **Held-out set 22** (`tests/data/enrichment_labels_heldout22.csv`, 56 postings drawn at random with",
        "  seed 2026112321, the same way as set 21; committed before the rules ran on them, no labels",
        "  changed): 3 postings disagreed on the first run, all fixed. Degree: 'Required Education and",
        "  experience (including Major):' was not read as a heading (a parenthesis marked a line as content),",
        "  so the 'Desired Skills' heading above it made its 'BS in Engineering …' preferred; a line that ends",
        "  with a colon is now a heading whatever its parenthesis holds, unless it names a credential or a",
        "  figure. 'at least a Degree in … or Bachelor Degree or Diploma in business studies' read `bachelor`:",
        "  a diploma offered as the other path to a degree is now the lowest credential asked (`any`); a form's",
        "  label '(Basic Degree/Diploma etc)' over a Bachelor's is left as it was. Years: 'Experience - Less than",
        "  2 years - …, Required' beside 'Experience - 2-4 years - …, Preferred' gave the preferred 2; a required",
        "  ceiling now keeps preferred figures from standing in for a minimum. Two labels follow a convention:",
        "  one HN post for two roles carries the second role's 'requires a Ph.D. or Master's' and is labelled by",
        "  what the post says; 'Less than 2 years' is no minimum, as in indeedmy2021:22. Checked on the whole",
        "  corpus and its perturbed copies: two more postings changed, each read and each now right — a copy of",
        "  the same Raytheon posting, and a 'Qualifications (Knowledge, Skills & Abilities):' heading whose",
        "  required 10+ years had been read under the preferred heading's 5+. Forty-four postings' statements",
        "  now carry a different section (colon-ended headings with parentheses, such as 'What makes you a great",
        "  fit (Requirements):'); no other feature changed.",
        "- **Held-out set 23** (`tests/data/enrichment_labels_heldout23.csv`, 56 postings drawn at random with",
        "  seed 2026112322: 20 linkedin, 20 glassdoor2020, 1 indeedmy2021 (the last unlabelled one), 15 hn;",
        "  committed before the rules ran on them, no labels changed): 5 postings disagreed on the first run;",
        "  3 are fixed and 2 are left. Fixed: 'Requirements:Pursuing a Bachelor's or Graduate degree …' (a",
        "  student's program behind the line's own heading) read as required; 'a minimum of 2 years (PhD) or 6",
        "  years (MS/BS)' gave 2, since each figure took the degree nearest before it (the other path's) and",
        "  'or 6 years' read as years instead of a degree (a degree in parentheses right after a figure is now",
        "  its path); 'Certified Manufacturing Engineer or five years related experience' counted the years",
        "  ('Certified' now marks a credential the years stand in for, as 'certification' did). Left: a ladder",
        "  on one run-on line ('… two (4) years of relevant work experience PreferredSome of the skills …')",
        "  reads preferred, since the glued heading 'Preferred' ends the degree's clause (telling it from a",
        "  qualifier such as 'Master's degree Preferred' would need the text the break came from); and",
        "  '[EDUCATION] Bachelor's Degree; ….,or equivalent work experience;' reads required, since the",
        "  alternative sits in the next statement after a '.,' list joiner (only this posting and its copy have",
        "  it; a rule for alternatives in the next statement changed two other postings for the worse and was",
        "  dropped). That posting's '[WORK EXPERIENCE] 5-9 years' is now read (a bracketed form label).",
        "  Labels following a convention: an attorney's 'Education:Doctorate (Required)' is `phd` as written;",
        "  'seven (8) years' is labelled by the word. Checked on the whole corpus and its perturbed copies: the",
        "  other changes are copies of these postings and three more students' programs behind a heading",
        "  ('Education:Pursuing a Bachelor's or Master's degree (Preferred)', 'Desired Qualifications: Pursuing",
        "  or completed bachelor's degree …', 'Educational Background: Currently pursuing or completed an MS",
        "  degree …'), now `not_mentioned` as the same sentences without the heading already were.",
        "- **Held-out set 24** (`tests/data/enrichment_labels_heldout24.csv`, 56 postings drawn at random with",
        "  seed 2026112323: 20 linkedin, 21 glassdoor2020, 15 hn; committed before the rules ran on them, no",
        "  labels changed): 5 postings disagreed on the first run; 4 are fixed and 1 is left. Fixed: 'Working",
        "  towards an BS in …' (a student's program named by its initials) read as required; 'Ph.D. or",
        "  equivalent in Neuroscience …' read required, where 'BS or equivalent in CS' already offered an",
        "  alternative (a doctorate or master's before 'or equivalent' now does too, unless a degree follows:",
        "  'Ph.D. or equivalent doctoral degree'); 'About Dimerco:Dimerco is an International Logistics Provider",
        "  …, with nearly 50 years of experience' gave 50 (a heading 'About' and the company's name now opens",
        "  the company's story, as 'About Us' does, and there experience the company is said to have is not",
        "  asked); 'growth plans for the next five years' gave 5 over '3+ years' (the next years in words are",
        "  the company's plans, as in figures). Left: 'Qualifications: 7 – 10 (3 years min relevant experience",
        "  in the role)' is labelled 7, a range without its unit, which the rules read only with one. Labels",
        "  following a convention: 'Doctorate of Medicine required (M.D. / D.O.)' is `phd`, as set 23's",
        "  attorney was; 'send us your resume … if you have BSc only' is a required bachelor's. Checked on the",
        "  whole corpus and its perturbed copies: nine more postings changed. Eight were read and are now right",
        "  — two copies of the same consultancy's 'next five years', 'in the next ten years, every company will",
        "  become a software company' and three HN posts' 'We bootstrapped for the first four years' plus an",
        "  upper-cased copy of one (no longer minimum years), and 'Ph.D. or equivalent in battery-related",
        "  Chemistry …' (`equivalent_ok`); the ninth is a word-shuffled copy whose random text now has a degree",
        "  under an 'ABOUT' heading (neither reading of it means anything). 320 postings' statements now carry",
        "  the section `about` under headings such as 'About Swiss Re' and 'About FINRA'; no other feature",
        "  changed.",
        "- **Held-out set 25** (`tests/data/enrichment_labels_heldout25.csv`, 56 postings drawn at random with",
        "  seed 2026112324, the same way as set 24; committed before the rules ran on them, no labels",
        "  changed): 3 postings disagreed on the first run, all on the degree, all fixed. 'Ph.D. degree level",
        "  with 0 to 3 years of experience or equivalent' read required: an 'or equivalent' that ends a clause",
        "  asking a degree and experience is now the other path to both ('… or equivalent industry",
        "  experience' is still an equivalent kind of experience). A text wrapped at a fixed width parted",
        "  'Bachelor’s' from 'degree in a science discipline preferred.', so the lone name read as a required",
        "  degree; a degree's name at the end of a line is now joined to a next line that opens with",
        "  'degree'. A run-on list without punctuation ('Advanced degree in Data Science … Proficiency in R or",
        "  Python where the former is preferred …') read preferred; a preference between two named things",
        "  ('where the former is preferred') no longer reaches the degree. Labels following a convention:",
        "  Argonne's 'or equivalent' is to the whole qualification (`equivalent_ok`), 'a PhD with at least 3",
        "  years of postdoc or equivalent experience in industry' offers an equivalent to the postdoc",
        "  (`required`), 'Currently pursuing or completed an MS degree' is a student's program, '>4 years' is",
        "  4. Checked on the whole corpus and its perturbed copies: two more postings changed, each read and",
        "  each now right — a copy of the wrapped posting, and another of the same hospital group's wrapped",
        "  'Bachelor’s / degree in statistics … required. Master’s / degree … preferred.' (the same answer,",
        "  now with the whole sentence as evidence).",
        "- **Held-out set 26** (`tests/data/enrichment_labels_heldout26.csv`, 56 postings drawn at random with",
        "  seed 2026112325, the same way as set 24; committed before the rules ran on them, no labels",
        "  changed): 10 postings disagreed on the first run; 8 are fixed and 2 are left. Fixed: 'Candidate must",
        "  be currently enrolled in an MBA program' read as a required master's (an enrolment asked anywhere in",
        "  the clause is now a student's program); a list whose bullets had become runs of blanks ('… or",
        "  equivalent experience  An understanding of …  An engineering industry background preferred') was",
        "  one clause, so the last item's preference reached the degree (two or more blanks before a capital",
        "  or a figure now end a line), and its '(preferred) or related field' prefers the field; '4-year",
        "  technical/science degree, with focus in … or similar fields preferred' and '…, preferably with",
        "  focus on Data Analytics' read preferred (a focus within the field is a field preference); 'or",
        "  extensive relevant work experience' and 'or extensive comparable experience' were not read as",
        "  alternatives (an adjective of extent may now come first); 'M.S. or Ph.D. … or BS with >10 years'",
        "  read `master` ('BS with >10' is now the bachelor's path, as 'BS with 10' was); 'Desired Skills and",
        "  Experience' was not a heading (title case leaves 'and' lower-cased), so the degree under it read",
        "  required; 'Even better:' was not a heading, so 'MS or PhD … or 2+ years of relevant work",
        "  experience' under it read as an equivalent_ok master's with 2 years (it now opens a preferred",
        "  section, and years offered instead of a master's or doctorate are no minimum, unless the figure",
        "  names its own degree after it: 'PhD, or 3+ years of experience … post Masters' keeps its 3). Left:",
        "  'Plusses:' glued inside a run-on line, so the bachelor's after it reads required; and a post for two",
        "  positions ('Senior Positions: … 10+ years', 'Junior/Intermediate Positions: Completed B.S. … 3-9",
        "  years') reads 10, where the label takes it as a ladder (the bachelor's 3). Checked on the whole",
        "  corpus and its perturbed copies: the other changed features are copies of these postings, evidence",
        "  that now ends where a lost bullet did (eleven LinkedIn postings, the same answers), and eight",
        "  perturbed copies whose line breaks had been removed, each of which now gives its original's answer.",
        "- **Held-out set 27** (`tests/data/enrichment_labels_heldout27.csv`, 56 postings drawn at random with",
        "  seed 2026112326, the same way as set 24; committed before the rules ran on them, no labels",
        "  changed): 9 postings disagreed on the first run; 6 are fixed and 3 are left. Fixed: 'Undergraduate",
        "  or graduate student in Electrical Engineering …' read as a required bachelor's (a student asked for",
        "  is now a student's program); 'Doctor of Veterinary Medicine degree' read `any` (a doctorate by its",
        "  name is now `phd`, as 'Doctorate of Medicine' was); 'a PhD/MS with relevant experience' read `phd`",
        "  (the master's after a doctorate's slash is now read); 'Minimum 5 yrs. on the job' gave no years (an",
        "  abbreviated unit's full stop no longer hides what follows it); 'Experienced in developing HW products",
        "  … for more than 7 years' was read as a company's years ('for more than N years' ending a clause about",
        "  experience now states the candidate's); 'college degree in science or computer or industrial",
        "  experience' read required ('or industry/industrial experience' is now an alternative, unless another",
        "  kind of experience stands before the 'or': 'BS, MS or PhD with academic or industry experience' stays",
        "  required, as labelled). Left: a list of 'Position Requirement Possibilities' that offers counselling",
        "  licenses beside the degree reads required (the list gives no 'or'); 'Minimum Level: 2-3; Preferred",
        "  Level: 3+ years' gives 3, since the minimum's figure has no unit; 'Require Skills Master's degree …",
        "  Bonus skills PhD …' on one run-on line reads preferred. Labels following a convention: the licenses",
        "  as an alternative, 'Doctor of",
        "  Veterinary Medicine' as `phd`, the largest required minimum (7) over a ladder's 6. Checked on the",
        "  whole corpus and its perturbed copies: six more postings changed, each read and each now right — a",
        "  second student posting ('Must be a current undergraduate or graduate student') and its copy, 'Board",
        "  Certified Doctor of Medicine (MD or DO)' (now a required doctorate), 'Doctor of Veterinary Medicine",
        "  (DVM) degree or equivalent' and its copy (`phd`), and a copy whose lost line break had hidden 'At",
        "  least 2 yrs. experience' (now its original's 2).",
        "- **Held-out set 28** (`tests/data/enrichment_labels_heldout28.csv`, 56 postings drawn at random with",
        "  seed 2026112327, the same way as set 24; committed before the rules ran on them): one label was",
        "  corrected after the first run, and the file's header says why: linkedin:3700064749 had been read",
        "  from a display that cut lines at 2,500 characters, which hid its education ladder (paralegal",
        "  certification, a degree of no stated level, a bachelor's with a year, or a high-school diploma",
        "  with three years); read whole it is `equivalent_ok`, level `any`, no years. Against that label, 6",
        "  postings disagreed on the first run; 4 are fixed and 2 are left. Fixed: 'a pull request from a",
        "  feature branch into master' read as a required master's (a master's after 'into', 'onto' or 'to' is",
        "  not a degree); 'Ideally you'd have:' and 'What Give You An Edge:' were not headings, so a",
        "  preferred degree read `equivalent_ok` and a preferred 7+ years stood above the required 5+ (both",
        "  now open preferred sections); 'three years’ experience credit for Master’s degree' gave 3 (years a",
        "  degree counts for are not asked). Left: the paralegal ladder gives `bachelor` and 1 year (its",
        "  generic 'Degree' path is the lowest); and 'At least a year of communications … experience' inside",
        "  a run-on 'Desired Skills and Qualifications' line is not read. Checked on the whole corpus and its",
        "  perturbed copies: one more posting changed, the same HN company's other post with 'into master'",
        "  (now `not_mentioned`); a line opening with 'Ideally' now opens a preferred section in five more",
        "  postings ('Ideally you’d have:', 'Ideally: 1-3 years of consulting Experience', …), whose features",
        "  did not change.",
        "",
        *[line for n, result in newest_first for line in _table(f"Held-out set {n}", result)],
        *_table("Development set", development),
        "## Disagreements (held-out sets)",
        "",
        # one list over every set: "None." only when no set has any
        *([line for _, result in newest_first for line in _disagreements(result)] or ["None."]),
        "",
        "## Disagreements (development set)",
        "",
        *(_disagreements(development) or ["None."]),
    ]
    return "\n".join(lines) + "\n"


MATCHING_START = "<!-- matching:start -->"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mistakes", action="store_true", help="print every disagreement with its evidence")
    parser.add_argument("--no-write", action="store_true", help="do not rewrite docs/quality.md")
    args = parser.parse_args()
    development = evaluate()
    held_outs = [evaluate(path=path) for path in HELD_OUT_SETS]
    named = [("development", development), *((f"held-out {n}", r) for n, r in enumerate(held_outs, start=1))]
    for name, result in named:
        print(f"{name} ({result['total']}): " + ", ".join(f"{k} {v:.1%}" for k, v in result["accuracy"].items()))
    if args.mistakes:
        for r in (row for _, result in named for row in result["rows"]):
            if not r["degree_ok"] or not r["level_ok"]:
                print(f"\nDEGREE {r['id']}: got {r['got']['degree_requirement']}/{r['got']['degree_level']} "
                      f"label {r['label']['degree_requirement']}/{r['label']['degree_level']}\n   "
                      f"{(r['got']['degree_evidence'] or '')[:300]}")
            if not r["years_ok"]:
                print(f"\nYEARS {r['id']}: got {r['got']['min_years_experience']} label {r['label']['min_years']}"
                      f"\n   {(r['got']['experience_evidence'] or '')[:300]}")
    if not args.no_write:
        path = REPO / "docs" / "quality.md"
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        # bench/match_quality.py owns the matching section: keep it as it is
        matching = old[old.find(MATCHING_START):] if MATCHING_START in old else ""
        path.write_text(report(development, held_outs, label_consistency()) + ("\n" + matching if matching else ""),
                        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
