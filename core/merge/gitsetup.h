#pragma once

#include <QString>
#include <QStringList>

namespace Storydesk {

// Registers storydesk-cli as the merge driver of the story files of the repository that
// holds a site folder: `merge=storydesk` lines in the repository's .gitattributes (scoped
// to the site folder when it is a subfolder) and merge.storydesk.name / .driver in the
// repository's local config. Running it again changes nothing.
class GitSetup
{
public:
    struct Result
    {
        bool ok = false;
        QStringList changes;   // what was changed, one line each; empty when all was in place
        QString error;
    };

    // `cliPath`: the storydesk-cli git is to run (absolute).
    static Result run(const QString &siteFolder, const QString &cliPath);

    // The .gitattributes lines for a site folder at `sitePrefix` ("" for the repository's
    // top, else a relative path with `/`).
    static QStringList attributeLines(const QString &sitePrefix);
    // The merge.storydesk.driver value: git fills in %O (base), %A (ours, where the result
    // goes), %B (theirs), %L (the marker size) and %P (the story's path, quoted), and runs
    // it through the shell.
    static QString driverCommand(const QString &cliPath);
};

} // namespace Storydesk
