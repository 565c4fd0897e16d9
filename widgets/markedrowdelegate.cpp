#include "widgets/markedrowdelegate.h"

#include <QPalette>

MarkedRowDelegate::MarkedRowDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent), m_role(role)
{}

void MarkedRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_role).toBool())
        return;
    // Red mixed into the base colour: a light pink on white, a dark red on a dark base.
    const QColor base = option->palette.color(QPalette::Base);
    const QColor red(0xe0, 0x40, 0x40);
    const float t = 0.3f;
    option->backgroundBrush = QColor::fromRgbF(base.redF() * (1 - t) + red.redF() * t,
                                               base.greenF() * (1 - t) + red.greenF() * t,
                                               base.blueF() * (1 - t) + red.blueF() * t);
}
