#include "yamlfiledocument.h"

namespace Storydesk {

namespace {

bool startsWithFence(QByteArrayView text)
{
    if (!text.startsWith("---"))
        return false;
    QByteArrayView rest = text.sliced(3);
    while (!rest.isEmpty() && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\r'))
        rest = rest.sliced(1);
    return rest.isEmpty() || rest.front() == '\n';
}

} // namespace

YamlFileDocument YamlFileDocument::fromBytes(const QByteArray &bytes)
{
    YamlFileDocument doc;
    const QByteArray bom("\xEF\xBB\xBF");
    const bool hasBom = bytes.startsWith(bom);
    const QByteArrayView text = QByteArrayView(bytes).sliced(hasBom ? bom.size() : 0);
    doc.m_lineEnding = bytes.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    const bool ownFence = startsWithFence(text);
    doc.m_prefix = hasBom ? bom : QByteArray();
    doc.m_keptPrefix = doc.m_prefix.size();
    if (!ownFence)
        doc.m_prefix += "---" + doc.m_lineEnding;
    doc.m_noFinalLineBreak = !text.isEmpty() && !text.endsWith('\n');
    doc.m_suffix = (doc.m_noFinalLineBreak ? doc.m_lineEnding : QByteArray()) + "..." + doc.m_lineEnding;
    const QByteArray wrapped = doc.m_prefix + text.toByteArray() + doc.m_suffix;
    doc.m_doc = FrontMatterDocument::fromBytes(wrapped);

    // Problems come in the wrapped file's lines: the added fence is not the file's.
    const int addedLines = ownFence ? 0 : 1;
    for (Problem problem : doc.m_doc.problems()) {
        problem.line = qMax(1, problem.line - addedLines);
        doc.m_problems.append(problem);
    }
    const StoryFile &file = doc.m_doc.file();
    if (doc.m_problems.isEmpty() && file.bodyBegin() != wrapped.size()) {
        Problem problem;
        problem.line = int(QByteArrayView(wrapped).first(file.frontMatterEnd()).count('\n')) + 1 - addedLines;
        problem.column = 1;
        problem.message = QStringLiteral("a second YAML document starts here; this file holds one");
        doc.m_problems.append(problem);
    }
    return doc;
}

QByteArray YamlFileDocument::toBytes() const
{
    QByteArray bytes = m_doc.toBytes();
    bytes.remove(m_keptPrefix, m_prefix.size() - m_keptPrefix);
    const QByteArray fence = "..." + m_lineEnding;
    if (bytes.endsWith(fence))
        bytes.chop(fence.size());
    if (m_noFinalLineBreak && bytes.endsWith(m_lineEnding))
        bytes.chop(m_lineEnding.size());
    return bytes;
}

} // namespace Storydesk
