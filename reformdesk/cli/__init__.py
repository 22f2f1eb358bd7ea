"""Command line: ``reformdesk [PLAN]`` opens the window; subcommands script the rest.

One module per subcommand (``NAME``, ``add_parser``, ``run``); heavy modules
(Qt, openpyxl) are imported inside the subcommand that needs them so that
``reformdesk info`` starts fast.  This is the top layer: it may use every
other one (the window through :mod:`reformdesk.cli.open_window`).

Exit codes: 0 success (and "no problems" / "no differences"), 1 problems or
differences found or rows rejected, or the output was cut short (a closed
pipe: the command could not finish what it reports), 2 a file cannot be
read or written (a full disk too, for the output).  A command never reports
success before its work is saved.
Errors are one line on stderr starting with ``reformdesk: ``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from types import ModuleType

#: The subcommands (modules of this package), in the order ``--help`` lists them.  Imported
#: only when parsed: the window's start-up does not pay for the store, the comparison
#: engine or the enforcement plans that the scripting commands need.
SUBCOMMANDS = (
    "open",
    "new",
    "info",
    "validate",
    "generate",
    "import",
    "export",
    "diff",
    "conform",
    "approvals",
    "new-year",
    "copy",
    "history",
    "server",
)
_MODULES = {
    "open": "open_window",
    "new": "new",
    "info": "info",
    "validate": "validate",
    "generate": "generate",
    "import": "import_list",
    "export": "export",
    "diff": "diff",
    "conform": "conform",
    "approvals": "approvals",
    "new-year": "new_year",
    "copy": "copy",
    "history": "history",
    "server": "server",
}


def _commands(names: Sequence[str] = SUBCOMMANDS) -> tuple[ModuleType, ...]:
    return tuple(import_module(f"reformdesk.cli.{_MODULES[name]}") for name in names)


def _parser(commands: Sequence[ModuleType] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reformdesk",
        description="ReformDesk 改革方案编制助手. Without a subcommand: open PLAN (or nothing) in the window.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands if commands is not None else _commands():
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `reformdesk PLAN` is `reformdesk open PLAN`.
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        args_list.insert(0, "open")
    if args_list[0] == "open" and not {"-h", "--help"} & set(args_list):
        # The window: parsed with its own subcommand only, so starting it imports none of the others.
        (window,) = _commands(("open",))
        return window.run(_parser((window,)).parse_args(args_list))  # type: ignore[no-any-return]
    commands = _commands()
    args = _parser(commands).parse_args(args_list)
    by_name = {c.NAME: c for c in commands}
    from reformdesk.cli import catalogue, common, enforcement

    try:
        command = by_name.get(args.command)
        if enforcement.handles(args):  # a county enforcement plan (.rdcounty), by its application id
            code = enforcement.run(args)
        elif catalogue.handles(args):  # a county catalogue (.rdcatalog), by its application id
            code = catalogue.run(args)
        elif command is not None:
            code = command.run(args)
        else:
            code = common.UNREADABLE
        sys.stdout.flush()  # a full disk or closed pipe shows here, not after main has returned
        return code
    except common.PlanFileError as exc:
        return common.fail(exc)
    except BrokenPipeError:
        # Output piped into `head` and cut short: no traceback, but not success either
        # (`reformdesk validate PLAN | head -1` on a plan with problems still exits 1).
        _discard_stdout()
        return common.FOUND
    except OSError as exc:
        if exc.filename is not None:  # a subcommand's own file, not the output
            return common.fail(f"无法读写文件 {exc.filename}：{exc.strerror or exc}")
        _discard_stdout()
        return common.fail(f"无法写出输出：{exc.strerror or exc}")


def _discard_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout is no real file (tests, an embedding program)
    finally:
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
