#include "RequestLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

RequestLog::RequestLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(10, capacity))
{
}

void RequestLog::add(RequestLogEntry entry)
{
    if (m_entries.size() >= m_capacity) {
        const int drop = m_capacity / 10;
        m_entries.remove(0, drop);
        emit entriesRemoved(drop);
    }
    m_entries.append(std::move(entry));
    emit entryAdded(static_cast<int>(m_entries.size()) - 1);
}

void RequestLog::clear()
{
    m_entries.clear();
    emit cleared();
}

QString RequestLog::redactQuery(const QString &pathWithQuery)
{
    const int question = static_cast<int>(pathWithQuery.indexOf(QLatin1Char('?')));
    if (question < 0)
        return pathWithQuery;
    QUrlQuery query(pathWithQuery.mid(question + 1));
    auto items = query.queryItems(QUrl::FullyDecoded);
    for (auto &item : items) {
        if (item.first.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            item.second = QStringLiteral("***");
    }
    QUrlQuery redacted;
    redacted.setQueryItems(items);
    return pathWithQuery.left(question + 1) + redacted.toString(QUrl::FullyEncoded);
}

QByteArray RequestLog::redactLogonBody(const QByteArray &body)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.contains(QLatin1String("password")))
        object.insert(QStringLiteral("password"), QStringLiteral("$RAS_PASSWORD"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString RequestLog::curlCommand(const RequestLogEntry &entry, const QUrl &baseUrl)
{
    const bool logon = entry.path.contains(QLatin1String("Session/logon"), Qt::CaseInsensitive);
    QString command = QStringLiteral("curl -sS");
    if (entry.method != QLatin1String("GET"))
        command += QStringLiteral(" -X ") + entry.method;
    command += QStringLiteral(" '") + baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + QLatin1Char('/')
               + entry.path + QLatin1Char('\'');
    command += QStringLiteral(" -H 'Content-Type: application/json; api-version=1.0'");
    if (!logon)
        command += QStringLiteral(" -H \"auth_token: $RAS_TOKEN\"");
    if (!entry.body.isEmpty()) {
        QString body = QString::fromUtf8(entry.body);
        if (logon) {
            // Double quotes so the shell expands $RAS_PASSWORD.
            body.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
            command += QStringLiteral(" --data \"") + body + QLatin1Char('"');
        } else {
            body.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            command += QStringLiteral(" --data '") + body + QLatin1Char('\'');
        }
    }
    return command;
}
