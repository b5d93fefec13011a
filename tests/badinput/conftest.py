"""Two ways to run the command line: `invoke` in-process (typer's CliRunner on `cli.app`, fast,
for the many small cases) and `run_cli` in a subprocess (`python -m claimcheck`, so `main()` is
included, a hang is cut by a timeout and peak memory is the command's own) for the big inputs.
"""

from __future__ import annotations

import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from tests.conftest import SNAPSHOT

# Prints the process's own peak RSS after the command, so the memory test measures the CLI
# alone rather than the largest child pytest ever waited for (RUSAGE_CHILDREN).
_WITH_RSS = (
    "import resource, sys\n"
    "from claimcheck.cli import main\n"
    "sys.argv[0] = 'claimcheck'\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "    sys.stderr.write(f'\\nPEAK_RSS_KIB={kib}\\n')\n"
)


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def run_cli(*args: str | Path, timeout: float = 120, measure_rss: bool = False) -> Run:
    """`claimcheck ARGS` in a fresh interpreter; a hang fails the test instead of stalling it."""
    program = ["-c", _WITH_RSS] if measure_rss else ["-m", "claimcheck"]
    completed = subprocess.run(
        [sys.executable, *program, *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=timeout, check=False,
    )
    return Run(completed.returncode, completed.stdout, completed.stderr)


def invoke(*args: str | Path) -> Run:
    """`claimcheck ARGS` in this process. An exception escaping the CLI becomes a traceback in
    stderr (CliRunner would otherwise swallow it), so `assert_no_traceback` catches crashes."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        assert result.exc_info is not None
        stderr += "".join(traceback.format_exception(*result.exc_info))
    return Run(result.exit_code, result.stdout, stderr)


def assert_no_traceback(run: Run) -> None:
    assert "Traceback" not in run.stdout + run.stderr, run.stderr[-3000:]


def assert_one_line_error(run: Run, *fragments: str) -> None:
    """Exit 2 and one `claimcheck: error:` line on stderr naming the problem."""
    assert_no_traceback(run)
    assert run.code == 2, (run.code, run.stderr)
    assert len(run.error_lines) == 1, run.stderr
    line = run.error_lines[0]
    assert line.startswith("claimcheck: error:"), line
    for fragment in fragments:
        assert fragment in line, line


def offline_flags() -> tuple[str, ...]:
    """Verify against the bundled example snapshot only: no network, no cache."""
    return ("--offline", "--no-cache", "--snapshot", str(SNAPSHOT), "--snapshot-complete")


@pytest.fixture
def article(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Writes a small article (text or bytes) under tmp_path and returns its path."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
