#pragma once

#include <QWidget>

namespace xs {

class SyncIssuesPanel;
class SyncService;
class SyncStatusPanel;

/// The "Sync" area: the state of sync with the province hub on top, and below it what needs a
/// person (conflicts and rejected changes). Opens the hub login dialog when asked.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(SyncService& sync, QWidget* parent = nullptr);

    SyncStatusPanel& status() { return *m_status; }
    SyncIssuesPanel& issues() { return *m_issues; }

    /// The hub connection and login dialog (modal).
    void openLogin();

private:
    SyncService& m_sync;
    SyncStatusPanel* m_status = nullptr;
    SyncIssuesPanel* m_issues = nullptr;
};

} // namespace xs
