"""The published read snapshot: a copy of the warehouse that readers open while the pipeline writes.

DuckDB lets one process write a file, and a process that has the file open read-only blocks that
writer. So readers (`byway sql`, the other read commands, a user's DuckDB shell) open a copy instead.
Every writer publishes it when it closes its connection: copy to a temporary name, then rename over
the snapshot. A reader that has the old snapshot open keeps reading the old file (the rename does not
touch it) until it reconnects; the writer never opens the snapshot, so neither side waits on a lock.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def snapshot_path(db_path: Path) -> Path:
    """Where the snapshot of `db_path` lives unless configured: `byway.duckdb` -> `byway.read.duckdb`."""
    return db_path.with_name(f"{db_path.stem}.read{db_path.suffix}")


def is_fresh(db_path: Path, read_path: Path) -> bool:
    """True when the snapshot was taken after the warehouse last changed."""
    return read_path.exists() and (not db_path.exists() or read_path.stat().st_mtime_ns >= db_path.stat().st_mtime_ns)


def publish(db_path: Path, read_path: Path) -> bool:
    """Copy a closed warehouse to its snapshot, atomically; False when there was nothing (safe) to copy.

    Call it after closing the writing connection. A file with a write-ahead log beside it is not whole
    on its own, and a file that changed during the copy is torn: neither is published.
    """
    wal = db_path.with_name(db_path.name + ".wal")
    if not db_path.exists() or wal.exists() or is_fresh(db_path, read_path):
        return False
    before = db_path.stat()
    tmp = read_path.with_name(f"{read_path.name}.{os.getpid()}.tmp")
    read_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db_path, tmp)
    after = db_path.stat()
    if (before.st_mtime_ns, before.st_size) != (after.st_mtime_ns, after.st_size) or wal.exists():
        tmp.unlink(missing_ok=True)
        return False
    os.replace(tmp, read_path)
    return True
