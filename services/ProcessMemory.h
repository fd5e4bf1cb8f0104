#pragma once

// The C library's hold on memory the program has freed. glibc keeps what a thread freed in that
// thread's arena: after a large load decoded on worker threads, tens of MB stay mapped although no
// one uses them. Elsewhere (other C libraries, Windows) only the decoder's large buffers are freed.
namespace ProcessMemory {

// Frees the decoder's buffers for large answers, then hands freed memory back to the system where
// the C library allows it. Called once a large load is on screen.
void releaseFreed();

// Frees only the decoder's buffers for large answers (kept from one answer of a load to the next):
// called once every answer of a large load is decoded, before the tables fill.
void releaseDecodeBuffers();

} // namespace ProcessMemory
