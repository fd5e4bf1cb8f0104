#pragma once

#include <QString>
#include <optional>

// Reads a password from the controlling terminal without echoing it.
namespace PasswordPrompt {

bool stdinIsTerminal();
// nullopt when there is no terminal to ask on.
std::optional<QString> ask(const QString &prompt);
// The first line of standard input (for --password-stdin), without its line break.
QString readStdinLine();

} // namespace PasswordPrompt
