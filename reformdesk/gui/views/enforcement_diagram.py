"""The schematic diagram of the enforcement system: county → zones → townships → station counts.

Not a map: one box for the leading group, a row of zone centres under it, and
under each centre its townships with their number of stations.  Rebuilt from the
document on every change; exported by the window (gui/scene_export.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from reformdesk.gui.enforcement.document import EnforcementDocument

ZONE_W, ZONE_H, GAP = 170.0, 56.0, 18.0
TOWN_W, TOWN_H, TOWN_GAP = 150.0, 40.0, 10.0
TOP_H = 60.0
COUNTY = QColor("#b71c1c")
ZONE = QColor("#1565c0")
TOWN = QColor("#2e7d32")


class EnforcementDiagramScene(QGraphicsScene):
    def __init__(self, doc: EnforcementDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        doc.entitiesChanged.connect(self.rebuild)
        doc.planReset.connect(self.rebuild)
        doc.infoChanged.connect(self.rebuild)
        self.rebuild()

    def _box(self, rect: QRectF, lines: list[str], colour: QColor, filled: bool) -> None:
        pen = QPen(colour, 1.5)
        brush = QBrush(colour if filled else QColor("white"))
        self.addRect(rect, pen, brush)
        font = QFont()
        font.setPointSizeF(9.5)
        text = self.addText("\n".join(lines), font)
        text.setDefaultTextColor(QColor("white") if filled else QColor("#212121"))
        text.setTextWidth(rect.width())
        text.document().setDocumentMargin(4)
        option = text.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.document().setDefaultTextOption(option)
        h = text.boundingRect().height()
        text.setPos(rect.left(), rect.top() + (rect.height() - h) / 2)

    @Slot()
    @Slot(object, list)
    def rebuild(self, *_args: object) -> None:
        self.clear()
        plan = self.doc.plan
        zones = list(plan.zones.values())
        stations: dict[str | None, int] = {}
        villages: dict[str | None, int] = {}
        for v in plan.villages.values():
            villages[v.township_id] = villages.get(v.township_id, 0) + 1
            if v.station.strip():
                stations[v.township_id] = stations.get(v.township_id, 0) + 1
        n = max(1, len(zones))
        width = n * ZONE_W + (n - 1) * GAP
        line = QPen(QColor("#757575"), 1.2)
        county = QRectF(width / 2 - 160, 0, 320, TOP_H)
        total_stations = plan.stations()
        self._box(
            county,
            [
                self.tr("%1乡镇综合行政执法工作领导小组").replace("%1", plan.info.county),
                self.tr("“1+%1+%2” · 成员 %n 名", "", len(plan.members))
                .replace("%1", str(len(zones)))
                .replace("%2", str(total_stations)),
            ],
            COUNTY,
            True,
        )
        y_zone = TOP_H + 50
        for i, z in enumerate(zones):
            x = i * (ZONE_W + GAP)
            rect = QRectF(x, y_zone, ZONE_W, ZONE_H)
            self.addLine(county.center().x(), county.bottom(), rect.center().x(), rect.top(), line)
            officers = sum(1 for o in plan.officers.values() if o.zone_id == z.id)
            self._box(
                rect,
                [z.centre or z.name, self.tr("%1 · 执法人员 %2").replace("%1", z.name).replace("%2", str(officers))],
                ZONE,
                True,
            )
            y = y_zone + ZONE_H + 24
            spine = x + 10
            last = rect.bottom()
            for tid in z.township_ids:
                t = plan.townships.get(tid)
                if t is None:
                    continue
                town = QRectF(x + ZONE_W - TOWN_W, y, TOWN_W, TOWN_H)
                last = town.center().y()
                self.addLine(spine, last, town.left(), last, line)
                counts = self.tr("服务站 %1/%2").replace("%1", str(stations.get(tid, 0)))
                self._box(town, [t.name, counts.replace("%2", str(villages.get(tid, 0)))], TOWN, False)
                y += TOWN_H + TOWN_GAP
            self.addLine(spine, rect.bottom(), spine, last, line)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))


class EnforcementDiagramView(QGraphicsView):
    def __init__(self, scene: EnforcementDiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)

    def fit(self) -> None:
        """The whole diagram in view (the county's seven zones side by side)."""
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
