"""Integers of any size: what the compiler emits and what a page pays for it."""

from __future__ import annotations

from sprag_codegen import compile_source
from sprag_codegen.runtime.registry import helper_closure

BIGINT_MACHINERY = {"$big", "$bigargs", "$bigstr", "$tofloat", "$bigdiv", "$powint"}


def _closure(source: str) -> set:
    return set(helper_closure(compile_source(source, "t.py", helpers="import").helpers))


def test_a_module_without_int_arithmetic_ships_no_bigint_machinery():
    shipped = _closure("def show(state):\n    return str(state['count']) + '!'\nprint(show({'count': 3}))\n")
    assert not shipped & BIGINT_MACHINERY


def test_known_int_addition_is_checked_and_ships_only_the_normaliser():
    shipped = _closure("def inc(n: int) -> int:\n    return n + 1\nprint(inc(1))\n")
    assert {"$iadd", "$big"} <= shipped
    assert not shipped & {"$bigargs", "$tofloat", "$bigdiv"}


def test_literals_past_2_53_are_bigint_literals_and_constant_powers_fold():
    code = compile_source("a = 2 ** 64\nb = -9007199254740993\nc = 9007199254740991\n", "t.py").code
    assert "a = 18446744073709551616n;" in code
    assert "9007199254740993n" in code
    assert "c = 9007199254740991;" in code


def test_known_int_bit_operators_use_the_32_bit_helpers():
    code = compile_source("def h(a: int, b: int) -> int:\n    return (a ^ b) & 0xFF\n", "t.py").code
    assert "$iand($ixor(a, b), 255)" in code


def test_range_loop_with_a_variable_start_can_switch_its_counter_to_bigint():
    code = compile_source("def f(a: int, b: int):\n    for i in range(a, b):\n        print(i)\n",
                          "t.py").code
    assert "$rs(" in code and 'typeof $i' in code


def test_range_loop_with_small_literal_bounds_stays_a_plain_for():
    code = compile_source("for i in range(10):\n    print(i)\n", "t.py").code
    assert "$rs(" not in code


def test_int_float_mixing_converts_the_int_operand(same_as_cpython):
    same_as_cpython("""
        def scale(n: int, f: float) -> float:
            return n * f
        print(scale(2 ** 70, 0.5), scale(3, 1.5))
        try:
            scale(10 ** 400, 1.0)
        except OverflowError as e:
            print("OverflowError:", e)
        """)
