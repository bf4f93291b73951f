"""Every documentation page: / (docs/content/index.md) and /<path> (any other file)."""

from app.site import SITE_TITLE, article, docs, sidebar, toc

from sprag import Controller, HTTPError, Screen, set_metadata, ui


class DocsController(Controller):
    def load(self):
        tree = docs()
        document = tree.get(self.request.params.get("segments", []))
        if document is None:
            raise HTTPError("There is no such page in the documentation", 404)
        title = SITE_TITLE if not document.path_parts else f"{document.title} · {SITE_TITLE}"
        set_metadata(title=title, description=document.summary)
        return {"tree": tree, "document": document}


class DocsScreen(Screen):
    def render(self, data):
        tree, document = data["tree"], data["document"]
        return ui.div(
            ui.nav(sidebar(tree.nav, document), class_="sidebar", aria_label="Documentation"),
            article(document, tree),
            toc(document),
            class_="docs",
        )
