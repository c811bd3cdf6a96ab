#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace xs {

/// First start: there is no database yet. Explains what will be created and asks how the key is
/// to be recovered: a generated recovery code (recommended) or a passphrase of the user's own.
class CreateDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    CreateDatabaseDialog(const QString& databasePath, QWidget* parent = nullptr);

    /// The passphrase to wrap the key under: the user's own, or the generated recovery code.
    QString passphrase() const;
    /// Non-empty when a recovery code was generated (it must be shown to the user once).
    QString generatedRecoveryCode() const { return m_generatedCode; }

    void setBusy(bool busy);
    void showError(const QString& message);

signals:
    void createRequested(const QString& passphrase);

private:
    void submit();
    void updateMode();
    /// The validation message for the chosen passphrase, or empty if it is acceptable.
    QString validationMessage() const;

    QRadioButton* m_useCode = nullptr;
    QRadioButton* m_usePassphrase = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirmation = nullptr;
    QLabel* m_validation = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_create = nullptr;
    QString m_generatedCode;
};

} // namespace xs
