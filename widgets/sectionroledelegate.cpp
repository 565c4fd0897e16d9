#include "widgets/sectionroledelegate.h"

#include "core/documentmodel.h"
#include "core/section.h"

#include <QPalette>

SectionRoleDelegate::SectionRoleDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

bool SectionRoleDelegate::isSetApart(int role)
{
    switch (Section::Role(role)) {
    case Section::Role::Closing:
    case Section::Role::Appendix:
    case Section::Role::Glossary:
    case Section::Role::Notes:
        return true;
    case Section::Role::Preamble:
    case Section::Role::Body:
        break;
    }
    return false;
}

void SectionRoleDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant role = index.data(DocumentModel::SectionRoleRole);
    if (!role.isValid() || role.toInt() < 0 || !isSetApart(role.toInt()))
        return;
    option->font.setItalic(true);
    // Grey, but readable when selected (the highlighted text colour stays).
    option->palette.setColor(QPalette::Text,
                             option->palette.color(QPalette::Disabled, QPalette::Text));
}
