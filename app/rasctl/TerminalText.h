#pragma once

#include <QString>

// Text from a server, made safe to print on a terminal. A RAS server is trusted with the farm, not
// with the administrator's terminal: ESC and OSC sequences could forge table rows or retitle the
// window, CR could overwrite a line, and NUL would silently end the output.
namespace TerminalText {

// Control characters (C0, DEL, C1) and bidirectional overrides shown as visible escapes:
// "\e", "\r", "\n", "\t", "\0", "\x9b", "\u202e". Everything else unchanged.
QString escaped(const QString &text);

// escaped(), and cut visibly after maxChars characters.
QString message(const QString &text, int maxChars = 2000);

} // namespace TerminalText
