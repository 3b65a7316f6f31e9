#pragma once

#include "sitefields.h"
#include "storyindex.h"
#include "yamlpath.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QDir;
class QTextStream;

namespace Storydesk {

class StoryDocument;
class StoryStore;
struct StorySummary;
class YamlValue;

// What every storydesk-cli command is given: the output streams, the options read before the
// command, and the steps commands share (usage errors, opening and saving a story, loading a folder).
class CliContext
{
public:
    enum ExitCode { Success = 0, DataProblem = 1, UsageError = 2 };

    CliContext(QTextStream &out, QTextStream &err, bool useIndex);

    QTextStream &out() const { return m_out; }
    QTextStream &err() const { return m_err; }
    bool useIndex() const { return m_useIndex; }
    // --fields FILE (before the command): the field map every site is read with instead of
    // its own. CliTool checks it before the command runs.
    void setFieldsFile(const QString &file) { m_fieldsFile = file; }
    const QString &fieldsFile() const { return m_fieldsFile; }
    // The field map of the site holding `fileOrFolder`: its site root found by walking up
    // (SiteFieldsLoader::findSiteRoot), then --fields over .storydesk/site.yaml over detection.
    // Loaded once a site.
    const SiteFields &siteFieldsFor(const QString &fileOrFolder) const;
    // A broken site.yaml as FILE:LINE:COLUMN: warning lines on stderr, once a file: the
    // command goes on with the detected map.
    void reportSiteProblems(const SiteFields &fields) const;

    // Prints the message and the pointer to --help; returns UsageError.
    int usageError(const QString &message) const;
    // The story, or nothing (the reason printed) when it cannot be read or its front matter
    // cannot be edited safely.
    std::optional<StoryDocument> openEditable(const QString &file) const;
    // Saves `doc`; Success, or DataProblem with the reason printed.
    int save(StoryDocument &doc) const;
    int removeAndSave(StoryDocument &doc, const QString &file, const YamlPath &path) const;
    // Loads a folder's summaries the way the app's table does (in parallel, from the index
    // unless --no-index), and waits for the end of the load.
    void loadFolder(StoryStore &store, const QString &folder) const;
    // Visits every story the PATHs of a command name (files, and folders read as `list`
    // reads them, each in path order) once, however many of the paths name it: `list site
    // site/_posts` lists a post once. `shown` is the story's path under the PATH typed. A
    // PATH that does not exist is reported and makes the result DataProblem, else Success.
    // Summaries from the index hold `parts` (StoryIndex::RowPart) beyond what every one
    // does: what the command reads of them. Folders are streamed: nothing holds all their
    // summaries.
    using StoryVisitor = std::function<void(const StorySummary &summary, const QString &shown)>;
    int forEachStory(const QStringList &paths, const StoryVisitor &visit, StoryIndex::RowParts parts = StoryIndex::allRowParts()) const;
    // Whether an edit from `before` to the document's bytes now may be written: not when
    // `check` would report a problem it does not report before (a value that fails the
    // story's rules). Each such problem is printed, naming `file` and `what` (KEY=VALUE),
    // as a refusal, or with `force` as a warning; returns true when the edit may be kept.
    bool acceptsEdit(const QString &file, const QString &what, const QByteArray &before, const StoryDocument &doc,
                     bool force) const;
    // A key as a command was given it: a role name (title, date, published, topics, link...)
    // stands for the key the site binds that role to, unless the story has a key of that
    // very name or, in the story format, it is one of the format's keys (`provider`): plain
    // keys work as they always did. Nullopt when the role is not bound.
    struct Key
    {
        YamlPath path;
        std::optional<FieldRole> role;   // set when the key was a role's name
    };
    static std::optional<Key> resolveKey(const QString &typed, const YamlPath &parsed, const FieldMap &map, const YamlValue &frontMatter);

    // `file` (absolute, found under the folder `root`) as the user would write it: under the
    // folder path they typed, relative when they typed a relative one.
    static QString shownPath(const QString &typedFolder, const QDir &root, const QString &file);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_useIndex;
    QString m_fieldsFile;
    mutable QHash<QString, SiteFields> m_sites;   // by site root
    mutable QSet<QString> m_reported;             // site files whose problems were printed
};

} // namespace Storydesk
