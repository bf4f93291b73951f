"""Source maps v3: VLQ encoding, statement-level mappings, and node stack traces mapped back."""

from __future__ import annotations

import re
import textwrap

from conftest import needs_node, run_node_file

from sprag_codegen import compile_source
from sprag_codegen.compiler.sourcemap import _vlq, decode_mappings, original_line

SOURCE = textwrap.dedent(
    """\
    def area(w, h):
        total = w * h
        return total


    class Box:
        def __init__(self, size):
            self.size = size

        def explode(self):
            raise ValueError("boom " + str(self.size))


    print(area(2, 3))
    Box(4).explode()
    """
)


def test_vlq_round_trips_through_the_decoder():
    for values in ([0, 0, 0, 0], [5, 0, -3, 17], [1000, 0, 123456, -99]):
        seg = "".join(_vlq(v) for v in values)
        assert decode_mappings(seg)[0][0] == tuple(values)


def test_map_has_the_v3_fields_and_the_source():
    art = compile_source(SOURCE, "shapes.py")
    smap = art.source_map
    assert smap["version"] == 3
    assert smap["sources"] == ["shapes.py"]
    assert smap["sourcesContent"] == [SOURCE]
    assert smap["names"] == []
    assert smap["mappings"].count(";") == art.code.count("\n") - 1


def _js_line_of(code: str, needle: str) -> int:
    for number, line in enumerate(code.splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in generated code")


def test_a_generated_statement_maps_to_its_python_line():
    art = compile_source(SOURCE, "shapes.py")
    assert original_line(art.source_map, _js_line_of(art.code, "total = $mul(w, h)")) == 2
    assert original_line(art.source_map, _js_line_of(art.code, "return total;")) == 3
    assert original_line(art.source_map, _js_line_of(art.code, "self.size = size;")) == 8


def test_helper_lines_are_unmapped():
    art = compile_source(SOURCE, "shapes.py")
    assert original_line(art.source_map, _js_line_of(art.code, "function $print")) is None


@needs_node
def test_a_node_stack_frame_maps_back_to_the_raising_python_line(tmp_path):
    art = compile_source(SOURCE, "shapes.py")
    out = tmp_path / "shapes.mjs"
    out.write_text(art.code)
    proc = run_node_file(out)
    assert proc.returncode != 0
    assert proc.stdout == "6\n"
    frame = re.search(r"at (?:Box\.)?explode \(.*shapes\.mjs:(\d+):\d+\)", proc.stderr)
    assert frame, proc.stderr
    assert original_line(art.source_map, int(frame.group(1))) == 11
