#pragma once

#include "fieldmap.h"
#include "storysummary.h"

#include <QByteArray>
#include <QString>

namespace Storydesk {

class FieldPlan;

// Reads what the table, the filters and the preview need of one story file, fast enough
// for 100,000 files: the front matter goes through an event parser (no node tree): libyaml's,
// or yaml-cpp's where libyaml declines (LibYamlEventSource); only the summary's fields are kept. Problems come back in file coordinates.
// Safe with hostile files: oversized or absurdly nested front matter is refused before
// yaml-cpp sees it (YamlGuard), and no input makes it throw or crash.
class SummaryReader
{
public:
    // Reads the file at `path`. Never throws; unreadable files come back broken.
    // Without a map: the story format, by its own rules and messages.
    static StorySummary read(const QString &path);
    // The roles where `map` binds them: a role bound to nothing stays empty and is never a
    // problem; a story without the published key is what the map's default says.
    static StorySummary read(const QString &path, const FieldMap &map);
    // How much of a file read() reads at most: the front matter's limit and a little more.
    static qint64 readLimit();
    // Reads `bytes` as the content of the file at `path` (identity left unset).
    static StorySummary fromBytes(const QString &path, const QByteArray &bytes);
    static StorySummary fromBytes(const QString &path, const QByteArray &bytes, const FieldMap &map);
    // The problems `check` reports for `after` that it does not report for `before`: what an
    // edit from one to the other breaks. Compared by message (which names the key and the
    // value), so a problem that an edit only moves to another line is not new.
    static Problems problemsAdded(const QByteArray &before, const QByteArray &after,
                                  const FieldMap &map = FieldMap::storyFormat());

private:
    static void summarize(StorySummary *summary, const QByteArray &bytes, bool truncated, const FieldPlan *plan);
};

} // namespace Storydesk
