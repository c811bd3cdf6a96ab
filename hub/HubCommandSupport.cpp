#include "hub/HubCommandSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace xs::HubCommandSupport {

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int usage(const QString& message)
{
    print(stderr, message);
    print(stderr,
          QCoreApplication::translate("xs::HubCommandLine", "Run \"xiangshu-hub --help\" for usage."));
    return 2;
}

int failure(const QString& message)
{
    print(stderr, message);
    return 1;
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        usage(parser.errorText());
        return false;
    }
    return true;
}

QString firstLine(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly | QIODevice::Text);
    return *ok ? QString::fromUtf8(file.readLine(4096)).trimmed() : QString();
}

} // namespace xs::HubCommandSupport
