#pragma once

// The C library's hold on memory the program has freed. glibc keeps what a thread freed in that
// thread's arena: after a large load decoded on worker threads, tens of MB stay mapped although no
// one uses them. Elsewhere (other C libraries, Windows) this does nothing.
namespace ProcessMemory {

// Hands freed memory back to the system, where the C library allows it.
void releaseFreed();

} // namespace ProcessMemory
