"""A stand-in for the system's viewer: install it with `QDesktopServices.setUrlHandler("file",
catcher, "open")` and it keeps the URLs the UI asked to open."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)
