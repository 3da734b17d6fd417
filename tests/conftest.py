"""Shared fixtures. Qt runs offscreen; every test gets its own database.

The database is a SQLite file in a temporary folder, or, when KPM_TEST_DB_URL is set
(`scripts/with-postgres.sh`, the second run of `make test`), a fresh PostgreSQL database.
"""

import gc
import os
import sqlite3
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The log and crash reports of the processes under test stay out of the user's log folder.
os.environ.setdefault("KPM_LOG_DIR", tempfile.mkdtemp(prefix="kpm-test-log-"))
# Every test database's office zone, whatever the zone the tests run in (`make test` runs
# them under TZ=UTC and TZ=Asia/Shanghai): the same figures must come out of both.
os.environ["KPM_OFFICE_ZONE"] = "Asia/Shanghai"

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.services.admin import auth as auth_module
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.common.ui_thread_gc import collect_due_generation
from tests.access_helpers import ADMIN_PASSWORD, fast_hasher
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PASSWORD, PERIOD, World, build_world, world_on
from tests.database_targets import PostgresTestDatabases, postgres_test_url
from tests.selection_world import SelectionWorld, build_selection_world, selection_world_on
from tests.tamper_world import TamperedWorld, build_tampered_world, tampered_world_on

DEMO_AS_OF = date(2026, 9, 30)
DEMO_SIZE = DemoSize(staff=30, customers=400, deals=1500, tickets=600, seed=3, as_of=DEMO_AS_OF)


# As in the app (ui/common/ui_thread_gc.py): no automatic collection, which would destroy
# the Qt objects of earlier tests on whichever pool thread allocates; what is due is
# collected between tests, on the main thread.
gc.disable()


@pytest.hookimpl(trylast=True)  # after the fixtures' own teardown
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """After pytest-qt closed the test's widgets: let their pages' thread pools finish, then
    delete what was deleted later, both from Python (which lets the pool threads take the
    GIL); only then collect. Destroyed while holding the GIL (a collection, or a Qt call
    that does not release it), a page whose pool still ran a job waited for that job,
    which waited for the GIL: the tests hung."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = None if widgets is None else widgets.QApplication.instance()
    if app is not None:
        from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

        for window in app.topLevelWidgets():
            for pool in window.findChildren(QThreadPool):
                pool.waitForDone()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    full = gc.get_count()[2] > gc.get_threshold()[2]
    collect_due_generation()
    if full:
        # What survived a full collection between tests is the session's (modules, fixtures,
        # caches): frozen, the next full collections leave it out (they took 1-5 s each
        # late in a run). The tests' own objects are newer and collected as before.
        gc.freeze()


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    """The random order's seed, also under -q (pytest-randomly prints it only in the
    header): rerun a failing order with `-p randomly --randomly-seed=N`."""
    seed = getattr(config.option, "randomly_seed", None)
    if isinstance(seed, int) and config.pluginmanager.has_plugin("randomly"):
        terminalreporter.write_line(f"random test order: --randomly-seed={seed}")


@pytest.fixture(autouse=True)
def release_keyboard_modifiers() -> Iterator[None]:
    """QTest leaves a modifier of `keyClick(..., Ctrl+Shift)` held in Qt's keyboard state,
    and the next test's `selectRow` would then extend or toggle the selection instead of
    selecting: release what a test left held, so tests pass in any order."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    held = QGuiApplication.keyboardModifiers()
    target = widgets.QWidget()
    for key, modifier in (
        (Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Meta, Qt.KeyboardModifier.MetaModifier),
    ):
        if held & modifier:
            QTest.keyRelease(target, key)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if postgres_test_url() is None:
        return
    skip = pytest.mark.skip(reason="SQLite-specific (files, PRAGMA, WAL)")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """The user data folder (witness files, backups) of each test: never the real one."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def cheap_password_hashing(request: pytest.FixtureRequest, monkeypatch) -> None:
    """Passwords hashed and checked in this process use argon2's cheapest profile, as the
    tests' own accounts do (tests/access_helpers.py), so a sign-in does not rehash them
    with the app's parameters (~0.3 s of both cores each). Tests marked `strong_hashing`
    keep the app's parameters; processes the tests start always have them."""
    if request.node.get_closest_marker("strong_hashing") is None:
        monkeypatch.setattr(auth_module, "PasswordHasher", fast_hasher)


class RememberedHashes(PasswordHasher):
    """The app's argon2 parameters; each password is hashed once per session and its hash
    handed out again (~0.3 s saved each time). For setting up accounts whose hashes must
    be strong, never for testing the hashing: verifying is argon2's own."""

    def __init__(self) -> None:
        super().__init__()
        self._hashes: dict[str | bytes, str] = {}

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        if salt is not None:
            return super().hash(password, salt=salt)
        if password not in self._hashes:
            self._hashes[password] = super().hash(password)
        return self._hashes[password]


@pytest.fixture(scope="session")
def app_hashes() -> RememberedHashes:
    """A hasher with the app's parameters that hashes each password once per session."""
    return RememberedHashes()


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[PostgresTestDatabases | None]:
    url = postgres_test_url()
    if url is None:
        yield None
        return
    databases = PostgresTestDatabases(url)
    yield databases
    databases.close()


@pytest.fixture
def new_database_target(
    tmp_path: Path, postgres_databases: PostgresTestDatabases | None
) -> Iterator[Callable[[], str]]:
    """A factory of fresh, empty (unmigrated) databases: file paths or PostgreSQL URLs."""
    created: list[str] = []

    def create() -> str:
        if postgres_databases is None:
            target = str(tmp_path / f"new-{len(created) + 1}.sqlite3")
        else:
            target = postgres_databases.create_empty()
        created.append(target)
        return target

    yield create
    if postgres_databases is not None:
        for url in created:
            postgres_databases.drop(url)


# What a test's database is copied from, by the fixtures the test asks for: building the
# appraisal world for each test took ~0.25 s on SQLite (more on PostgreSQL), copying takes
# ~10 ms. The first kind the test asks for, in this order, wins.
TEMPLATE_KINDS = (
    "tampered_world",
    "strong_finalized",
    "world",
    "empty_cycle_world",
    "demo_database",
    "selection_world",
)


def _template_kind(request: pytest.FixtureRequest) -> str:
    return next((kind for kind in TEMPLATE_KINDS if kind in request.fixturenames), "empty")


def _fill_template(kind: str, database: Database) -> World | TamperedWorld | SelectionWorld | None:
    """Fill a new template of `kind`; the world built in it, for the tests' fixtures."""
    if kind == "empty":
        return None
    if kind == "selection_world":
        return build_selection_world(database)
    _fill_demo(database)
    if kind == "demo_database":
        return None
    if kind == "tampered_world":
        return build_tampered_world(database)
    world = build_world(database)
    if kind in ("world", "strong_finalized"):
        report = world.services.cycles.bulk_create(world.admin, PERIOD)
        assert report.created == 8  # E00013 and the seven active 销售一部 staff (head included)
    if kind == "strong_finalized":
        _strong_and_finalized(world)
    return world


def _strong_and_finalized(world: World) -> None:
    """Hashes with the app's argon2 parameters for `admin` and `lubo` (~0.3 s each), and
    E00013's appraisal rated and finalized."""
    auth = AuthService(world.database, AuditTrail(world.database), hasher=PasswordHasher())
    auth.set_password(world.admin, "admin", ADMIN_PASSWORD)
    auth.set_password(world.admin, "lubo", PASSWORD)
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)


class Templates:
    """The session's template databases, each made on first use: SQLite files copied for
    each test, or PostgreSQL databases each test's database is created from. The worlds
    built in them keep their accounts and template ids for the tests' fixtures."""

    def __init__(self, folder: Path, postgres: PostgresTestDatabases | None) -> None:
        self._folder = folder
        self._postgres = postgres
        self._files: dict[str, Path] = {}
        self.worlds: dict[str, World | TamperedWorld | SelectionWorld | None] = {}

    def new_database(self, kind: str, path: Path) -> str:
        """A new database copied from the template of `kind`: at `path` for SQLite, or a
        new PostgreSQL database (its URL)."""
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("XDG_DATA_HOME", str(self._folder / "user-data"))
            if self._postgres is not None:
                return self._postgres.create_migrated(kind, lambda db: self._filled(kind, db))
            _copy_sqlite(self._file(kind), path)
            return str(path)

    def sqlite_copy(self, kind: str, path: Path) -> Path:
        """A new SQLite file at `path` copied from the template of `kind`, whichever
        database the other tests use (for the commands, which the tests run on SQLite)."""
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("XDG_DATA_HOME", str(self._folder / "user-data"))
            _copy_sqlite(self._file(kind), path)
        return path

    def _file(self, kind: str) -> Path:
        if kind not in self._files:
            file = self._folder / f"{kind}.sqlite3"
            if kind == "empty":
                open_database(file).database.dispose()
            else:
                _copy_sqlite(self._file("empty"), file)
                database = open_database(file).database
                self._filled(kind, database)
                database.dispose()
            self._files[kind] = file
        return self._files[kind]

    def _filled(self, kind: str, database: Database) -> None:
        self.worlds[kind] = _fill_template(kind, database)


@pytest.fixture(scope="session")
def database_templates(
    tmp_path_factory: pytest.TempPathFactory, postgres_databases: PostgresTestDatabases | None
) -> Templates:
    return Templates(tmp_path_factory.mktemp("templates"), postgres_databases)


@pytest.fixture
def migrated_file(tmp_path: Path, database_templates: Templates) -> Callable[[str], Path]:
    """A factory of new, migrated, empty SQLite files named `name` in the test's folder:
    copies of the session's template (running the migrations takes ~0.4 s a file)."""
    return lambda name: database_templates.sqlite_copy("empty", tmp_path / name)


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy (SQLite's backup API), created private like the app's files."""
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)
    origin.close()
    copy.close()


@pytest.fixture
def database(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    database_templates: Templates,
    postgres_databases: PostgresTestDatabases | None,
) -> Iterator[Database]:
    """An empty, migrated database: SQLite in a temporary folder, or PostgreSQL. A test
    that asks for `demo_database` or a world gets it in this same database, copied from
    the session's template."""
    target = database_templates.new_database(_template_kind(request), tmp_path / "kpm.sqlite3")
    opened = open_database(target)
    yield opened.database
    opened.database.dispose()
    if postgres_databases is not None:
        postgres_databases.drop(target)


def _fill_demo(database: Database) -> None:
    generate_demo_data(database, DEMO_SIZE)


@pytest.fixture
def demo_database(database: Database) -> Database:
    """A small deterministic demo company (as of 2026-09-30), in `database`."""
    return database


@pytest.fixture
def tampered_world(demo_database: Database, database_templates: Templates) -> TamperedWorld:
    """A finalized appraisal in a closed cycle, sealed and witnessed, ready to be tampered
    with (tests/tamper_world.py). Its database is copied from the template where that was
    done; the copy is witnessed here, in the test's own data folder, as the template was
    in the session's."""
    built = database_templates.worlds["tampered_world"]
    assert isinstance(built, TamperedWorld)
    return tampered_world_on(built, demo_database)


@pytest.fixture
def empty_cycle_world(
    request: pytest.FixtureRequest, demo_database: Database, database_templates: Templates
) -> World:
    """The demo company with users, two active templates and the open cycle 2026Q3, which
    has no appraisal yet (tests/appraisal_world.py)."""
    built = database_templates.worlds[_template_kind(request)]
    assert isinstance(built, World)
    return world_on(built, demo_database)


@pytest.fixture
def world(empty_cycle_world: World) -> World:
    """`empty_cycle_world` with the cycle's appraisals bulk-created, all in draft (its
    database is copied from the template where that was done: `_fill_template`)."""
    return empty_cycle_world


@pytest.fixture
def strong_finalized(world: World) -> int:
    """`world` where `admin` (ADMIN_PASSWORD) and `lubo` (PASSWORD) have hashes with the
    app's argon2 parameters, and E00013's appraisal is rated and finalized: its id. The
    database is copied from a template where that was done (`_strong_and_finalized`)."""
    appraisal_id = target_id(world)
    assert world.services.appraisals.form(world.admin, appraisal_id).summary.state is (
        AppraisalState.FINALIZED
    )
    return appraisal_id


@pytest.fixture
def selection_world(database: Database, database_templates: Templates) -> SelectionWorld:
    """The worked selection example set up, still a draft (tests/selection_world.py); its
    database is copied from the template where it was set up."""
    built = database_templates.worlds["selection_world"]
    assert isinstance(built, SelectionWorld)
    return selection_world_on(built, database)
