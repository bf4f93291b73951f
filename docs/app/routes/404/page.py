"""/404: the page shown for any URL the site does not have (404.html in a static export)."""

from app.site import SITE_TITLE

from sprag import Controller, Screen, page, ui


class NotFoundScreen(Screen):
    def render(self, data):
        return ui.section(
            ui.h1("Page not found"),
            ui.p("The page you asked for does not exist, or it moved.", class_="lead"),
            ui.form(ui.input(type="search", name="q", placeholder="Search", aria_label="Search"),
                    action="/search", method="get", role="search"),
            ui.p(ui.a("Back to the start", href="/"), " · ", ui.a("Framework guide", href="/framework")),
            class_="page not-found",
        )


not_found = page(path="/404", controller=Controller, screen=NotFoundScreen,
                 metadata={"title": f"Page not found · {SITE_TITLE}", "robots": "noindex"})
