"""The application funnel: how far each application got, conversion between stages, and what the rates
experienced ML job seekers report mean for this search.

Statuses form a ladder (applied < screen < onsite < offer < accepted): reaching a rung implies the ones
below it, so marking a posting `onsite` directly still counts it as applied and screened. `rejected`
ends an application wherever it was (and implies it was sent); `dismissed` means "not for me" and keeps
a posting off the shortlist without entering the funnel.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

STAGES = ("applied", "screen", "onsite", "offer", "accepted")
OUTCOMES = ("rejected", "dismissed")
STATUSES = STAGES + OUTCOMES

# What people who hire in ML and experienced job seekers report for a cold search. screen -> onsite is not
# reported directly; 0.8 is what the other figures imply (100-150 applications, 10% replies, 10 onsites).
BENCHMARK = {"reply": 0.10, "onsite_per_screen": 0.8, "offer_per_onsite": 0.25}
BENCHMARK_TEXT = {
    "reply": "about 10% of cold applications get a reply",
    "onsite_per_screen": "most replies lead to an onsite (implied by the other reported figures)",
    "offer_per_onsite": "about 1 in 4 onsites becomes an offer (about 10 onsites for 2 offers)",
}
SEARCH_APPLICATIONS = (100, 150)  # applications a cold search takes, as reported
TARGET_OFFERS = 2
# Below this many postings at a stage, its rate says more about luck than about you: use the benchmark.
MIN_SAMPLE = {"reply": 10, "onsite_per_screen": 3, "offer_per_onsite": 3}
_RATES = (("reply", "applied", "screen"), ("onsite_per_screen", "screen", "onsite"),
          ("offer_per_onsite", "onsite", "offer"))


class StatusError(ValueError):
    """A status byway does not know."""


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise StatusError(f"status {status!r}: expected one of {', '.join(STATUSES)}")
    return status


@dataclass
class Funnel:
    reached: dict[str, int]                      # postings that got at least this far
    rejected: int
    dismissed: int
    rates: dict[str, float | None]               # yours (None: no postings at the stage before)
    used: dict[str, tuple[float, str]] = field(default_factory=dict)  # the rate projected with, and whose
    applications_for_target: int | None = None   # total applications for TARGET_OFFERS at the used rates
    more_applications: int | None = None
    advice: list[str] = field(default_factory=list)

    def rows(self) -> list[dict[str, Any]]:
        """Stage, count, your conversion from the previous stage and the benchmark's, for tables."""
        out = [{"stage": "applied", "postings": self.reached["applied"], "your_rate": None, "benchmark": None}]
        for name, before, stage in _RATES:
            out.append({"stage": stage, "postings": self.reached[stage], "your_rate": self.rates[name],
                        "benchmark": BENCHMARK[name], "from": before})
        out.append({"stage": "accepted", "postings": self.reached["accepted"], "your_rate": None, "benchmark": None})
        return out

    def expected(self) -> list[float]:
        """Postings per stage the benchmark rates predict from your applications (for the chart)."""
        counts = [float(self.reached["applied"])]
        for name, _, _ in _RATES:
            counts.append(counts[-1] * BENCHMARK[name])
        return counts + [counts[-1]]


def furthest(statuses: Iterable[str]) -> str | None:
    """The highest rung one posting's statuses reached (rejected alone means it was at least applied)."""
    best = -1
    for status in statuses:
        if status in STAGES:
            best = max(best, STAGES.index(status))
        elif status == "rejected":
            best = max(best, 0)
    return STAGES[best] if best >= 0 else None


def latest_status(events: list[dict[str, Any]]) -> dict[str, str]:
    latest: dict[str, tuple[datetime, str]] = {}
    for event in events:
        previous = latest.get(event["posting_id"])
        if previous is None or event["at"] >= previous[0]:
            latest[event["posting_id"]] = (event["at"], event["status"])
    return {posting: status for posting, (_, status) in latest.items()}


def funnel(events: list[dict[str, Any]]) -> Funnel:
    """Summarise an application log: [{posting_id, status, at}] in any order."""
    by_posting: dict[str, list[str]] = {}
    for event in events:
        by_posting.setdefault(event["posting_id"], []).append(check_status(event["status"]))
    reached = dict.fromkeys(STAGES, 0)
    for statuses in by_posting.values():
        top = furthest(statuses)
        if top is not None:
            for stage in STAGES[: STAGES.index(top) + 1]:
                reached[stage] += 1
    latest = latest_status(events)
    rates = {name: (reached[stage] / reached[before] if reached[before] else None) for name, before, stage in _RATES}
    result = Funnel(reached=reached, rejected=sum(1 for s in latest.values() if s == "rejected"),
                    dismissed=sum(1 for s in latest.values() if s == "dismissed"), rates=rates)
    _project(result)
    return result


def _project(result: Funnel) -> None:
    applied, offers = result.reached["applied"], result.reached["offer"]
    for name, before, _ in _RATES:
        yours = result.rates[name]
        if yours is not None and result.reached[before] >= MIN_SAMPLE[name] and yours > 0:
            result.used[name] = (yours, "yours")
        else:
            result.used[name] = (BENCHMARK[name], "benchmark")
    per_application = math.prod(rate for rate, _ in result.used.values())
    result.applications_for_target = math.ceil(TARGET_OFFERS / per_application)
    result.more_applications = max(0, result.applications_for_target - applied)
    advice = result.advice
    if applied == 0:
        advice.append(f"No applications logged yet. A cold search takes about {SEARCH_APPLICATIONS[0]}–"
                      f"{SEARCH_APPLICATIONS[1]} applications for {TARGET_OFFERS} offers; log each one with "
                      "`byway mark POSTING_ID applied`.")
        return
    reply = result.rates["reply"]
    if reply is not None and applied >= MIN_SAMPLE["reply"]:
        compare = "above" if reply > BENCHMARK["reply"] * 1.2 else "below" if reply < BENCHMARK["reply"] * 0.8 \
            else "close to"
        advice.append(f"Your reply rate is {reply:.0%} from {applied} applications, {compare} the ~10% "
                      "reported for cold applications.")
        if reply == 0:
            advice.append("No replies yet: the projection uses the benchmark rate. Narrow to roles where your "
                          "portfolio shows the employer's problem, and ask for referrals.")
    else:
        advice.append(f"{applied} application{'s' if applied != 1 else ''} so far: too few to measure your reply "
                      f"rate (needs {MIN_SAMPLE['reply']}), so the projection uses the reported ~10%.")
    if offers >= TARGET_OFFERS:
        advice.append(f"You have {offers} offers: the search has reached its usual goal.")
        return
    whose = "your" if result.used["reply"][1] == "yours" else "the reported"
    reply_rate, onsite_rate, offer_rate = (result.used[name][0] for name, _, _ in _RATES)
    advice.append(f"At {whose} reply rate, ~{result.more_applications} more applications for {TARGET_OFFERS} offers "
                  f"(~{result.applications_for_target} in all: {reply_rate:.0%} reply × {onsite_rate:.0%} onsite × "
                  f"{offer_rate:.0%} offer).")


def week_of(moment: datetime | date) -> date:
    day = moment.date() if isinstance(moment, datetime) else moment
    return day - timedelta(days=day.weekday())


def weekly(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per week (Monday) the postings that first reached each status that week, oldest week first."""
    first: dict[tuple[str, str], datetime] = {}
    for event in events:
        key = (event["posting_id"], check_status(event["status"]))
        if key not in first or event["at"] < first[key]:
            first[key] = event["at"]
    weeks: dict[date, dict[str, Any]] = {}
    for (_, status), at in first.items():
        row = weeks.setdefault(week_of(at), {"week_date": week_of(at), **dict.fromkeys(STATUSES, 0)})
        row[status] += 1
    return [weeks[w] for w in sorted(weeks)]
