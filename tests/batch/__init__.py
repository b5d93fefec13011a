"""Batch mode: a folder of articles, one report each, one shared resolver."""
