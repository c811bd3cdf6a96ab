#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>

class QCommandLineParser;

namespace xs::HubCommandSupport {

// What every xiangshu-hub command shares: output, exit codes (0 success, 1 failure, 2 usage) and
// option parsing.

void print(FILE* stream, const QString& text);
/// Prints the message and where help is; returns 2.
int usage(const QString& message);
/// Prints the message; returns 1.
int failure(const QString& message);
/// Parses a command's options. arguments[0] is the command's name (QCommandLineParser takes the
/// first element as the program); on a parse error prints it and returns false.
bool parse(QCommandLineParser& parser, const QStringList& arguments,
           const QList<QCommandLineOption>& options);
/// The first line of a file, trimmed (a password file); ok false if it cannot be read.
QString firstLine(const QString& path, bool* ok);

} // namespace xs::HubCommandSupport
