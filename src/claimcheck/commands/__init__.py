"""Command layer: what each command does around the pipeline (`claimcheck.pipeline`).

`claimcheck/cli.py` declares the commands and options (typer) and is the only module that exits;
everything a command does between its options and its exit code lives here:

- `settings.py`: one run's settings, merged from flags, config file and environment, and the
  options the services and the pipeline take from them.
- `run.py`: the path of `dois`, `claims` and `verify` (and of `refs` for its report): services
  opened, one article through the pipeline, the report rendered and written, the exit code (one
  rule for every command).
- `bibfiles.py`: `refs` (the reference list as BibTeX) and `dois --fix` (a corrected .bib).
- `folder.py`: any command given a folder (worker processes); `remote.py` shares one resolver
  and one abstract source between them.
- `identifiers.py`: an article named by a DOI, PMCID, arXiv id or URL, or a file listing them.
- `outages.py`: unreachable services named once on stderr (`watched.py`: the abstracts that
  went unanswered, for them); `progress.py`: the progress bars
  (rich, on a terminal only); `helptext.py`: the grouped `--help` pages, printed without
  typer for `--help` and `COMMAND --help`; `argv.py`: a plainly well-formed command line
  read from the same declarations, so the command runs without typer; `typerapp.py`: the
  same pages and the option declarations as typer takes them, for every other line.

Start-up time counts: this package imports nothing, and each module is imported by the command
that needs it.
"""
