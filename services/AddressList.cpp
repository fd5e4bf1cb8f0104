#include "AddressList.h"

#include <QRegularExpression>

namespace AddressList {

QStringList split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]"));
    QStringList addresses = text.split(separators, Qt::SkipEmptyParts);
    for (auto &address : addresses)
        address = address.trimmed();
    addresses.removeAll(QString());
    return addresses;
}

QChar separatorOf(const QString &text)
{
    if (text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char(',')))
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QString join(const QStringList &addresses, QChar separator)
{
    return addresses.join(separator);
}

bool sameAddresses(const QString &a, const QString &b)
{
    return split(a) == split(b);
}

} // namespace AddressList
