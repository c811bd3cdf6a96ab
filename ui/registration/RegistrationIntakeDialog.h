#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/Vocabularies.h"
#include "models/registration/RegistrationMaterials.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace xs {

class RegistrationServices;

/// 新建申请: a registration application as the window receives it — its type, the subjects
/// (several for a joint application, each with its 统一社会信用代码 and role), the data and the
/// catalog entry it is in, the scenarios, and which of the type's materials came with it. The
/// completeness line lists every material missing, which the acceptance step then puts in its
/// one notice (一次性告知). Problems show as they are typed (RegistrationIntake, the rules the hub
/// runs); Save files the application, whose acceptance clock starts today.
class RegistrationIntakeDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrationIntakeDialog(RegistrationServices& services, Role role, QWidget* parent = nullptr);

    /// The application as it will be filed.
    QJsonObject application() const;
    /// Files it: empty on success, else why not (also shown in the dialog).
    QString save();
    const QString& recordId() const { return m_id; }
    /// Chooses the catalog entry, as the picker would.
    void setCatalogEntry(const QString& id);
    /// Attaches a file to a material of the type and ticks it (what 附加文件… does with the file it
    /// reads): empty, or why the file is refused (empty, too large, not a PDF, JPEG or PNG).
    QString attachFile(const QString& material, const QString& fileName, const QByteArray& bytes);

private:
    void addApplicant(const QString& role);
    void rebuildMaterials();
    void pickEntry();
    void chooseFile(const QString& material);
    void validate();

    RegistrationServices& m_services;
    Role m_role;
    QString m_id;
    QList<LabelledValue> m_entries;
    QString m_entryId;
    QComboBox* m_type;
    QLineEdit* m_dataName;
    QPlainTextEdit* m_summary;
    QLineEdit* m_entry;
    QComboBox* m_related;
    QComboBox* m_agreement;
    QTableWidget* m_applicants;
    QPlainTextEdit* m_scenarios;
    QGroupBox* m_materialsBox;
    QVBoxLayout* m_materialsLayout;
    QList<QCheckBox*> m_materials;
    QList<QWidget*> m_materialRows;
    QHash<QString, RegistrationMaterials::File> m_files; // by material: the one attached
    QLabel* m_completeness;
    QLabel* m_problems;
    QPushButton* m_save;
};

} // namespace xs
