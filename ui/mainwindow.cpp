#include "mainwindow.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QListWidget>

namespace Storydesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("storyList"));
    setCentralWidget(m_list);
    resize(1200, 800);
}

void MainWindow::openFolder(const QString &path)
{
    m_folder = QFileInfo(path).absoluteFilePath();
    setWindowTitle(tr("%1 — Storydesk").arg(QDir(m_folder).dirName()));
    m_list->clear();
    QDirIterator it(m_folder, {QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.txt")},
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(QDir(m_folder).relativeFilePath(it.next()));
    files.sort();
    m_list->addItems(files);
}

} // namespace Storydesk
