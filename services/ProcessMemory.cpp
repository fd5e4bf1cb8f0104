#include "ProcessMemory.h"

#include "JsonParserPool.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ProcessMemory {

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
