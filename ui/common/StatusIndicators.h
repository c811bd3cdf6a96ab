#pragma once

#include <QWidget>

class QLabel;

namespace xs {

class Application;

/// Status bar: the open database, shown as encrypted, with its location in the tooltip.
class DatabaseStatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseStatusIndicator(Application& application, QWidget* parent = nullptr);
};

class SyncService;

/// Status bar: the state of sync with the province hub and the number of unsynced changes;
/// clicking it opens the sync area.
class SyncStatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusIndicator(SyncService* sync, QWidget* parent = nullptr);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void refresh();

    SyncService* m_sync;
    QLabel* m_label = nullptr;
};

} // namespace xs
