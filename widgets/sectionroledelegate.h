#ifndef REPORTSCOPE_SECTIONROLEDELEGATE_H
#define REPORTSCOPE_SECTIONROLEDELEGATE_H

#include <QStyledItemDelegate>

/**
 * Draws section rows by their role (DocumentModel::SectionRoleRole): the closing, appendices,
 * glossaries and notes in grey italics, so the report's body stands out in the tree.
 */
class SectionRoleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SectionRoleDelegate(QObject *parent = nullptr);

    /** Whether rows of this Section::Role (as int; -1 for a report row) are drawn apart. */
    static bool isSetApart(int role);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

#endif // REPORTSCOPE_SECTIONROLEDELEGATE_H
