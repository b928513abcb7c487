"""Wrappers around external tools. Every one runs through :mod:`chipsmith.tools.runner`."""
