#ifndef REPORTSCOPE_MARKEDROWDELEGATE_H
#define REPORTSCOPE_MARKEDROWDELEGATE_H

#include <QStyledItemDelegate>

/**
 * Tints the cells of rows whose model says so through a boolean role (a comparison's
 * conflicts), with a colour that stays readable in light and dark palettes.
 */
class MarkedRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MarkedRowDelegate(int role, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};

#endif // REPORTSCOPE_MARKEDROWDELEGATE_H
