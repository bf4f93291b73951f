from sprag import Controller, Screen, page, ui


class NewPostScreen(Screen):
    def render(self, data):
        return ui.h1("Write a new post", class_="new-post")


new_post = page(controller=Controller, screen=NewPostScreen)
