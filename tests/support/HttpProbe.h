#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

namespace xs::test {

/// Raw HTTPS requests to the hub, for checking status codes and error bodies of requests that the
/// desktop would never send.
class HttpProbe
{
public:
    HttpProbe(QUrl base, const QString& caFile);

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const;
        QString errorCode() const;
    };

    Answer send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                const QString& token = {}, const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    /// Logs in and returns the token, or an empty string.
    QString login(const QString& user, const QString& password);
    /// Pushes operations (an op_id is added to those without one); the hub's results, in order
    /// (empty, with a warning, if the push was not answered 200).
    QJsonArray push(const QList<QJsonObject>& operations, const QString& token);
    /// What the hub answered the first operation of a push: "applied/", "rejected/forbidden", ...
    /// (its status and reason code), or "/" when it answered nothing.
    static QString outcome(const QJsonArray& results);
    /// Pushes each operation with its token, one push each, until one is not applied: false then,
    /// with *error naming the operation and the hub's answer.
    bool pushEachApplied(const QList<std::pair<QString, QJsonObject>>& steps, QString* error);
    /// An upsert operation as a desktop would push it.
    static QJsonObject upsert(const QString& entity, const QString& id, const QJsonObject& fields,
                              qint64 baseVersion = 0);
    /// A workflow step as a desktop would push it (steps are checked against the state, not a version).
    static QJsonObject command(const QString& entity, const QString& id, const QString& command,
                               const QJsonObject& arguments = {});
    /// A catalog entry saved with its impact assessment, then signed off by the department head,
    /// submitted and published: what an administrator, who may give every step, pushes to have a
    /// published entry to work with.
    static QList<QJsonObject> publishedEntry(const QString& id, const QJsonObject& fields);
    /// Publishes an entry of the 授权运营 catalog (of department 430000027) as adminToken, what an
    /// agreement's scope may name; false, with *error, if a step was not applied.
    bool publishAuthorizedEntry(const QString& id, const QString& adminToken, QString* error);

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QUrl m_base;
};

} // namespace xs::test
