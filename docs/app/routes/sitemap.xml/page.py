"""/sitemap.xml: every page of the documentation, for search engines."""

from app.site import SITE_URL, all_tags, docs, tag_url
from flask import Response

from sprag import Controller, page
from sprag.content import sitemap_xml


class SitemapController(Controller):
    def load(self):
        pages = [*docs(), "/tags", *(tag_url(t) for t, _ in all_tags().values())]
        return Response(sitemap_xml(pages, site_url=SITE_URL), mimetype="application/xml")


sitemap = page(path="/sitemap.xml", controller=SitemapController)
