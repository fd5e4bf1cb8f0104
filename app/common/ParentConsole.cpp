#include "ParentConsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace ParentConsole {

void attach()
{
#ifdef Q_OS_WIN
    // Redirected handles (a file, a pipe) are already usable: leave them alone.
    const auto usable = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle != nullptr && handle != INVALID_HANDLE_VALUE;
    };
    const bool haveOut = usable(STD_OUTPUT_HANDLE);
    const bool haveErr = usable(STD_ERROR_HANDLE);
    if ((haveOut && haveErr) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *ignored = nullptr;
    if (!haveOut)
        freopen_s(&ignored, "CONOUT$", "w", stdout);
    if (!haveErr)
        freopen_s(&ignored, "CONOUT$", "w", stderr);
#endif
}

} // namespace ParentConsole
