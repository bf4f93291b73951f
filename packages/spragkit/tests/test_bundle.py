"""The production bundler: the JS scanner, conditional regions, hoisting and the fallbacks."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from sprag.toolchain.bundle import BundleError, _resolve_regions, bundle_surfaces
from sprag.toolchain.jsscan import ScanError, identifiers, strip_js, tokens, top_level_names

NODE = shutil.which("node")


def test_top_level_names_sees_every_declaration_form_and_nothing_nested():
    code = """
const a = 1, { b, c: d, e = 2, ...rest } = obj, [f, [g]] = list;
let h;
async function i() { const nested = 1; return `x${ { y: 1 }.y }`; }
function* j() {}
class K extends Base { m() { let inner; } }
var l = /[/]{}/g.test("}{") ? '//' : "/*";
"""
    assert top_level_names(code) == ["a", "b", "d", "e", "rest", "f", "g", "h", "i", "j", "K", "l"]


def test_scanner_keeps_strings_templates_and_regexes_whole():
    code = "const s = `a ${ `b ${c}` } d`; const r = x / 2 / y; const q = /\\/}/;"
    kinds = [k for k, _, _ in tokens(code)]
    assert kinds.count("regex") == 1
    assert "c" in identifiers(code)
    assert identifiers("a.b(c?.d)") == {"a", "c"}


def test_scanner_rejects_what_it_cannot_read():
    with pytest.raises(ScanError):
        tokens("const a = 'unterminated")
    with pytest.raises(ScanError):
        tokens("function f() {")


def test_regions_keep_only_what_some_kept_code_names():
    sources = {
        "ragot/a.js": "class A {\n//#if used\nused() { return helper(); }\n//#endif\n//#if unused\nunused() {}\n//#endif\n}\n"
        "//#if helper\nfunction helper() { return 1; }\n//#endif\n",
        "m/app.js": "new A().used();\n",
    }
    out = _resolve_regions(sources)
    assert "used() {" in out["ragot/a.js"]
    assert "unused" not in out["ragot/a.js"]
    # kept only because the kept region calls it (the fixpoint)
    assert "function helper" in out["ragot/a.js"]


def test_names_in_strings_keep_regions_and_dynamic_attribute_access_keeps_all():
    runtime = "class A {\n//#if onPing\nonPing() {}\n//#endif\n//#if other\nother() {}\n//#endif\n}\n"
    out = _resolve_regions({"ragot/a.js": runtime, "m/app.js": '$ga(null, self, "on_ping", "onPing");\n'})
    assert "onPing() {}" in out["ragot/a.js"] and "other() {}" not in out["ragot/a.js"]
    out = _resolve_regions({"ragot/a.js": runtime, "m/app.js": "$getattr(self, name);\n"})
    assert "other() {}" in out["ragot/a.js"]


def test_unbalanced_region_markers_are_a_bundle_error():
    with pytest.raises(BundleError, match="without '//#endif'"):
        _resolve_regions({"ragot/a.js": "//#if x\nconst a = 1;\n"})
    with pytest.raises(BundleError, match="without '//#if'"):
        _resolve_regions({"ragot/a.js": "//#endif\n"})


def test_strip_keeps_region_markers():
    assert strip_js("// a comment\n  //#if word\nx();\n//#endif\n") == "//#if word\nx();\n//#endif\n"


def _bundle(sources, entries=("entry/a.js",)):
    deps = {v: re.findall(r'^(?:import|export)\b[^"\n]*"([^"]+)"', code, re.M) for v, code in sources.items()}

    def resolve(_importer, spec):
        return spec if spec in sources else None

    def closure(entry):
        seen = []

        def visit(v):
            if v in seen:
                return
            seen.append(v)
            for d in deps[v]:
                visit(d)

        visit(entry)
        return seen

    ids = {i: e for i, e in enumerate(entries)}
    names = {i: e.split("/")[1][:-3] for i, e in ids.items()}
    return bundle_surfaces(ids, names, sources, deps, resolve, closure, lambda c: c, "/js/")


RUNTIME = {
    "ragot/base.js": "export const greet = (n) => 'hi ' + n;\n"
    "export class Base {\n//#if shout\nshout() { return 'LOUD'; }\n//#endif\n"
    "//#if whisper\nwhisper() { return 'quiet'; }\n//#endif\n}\n",
    "sprag/wrap.js": 'import { Base as Inner } from "ragot/base.js";\nclass Wrapped extends Inner {}\n'
    "export { Wrapped as Base };\n",
}


def test_runtime_modules_are_hoisted_and_compiled_modules_wrapped():
    sources = dict(RUNTIME)
    sources["m/app.js"] = (
        'import { Base } from "sprag/wrap.js";\nimport { greet } from "ragot/base.js";\n'
        "class Base2 extends Base {}\nconst greet2 = greet;\nexport { Base2, greet2 };\n"
    )
    sources["entry/a.js"] = (
        'import { Base2, greet2 } from "m/app.js";\nglobalThis.out = [greet2("x"), new Base2().shout()];\n'
    )
    files, out = _bundle(sources)
    (code,) = files.values()
    assert out[0].runtime is None
    assert "(()=>{" in code and "const Inner=Base;" in code  # hoisted, aliased import
    assert "whisper" not in code and "shout()" in code
    assert "return{Base2,greet2}" in code  # the compiled module stays wrapped
    if NODE:
        run = subprocess.run([NODE, "-e", code + "\nconsole.log(JSON.stringify(globalThis.out))"],
                             capture_output=True, text=True, timeout=30)
        assert run.returncode == 0, run.stderr
        assert json.loads(run.stdout) == ["hi x", "LOUD"]


def test_colliding_runtime_names_fall_back_to_a_wrapped_module():
    sources = {
        "ragot/one.js": "export const value = 1;\nexport const same = 'one';\n",
        "sprag/two.js": 'import { value } from "ragot/one.js";\nconst same = "two";\nexport const both = [value, same];\n',
        "entry/a.js": 'import { both } from "sprag/two.js";\nimport { same } from "ragot/one.js";\nglobalThis.out = [both, same];\n',
    }
    files, _ = _bundle(sources)
    (code,) = files.values()
    assert "return{both}" in code  # sprag/two.js could not be hoisted: wrapped instead
    if NODE:
        run = subprocess.run([NODE, "-e", code + "\nconsole.log(JSON.stringify(globalThis.out))"],
                             capture_output=True, text=True, timeout=30)
        assert run.returncode == 0, run.stderr
        assert json.loads(run.stdout) == [[1, "two"], "one"]


def test_surfaces_share_a_runtime_file_only_when_they_need_the_same_runtime_code():
    sources = dict(RUNTIME)
    sources["entry/a.js"] = 'import { Base } from "sprag/wrap.js";\nglobalThis.a = new Base().shout();\n'
    sources["entry/b.js"] = 'import { Base } from "sprag/wrap.js";\nglobalThis.b = new Base().whisper();\n'
    sources["entry/c.js"] = 'import { Base } from "sprag/wrap.js";\nglobalThis.c = new Base().shout() + 1;\n'
    files, out = _bundle(sources, ("entry/a.js", "entry/b.js", "entry/c.js"))
    # a and c use the same runtime code: one shared, cacheable file
    assert out[0].runtime and out[0].runtime == out[2].runtime
    runtime = files[out[0].runtime]
    assert "shout()" in runtime and "whisper" not in runtime
    # b needs other code: it ships its own, without a's and c's helper
    assert out[1].runtime is None
    assert "whisper()" in files[out[1].entry] and "shout" not in files[out[1].entry]


def test_words_inside_strings_and_comments_keep_no_region():
    runtime = "class A {\n//#if stream\nstream() {}\n//#endif\n//#if onPing\nonPing() {}\n//#endif\n}\n"
    app = 'fetch(u, {headers: {"Content-Type": "application/octet-stream"}}); // a stream\n/* stream */\n'
    out = _resolve_regions({"ragot/a.js": runtime, "m/app.js": app})
    assert "stream() {}" not in out["ragot/a.js"]
    out = _resolve_regions({"ragot/a.js": runtime, "m/app.js": app + "x.stream(u, f);\n"})
    assert "stream() {}" in out["ragot/a.js"] and "onPing" not in out["ragot/a.js"]


def test_surface_flags_turn_a_feature_on_for_that_surface_only():
    sources = {
        "ragot/s.js": "export function store() {\n//#if @live\nlisten();\n//#endif\nreturn 1;\n}\n"
        "//#if @live\nfunction listen() { globalThis.sse = 1; }\n//#endif\n",
        "entry/a.js": 'import { store } from "ragot/s.js";\nstore();\n',
        "entry/b.js": 'import { store } from "ragot/s.js";\nstore();\n',
    }
    deps = {v: re.findall(r'^import\b[^"\n]*"([^"]+)"', c, re.M) for v, c in sources.items()}
    files, out = bundle_surfaces(
        {0: "entry/a.js", 1: "entry/b.js"}, {0: "a", 1: "b"}, sources, deps,
        lambda _i, spec: spec if spec in sources else None, lambda e: [e] + deps[e],
        lambda c: c, "/js/", surface_flags={1: ("@live",)},
    )
    assert "sse" not in files[out[0].entry] and "sse" in files[out[1].entry]


def test_ref_selector_runtime_ships_only_with_a_page_that_uses_it():
    from pathlib import Path

    from ragot import __file__ as ragot_init

    js = Path(ragot_init).parent / "js"
    owner = strip_js((js / "owner.js").read_text())
    ref = strip_js((js / "ref.js").read_text())
    without = _resolve_regions({"ragot/owner.js": owner, "m/app.js": "new Owner().start();\n"})
    assert "$ragotRef" not in without["ragot/owner.js"]
    used = _resolve_regions({"ragot/owner.js": owner, "ragot/ref.js": ref, "m/app.js": '$$ref("button");\n'})
    assert "$ragotRef" in used["ragot/owner.js"]
