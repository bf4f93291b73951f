"""/search.json: the prebuilt index the search page reads (built with the site)."""

import json

from app.site import docs
from flask import Response

from sprag import Controller, page
from sprag.content import search_index


class SearchIndexController(Controller):
    def load(self):
        records = search_index(docs())
        return Response(json.dumps(records, separators=(",", ":")), mimetype="application/json")


search_json = page(path="/search.json", controller=SearchIndexController)
