"""Second Opinion: a kidney cancer second-opinion companion.

Layers, each importing only those before it:
``content`` (the guide as data) -> ``store`` (TinyDB) -> ``state`` -> ``ui``.
"""
