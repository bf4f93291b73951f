"""The framework's ``sprag`` commands: dev, serve, build, pack, routes, doctor, inspect.

Each lives in its own module and reaches the host command group through the
``sprag.commands`` entry points in spragkit's ``pyproject.toml``. They use only the contract
of ``docs/content/design/contracts.md`` section 4: ``sprag.project.load_app``, ``App.flask``,
``App.serve``, ``App.surfaces`` and ``sprag.toolchain.pipeline``. Nothing here is imported by ``import
sprag``, so the framework's import time does not pay for the toolchain.
"""

__all__: list = []
