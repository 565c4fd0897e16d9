#ifndef REPORTSCOPE_CHARTIMAGEWRITER_H
#define REPORTSCOPE_CHARTIMAGEWRITER_H

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;

/**
 * A chart as a picture outside the program: a PNG (for the clipboard or a file) or an SVG
 * (vector, for documents). The chart must not be in a scene (a view's chart: build another):
 * it is laid out at the given size on a scene of its own. Files are written through QSaveFile.
 */
class ChartImageWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChartImageWriter)

public:
    /** The chart drawn at size (logical pixels) times devicePixelRatio, on its background. */
    static QImage render(QChart *chart, const QSize &size, qreal devicePixelRatio = 1);
    /** Writes a PNG; false and a message naming the file on failure. */
    static bool writePng(QChart *chart, const QSize &size, const QString &path,
                         QString *errorMessage = nullptr);
    /** Writes an SVG with the chart's text as text; false and a message on failure. */
    static bool writeSvg(QChart *chart, const QSize &size, const QString &path,
                         const QString &title = QString(), QString *errorMessage = nullptr);
};

#endif // REPORTSCOPE_CHARTIMAGEWRITER_H
