#pragma once

#include <QString>
#include <QStringList>

namespace Storydesk {

// Registers storydesk-cli as the merge driver of the story files of the repository that
// holds a site folder: `merge=storydesk` lines (scoped to the site folder when it is a
// subfolder) and merge.storydesk.name / .driver in the repository's local config. Running
// it again changes nothing.
class GitSetup
{
public:
    struct Result
    {
        bool ok = false;
        QStringList changes;   // what was changed, one line each; empty when all was in place
        QString error;
    };

    // Where the attribute lines go.
    enum class Attributes {
        Shared,   // .gitattributes at the top of the work tree, to be committed for the team
        Local,    // the repository's own info/attributes: nothing in the work tree changes,
                  // so a set-up right before a pull cannot leave a file that blocks it
    };

    // `cliPath`: the storydesk-cli git is to run (absolute).
    static Result run(const QString &siteFolder, const QString &cliPath, Attributes where = Attributes::Shared);

    // The .gitattributes lines for a site folder at `sitePrefix` ("" for the repository's
    // top, else a relative path with `/`).
    static QStringList attributeLines(const QString &sitePrefix);
    // The merge.storydesk.driver value: git fills in %O (base), %A (ours, where the result
    // goes), %B (theirs), %L (the marker size) and %P (the story's path, quoted), and runs
    // it through the shell.
    static QString driverCommand(const QString &cliPath);
};

} // namespace Storydesk
