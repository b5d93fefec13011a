"""claimcheck: checks an article's references against Crossref and its citations against sources."""

__version__ = "0.1.0"
