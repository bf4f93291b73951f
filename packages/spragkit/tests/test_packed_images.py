"""Responsive markup for packed images: <picture> where nothing hydrates, srcset in place."""

from __future__ import annotations

from sprag.assets.images import ImageTable

TABLE = ImageTable.from_manifest({
    "/static/p.jpg": {
        "src": "/static/p.111111111111.jpg", "width": 1400, "height": 900, "type": "image/jpeg",
        "srcset": [["/static/p-640w.222222222222.jpg", 640], ["/static/p.111111111111.jpg", 1400]],
        "webp": [["/static/p-640w.333333333333.webp", 640], ["/static/p.444444444444.webp", 1400]],
    },
})


def test_a_static_img_becomes_a_picture_with_the_webp_source():
    out = TABLE.rewrite('<p><img src="/static/p.jpg" alt="a &amp; b" width="320"></p>', picture=True)
    assert out == (
        '<p><picture><source type="image/webp" srcset="/static/p-640w.333333333333.webp 640w, '
        '/static/p.444444444444.webp 1400w" sizes="320px">'
        '<img src="/static/p.111111111111.jpg" alt="a &amp; b" width="320" '
        'srcset="/static/p-640w.222222222222.jpg 640w, /static/p.111111111111.jpg 1400w" sizes="320px">'
        '</picture></p>')


def test_a_hydrated_img_keeps_its_place_and_gains_the_webp_srcset():
    out = TABLE.rewrite('<div><img src="/static/p.jpg" alt="x"></div>', picture=False)
    assert out == ('<div><img src="/static/p.111111111111.jpg" alt="x" '
                   'srcset="/static/p-640w.333333333333.webp 640w, /static/p.444444444444.webp 1400w"></div>')


def test_a_lazy_image_gets_a_data_srcset():
    out = TABLE.rewrite('<img src="/static/ph.png" data-src="/static/p.jpg">', picture=True)
    assert 'data-src="/static/p.111111111111.jpg"' in out and 'data-srcset="/static/p-640w.333' in out
    assert "<picture>" not in out and 'src="/static/ph.png"' in out


def test_author_srcset_unknown_images_and_pictures_are_left_alone():
    for html in ('<img src="/static/p.jpg" srcset="/a.jpg 1x">', '<img src="/static/other.jpg">',
                 "<img alt=x>"):
        assert TABLE.rewrite(html, picture=True) == html
    inside = '<picture><source srcset="/a.avif"><img src="/static/p.jpg"></picture>'
    assert "<picture><source" in TABLE.rewrite(inside, picture=True)
    assert TABLE.rewrite(inside, picture=True).count("<picture>") == 1


def test_the_hashed_url_is_known_too():
    assert TABLE.lookup("/static/p.111111111111.jpg") is TABLE.lookup("/static/p.jpg")
