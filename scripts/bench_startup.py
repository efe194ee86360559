"""Start-up time of the command line (issue 16: `foia --help` and `foia costs` on an empty database in
0.35 s or less), against `python -c pass` measured in the same run.

    python scripts/bench_startup.py                       # this checkout, 15 runs of each
    python scripts/bench_startup.py --checkout ../other   # another checkout (e.g. a worktree of main), same way
    python scripts/bench_startup.py --as-is               # with the environment's bytecode settings untouched

Prints the median wall time of each command (and its fastest), its ratio to the baseline, and the
machine's load average. "Empty database" is a SQLite file whose schema is already at the newest
migration (made untimed, as a newsroom's database exists already); creating a new database on first
use runs the Alembic migrations, a one-off cost printed on its own line.

Each command runs as `python -m foia` with the checkout first on PYTHONPATH, so the checkout measured is
the one named, whatever is installed. By default the runs get a bytecode cache of their own (a temporary
PYTHONPYCACHEPREFIX, filled by an untimed warm-up, PYTHONDONTWRITEBYTECODE removed), as an installed
package has its .pyc files; with --as-is a setting such as PYTHONDONTWRITEBYTECODE=1 makes every run
compile foia's sources again, and the figures include that."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOAL_SECONDS = 0.35


def timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return elapsed


def environment(checkout: Path, work: Path, as_is: bool) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(checkout), env.get("PYTHONPATH")]))
    env.pop("FOIA_DATABASE_URL", None)
    if not as_is:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="Timed runs of each command (default 15).")
    parser.add_argument("--checkout", type=Path, default=REPO, help="The checkout whose foia to run (default: this one).")
    parser.add_argument("--as-is", action="store_true", help="Leave the environment's bytecode settings as they are.")
    args = parser.parse_args()
    checkout = args.checkout.resolve()
    with tempfile.TemporaryDirectory(prefix="foia-startup-") as tmp:
        work = Path(tmp)
        env = environment(checkout, work, args.as_is)
        foia = [sys.executable, "-m", "foia"]
        empty = work / "empty.db"
        timed([*foia, "--db", f"sqlite:///{empty}", "db", "upgrade"], env, work)  # untimed: the schema, and warm-up
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "foia --help": [*foia, "--help"],
            "foia costs (empty database)": [*foia, "--db", f"sqlite:///{empty}", "costs"],
        }
        for command in commands.values():
            timed(command, env, work)  # warm-up: the page cache, and the bytecode cache unless --as-is
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # interleaved, so a burst of load on the machine touches every command alike
            for name, command in commands.items():
                times[name].append(timed(command, env, work))
        first_use = [timed([*foia, "--db", f"sqlite:///{work / f'new-{n}.db'}", "costs"], env, work)
                     for n in range(max(3, args.runs // 5))]
    baseline = statistics.median(times["python -c pass"])
    cache = "environment as is" if args.as_is else "own bytecode cache"
    print(f"start-up of {checkout} ({args.runs} runs each, {cache}, load {os.getloadavg()[0]:.2f})")
    for name, measured in times.items():
        median = statistics.median(measured)
        met = "met" if median <= GOAL_SECONDS else "not met"
        goal = "" if name.startswith("python") else f"  goal <= {GOAL_SECONDS:.2f} s: {met}"
        print(f"  {name:30} median {median:5.3f} s  fastest {min(measured):5.3f} s  {median / baseline:5.1f}x baseline{goal}")
    print(f"  {'foia costs (new database)':30} median {statistics.median(first_use):5.3f} s  "
          "(first use: creates the schema with Alembic, once per database)")


if __name__ == "__main__":
    main()
