"""Writing a rendered QGraphicsScene to a PNG or SVG file (the org chart's 导出PNG…/导出SVG…).

The chart view renders; this module is the one place that writes the file,
so views do no file I/O of their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene


def render_image(scene: QGraphicsScene, scale: float = 1.0) -> QImage:
    """The scene's whole rectangle on white, ``scale`` pixels per scene unit."""
    rect = scene.sceneRect()
    image = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def write_png(scene: QGraphicsScene, path: str | Path, scale: float = 2.0) -> bool:
    """Write the scene as a PNG; False when the file could not be written."""
    return render_image(scene, scale).save(str(path), "PNG")


def write_svg(scene: QGraphicsScene, path: str | Path, title: str = "", description: str = "") -> None:
    """Write the scene as an SVG (vector: text stays text)."""
    rect = scene.sceneRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
