#pragma once

#include <QWidget>

class QTableView;

namespace xs {

class OneSourceConflictModel;

/// 一数一源 issues: data items that more than one department declares authoritative. Choosing a
/// row filters the catalog to the entries that claim it.
class OneSourcePanel : public QWidget
{
    Q_OBJECT

public:
    OneSourcePanel(OneSourceConflictModel& model, QWidget* parent = nullptr);

signals:
    void entriesChosen(const QStringList& entryIds, const QString& identifier);

private:
    QTableView* m_view = nullptr;
};

} // namespace xs
