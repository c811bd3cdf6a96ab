#include "ui/registration/RegistrationIntakeDialog.h"

#include "app/areas/RegistrationServices.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/attachments/FileRecorder.h"
#include "models/common/StructuredField.h"
#include "models/journal/ChangeJournal.h"
#include "models/registration/RegistrationIntake.h"
#include "models/registration/RegistrationVocabulary.h"
#include "ui/common/ChoicePickerDialog.h"
#include "ui/common/FormComboBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xs {

namespace {

enum ApplicantColumn
{
    NameColumn,
    KindColumn,
    CreditCodeColumn,
    RoleColumn,
};

FormComboBox* comboOf(const QList<LabelledValue>& values, QWidget* parent, bool withNone)
{
    auto* combo = new FormComboBox(parent);
    if (withNone)
        combo->addItem(QStringLiteral("—"), QString());
    for (const LabelledValue& value : values)
        combo->addItem(value.label, value.value);
    return combo;
}

QString attachedText(const RegistrationMaterials::File& file)
{
    return RegistrationIntakeDialog::tr("%1 (%2 KB)")
        .arg(file.fileName)
        .arg((file.bytes.size() + 1023) / 1024);
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

RegistrationIntakeDialog::RegistrationIntakeDialog(RegistrationServices& services, Role role, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_role(role)
    , m_id(ChangeJournal::newId(services.clock()))
    , m_entries(services.publishedEntries())
{
    setObjectName(QStringLiteral("registrationIntake"));
    setWindowTitle(tr("New Application"));
    auto* content = new QWidget(this);
    auto* form = new QFormLayout(content);

    QList<LabelledValue> types;
    for (const QString& type : RegistrationIntake::filedTypes())
        types.append({type, RegistrationVocabulary::typeLabel(type)});
    m_type = comboOf(types, content, false);
    m_type->setObjectName(QStringLiteral("intakeType"));
    form->addRow(tr("&Type:"), m_type);
    m_dataName = new QLineEdit(content);
    m_dataName->setObjectName(QStringLiteral("intakeDataName"));
    m_dataName->setMaxLength(300);
    form->addRow(tr("&Data name:"), m_dataName);
    m_summary = new QPlainTextEdit(content);
    m_summary->setObjectName(QStringLiteral("intakeSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(64);
    form->addRow(tr("Summary:"), m_summary);

    // The catalog entry, where the data is in the catalog: picked from thousands by typing.
    auto* entryRow = new QHBoxLayout;
    m_entry = new QLineEdit(content);
    m_entry->setObjectName(QStringLiteral("intakeEntry"));
    m_entry->setReadOnly(true);
    m_entry->setPlaceholderText(tr("Not in the catalog"));
    auto* pick = new QPushButton(tr("C&hoose..."), content);
    pick->setObjectName(QStringLiteral("intakeChooseEntry"));
    auto* clear = new QPushButton(tr("Clear"), content);
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(pick);
    entryRow->addWidget(clear);
    form->addRow(tr("Catalog entry:"), entryRow);
    connect(pick, &QPushButton::clicked, this, &RegistrationIntakeDialog::pickEntry);
    connect(clear, &QPushButton::clicked, this, [this] { setCatalogEntry({}); });

    m_related = comboOf(m_services.registrationsInForce(), content, true);
    m_related->setObjectName(QStringLiteral("intakeRelated"));
    form->addRow(tr("Registration it amends:"), m_related);
    m_agreement = comboOf(m_services.agreements(), content, true);
    m_agreement->setObjectName(QStringLiteral("intakeAgreement"));
    form->addRow(tr("Agreement of authorized operation:"), m_agreement);

    // The subjects (登记主体): one row each, the first leading.
    auto* applicantsBox = new QWidget(content);
    auto* applicantsRow = new QHBoxLayout(applicantsBox);
    applicantsRow->setContentsMargins(0, 0, 0, 0);
    m_applicants = new QTableWidget(0, 4, applicantsBox);
    m_applicants->setObjectName(QStringLiteral("intakeApplicants"));
    m_applicants->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Unified social credit code"), tr("Role")});
    m_applicants->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_applicants->setColumnWidth(KindColumn, 170);
    m_applicants->setColumnWidth(CreditCodeColumn, 170);
    m_applicants->setColumnWidth(RoleColumn, 150);
    m_applicants->verticalHeader()->hide();
    m_applicants->setFixedHeight(130); // a few subjects; more scroll
    auto* applicantButtons = new QVBoxLayout;
    auto* addRow = new QPushButton(tr("Add applicant"), applicantsBox);
    addRow->setObjectName(QStringLiteral("intakeAddApplicant"));
    auto* removeApplicant = new QPushButton(tr("Remove applicant"), applicantsBox);
    applicantButtons->addWidget(addRow);
    applicantButtons->addWidget(removeApplicant);
    applicantButtons->addStretch();
    applicantsRow->addWidget(m_applicants, 1, Qt::AlignTop);
    applicantsRow->addLayout(applicantButtons);
    // Across the whole width: four columns, the names and codes readable.
    form->addRow(new QLabel(tr("Applicants (登记主体):"), content));
    form->addRow(applicantsBox);
    connect(addRow, &QPushButton::clicked, this, [this] { addApplicant(QStringLiteral("joint")); });
    connect(removeApplicant, &QPushButton::clicked, this, [this] {
        if (m_applicants->currentRow() >= 0)
            m_applicants->removeRow(m_applicants->currentRow());
        validate();
    });
    connect(m_applicants, &QTableWidget::itemChanged, this, &RegistrationIntakeDialog::validate);

    m_scenarios = new QPlainTextEdit(content);
    m_scenarios->setObjectName(QStringLiteral("intakeScenarios"));
    m_scenarios->setTabChangesFocus(true);
    m_scenarios->setFixedHeight(64);
    m_scenarios->setPlaceholderText(tr("One scenario per line, e.g. 企业信用评价"));
    form->addRow(tr("Application scenarios:"), m_scenarios);

    m_materialsBox = new QGroupBox(tr("Materials received (REG §9)"), content);
    m_materialsLayout = new QVBoxLayout(m_materialsBox);
    form->addRow(m_materialsBox);
    m_completeness = new QLabel(content);
    m_completeness->setObjectName(QStringLiteral("intakeCompleteness"));
    m_completeness->setWordWrap(true);
    form->addRow(m_completeness);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("intakeProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&File Application"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &RegistrationIntakeDialog::rebuildMaterials);
    for (QComboBox* combo : {m_related, m_agreement})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegistrationIntakeDialog::validate);
    connect(m_dataName, &QLineEdit::textChanged, this, &RegistrationIntakeDialog::validate);
    connect(m_scenarios, &QPlainTextEdit::textChanged, this, &RegistrationIntakeDialog::validate);
    addApplicant(QStringLiteral("lead"));
    rebuildMaterials();
    resize(780, 700); // fits a 768-pixel-high screen; the fields scroll
}

void RegistrationIntakeDialog::addApplicant(const QString& role)
{
    const QSignalBlocker blocker(m_applicants);
    const int row = m_applicants->rowCount();
    m_applicants->insertRow(row);
    m_applicants->setItem(row, NameColumn, new QTableWidgetItem);
    m_applicants->setItem(row, CreditCodeColumn, new QTableWidgetItem);
    QList<LabelledValue> kinds;
    for (const QString& kind : RegistrationVocabulary::applicantKinds())
        kinds.append({kind, RegistrationVocabulary::applicantKindLabel(kind)});
    QList<LabelledValue> roles;
    for (const QString& each : RegistrationIntake::roles())
        roles.append({each, RegistrationIntake::roleLabel(each)});
    auto* kind = comboOf(kinds, m_applicants, false);
    auto* roleBox = comboOf(roles, m_applicants, false);
    roleBox->setCurrentIndex(roleBox->findData(role));
    m_applicants->setCellWidget(row, KindColumn, kind);
    m_applicants->setCellWidget(row, RoleColumn, roleBox);
    for (QComboBox* combo : {kind, roleBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegistrationIntakeDialog::validate);
    m_applicants->setCurrentCell(row, NameColumn);
    validate();
}

void RegistrationIntakeDialog::rebuildMaterials()
{
    // The materials of the type chosen; what was ticked stays ticked where the new type has it too.
    QStringList ticked;
    for (const QCheckBox* box : std::as_const(m_materials)) {
        if (box->isChecked())
            ticked << box->property("material").toString();
    }
    qDeleteAll(m_materialRows);
    m_materialRows.clear();
    m_materials.clear();
    for (const QString& material : RegistrationVocabulary::materialsFor(m_type->currentData().toString())) {
        auto* row = new QWidget(m_materialsBox);
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        auto* box = new QCheckBox(RegistrationVocabulary::materialLabel(material), row);
        box->setObjectName(QStringLiteral("material-") + material);
        box->setProperty("material", material);
        box->setChecked(ticked.contains(material) || m_files.contains(material));
        connect(box, &QCheckBox::toggled, this, &RegistrationIntakeDialog::validate);
        auto* attach = new QPushButton(tr("Attach File..."), row);
        attach->setObjectName(QStringLiteral("attach-") + material);
        connect(attach, &QPushButton::clicked, this, [this, material] { chooseFile(material); });
        auto* file = new QLabel(row);
        file->setObjectName(QStringLiteral("file-") + material);
        if (m_files.contains(material))
            file->setText(attachedText(m_files.value(material)));
        line->addWidget(box, 1);
        line->addWidget(file);
        line->addWidget(attach);
        m_materialsLayout->addWidget(row);
        m_materialRows.append(row);
        m_materials.append(box);
    }
    const bool first = m_type->currentData().toString() == QLatin1String("first");
    m_related->setEnabled(!first);
    m_agreement->setEnabled(first);
    validate();
}

void RegistrationIntakeDialog::pickEntry()
{
    ChoicePickerDialog picker(m_entries, {}, tr("Choose the catalog entry"), this);
    picker.setSingleSelection();
    if (picker.exec() == QDialog::Accepted && !picker.chosen().isEmpty())
        setCatalogEntry(picker.chosen().constFirst());
}

void RegistrationIntakeDialog::setCatalogEntry(const QString& id)
{
    m_entryId = id;
    m_entry->clear();
    for (const LabelledValue& entry : std::as_const(m_entries)) {
        if (entry.value == id) {
            m_entry->setText(entry.label);
            if (m_dataName->text().trimmed().isEmpty()) // the entry's name, unless one was typed
                m_dataName->setText(entry.label.section(QStringLiteral(" — "), 0, 0));
        }
    }
    validate();
}

QString RegistrationIntakeDialog::attachFile(const QString& material, const QString& fileName,
                                             const QByteArray& bytes)
{
    DatabaseError error;
    const std::optional<QJsonObject> described = FileRecorder::describe(fileName, bytes, &error);
    if (!described)
        return error.message();
    m_files.insert(material, {material, fileName, bytes});
    for (QCheckBox* box : std::as_const(m_materials)) {
        if (box->property("material").toString() == material)
            box->setChecked(true);
    }
    if (auto* label = findChild<QLabel*>(QStringLiteral("file-") + material))
        label->setText(attachedText(m_files.value(material)));
    validate();
    return {};
}

void RegistrationIntakeDialog::chooseFile(const QString& material)
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach: %1").arg(RegistrationVocabulary::materialLabel(material)), {},
        tr("PDF documents and images (*.pdf *.jpg *.jpeg *.png)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    QString problem;
    if (file.size() > AttachmentLimits::MaxFileBytes) // refused before it is read into memory
        problem = tr("%1 is larger than %2 MiB.")
                      .arg(name)
                      .arg(AttachmentLimits::MaxFileBytes / AttachmentLimits::ChunkBytes);
    else if (!file.open(QIODevice::ReadOnly))
        problem = tr("%1 cannot be read: %2").arg(name, file.errorString());
    else
        problem = attachFile(material, name, file.readAll());
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Attach File"), problem);
}

QJsonObject RegistrationIntakeDialog::application() const
{
    const QString type = m_type->currentData().toString();
    QJsonArray applicants;
    for (int row = 0; row < m_applicants->rowCount(); ++row) {
        QJsonObject applicant{
            {QStringLiteral("name"), cellText(m_applicants, row, NameColumn)},
            {QStringLiteral("kind"),
             qobject_cast<QComboBox*>(m_applicants->cellWidget(row, KindColumn))->currentData().toString()},
            {QStringLiteral("role"),
             qobject_cast<QComboBox*>(m_applicants->cellWidget(row, RoleColumn))->currentData().toString()}};
        if (const QString code = cellText(m_applicants, row, CreditCodeColumn).toUpper(); !code.isEmpty())
            applicant.insert(QStringLiteral("credit_code"), code);
        applicants.append(applicant);
    }
    QJsonArray scenarios;
    for (const QString& line : m_scenarios->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            scenarios.append(line.trimmed());
    }
    QJsonObject materials;
    for (const QCheckBox* box : m_materials)
        materials.insert(box->property("material").toString(), box->isChecked());
    QJsonObject application{{QStringLiteral("type"), type},
                            {QStringLiteral("data_name"), m_dataName->text().trimmed()},
                            {QStringLiteral("applicants"), structuredText(applicants)},
                            {QStringLiteral("materials"),
                             QString::fromUtf8(QJsonDocument(materials).toJson(QJsonDocument::Compact))}};
    if (const QString summary = m_summary->toPlainText().trimmed(); !summary.isEmpty())
        application.insert(QStringLiteral("summary"), summary);
    if (!scenarios.isEmpty())
        application.insert(QStringLiteral("scenarios"), structuredText(scenarios));
    if (!m_entryId.isEmpty())
        application.insert(QStringLiteral("catalog_entry_id"), m_entryId);
    if (m_related->isEnabled() && !m_related->currentData().toString().isEmpty())
        application.insert(QStringLiteral("related_registration_id"), m_related->currentData().toString());
    if (m_agreement->isEnabled() && !m_agreement->currentData().toString().isEmpty())
        application.insert(QStringLiteral("agreement_id"), m_agreement->currentData().toString());
    return application;
}

void RegistrationIntakeDialog::validate()
{
    const QJsonObject filed = application();
    QStringList problems;
    for (const FieldProblem& problem : RegistrationIntake::check(filed, true)) {
        if (!problem.warning && !problems.contains(problem.message.text()))
            problems << problem.message.text();
    }
    const QString type = filed.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("first") && !filed.contains(QStringLiteral("related_registration_id")))
        problems << tr("Choose the registration this application amends.");
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_save->setEnabled(problems.isEmpty());

    const QStringList missing = RegistrationIntake::missingMaterials(filed);
    QStringList labels;
    for (const QString& material : missing)
        labels << RegistrationVocabulary::materialLabel(material);
    m_completeness->setText(
        missing.isEmpty()
            ? tr("Every material is here.")
            : tr("%n material(s) missing: %1. Acceptance sends one notice listing them all (一次性告知), "
                 "and the clock starts again in full when they arrive.",
                 nullptr, int(missing.size()))
                  .arg(labels.join(tr(", "))));
}

QString RegistrationIntakeDialog::save()
{
    // The files of the ticked materials the type asks for; one attached before the type changed stays out.
    QList<RegistrationMaterials::File> files;
    for (const QCheckBox* box : std::as_const(m_materials)) {
        const QString material = box->property("material").toString();
        if (box->isChecked() && m_files.contains(material)) // unticked: not received after all
            files.append(m_files.value(material));
    }
    const DatabaseError error = m_services.fileApplication(m_id, application(), files, m_role);
    if (!error.isError())
        return {};
    const QString problem = tr("The application was not filed: %1").arg(error.detailOrMessage());
    m_problems->setText(problem);
    m_problems->show();
    return problem;
}

} // namespace xs
