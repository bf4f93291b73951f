from sprag import Component, ui


class UploadForm(Component):
    def render(self, props=None):
        return ui.form(
            ui.input(name="title", type="text"),
            ui.input(name="asset", type="file"),
            ui.input(name="gallery", type="file", multiple=True),
            ui.button("Upload", type="submit"),
            ui.div("", class_="progress-log"),
            ui.div("", class_="result"),
            class_="upload-form",
        )
