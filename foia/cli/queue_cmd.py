"""`foia worker` runs queued import jobs; `foia queue` shows them (PostgreSQL only)."""

from __future__ import annotations

import typer
from rich.markup import escape

from foia.cli.common import console, database, fail


def worker_command(
    ctx: typer.Context,
    concurrency: int = typer.Option(1, "--concurrency", help="Jobs run at once, each in its own reader process."),
    stalled_after: float = typer.Option(
        60.0, "--stalled-after",
        help="Seconds without a heartbeat after which a worker counts as dead and its jobs go back to the queue."),
    until_empty: bool = typer.Option(False, "--until-empty", help="Stop when no job is waiting, instead of waiting for more."),
) -> None:
    """Run the import jobs `foia import --queue` deferred (on any machine reaching the database and the archive)."""
    from foia.archive import configured_location
    from foia.orchestration.queue import require_postgres
    from foia.orchestration.queue_worker import JobOutcome, run_worker

    if concurrency < 1:
        fail("--concurrency must be at least 1")
    if stalled_after < 2:
        fail("--stalled-after must be at least 2 seconds")
    counts: dict[str, int] = {}

    def on_job(outcome: JobOutcome) -> None:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
        name = escape(outcome.name)
        if outcome.status == "imported":
            console.print(f"imported {name} ({outcome.pages} pages)")
        elif outcome.status == "duplicate":
            console.print(f"duplicate {name} (already stored)")
        elif outcome.status == "retry":
            console.print(f"[yellow]will retry[/] {name}: {escape(outcome.reason or '')}")
        else:
            console.print(f"[red]failed[/]: {name}: {escape(outcome.reason or '')}")

    with database(ctx) as engine:
        require_postgres(engine, "foia worker")  # before saying it runs
        archive = configured_location() or "the archive each job names"
        console.print(f"worker: running import jobs, {concurrency} at a time, originals from {escape(archive)} "
                      "(Ctrl-C finishes them and stops)")
        run_worker(engine, concurrency=concurrency, stalled_after=stalled_after, until_empty=until_empty, on_job=on_job)
    console.print(f"worker stopped: imported {counts.get('imported', 0)}, duplicates skipped {counts.get('duplicate', 0)}, "
                  f"failed {counts.get('failed', 0)}, to retry {counts.get('retry', 0)}")


def queue_command(
    ctx: typer.Context,
    failed: int = typer.Option(20, "--failed", help="List at most this many failed jobs with their reasons."),
) -> None:
    """Show the import jobs: waiting, running, failed and done, with the running and failed files."""
    from foia.orchestration.queue import STATUS_WORDS, queue_status

    with database(ctx) as engine:
        status = queue_status(engine, failed_limit=failed)
    counts = ", ".join(f"{status.counts.get(state, 0)} {word}" for state, word in STATUS_WORDS.items()
                       if state in ("todo", "doing", "failed", "succeeded") or status.counts.get(state))
    typer.echo(f"import jobs: {counts}")
    if status.oldest_waiting is not None:
        typer.echo(f"oldest waiting since {status.oldest_waiting:%Y-%m-%d %H:%M:%S %Z}".rstrip())
    for job in status.running:
        typer.echo(f"running: {job.name} (job {job.id}, attempt {job.attempts + 1})")
    for job in status.failed:
        typer.echo(f"failed: {job.name} (job {job.id}): {job.reason or 'see the worker output'}")
