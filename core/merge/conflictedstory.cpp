#include "conflictedstory.h"

#include "frontmatterdocument.h"

#include <QCoreApplication>

namespace Storydesk {

namespace {

QByteArray withoutLineEnding(const QByteArray &line)
{
    qsizetype size = line.size();
    if (size > 0 && line.at(size - 1) == '\n')
        --size;
    if (size > 0 && line.at(size - 1) == '\r')
        --size;
    return line.left(size);
}

// A marker line is `size` marker characters, alone or followed by a space and a label (the
// separator always alone), as git writes them; eight `<` are text, not a marker.
bool isMarker(const QByteArray &text, char marker, int size, QString *label = nullptr)
{
    if (text.size() < size)
        return false;
    for (int i = 0; i < size; ++i) {
        if (text.at(i) != marker)
            return false;
    }
    if (text.size() == size) {
        if (label)
            label->clear();
        return true;
    }
    if (marker == '=' || text.at(size) != ' ')
        return false;
    if (label)
        *label = QString::fromUtf8(text.mid(size + 1));
    return true;
}

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        lines.append(bytes.mid(start, end - start));
        start = end;
    }
    return lines;
}

// The key a top-level `key: value` line sets; empty for anything else (nested lines,
// list items, comments, blank lines).
QString topLevelKey(const QByteArray &text)
{
    if (text.isEmpty() || text.at(0) == ' ' || text.at(0) == '\t' || text.at(0) == '#' || text.at(0) == '-')
        return {};
    qsizetype colon = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == ':' && (i + 1 == text.size() || text.at(i + 1) == ' ' || text.at(i + 1) == '\t')) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return {};
    QByteArray key = text.left(colon).trimmed();
    if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
        key = key.mid(1, key.size() - 2);
    return QString::fromUtf8(key);
}

bool isFence(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    return trimmed == "---" || trimmed == "...";
}

// Where a line of the file sits: the engine's own rule, a first `---` line opens the front
// matter and the next `---` or `...` line closes it.
class Position
{
public:
    bool inFrontMatter() const { return m_state == State::FrontMatter; }
    bool inBody() const { return m_state == State::Body; }
    const QString &lastKey() const { return m_lastKey; }

    void follow(const QByteArray &line)
    {
        QByteArray text = withoutLineEnding(line);
        switch (m_state) {
        case State::Start:
            if (text.startsWith("\xEF\xBB\xBF"))
                text = text.mid(3);
            m_state = text.trimmed() == "---" ? State::FrontMatter : State::Body;
            break;
        case State::FrontMatter:
            if (isFence(text)) {
                m_state = State::Body;
            } else if (const QString key = topLevelKey(text); !key.isEmpty()) {
                m_lastKey = key;
            }
            break;
        case State::Body:
            break;
        }
    }

private:
    enum class State { Start, FrontMatter, Body };
    State m_state = State::Start;
    QString m_lastKey;
};

} // namespace

ConflictedStory ConflictedStory::parse(const QByteArray &bytes, int markerSize)
{
    enum class Part { Common, Ours, Base, Theirs };

    ConflictedStory story;
    Position position;
    Part part = Part::Common;
    QByteArray common;
    Block block;
    int lineNumber = 0;

    for (const QByteArray &line : splitLines(bytes)) {
        ++lineNumber;
        const QByteArray text = withoutLineEnding(line);
        QString label;
        switch (part) {
        case Part::Common:
            if (isMarker(text, '<', markerSize, &label)) {
                block = Block();
                block.line = lineNumber;
                block.oursLabel = label;
                block.inBody = !position.inFrontMatter();
                if (line.endsWith("\r\n"))
                    block.lineEnding = QByteArrayLiteral("\r\n");
                part = Part::Ours;
            } else if (isMarker(text, '=', markerSize) || isMarker(text, '>', markerSize) || isMarker(text, '|', markerSize)) {
                story.m_error = tr("line %1: a conflict marker outside a conflict block").arg(lineNumber);
                return story;
            } else {
                common += line;
                position.follow(line);
            }
            break;
        case Part::Ours:
        case Part::Base:
            if (isMarker(text, '|', markerSize) && part == Part::Ours) {
                block.hasBase = true;
                part = Part::Base;
            } else if (isMarker(text, '=', markerSize)) {
                part = Part::Theirs;
            } else if (isMarker(text, '<', markerSize) || isMarker(text, '>', markerSize) || isMarker(text, '|', markerSize)) {
                story.m_error = tr("line %1: a conflict marker out of order").arg(lineNumber);
                return story;
            } else {
                (part == Part::Ours ? block.ours : block.base) += line;
            }
            break;
        case Part::Theirs:
            if (isMarker(text, '>', markerSize, &label)) {
                block.theirsLabel = label;
                // The keys the block concerns: those its lines set, or else the key whose
                // nested lines it sits in.
                if (!block.inBody) {
                    for (const QByteArray *side : {&block.ours, &block.base, &block.theirs}) {
                        for (const QByteArray &sideLine : splitLines(*side)) {
                            const QString key = topLevelKey(withoutLineEnding(sideLine));
                            if (!key.isEmpty() && !block.keys.contains(key))
                                block.keys.append(key);
                        }
                    }
                    if (block.keys.isEmpty() && !position.lastKey().isEmpty())
                        block.keys.append(position.lastKey());
                }
                // The rest of the file is read on our side's lines.
                for (const QByteArray &sideLine : splitLines(block.ours))
                    position.follow(sideLine);
                story.m_common.append(common);
                common.clear();
                story.m_blocks.append(block);
                part = Part::Common;
            } else if (isMarker(text, '<', markerSize) || isMarker(text, '=', markerSize) || isMarker(text, '|', markerSize)) {
                story.m_error = tr("line %1: a conflict marker out of order").arg(lineNumber);
                return story;
            } else {
                block.theirs += line;
            }
            break;
        }
    }
    if (part != Part::Common) {
        story.m_error = tr("line %1: a conflict block that is never closed").arg(block.line);
        return story;
    }
    story.m_common.append(common);
    return story;
}

QByteArray ConflictedStory::resolved(const QList<Choice> &choices) const
{
    QByteArray bytes;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        bytes += m_common.at(i);
        const Block &block = m_blocks.at(i);
        const Choice choice = i < choices.size() ? choices.at(i) : Choice();
        switch (choice.side) {
        case Side::Ours:
            bytes += block.ours;
            break;
        case Side::Theirs:
            bytes += block.theirs;
            break;
        case Side::Base:
            bytes += block.base;
            break;
        case Side::Edited: {
            QByteArray text = choice.text;
            text.replace("\r\n", "\n");
            if (!text.isEmpty() && !text.endsWith('\n'))
                text += '\n';
            if (block.lineEnding != "\n")
                text.replace("\n", block.lineEnding);
            bytes += text;
            break;
        }
        }
    }
    if (!m_common.isEmpty())
        bytes += m_common.constLast();
    return bytes;
}

QString ConflictedStory::problemWith(const QByteArray &resolvedBytes, int markerSize)
{
    const ConflictedStory again = parse(resolvedBytes, markerSize);
    if (!again.error().isEmpty() || !again.blocks().isEmpty())
        return tr("A conflict marker is still in the text.");
    const FrontMatterDocument document = FrontMatterDocument::fromBytes(resolvedBytes);
    if (!document.file().hasFrontMatter() || document.isEditable())
        return {};
    const Problem problem = document.problems().value(0);
    return tr("The front matter does not read (line %1): %2").arg(problem.line).arg(problem.message);
}

} // namespace Storydesk
