#include "TerminalText.h"

namespace TerminalText {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

} // namespace

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && !isBidiControl(c)) {
            out += ch;
            continue;
        }
        switch (c) {
        case 0x1B: out += QLatin1String("\\e"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case 0: out += QLatin1String("\\0"); break;
        default:
            if (c <= 0xFF)
                out += QStringLiteral("\\x%1").arg(static_cast<int>(c), 2, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\u%1").arg(static_cast<int>(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString message(const QString &text, int maxChars)
{
    const QString safe = escaped(text);
    if (safe.size() <= maxChars)
        return safe;
    return safe.left(maxChars) + QStringLiteral("... [cut: %1 characters in all]").arg(safe.size());
}

} // namespace TerminalText
