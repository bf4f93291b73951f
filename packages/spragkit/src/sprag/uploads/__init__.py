"""Uploads (to come): multipart and resumable uploads, behind the one request guard
(``http.guard``), with offsets kept in a ``backends`` store.
"""
