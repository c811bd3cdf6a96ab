#pragma once

#include "models/catalog/CatalogPermissions.h"
#include "models/journal/SyncTypes.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace xs {

class CatalogRevisionDiffModel;
class CatalogRevisionServices;

/// The 修订 tab of a published entry: its open revision with the reason, the two deadlines and who
/// submitted it; the diff between the published and the revised fields; and the revision's steps
/// this user may give (submit, extend, discard for the department; approve and return for
/// reviewers other than the submitter).
class CatalogRevisionPanel : public QWidget
{
    Q_OBJECT

public:
    /// services must outlive the panel.
    CatalogRevisionPanel(CatalogRevisionServices& services, QWidget* parent = nullptr);
    ~CatalogRevisionPanel() override;

    /// Shows the entry's open revision (published: the entry as in use), or the empty state.
    void showRevision(const QJsonObject& published, const std::optional<RecordState>& revision,
                      const CatalogPermissions& permissions);

signals:
    /// A step was given here: the entry and its revision are to be read again.
    void revisionChanged();

private:
    void giveStep(const QString& command);
    QString factsText() const;

    CatalogRevisionServices& m_services;
    std::unique_ptr<CatalogRevisionDiffModel> m_diff;
    QJsonObject m_published;
    std::optional<RecordState> m_revision;
    CatalogPermissions m_permissions;
    QLabel* m_facts = nullptr;
    QTableView* m_view = nullptr;
    QList<QPushButton*> m_stepButtons;
};

} // namespace xs
