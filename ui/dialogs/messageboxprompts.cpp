#include "messageboxprompts.h"

#include "recoverydialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Storydesk {

namespace {

// How many files a message lists before "and N more": the box must fit on the screen.
constexpr qsizetype ListedFiles = 12;

QString fileList(const QStringList &paths)
{
    QStringList lines;
    for (qsizetype i = 0; i < paths.size() && i < ListedFiles; ++i)
        lines.append(QDir::toNativeSeparators(paths.at(i)));
    if (paths.size() > ListedFiles)
        lines.append(MessageBoxPrompts::tr("… and %1 more").arg(paths.size() - ListedFiles));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MessageBoxPrompts::MessageBoxPrompts(QWidget *parent)
    : m_parent(parent)
{
}

UserPrompts::ConflictChoice MessageBoxPrompts::askConflict(const QString &path)
{
    QMessageBox box(QMessageBox::Warning, tr("Story Changed on Disk"),
                    tr("“%1” was changed on disk after you started editing it.").arg(QFileInfo(path).fileName()),
                    QMessageBox::NoButton, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Reload shows the version on disk and drops your edits of this story.\n"
                              "Apply Mine on Top keeps the other changes and sets the fields you edited again, then saves."));
    box.setDetailedText(QDir::toNativeSeparators(path));
    QPushButton *mine = box.addButton(tr("Apply Mine on Top"), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(mine);
    box.exec();
    if (box.clickedButton() == mine)
        return ConflictChoice::ApplyMineOnTop;
    if (box.clickedButton() == reload)
        return ConflictChoice::Reload;
    return ConflictChoice::Cancel;
}

UserPrompts::RecoveryChoice MessageBoxPrompts::askRecovery(const QList<RecoveryEntry> &entries, const QStringList &problems)
{
    const QString folder = entries.isEmpty() ? QString() : entries.constFirst().folder;
    RecoveryDialog dialog(folder, entries, problems, m_parent);
    dialog.exec();
    return dialog.choice();
}

UserPrompts::UnsavedChoice MessageBoxPrompts::askUnsaved(const QStringList &paths)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), tr("Save your changes before closing the folder?"),
                    QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Stories with unsaved changes: %L1. Discarding them cannot be undone.").arg(paths.size()));
    box.setDetailedText(fileList(paths));
    box.setDefaultButton(QMessageBox::SaveAll);
    switch (box.exec()) {
    case QMessageBox::SaveAll: return UnsavedChoice::SaveAll;
    case QMessageBox::Discard: return UnsavedChoice::Discard;
    default: return UnsavedChoice::Cancel;
    }
}

bool MessageBoxPrompts::askSetUpMergeDriver(const QString &repository)
{
    QMessageBox box(QMessageBox::Question, tr("Set Up the Story Merge Driver?"),
                    tr("Let git merge stories field by field in this repository?"), QMessageBox::Yes | QMessageBox::No, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("When two editors change the same story, Storydesk then merges it key by key (topics as sets, "
                              "related entries by link): only the same field changed two ways is a conflict. This adds lines "
                              "to the repository's own info/attributes and a setting to its local config; nothing in the work "
                              "tree changes. `storydesk-cli git-setup` writes a .gitattributes to share with the team instead."));
    box.setDetailedText(QDir::toNativeSeparators(repository));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

void MessageBoxPrompts::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Storydesk
