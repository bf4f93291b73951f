"""Content (to come, issue 18): markdown documents and collections rendered as document
pages (0 bytes of JavaScript).
"""
