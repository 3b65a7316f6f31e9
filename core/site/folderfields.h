#pragma once

#include "fielddetector.h"
#include "sitefields.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace Storydesk {

// The field map a folder opens with, without waiting for detection: the detection
// remembered from the folder's last open (RememberedDetection), under the site's site.yaml
// and the override, while a fresh detection checks it on a worker thread once asked to
// (after the first rows have shown, so it never competes with them). A folder opened for the
// first time is detected at once, as it always was. For StoryStore.
class FolderFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderFields)

public:
    struct Request
    {
        QString folder;               // absolute, clean
        QString memoryDirectory;      // where detections are remembered; empty: none is
        QString overrideFile;         // a site.yaml-format file over the site's own (--fields)
        std::optional<FieldMap> map;  // a map that replaces whatever was found (setFieldMap)
    };

    explicit FolderFields(QObject *parent = nullptr);
    ~FolderFields() override;   // waits for the check in flight, whose result is dropped

    // Finds what `request.folder` opens with, now (fields()). Drops the check of the folder
    // opened before; with a remembered detection, a check of it is pending until
    // startCheck(). `generation` (the caller's count of opens) comes back with mapChanged().
    void open(const Request &request, quint64 generation);
    const SiteFields &fields() const { return m_fields; }
    // Starts the pending check, if any, on the worker thread.
    void startCheck();
    // Drops the pending or running check: its result never arrives.
    void cancel();
    bool isChecking() const { return m_checking; }

Q_SIGNALS:
    // A fresh detection of the folder opened as `generation` maps it otherwise than the
    // remembered one did: what was read with fields() must be read again. An open() of the
    // same folder from a slot of this signal takes the fresh detection, with no check of its
    // own. (A fresh detection that maps the folder alike only updates fields()' details.)
    // The remembered file is up to date either way.
    void mapChanged(quint64 generation);

private:
    struct Checked
    {
        quint64 generation = 0;
        FieldDetector::Result detected;
        SiteFields fields;
    };
    static SiteFields compose(const Request &request, const QString &siteRoot, const FieldDetector::Result &detected);
    void finishCheck(const Checked &result);

    QThreadPool m_pool;                  // one thread: detections and writes of remembered files, in order
    std::atomic<quint64> m_current{0};   // the generation whose check may still arrive; 0: none
    Request m_request;
    QString m_siteRoot;
    SiteFields m_fields;
    std::optional<FieldDetector::Result> m_pendingCheck;   // the remembered detection to check
    std::optional<FieldDetector::Result> m_adopt;          // a fresh detection, while checked() is emitted
    bool m_checking = false;
};

} // namespace Storydesk
