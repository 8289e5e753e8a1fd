"""Benchmarks (run by `make bench`): figures are medians of repeated runs on this machine."""
