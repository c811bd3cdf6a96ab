#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace xs {

class FieldAuditServices;
class OfflinePreparation;

/// The shown task's readiness for work with no network, under its title: what this desktop holds
/// (checklist, the target's records, earlier findings, evidence files) and when it was last
/// prepared, and the 准备离线 button, which syncs and fetches the rest with progress and cancel
/// while the rest of the page stays usable.
class OfflineBar : public QWidget
{
    Q_OBJECT

public:
    /// services must outlive the bar.
    explicit OfflineBar(FieldAuditServices& services, QWidget* parent = nullptr);
    ~OfflineBar() override;

    /// How preparations run (through the hub's sync); without one, the button says why it is off.
    void setPreparation(std::unique_ptr<OfflinePreparation> preparation);
    OfflinePreparation* preparation() const { return m_preparation.get(); }
    void showTask(const QString& taskId);
    /// Starts 准备离线 for the shown task (the button does this); false if it cannot start now.
    bool prepare();
    void cancel();
    bool isPreparing() const;
    QString statusText() const;

signals:
    /// A preparation ended: records and files may have arrived.
    void prepared(const QString& taskId);
    /// What happened, for the page's message line.
    void said(const QString& text, bool problem);

private:
    void refresh();
    void showProgress(int stage, int done, int total);

    FieldAuditServices& m_services;
    std::unique_ptr<OfflinePreparation> m_preparation;
    QString m_taskId;
    QString m_preparingTask;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_prepare = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace xs
