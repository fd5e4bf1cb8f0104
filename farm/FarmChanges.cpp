#include "FarmChanges.h"

#include <QLocale>
#include <QStringList>

QString FarmChanges::summary() const
{
    QStringList sentences;
    if (brokers.total() > 0)
        sentences << tr("Connection Brokers changed on the server: %Ln.", "found by the configuration refresh", brokers.total());
    if (gateways.total() > 0)
        sentences << tr("Secure Gateways changed on the server: %Ln.", "found by the configuration refresh", gateways.total());
    if (policies.total() > 0)
        sentences << tr("Client policies changed on the server: %Ln.", "found by the configuration refresh", policies.total());
    return sentences.join(QLatin1Char(' '));
}

QString FarmChanges::details() const
{
    QStringList sentences;
    const QString time = QLocale().toString(when.time(), QLocale::ShortFormat);
    sentences << tr("The configuration refresh at %1 found changes made outside this console.").arg(time);
    if (brokers.total() > 0)
        sentences << tr("Connection Brokers: %1 added, %2 changed, %3 removed.")
                         .arg(brokers.added)
                         .arg(brokers.changed)
                         .arg(brokers.removed);
    if (gateways.total() > 0)
        sentences << tr("Secure Gateways: %1 added, %2 changed, %3 removed.")
                         .arg(gateways.added)
                         .arg(gateways.changed)
                         .arg(gateways.removed);
    if (policies.total() > 0)
        sentences << tr("Client policies: %1 added, %2 changed, %3 removed.")
                         .arg(policies.added)
                         .arg(policies.changed)
                         .arg(policies.removed);
    return sentences.join(QLatin1Char('\n'));
}
