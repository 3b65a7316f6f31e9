#pragma once

#include "fieldmap.h"
#include "storyindex.h"
#include "storysummary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Storydesk {

// Writes story summaries as TSV, CSV or JSON for `storydesk-cli list`: the columns a
// script asks for, typed values in JSON, and broken files with their error.
class StoryListFormat
{
public:
    enum class Format { Tsv, Csv, Json };

    static std::optional<Format> formatFromName(const QString &name);
    static QStringList availableColumns();
    static QStringList defaultColumns();
    // The default columns of a site: those whose role its field map binds (a Hugo site has
    // no quality, heat, provider or related column).
    static QStringList defaultColumns(const FieldMap &map);

    StoryListFormat(Format format, QStringList columns);

    // `displayPath` is how the story's path is shown (relative to what the user listed).
    QByteArray header() const;
    QByteArray row(const StorySummary &story, const QString &displayPath, bool first) const;
    // The same row appended to `out`: a listing of 100,000 stories fills one buffer.
    void appendRow(QByteArray &out, const StorySummary &story, const QString &displayPath, bool first) const;
    QByteArray footer() const;
    // What the columns read of a summary beyond what every one holds: all a listing of
    // rows from the index needs (StoryIndex::RowPart).
    StoryIndex::RowParts rowParts() const;

private:
    enum class Column : quint8 { Path, Title, Excerpt, Category, Type, Provider, Domain, WebUrl, PublishedDateTime,
                                 Quality, Heat, Published, Topics, Related, Image, Logo, Error, Unknown };
    QString text(const StorySummary &story, const QString &column, const QString &displayPath) const;
    void appendCell(QByteArray &out, const StorySummary &story, Column column, const QString &displayPath) const;

    Format m_format;
    QStringList m_columns;
    QList<Column> m_ids;   // m_columns, named once rather than compared on every row
};

} // namespace Storydesk
