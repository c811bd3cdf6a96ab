#include "models/storage/DurableFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace xs::DurableFile {

namespace {

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

DatabaseError errnoError(const QString& what, const QString& path)
{
    const int error = errno;
    return DatabaseError::fromErrno(
        error, QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(error))));
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

} // namespace

DatabaseError syncFile(const QString& path)
{
    FileDescriptor fd(::open(nativePath(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return errnoError(QStringLiteral("open"), path);
    if (::fsync(fd.get()) != 0)
        return errnoError(QStringLiteral("fsync"), path);
    return {};
}

DatabaseError syncDirectoryOf(const QString& path)
{
    const QString directory = QFileInfo(path).absolutePath();
    FileDescriptor fd(::open(nativePath(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0)
        return errnoError(QStringLiteral("open"), directory);
    if (::fsync(fd.get()) != 0)
        return errnoError(QStringLiteral("fsync"), directory);
    return {};
}

DatabaseError writeAtomically(const QString& path, const QByteArray& data)
{
    const QString temporary = path + QLatin1String(".tmp-") + QString::number(::getpid());
    FileDescriptor fd(
        ::open(nativePath(temporary).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return errnoError(QStringLiteral("create"), temporary);

    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd.get(), data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            DatabaseError error = errnoError(QStringLiteral("write"), temporary);
            ::unlink(nativePath(temporary).constData());
            return error;
        }
        written += n;
    }
    if (::fsync(fd.get()) != 0) {
        DatabaseError error = errnoError(QStringLiteral("fsync"), temporary);
        ::unlink(nativePath(temporary).constData());
        return error;
    }
    ::close(fd.release());
    DatabaseError error = renameDurably(temporary, path);
    if (error.isError())
        ::unlink(nativePath(temporary).constData());
    return error;
}

DatabaseError renameDurably(const QString& from, const QString& to)
{
    if (::rename(nativePath(from).constData(), nativePath(to).constData()) != 0)
        return errnoError(QStringLiteral("rename"), from);
    return syncDirectoryOf(to);
}

DatabaseError renameNoReplace(const QString& from, const QString& to)
{
    // link() fails with EEXIST instead of replacing, which rename() would do silently.
    if (::link(nativePath(from).constData(), nativePath(to).constData()) != 0)
        return errnoError(QStringLiteral("link"), to);
    if (::unlink(nativePath(from).constData()) != 0)
        return errnoError(QStringLiteral("unlink"), from);
    return syncDirectoryOf(to);
}

} // namespace xs::DurableFile
