#pragma once

#include <QString>

namespace xs::test {

/// A throwaway PostgreSQL server for one test run: initdb into a folder, pg_ctl start on a Unix
/// socket in that folder and a free port, pg_ctl stop at the end. When the test runs as root, the
/// server runs as the postgres user (PostgreSQL refuses to run as root).
class PostgresServer
{
public:
    explicit PostgresServer(QString directory);
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    bool start(QString* error);
    void stop();

    /// postgresql://xs@localhost:PORT/postgres?host=SOCKET_DIR
    QString url() const;

private:
    bool run(const QStringList& command, QString* output) const;

    QString m_directory;
    QString m_binaries;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace xs::test
