"""`byway demo` in a bare environment writes only under BYWAY_HOME, and hostile profile text stays data.

The run gets an empty HOME, an empty working folder and its own TMPDIR; afterwards all three must
still be empty, and the repository must hold no new files (Python's own __pycache__ aside). The
profile's phrases carry quotes, SQL and markup; they must reach the ranking as text, never as SQL.
"""

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.conftest import REPO

HOSTILE = """name: hostile
specialization: >
  I build forecasting models'; DROP TABLE postings; -- and "demand" planning with <script>alert(1)</script>
portfolio:
  - title: "Robert'); DELETE FROM applications; --"
    description: "Forecasts for ' OR '1'='1 warehouses"
skills: ["sql'--", "python\\"; ATTACH '/tmp/x.duckdb' AS x; --"]
must_not: ["'; UPDATE postings SET title = 'pwned' --"]
exclude_companies: ["Acme' OR 1=1 --"]
"""


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def repo_files() -> set[str]:
    listed = subprocess.run(["git", "status", "--porcelain", "--ignored", "--untracked-files=all"], cwd=REPO,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    return {line for line in listed if "__pycache__" not in line and ".pytest_cache" not in line}


def test_the_demo_writes_only_under_byway_home_and_profile_text_never_reaches_sql(tmp_path):
    home, user_home, cwd, tmp = (tmp_path / name for name in ("byway-home", "home", "cwd", "tmp"))
    for folder in (home / "profiles", user_home, cwd, tmp):
        folder.mkdir(parents=True)
    (home / "profiles" / "hostile.yaml").write_text(HOSTILE)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(user_home), "TMPDIR": str(tmp),
           "BYWAY_HOME": str(home), "LANG": "C.UTF-8"}
    before = repo_files()
    done = subprocess.run([str(Path(sys.executable).with_name("byway")), "demo"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]

    assert (files(user_home), files(cwd), files(tmp)) == ([], [], [])
    assert repo_files() == before
    assert {p.name for p in home.iterdir()} == {"data", "exports", "profiles"}

    with duckdb.connect(str(home / "data" / "byway.duckdb"), read_only=True) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert {"postings", "applications", "matches", "shortlist"} <= tables
        assert con.execute("SELECT count(*) FROM postings WHERE title = 'pwned'").fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM postings").fetchall()[0][0] == 8
        assert con.execute("SELECT count(DISTINCT profile) FROM matches WHERE profile = 'hostile'").fetchall() == [(1,)]
        assert con.execute("SELECT database_name FROM duckdb_databases() WHERE NOT internal").fetchall() == [
            ("byway",)]
