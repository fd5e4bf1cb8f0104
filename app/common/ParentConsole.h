#pragma once

// A windowed (GUI-subsystem) Windows program starts without a console, so what it prints for
// --help, --version or --exit-after-load would vanish when run from cmd.exe or PowerShell without a
// redirection. ParentConsole::attach() connects stdout and stderr to the console of the shell that started
// the program, if there is one and they are not already redirected. It does nothing on other systems.
namespace ParentConsole {
void attach();
}
