#include "tests/support/HttpProbe.h"

#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUuid>

namespace xs::test {

HttpProbe::HttpProbe(QUrl base, const QString& caFile)
    : m_base(std::move(base))
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.addCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
}

QJsonObject HttpProbe::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpProbe::Answer::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

HttpProbe::Answer HttpProbe::send(const QByteArray& method, const QString& path, const QByteArray& body,
                                  const QString& token,
                                  const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(60000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QBuffer* data = new QBuffer;
    data->setData(body);
    data->open(QIODevice::ReadOnly);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, data);
    data->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

QString HttpProbe::login(const QString& user, const QString& password)
{
    const Answer answer = send(
        "POST", QStringLiteral("/api/v1/login"),
        QJsonDocument(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact));
    return answer.json().value(QStringLiteral("token")).toString();
}

QString HttpProbe::outcome(const QJsonArray& results)
{
    const QJsonObject result = results.isEmpty() ? QJsonObject() : results.at(0).toObject();
    return result.value(QStringLiteral("status")).toString() + QLatin1Char('/') +
           result.value(QStringLiteral("reason_code")).toString();
}

bool HttpProbe::pushEachApplied(const QList<std::pair<QString, QJsonObject>>& steps, QString* error)
{
    for (const auto& [token, operation] : steps) {
        const QJsonArray results = push({operation}, token);
        const QJsonObject result = results.isEmpty() ? QJsonObject() : results.at(0).toObject();
        if (result.value(QStringLiteral("status")).toString() != QLatin1String("applied")) {
            *error = QStringLiteral("%1 %2 was not applied: %3")
                         .arg(operation.value(QStringLiteral("entity")).toString(),
                              operation.value(QStringLiteral("id")).toString(),
                              QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
            return false;
        }
    }
    return true;
}

QJsonArray HttpProbe::push(const QList<QJsonObject>& operations, const QString& token)
{
    QJsonArray ops;
    for (QJsonObject operation : operations) {
        if (!operation.contains(QLatin1String("op_id")))
            operation.insert(QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        ops.append(operation);
    }
    const Answer answer =
        send("POST", QStringLiteral("/api/v1/push"),
             QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops}}).toJson(QJsonDocument::Compact), token);
    if (answer.status != 200)
        qWarning("push answered %d: %s", answer.status, answer.body.left(300).constData());
    return answer.json().value(QStringLiteral("results")).toArray();
}

QJsonObject HttpProbe::upsert(const QString& entity, const QString& id, const QJsonObject& fields,
                              qint64 baseVersion)
{
    return {{QStringLiteral("kind"), QStringLiteral("upsert")},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("base_version"), baseVersion},
            {QStringLiteral("fields"), fields}};
}

QJsonObject HttpProbe::command(const QString& entity, const QString& id, const QString& command,
                               const QJsonObject& arguments)
{
    return {{QStringLiteral("kind"), QStringLiteral("command")},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("base_version"), 0},
            {QStringLiteral("command"), command},
            {QStringLiteral("arguments"), arguments}};
}

QList<QJsonObject> HttpProbe::publishedEntry(const QString& id, const QJsonObject& fields)
{
    const QString entry = QStringLiteral("catalog_entry");
    return {upsert(entry, id, fields), command(entry, id, QStringLiteral("sign_off")),
            command(entry, id, QStringLiteral("submit")), command(entry, id, QStringLiteral("publish"))};
}

bool HttpProbe::publishAuthorizedEntry(const QString& id, const QString& adminToken, QString* error)
{
    QJsonObject entry = validCatalogEntry(QStringLiteral("授权运营数据") + id, QStringLiteral("430000027"));
    entry.insert(QStringLiteral("in_authorized_catalog"), true);
    entry.insert(QStringLiteral("data_scope"), QStringLiteral("2020年以来全省数据"));
    entry.insert(QStringLiteral("quality_statement"), QStringLiteral("每日校验，完整率不低于98%"));
    QList<std::pair<QString, QJsonObject>> steps;
    for (const QJsonObject& operation : publishedEntry(id, entry))
        steps.append({adminToken, operation});
    return pushEachApplied(steps, error);
}

} // namespace xs::test
