"""Static checks on untrusted input before any tool runs it: one module per language.

``verilog.check_sources`` and ``spice.check_deck`` raise
:class:`chipsmith.core.errors.SandboxViolation` with the finding and the file:line;
``names`` keeps file and module names from becoming script lines or command-line options.
"""
