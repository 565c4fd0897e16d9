#include "export/chartimagewriter.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

// The chart is laid out at size on a scene of its own, and taken off it again.
void paintChart(QChart *chart, const QSize &size, QPainter *painter)
{
    const QRectF target(QPointF(0, 0), QSizeF(size));
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(target);
    scene.setSceneRect(target);
    scene.render(painter, target, scene.sceneRect());
    scene.removeItem(chart);
}

bool saveBytes(const QByteArray &bytes, const QString &path, QString *errorMessage)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage =
                ChartImageWriter::tr("Cannot write “%1”: %2").arg(name, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QImage ChartImageWriter::render(QChart *chart, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(chart, size, &painter);
    painter.end();
    return image;
}

bool ChartImageWriter::writePng(QChart *chart, const QSize &size, const QString &path,
                                QString *errorMessage)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Twice the pixels: sharp in a document or on a high-density screen.
    if (!render(chart, size, 2).save(&buffer, "PNG")) {
        if (errorMessage)
            *errorMessage = tr("The chart could not be encoded as PNG.");
        return false;
    }
    return saveBytes(bytes, path, errorMessage);
}

bool ChartImageWriter::writeSvg(QChart *chart, const QSize &size, const QString &path,
                                const QString &title, QString *errorMessage)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title.isEmpty() ? chart->title() : title);
    svg.setDescription(tr("Chart made by ReportScope"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (errorMessage)
            *errorMessage = tr("The chart could not be drawn as SVG.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(chart, size, &painter);
    painter.end();
    return saveBytes(bytes, path, errorMessage);
}
