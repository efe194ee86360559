"""What pyproject.toml cannot say: the Alembic migrations, which developers keep in migrations/ at the top
of the checkout (`alembic` and new revisions go there), ship inside the installed package as
foia/migrations, so a wheel can create and upgrade its database (foia.db.migrations_dir finds either)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["foia", "foia.*"]), "foia.migrations", "foia.migrations.versions"],
    package_dir={"foia.migrations": "migrations"},
)
