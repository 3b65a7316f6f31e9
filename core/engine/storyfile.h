#pragma once

#include <QByteArray>
#include <QString>

namespace Storydesk {

// The raw layout of a story file: where the front matter sits between its fences, which
// line endings the file uses, and why a file has no usable front matter. Everything the
// engine writes back is spliced into these byte ranges, so the rest stays untouched.
class StoryFile
{
public:
    enum class Layout {
        FrontMatter,      // fences found, front matter text between them (possibly empty)
        NoFrontMatter,    // the file does not start with a `---` line
        Unclosed,         // an opening fence with no closing `---` or `...` line
        NotUtf8,          // UTF-16 or invalid UTF-8 in the front matter
        BinaryContent,    // a NUL byte in the front matter
    };

    static StoryFile split(const QByteArray &bytes);

    Layout layout() const { return m_layout; }
    bool hasFrontMatter() const { return m_layout == Layout::FrontMatter; }
    // Why the layout is not FrontMatter, in an editor's words; empty otherwise.
    QString reason() const { return m_reason; }
    // 1-based line and column the reason refers to.
    int reasonLine() const { return m_reasonLine; }
    int reasonColumn() const { return m_reasonColumn; }

    bool hasBom() const { return m_bom; }
    QByteArray lineEnding() const { return m_crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"); }
    bool usesCrlf() const { return m_crlf; }

    const QByteArray &bytes() const { return m_bytes; }
    // Byte offsets into bytes(): [frontMatterBegin, frontMatterEnd) is the YAML text,
    // [frontMatterEnd, bodyBegin) the closing fence line, [bodyBegin, size) the body.
    qsizetype frontMatterBegin() const { return m_fmBegin; }
    qsizetype frontMatterEnd() const { return m_fmEnd; }
    qsizetype bodyBegin() const { return m_bodyBegin; }
    QByteArray frontMatter() const { return m_bytes.mid(m_fmBegin, m_fmEnd - m_fmBegin); }
    QByteArray body() const { return m_bytes.mid(m_bodyBegin); }
    // File line (1-based) of the first front-matter line: parse errors are reported in file lines.
    int frontMatterFirstLine() const { return 2; }

    // The file with its front matter replaced by newFrontMatter; BOM, fences and body kept.
    QByteArray withFrontMatter(const QByteArray &newFrontMatter) const;

private:
    QByteArray m_bytes;
    Layout m_layout = Layout::NoFrontMatter;
    QString m_reason;
    int m_reasonLine = 1;
    int m_reasonColumn = 1;
    bool m_bom = false;
    bool m_crlf = false;
    qsizetype m_fmBegin = 0;
    qsizetype m_fmEnd = 0;
    qsizetype m_bodyBegin = 0;
};

} // namespace Storydesk
