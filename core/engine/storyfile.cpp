#include "storyfile.h"

#include <QStringDecoder>

namespace Storydesk {

namespace {

// A fence line is exactly `---` (or `...` when closing), optionally followed by
// spaces or tabs, as Jekyll and Hugo accept.
bool isFence(QByteArrayView line, bool closing)
{
    if (line.endsWith('\r'))
        line.chop(1);
    while (!line.isEmpty() && (line.back() == ' ' || line.back() == '\t'))
        line.chop(1);
    return line == "---" || (closing && line == "...");
}

// Position (1-based line and column) of byte offset `pos`, columns counted in characters.
void lineAndColumn(const QByteArray &bytes, qsizetype pos, int *line, int *column)
{
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < pos && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = int(QString::fromUtf8(bytes.mid(lineStart, pos - lineStart)).size()) + 1;
}

} // namespace

StoryFile StoryFile::split(const QByteArray &bytes)
{
    StoryFile file;
    file.m_bytes = bytes;

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        file.m_layout = Layout::NotUtf8;
        file.m_reason = QStringLiteral("the file is encoded as UTF-16; only UTF-8 story files are supported");
        return file;
    }

    qsizetype pos = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        file.m_bom = true;
        pos = 3;
    }

    qsizetype eol = bytes.indexOf('\n', pos);
    const qsizetype firstLineEnd = eol < 0 ? bytes.size() : eol;
    if (!isFence(QByteArrayView(bytes).sliced(pos, firstLineEnd - pos), false)) {
        file.m_layout = Layout::NoFrontMatter;
        file.m_reason = QStringLiteral("no front matter: the file does not start with a '---' line");
        return file;
    }
    file.m_crlf = firstLineEnd > pos && bytes.at(firstLineEnd - 1) == '\r';
    if (eol < 0) {
        file.m_layout = Layout::Unclosed;
        file.m_reason = QStringLiteral("the front matter is never closed: no '---' or '...' line follows the opening one");
        return file;
    }

    file.m_fmBegin = eol + 1;
    qsizetype lineStart = file.m_fmBegin;
    while (lineStart < bytes.size()) {
        eol = bytes.indexOf('\n', lineStart);
        const qsizetype lineEnd = eol < 0 ? bytes.size() : eol;
        if (isFence(QByteArrayView(bytes).sliced(lineStart, lineEnd - lineStart), true)) {
            file.m_fmEnd = lineStart;
            file.m_bodyBegin = eol < 0 ? bytes.size() : eol + 1;
            break;
        }
        if (eol < 0)
            break;
        lineStart = eol + 1;
    }
    if (file.m_bodyBegin == 0) {
        file.m_layout = Layout::Unclosed;
        file.m_reason = QStringLiteral("the front matter is never closed: no '---' or '...' line follows the opening one");
        file.m_fmEnd = bytes.size();
        file.m_reasonLine = 1;
        return file;
    }

    const QByteArrayView yaml = QByteArrayView(bytes).sliced(file.m_fmBegin, file.m_fmEnd - file.m_fmBegin);
    if (const qsizetype nul = yaml.indexOf('\0'); nul >= 0) {
        file.m_layout = Layout::BinaryContent;
        file.m_reason = QStringLiteral("the front matter contains a NUL byte");
        lineAndColumn(bytes, file.m_fmBegin + nul, &file.m_reasonLine, &file.m_reasonColumn);
        return file;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(yaml); // EncodedData converts lazily: keep the QString
    if (decoder.hasError()) {
        // Find the first offending byte so the editor can be pointed at it.
        qsizetype good = 0;
        while (good < yaml.size()) {
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const qsizetype next = yaml.indexOf('\n', good);
            const qsizetype end = next < 0 ? yaml.size() : next + 1;
            const QString line = probe.decode(yaml.sliced(good, end - good));
            if (probe.hasError())
                break;
            good = end;
        }
        file.m_layout = Layout::NotUtf8;
        file.m_reason = QStringLiteral("the front matter is not valid UTF-8");
        lineAndColumn(bytes, file.m_fmBegin + good, &file.m_reasonLine, &file.m_reasonColumn);
        return file;
    }

    file.m_layout = Layout::FrontMatter;
    return file;
}

QByteArray StoryFile::withFrontMatter(const QByteArray &newFrontMatter) const
{
    QByteArray out;
    out.reserve(m_bytes.size() + newFrontMatter.size() - (m_fmEnd - m_fmBegin));
    out.append(QByteArrayView(m_bytes).first(m_fmBegin));
    out.append(newFrontMatter);
    out.append(QByteArrayView(m_bytes).sliced(m_fmEnd));
    return out;
}

} // namespace Storydesk
