#pragma once

#include <cstddef>

// The C library's hold on memory the program has freed. glibc keeps what a thread freed in that
// thread's arena: after a large load decoded on worker threads, tens of MB stay mapped although no
// one uses them. Elsewhere (other C libraries, Windows) only the decoder's large buffers are freed
// and mapLargeBlocksApart does nothing.
namespace ProcessMemory {

// Blocks of at least this size get a mapping of their own, returned to the system when freed.
constexpr std::size_t kOwnMappingBytes = 1024 * 1024;

// Called once at start by a program that loads large farms. glibc serves a block of 128 KB or more
// from a mapping of its own, but every time such a block is freed it raises that threshold to the
// block's size (up to 32 MB). After the first answer of a load, the next answers' bodies, the
// decoder's buffers and the growing record lists therefore come from the heaps of the threads that
// allocate them, where what is freed stays resident between the blocks still in use: tens of MB at
// 10,000 objects, more than the farm's records themselves. With the threshold fixed, every block of
// kOwnMappingBytes or more is mapped apart and goes back as soon as it is freed (a growing list is
// moved by remapping its pages, not by copying them). Does nothing with other C libraries.
void mapLargeBlocksApart();

// Frees the decoder's buffers for large answers, then hands freed memory back to the system where
// the C library allows it. Called once a large load is on screen.
void releaseFreed();

// Frees only the decoder's buffers for large answers (kept from one answer of a load to the next):
// called once every answer of a large load is decoded, before the tables fill.
void releaseDecodeBuffers();

} // namespace ProcessMemory
