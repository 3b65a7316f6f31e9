#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Storydesk {

// A tiny HTTP/1.1 server on 127.0.0.1 for the image tests: fixed answers by path,
// answers that never come, and bodies sent slowly, with counts of what was asked for
// and how much was sent before the client hung up. One request per connection.
class TestHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHttpServer)

public:
    struct Response
    {
        enum class Mode {
            Complete,   // status, headers and body at once
            Silent,     // read the request, never answer
            Stream,     // headers, then the body in chunks as the client takes them
        };
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Complete;
        qint64 streamBytes = 0;         // Stream: how many bytes to send in all
        bool announceLength = true;     // Stream: send Content-Length
    };

    explicit TestHttpServer(QObject *parent = nullptr);

    QUrl url(const QString &path) const;
    void route(const QString &path, const Response &response);
    void routeBody(const QString &path, const QByteArray &contentType, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void routeRedirect(const QString &path, const QString &location, int status = 302);

    int hits(const QString &path) const { return m_hits.value(path); }
    int totalHits() const;
    qint64 bytesSent(const QString &path) const { return m_sent.value(path); }
    // Whether the client closed a Stream connection before the whole body was sent.
    bool closedEarly(const QString &path) const { return m_closedEarly.value(path); }

private:
    void accept();
    void serve(QTcpSocket *socket, const QString &path);
    void streamMore(QTcpSocket *socket, const QString &path, const Response &response);

    QTcpServer m_server;
    QHash<QString, Response> m_routes;
    QHash<QString, int> m_hits;
    QHash<QString, qint64> m_sent;
    QHash<QString, bool> m_closedEarly;
};

} // namespace Storydesk
