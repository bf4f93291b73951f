import sprag


def test_version_is_0_2_or_later():
    major, minor = (int(p) for p in sprag.__version__.split(".")[:2])
    assert (major, minor) >= (0, 2)


def test_every_public_name_imports():
    for name in sprag.__all__:
        assert getattr(sprag, name) is not None, name


def test_browser_decorators_are_ragots_own():
    import ragot
    import specter
    from sprag import animate, debounce, infinite_scroll, ref, throttle, virtual_scroll

    assert (debounce, throttle, animate, virtual_scroll, infinite_scroll, ref) == (
        ragot.debounce, ragot.throttle, ragot.animate, ragot.virtual_scroll,
        ragot.infinite_scroll, ragot.ref,
    )
    from sprag import Operation, Outcome, Resource, Watcher

    assert (Watcher, Operation, Outcome, Resource) == (
        specter.Watcher, specter.Operation, specter.Outcome, specter.Resource)


def test_a_module_importing_the_decorators_from_sprag_compiles_for_the_browser():
    from sprag.toolchain.dialect import sprag_dialect
    from sprag_codegen import compile_source

    source = (
        "from sprag import Module, debounce, throttle\n\n"
        "class Search(Module):\n"
        "    @debounce(0.2)\n"
        "    def on_input(self, event):\n"
        "        self.set_state({'q': event.target.value})\n\n"
        "    @throttle(0.5)\n"
        "    def on_scroll(self, event):\n"
        "        self.set_state({'y': 1})\n"
    )
    artifact = compile_source(source, "search.py", dialect=sprag_dialect())
    assert "ragot/timing.js" in artifact.code
