from sprag import page

from .server import UploadController
from .web import UploadScreen

upload = page(path="/upload", controller=UploadController, screen=UploadScreen, mode="hybrid")
