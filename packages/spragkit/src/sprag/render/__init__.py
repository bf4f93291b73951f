"""Rendering: a surface's HTML (renderer), the document around it (document, shells),
the JSON payload and page metadata.

Imports: the user-facing modules of ``sprag`` only; never ``http``, ``toolchain`` or
``commands``.
"""
