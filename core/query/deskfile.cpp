#include "deskfile.h"

#include "yamlfiledocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Storydesk {

namespace {

const QString DesksKey = QStringLiteral("desks");
const QString NameKey = QStringLiteral("name");
const QString QueryKey = QStringLiteral("query");
const QString FacetsKey = QStringLiteral("facets");
const QString SortKey = QStringLiteral("sort");
const QString OrderKey = QStringLiteral("order");
const QString Descending = QStringLiteral("descending");
const QString Ascending = QStringLiteral("ascending");

// What a new file starts with, for whoever opens it next.
constexpr char NewFileHeader[] = "# Saved desks of this site, shared by its editors (Storydesk: README, \"Saved desks\").\n"
                                 "# Edit by hand if you like: Storydesk keeps comments and unknown keys.\n";

QStringList textsOf(const YamlValue &value)
{
    QStringList texts;
    if (value.isScalar())
        texts.append(value.text());
    for (const YamlValue &item : value.items()) {
        if (item.isScalar())
            texts.append(item.text());
    }
    return texts;
}

YamlValue facetsValue(const FacetSelection &facets)
{
    QList<YamlValue::Entry> entries;
    const FacetSelection::Map map = facets.toMap();
    // In the sidebar's order, not the map's alphabetical one.
    for (int i = 0; i < AllFacetCount; ++i) {
        const QString id = StoryFacets::facetId(Facet(i));
        if (map.contains(id))
            entries.append({id, YamlValue::stringList(map.value(id))});
    }
    return YamlValue::map(entries);
}

YamlPath deskPath(int index)
{
    return YamlPath({DesksKey, QString::number(index)});
}

} // namespace

DeskFile::DeskFile(const QString &siteFolder)
    : m_path(siteFolder.isEmpty() ? QString() : pathIn(siteFolder))
{
}

QString DeskFile::pathIn(const QString &siteFolder)
{
    return QDir(siteFolder).filePath(QStringLiteral(".storydesk/desks.yaml"));
}

int DeskFile::indexOf(const QString &name) const
{
    for (int i = 0; i < m_desks.size(); ++i) {
        if (m_desks.at(i).name == name)
            return i;
    }
    return -1;
}

QList<Desk> DeskFile::desksIn(const YamlFileDocument &doc)
{
    QList<Desk> desks;
    const YamlValue *list = doc.value().find(DesksKey);
    if (!list)
        return desks;
    for (const YamlValue &item : list->items()) {
        const YamlValue *name = item.isMap() ? item.find(NameKey) : nullptr;
        if (!name || !name->isScalar() || name->text().isEmpty())
            continue;
        Desk desk;
        desk.name = name->text();
        if (const YamlValue *query = item.find(QueryKey); query && query->isScalar())
            desk.query = query->text();
        if (const YamlValue *facets = item.find(FacetsKey); facets && facets->isMap()) {
            FacetSelection::Map map;
            for (const YamlValue::Entry &entry : facets->entries())
                map.insert(entry.first, textsOf(entry.second));
            desk.facets = FacetSelection::fromMap(map);
        }
        if (const YamlValue *sort = item.find(SortKey); sort && sort->isScalar())
            desk.sortColumn = sort->text();
        if (const YamlValue *order = item.find(OrderKey); order && order->isScalar())
            desk.sortDescending = order->text() != Ascending;
        desks.append(desk);
    }
    return desks;
}

bool DeskFile::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists()) {
        m_desks.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = m_path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const YamlFileDocument doc = YamlFileDocument::fromBytes(file.readAll());
    if (!doc.isEditable()) {
        if (error) {
            const Problem problem = doc.problems().value(0);
            *error = QStringLiteral("%1:%2:%3: %4").arg(m_path).arg(problem.line).arg(problem.column).arg(problem.message);
        }
        return false;
    }
    m_desks = desksIn(doc);
    return true;
}

bool DeskFile::edit(const std::function<bool(YamlFileDocument &, const QList<Desk> &, QString *)> &change, QString *error)
{
    // The file as it is now, not as it was at load(): someone may have added a desk since.
    QByteArray bytes;
    if (QFile file(m_path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = m_path + QStringLiteral(": ") + file.errorString();
            return false;
        }
        bytes = file.readAll();
    } else {
        bytes = NewFileHeader;
    }
    YamlFileDocument doc = YamlFileDocument::fromBytes(bytes);
    if (!doc.isEditable()) {
        if (error) {
            const Problem problem = doc.problems().value(0);
            *error = QStringLiteral("%1:%2:%3: %4").arg(m_path).arg(problem.line).arg(problem.column).arg(problem.message);
        }
        return false;
    }
    const YamlValue *list = doc.value().find(DesksKey);
    if (list && !list->isSequence() && !list->isNull()) {
        if (error)
            *error = m_path + QStringLiteral(": `desks` is not a list");
        return false;
    }
    QString why;
    if (!change(doc, desksIn(doc), &why)) {
        if (error)
            *error = m_path + QStringLiteral(": ") + why;
        return false;
    }
    const QByteArray written = doc.toBytes();
    if (written != bytes || !QFileInfo::exists(m_path)) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QSaveFile out(m_path);
        if (!out.open(QIODevice::WriteOnly) || out.write(written) != written.size() || !out.commit()) {
            if (error)
                *error = m_path + QStringLiteral(": ") + out.errorString();
            return false;
        }
    }
    m_desks = desksIn(doc);
    return true;
}

// The position in the file's `desks` list of the entry named `name`, counting entries that
// are not desks too (they stay where they are).
static int entryIndex(const YamlFileDocument &doc, const QString &name)
{
    const YamlValue *list = doc.value().find(QStringLiteral("desks"));
    if (!list)
        return -1;
    for (int i = 0; i < list->items().size(); ++i) {
        const YamlValue &item = list->items().at(i);
        const YamlValue *itemName = item.isMap() ? item.find(QStringLiteral("name")) : nullptr;
        if (itemName && itemName->isScalar() && itemName->text() == name)
            return i;
    }
    return -1;
}

bool DeskFile::save(const Desk &desk, QString *error)
{
    return edit([&desk](YamlFileDocument &doc, const QList<Desk> &, QString *why) {
        const int index = entryIndex(doc, desk.name);
        if (index < 0) {
            QList<YamlValue::Entry> entries{{NameKey, YamlValue::string(desk.name)}, {QueryKey, YamlValue::string(desk.query)}};
            if (!desk.facets.isEmpty())
                entries.append({FacetsKey, facetsValue(desk.facets)});
            if (!desk.sortColumn.isEmpty()) {
                entries.append({SortKey, YamlValue::string(desk.sortColumn)});
                entries.append({OrderKey, YamlValue::string(desk.sortDescending ? Descending : Ascending)});
            }
            const YamlValue *list = doc.value().find(DesksKey);
            const qsizetype at = list ? list->items().size() : 0;
            return doc.insertItem(YamlPath({DesksKey}), at, YamlValue::map(entries), why);
        }
        // Field by field, so keys the file has beyond these (a note, a colour) stay.
        const YamlPath path = deskPath(index);
        bool ok = doc.set(path.child(QueryKey), YamlValue::string(desk.query), why);
        if (ok && desk.facets.isEmpty())
            ok = doc.remove(path.child(FacetsKey), why);
        else if (ok)
            ok = doc.set(path.child(FacetsKey), facetsValue(desk.facets), why);
        if (ok && desk.sortColumn.isEmpty()) {
            ok = doc.remove(path.child(SortKey), why) && doc.remove(path.child(OrderKey), why);
        } else if (ok) {
            ok = doc.set(path.child(SortKey), YamlValue::string(desk.sortColumn), why)
                && doc.set(path.child(OrderKey), YamlValue::string(desk.sortDescending ? Descending : Ascending), why);
        }
        return ok;
    }, error);
}

bool DeskFile::rename(const QString &from, const QString &to, QString *error)
{
    return edit([&](YamlFileDocument &doc, const QList<Desk> &, QString *why) {
        const int index = entryIndex(doc, from);
        if (index < 0 || entryIndex(doc, to) >= 0) {
            *why = index < 0 ? QStringLiteral("no desk is named \"%1\"").arg(from) : QStringLiteral("a desk named \"%1\" exists").arg(to);
            return false;
        }
        return doc.set(deskPath(index).child(NameKey), YamlValue::string(to), why);
    }, error);
}

bool DeskFile::remove(const QString &name, QString *error)
{
    return edit([&](YamlFileDocument &doc, const QList<Desk> &, QString *why) {
        const int index = entryIndex(doc, name);
        return index < 0 || doc.remove(deskPath(index), why);
    }, error);
}

} // namespace Storydesk
