#include "models/catalog/io/XlsxCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <xlsxwriter.h>
#include <zip.h>

namespace xs::XlsxCodec {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::XlsxCodec)
};

struct ZipCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

/// One part of the package, or nothing if it is missing; error set if it is unreadable or too big.
std::optional<QByteArray> readPart(zip_t* archive, const QString& name, TabularError* error)
{
    const QByteArray path = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, path.constData(), 0, &stat) != 0)
        return std::nullopt;
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > zip_uint64_t(MaxPartBytes)) {
        error->message = Text::tr("The workbook part %1 is too large to read.").arg(name);
        return std::nullopt;
    }
    zip_file_t* file = zip_fopen(archive, path.constData(), 0);
    if (!file) {
        error->message = Text::tr("The workbook part %1 cannot be opened: the file is damaged.").arg(name);
        return std::nullopt;
    }
    QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, data.data(), stat.size);
    zip_fclose(file);
    if (read != zip_int64_t(stat.size)) {
        error->message = Text::tr("The workbook part %1 is damaged.").arg(name);
        return std::nullopt;
    }
    return data;
}

/// The text of every <t> inside the current element (rich-text runs joined), skipping phonetics.
QString collectText(QXmlStreamReader& xml)
{
    QString text;
    const QStringView end = xml.name();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
            --phonetic;
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

QStringList sharedStrings(const QByteArray& part, TabularError* error)
{
    QStringList strings;
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(collectText(xml));
    }
    if (xml.hasError())
        error->message = Text::tr("The workbook's shared strings are damaged: %1.").arg(xml.errorString());
    return strings;
}

/// Column index (0-based) of a cell reference such as "AB12"; -1 if it is not one.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

QString firstSheetPath(zip_t* archive, TabularError* error)
{
    const std::optional<QByteArray> workbook = readPart(archive, QStringLiteral("xl/workbook.xml"), error);
    const std::optional<QByteArray> relations =
        readPart(archive, QStringLiteral("xl/_rels/workbook.xml.rels"), error);
    if (!workbook || !relations)
        return {};
    QString relationId;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd() && relationId.isEmpty()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("id"))
                    relationId = attribute.value().toString();
            }
        }
    }
    QXmlStreamReader rels(*relations);
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship") &&
            rels.attributes().value(QLatin1String("Id")) == relationId) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return {};
}

} // namespace

std::optional<TabularData> read(const QByteArray& bytes, TabularError* error)
{
    auto damaged = [error] {
        error->message =
            Text::tr("This is not a readable XLSX workbook: the file is damaged or of another kind.");
        return std::nullopt;
    };
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t* source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zipError);
    if (!source)
        return damaged();
    Zip archive(zip_open_from_source(source, ZIP_RDONLY, &zipError));
    if (!archive) {
        zip_source_free(source);
        return damaged();
    }
    const QString sheetPath = firstSheetPath(archive.get(), error);
    if (error->isError())
        return std::nullopt;
    if (sheetPath.isEmpty())
        return damaged();
    QStringList strings;
    if (const std::optional<QByteArray> part =
            readPart(archive.get(), QStringLiteral("xl/sharedStrings.xml"), error))
        strings = sharedStrings(*part, error);
    if (error->isError())
        return std::nullopt;
    const std::optional<QByteArray> sheet = readPart(archive.get(), sheetPath, error);
    if (!sheet) {
        if (!error->isError())
            return damaged();
        return std::nullopt;
    }

    QList<QStringList> rows;
    QList<int> rowNumbers;
    QXmlStreamReader xml(*sheet);
    QStringList row;
    int rowNumber = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            row.clear();
            rowNumber = xml.attributes().value(QLatin1String("r")).toInt();
            if (rowNumber <= 0)
                rowNumber = rowNumbers.isEmpty() ? 1 : rowNumbers.constLast() + 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            while (!row.isEmpty() && row.constLast().isEmpty())
                row.removeLast();
            if (!row.isEmpty()) {
                rows.append(row);
                rowNumbers.append(rowNumber);
            }
            if (rows.size() > MaxRows) {
                error->message = Text::tr("The sheet has more than %1 rows.").arg(MaxRows);
                return std::nullopt;
            }
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString type = attributes.value(QLatin1String("t")).toString();
            int column = columnOf(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = int(row.size());
            if (column >= MaxColumns) {
                error->message = Text::tr("Row %1 has more than %2 columns.").arg(rowNumber).arg(MaxColumns);
                return std::nullopt;
            }
            QString value;
            if (type == QLatin1String("inlineStr")) {
                value = collectText(xml);
            } else {
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                        value = xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                        break;
                }
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= strings.size()) {
                        error->message = Text::tr("Row %1 refers to a text that the workbook does not hold.")
                                             .arg(rowNumber);
                        return std::nullopt;
                    }
                    value = strings.at(index);
                } else if (type == QLatin1String("b")) {
                    value = value == QLatin1String("1") ? QStringLiteral("是") : QStringLiteral("否");
                }
            }
            while (row.size() <= column)
                row.append(QString());
            row[column] = value;
        }
    }
    if (xml.hasError()) {
        error->message = Text::tr("The sheet is damaged: %1.").arg(xml.errorString());
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        error->message = Text::tr("The sheet is empty: it needs a heading row.");
        return std::nullopt;
    }
    return TabularData::fromRecords(std::move(rows), std::move(rowNumbers));
}

namespace {

QString writeWorkbook(const QString& path, const QString& sheetName, const QStringList& header,
                      const QList<QStringList>& rows)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written: exports of any size
    const QByteArray fileName = QFile::encodeName(path);
    lxw_workbook* workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return Text::tr("Cannot create %1.").arg(path);
    const QByteArray name = sheetName.toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    QString problem;
    auto writeRow = [&](lxw_row_t rowIndex, const QStringList& cells, lxw_format* format) {
        for (qsizetype column = 0; column < cells.size() && problem.isEmpty(); ++column) {
            if (cells.at(column).isEmpty())
                continue;
            const QByteArray text = cells.at(column).toUtf8();
            const lxw_error result =
                worksheet_write_string(sheet, rowIndex, lxw_col_t(column), text.constData(), format);
            if (result == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
                problem = Text::tr("Row %1 has a cell longer than Excel allows (32,767 characters).")
                              .arg(rowIndex + 1);
            else if (result != LXW_NO_ERROR)
                problem = QString::fromUtf8(lxw_strerror(result));
        }
    };
    worksheet_freeze_panes(sheet, 1, 0);
    writeRow(0, header, bold);
    for (qsizetype row = 0; row < rows.size() && problem.isEmpty(); ++row)
        writeRow(lxw_row_t(row + 1), rows.at(row), nullptr);
    const lxw_error closed = workbook_close(workbook);
    if (problem.isEmpty() && closed != LXW_NO_ERROR)
        problem = Text::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
    return problem;
}

} // namespace

QString write(const QString& path, const QString& sheetName, const QStringList& header,
              const QList<QStringList>& rows)
{
    // libxlsxwriter writes a path: write beside the target, then rename over it in one step, so a
    // failed export never leaves half a workbook where the last good one was.
    const QString partial = path + QStringLiteral(".partial");
    if (const QString problem = writeWorkbook(partial, sheetName, header, rows); !problem.isEmpty()) {
        QFile::remove(partial);
        return problem;
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return Text::tr("Cannot write %1: %2").arg(path, reason);
    }
    return {};
}

} // namespace xs::XlsxCodec
