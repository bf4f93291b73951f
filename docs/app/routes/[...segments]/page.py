from app.routes.home.screen import DocsController, DocsScreen
from app.site import docs

from sprag import page

docs_page = page(
    path="/[...segments]",
    controller=DocsController,
    screen=DocsScreen,
    static_paths=lambda: docs().static_paths(),
)
