#ifndef REPORTSCOPE_FIGUREMODEL_H
#define REPORTSCOPE_FIGUREMODEL_H

#include "core/report.h"

#include <QAbstractTableModel>
#include <QList>

class DocumentModel;

/**
 * A table of the figures of every report in a DocumentModel, one row per figure, in report
 * order and then document order. It reads the document model and follows its changes.
 */
class FigureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SectionColumn,
        LabelColumn,
        ValueColumn,
        UnitColumn,
        QualifierColumn,
        KindColumn,
        RoleColumn,        ///< Figure::Role as shown (level, change, growth rate, …)
        PeriodColumn,      ///< Figure::period
        ApproximateColumn, ///< a quantity written in words
        QuoteColumn,
        PageColumn, ///< the page of a paged source (PDF), empty otherwise
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        ReportRowRole = Qt::UserRole + 1, ///< int, row of the report in the DocumentModel
        FigureIndexRole,                  ///< int, index in Report::figures()
        SectionIndexRole,                 ///< int, index in Report::sections()
        SectionIdRole,                    ///< QString
        SectionHeadingRole,               ///< QString, marker and title of the figure's section
        LabelRole,                        ///< QString
        ValueRole,                        ///< double, multiplied out
        UnitRole,                         ///< QString
        QualifierRole,                    ///< QString
        KindRole,                         ///< int, Figure::Kind
        TextRole,                         ///< QString, the figure as written
        QuoteRole,                        ///< QString, the sentence stating it
        StartRole,                        ///< int, offset of the figure in its section's text
        EndRole,                          ///< int
        InTitleRole,                      ///< bool, start and end refer to the section\'s title
        CitationRole,                     ///< QString, quote with report title and section path
        PageRole,        ///< int, 1-based page of the figure in a paged source; 0 when it has none
        FigureRoleRole,  ///< int, Figure::Role
        PeriodRole,      ///< QString, Figure::period (2025年, 累计); may be empty
        ApproximateRole, ///< bool, Figure::approximate
    };
    Q_ENUM(Roles)

    explicit FigureModel(DocumentModel *documents, QObject *parent = nullptr);

    DocumentModel *documentModel() const { return m_documents; }

    // Domain accessors
    QModelIndex indexForFigure(int reportRow, int figureIndex, int column = 0) const;
    int reportRowForIndex(const QModelIndex &index) const;
    int figureIndexForIndex(const QModelIndex &index) const;
    ReportPtr reportForIndex(const QModelIndex &index) const;
    /** Table row of the report's first figure; a report's figures are the rows
     *  [firstRowOfReport(r), firstRowOfReport(r + 1)). r == reportCount() gives rowCount(). */
    int firstRowOfReport(int reportRow) const
    {
        return reportRow >= 0 && reportRow < m_offsets.size() ? m_offsets.at(reportRow)
                                                              : m_offsets.last();
    }
    /** A citation: the quote, then report title, section path and, for a paged source,
     *  the page ("p. 3"). */
    static QString citation(const Report &report, int figureIndex);
    static QString kindLabel(Figure::Kind kind);
    /** A figure's role as the table shows it, in the current language. */
    static QString roleLabel(Figure::Role role);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuildOffsets();
    /** Report row and figure index of a table row. */
    bool locate(int row, int *reportRow, int *figureIndex) const;

    DocumentModel *m_documents;
    bool m_removing = false;
    QList<int> m_offsets; ///< first table row of each report; size reportCount() + 1
};

#endif // REPORTSCOPE_FIGUREMODEL_H
