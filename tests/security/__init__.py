"""Security tests: hosts, URL encoding, HTML escaping, cache format, written paths."""
