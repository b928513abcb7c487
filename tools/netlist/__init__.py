"""Netlist translation: SPICE dialects, Spectre and structural Verilog through one circuit model."""
