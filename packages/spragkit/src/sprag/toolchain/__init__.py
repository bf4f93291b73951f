"""The browser toolchain: compile (sprag-codegen + the sprag dialect), the module graph,
bundle, JS scanning and minifying, the compile cache, prebuilt output and the build pipeline.

Imports: the user-facing modules of ``sprag`` and ``assets``; never ``http``, ``render`` or
``commands``.
"""
