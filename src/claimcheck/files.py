"""Writing output files safely: atomically, and never over the input the user handed us."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class OutputError(Exception):
    """An output path that cannot or must not be written; one line for the user."""


def write_atomic(path: Path, text: str, *, protect: tuple[Path, ...] = ()) -> None:
    """Writes `text` to `path` through a temporary file and a rename, so a reader never sees
    half a report; refuses to write over any of the `protect`ed input files."""
    target = path.resolve()
    if any(target == p.resolve() for p in protect):
        raise OutputError(f"{path}: refusing to overwrite the input file; choose another -o")
    if target.is_dir():
        raise OutputError(f"{path}: is a directory")
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"{path}: directory {directory} does not exist")
    handle, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    # mkstemp makes the file private (0600); a report gets the mode any new file would get.
    umask = os.umask(0)
    os.umask(umask)
    Path(temp_name).chmod(0o666 & ~umask)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        Path(temp_name).replace(target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
