# One INTERFACE target that every library, program and test links: warnings and Qt's strict defines
# apply to the whole code base in one place.
add_library(ras_common INTERFACE)
target_compile_definitions(ras_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(MSVC)
    target_compile_options(ras_common INTERFACE /W4 /permissive- /Zc:__cplusplus /utf-8)
    if(RAS_WARNINGS_AS_ERRORS)
        target_compile_options(ras_common INTERFACE /WX)
    endif()
else()
    target_compile_options(ras_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(RAS_WARNINGS_AS_ERRORS)
        target_compile_options(ras_common INTERFACE -Werror)
    endif()
endif()
if(WIN32)
    # Unicode Win32 API (the W functions), and no min/max macros from windows.h breaking std::min.
    target_compile_definitions(ras_common INTERFACE UNICODE _UNICODE NOMINMAX WIN32_LEAN_AND_MEAN)
endif()
if(RAS_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "RAS_FUZZ needs clang (libFuzzer): use the asan or fuzz preset")
endif()
if(RAS_SANITIZERS OR RAS_FUZZ)
    target_compile_options(ras_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(ras_common INTERFACE -fsanitize=address,undefined)
endif()

# add_ras_test(NAME SOURCES... LIBS...): one QtTest executable per class, run offscreen by ctest.
function(add_ras_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    target_link_libraries(${name} PRIVATE ras_common Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        RAS_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        RAS_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.network.ssl.warning=false"
        TIMEOUT 300)
endfunction()
