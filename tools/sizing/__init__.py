"""The sizing engine: problems, evaluation in ngspice, the search, request specs and reports.

No model is called here; the circuit_sizer agent asks the model for a start point and
hands it to :func:`chipsmith.tools.sizing.search.optimise` like any other.
"""
