from app.site import SITE_TITLE, all_tags, tag_url

from sprag import Controller, Screen, page, ui


class TagsController(Controller):
    def load(self):
        return {"tags": [(tag, len(documents)) for tag, documents in all_tags().values()]}


class TagsScreen(Screen):
    def render(self, data):
        return ui.section(
            ui.h1("Tags"),
            ui.ul([ui.li(ui.a(tag, href=tag_url(tag)), f" ({count})") for tag, count in data["tags"]],
                  class_="tag-index"),
            class_="page",
        )


tags = page(path="/tags", controller=TagsController, screen=TagsScreen,
            metadata={"title": f"Tags · {SITE_TITLE}"})
