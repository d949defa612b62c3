"""LazyPage: a page built the first time it is shown (or asked for), to keep start-up short."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

Page = TypeVar("Page", bound=QWidget)


class LazyPage(QWidget, Generic[Page]):
    """Holds the place of a page; `page` builds it (once) and `on_built` wires it up."""

    def __init__(
        self,
        build: Callable[[], Page],
        on_built: Callable[[Page], None],
        *,
        scrolling: bool = False,
    ) -> None:
        """`scrolling` puts the page in a vertical scroll area: a tall page scrolls in a
        short window instead of making the window taller."""
        super().__init__()
        self._build = build
        self._on_built = on_built
        self._page: Page | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._scroll: QScrollArea | None = None
        if scrolling:
            self._scroll = QScrollArea(widgetResizable=True, objectName="pageScroll")
            self._scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._layout.addWidget(self._scroll)

    @property
    def built(self) -> bool:
        """True once the real page exists."""
        return self._page is not None

    @property
    def page(self) -> Page:
        """The real page, built now if it was not yet."""
        if self._page is None:
            self._page = self._build()
            if self._scroll is not None:
                self._scroll.setWidget(self._page)
            else:
                self._layout.addWidget(self._page)
            self._on_built(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.page  # noqa: B018 - building on first show is the point
        super().showEvent(event)
