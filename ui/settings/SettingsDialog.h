#pragma once

#include <QDialog>

class QComboBox;

namespace xs {

/// Preferences kept in QSettings. For now: the interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace xs
