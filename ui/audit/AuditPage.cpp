#include "ui/audit/AuditPage.h"

#include "app/areas/AuditServices.h"
#include "models/audit/AuditLogModel.h"
#include "models/audit/AuditTrail.h"
#include "models/catalog/io/CsvCodec.h"
#include "models/common/Clock.h"
#include "models/journal/FieldLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace xs {

AuditPage::AuditPage(std::unique_ptr<AuditServices> services, QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_clock(m_services->clock())
    , m_model(m_services->newLogModel())
{
    setObjectName(QStringLiteral("page-audit"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Search record, field, values, reason"));
    m_text->setClearButtonEnabled(true);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setSpecialValueText(tr("any"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setDate(edit->minimumDate()); // the special value: no limit
    }
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_entity);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);
    auto* verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyChainButton"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportAuditButton"));
    filters->addWidget(verify);
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model.get());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditLogModel::SeqColumn, 60);
    m_view->setColumnWidth(AuditLogModel::TimeColumn, 150);
    m_view->setColumnWidth(AuditLogModel::RecordColumn, 120);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("auditEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    layout->addWidget(m_empty);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_entity, m_actor})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    reload();
}

AuditPage::~AuditPage() = default;

void AuditPage::reload()
{
    const QString entity = m_entity->currentData().toString();
    const QString actor = m_actor->currentData().toString();
    {
        const QSignalBlocker quietEntity(m_entity);
        const QSignalBlocker quietActor(m_actor);
        m_entity->clear();
        m_entity->addItem(tr("All kinds"), QString());
        for (const QString& name : m_model->distinct(QStringLiteral("entity")))
            m_entity->addItem(entityLabel(name), name);
        m_entity->setCurrentIndex(qMax(0, m_entity->findData(entity)));
        m_actor->clear();
        m_actor->addItem(tr("Everyone"), QString());
        for (const QString& name : m_model->distinct(QStringLiteral("actor")))
            m_actor->addItem(name, name);
        m_actor->setCurrentIndex(qMax(0, m_actor->findData(actor)));
    }
    applyFilter();
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    filter.entity = m_entity->currentData().toString();
    filter.actor = m_actor->currentData().toString();
    filter.text = m_text->text();
    if (m_from->date() != m_from->minimumDate())
        filter.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        filter.to = m_to->date();
    m_model->setFilter(filter);
    if (m_model->lastError().isError())
        m_verdict->setText(m_model->lastError().message());
    // An empty table says why it is empty.
    const bool filtered = !filter.entity.isEmpty() || !filter.actor.isEmpty() ||
                          !filter.text.trimmed().isEmpty() || filter.from.isValid() || filter.to.isValid();
    m_empty->setText(filtered
                         ? tr("No audit records match these filters.")
                         : tr("No audit records yet. Every change made in this app, every workflow step and "
                              "every record received from the hub will be listed here."));
    m_empty->setVisible(m_model->rowCount() == 0);
}

bool AuditPage::verifyChain()
{
    DatabaseError error;
    const AuditTrail::Verdict verdict = m_services->verify(&error);
    if (error.isError()) {
        m_verdict->setText(error.message());
        m_verdict->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return false;
    }
    if (verdict.intact()) {
        const ChainAnchors::Verdict anchors = m_services->verifyAnchors(&error);
        if (error.isError() || !anchors.holds()) {
            m_verdict->setText(
                tr("The audit trail is broken: %1").arg(error.isError() ? error.message() : anchors.problem));
            m_verdict->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
            return false;
        }
        QString text = tr("The audit trail is intact: %n record(s), each linked to the one before by its "
                          "SHA-256 hash.",
                          nullptr, int(verdict.rows));
        if (anchors.lastAnchor)
            text += QLatin1Char(' ') +
                    tr("The hub has anchored it up to record %1 (%2).")
                        .arg(anchors.lastAnchor->head.seq)
                        .arg(Clock::chinaTime(
                                 QDateTime::fromString(anchors.lastAnchor->signedAt, Qt::ISODateWithMs))
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        m_verdict->setText(text);
        m_verdict->setStyleSheet(QStringLiteral("color: #1b6e2b;"));
        return true;
    }
    m_verdict->setText(tr("The audit trail is broken: %1").arg(verdict.problem));
    m_verdict->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    return false;
}

bool AuditPage::exportCsv(const QString& path)
{
    DatabaseError error;
    const QList<QStringList> rows = m_model->allRows(&error);
    QSaveFile file(path);
    if (error.isError() || !file.open(QIODevice::WriteOnly) ||
        file.write(CsvCodec::write(m_model->headers(), rows)) < 0 || !file.commit()) {
        m_verdict->setText(
            tr("Cannot export to %1: %2").arg(path, error.isError() ? error.message() : file.errorString()));
        m_verdict->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return false;
    }
    m_verdict->setText(tr("%n record(s) exported to %1.", nullptr, int(rows.size())).arg(path));
    m_verdict->setStyleSheet({});
    return true;
}

void AuditPage::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/audit-%1.csv").arg(m_clock.today().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export audit records"), suggested, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace xs
