#include "ui/common/DeadlineDelegate.h"

#include "models/calendar/DeadlineText.h"

namespace xs {

DeadlineDelegate::DeadlineDelegate(int urgencyRole, QList<int> columns, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_urgencyRole(urgencyRole)
    , m_columns(std::move(columns))
{}

void DeadlineDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!m_columns.contains(index.column()))
        return;
    switch (DeadlineUrgency(index.data(m_urgencyRole).toInt())) {
    case DeadlineUrgency::Overdue:
        option->backgroundBrush = QColor(0xfd, 0xe2, 0xe0);
        option->palette.setColor(QPalette::Text, QColor(0xa0, 0x1c, 0x14));
        option->font.setBold(true);
        break;
    case DeadlineUrgency::DueToday:
        option->backgroundBrush = QColor(0xff, 0xe9, 0xc2);
        option->palette.setColor(QPalette::Text, QColor(0x8a, 0x4b, 0x00));
        option->font.setBold(true);
        break;
    case DeadlineUrgency::Soon:
        option->backgroundBrush = QColor(0xff, 0xf4, 0xd6);
        option->palette.setColor(QPalette::Text, QColor(0x7a, 0x52, 0x00));
        break;
    case DeadlineUrgency::Normal:
    case DeadlineUrgency::None:
        break;
    }
}

} // namespace xs
