"""Dagster definitions, assets by stage, resources, checks and the `byway` command line."""
