#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

// A list of addresses kept in one text field, such as a broker's alternativeIPs. The REST schema
// separates them with commas, RAS consoles of some versions show semicolons, and a server may hold
// either: both are read, and a list is written back with the separator the server already used, so
// an unchanged list is also an unchanged string.
namespace AddressList {

// The addresses in text, empty entries dropped; commas, semicolons and spaces all separate.
QStringList split(const QString &text);
// The separator text already uses: ';' when it has semicolons and no commas, else ',' (the schema's).
QChar separatorOf(const QString &text);
// addresses joined with separator, no spaces.
QString join(const QStringList &addresses, QChar separator);
// True when both texts hold the same addresses in the same order, whatever their separators and spaces.
bool sameAddresses(const QString &a, const QString &b);

} // namespace AddressList
