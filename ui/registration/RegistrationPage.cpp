#include "ui/registration/RegistrationPage.h"

#include "app/areas/RegistrationServices.h"
#include "models/calendar/DeadlineText.h"
#include "models/registration/FirstRegistrationDeadline.h"
#include "models/registration/RegistrationQueueModel.h"
#include "models/registration/RegistrationRepository.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"
#include "ui/common/DeadlineDelegate.h"
#include "ui/common/StepDialog.h"
#include "ui/common/TableExport.h"
#include "ui/registration/RegistrationDetailPane.h"
#include "ui/registration/RegistrationIntakeDialog.h"
#include "ui/registration/RegistrationNoticeWriter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

QString viewLabel(QueueView view)
{
    switch (view) {
    case QueueView::Mine:
        return RegistrationPage::tr("My queue");
    case QueueView::Unassigned:
        return RegistrationPage::tr("Unassigned");
    case QueueView::All:
        return RegistrationPage::tr("All");
    case QueueView::Overdue:
        return RegistrationPage::tr("Overdue");
    case QueueView::InPublicNotice:
        return RegistrationPage::tr("In public notice");
    case QueueView::ExpiringSoon:
        return RegistrationPage::tr("Expiring soon");
    }
    return {};
}

} // namespace

RegistrationPage::RegistrationPage(std::unique_ptr<RegistrationServices> services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_repository(m_services->repository())
    , m_role(role)
    , m_clock(m_services->clock())
{
    m_calendar = m_repository.calendar();
    m_rules = m_repository.deadlineRules();
    m_model = m_services->newQueueModel(m_calendar);
    m_model->setRules(m_rules);

    setObjectName(QStringLiteral("page-registration"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("registrationViews"));
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    for (const QueueView view : RegistrationQueueQuery::views())
        m_tabs->addTab(viewLabel(view));
    bar->addWidget(m_tabs);
    bar->addStretch();
    m_new = new QPushButton(tr("New Application…"), this);
    m_new->setObjectName(QStringLiteral("newApplicationButton"));
    m_new->setToolTip(tr("File an application received at the window (Ctrl+N)"));
    m_new->setShortcut(QKeySequence::New);
    bar->addWidget(m_new);
    m_assign = new QPushButton(tr("Assign…"), this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setToolTip(tr("Assign the selected applications to a reviewer (Ctrl+Shift+A)"));
    bar->addWidget(m_assign);
    // Every role may export what it reads (an auditor takes the queue away as evidence).
    auto* exportQueue = new QPushButton(tr("Export to &XLSX..."), this);
    exportQueue->setObjectName(QStringLiteral("exportQueueButton"));
    bar->addWidget(exportQueue);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    bar->addWidget(refresh);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("registrationQueue"));
    m_view->setModel(m_model.get());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(RegistrationQueueModel::DeadlineColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new DeadlineDelegate(
        RegistrationQueueModel::UrgencyRole,
        {RegistrationQueueModel::DeadlineColumn, RegistrationQueueModel::RemainingColumn}, m_view));
    m_view->horizontalHeader()->setSectionResizeMode(RegistrationQueueModel::DataNameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->setColumnWidth(RegistrationQueueModel::ApplicantColumn, 170);
    // Wide enough for the longest words of the UI language (English ones are longer than Chinese).
    const QFontMetrics metrics = m_view->fontMetrics();
    int typeWidth = 76;
    for (const QString& type : RegistrationVocabulary::types())
        typeWidth = qMax(typeWidth, metrics.horizontalAdvance(RegistrationVocabulary::typeLabel(type)) + 16);
    // A first registration filed late says so in the same column (its tooltip says by how much).
    typeWidth =
        qMax(typeWidth,
             metrics.horizontalAdvance(RegistrationQueueModel::tr("%1 (late)")
                                           .arg(RegistrationVocabulary::typeLabel(QStringLiteral("first")))) +
                 16);
    m_view->setColumnWidth(RegistrationQueueModel::TypeColumn, qMin(typeWidth, 120));
    m_view->setColumnWidth(RegistrationQueueModel::StateColumn, 96);
    // A deadline may carry its mark: 暂定 (provisional) or 已调整 (moved by a published schedule).
    const QDate sample(2027, 12, 30);
    m_view->setColumnWidth(
        RegistrationQueueModel::DeadlineColumn,
        qMax(92, qMax(metrics.horizontalAdvance(StepDeadline::dateText(sample, true)),
                      metrics.horizontalAdvance(StepDeadline{sample, false, sample, {}}.markedText())) +
                     16));
    m_view->setColumnWidth(RegistrationQueueModel::RemainingColumn,
                           qMax(108, metrics.horizontalAdvance(RegistrationQueueModel::tr(
                                         "%n working day(s) overdue", nullptr, 88)) +
                                         20));
    m_view->setColumnWidth(RegistrationQueueModel::AssigneeColumn, 96);
    m_detail = new RegistrationDetailPane(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_splitter = splitter;
    layout->addWidget(splitter, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        m_model->setFilter(currentFilter());
        showAssigneeColumn();
        selectFirst();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistrationPage::showSelected);
    connect(m_assign, &QPushButton::clicked, this, &RegistrationPage::assignSelected);
    connect(m_new, &QPushButton::clicked, this, &RegistrationPage::fileApplication);
    connect(exportQueue, &QPushButton::clicked, this, [this] {
        const QString view = viewLabel(RegistrationQueueQuery::views().value(m_tabs->currentIndex()));
        TableExport::chooseAndSave(this, *m_model, tr("Export Queue"), view,
                                   tr("registrations-%1").arg(view));
    });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this), &QShortcut::activated, this,
            &RegistrationPage::assignSelected);
    connect(refresh, &QPushButton::clicked, this, &RegistrationPage::reload);
    connect(m_detail, &RegistrationDetailPane::stepRequested, this, &RegistrationPage::takeStep);
    connect(m_detail, &RegistrationDetailPane::noticeRequested, this, &RegistrationPage::exportNotice);

    // A reviewer starts with their own queue, or the unassigned work when they hold none; everyone
    // else with all applications.
    const std::map<QueueView, qint64> counts = refreshCounts();
    QueueView start = QueueView::All;
    if (RegistrationWorkflow::roleMayAct(m_role))
        start = counts.at(QueueView::Mine) > 0         ? QueueView::Mine
                : counts.at(QueueView::Unassigned) > 0 ? QueueView::Unassigned
                                                       : QueueView::All;
    const QSignalBlocker quiet(m_tabs);
    m_tabs->setCurrentIndex(int(RegistrationQueueQuery::views().indexOf(start)));
    m_model->setFilter(currentFilter());
    showAssigneeColumn();
    setRole(role);
    selectFirst();
    if (m_model->lastError().isError())
        report(m_model->lastError().message(), true);
}

RegistrationPage::~RegistrationPage() = default;

void RegistrationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The queue gets most of the width the first time the page shows (the sizes need a width).
    if (!m_sized && width() > 0) {
        m_sized = true;
        m_splitter->setSizes({width() * 67 / 100, width() * 33 / 100});
    }
}

QueueFilter RegistrationPage::currentFilter() const
{
    QueueFilter filter = m_model->filter();
    filter.view = RegistrationQueueQuery::views().value(m_tabs->currentIndex(), QueueView::All);
    filter.user = m_services->user();
    filter.today = m_clock.today();
    filter.expiringBy = RegistrationWorkflow::latestExpiryInRenewalWindow(filter.today, m_rules, m_calendar);
    return filter;
}

void RegistrationPage::selectFirst()
{
    // The most urgent application is where a reviewer starts: select it, keyboard ready.
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showSelected();
}

void RegistrationPage::showAssigneeColumn()
{
    // In "my queue" and "unassigned" the column would say the same thing on every row.
    const QueueView view = m_model->filter().view;
    m_view->setColumnHidden(RegistrationQueueModel::AssigneeColumn,
                            view == QueueView::Mine || view == QueueView::Unassigned);
}

void RegistrationPage::setRole(Role role)
{
    m_role = role;
    m_assign->setVisible(RegistrationWorkflow::roleMayAct(role));
    m_new->setVisible(RegistrationWorkflow::roleMayAct(role));
    showSelected();
}

void RegistrationPage::fileApplication()
{
    RegistrationIntakeDialog dialog(*m_services, m_role, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Shown where it now is: the unassigned work of every reviewer.
    showView(QueueView::Unassigned);
    reload();
    const int row = m_model->rowOf(dialog.recordId());
    if (row >= 0)
        m_view->selectRow(row);
    report(tr("Application filed; its acceptance is due by the date in the queue."), false);
    emit changed();
}

void RegistrationPage::showView(QueueView view)
{
    m_tabs->setCurrentIndex(int(RegistrationQueueQuery::views().indexOf(view)));
}

void RegistrationPage::reload()
{
    m_calendar = m_repository.calendar();
    m_rules = m_repository.deadlineRules();
    const QString selected = m_detail->registrationId();
    m_model->setCalendar(m_calendar);
    m_model->setRules(m_rules);
    QueueFilter filter = currentFilter();
    if (filter.today != m_model->filter().today || filter.view != m_model->filter().view)
        m_model->setFilter(filter);
    else
        m_model->reload();
    refreshCounts();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_view->selectRow(row);
    showSelected();
}

std::map<QueueView, qint64> RegistrationPage::refreshCounts()
{
    const std::map<QueueView, qint64> counts = m_services->counts(currentFilter());
    const QList<QueueView> views = RegistrationQueueQuery::views();
    for (int index = 0; index < views.size(); ++index) {
        const auto found = counts.find(views.at(index));
        m_tabs->setTabText(
            index, found == counts.end() || found->second < 0
                       ? viewLabel(views.at(index))
                       : QStringLiteral("%1 (%2)").arg(viewLabel(views.at(index))).arg(found->second));
    }
    if (m_model->lastError().isError())
        report(m_model->lastError().message(), true);
    return counts;
}

QStringList RegistrationPage::selectedIds() const
{
    // By the rows any of whose cells are selected: selectedRows() wants every column selected,
    // and a hidden column (the assignee, in some views) is never selected with its row.
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes()) {
        const QString id = m_model->idAt(index.row());
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

void RegistrationPage::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QStringList ids = selectedIds();
    const QString id = ids.size() == 1 ? ids.constFirst()
                                       : (current.isValid() && ids.contains(m_model->idAt(current.row()))
                                              ? m_model->idAt(current.row())
                                              : QString());
    std::optional<RecordState> record;
    if (!id.isEmpty())
        record = m_repository.registration(id);
    if (!record) {
        m_detail->clear();
        return;
    }
    std::optional<RecordState> amended;
    if (const QString related = record->fields.value(QStringLiteral("related_registration_id")).toString();
        !related.isEmpty())
        amended = m_repository.registration(related);
    m_detail->showRegistration(
        *record,
        RegistrationWorkflow::availableCommands(record->fields, m_role, m_clock.today(), m_rules, m_calendar),
        m_calendar, m_clock.today(), m_services->hasLocalChanges(id),
        amended ? amended->fields : QJsonObject(), firstRegistrationNote(record->fields));
    m_detail->showMaterialFiles(m_services->materialFiles(id));
}

QString RegistrationPage::firstRegistrationNote(const QJsonObject& registration) const
{
    const QString agreementId = registration.value(QStringLiteral("agreement_id")).toString();
    if (agreementId.isEmpty())
        return {};
    const std::optional<RecordState> agreement = m_services->agreement(agreementId);
    return agreement
               ? FirstRegistrationDeadline::describe(registration, agreement->fields, m_rules, m_calendar)
               : tr("The agreement it follows is not on this desktop yet.");
}

void RegistrationPage::report(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

void RegistrationPage::takeStep(const QString& command)
{
    const QString id = m_detail->registrationId();
    const std::optional<RecordState> record = m_repository.registration(id);
    if (!record)
        return;
    const StepDefinition* step = RegistrationWorkflow::steps().find(command);
    if (!step)
        return;
    const std::optional<QJsonObject> arguments = StepDialog::askFor(
        *step, record->fields, record->fields.value(QStringLiteral("data_name")).toString(), m_clock.today(),
        this);
    if (!arguments)
        return;
    const DatabaseError error =
        m_repository.step(id, command, *arguments, m_repository.contextFor(m_role, m_calendar, m_rules));
    if (error.isError()) {
        QMessageBox::warning(this, step->title(),
                             error.kind() == DatabaseError::Kind::Invalid ? error.detail() : error.message());
        return;
    }
    report(StepDialog::doneText(*step), false);
    reload();
    emit changed();
}

void RegistrationPage::assignSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !RegistrationWorkflow::roleMayAct(m_role))
        return;
    bool ok = false;
    const QString assignee =
        QInputDialog::getText(this, tr("Assign"),
                              tr("Assign %n application(s) to reviewer:", nullptr, int(ids.size())),
                              QLineEdit::Normal, m_services->user(), &ok)
            .trimmed();
    if (!ok)
        return;
    // All or none: one refused application leaves every other one as it was.
    const DatabaseError error =
        m_services->stepAll(ids, QStringLiteral("assign"), {{QStringLiteral("assignee"), assignee}},
                            m_repository.contextFor(m_role, m_calendar, m_rules));
    if (error.isError()) {
        QMessageBox::warning(
            this, tr("Assign"),
            tr("Nothing was assigned: %1")
                .arg(error.kind() == DatabaseError::Kind::Invalid ? error.detail() : error.message()));
        return;
    }
    report(tr("%n application(s) assigned to %1.", nullptr, int(ids.size()))
               .arg(assignee.isEmpty() ? tr("nobody") : assignee),
           false);
    reload();
    emit changed();
}

void RegistrationPage::exportNotice()
{
    const std::optional<RecordState> record = m_repository.registration(m_detail->registrationId());
    if (!record)
        return;
    const std::optional<RegistrationNoticeWriter::Kind> kind =
        RegistrationNoticeWriter::noticeFor(record->fields);
    if (!kind)
        return;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        RegistrationNoticeWriter::title(*kind) + QLatin1Char('-') +
        record->fields.value(QStringLiteral("number")).toString().remove(QLatin1Char('/')) +
        QStringLiteral(".pdf");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export notice"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!RegistrationNoticeWriter::writePdf(*kind, record->fields,
                                            tr("Hunan Public Data Resource Registration Body"),
                                            m_clock.today(), path, &error)) {
        QMessageBox::warning(this, tr("Export notice"), error);
        return;
    }
    // The public notice also goes to the portal: its text beside the PDF, as the portal takes it.
    if (*kind == RegistrationNoticeWriter::Kind::PublicNotice) {
        const QString textPath = QFileInfo(path).path() + QLatin1Char('/') +
                                 QFileInfo(path).completeBaseName() + QStringLiteral(".txt");
        QSaveFile text(textPath);
        if (!text.open(QIODevice::WriteOnly) ||
            text.write(RegistrationNoticeWriter::portalText(record->fields).toUtf8() + '\n') < 0 ||
            !text.commit()) {
            QMessageBox::warning(this, tr("Export notice"),
                                 tr("The PDF was written, but not the portal's text (%1): %2")
                                     .arg(textPath, text.errorString()));
            return;
        }
        report(tr("Public notice written to %1, and the portal's text to %2.").arg(path, textPath), false);
        return;
    }
    report(tr("Notice written to %1.").arg(path), false);
}

} // namespace xs
