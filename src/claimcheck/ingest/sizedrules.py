"""The joins of a one-a-line list that read the entry's size (its only line so far).

Each rule takes the line before, the line, the list's habits, the entry's number of lines and
whether it printed its year, and says whether the line carries on that entry; `segment` asks
them together, beside `lateyear.RULES` (the joins that need no size). They live here, not in
one of their modules, so that no rule module imports the others (`yearinrest` once held them
and so imported the modules that ask `ownyear.own_year`, which it held too).
"""

from __future__ import annotations

from claimcheck.ingest import containercut, imprintrest, opentitlerest, yearinrest

# a dated entry's rest that prints a year (`yearinrest`), an imprint alone (`imprintrest`),
# a title cut on the first line (`opentitlerest`), a container cut on it (`containercut`)
SIZED_RULES = (yearinrest.rest_with_year, imprintrest.rest_to_imprint,
               opentitlerest.rest_of_open_title, containercut.rest_of_container,
               containercut.rest_of_editors)
