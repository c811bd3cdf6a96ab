#pragma once

#include <QDialog>

namespace xs {

/// Shows a newly generated recovery code once, with a copy button, and lets the user go on only
/// after confirming that it is written down.
class RecoveryCodeDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryCodeDialog(const QString& code, QWidget* parent = nullptr);

    /// Escape and the close button only work once the code is confirmed as written down.
    void reject() override;

private:
    bool m_confirmed = false;
};

} // namespace xs
