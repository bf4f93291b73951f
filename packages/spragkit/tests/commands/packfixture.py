"""A scaffolded app with images (made with Pillow) in every place a packed image can be named:
a shell ``<img>``, a stylesheet ``url()``, ``ui.img`` in a hybrid component and in a document
page, and ``ui.LazyImage``."""

from __future__ import annotations

import random
from pathlib import Path

EXPLODE_LINE = 6  # the line of `raise` in the about controller (a traceback must name it)

ABOUT_SERVER = '''from sprag import Controller


def explode():
    """Raises from a known line: a packed app's traceback must still name it."""
    raise RuntimeError("boom")


class AboutController(Controller):
    route = "/about"

    def load(self):
        return {"layers": []}
'''

ABOUT_WEB = '''from sprag import Screen, ui


class AboutScreen(Screen):
    def render(self, data):
        return ui.section(
            ui.h1("About"),
            ui.img(src="/static/photo.jpg", alt="a photo", width="480"),
            ui.LazyImage("/static/photo.jpg", placeholder="/static/logo.png", alt="lazy"),
            class_="page",
        )
'''

COUNTER_CARD = '''from sprag import Component, ui


class CounterCard(Component):
    def render(self, props=None):
        return ui.div(
            ui.img(src="/static/photo.jpg", alt="counter photo", width="320"),
            ui.div(str(self.state["count"]), class_="counter-display"),
            ui.button("Increment", type="button", data_role="increment"),
            class_="counter-card",
        )
'''


def _photo(width: int, height: int):
    """A smooth picture (a gradient under blurred discs): compresses like a photo does."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(7)
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(20, 200)
        draw.ellipse((x - r, y - r, x + r, y + r),
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    return image.filter(ImageFilter.GaussianBlur(3))


def add_images(project: Path) -> None:
    """Write the images and the code that shows them into a default-template ``project``."""
    from PIL import Image, ImageDraw

    static = project / "app" / "static"
    _photo(1400, 900).save(static / "photo.jpg", "JPEG", quality=95)
    _photo(700, 400).save(static / "bg.jpg", "JPEG", quality=95)
    logo = Image.new("RGBA", (360, 120), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse((10, 10, 110, 110), fill=(79, 70, 229, 255))
    logo.save(static / "logo.png", "PNG")
    shell = project / "app" / "shell.html"
    shell.write_text(shell.read_text().replace(
        '<a class="brand" href="/">',
        '<img src="/static/logo.png" alt="logo" width="120">\n    <a class="brand" href="/">'))
    css = project / "app" / "shell.css"
    css.write_text(css.read_text() + '\n.page { background: url("/static/bg.jpg") no-repeat; }\n')
    (project / "app" / "routes" / "about" / "server.py").write_text(ABOUT_SERVER)
    (project / "app" / "routes" / "about" / "web.py").write_text(ABOUT_WEB)
    (project / "app" / "routes" / "counter" / "components.py").write_text(COUNTER_CARD)
