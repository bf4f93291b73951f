"""Every documentation page: / (docs/content/index.md) and /<path> (any other file)."""

from app.site import SITE_TITLE, article, docs, sidebar, toc
from flask import send_file

from sprag import Controller, HTTPError, Screen, set_metadata, ui


class DocsController(Controller):
    def load(self):
        tree = docs()
        parts = self.request.params.get("segments", [])
        document = tree.get(parts)
        if document is None:
            image = tree.file(parts)  # an image (or any file) a page links to, next to it
            if image is not None:
                return send_file(image)
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
