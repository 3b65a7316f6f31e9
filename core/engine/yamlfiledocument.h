#pragma once

#include "frontmatterdocument.h"

#include <QByteArray>

namespace Storydesk {

// A plain YAML file (settings shared by editors, like .storydesk/desks.yaml) edited
// through the lossless front-matter engine: the file's text is read as the front matter of
// a story with fences added around it, so every edit splices only what it changes and is
// checked the same way. Comments, key order, quoting and unknown keys stay as they were.
// One document per file: a `---` line is accepted only as the first line.
class YamlFileDocument
{
public:
    static YamlFileDocument fromBytes(const QByteArray &bytes);

    bool isEditable() const { return m_problems.isEmpty() && m_doc.isEditable(); }
    // Why the file cannot be read, in the file's own lines and columns.
    const Problems &problems() const { return m_problems; }
    const YamlValue &value() const { return m_doc.value(); }

    bool set(const YamlPath &path, const YamlValue &value, QString *error = nullptr) { return m_doc.set(path, value, error); }
    bool remove(const YamlPath &path, QString *error = nullptr) { return m_doc.remove(path, error); }
    bool insertItem(const YamlPath &list, qsizetype index, const YamlValue &item, QString *error = nullptr)
    {
        return m_doc.insertItem(list, index, item, error);
    }

    QByteArray toBytes() const;

private:
    FrontMatterDocument m_doc;
    QByteArray m_prefix;         // what was added before the text: the BOM stays first
    QByteArray m_suffix;         // the closing fence added after it
    qsizetype m_keptPrefix = 0;  // bytes of the prefix that are the file's own (BOM, `---` line)
    bool m_noFinalLineBreak = false;
    QByteArray m_lineEnding;
    Problems m_problems;
};

} // namespace Storydesk
