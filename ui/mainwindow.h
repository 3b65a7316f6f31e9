#pragma once

#include <QMainWindow>

class QListWidget;

namespace Storydesk {

// The triage window: the story files of one site folder.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void openFolder(const QString &path);
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    QListWidget *m_list = nullptr;
};

} // namespace Storydesk
