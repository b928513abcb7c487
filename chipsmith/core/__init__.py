"""The ground floor: errors, atomic files, settings, run records and the console.

Every layer may import from here; nothing here imports from any other chipsmith package.
"""
