"""Python semantics that need care in JS, checked against CPython (node runs the output)."""

from __future__ import annotations

import re

from sprag_codegen import compile_source


def test_keyword_defaults_star_args_and_kwargs_bind_like_python(same_as_cpython):
    same_as_cpython("""
        def f(a, b=2, *args, c, d=4, **kw):
            return (a, b, args, c, d, sorted(kw.items()))
        print(f(1, c=3))
        print(f(1, 5, 6, 7, c=3, e=9, d=0))
        def g(x, y):
            return x - y
        print(g(y=1, x=10), g(*[5, 2]), g(**{"x": 3, "y": 1}))
        """)


def test_argument_errors_raise_type_error_with_cpython_text(same_as_cpython):
    same_as_cpython("""
        def g(x, y):
            return x
        for call in (lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, z=2), lambda: g(1, x=2)):
            try:
                call()
            except TypeError as e:
                print(e)
        """)


def test_class_attributes_properties_static_and_class_methods(same_as_cpython):
    same_as_cpython("""
        class A:
            count = 0
            def __init__(self, v):
                self.v = v
                A.count += 1
            @property
            def double(self):
                return self.v * 2
            @double.setter
            def double(self, x):
                self.v = x // 2
            @staticmethod
            def make(v):
                return A(v)
            @classmethod
            def name(cls):
                return cls.__name__
        class B(A):
            pass
        a = A.make(3)
        print(a.double, A.count, B.name(), a.count)
        a.double = 10
        print(a.v)
        """)


def test_bound_methods_and_unbound_calls(same_as_cpython):
    same_as_cpython("""
        class Animal:
            def __init__(self, sound):
                self.sound = sound
            def speak(self):
                return self.sound
        class Dog(Animal):
            def speak(self):
                return "loud " + Animal.speak(self)
        d = Dog("woof")
        m = d.speak
        print(m(), Dog.speak(d))
        """)


def test_closures_nonlocal_and_late_binding(same_as_cpython):
    same_as_cpython("""
        def counter():
            n = 0
            def inc():
                nonlocal n
                n += 1
                return n
            return inc
        c = counter()
        c(); c()
        print(c())
        fs = [lambda: i for i in range(3)]
        print([f() for f in fs])
        """)


def test_generators_send_and_survive_break(same_as_cpython):
    same_as_cpython("""
        def gen():
            x = yield 1
            yield x * 2
        g = gen()
        print(next(g), g.send(21))
        def nat():
            n = 0
            while True:
                yield n
                n += 1
        it = nat()
        for v in it:
            if v == 2:
                break
        print(next(it))
        """)


def test_async_await_and_asyncio_gather(same_as_cpython):
    same_as_cpython("""
        import asyncio
        async def fetch(x):
            await asyncio.sleep(0)
            return x * 2
        async def main():
            print(await asyncio.gather(fetch(1), fetch(2)), await fetch(5))
        asyncio.run(main())
        """)


def test_int_and_float_stay_apart_through_untyped_places(same_as_cpython):
    same_as_cpython("""
        total = 0.0
        for i in range(5):
            total += i
        def ident(v):
            return v
        print(total, [total], {"t": total}, ident(total), ident(2.0) + 1, 3.0 * 2)
        x = 4.0
        print(x // 2, x % 3, -x, abs(-x), int(x), float(7), 7 / 7, round(2.5), round(2.675, 2))
        """)


def test_format_specs_and_printf(same_as_cpython):
    same_as_cpython("""
        print(f"{3.14159:.2f} {42:>6} {'x':*^7} {1234567:,} {0.5:%} {255:#x} {7:08.3f} {-3:+d}")
        print(f"{1e20:g} {0.0001234:e} {12345.678:_.1f} {3:b} {2.5:.0f} {3.5:.0f}")
        print("%s=%d (%.1f%%) %r %5s|%-5s|" % ("a", 3, 45.67, "q", "r", "l"))
        print("{} and {}".format(1, [2]), "{0}{1}{0}".format("a", "b"), "{x:>4}".format(x=7))
        """)


def test_float_repr_matches_python(same_as_cpython):
    same_as_cpython("""
        print(0.1 * 3, 1 / 3, 100.0, 1e-5, 123456789.123, 1.5e-7, 5e-324, 1e16, 1e15, -0.0)
        print(1e300 * 1e10, -1e300 * 1e10, 2.5e-5, 12345678901234567.0)
        """)


def test_uncaught_exception_exits_non_zero(run_py):
    proc = run_py("print('before')\nraise ValueError('bad')\n")
    assert proc.stdout == "before\n"
    assert proc.returncode != 0
    assert "ValueError" in proc.stderr and "bad" in proc.stderr


def test_known_int_arithmetic_uses_the_small_exact_int_helpers():
    art = compile_source("def f(a: int, b: int) -> int:\n    return a * b + a - 1\n", "t.py")
    assert "return $isub($iadd($imul(a, b), a), 1);" in art.code


def test_unknown_types_go_through_helpers():
    art = compile_source("def f(a, b):\n    return a + b\n", "t.py")
    assert "return $add(a, b);" in art.code


def test_known_float_locals_are_boxed_only_where_they_escape():
    art = compile_source("x = 1.5\ny = x * 2\nprint(y)\n", "t.py")
    assert "y = (x * 2);" in art.code
    assert "$print($box(y));" in art.code


def test_typed_range_loop_is_a_plain_for():
    art = compile_source("s = 0\nfor i in range(10):\n    s += i\nprint(s)\n", "t.py")
    assert re.search(r"for \(let (\$i\d+) = 0, (\$n\d+) = 10; \1 < \2; \1 \+= 1\)", art.code)
    assert "s = $iadd(s, i);" in art.code


def test_int_literals_beyond_2_53_are_bigint_literals():
    art = compile_source("x = 9007199254740993\ny = -18014398509481984\nz = 9007199254740991\n", "t.py")
    assert "x = 9007199254740993n;" in art.code
    assert "18014398509481984n" in art.code
    assert "z = 9007199254740991;" in art.code


def test_big_int_results_are_exact(same_as_cpython):
    same_as_cpython("""
        def fact(n):
            return 1 if n <= 1 else n * fact(n - 1)
        print(fact(20), fact(25), 2 ** 60, 2 ** 53 + 1, 10 ** 18 + 1, 2 ** 100 // 3)
        """)


def test_small_int_arithmetic_ships_no_bigint_code_paths_beyond_the_checks():
    art = compile_source("def f(a: int, b: int) -> int:\n    return a + b\n", "t.py")
    assert "$iadd(a, b)" in art.code
    assert "$iadd" in art.helpers
    assert "$bigdiv" not in art.code and "$bigargs" not in art.code and "$tofloat" not in art.code


def test_builtin_keywords_and_dict_view_set_operations(same_as_cpython):
    same_as_cpython("""
        print(int("ff", base=16), round(3.14159, ndigits=2), sum([1, 2], start=10))
        print(list(enumerate("ab", start=5)))
        d = {"a": 1, "b": 2}
        print(d.keys() & {"a", "z"}, d.keys() - {"a"}, sorted(d.keys() | {"c"}))
        try:
            round(1.5, digits=2)
        except TypeError as e:
            print("TypeError")  # the message gained "Did you mean" in 3.13
        """)


def test_exception_args_and_names_follow_base_exception(same_as_cpython):
    same_as_cpython("""
        class AppError(Exception):
            def __init__(self, code):
                self.code = code
        try:
            raise AppError(404)
        except AppError as e:
            print(e.args, e.code, str(e), repr(e), type(e).__name__)
        """)


def test_changing_a_dict_or_set_while_iterating_raises_runtime_error(same_as_cpython):
    same_as_cpython("""
        d = {"a": 1, "b": 2}
        try:
            for k in d:
                d["c"] = 3
        except RuntimeError as e:
            print("RuntimeError", e)
        s = {1, 2}
        try:
            for x in s:
                s.add(x + 10)
        except RuntimeError as e:
            print("RuntimeError", e)
        for k in d:
            d[k] = 5
        print(d)
        """)


def test_uncaught_exception_is_printed_with_its_python_class_name(run_py):
    proc = run_py("""
        class AppError(ValueError):
            pass
        def bottom():
            raise ValueError("bottom")
        try:
            bottom()
        except ValueError:
            raise AppError("top")
        """)
    assert proc.returncode != 0
    assert "AppError: top" in proc.stderr
    assert "$" not in "".join(line for line in proc.stderr.splitlines() if "Error:" in line)
