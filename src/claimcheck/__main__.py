"""Command layer, the entry point: `claimcheck` and `python -m claimcheck`.

`claimcheck --version` is answered before typer is imported (start-up time counts); every
other command line goes to the typer app in `cli.py`.
"""

import gc
import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from claimcheck import __version__

        sys.stdout.write(f"claimcheck {__version__}\n")
        return
    from claimcheck.cli import main as run

    try:
        run()
    finally:
        # The process ends here. The interpreter's collections at exit would walk every
        # object still alive, though none is kept past it (a 10,000-reference `claims`:
        # ~0.15 s of CPU, docs/benchmarks/scale.md, session 20); frozen, they are freed all
        # the same, only not walked.
        gc.freeze()


if __name__ == "__main__":
    main()
