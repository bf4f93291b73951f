"""Floats keep their type across the JSON boundary: SSR and hydration print the same text."""

from sprag import Controller, Screen, action, hydrate, page

from .views import FloatCard, FloatModule


class FloatController(Controller):
    def load(self):
        return {"price": 2.0, "big": 1e16, "nested": {"k": [1.0, None, True]}, "tag": {"$f": 1}}

    @action
    def half(self, value):
        return value / 2


class FloatScreen(Screen):
    modules = [FloatModule]

    def render(self, data):
        return hydrate(FloatCard, module=self.module(FloatModule, state=data))


floats = page(path="/floats", controller=FloatController, screen=FloatScreen, mode="hybrid")
