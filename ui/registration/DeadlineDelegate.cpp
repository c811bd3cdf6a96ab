#include "ui/registration/DeadlineDelegate.h"

#include "models/registration/RegistrationQueueModel.h"

namespace xs {

void DeadlineDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != RegistrationQueueModel::DeadlineColumn &&
        index.column() != RegistrationQueueModel::RemainingColumn)
        return;
    using Urgency = RegistrationQueueModel::Urgency;
    switch (Urgency(index.data(RegistrationQueueModel::UrgencyRole).toInt())) {
    case Urgency::Overdue:
        option->backgroundBrush = QColor(0xfd, 0xe2, 0xe0);
        option->palette.setColor(QPalette::Text, QColor(0xa0, 0x1c, 0x14));
        option->font.setBold(true);
        break;
    case Urgency::DueToday:
        option->backgroundBrush = QColor(0xff, 0xe9, 0xc2);
        option->palette.setColor(QPalette::Text, QColor(0x8a, 0x4b, 0x00));
        option->font.setBold(true);
        break;
    case Urgency::Soon:
        option->backgroundBrush = QColor(0xff, 0xf4, 0xd6);
        option->palette.setColor(QPalette::Text, QColor(0x7a, 0x52, 0x00));
        break;
    case Urgency::Normal:
    case Urgency::None:
        break;
    }
}

} // namespace xs
