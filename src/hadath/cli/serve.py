"""``hadath serve``: the read-only HTTP API and dashboard over an event store."""

from __future__ import annotations

import typer

from hadath.cli.common import err
from hadath.errors import HadathError

LOOPBACK = ("127.0.0.1", "localhost")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: str = typer.Option("hadath.duckdb", "--db", help="The store (DuckDB file)."),
    host: str = typer.Option("127.0.0.1", help="Address to bind; the default serves this "
                             "machine only."),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port."),
) -> None:
    """Serve the store read-only: a JSON API under /api and a dashboard at /."""
    try:
        import uvicorn

        from hadath.web.app import create_app
    except ImportError as exc:
        err(f"hadath serve needs the web extra: pip install 'hadath[web]' ({exc.name} missing)")
        raise typer.Exit(2) from None
    # On loopback, only loopback Host headers are answered (a defence against DNS rebinding).
    hosts = list(LOOPBACK) if host in LOOPBACK else None
    try:
        application = create_app(db, allowed_hosts=hosts)
    except HadathError as exc:
        err(str(exc))
        raise typer.Exit(2) from None
    if host not in LOOPBACK:
        err(f"warning: serving on {host}: anyone who can reach it can read the store")
    err(f"hadath: serving {db} read-only on http://{_url_host(host)}:{port}/")
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
