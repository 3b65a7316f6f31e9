#pragma once

// Private to the engine: FrontMatterDocument's text editor, shared by
// frontmatterdocument.cpp and frontmatterdocumenteditor.cpp. Not part of the core's API.

#include "frontmatterdocument.h"
#include "yamllayout.h"

namespace Storydesk {

// The text edits behind the public operations. Each step splices the text and re-parses
// it, so every step locates what it changes in the document as it is now.
class FrontMatterDocument::Editor
{
public:
    Editor(FrontMatterDocument &doc, const YamlValue &expected)
        : m_doc(doc)
        , m_expected(expected)
    {
    }

    bool set(const YamlPath &path, const YamlValue &value);
    bool remove(const YamlPath &path);
    bool insertItem(const YamlPath &list, qsizetype index, YamlValue item);
    bool moveItem(const YamlPath &list, qsizetype from, qsizetype to);
    bool insertEntry(const YamlPath &map, const QString &key, const YamlValue &value, const QString &afterKey);

    QString error;

private:
    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    bool splice(qsizetype begin, qsizetype end, const QByteArray &with);
    YamlLayout layout() const { return YamlLayout(m_doc.m_text, m_doc.m_root); }
    bool replaceValue(const YamlPath &path, const YamlLayout::Location &loc, const YamlValue &value);
    bool replaceWhole(const YamlPath &containerPath);
    bool diffList(const YamlPath &path, const QList<YamlValue> &oldItems, const QList<YamlValue> &newItems);
    QByteArray renderFlow(const YAML::Node &old, const YamlValue &value, const QString &key) const;
    QByteArray flowItemText(const YAML::Node &item) const;
    YamlValue withQuoting(YamlValue value, YamlValue::Quoting quoting) const;

    FrontMatterDocument &m_doc;
    const YamlValue &m_expected;
};

} // namespace Storydesk
