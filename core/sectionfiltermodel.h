#ifndef REPORTSCOPE_SECTIONFILTERMODEL_H
#define REPORTSCOPE_SECTIONFILTERMODEL_H

#include <QSortFilterProxyModel>

/**
 * Filters the section tree by a text that appears in a section's title or text; ancestors of
 * matching sections stay visible, and report rows always stay.
 */
class SectionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SectionFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

#endif // REPORTSCOPE_SECTIONFILTERMODEL_H
