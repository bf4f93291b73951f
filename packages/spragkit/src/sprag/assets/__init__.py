"""Static and declared assets: content hashing, the served-file model and compression.

Imports: nothing else of ``sprag`` but the user-facing modules; never ``http``, ``render``,
``toolchain`` or ``commands``.
"""
