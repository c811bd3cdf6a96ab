#pragma once

#include "models/common/Clock.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace xs {

class CatalogServices;

/// Sets one field on every selected entry: the field, its new value and (for published entries)
/// the reason. Checked against the rules for every entry first; all change or none.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// services: the catalog area's (they must outlive the dialog).
    BulkEditDialog(const CatalogServices& services, QStringList entryIds, QWidget* parent = nullptr);

    /// For tests and keyboard users alike: choose by stored names.
    bool choose(const QString& field, const QString& value);
    void setReason(const QString& reason);
    bool apply();

private:
    void fillValues();

    const CatalogServices& m_services;
    QStringList m_ids;
    QComboBox* m_field = nullptr;
    QComboBox* m_value = nullptr;
    QLineEdit* m_reason = nullptr;
    QListWidget* m_failures = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace xs
