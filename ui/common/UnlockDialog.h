#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace xs {

/// Asks for the recovery passphrase when the keychain cannot supply the key, saying why it
/// could not. Stays open on a wrong passphrase, with the message under the field.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(const QString& databasePath, const QString& reason, QWidget* parent = nullptr);

    QString passphrase() const;
    bool rememberKey() const;

    void setBusy(bool busy);
    void showError(const QString& message);

signals:
    void passphraseSubmitted(const QString& passphrase, bool rememberKey);

private:
    void submit();

    QLineEdit* m_passphrase = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace xs
