#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/EntitySchema.h"

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace xs {

class GrantRepository;
class RecordForm;

/// Edits one grant record: its fields with the rules' messages beside them (checked as you type,
/// by the code the hub runs), its workflow steps for this role, and the records under it (an
/// agreement's products, reports and disclosures; a product's monthly prices), each opened in a
/// dialog of its own. Save keeps the dialog open, so a new agreement can get its products next.
class GrantEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// id empty: a new record; parent: the column and id that tie a new child to its parent.
    GrantEditorDialog(GrantRepository& repository, const QString& entity, const QString& id, Role role,
                      QWidget* parent = nullptr, const std::pair<QString, QString>& parentLink = {});

    QString recordId() const { return m_id; }
    bool changedSomething() const { return m_changed; }
    RecordForm* form() const { return m_form; }
    /// Saves what the form holds. Returns an empty string, or why nothing was saved.
    QString save();

private:
    void validate();
    void load();
    void buildSteps();
    void buildChildren();
    void refreshChildren();
    void takeStep(const QString& command);
    QString childLabel(const QString& entity, const QJsonObject& fields) const;
    bool mayEdit() const;
    bool hasUnsavedChanges() const;

    /// The records listed under this one: their type and the field that holds this one's id.
    struct Child
    {
        const EntitySchema* entity;
        QString ownerField;
        QListWidget* list;
    };

    GrantRepository& m_repository;
    const EntitySchema& m_entity;
    QString m_id;
    bool m_exists = false;
    Role m_role;
    std::pair<QString, QString> m_parentLink;
    bool m_changed = false;
    RecordForm* m_form = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_firstRegistration = nullptr; // an agreement's: its operation's first registration
    QHBoxLayout* m_steps = nullptr;
    QList<Child> m_children;
    QList<QPushButton*> m_addButtons;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace xs
