#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QString>

// A deliberately plain HTTP client for emulator tests: it sends exactly the bytes it is given so
// the tests can replay the official transcripts (and hostile variants) without the product's
// client core in between. It waits for each answer, which only tests may do.
struct ProbeReply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

class ApiProbe
{
public:
    explicit ApiProbe(const QString &baseUrl);

    ProbeReply send(const QByteArray &method, const QString &path, const QByteArray &body = {}, bool withToken = true,
                    int timeoutMs = 10000);
    bool logon(const QString &user, const QString &password);

    void trustCertificate(const QString &pemPath);
    QByteArray token;
    QNetworkAccessManager manager;

private:
    QString m_baseUrl;
    QSslConfiguration m_ssl;
};

// Reads a file from tests/data.
QByteArray testData(const QString &name);
