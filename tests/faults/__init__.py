"""End-to-end fault tests: the real CLI against a misbehaving stand-in Crossref."""
