"""The Dagster instance byway's own commands use, so runs from `byway run` show up in `byway dev`."""

from __future__ import annotations

import os
import shutil

from dagster import DagsterInstance

from pipelines.settings import REPO_ROOT, Settings


def prepare_dagster_home(settings: Settings) -> str:
    """Point DAGSTER_HOME at $BYWAY_HOME/data/dagster, holding a copy of the repo's dagster.yaml."""
    home = settings.dagster_home
    home.mkdir(parents=True, exist_ok=True)
    source = REPO_ROOT / "dagster.yaml"
    target = home / "dagster.yaml"
    if not target.exists() or target.read_bytes() != source.read_bytes():
        shutil.copyfile(source, target)
    os.environ["DAGSTER_HOME"] = str(home)
    return str(home)


def persistent_instance(settings: Settings) -> DagsterInstance:
    prepare_dagster_home(settings)
    return DagsterInstance.get()
