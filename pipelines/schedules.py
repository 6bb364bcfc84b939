"""The daily schedule: the whole pipeline, crawl to exports, every morning (BYWAY_DAILY_AT, BYWAY_TIMEZONE).

It is on by default, so `dagster dev` (or `byway dev`) runs it without anyone switching it on.
"""

from __future__ import annotations

import re

from dagster import DefaultScheduleStatus, JobDefinition, RunRequest, ScheduleEvaluationContext, schedule
from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition


class ScheduleError(ValueError):
    """BYWAY_DAILY_AT is not a time of day."""


def cron_at(daily_at: str) -> str:
    """'07:00' -> '0 7 * * *'."""
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", daily_at.strip())
    if not match:
        raise ScheduleError(f"BYWAY_DAILY_AT={daily_at!r}: expected a time of day as HH:MM, e.g. 07:00")
    return f"{int(match.group(2))} {int(match.group(1))} * * *"


def daily_schedule(job: JobDefinition | UnresolvedAssetJobDefinition, daily_at: str, timezone: str):
    @schedule(name="daily", job=job, cron_schedule=cron_at(daily_at), execution_timezone=timezone,
              default_status=DefaultScheduleStatus.RUNNING,
              description=f"Every day at {daily_at} ({timezone}): crawl, load, enrich, embed, rank, then write "
                          "the day's shortlist and exports.")
    def _daily(context: ScheduleEvaluationContext) -> RunRequest:
        day = context.scheduled_execution_time.strftime("%Y-%m-%d")
        return RunRequest(run_key=day, partition_key=day)

    return _daily
