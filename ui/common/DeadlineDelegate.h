#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace xs {

/// Colours a queue's deadline columns by how near the deadline is (DeadlineUrgency, read from the
/// model's urgency role): overdue red, due today and within two working days amber. The text says
/// it too, so colour is never the only cue. Every queue with working-day deadlines uses it.
class DeadlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// urgencyRole: the model's role giving a DeadlineUrgency as int; columns: the ones coloured.
    DeadlineDelegate(int urgencyRole, QList<int> columns, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_urgencyRole;
    QList<int> m_columns;
};

} // namespace xs
