#pragma once

#include <QWidget>

class QTableView;

namespace xs {

class CatalogRevisionQueueModel;

/// 待审修订: the catalog's open revisions, those awaiting review first, with their deadlines.
/// Choosing a row opens its entry at its revision.
class CatalogRevisionQueuePanel : public QWidget
{
    Q_OBJECT

public:
    CatalogRevisionQueuePanel(CatalogRevisionQueueModel& model, QWidget* parent = nullptr);

signals:
    void entryChosen(const QString& entryId);

private:
    QTableView* m_view = nullptr;
};

} // namespace xs
