from app.site import SITE_TITLE, all_tags

from sprag import Controller, HTTPError, Screen, page, set_metadata, ui


class TagController(Controller):
    def load(self):
        found = all_tags().get(self.request.params["tag"])
        if found is None:
            raise HTTPError("No page has this tag", 404)
        tag, documents = found
        set_metadata(title=f"Tagged {tag} · {SITE_TITLE}")
        return {"tag": tag, "documents": documents}


class TagScreen(Screen):
    def render(self, data):
        return ui.section(
            ui.h1("Tagged ", ui.em(data["tag"])),
            ui.ul([ui.li(ui.a(d.title, href=d.url), " ", ui.span(d.summary, class_="meta"))
                   for d in data["documents"]]),
            ui.p(ui.a("All tags", href="/tags")),
            class_="page",
        )


tag = page(
    path="/tags/[tag]",
    controller=TagController,
    screen=TagScreen,
    static_paths=lambda: [{"tag": slug} for slug in all_tags()],
)
