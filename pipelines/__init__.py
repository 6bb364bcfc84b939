"""Dagster definitions, assets by stage, resources, checks and the `byway` command line."""

from pipelines.settings import contain_library_caches

contain_library_caches()
