#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Storydesk {

// The recovery journal's disk work, on its own thread so that writing never holds up typing:
// writes an entry durably (a temporary file, fdatasync, rename, then the folder synced) or
// removes it, in the order asked. Lives in RecoveryJournal's thread.
class RecoveryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryWriter)

public:
    explicit RecoveryWriter(QObject *parent = nullptr);

    void write(const QString &file, const QByteArray &bytes);
    void remove(const QString &file);

Q_SIGNALS:
    void written(const QString &file);
    void removed(const QString &file);
    void failed(const QString &file, const QString &error);
};

} // namespace Storydesk
