#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace xs {

/// What shows the moment the app starts, before the database is open: the product's name, the
/// database being opened and what is happening now (reading the keychain, unlocking, waiting for
/// the passphrase). Reading the keychain may take seconds (a D-Bus service starting, or none
/// answering); without this window, nothing at all would be on screen meanwhile. The unlock and
/// create dialogs open over it; the main window replaces it.
class StartupWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StartupWindow(const QString& databasePath, QWidget* parent = nullptr);

    /// What is happening now, one line; busy shows a running bar.
    void setStatus(const QString& status, bool busy);

signals:
    /// The user chose 退出 (or pressed Escape) before the database was open.
    void quitRequested();

private:
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace xs
