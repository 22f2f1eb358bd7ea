"""Before/after charts of the tier reform, painted with QPainter (QtCharts is not shipped).

* TierPyramid: people per tier before (four tiers) and after (three).
* BarChart: horizontal grouped bars with a limit tick per row and reference
  lines; used for leaders per body vs 领导职数, people per body vs 编制数 and
  people led per deputy in charge with the 忙闲不均 thresholds.
* TierCharts: the four charts and their captions, refreshed from a plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

from reformdesk.domain import tiers
from reformdesk.domain.model import TIERS_AFTER, TIERS_BEFORE, Plan, Tier
from reformdesk.gui.models.labels import join_list, tier_label

BEFORE_COLOUR = QColor(150, 170, 200)
AFTER_COLOUR = QColor(46, 110, 190)
LIMIT_COLOUR = QColor(200, 40, 40)
BUSY_COLOUR = QColor(215, 60, 60)
IDLE_COLOUR = QColor(235, 165, 40)
TEXT_COLOUR = QColor(40, 40, 40)
GRID_COLOUR = QColor(225, 225, 225)

TIER_COLOURS: dict[Tier, QColor] = {
    Tier.HEAD: QColor(120, 60, 150),
    Tier.DEPUTY_LEADER: QColor(70, 110, 180),
    Tier.DEPUTY_IN_CHARGE: QColor(46, 140, 200),
    Tier.SECTION_CHIEF: QColor(230, 130, 50),
    Tier.STAFF: QColor(90, 160, 90),
}


class TierPyramid(QWidget):
    """Two pyramids side by side: people per tier before and after the reform."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before: dict[Tier, int] = {t: 0 for t in TIERS_BEFORE}
        self.after: dict[Tier, int] = {t: 0 for t in TIERS_AFTER}
        self.setMinimumSize(420, 200)

    def set_counts(self, before: dict[Tier, int], after: dict[Tier, int]) -> None:
        self.before, self.after = dict(before), dict(after)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 230)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        w, h = self.width(), self.height()
        half = w / 2
        biggest = max([1, *self.before.values(), *self.after.values()])
        titles = (
            TierCharts.tr("改革前：四级管理（%n人）", "", sum(self.before.values())),
            TierCharts.tr("改革后：三级管理（%n人）", "", sum(self.after.values())),
        )
        fm = QFontMetrics(painter.font())
        for side, (counts, title) in enumerate(((self.before, titles[0]), (self.after, titles[1]))):
            x0 = side * half
            painter.setPen(TEXT_COLOUR)
            bold = QFont(painter.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(QRectF(x0, 4, half, 22), Qt.AlignmentFlag.AlignCenter, title)
            painter.setFont(self.font())
            rows = list(counts.items())
            top, bottom = 32.0, h - 8.0
            row_h = (bottom - top) / max(4, len(rows))
            max_bar = half - 24
            for i, (tier, n) in enumerate(rows):
                # A pyramid: width ∝ count (√ keeps one head visible next to hundreds of staff).
                bar = max(fm.horizontalAdvance("0") * 2, max_bar * (n / biggest) ** 0.5) if n else 2
                rect = QRectF(x0 + (half - bar) / 2, top + i * row_h + 2, bar, row_h - 4)
                painter.fillRect(rect, TIER_COLOURS.get(tier, BEFORE_COLOUR))
                label = f"{tier_label(tier)} {n}"
                painter.setPen(TEXT_COLOUR)
                text_rect = QRectF(x0, rect.top(), half, rect.height())
                if fm.horizontalAdvance(label) + 8 < bar:
                    painter.setPen(Qt.GlobalColor.white)
                else:  # too narrow: write beside the bar
                    text_rect = QRectF(rect.right() + 4, rect.top(), half, rect.height())
                    painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
                    continue
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(GRID_COLOUR, 1))
        painter.drawLine(int(half), 30, int(half), h - 6)
        painter.end()


@dataclass(slots=True)
class BarRow:
    label: str
    values: list[tuple[float, QColor]]  # one bar per series
    limit: float | None = None  # a red tick: 编制数 / 领导职数


@dataclass(slots=True)
class ChartData:
    title: str = ""
    rows: list[BarRow] = field(default_factory=list)
    legend: list[tuple[str, QColor]] = field(default_factory=list)
    #: vertical reference lines: (value, label, colour)
    lines: list[tuple[float, str, QColor]] = field(default_factory=list)
    limit_label: str = ""


class BarChart(QWidget):
    """Horizontal grouped bars per row, a limit tick per row, reference lines."""

    BAR_H = 9
    LABEL_W = 180

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ChartData()
        self.setMinimumWidth(360)

    def set_data(self, chart: ChartData) -> None:
        self.chart = chart
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def _row_h(self) -> int:
        series = max((len(r.values) for r in self.chart.rows), default=1)
        return series * self.BAR_H + 8

    def sizeHint(self) -> QSize:
        return QSize(520, 56 + len(self.chart.rows) * self._row_h() + 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self.chart
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        fm = QFontMetrics(painter.font())
        w = self.width()
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(TEXT_COLOUR)
        painter.drawText(QRectF(6, 4, w - 12, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, c.title)
        painter.setFont(self.font())
        # legend
        x = 6.0
        legend = list(c.legend)
        if c.limit_label:
            legend.append((c.limit_label, LIMIT_COLOUR))
        for name, colour in legend:
            painter.fillRect(QRectF(x, 30, 12, 10), colour)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(x + 16, 26, 200, 18), Qt.AlignmentFlag.AlignVCenter, name)
            x += 16 + fm.horizontalAdvance(name) + 14
        top = 50.0
        label_w = min(self.LABEL_W, max([40, *(fm.horizontalAdvance(r.label) + 8 for r in c.rows)]))
        left, right = 6 + label_w, w - 40.0
        top_value = max(
            [
                1.0,
                *(v for r in c.rows for v, _c in r.values),
                *(r.limit or 0 for r in c.rows),
                *(v for v, *_ in c.lines),
            ]
        )
        scale = (right - left) / top_value
        row_h = self._row_h()
        for i, row in enumerate(c.rows):
            y = top + i * row_h
            painter.setPen(TEXT_COLOUR)
            label = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, int(label_w - 6))
            painter.drawText(QRectF(6, y, label_w - 6, row_h), Qt.AlignmentFlag.AlignVCenter, label)
            for k, (value, colour) in enumerate(row.values):
                rect = QRectF(left, y + 4 + k * self.BAR_H, max(1.0, value * scale), self.BAR_H - 1)
                painter.fillRect(rect, colour)
                painter.setPen(TEXT_COLOUR)
                text = f"{value:g}"
                painter.drawText(
                    QRectF(rect.right() + 3, rect.top() - 3, 40, self.BAR_H + 6), Qt.AlignmentFlag.AlignVCenter, text
                )
            if row.limit is not None:
                lx = left + row.limit * scale
                painter.setPen(QPen(LIMIT_COLOUR, 2))
                painter.drawLine(int(lx), int(y + 1), int(lx), int(y + row_h - 3))
        bottom = top + len(c.rows) * row_h
        for value, label, colour in c.lines:
            lx = left + value * scale
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(int(lx), int(top - 4), int(lx), int(bottom))
            painter.setPen(colour)
            painter.drawText(QRectF(lx - 60, bottom + 2, 120, 18), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


def body_charts(report: tiers.SpanReport) -> tuple[ChartData, ChartData]:
    """Leaders per body (before/after vs 领导职数) and people per body (vs 编制数)."""
    leaders = ChartData(
        QCoreApplication.translate("TierCharts", "各职能机构领导人数（改革前后）与领导职数"),
        legend=[
            (QCoreApplication.translate("TierCharts", "改革前"), BEFORE_COLOUR),
            (QCoreApplication.translate("TierCharts", "改革后"), AFTER_COLOUR),
        ],
        limit_label=QCoreApplication.translate("TierCharts", "领导职数"),
    )
    people = ChartData(
        QCoreApplication.translate("TierCharts", "各职能机构人数与编制数"),
        legend=[
            (QCoreApplication.translate("TierCharts", "在岗人数"), AFTER_COLOUR),
            (QCoreApplication.translate("TierCharts", "偏忙"), BUSY_COLOUR),
            (QCoreApplication.translate("TierCharts", "偏闲"), IDLE_COLOUR),
        ],
        limit_label=QCoreApplication.translate("TierCharts", "编制数"),
    )
    for b in report.bodies:
        after_colour = LIMIT_COLOUR if b.leaders_after > b.leadership_posts else AFTER_COLOUR
        leaders.rows.append(
            BarRow(b.name, [(b.leaders_before, BEFORE_COLOUR), (b.leaders_after, after_colour)], b.leadership_posts)
        )
        colour = {"busy": BUSY_COLOUR, "idle": IDLE_COLOUR}.get(b.level, AFTER_COLOUR)
        if b.people > b.authorized_posts:
            colour = BUSY_COLOUR
        people.rows.append(BarRow(b.name, [(b.people, colour)], b.authorized_posts))
    return leaders, people


def span_chart(report: tiers.SpanReport) -> ChartData:
    """People led per deputy in charge, with the mean and both 忙闲不均 thresholds."""
    chart = ChartData(
        QCoreApplication.translate("TierCharts", "分管副职管理幅度（分管人数）"),
        legend=[
            (QCoreApplication.translate("TierCharts", "均衡"), AFTER_COLOUR),
            (QCoreApplication.translate("TierCharts", "偏忙"), BUSY_COLOUR),
            (QCoreApplication.translate("TierCharts", "偏闲"), IDLE_COLOUR),
        ],
    )
    for d in report.deputies:
        colour = {"busy": BUSY_COLOUR, "idle": IDLE_COLOUR}.get(d.level, AFTER_COLOUR)
        label = (
            QCoreApplication.translate("TierCharts", "%1（%2个机构）")
            .replace("%1", d.name)
            .replace("%2", str(len(d.body_ids)))
        )
        chart.rows.append(BarRow(label, [(d.people_led, colour)]))
    mean = report.mean_people_led
    if mean > 0:
        chart.lines = [
            (mean, QCoreApplication.translate("TierCharts", "平均%1").replace("%1", f"{mean:.1f}"), TEXT_COLOUR),
            (mean * report.busy_factor, QCoreApplication.translate("TierCharts", "偏忙线"), BUSY_COLOUR),
            (mean * report.idle_factor, QCoreApplication.translate("TierCharts", "偏闲线"), IDLE_COLOUR),
        ]
    return chart


def threshold_text(report: tiers.SpanReport) -> str:
    """The 忙闲不均 rule in words, with the measured means."""
    text = (
        QCoreApplication.translate(
            "TierCharts", "忙闲不均判定：分管人数高于平均数的%1倍为偏忙、低于%2倍为偏闲（分管副职平均分管%3人）；"
        )
        .replace("%1", f"{report.busy_factor:g}")
        .replace("%2", f"{report.idle_factor:g}")
        .replace("%3", f"{report.mean_people_led:.1f}")
    )
    text += QCoreApplication.translate("TierCharts", "职能机构按人数/编制数的比值同样判定（平均%1%）。").replace(
        "%1", f"{report.mean_ratio * 100:.0f}"
    )
    busy = [d.name for d in report.deputies if d.level == "busy"] + [b.name for b in report.bodies if b.level == "busy"]
    idle = [d.name for d in report.deputies if d.level == "idle"] + [b.name for b in report.bodies if b.level == "idle"]
    if busy:
        text += QCoreApplication.translate("TierCharts", " 偏忙：%1。").replace("%1", join_list(busy))
    if idle:
        text += QCoreApplication.translate("TierCharts", " 偏闲：%1。").replace("%1", join_list(idle))
    if not busy and not idle:
        text += QCoreApplication.translate("TierCharts", " 目前无忙闲不均。")
    return text


class TierCharts(QScrollArea):
    """All before/after charts of a plan, with the imbalance rule shown in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget()
        grid = QGridLayout(inner)
        self.pyramid = TierPyramid()
        self.leaders = BarChart()
        self.people = BarChart()
        self.spans = BarChart()
        self.threshold = QLabel()
        self.threshold.setWordWrap(True)
        self.threshold.setObjectName("thresholdLabel")
        # The 忙闲不均 rule first: the colours below only mean something with it.
        grid.addWidget(self.threshold, 0, 0, 1, 2)
        grid.addWidget(self.pyramid, 1, 0)
        grid.addWidget(self.spans, 1, 1)
        grid.addWidget(self.leaders, 2, 0)
        grid.addWidget(self.people, 2, 1)
        grid.setRowStretch(3, 1)
        self.setWidget(inner)
        self.report = tiers.SpanReport()

    def update_from(self, plan: Plan) -> None:
        before, after = tiers.tier_counts(plan)
        self.pyramid.set_counts(before, after)
        self.report = tiers.spans(plan)
        leaders, people = body_charts(self.report)
        self.leaders.set_data(leaders)
        self.people.set_data(people)
        self.spans.set_data(span_chart(self.report))
        self.threshold.setText(threshold_text(self.report))
        palette_colour = "#b02020" if self.report.imbalanced else "#205020"
        self.threshold.setStyleSheet(f"color: {palette_colour};")
