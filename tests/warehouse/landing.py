"""Write landing files the way the spiders do, for loader and lifecycle tests."""

import json
from pathlib import Path

from scrapers.items import Posting, fetch_error_record, posting_record


def job(job_id: str, title: str = "Data Scientist", version: int = 1) -> Posting:
    payload = {"id": job_id, "title": title, "version": version}
    return Posting(source_posting_id=job_id, title=title, company="Acme", url=f"https://x.test/{job_id}",
                   payload=payload, description_text=f"About {title}", locations=["Remote"], work_mode="remote")


def write_run(landing: Path, run_id: str, started_at: str, jobs: list[Posting] | None, source: str = "acme",
              platform: str = "ashby", board: str = "acme", listing: str = "full") -> Path:
    """One landing file; jobs=None writes a failed run (a fetch error, no postings)."""
    envelope = {"run_id": run_id, "source": source, "platform": platform, "board": board,
                "request_url": f"https://api.test/{board}", "fetched_at": started_at}
    records = []
    if jobs is None:
        records.append(fetch_error_record(envelope, "HTTP 503 from https://api.test: server error", 503, "busy"))
    else:
        records += [posting_record(envelope, j) for j in jobs]
    status = "failed" if jobs is None else ("ok" if jobs else "empty")
    records.append({"kind": "source_run", "run_id": run_id, "source": source, "platform": platform, "board": board,
                    "company": "Acme", "listing": listing, "started_at": started_at, "finished_at": started_at, "status": status,
                    "requests": 1, "responses": 1, "postings": len(jobs or []), "rejects": 0,
                    "errors": int(jobs is None), "error_summary": "HTTP 503" if jobs is None else None})
    path = landing / run_id / f"{platform}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path
