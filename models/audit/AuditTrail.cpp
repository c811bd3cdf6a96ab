#include "models/audit/AuditTrail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::AuditTrail)
};

void appendCanonical(QByteArray& form, const QString& value)
{
    // Empty and null are one value here: the database may hand back either for an empty text.
    if (value.isEmpty()) {
        form.append("~,");
        return;
    }
    const QByteArray bytes = value.toUtf8();
    form.append(QByteArray::number(bytes.size())).append(':').append(bytes).append(',');
}

QString originName(AuditRecord::Origin origin)
{
    return origin == AuditRecord::Origin::Hub ? QStringLiteral("hub") : QStringLiteral("local");
}

// Columns from `at` to `op_id`: the canonical form's fields, in table order.
const QString Columns = QStringLiteral("at, actor, origin, entity, record_id, action, field, old_value, "
                                       "new_value, reason, op_id");

} // namespace

QString AuditRecord::textOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return value.toDouble() == double(value.toInteger()) ? QString::number(value.toInteger())
                                                             : QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

AuditTrail::AuditTrail(QSqlDatabase database, QString table)
    : m_database(std::move(database))
    , m_table(std::move(table))
{}

AuditTrail::~AuditTrail() = default;

QString AuditTrail::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditTrail::canonicalForm(const AuditRecord& record)
{
    QByteArray form;
    form.reserve(512);
    for (const QString* value : {&record.at, &record.actor})
        appendCanonical(form, *value);
    appendCanonical(form, originName(record.origin));
    for (const QString* value : {&record.entity, &record.recordId, &record.action, &record.field,
                                 &record.oldValue, &record.newValue, &record.reason, &record.opId})
        appendCanonical(form, *value);
    return form;
}

QString AuditTrail::chainHash(const QString& previousHash, const AuditRecord& record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toLatin1());
    hash.addData(canonicalForm(record));
    return QString::fromLatin1(hash.result().toHex());
}

DatabaseError AuditTrail::append(const QList<AuditRecord>& records)
{
    if (records.isEmpty())
        return {};
    if (!m_head) {
        m_head = std::make_unique<QSqlQuery>(m_database);
        m_head->setForwardOnly(true);
        if (!m_head->prepare(QStringLiteral("SELECT hash FROM %1 ORDER BY seq DESC LIMIT 1").arg(m_table))) {
            const DatabaseError error = DatabaseError::fromSqlError(m_head->lastError());
            m_head.reset();
            return error;
        }
    }
    if (!m_head->exec())
        return DatabaseError::fromSqlError(m_head->lastError());
    QString previous = m_head->next() ? m_head->value(0).toString() : genesisHash();
    m_head->finish();

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_database);
        if (!m_insert->prepare(QStringLiteral("INSERT INTO %1 (%2, prev_hash, hash) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   .arg(m_table, Columns))) {
            const DatabaseError error = DatabaseError::fromSqlError(m_insert->lastError());
            m_insert.reset();
            return error;
        }
    }
    for (const AuditRecord& record : records) {
        const QString hash = chainHash(previous, record);
        for (const QString& value : {record.at, record.actor, originName(record.origin), record.entity,
                                     record.recordId, record.action, record.field, record.oldValue,
                                     record.newValue, record.reason, record.opId, previous, hash})
            m_insert->addBindValue(value);
        if (!m_insert->exec())
            return DatabaseError::fromSqlError(m_insert->lastError());
        previous = hash;
    }
    return {};
}

std::optional<ChainHead> AuditTrail::head(DatabaseError* error) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM %1 ORDER BY seq DESC LIMIT 1").arg(m_table))) {
        *error = DatabaseError::fromSqlError(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return ChainHead{query.value(0).toLongLong(), query.value(1).toString()};
}

AuditTrail::Verdict AuditTrail::verify(DatabaseError* error) const
{
    Verdict verdict;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT seq, %1, prev_hash, hash FROM %2 ORDER BY seq").arg(Columns, m_table))) {
        *error = DatabaseError::fromSqlError(query.lastError());
        return verdict;
    }
    QString previous = genesisHash();
    while (query.next()) {
        AuditRecord record;
        record.seq = query.value(0).toLongLong();
        record.at = query.value(1).toString();
        record.actor = query.value(2).toString();
        record.origin = query.value(3).toString() == QLatin1String("hub") ? AuditRecord::Origin::Hub
                                                                          : AuditRecord::Origin::Local;
        record.entity = query.value(4).toString();
        record.recordId = query.value(5).toString();
        record.action = query.value(6).toString();
        record.field = query.value(7).toString();
        record.oldValue = query.value(8).toString();
        record.newValue = query.value(9).toString();
        record.reason = query.value(10).toString();
        record.opId = query.value(11).toString();
        const QString storedPrevious = query.value(12).toString();
        const QString storedHash = query.value(13).toString();
        ++verdict.rows;
        // An origin outside the two names would hash as "local": check it against the text.
        const bool originReadBack =
            query.value(3).toString() ==
            (record.origin == AuditRecord::Origin::Hub ? QLatin1String("hub") : QLatin1String("local"));
        if (storedPrevious != previous) {
            verdict.firstBrokenSeq = record.seq;
            verdict.problem = Text::tr("audit record %1 does not follow the record before it (a record was "
                                       "removed, inserted or altered)")
                                  .arg(record.seq);
            return verdict;
        }
        if (!originReadBack || chainHash(previous, record) != storedHash) {
            verdict.firstBrokenSeq = record.seq;
            verdict.problem = Text::tr("audit record %1 was altered after it was written").arg(record.seq);
            return verdict;
        }
        previous = storedHash;
        verdict.lastSeq = record.seq;
    }
    return verdict;
}

} // namespace xs
