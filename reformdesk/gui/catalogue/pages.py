"""The catalogue window's pages, in one list: add a page by adding a :class:`CataloguePage` to PAGES.

A page is a function taking the window's :class:`~reformdesk.gui.catalogue.document.CatalogueDocument`
and returning a QWidget; the window makes one of each, in this order, as the tabs of its
QTabWidget (the tab text is ``title``, translated in the context "CataloguePages").  The
page reads and edits the document only: edits through gui/edits/catalogue_edits.py (one
undo step each), file I/O never (the window's controller, gui/catalogue_actions.py, does
it).  A page may also have, all optional:

* ``actionRequested = Signal(str)``: asks the window for one of its file actions by name
  (``"import_list"``, ``"import_reference"``, ``"export"``, ``"save"``);
* ``menu_actions: list[QAction]``: shown in a menu of the page's title in the menu bar
  (keyboard access); their shortcuts are the page's business;
* ``show_entity(kind: CatalogueKind, entity_id: str) -> bool``: select an entity (the
  window calls it to go to an item, e.g. from another page);
* ``entityRequested = Signal(object, str)``: asks the window to go to an entity
  (CatalogueKind, id) on the page that lists it (the 清单 page).

Stable for the other catalogue pages (yearly adjustments, the approval catalogue): only
ever added to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reformdesk.gui.catalogue.document import CatalogueDocument

PageFactory = Callable[["CatalogueDocument"], QWidget]
CONTEXT = "CataloguePages"


@dataclass(frozen=True, slots=True)
class CataloguePage:
    name: str  # stable: tests and the window's ``pages`` dict use it
    title: str  # source text (Chinese), context "CataloguePages"
    make: PageFactory

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


def _list_page(doc: CatalogueDocument) -> QWidget:
    from reformdesk.gui.views.catalogue_page import CataloguePageWidget

    return CataloguePageWidget(doc)


def _conformity_page(doc: CatalogueDocument) -> QWidget:
    from reformdesk.gui.views.conformity_page import ConformityPage

    return ConformityPage(doc)


def _adjustments_page(doc: CatalogueDocument) -> QWidget:
    from reformdesk.gui.catalogue_years_actions import YearsActions
    from reformdesk.gui.views.catalogue_years_pages import AdjustmentsPage

    page = AdjustmentsPage(doc)
    # The page's files are its controller's (no file I/O in a view).
    page.files = YearsActions(doc, page)  # type: ignore[attr-defined]
    page.compareRequested.connect(page.files.ask_compare)  # type: ignore[attr-defined]
    page.exportRequested.connect(lambda: page.files.ask_export_adjustments(page.model.shown_year()))  # type: ignore[attr-defined]
    page.newYearRequested.connect(page.files.ask_new_year)  # type: ignore[attr-defined]
    return page


def _approvals_page(doc: CatalogueDocument) -> QWidget:
    from reformdesk.gui.catalogue_years_actions import YearsActions
    from reformdesk.gui.views.catalogue_years_pages import ApprovalsPage

    page = ApprovalsPage(doc)
    page.files = YearsActions(doc, page)  # type: ignore[attr-defined]
    page.baseRequested.connect(page.files.ask_base)  # type: ignore[attr-defined]
    page.exportRequested.connect(page.files.ask_export_approvals)  # type: ignore[attr-defined]
    page.files.baseChanged.connect(page.show_result)  # type: ignore[attr-defined]
    return page


PAGES: list[CataloguePage] = [
    CataloguePage("list", QT_TRANSLATE_NOOP("CataloguePages", "清单(&L)"), _list_page),
    CataloguePage("conformity", QT_TRANSLATE_NOOP("CataloguePages", "三级四同(&T)"), _conformity_page),
    CataloguePage("adjustments", QT_TRANSLATE_NOOP("CataloguePages", "动态调整(&D)"), _adjustments_page),
    CataloguePage("approvals", QT_TRANSLATE_NOOP("CataloguePages", "审批事项目录(&A)"), _approvals_page),
]
