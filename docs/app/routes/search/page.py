"""/search: the one page that ships JavaScript: a hybrid page with no components, whose only
script is static/search.js (about 1 KB gzip, plus SPRAG's boot entry), which searches
/search.json in the browser, so search works on any static host."""

from app.site import SITE_TITLE

from sprag import Controller, Screen, page, ui


class SearchScreen(Screen):
    def render(self, data):
        return ui.section(
            ui.h1("Search"),
            ui.form(
                ui.input(type="search", name="q", placeholder="Search the documentation",
                         aria_label="Search", autofocus=True),
                action="/search", method="get", role="search", data_search="/search.json",
            ),
            ui.p("", id="search-status", aria_live="polite"),
            ui.ol(id="search-results", class_="results"),
            ui.noscript(ui.p("Search needs JavaScript; the ", ui.a("sitemap", href="/sitemap.xml"),
                             " lists every page.")),
            class_="page",
        )


search = page(path="/search", controller=Controller, screen=SearchScreen, mode="hybrid",
              js=["app/static/search.js"],
              metadata={"title": f"Search · {SITE_TITLE}"})
