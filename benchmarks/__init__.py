"""Benchmarks: a corpus generator and the command that measures zonescope on it."""
