#include "ProcessMemory.h"

#include <QtTest>
#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Sanitizers bring their own allocator; what glibc reports about its heap then says nothing.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RAS_ALLOCATOR_REPLACED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define RAS_ALLOCATOR_REPLACED 1
#endif

// The C library's handling of the large blocks a farm load allocates and frees.
class TestProcessMemory : public QObject
{
    Q_OBJECT

private slots:
    void largeBlocksStayMappedApartAfterALargerOneWasFreed();
};

namespace {

// A block the compiler cannot drop: every page written, as a body or a decoder buffer would be.
char *allocateTouched(std::size_t bytes)
{
    auto *block = static_cast<char *>(std::malloc(bytes));
    if (block)
        std::memset(block, 1, bytes);
    return block;
}

} // namespace

void TestProcessMemory::largeBlocksStayMappedApartAfterALargerOneWasFreed()
{
#if !defined(__GLIBC__)
    QSKIP("the threshold is tuned for glibc only");
#elif defined(RAS_ALLOCATOR_REPLACED)
    QSKIP("a sanitizer replaces the C library's allocator");
#else
    ProcessMemory::mapLargeBlocksApart();
    // A large answer is freed (glibc would now raise its threshold to this size)...
    char *answer = allocateTouched(24 * 1024 * 1024);
    QVERIFY(answer);
    std::free(answer);

    // ...and the next, smaller answer still gets a mapping of its own, which is gone once freed.
    const std::size_t mappedBefore = mallinfo2().hblkhd;
    const std::size_t size = 2 * ProcessMemory::kOwnMappingBytes;
    char *next = allocateTouched(size);
    QVERIFY(next);
    const std::size_t mappedWhileUsed = mallinfo2().hblkhd;
    std::free(next);
    QVERIFY2(mappedWhileUsed >= mappedBefore + size,
             qPrintable(QStringLiteral("%1 bytes were mapped apart before, %2 with the block").arg(mappedBefore).arg(mappedWhileUsed)));
    QCOMPARE(mallinfo2().hblkhd, mappedBefore);
#endif
}

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "tst_processmemory.moc"
