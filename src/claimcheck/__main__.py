"""Command layer, the entry point: `claimcheck` and `python -m claimcheck`.

`claimcheck --version` is answered before typer is imported (start-up time counts); every
other command line goes to the typer app in `cli.py`.
"""

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from claimcheck import __version__

        sys.stdout.write(f"claimcheck {__version__}\n")
        return
    from claimcheck.cli import main as run

    run()


if __name__ == "__main__":
    main()
