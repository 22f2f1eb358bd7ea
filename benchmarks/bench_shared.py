"""The shared store: open and save a plan on a local PostgreSQL server against the plan file, in the same run.

The server is started for the run (initdb into a temporary folder, pg_ctl on
127.0.0.1 and a free port, fsync on: a commit reaches the disk as a plan
file's save does) and stopped at the end; without PostgreSQL's binaries the
figures are left out with a note.  Open is the read of the plan (the file:
``open_plan``); save is a whole save as the window does it: the revision
check, the changes from the comparison engine (one power edited), the new
revision's rows (those that differ from the revision it builds on: the store
shares the rest between revisions), one transaction.  Target: ≤ 2× the file.

The same open and save are measured again as an editor's login role (a member of
``reformdesk_editor``), whom row-level security binds: every row read is checked
against the plan's rights and a save's rows go in through a temporary table and an
INSERT … SELECT (COPY is refused under row-level security).  The first two figures
are the store's owner's, to whom the policies do not apply.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.harness import Result, median_time, plan_file, synthetic_plan
from reformdesk.store.plan_store import PlanLocation
from reformdesk.store.planfile import open_plan, save_plan


def figures(size: str, repeat: int, workdir: Path) -> list[Result]:
    from tests.postgres_server import NoServer, local_server

    try:
        server_context = local_server(durable=True)
        server = server_context.__enter__()
    except NoServer as exc:
        return [Result("open / save on PostgreSQL", size, 0.0, note=f"not measured: {exc}")]
    try:
        from reformdesk.store.postgres import PostgresStore

        server.sql("CREATE DATABASE rd_bench")
        url = server.url("rd_bench")
        plan = synthetic_plan(size)
        path = plan_file(size, workdir)
        out = workdir / f"{size}-shared-baseline.rdplan"
        location = PlanLocation.parse(f"{url}?plan={size}")
        store = PostgresStore(url)
        try:
            store.save(plan, location)
            opened = store.open(location)
            work = opened.plan
            power = next(iter(work.powers.values()))
            count = [0]

            def edit_and_save() -> None:
                count[0] += 1
                power.note = f"第{count[0]}次修改"
                store.save(work, location)

            def edit_and_save_file() -> None:
                count[0] += 1
                power.note = f"第{count[0]}次修改"
                save_plan(work, out)

            file_open = median_time(lambda: open_plan(path), repeat)
            pg_open = median_time(lambda: store.read(location), repeat)
            file_save = median_time(edit_and_save_file, repeat)
            pg_save = median_time(edit_and_save, repeat)
            if opened.lease is not None:
                opened.lease.release()
            server.sql(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rd_bench_editor') THEN "
                "CREATE ROLE rd_bench_editor LOGIN; END IF; END $$"
            )
            server.sql("GRANT reformdesk_editor TO rd_bench_editor")
            editor = PostgresStore(server.url("rd_bench", "rd_bench_editor"))
            try:
                mine = editor.open(location)
                work = mine.plan
                power = next(iter(work.powers.values()))

                def edit_and_save_as_editor() -> None:
                    count[0] += 1
                    power.note = f"第{count[0]}次修改"
                    editor.save(work, location)

                editor_open = median_time(lambda: editor.read(location), repeat)
                editor_save = median_time(edit_and_save_as_editor, repeat)
                if mine.lease is not None:
                    mine.lease.release()
            finally:
                editor.dispose()
        finally:
            store.dispose()
        return [
            Result(
                "open a plan from PostgreSQL (file: open_plan)", size, pg_open, baseline=file_open, ratio_target=2.0
            ),
            Result("save a plan to PostgreSQL (file: save_plan)", size, pg_save, baseline=file_save, ratio_target=2.0),
            Result(
                "open from PostgreSQL as an editor, row-level security (file: open_plan)",
                size,
                editor_open,
                baseline=file_open,
                ratio_target=2.0,
            ),
            Result(
                "save to PostgreSQL as an editor, row-level security (file: save_plan)",
                size,
                editor_save,
                baseline=file_save,
                ratio_target=2.0,
            ),
        ]
    finally:
        server_context.__exit__(None, None, None)
