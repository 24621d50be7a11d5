"""Deterministic extraction: regular expressions, cue words and a small learned intent model."""
