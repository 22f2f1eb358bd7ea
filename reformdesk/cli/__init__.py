"""Command line: ``reformdesk [PLAN]`` opens the window; subcommands script the rest.

One module per subcommand (``NAME``, ``add_parser``, ``run``); heavy modules
(Qt, openpyxl) are imported inside the subcommand that needs them so that
``reformdesk info`` starts fast.  This is the top layer: it may use every
other one (the window through :mod:`reformdesk.cli.open_window`).

Exit codes: 0 success (and "no problems" / "no differences"), 1 problems or
differences found or rows rejected, 2 a file cannot be read or written.
Errors are one line on stderr starting with ``reformdesk: ``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from reformdesk.cli import diff, export, generate, import_list, info, open_window, validate
from reformdesk.cli.common import UNREADABLE, PlanFileError, fail

#: The subcommands, in the order ``--help`` lists them.
COMMANDS = (open_window, info, validate, generate, import_list, export, diff)
SUBCOMMANDS = tuple(c.NAME for c in COMMANDS)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reformdesk",
        description="ReformDesk 改革方案编制助手. Without a subcommand: open PLAN (or nothing) in the window.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `reformdesk PLAN` is `reformdesk open PLAN`.
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        args_list.insert(0, open_window.NAME)
    args = _parser().parse_args(args_list)
    by_name = {c.NAME: c for c in COMMANDS}
    try:
        command = by_name.get(args.command)
        return command.run(args) if command is not None else UNREADABLE
    except PlanFileError as exc:
        return fail(exc)
    except BrokenPipeError:
        # Output piped into `head` and cut short: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        # A file the command reads or writes refused (permissions, full disk, a device).
        return fail(f"{exc.strerror or exc}{f'：{exc.filename}' if exc.filename else ''}")


if __name__ == "__main__":
    sys.exit(main())
