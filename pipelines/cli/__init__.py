"""The `byway` command line. Each module registers its commands on the shared Typer app."""

from pipelines.cli import daily, doctor, enrich, imports, ingest, matching  # noqa: F401 - importing registers the commands
from pipelines.cli.common import app

__all__ = ["app"]

if __name__ == "__main__":
    app()
