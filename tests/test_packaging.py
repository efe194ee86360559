"""The package as users install it: a wheel carries its migrations, so outside this checkout it creates
its database and imports the sample release (`.ci/run` does the same in a fresh virtualenv)."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_wheel_creates_its_database_and_imports_the_sample_outside_the_checkout(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "dist"),
         str(ROOT)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("foia-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        migrations = {Path(name).name for name in names if name.startswith("foia/migrations/versions/")}
        assert {"env.py", "script.py.mako"} <= {Path(name).name for name in names if name.startswith("foia/migrations/")}
        assert migrations >= {path.name for path in (ROOT / "migrations" / "versions").glob("*.py")}
        archive.extractall(tmp_path / "site")
    elsewhere = tmp_path / "newsroom"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site"), "FOIA_DATABASE_URL": f"sqlite:///{elsewhere / 'foia.db'}"}

    def foia(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "foia", *args], cwd=elsewhere, env=env, capture_output=True, text=True)

    where = subprocess.run([sys.executable, "-c", "import foia.db; print(foia.db.MIGRATIONS_DIR)"], cwd=elsewhere,
                           env=env, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()) == tmp_path / "site" / "foia" / "migrations"
    imported = foia("import", str(ROOT / "records"))
    assert imported.returncode == 0, imported.stderr
    costs = list(csv.DictReader(io.StringIO(foia("export", "costs").stdout)))
    assert any(" ".join(row["quote"].split()) == "between $6 and $12 a month" for row in costs)
