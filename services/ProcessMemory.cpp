#include "ProcessMemory.h"

#include "JsonParserPool.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ProcessMemory {

void mapLargeBlocksApart()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(kOwnMappingBytes));
#endif
}

void releaseDecodeBuffers()
{
    JsonParserPool::releaseLargeBuffers();
}

void releaseFreed()
{
    releaseDecodeBuffers();
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace ProcessMemory
