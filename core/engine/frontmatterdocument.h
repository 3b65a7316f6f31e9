#pragma once

#include "problem.h"
#include "storyfile.h"
#include "yamlnode.h"
#include "yamlpath.h"
#include "yamlstyle.h"
#include "yamlvalue.h"

#include <functional>
#include <optional>

namespace Storydesk {

// The lossless front-matter engine: a story file's bytes, the YAML parsed from them, and
// edits that splice only the bytes of the values they change. Key order, comments, blank
// lines, quoting, indentation, line endings, the BOM and the body stay as they were.
// Every edit re-parses the result and is refused, with nothing changed, unless the new
// text reads back as exactly the old document with only the intended change.
class FrontMatterDocument
{
public:
    static FrontMatterDocument fromBytes(const QByteArray &bytes);

    const StoryFile &file() const { return m_file; }
    // Parsed to a map (or an empty front matter): the document can be read and edited.
    bool isEditable() const { return m_editable; }
    // Why the front matter cannot be read, in file coordinates; empty when editable.
    const Problems &problems() const { return m_problems; }

    // The second occurrence of the top-level key `key` (any key when empty) written twice,
    // in file coordinates. Every edit of such a key is refused: which of its values an edit
    // means is exactly what YAML readers disagree on (the engine would change the first,
    // Jekyll reads the last). Other keys stay editable, and the Source view's
    // setFrontMatterText() is the way to repair it.
    std::optional<Problem> duplicateKey(QStringView key = {}) const;

    const YamlValue &value() const { return m_value; }
    const YAML::Node &root() const { return m_root.get(); }
    std::optional<YamlValue> valueAt(const YamlPath &path) const;

    // The whole file as it would be saved.
    QByteArray toBytes() const;
    const QByteArray &frontMatterText() const { return m_text; }
    // A file without usable front matter keeps its bytes as they are: never modified.
    bool isModified() const { return m_file.hasFrontMatter() && m_text != m_file.frontMatter(); }

    // Edits. Each returns false and leaves the document unchanged when it is refused;
    // `error` then says why. Setting a value to what it already is changes no byte.
    bool set(const YamlPath &path, const YamlValue &value, QString *error = nullptr);
    bool remove(const YamlPath &path, QString *error = nullptr);
    bool insertItem(const YamlPath &list, qsizetype index, const YamlValue &item, QString *error = nullptr);
    // Adds `key` to the block map at `map` just after the entry `afterKey`, so a key taken
    // from another version of the story lands where it stood there; where set() would put
    // it when `afterKey` is empty or missing. A key that exists is set in place.
    bool insertEntry(const YamlPath &map, const QString &key, const YamlValue &value, const QString &afterKey,
                     QString *error = nullptr);
    bool moveItem(const YamlPath &list, qsizetype from, qsizetype to, QString *error = nullptr);
    // Replaces the whole front matter with text typed by the editor (the source view);
    // refused when it does not parse to a map.
    bool setFrontMatterText(const QByteArray &text, QString *error = nullptr);

private:
    class Editor;

    bool parse(const QByteArray &text, QString *error);
    // Fills `error` and returns true when the top-level key of `path` is written twice.
    bool refusesEdit(const YamlPath &path, QString *error) const;
    void detectStyle();
    // Runs `edit` on the text, then keeps its result only if it reads back as `expected`.
    bool apply(const YamlPath &path, const YamlValue &expected, const std::function<bool(Editor &)> &edit, QString *error);
    bool commit(const QByteArray &oldText, const YamlValue &expected, QString *error);
    // Whether the file with `text` as its front matter still splits at the same fences: an
    // edit must neither lose the final line break (gluing the closing fence to the last
    // line) nor write a `---` or `...` line that would end the front matter early.
    bool keepsFences(const QByteArray &text) const;
    void restore(const QByteArray &oldText);

    StoryFile m_file;
    QByteArray m_text;
    YamlNode m_root;
    YamlValue m_value;
    YamlStyle m_style;
    Problems m_problems;
    bool m_editable = false;
};

} // namespace Storydesk
