"""The enrichment stage's edges on the warehouse: read postings, write posting_features and company_features.

The features themselves are pure functions in models/enrich; this module only moves rows in and out,
with explicit column types so an all-NULL feature still gets its proper type.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields
from typing import Any

import duckdb
import pyarrow as pa

from models.enrich.batch import SameInputs, companies_of, company_key
from models.enrich.company import CompanyResult
from models.enrich.posting import COMPANY_LEVEL_KEYS, input_hash, posting_features, rules_fingerprint
from warehouse.db import fetch_dicts, row_count, run_sql, staged

_TEXT, _FLOAT, _BOOL, _INT = pa.string(), pa.float64(), pa.bool_(), pa.int64()
POSTING_COLUMNS: dict[str, pa.DataType] = {
    "posting_id": _TEXT, "company_key": _TEXT,
    "degree_requirement": _TEXT, "degree_level": _TEXT, "is_degree_free": _BOOL, "degree_evidence": _TEXT,
    "min_years_experience": _FLOAT, "max_years_experience": _FLOAT, "experience_evidence": _TEXT,
    "seniority": _TEXT, "seniority_evidence": _TEXT, "role_family": _TEXT, "role_family_evidence": _TEXT,
    "work_mode": _TEXT, "work_mode_evidence": _TEXT, "countries": pa.list_(_TEXT), "remote_limited_to": _TEXT,
    "salary_min": _FLOAT, "salary_max": _FLOAT, "salary_currency": _TEXT, "salary_period": _TEXT,
    "salary_text": _TEXT, "visa_sponsorship": _TEXT, "visa_evidence": _TEXT, "travel_required": _BOOL,
    "travel_percent": _INT, "travel_evidence": _TEXT, "has_on_call": _BOOL, "on_call_evidence": _TEXT,
    "mentions_ai": _BOOL, "ai_evidence": _TEXT,
    "company_size_band": _TEXT, "company_size_evidence": _TEXT, "is_big_name": _BOOL, "big_name_evidence": _TEXT,
    "is_b2b": _BOOL, "b2b_evidence": _TEXT,
    "off_path_score": _FLOAT, "off_path_size": _FLOAT, "off_path_unknown": _FLOAT, "off_path_b2b": _FLOAT,
    "off_path_source": _FLOAT, "off_path_reasons": pa.list_(_TEXT), "feature_version": _TEXT, "input_hash": _TEXT,
}
# The stored columns a posting keeps from the last run when its input_hash is unchanged; company features and
# the off-path score are recomputed every run (they depend on the company's other postings and platforms).
_POSTING_LEVEL = [c for c in POSTING_COLUMNS if c not in COMPANY_LEVEL_KEYS
                  and c not in ("posting_id", "company_key", "feature_version", "input_hash")]
COMPANY_COLUMNS: dict[str, pa.DataType] = {
    "company_key": _TEXT, "company": _TEXT, "company_size_band": _TEXT, "company_size_evidence": _TEXT,
    "is_big_name": _BOOL, "big_name_evidence": _TEXT, "is_b2b": _BOOL, "b2b_evidence": _TEXT,
    "open_roles": _INT, "postings": _INT, "input_hash": _TEXT,
}
_COMPANY_FIELDS = [f.name for f in fields(CompanyResult)]


def _postings(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    rows = fetch_dicts(con, "sql/features/input.sql")
    for row in rows:
        row["attributes"] = json.loads(row["attributes"]) if row.get("attributes") else {}
        row["platforms"] = list(row.get("platforms") or [])
    return rows


def _write(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict[str, Any]],
           columns: dict[str, pa.DataType]) -> None:
    table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows],
                                 schema=pa.schema(list(columns.items())))
    with staged(con, f"{name}_input", table):
        run_sql(con, f"sql/features/{name}.sql")


@dataclass(frozen=True)
class FeatureCounts:
    postings: int
    companies: int
    enriched: int  # postings the rules ran on: new, changed, or stored under other rules
    reused: int  # postings that kept their stored posting-level features (same input_hash)
    companies_enriched: int  # companies whose features were computed again (a posting or the rules changed)


def _stored(con: duckdb.DuckDBPyConnection, table: str, key: str) -> dict[str, dict[str, Any]]:
    """The rows the last run stored, by key; none from a table without input_hash (or no table yet)."""
    if not fetch_dicts(con, "sql/features/stored_has_hash.sql", {"table": table})[0]["n"]:
        return {}
    return {row[key]: row for row in fetch_dicts(con, f"sql/features/stored_{table}.sql")}


def _company_hash(members: list[dict[str, Any]], digests: dict[str, str], open_roles: int | None) -> str:
    """What a company's features are read from: its postings (in order, by their input_hash), their company
    names and stated sizes, its open roles and the rules."""
    parts = [rules_fingerprint(), open_roles,
             [(digests[p["posting_id"]], p.get("company"), p.get("company_size"), p.get("numberOfEmployees"))
              for p in members]]
    return hashlib.sha256(json.dumps(parts, default=str, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


def build_features(con: duckdb.DuckDBPyConnection) -> FeatureCounts:
    """Rebuild posting_features and company_features from postings.

    The rules run only where their inputs or the rules changed since the last run (input_hash): a posting
    keeps its own stored features, a company its stored features, when their hashes are unchanged. The
    off-path score, which also weighs the platforms a job is found on, is recomputed for every posting."""
    postings = _postings(con)
    roles: dict[str, int] = {}
    for row in fetch_dicts(con, "sql/features/open_roles.sql"):
        key = company_key(row["company"])
        roles[key] = roles.get(key, 0) + int(row["open_roles"])
    digests = {posting["posting_id"]: input_hash(posting) for posting in postings}
    keys = {posting["posting_id"]: company_key(posting.get("company")) for posting in postings}
    members: dict[str, list[dict[str, Any]]] = {}
    for posting in postings:
        members.setdefault(keys[posting["posting_id"]], []).append(posting)

    company_digests = {key: _company_hash(found, digests, roles.get(key)) for key, found in members.items()}
    stored_companies = _stored(con, "company_features", "company_key")
    companies = {key: CompanyResult(**{f: stored_companies[key][f] for f in _COMPANY_FIELDS})
                 for key, digest in company_digests.items()
                 if stored_companies.get(key, {}).get("input_hash") == digest}
    kept_companies = len(companies)
    changed = [posting for key, found in members.items() if key not in companies for posting in found]
    companies.update(companies_of(changed, roles))

    stored_postings = _stored(con, "posting_features", "posting_id")
    posting_rows = []
    reused = 0
    fresh = SameInputs()  # a posting whose inputs repeat another's in this run is enriched once
    for posting in postings:
        key, digest = keys[posting["posting_id"]], digests[posting["posting_id"]]
        previous = stored_postings.get(posting["posting_id"])
        if previous is not None and previous["input_hash"] == digest:
            own = {column: previous[column] for column in _POSTING_LEVEL}
            reused += 1
        else:
            own = fresh.features(posting, digest)
        # The same assembly of posting-level, company and version keys as enrich_batch (`byway enrich`).
        posting_rows.append({"posting_id": posting["posting_id"], "company_key": key,
                             **posting_features(posting, companies[key], own), "input_hash": digest})
    company_rows = [{"company_key": key, "company": str(found[0].get("company") or ""),
                     **asdict(companies[key]), "open_roles": roles.get(key), "postings": len(found),
                     "input_hash": company_digests[key]} for key, found in members.items()]
    _write(con, "posting_features", posting_rows, POSTING_COLUMNS)
    _write(con, "company_features", company_rows, COMPANY_COLUMNS)
    return FeatureCounts(row_count(con, "posting_features"), row_count(con, "company_features"),
                         len(postings) - reused, reused, len(members) - kept_companies)
