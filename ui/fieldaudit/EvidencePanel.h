#pragma once

#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QListView;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace xs {

class EvidenceListModel;
class EvidenceThumbnails;
class FieldAuditServices;
class HubError;
struct EvidenceDraft;

/// The evidence of the shown audit task: photos and scans added from files (as the hub's rules
/// allow, refused with the figures when too large or not evidence), opened from memory, verified
/// against their SHA-256, and fetched from the hub on demand when only the record is here.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    /// services must outlive the panel.
    explicit EvidencePanel(FieldAuditServices& services, QWidget* parent = nullptr);
    ~EvidencePanel() override;

    /// Shows a task's evidence (none for an empty id); mayAdd: its auditors, while in progress.
    void showTask(const QString& taskId, bool mayAdd, Role role);
    /// Adds files as evidence of the shown task; the number added (a message says why one was not).
    int addEvidenceFiles(const QStringList& paths);
    /// Re-hashes the chosen evidence; true if it matches.
    bool verifySelected();
    /// After a fetch from the hub: the list and a message.
    void downloadFinished(const QString& evidenceId, const HubError& error);
    EvidenceListModel& evidence() const { return *m_evidence; }
    /// The list as views show it, with thumbnails.
    EvidenceThumbnails& thumbnails() const { return *m_thumbnails; }

signals:
    /// The chosen evidence's bytes are only on the hub: fetch them.
    void downloadRequested(const QString& evidenceId);
    /// What happened, for the page's message line.
    void said(const QString& text, bool problem);
    /// Evidence was added or fetched.
    void changed();

private:
    void reload();
    void updateActions();
    void chooseFiles();
    void viewSelected();
    QString selectedEvidence() const;
    /// Reads a chosen file as evidence of the shown task, downscaled if asked (and a photo); false,
    /// with *problem naming the file, if it cannot be added.
    bool readDraft(const QString& path, EvidenceDraft* draft, QString* problem) const;

    FieldAuditServices& m_services;
    std::unique_ptr<EvidenceListModel> m_evidence;
    QString m_taskId;
    bool m_mayAdd = false;
    Role m_role = Role::Manager;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    EvidenceThumbnails* m_thumbnails = nullptr;
    QListView* m_gallery = nullptr;
    QStackedWidget* m_views = nullptr;
    QToolButton* m_asGallery = nullptr;
    QToolButton* m_asList = nullptr;
    QPushButton* m_add = nullptr;
    QCheckBox* m_downscale = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_fetch = nullptr;
};

} // namespace xs
