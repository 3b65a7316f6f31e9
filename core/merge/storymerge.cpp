#include "storymerge.h"

#include "frontmatterdocument.h"
#include "linemerge.h"
#include "valuemerge.h"
#include "yamllayout.h"

#include <algorithm>
#include <optional>

namespace Storydesk {

namespace {

QStringList keysOf(const FrontMatterDocument &doc)
{
    QStringList keys;
    for (const auto &entry : doc.value().entries())
        keys.append(entry.first);
    return keys;
}

const YamlValue *valueOf(const FrontMatterDocument &doc, const QString &key)
{
    return doc.value().isMap() ? doc.value().find(key) : nullptr;
}

// The whole lines a top-level key's entry takes in the front matter (its trailing blank
// and comment lines stay outside), or nullopt when the layout does not allow it.
std::optional<std::pair<qsizetype, qsizetype>> keyLines(const FrontMatterDocument &doc, const QString &key)
{
    const QByteArray &text = doc.frontMatterText();
    const YamlLayout layout(text, doc.root());
    const std::optional<YamlLayout::Location> loc = layout.locate(YamlPath({key}));
    if (!loc || !loc->hasSite || loc->insideFlow || loc->site.lineStart != loc->site.start)
        return std::nullopt;
    qsizetype end = loc->site.contentEnd;
    if (end > 0 && end < text.size() && text.at(end - 1) != '\n')
        end = layout.nextLineStart(end);
    return std::make_pair(loc->site.lineStart, end);
}

QByteArray withLineEnding(QByteArray lines, const QByteArray &lineEnding)
{
    lines.replace("\r\n", "\n");
    if (lineEnding != "\n")
        lines.replace("\n", lineEnding);
    if (!lines.isEmpty() && !lines.endsWith('\n'))
        lines += lineEnding;
    return lines;
}

QByteArray markerLine(char c, int size, const QString &label, const QByteArray &lineEnding)
{
    QByteArray line(size, c);
    if (!label.isEmpty())
        line += ' ' + label.toUtf8();
    return line + lineEnding;
}

// Where a key missing from OURS would go: after the nearest key before it in THEIRS that
// OURS has, else at the top.
QString keyBefore(const QString &key, const QStringList &theirsKeys, const FrontMatterDocument &ours)
{
    for (qsizetype i = theirsKeys.indexOf(key) - 1; i >= 0; --i) {
        if (valueOf(ours, theirsKeys.at(i)))
            return theirsKeys.at(i);
    }
    return {};
}

StoryMerge::Result lineMergeAll(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
                                const StoryMerge::Options &options)
{
    const LineMerge::Result lines = LineMerge::merge(base, ours, theirs, options.oursLabel, options.baseLabel,
                                                     options.theirsLabel, options.markerSize);
    StoryMerge::Result result;
    result.ok = lines.ok;
    result.bytes = lines.bytes;
    result.conflicts = lines.conflicts;
    result.lineMerged = true;
    result.error = lines.error;
    return result;
}

} // namespace

StoryMerge::Result StoryMerge::merge(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs)
{
    return merge(base, ours, theirs, Options());
}

StoryMerge::Result StoryMerge::merge(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
                                     const Options &options)
{
    // A story both sides added has an empty base (git passes one): every key is an addition.
    const FrontMatterDocument baseDoc = FrontMatterDocument::fromBytes(base.isEmpty() ? QByteArrayLiteral("---\n---\n") : base);
    FrontMatterDocument oursDoc = FrontMatterDocument::fromBytes(ours);
    const FrontMatterDocument theirsDoc = FrontMatterDocument::fromBytes(theirs);
    const auto readable = [](const FrontMatterDocument &d) {
        return d.isEditable() && (d.value().isMap() || d.value().isNull());
    };
    if (!readable(baseDoc) || !readable(oursDoc) || !readable(theirsDoc))
        return lineMergeAll(base, ours, theirs, options);

    Result result;
    result.ok = true;

    // The body first: git's line merge, unless one side left it alone.
    const QByteArray baseBody = baseDoc.file().body();
    const QByteArray oursBody = oursDoc.file().body();
    const QByteArray theirsBody = theirsDoc.file().body();
    QByteArray body = oursBody;
    if (oursBody != theirsBody && baseBody != theirsBody) {
        if (baseBody == oursBody) {
            body = theirsBody;
        } else {
            const LineMerge::Result lines = LineMerge::merge(baseBody, oursBody, theirsBody, options.oursLabel,
                                                             options.baseLabel, options.theirsLabel, options.markerSize);
            if (!lines.ok) {
                result.ok = false;
                result.error = lines.error;
                return result;
            }
            body = lines.bytes;
            result.conflicts += lines.conflicts;
        }
    }

    // Then the front matter, key by key, applied to OURS through the engine.
    const QStringList theirsKeys = keysOf(theirsDoc);
    QStringList keys = keysOf(oursDoc);
    for (const QString &key : theirsKeys) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        const YamlValue *o = valueOf(oursDoc, key);
        const ValueMerge::Outcome outcome = ValueMerge::merge(key, valueOf(baseDoc, key), o, valueOf(theirsDoc, key));
        bool applied = true;
        if (outcome.conflict)
            result.conflictKeys.append(key);
        else if (!outcome.value && o)
            applied = oursDoc.remove(YamlPath({key}), &result.error);
        else if (outcome.value && o)
            applied = oursDoc.set(YamlPath({key}), *outcome.value, &result.error);
        else if (outcome.value)
            applied = oursDoc.insertEntry(YamlPath(), key, *outcome.value, keyBefore(key, theirsKeys, oursDoc), &result.error);
        if (!applied)   // the engine would not write it losslessly: let git merge the lines
            return lineMergeAll(base, ours, theirs, options);
    }

    // The keys changed two ways: OURS' lines and THEIRS' lines between conflict markers,
    // from the last to the first so the offsets found stay right.
    QByteArray text = oursDoc.frontMatterText();
    const QByteArray lineEnding = oursDoc.file().lineEnding();
    struct Block
    {
        qsizetype begin;
        qsizetype end;
        QByteArray theirs;
    };
    QList<Block> blocks;
    for (const QString &key : std::as_const(result.conflictKeys)) {
        Block block{0, 0, {}};
        if (valueOf(oursDoc, key)) {
            const auto lines = keyLines(oursDoc, key);
            if (!lines)
                return lineMergeAll(base, ours, theirs, options);
            block.begin = lines->first;
            block.end = lines->second;
        } else if (const QString before = keyBefore(key, theirsKeys, oursDoc); !before.isEmpty()) {
            const auto lines = keyLines(oursDoc, before);
            if (!lines)
                return lineMergeAll(base, ours, theirs, options);
            block.begin = block.end = lines->second;
        }
        if (valueOf(theirsDoc, key)) {
            const auto lines = keyLines(theirsDoc, key);
            if (!lines)
                return lineMergeAll(base, ours, theirs, options);
            block.theirs = theirsDoc.frontMatterText().mid(lines->first, lines->second - lines->first);
        }
        blocks.append(block);
    }
    std::sort(blocks.begin(), blocks.end(), [](const Block &a, const Block &b) { return a.begin > b.begin; });
    for (const Block &block : std::as_const(blocks)) {
        QByteArray oursLines = text.mid(block.begin, block.end - block.begin);
        if (block.end == text.size() && !oursLines.isEmpty() && !oursLines.endsWith('\n'))
            oursLines += lineEnding;
        const QByteArray marked = markerLine('<', options.markerSize, options.oursLabel, lineEnding) + oursLines
            + markerLine('=', options.markerSize, {}, lineEnding) + withLineEnding(block.theirs, lineEnding)
            + markerLine('>', options.markerSize, options.theirsLabel, lineEnding);
        text.replace(block.begin, block.end - block.begin, marked);
    }
    result.conflicts += int(blocks.size());

    QByteArray bytes = oursDoc.file().withFrontMatter(text);
    bytes.chop(oursBody.size());
    result.bytes = bytes + body;
    return result;
}

} // namespace Storydesk
