#pragma once

#include "app/sync/HubConnection.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace xs {

class SyncService;

/// Connecting this database to a hub: its address, how to trust its certificate (a deployment CA
/// file and/or a SHA-256 pin), the user name and password. Stays open, busy, while the hub answers;
/// closes on success and shows the hub's refusal in place otherwise.
class HubLoginDialog : public QDialog
{
    Q_OBJECT

public:
    HubLoginDialog(SyncService& sync, QWidget* parent = nullptr);

    /// What the fields say now (for tests and for the caller).
    HubConnection connection() const;

private:
    void submit();
    void chooseCaFile();
    void onLoginFinished(bool ok, const QString& message);
    void setBusy(bool busy);
    void updateSubmit();
    QString validationProblem() const;

    SyncService& m_sync;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_submit = nullptr;
    bool m_waiting = false;
};

} // namespace xs
