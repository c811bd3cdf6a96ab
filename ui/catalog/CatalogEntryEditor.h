#pragma once

#include "models/catalog/CatalogPermissions.h"
#include "models/catalog/CatalogRules.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/common/Clock.h"
#include "models/journal/SyncTypes.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace xs {

class RecordForm;
class CatalogHistoryModel;
class CatalogHistoryPanel;
class CatalogRevisionPanel;
class CatalogRevisionServices;
class CatalogRepository;
class CatalogServices;
class DataItemsEditor;
class DataItemsModel;

/// Shows and edits one catalog entry: its fields, its data items and its history, with Save and
/// Revert, the workflow steps the user's role allows, and the rules' messages beside the fields.
/// With a hub, a change to a published entry is saved as its revision (修订), which another person
/// approves; without one, it asks for its reason and applies at once. Saving writes all of it in
/// one transaction.
class CatalogEntryEditor : public QWidget
{
    Q_OBJECT

public:
    /// services: the catalog area's (they must outlive the editor).
    CatalogEntryEditor(CatalogServices& services, CatalogPermissions permissions, QWidget* parent = nullptr);
    ~CatalogEntryEditor() override;

    /// Shows an entry (an empty id: nothing, see contentShown).
    void showEntry(const QString& id);
    /// Starts a new entry: a draft of the user's department.
    void startNew();
    void setPermissions(const CatalogPermissions& permissions);
    QString entryId() const { return m_id; }
    bool isModified() const { return m_modified; }
    /// Saves; false (with the messages shown) if a rule is broken or the user cancels the reason.
    bool save();
    void revert();
    /// Brings the 修订 tab forward (an entry opened from the revisions queue).
    void showRevision();

signals:
    /// Whether an entry (or a new one) is shown now: with nothing to show, the page hides the
    /// editor and gives its width to the table.
    void contentShown(bool hasContent);
    /// The entry was written (saved, restored or moved by a workflow step).
    void entryChanged(const QString& id);

private:
    void markModified();
    void updateActions();
    void giveCommand(const QString& command);
    void restore(qint64 changeId);
    /// Saves the changed fields of a published entry as its revision; false if nothing changed or
    /// the user cancelled.
    bool saveRevision(const QJsonObject& values);
    /// Asks why (when the entry is published or the step needs it); nothing if the user cancels.
    std::optional<QString> askReason(const QString& title, bool required);
    void showError(const QString& message);

    const Clock& m_clock;
    CatalogRepository& m_repository;
    CatalogRevisionServices& m_revisions;
    CatalogPermissions m_permissions;
    CatalogRules m_rules;
    UpdateFrequencies m_frequencies;
    std::unique_ptr<DataItemsModel> m_items;
    std::unique_ptr<CatalogHistoryModel> m_history;
    QString m_id;
    QJsonObject m_loaded; // the entry's fields as last loaded (as published, for a published entry)
    std::optional<RecordState> m_revision; // a published entry's open revision
    bool m_isNew = false;
    bool m_modified = false;

    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    RecordForm* m_form = nullptr;
    DataItemsEditor* m_itemsEditor = nullptr;
    CatalogHistoryPanel* m_historyPanel = nullptr;
    CatalogRevisionPanel* m_revisionPanel = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QList<QPushButton*> m_commandButtons;
};

} // namespace xs
