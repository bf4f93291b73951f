import pytest

from sprag.http.routing import RouteConflictError, RoutePattern, Router


def _router(*paths):
    router = Router()
    for p in paths:
        router.add(RoutePattern.parse(p), p, source=f"{p}/page.py")
    return router


def test_literal_beats_dynamic_beats_catch_all():
    router = _router("/blog/[...rest]", "/blog/[slug]", "/blog/new")
    assert router.match("/blog/new").target == "/blog/new"
    assert router.match("/blog/hello").target == "/blog/[slug]"
    assert router.match("/blog/a/b").target == "/blog/[...rest]"


def test_dynamic_segment_becomes_a_string_param():
    assert _router("/blog/[slug]").match("/blog/my-post").params == {"slug": "my-post"}


def test_catch_all_becomes_a_list_param():
    match = _router("/docs/[...segments]").match("/docs/getting-started/install")
    assert match.params == {"segments": ["getting-started", "install"]}


def test_catch_all_needs_at_least_one_segment():
    assert _router("/docs/[...segments]").match("/docs") is None


def test_params_are_url_decoded():
    assert _router("/t/[tag]").match("/t/a%20b").params == {"tag": "a b"}


def test_same_shape_is_a_conflict_naming_both_files():
    with pytest.raises(RouteConflictError) as err:
        _router("/blog/[slug]", "/blog/[id]")
    assert "/blog/[slug]/page.py" in str(err.value) and "/blog/[id]/page.py" in str(err.value)


def test_catch_all_must_be_last():
    with pytest.raises(ValueError, match="must be the last segment"):
        RoutePattern.parse("/docs/[...all]/edit")


def test_mixed_bracket_segment_is_rejected():
    with pytest.raises(ValueError, match="mixes text and brackets"):
        RoutePattern.parse("/blog/post-[id]")


def test_unmatched_path_returns_none():
    assert _router("/a").match("/b") is None
