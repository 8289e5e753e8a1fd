"""Command line: python -m scripts {extract,validate,build,...}."""

from __future__ import annotations

import argparse
import importlib
import sys

from .errors import command

COMMANDS = {
    "add-source": ("scripts.add_source", "copy a new issue into sources/ and register it"),
    "extract": ("scripts.extract", "regenerate datapackage/data/*.csv from sources/"),
    "validate": ("scripts.validate", "validate the package and cross-check it against the gazette"),
    "build": ("scripts.build_db", "load the package into build/dazu-gazette.db for the portal"),
    "serve": ("scripts.portal.serve", "build if needed and serve the portal on 127.0.0.1:8001"),
    "release": ("scripts.release", "check and write versioned artifacts to dist/"),
    "diff": ("scripts.datadiff", "rows added/removed/changed between two package versions"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (_, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    args, rest = parser.parse_known_args(argv)
    module = importlib.import_module(COMMANDS[args.command][0])
    return command(args.command)(module.main)(rest)


if __name__ == "__main__":
    sys.exit(main())
