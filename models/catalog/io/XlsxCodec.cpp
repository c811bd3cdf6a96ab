#include "models/catalog/io/XlsxCodec.h"

#include "models/catalog/io/FormulaGuard.h"

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

/// One part of the package read in pieces, so that what it unpacks to is counted as it comes
/// (a zip bomb stops at the limit, not after filling the memory).
class PartStream
{
public:
    PartStream(zip_t* archive, const QString& name, qint64 limit)
        : m_name(name)
        , m_limit(limit)
    {
        const QByteArray path = name.toUtf8();
        m_file = zip_fopen(archive, path.constData(), 0);
    }
    ~PartStream()
    {
        if (m_file)
            zip_fclose(m_file);
    }
    PartStream(const PartStream&) = delete;
    PartStream& operator=(const PartStream&) = delete;

    bool exists() const { return m_file != nullptr; }
    /// The next piece, empty at the end; error set when the part is damaged or too large.
    QByteArray next(TabularError* error)
    {
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        const zip_int64_t read = zip_fread(m_file, chunk.data(), zip_uint64_t(chunk.size()));
        if (read < 0) {
            error->message = Text::tr("The workbook part %1 is damaged.").arg(m_name);
            return {};
        }
        m_total += read;
        if (m_total > m_limit) {
            error->message =
                Text::tr("The workbook part %1 unpacks to more than %2 MB.").arg(m_name).arg(m_limit >> 20);
            return {};
        }
        chunk.truncate(qsizetype(read));
        // The XML reader holds a text (or a tag) whole until it ends: a run of megabytes without
        // a '<' or '>' (a sheet of blanks, a cell far longer than Excel's 32,767 characters) is
        // refused here, before the reader buffers it.
        for (const char byte : std::as_const(chunk)) {
            m_run = byte == '<' || byte == '>' ? 0 : m_run + 1;
            if (m_run > MaxTokenBytes) {
                error->message =
                    Text::tr("The workbook part %1 holds a text longer than a workbook can.").arg(m_name);
                return {};
            }
        }
        return chunk;
    }

private:
    static constexpr qint64 MaxTokenBytes = 1 << 20;

    QString m_name;
    qint64 m_limit;
    qint64 m_total = 0;
    qint64 m_run = 0;
    zip_file_t* m_file = nullptr;
};

/// QXmlStreamReader over a PartStream: readNext() that fetches more of the part when the reader
/// runs dry. False at the end of the document or on an error (error set, or the reader's).
class XmlPart
{
public:
    XmlPart(PartStream& part, TabularError* error)
        : m_part(part)
        , m_error(error)
    {}
    QXmlStreamReader& xml() { return m_xml; }

    bool readNext()
    {
        for (;;) {
            m_xml.readNext();
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                return !m_xml.atEnd() && !m_xml.hasError();
            const QByteArray more = m_part.next(m_error);
            if (m_error->isError() || more.isEmpty())
                return false;
            m_xml.addData(more);
        }
    }
    /// The text content of the current element, fetching more as needed.
    QString readText()
    {
        QString text;
        while (readNext()) {
            if (m_xml.isCharacters())
                text += m_xml.text();
            else if (m_xml.isEndElement())
                break;
        }
        return text;
    }
    /// The text of every <t> inside the current element (rich-text runs joined), skipping phonetics.
    QString collectText()
    {
        QString text;
        const QString end = m_xml.name().toString();
        int phonetic = 0;
        while (readNext()) {
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (m_xml.isEndElement() && m_xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (m_xml.isStartElement() && m_xml.name() == QLatin1String("t") && phonetic == 0)
                text += readText();
            else if (m_xml.isEndElement() && m_xml.name() == end)
                break;
        }
        return text;
    }
    /// A damaged document's message, if the reader failed (not the stream).
    bool failed() const
    {
        return m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError;
    }

private:
    PartStream& m_part;
    TabularError* m_error;
    QXmlStreamReader m_xml;
};

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

/// The row number of a cell reference ("AB12" → 12); 0 if there is none.
qint64 rowOf(QStringView reference)
{
    qsizetype digits = 0;
    while (digits < reference.size() && !reference.at(digits).isDigit())
        ++digits;
    return reference.mid(digits).toLongLong();
}

/// A small part read whole (the workbook and its relations: a few kilobytes).
std::optional<QByteArray> readSmallPart(zip_t* archive, const QString& name, TabularError* error)
{
    constexpr qint64 Limit = 4 << 20;
    PartStream part(archive, name, Limit);
    if (!part.exists())
        return std::nullopt;
    QByteArray data;
    for (QByteArray chunk = part.next(error); !chunk.isEmpty(); chunk = part.next(error))
        data += chunk;
    if (error->isError())
        return std::nullopt;
    return data;
}

QStringList sharedStrings(zip_t* archive, const TabularLimits& limits, TabularError* error)
{
    QStringList strings;
    PartStream part(archive, QStringLiteral("xl/sharedStrings.xml"), limits.maxInflatedBytes);
    if (!part.exists())
        return strings;
    XmlPart xml(part, error);
    while (xml.readNext()) {
        if (xml.xml().isStartElement() && xml.xml().name() == QLatin1String("si")) {
            if (strings.size() >= limits.maxCells) {
                error->message = Text::tr("The workbook holds more than %1 texts.").arg(limits.maxCells);
                return {};
            }
            strings.append(xml.collectText());
        }
    }
    if (!error->isError() && xml.failed())
        error->message =
            Text::tr("The workbook's shared strings are damaged: %1.").arg(xml.xml().errorString());
    return strings;
}

QString firstSheetPath(zip_t* archive, TabularError* error)
{
    const std::optional<QByteArray> workbook =
        readSmallPart(archive, QStringLiteral("xl/workbook.xml"), error);
    const std::optional<QByteArray> relations =
        readSmallPart(archive, QStringLiteral("xl/_rels/workbook.xml.rels"), error);
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

/// The sheet's rows, each up to its last value. Refuses, before keeping anything, what passes
/// the limits: the declared dimension, a cell right of the limit (or of the last heading), too
/// many rows or cells.
class SheetReader
{
public:
    SheetReader(const QStringList& strings, const TabularLimits& limits, TabularError* error)
        : m_strings(strings)
        , m_limits(limits)
        , m_error(error)
    {}

    bool read(XmlPart& part)
    {
        QXmlStreamReader& xml = part.xml();
        while (part.readNext()) {
            if (xml.isStartElement() && xml.name() == QLatin1String("dimension")) {
                if (!checkDimension(xml.attributes().value(QLatin1String("ref"))))
                    return false;
            } else if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
                m_row.clear();
                m_rowNumber = xml.attributes().value(QLatin1String("r")).toInt();
                if (m_rowNumber <= 0)
                    m_rowNumber = m_rowNumbers.isEmpty() ? 1 : m_rowNumbers.constLast() + 1;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
                if (!endRow())
                    return false;
            } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
                if (!readCell(part))
                    return false;
            }
        }
        if (!m_error->isError() && part.failed())
            m_error->message = Text::tr("The sheet is damaged: %1.").arg(xml.errorString());
        return !m_error->isError();
    }

    QList<QStringList> takeRows() { return std::move(m_rows); }
    QList<int> takeRowNumbers() { return std::move(m_rowNumbers); }

private:
    bool fail(const QString& message)
    {
        m_error->message = message;
        return false;
    }

    bool checkDimension(QStringView reference)
    {
        const QStringView last = reference.mid(reference.lastIndexOf(QLatin1Char(':')) + 1);
        if (columnOf(last) >= m_limits.maxColumns)
            return fail(Text::tr("The sheet is %1 columns wide; at most %2 can be imported.")
                            .arg(columnOf(last) + 1)
                            .arg(m_limits.maxColumns));
        if (rowOf(last) > qint64(m_limits.maxRows) + 1)
            return fail(Text::tr("The sheet has %1 rows; at most %2 can be imported.")
                            .arg(rowOf(last))
                            .arg(m_limits.maxRows));
        return true;
    }

    bool readCell(XmlPart& part)
    {
        const QXmlStreamAttributes attributes = part.xml().attributes();
        const QString type = attributes.value(QLatin1String("t")).toString();
        int column = columnOf(attributes.value(QLatin1String("r")));
        if (column < 0)
            column = int(m_row.size());
        QString value;
        if (type == QLatin1String("inlineStr")) {
            value = part.collectText();
        } else {
            while (part.readNext()) {
                if (part.xml().isStartElement() && part.xml().name() == QLatin1String("v"))
                    value = part.readText();
                else if (part.xml().isEndElement() && part.xml().name() == QLatin1String("c"))
                    break;
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= m_strings.size())
                    return fail(Text::tr("Row %1 refers to a text that the workbook does not hold.")
                                    .arg(m_rowNumber));
                value = m_strings.at(index);
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("是") : QStringLiteral("否");
            }
        }
        value = FormulaGuard::fromCell(value);
        if (value.isEmpty())
            return true; // an empty (formatted) cell keeps nothing, wherever it is
        // Checked before the value is kept: a value far to the right costs nothing.
        if (column >= m_limits.maxColumns)
            return fail(Text::tr("Row %1 has a value in column %2; at most %3 columns can be imported.")
                            .arg(m_rowNumber)
                            .arg(column + 1)
                            .arg(m_limits.maxColumns));
        if (m_headerWidth > 0 && column >= m_headerWidth)
            return fail(Text::tr("Row %1 has a value in column %2, right of the last heading.")
                            .arg(m_rowNumber)
                            .arg(column + 1));
        if ((m_cells += column + 1 - qint64(std::min<qsizetype>(m_row.size(), column + 1))) >
            m_limits.maxCells)
            return fail(Text::tr("The sheet has more than %1 cells.").arg(m_limits.maxCells));
        while (m_row.size() <= column)
            m_row.append(QString());
        m_row[column] = value;
        return true;
    }

    bool endRow()
    {
        if (m_row.isEmpty())
            return true;
        if (m_rows.isEmpty())
            m_headerWidth = int(m_row.size()); // the heading row defines the table
        if (m_rows.size() > m_limits.maxRows)
            return fail(Text::tr("The sheet has more than %1 rows.").arg(m_limits.maxRows));
        m_rows.append(m_row);
        m_rowNumbers.append(m_rowNumber);
        m_row.clear();
        return true;
    }

    const QStringList& m_strings;
    const TabularLimits& m_limits;
    TabularError* m_error;
    QList<QStringList> m_rows;
    QList<int> m_rowNumbers;
    QStringList m_row;
    int m_rowNumber = 0;
    int m_headerWidth = 0;
    qint64 m_cells = 0;
};

} // namespace

std::optional<TabularData> read(const QByteArray& bytes, TabularError* error, const TabularLimits& limits)
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
    const QStringList strings = sharedStrings(archive.get(), limits, error);
    if (error->isError())
        return std::nullopt;
    PartStream sheet(archive.get(), sheetPath, limits.maxInflatedBytes);
    if (!sheet.exists())
        return damaged();
    XmlPart part(sheet, error);
    SheetReader reader(strings, limits, error);
    if (!reader.read(part))
        return std::nullopt;
    QList<QStringList> rows = reader.takeRows();
    if (rows.isEmpty()) {
        error->message = Text::tr("The sheet is empty: it needs a heading row.");
        return std::nullopt;
    }
    return TabularData::fromRecords(std::move(rows), reader.takeRowNumbers());
}

namespace {

QString writeWorkbook(const QString& path, const QList<Sheet>& sheets)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written: exports of any size
    const QByteArray fileName = QFile::encodeName(path);
    lxw_workbook* workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return Text::tr("Cannot create %1.").arg(path);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    QString problem;
    lxw_worksheet* sheet = nullptr;
    auto writeRow = [&](lxw_row_t rowIndex, const QStringList& cells, lxw_format* format) {
        for (qsizetype column = 0; column < cells.size() && problem.isEmpty(); ++column) {
            if (cells.at(column).isEmpty())
                continue;
            const QByteArray text = FormulaGuard::toCell(cells.at(column)).toUtf8();
            const lxw_error result =
                worksheet_write_string(sheet, rowIndex, lxw_col_t(column), text.constData(), format);
            if (result == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
                problem = Text::tr("Row %1 has a cell longer than Excel allows (32,767 characters).")
                              .arg(rowIndex + 1);
            else if (result != LXW_NO_ERROR)
                problem = QString::fromUtf8(lxw_strerror(result));
        }
    };
    for (const Sheet& written : sheets) {
        const QByteArray name = written.name.toUtf8();
        sheet = workbook_add_worksheet(workbook, name.constData());
        if (!sheet) {
            problem = Text::tr("Cannot create %1.").arg(path);
            break;
        }
        worksheet_freeze_panes(sheet, 1, 0);
        writeRow(0, written.header, bold);
        for (qsizetype row = 0; row < written.rows.size() && problem.isEmpty(); ++row)
            writeRow(lxw_row_t(row + 1), written.rows.at(row), nullptr);
    }
    const lxw_error closed = workbook_close(workbook);
    if (problem.isEmpty() && closed != LXW_NO_ERROR)
        problem = Text::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
    return problem;
}

} // namespace

QString write(const QString& path, const QString& sheetName, const QStringList& header,
              const QList<QStringList>& rows)
{
    return write(path, {Sheet{sheetName, header, rows}});
}

QString write(const QString& path, const QList<Sheet>& sheets)
{
    // libxlsxwriter writes a path: write beside the target, then rename over it in one step, so a
    // failed export never leaves half a workbook where the last good one was.
    const QString partial = path + QStringLiteral(".partial");
    if (const QString problem = writeWorkbook(partial, sheets); !problem.isEmpty()) {
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
