"""Click command groups of the entry layer, one module per group (netlist, knowledge, serve, eval).

Nothing below the entry layer imports click: the engines these commands drive take plain
arguments and a settings object.
"""
