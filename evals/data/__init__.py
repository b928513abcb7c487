"""Data files for the benchmark adapters (read with importlib.resources)."""
