# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (POSIX-threads variant, which Qt needs for
# std::thread and std::mutex). Used for Qt itself and for the project (the `windows` preset).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(RAS_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER   ${RAS_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${RAS_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER  ${RAS_MINGW_TRIPLET}-windres)
set(CMAKE_AR           ${RAS_MINGW_TRIPLET}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB       ${RAS_MINGW_TRIPLET}-gcc-ranlib-posix CACHE FILEPATH "")

# Look for libraries and headers only in the cross prefixes (Qt's and the MinGW sysroot), never in the
# Linux host's /usr; programs (moc, rcc, …) come from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${RAS_MINGW_TRIPLET} ${CMAKE_PREFIX_PATH})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
