#include "testhttpserver.h"

#include <QTcpSocket>

namespace Storydesk {

namespace {

QByteArray statusLine(int status)
{
    switch (status) {
    case 200: return "200 OK";
    case 301: return "301 Moved Permanently";
    case 302: return "302 Found";
    case 404: return "404 Not Found";
    default: return QByteArray::number(status) + " Status";
    }
}

QByteArray head(const TestHttpServer::Response &response, qint64 length, bool announceLength)
{
    QByteArray out = "HTTP/1.1 " + statusLine(response.status) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (announceLength)
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    return out + "\r\n";
}

constexpr qint64 ChunkBytes = 64 * 1024;

} // namespace

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void TestHttpServer::route(const QString &path, const Response &response)
{
    m_routes.insert(path, response);
}

void TestHttpServer::routeBody(const QString &path, const QByteArray &contentType, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    Response response;
    response.body = body;
    response.headers = extraHeaders;
    response.headers.append({"Content-Type", contentType});
    route(path, response);
}

void TestHttpServer::routeRedirect(const QString &path, const QString &location, int status)
{
    Response response;
    response.status = status;
    response.headers.append({"Location", location.toUtf8()});
    route(path, response);
}

int TestHttpServer::totalHits() const
{
    int total = 0;
    for (const int hits : m_hits)
        total += hits;
    return total;
}

void TestHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("served").toBool())
                return;
            const QByteArray request = socket->peek(socket->bytesAvailable());
            if (!request.contains("\r\n\r\n"))
                return;
            socket->setProperty("served", true);
            const QList<QByteArray> words = request.left(request.indexOf("\r\n")).split(' ');
            serve(socket, QString::fromLatin1(words.value(1)));
        });
    }
}

void TestHttpServer::serve(QTcpSocket *socket, const QString &path)
{
    ++m_hits[path];
    const auto it = m_routes.constFind(path);
    if (it == m_routes.cend()) {
        Response missing;
        missing.status = 404;
        missing.body = "not here";
        socket->write(head(missing, missing.body.size(), true) + missing.body);
        socket->disconnectFromHost();
        return;
    }
    const Response response = *it;
    switch (response.mode) {
    case Response::Mode::Complete:
        socket->write(head(response, response.body.size(), true) + response.body);
        m_sent[path] += response.body.size();
        socket->disconnectFromHost();
        return;
    case Response::Mode::Silent:
        return;
    case Response::Mode::Stream:
        socket->write(head(response, response.streamBytes, response.announceLength));
        // More only once the client has taken what was written: the count then says how far
        // the client read before it hung up, not how much sat in our buffer.
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket, path, response] {
            if (socket->bytesToWrite() == 0)
                streamMore(socket, path, response);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, path, response] {
            if (m_sent.value(path) < response.streamBytes)
                m_closedEarly[path] = true;
        });
        return;
    }
}

void TestHttpServer::streamMore(QTcpSocket *socket, const QString &path, const Response &response)
{
    const qint64 left = response.streamBytes - m_sent.value(path);
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (left <= 0) {
        socket->disconnectFromHost();
        return;
    }
    const qint64 chunk = qMin(left, ChunkBytes);
    m_sent[path] += chunk;
    socket->write(QByteArray(chunk, 'x'));
}

} // namespace Storydesk
