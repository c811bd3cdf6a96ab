#pragma once

#include <QStyledItemDelegate>

namespace xs {

/// Colours the deadline and the working days left by how near the deadline is: overdue red, due
/// today and within two working days amber. The text says it too, so colour is never the only cue.
class DeadlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace xs
