#pragma once

#include "desk.h"

#include <QList>
#include <QString>

#include <functional>

namespace Storydesk {

class YamlFileDocument;

// The saved desks of a site folder, in `.storydesk/desks.yaml`, a file editors share
// (through git) and may edit by hand:
//
//   desks:
//     - name: Incoming
//       query: "published:false"
//       facets:
//         quality: [60-79, 80-100]
//       sort: date
//       order: descending
//
// Every change is made by the lossless engine on the file as it is on disk at that moment:
// comments, key order, unknown keys and desks added meanwhile by someone else are kept, and
// a file that does not parse is never written (the error gives path:line:column).
class DeskFile
{
public:
    explicit DeskFile(const QString &siteFolder = {});

    static QString pathIn(const QString &siteFolder);
    QString path() const { return m_path; }

    // Reads the file; a missing file holds no desks. False (the desks kept as they were)
    // when it cannot be read, with `error` as path:line:column: message.
    bool load(QString *error = nullptr);
    const QList<Desk> &desks() const { return m_desks; }
    int indexOf(const QString &name) const;

    // Replaces the desk of the same name, or appends it.
    bool save(const Desk &desk, QString *error = nullptr);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);

    // The desks a desks.yaml text holds (entries without a name are skipped).
    static QList<Desk> desksIn(const YamlFileDocument &doc);

private:
    bool edit(const std::function<bool(YamlFileDocument &, const QList<Desk> &, QString *)> &change, QString *error);

    QString m_path;
    QList<Desk> m_desks;
};

} // namespace Storydesk
