#pragma once

// Keeps secrets held in memory (the password until log-on, the session token) out of core dumps
// and away from other processes of the same user: on Linux the process is made non-dumpable, which
// also closes /proc/PID/mem and ptrace to non-root processes. Elsewhere it does nothing.
namespace ProcessHardening {

// True when the process is now non-dumpable (always false where the platform has no such notion).
bool makeNonDumpable();

} // namespace ProcessHardening
