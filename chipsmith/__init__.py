"""chipsmith: a multi-agent design assistant for hardware engineers."""

__version__ = "0.1.0"
