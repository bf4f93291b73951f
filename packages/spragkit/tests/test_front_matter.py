"""Front matter: the small YAML-like block at the top of a Markdown file."""

from __future__ import annotations

import datetime as dt

import pytest

from sprag.content import FrontMatterError
from sprag.content.frontmatter import parse_front_matter


def parse(block: str) -> dict:
    return parse_front_matter(f"---\n{block}\n---\nbody\n", "doc.md").values


def error(block: str) -> FrontMatterError:
    with pytest.raises(FrontMatterError) as info:
        parse(block)
    return info.value


def test_scalars_become_strings_numbers_bools_dates_and_null():
    values = parse(
        "title: Hello world\nquoted: \"a: b # not a comment\"\nsingle: 'it''s'\n"
        "count: 3\nratio: 0.5\nneg: -2\ndraft: false\npublished: True\n"
        "date: 2024-05-01\nat: 2024-05-01T09:30:00Z\nlocal: 2024-05-01 09:30\nnothing: ~\n"
        "empty:\nversion: 1.2.3\n"
    )
    assert values == {
        "title": "Hello world", "quoted": "a: b # not a comment", "single": "it's",
        "count": 3, "ratio": 0.5, "neg": -2, "draft": False, "published": True,
        "date": dt.date(2024, 5, 1),
        "at": dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.timezone.utc),
        "local": dt.datetime(2024, 5, 1, 9, 30),
        "nothing": None, "empty": None, "version": "1.2.3",
    }


def test_inline_and_dashed_lists():
    values = parse('tags: [python, "a, b", 3, true]\nauthors:\n  - ada\n  - "grace h"\n\n'
                   "none: []\nflat:\n- x\n- 2024-01-02\n")
    assert values["tags"] == ["python", "a, b", 3, True]
    assert values["authors"] == ["ada", "grace h"]
    assert values["none"] == []
    assert values["flat"] == ["x", dt.date(2024, 1, 2)]


def test_comments_and_blank_lines_are_ignored_and_the_body_line_is_known():
    front = parse_front_matter("---\n# a comment\n\ntitle: T  # trailing\n---\n# Body\n", "x.md")
    assert front.values == {"title": "T"}
    assert front.body == "# Body\n"
    assert front.body_line == 6
    assert front.lines == {"title": 4}


def test_a_file_without_a_block_is_all_body():
    front = parse_front_matter("# Just text\n---\nnot front matter\n", "x.md")
    assert front.values == {} and front.body.startswith("# Just text")


def test_a_byte_order_mark_and_crlf_line_endings_are_fine():
    front = parse_front_matter("\ufeff---\r\ntitle: Win\r\n---\r\nbody", "x.md")
    assert front.values == {"title": "Win"}


@pytest.mark.parametrize(
    "block, line, words",
    [
        ("title: ok\nno colon here", 3, "expected 'key: value'"),
        ("title: a\ntitle: b", 3, "appears twice (first on line 2)"),
        ('title: "never closed', 2, "never closed"),
        ("tags: [a, b", 2, "not closed with ]"),
        ("tags: [a, [b]]", 2, "nested lists"),
        ("meta: {a: 1}", 2, "inline mappings"),
        ("text: |", 2, "block text"),
        ("date: 2024-02-30", 2, "not a valid date"),
        ("  title: indented", 2, "unexpected indentation"),
        ("- orphan", 2, "needs a 'key:' line"),
        ("authors:\n  - a\n  name: b", 4, "nested mappings are not supported"),
        ("ref: *anchor", 2, "put the value in quotes"),
        ('title: "bad \\q escape"', 2, "unknown escape"),
    ],
)
def test_a_broken_block_names_the_file_and_line(block, line, words):
    exc = error(block)
    assert exc.file == "doc.md" and exc.line == line, str(exc)
    assert str(exc).startswith(f"doc.md:{line}: ")
    assert words in str(exc)


def test_an_unclosed_block_is_an_error_at_line_one():
    with pytest.raises(FrontMatterError, match=r"^doc.md:1: .*never closed"):
        parse_front_matter("---\ntitle: x\n# no closing fence\n", "doc.md")
