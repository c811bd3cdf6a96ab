#pragma once

#include "models/common/Clock.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace xs {

class AuditLogModel;
class AuditServices;

/// The audit area (审计): every recorded change and step, newest first, filtered by kind of record,
/// user, period and text; exported to CSV as filtered; and the hash chain checked on request.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(std::unique_ptr<AuditServices> services, QWidget* parent = nullptr);
    ~AuditPage() override;

    void reload();
    AuditLogModel& model() const { return *m_model; }
    /// Checks the chain and shows the verdict; returns true if intact.
    bool verifyChain();
    /// Writes the filtered records to path as CSV (UTF-8 with BOM); false with a message shown.
    bool exportCsv(const QString& path);

private:
    void applyFilter();
    void chooseExportFile();

    std::unique_ptr<AuditServices> m_services;
    const Clock& m_clock;
    std::unique_ptr<AuditLogModel> m_model;
    QComboBox* m_entity = nullptr;
    QComboBox* m_actor = nullptr;
    QLineEdit* m_text = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_empty = nullptr;
    QTimer* m_typing = nullptr;
};

} // namespace xs
