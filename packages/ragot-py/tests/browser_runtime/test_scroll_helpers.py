"""Lazy images and infinite scroll, driven by IntersectionObserver in a real page."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def test_lazy_images_load_only_when_scrolled_near(ragot):
    result = ragot(
        f"""
  const {{ h, patch, lazyImages, LazyImage }} = R;
  const tree = h("div", null, [
    LazyImage("{PIXEL}#top", {{ alt: "top", class_: "pic", placeholder: "" }}),
    h("div", {{ style: {{ height: "3000px" }} }}, []),
    LazyImage("{PIXEL}#far", {{ alt: "far", class_: "pic" }}),
  ]);
  document.body.append(patch(null, tree));
  await frame(); await sleep(50);
  const src = () => [...document.querySelectorAll(".pic")].map((i) => i.getAttribute("src") || "");
  const before = src();
  window.scrollTo(0, 2500);
  await frame(); await sleep(100);
  return {{ before, after: src() }};
"""
    )
    assert result["before"] == [PIXEL + "#top", ""]
    assert result["after"] == [PIXEL + "#top", PIXEL + "#far"]


def test_lazy_images_added_later_are_watched_and_stop_releases_the_watcher(ragot):
    result = ragot(
        f"""
  const box = document.createElement("div");
  document.body.append(box);
  const m = new R.Module().start(box);
  R.lazyImages(box, {{ owner: m }});
  const during = R.debugCounts().subscriptions;
  box.innerHTML = '<img class="late" data-src="{PIXEL}#late">';
  await frame(); await sleep(50);
  const loaded = document.querySelector(".late").getAttribute("src");
  m.stop();
  return {{ during, loaded, after: R.debugCounts().subscriptions }};
"""
    )
    assert result == {"during": 1, "loaded": PIXEL + "#late", "after": 0}


def test_infinite_scroll_loads_pages_until_the_source_says_done(ragot):
    result = ragot(
        """
  const root = document.createElement("div");
  root.style.cssText = "height: 200px; overflow: auto";
  const list = root.appendChild(document.createElement("ul"));
  document.body.append(root);
  const pages = [];
  const source = { loadMore: async (page) => {
    pages.push(page);
    for (let i = 0; i < 10; i++) list.appendChild(Object.assign(document.createElement("li"), { textContent: page + "." + i, style: "height: 30px" }));
    return page < 4;
  } };
  const inf = new R.InfiniteScroll(source, { container: list, root, at: 50 }).start();
  await frame(); await sleep(50);
  const first = pages.slice();
  for (let k = 0; k < 6; k++) { root.scrollTop = root.scrollHeight; await frame(); await sleep(30); }
  inf.stop();
  return { first, pages, done: inf.done, items: list.querySelectorAll("li").length, sentinel: !!root.querySelector(".ragot-sentinel") };
"""
    )
    assert result["first"] == [1]
    assert result["pages"] == [1, 2, 3, 4]
    assert result["done"] is True
    assert result["items"] == 40
    assert result["sentinel"] is False
