#include "fuzzchecks.h"

#include "frontmatterdocument.h"
#include "searchkey.h"
#include "storyfilter.h"
#include "storyfile.h"
#include "summaryreader.h"

#include <QStringList>

#include <array>
#include <optional>

namespace Storydesk::FuzzChecks {

namespace {

const QString FuzzPath = QStringLiteral("/fuzz/story.md");

// Lines of `bytes` (0-based index -> text), for checking where problems point.
QList<QByteArrayView> linesOf(const QByteArray &bytes)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype eol = bytes.indexOf('\n', start);
        lines.append(QByteArrayView(bytes).sliced(start, (eol < 0 ? bytes.size() : eol) - start));
        if (eol < 0)
            break;
        start = eol + 1;
    }
    return lines;
}

// A problem must point into the file: a line that exists and a column at most one past
// its last character (where "the line ends too early" is reported). Line 0 means the
// whole file, which only problems without a place (cannot read, too large) may use.
QString checkLocation(const Problem &p, const QList<QByteArrayView> &lines, const char *who)
{
    if (p.line == 0 && p.column == 0)
        return {};
    const auto where = [&] { return QStringLiteral("%1 problem at %2:%3 (\"%4\")").arg(QLatin1StringView(who)).arg(p.line).arg(p.column).arg(p.message); };
    if (p.line < 1 || p.line > lines.size())
        return where() + QStringLiteral(" is outside the file's %1 lines").arg(lines.size());
    QByteArrayView line = lines.at(p.line - 1);
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype characters = QString::fromUtf8(line).size();
    if (p.column < 1 || p.column > characters + 1)
        return where() + QStringLiteral(" is outside its line of %1 characters").arg(characters);
    return {};
}

// The values an edit writes: what editors type, and what a YAML writer must quote, escape
// or lay out carefully to have it read back as the same value.
YamlValue scalarValue(quint8 selector, QByteArrayView file, quint8 a, quint8 b)
{
    static const std::array<const char16_t *, 44> strings{
        u"", u"plain text", u"69", u"true", u"null", u"~", u"a: b", u"- item", u"# not a comment",
        u"text # with hash", u"\"quoted\" and 'single'", u"line one\nline two", u"trailing newline\n",
        u"  leading spaces", u"trailing spaces  ", u"---", u"a\n---\nb", u"...\n", u"\n...\nx", u"tab\there",
        u"\\backslash", u"é€😀", u"\r\n", u"[not, a, list]", u"{not: a map}", u"&anchor", u"*alias",
        u"!tag", u"%directive", u"@at", u"`back`", u"|", u">", u" ", u"\u2028separator", u"\u202Eoverride",
        u"? key", u":", u"-", u"'", u"\"", u"\n", u"a\n\n\nb", u"2020-09-30T06:05:00Z",
    };
    if (selector >= 224 && !file.isEmpty()) {
        // Text taken from the input itself: whatever the fuzzer finds interesting.
        const qsizetype from = qsizetype(a) * file.size() / 256;
        return YamlValue::string(QString::fromUtf8(file.sliced(from, qMin<qsizetype>(b % 64, file.size() - from))));
    }
    switch (selector % 56) {
    case 44: return YamlValue::boolean(true);
    case 45: return YamlValue::boolean(false);
    case 46: return YamlValue::integer(0);
    case 47: return YamlValue::integer(100);
    case 48: return YamlValue::integer(-1);
    case 49: return YamlValue::plain(QStringLiteral("2020-09-30T06:05:00Z"));
    case 50: return YamlValue::plain(QStringLiteral("3.14"));
    case 51: return YamlValue::plain(QStringLiteral("0x1F"));
    case 52: return YamlValue::null();
    case 53: return YamlValue::string(QString(QChar(0)) + QStringLiteral("nul"));
    case 54: return YamlValue::string(QString(300, QLatin1Char('w')));
    case 55: return YamlValue::string(QStringLiteral("x"), YamlValue::Quoting::Single);
    default: return YamlValue::string(QString::fromUtf16(strings.at(selector % 56)));
    }
}

QString keyFor(quint8 selector, const YamlValue &map)
{
    static const std::array<const char16_t *, 12> known{
        u"published", u"quality", u"topics", u"title", u"related", u"provider",
        u"images", u"excerpt", u"secured", u"new key", u"ключ", u"0",
    };
    if (!(selector & 0x80) && map.isMap() && !map.entries().isEmpty())
        return map.entries().at(selector % map.entries().size()).first;
    return QString::fromUtf16(known.at(selector % known.size()));
}

// The document an edit must read back as, computed here on the value tree alone; nullopt
// when the edit is impossible (and must be refused).
struct Edit
{
    enum class Kind { Set, Remove, Insert, Move } kind = Kind::Set;
    YamlPath path;
    YamlValue value;
    qsizetype from = 0;
    qsizetype to = 0;
    QString describe() const
    {
        switch (kind) {
        case Kind::Set: return QStringLiteral("set %1 = %2").arg(path.toString(), QString::fromUtf8(value.toJson()));
        case Kind::Remove: return QStringLiteral("remove %1").arg(path.toString());
        case Kind::Insert: return QStringLiteral("insert %1 at %2 of %3").arg(QString::fromUtf8(value.toJson())).arg(from).arg(path.toString());
        case Kind::Move: return QStringLiteral("move %1 from %2 to %3").arg(path.toString()).arg(from).arg(to);
        }
        return {};
    }
};

std::optional<YamlValue> expectedAfter(const YamlValue &before, const Edit &edit)
{
    YamlValue doc = before;
    const QString key = edit.path.segments().first();
    YamlValue *top = doc.find(key);
    switch (edit.kind) {
    case Edit::Kind::Set:
        if (edit.path.size() == 1) {
            doc.insert(key, edit.value);
            return doc;
        }
        if (!top || top->isNull()) {
            const QString &child = edit.path.last();
            doc.insert(key, YamlPath::indexOf(child) == 0 ? YamlValue::sequence({edit.value}) : YamlValue::map({{child, edit.value}}));
            return doc;
        }
        if (top->isMap()) {
            top->insert(edit.path.last(), edit.value);
            return doc;
        }
        if (top->isSequence()) {
            const qsizetype i = YamlPath::indexOf(edit.path.last());
            if (i < 0 || i > top->items().size())
                return std::nullopt;
            if (i == top->items().size())
                top->items().append(edit.value);
            else
                top->items()[i] = edit.value;
            return doc;
        }
        return std::nullopt;
    case Edit::Kind::Remove:
        if (edit.path.size() == 1) {
            if (top)
                doc.entries().removeAt(doc.indexOf(key));
            return doc;
        }
        if (top && top->isMap() && top->find(edit.path.last()))
            top->entries().removeAt(top->indexOf(edit.path.last()));
        else if (const qsizetype i = YamlPath::indexOf(edit.path.last()); top && top->isSequence() && i >= 0 && i < top->items().size())
            top->items().removeAt(i);
        return doc;
    case Edit::Kind::Insert:
        if (top && !top->isNull() && !top->isSequence())
            return std::nullopt;
        if (edit.from < 0 || edit.from > (top && top->isSequence() ? top->items().size() : 0))
            return std::nullopt;
        if (!top || top->isNull()) {
            doc.insert(key, YamlValue::sequence({edit.value}));
            return doc;
        }
        top->items().insert(edit.from, edit.value);
        return doc;
    case Edit::Kind::Move:
        if (!top || !top->isSequence() || edit.from < 0 || edit.to < 0 || edit.from >= top->items().size()
            || edit.to >= top->items().size())
            return std::nullopt;
        top->items().move(edit.from, edit.to);
        return doc;
    }
    return std::nullopt;
}

Edit chooseEdit(const std::array<quint8, 6> &control, const YamlValue &doc, QByteArrayView file)
{
    const auto [op, keySelector, valueSelector, a, b, c] = control;
    Edit edit;
    const QString key = keyFor(keySelector, doc);
    const YamlValue *current = doc.isMap() ? doc.find(key) : nullptr;
    const qsizetype listSize = current && current->isSequence() ? current->items().size() : 0;
    edit.path = YamlPath({key});
    edit.value = scalarValue(valueSelector, file, a, b);
    switch (op % 8) {
    case 0:
        break;
    case 1: {
        QList<YamlValue> items;
        for (int i = 0; i < c % 4; ++i)
            items.append(scalarValue(quint8(valueSelector + 37 * i), file, quint8(a + i), b));
        edit.value = YamlValue::sequence(items);
        break;
    }
    case 2:
        edit.value = c % 5 == 0 ? YamlValue::map()
                                : YamlValue::map({{QStringLiteral("name"), edit.value},
                                                  {QStringLiteral("domain"), scalarValue(c, file, b, a)}});
        break;
    case 3: {
        // A nested key or list item: provider.name, topics.1, a key the map already has.
        QString child = QStringLiteral("name");
        if (current && current->isSequence())
            child = QString::number(c % (listSize + 2));
        else if (current && current->isMap() && !current->entries().isEmpty() && (c & 1))
            child = current->entries().at((c >> 1) % current->entries().size()).first;
        edit.path = edit.path.child(child);
        break;
    }
    case 4:
        edit.kind = Edit::Kind::Remove;
        if ((c & 1) && current && current->isSequence() && listSize > 0)
            edit.path = edit.path.child(qsizetype(c >> 1) % listSize);
        else if ((c & 1) && current && current->isMap() && !current->entries().isEmpty())
            edit.path = edit.path.child(current->entries().at((c >> 1) % current->entries().size()).first);
        break;
    case 5:
    case 6:
        edit.kind = Edit::Kind::Insert;
        edit.from = qsizetype(c % (listSize + 2)) - (c & 0x80 ? 1 : 0);
        if (op % 8 == 6)
            edit.value = YamlValue::map({{QStringLiteral("webUrl"), edit.value}, {QStringLiteral("title"), scalarValue(a, file, c, b)}});
        break;
    case 7:
        edit.kind = Edit::Kind::Move;
        edit.from = listSize ? qsizetype(b) % (listSize + 1) : 0;
        edit.to = listSize ? qsizetype(c) % (listSize + 1) : 0;
        break;
    }
    return edit;
}

bool apply(FrontMatterDocument &doc, const Edit &edit, QString *error)
{
    switch (edit.kind) {
    case Edit::Kind::Set: return doc.set(edit.path, edit.value, error);
    case Edit::Kind::Remove: return doc.remove(edit.path, error);
    case Edit::Kind::Insert: return doc.insertItem(edit.path, edit.from, edit.value, error);
    case Edit::Kind::Move: return doc.moveItem(edit.path, edit.from, edit.to, error);
    }
    return false;
}

} // namespace

QString splitParseAndSummarize(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    const QList<QByteArrayView> lines = linesOf(bytes);

    const StoryFile file = StoryFile::split(bytes);
    if (file.hasFrontMatter()) {
        if (!(0 <= file.frontMatterBegin() && file.frontMatterBegin() <= file.frontMatterEnd()
              && file.frontMatterEnd() <= file.bodyBegin() && file.bodyBegin() <= bytes.size()))
            return QStringLiteral("the split's byte ranges are out of order");
        if (file.withFrontMatter(file.frontMatter()) != bytes)
            return QStringLiteral("splicing the front matter back in does not give the file");
    } else if (file.reason().isEmpty()) {
        return QStringLiteral("a file without usable front matter has no reason");
    }

    const FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    if (doc.toBytes() != bytes)
        return QStringLiteral("the untouched document does not write back byte for byte");
    if (doc.isModified())
        return QStringLiteral("the untouched document says it is modified");
    if (doc.isEditable()) {
        if (!doc.value().isMap())
            return QStringLiteral("an editable document is not a map");
        for (const char *key : {"title", "topics", "topics.0", "related.0.webUrl", "provider.name", "images.0.url"})
            (void)doc.valueAt(*YamlPath::parse(QString::fromLatin1(key)));
    } else if (doc.problems().isEmpty()) {
        return QStringLiteral("a document that cannot be edited has no problem saying why");
    }
    for (const Problem &p : doc.problems()) {
        if (const QString e = checkLocation(p, lines, "document"); !e.isEmpty())
            return e;
    }

    const StorySummary summary = SummaryReader::fromBytes(FuzzPath, bytes);
    if (summary.broken && summary.problems.isEmpty())
        return QStringLiteral("a broken summary has no problem saying why");
    for (const Problem &p : summary.problems) {
        if (const QString e = checkLocation(p, lines, "summary"); !e.isEmpty())
            return e;
    }
    return {};
}

QString editAndReparse(QByteArrayView data)
{
    // The last bytes choose the edit, the rest is the file: a story file given as it is
    // (a seed) is still a story file, less a few bytes of its body.
    std::array<quint8, 6> control{};
    const qsizetype controlSize = qMin<qsizetype>(qsizetype(control.size()), data.size());
    for (qsizetype i = 0; i < controlSize; ++i)
        control[size_t(i)] = quint8(data.at(data.size() - controlSize + i));
    const QByteArray bytes = data.first(data.size() - controlSize).toByteArray();

    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    if (doc.toBytes() != bytes)
        return QStringLiteral("the untouched document does not write back byte for byte");
    if (!doc.isEditable())
        return {};
    const YamlValue before = doc.value();
    const Edit edit = chooseEdit(control, before, QByteArrayView(bytes).sliced(doc.file().frontMatterBegin(),
                                                                                doc.file().frontMatterEnd() - doc.file().frontMatterBegin()));
    const std::optional<YamlValue> expected = expectedAfter(before, edit);

    QString error;
    const bool accepted = apply(doc, edit, &error);
    const QByteArray after = doc.toBytes();
    const auto broken = [&](const QString &what) { return QStringLiteral("%1: %2").arg(edit.describe(), what); };
    if (!accepted) {
        if (after != bytes)
            return broken(QStringLiteral("a refused edit changed the bytes"));
        if (!doc.value().sameAs(before))
            return broken(QStringLiteral("a refused edit changed the document"));
        return {};
    }
    if (!expected)
        return broken(QStringLiteral("an impossible edit was accepted"));
    if (!doc.value().sameAs(*expected))
        return broken(QStringLiteral("the edited document is not the intended one"));
    // Setting a value to what it is writes nothing. (Moving an item past an equal one is
    // not such a no-op: its lines do move, as they would under an editor's hand.)
    if (edit.kind == Edit::Kind::Set && expected->sameAs(before) && after != bytes)
        return broken(QStringLiteral("setting a value to what it is changed the bytes"));

    const FrontMatterDocument reread = FrontMatterDocument::fromBytes(after);
    if (!reread.isEditable())
        return broken(QStringLiteral("the written file does not parse: %1").arg(reread.problems().value(0).message));
    if (!reread.value().sameAs(*expected))
        return broken(QStringLiteral("the written file reads back as another document"));
    if (edit.kind == Edit::Kind::Set) {
        const std::optional<YamlValue> value = reread.valueAt(edit.path);
        if (!value || !value->sameAs(edit.value))
            return broken(QStringLiteral("the written file does not hold the value set"));
    }
    if (reread.toBytes() != after)
        return broken(QStringLiteral("the written file does not write back byte for byte"));
    // Only the front matter may change: the BOM, the fences and the body stay as they were.
    const StoryFile old = StoryFile::split(bytes);
    if (after.first(old.frontMatterBegin()) != bytes.first(old.frontMatterBegin())
        || !after.endsWith(QByteArrayView(bytes).sliced(old.frontMatterEnd()))
        || reread.file().frontMatterBegin() != old.frontMatterBegin()
        || reread.file().body() != old.body())
        return broken(QStringLiteral("bytes outside the front matter changed"));
    if (!SummaryReader::fromBytes(FuzzPath, bytes).broken && SummaryReader::fromBytes(FuzzPath, after).broken)
        return broken(QStringLiteral("the edit turned a readable story into a broken row"));
    return {};
}

namespace {

// Stories that differ in every field a query can ask about, each with every combination of
// the row facts: what narrowing is checked against.
QList<std::pair<StorySummary, StoryFilter::RowFacts>> queryStories()
{
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);   // the check's own "now"
    QList<StorySummary> stories;
    StorySummary a;
    a.path = QStringLiteral("/fuzz/a.md");
    a.title = QStringLiteral("Facial recognition and the city council");
    a.excerpt = QStringLiteral("Détroit renews a contract — or not?").toUtf8();
    a.category = QStringLiteral("news");
    a.type = QStringLiteral("story");
    a.providerName = QStringLiteral("Wire");
    a.providerDomain = QStringLiteral("wire.example");
    a.webUrl = QStringLiteral("https://wire.example/a?x=1").toUtf8();
    a.imageUrl = QStringLiteral("https://wire.example/a.png").toUtf8();
    a.topics = {QStringLiteral("AI"), QStringLiteral("Policy")};
    a.publishedDateTime = now.addDays(-3);
    a.quality = 70;
    a.heat = 20;
    a.published = StorySummary::Published::Yes;
    a.relatedCount = 3;
    stories.append(a);
    StorySummary b;
    b.path = QStringLiteral("/fuzz/b.md");
    b.title = QStringLiteral("and or not - ( ) \"quoted\" topic:AI");
    b.topics = {QStringLiteral("Robotics")};
    b.publishedDateTime = QDateTime(QDate(2020, 9, 30), QTime(23, 59), Qt::UTC);
    b.quality = 0;
    b.published = StorySummary::Published::No;
    stories.append(b);
    StorySummary c;
    c.path = QStringLiteral("/fuzz/c.md");
    c.broken = true;
    c.problems = {Problem{Problem::Severity::Error, 2, 3, QStringLiteral("broken")}};
    stories.append(c);
    StorySummary d;
    d.path = QStringLiteral("/fuzz/d.md");
    d.title = QStringLiteral("Ünïcödé 😀 heat");
    d.heat = 100;
    d.quality = 100;
    d.published = StorySummary::Published::Invalid;
    d.publishedDateTime = now.addSecs(3600);   // in the future
    d.problems = {Problem{Problem::Severity::Warning, 1, 1, QStringLiteral("invalid")}};
    d.relatedCount = 1;
    stories.append(d);
    QList<std::pair<StorySummary, StoryFilter::RowFacts>> rows;
    for (StorySummary &story : stories) {
        story.searchKey = SearchKey::of(story);
        for (const bool modified : {false, true}) {
            for (const bool duplicate : {false, true}) {
                StoryFilter::RowFacts facts;
                facts.modified = modified;
                facts.duplicate = duplicate;
                rows.append({story, facts});
            }
        }
    }
    return rows;
}

} // namespace

QString parseAndMatchQueries(QByteArrayView data)
{
    static const QList<std::pair<StorySummary, StoryFilter::RowFacts>> stories = queryStories();
    const qsizetype split = data.indexOf('\0');
    const QString texts[2] = {QString::fromUtf8(split < 0 ? data : data.first(split)),
                              split < 0 ? QString() : QString::fromUtf8(data.sliced(split + 1))};
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    StoryFilter filters[2];
    bool parsed[2] = {false, false};
    for (int i = 0; i < 2; ++i) {
        StoryFilter::ParseError error;
        filters[i] = StoryFilter::parse(texts[i], &error, now);
        if (error.position >= 0) {
            if (error.position > texts[i].size() || error.message.isEmpty())
                return QStringLiteral("error at %1 (\"%2\") for a text of %3 characters").arg(error.position).arg(error.message).arg(texts[i].size());
        } else {
            parsed[i] = true;
        }
        StoryFilter::ParseError again;
        if (!(StoryFilter::parse(texts[i], &again, now) == filters[i]) || again.position != error.position)
            return QStringLiteral("parsing \"%1\" twice gave two answers").arg(texts[i]);
        for (const auto &[story, facts] : stories)
            (void)filters[i].matches(story, facts);
    }
    if (!parsed[0] || !parsed[1] || !filters[1].narrows(filters[0]))
        return {};
    for (const auto &[story, facts] : stories) {
        if (filters[1].matches(story, facts) && !filters[0].matches(story, facts)) {
            return QStringLiteral("\"%1\" claims to narrow \"%2\" but matches %3 (modified %4, duplicate %5) where it does not")
                .arg(texts[1], texts[0], story.path)
                .arg(facts.modified)
                .arg(facts.duplicate);
        }
    }
    return {};
}

} // namespace Storydesk::FuzzChecks
