# Windows citizenship of the three programs: icon, version resource and manifest (resources/windows/).
set(RAS_PUBLISHER "RAS Console project")

# ras_windows_program(TARGET DESCRIPTION): gives TARGET its resources on Windows; nothing elsewhere.
function(ras_windows_program target description)
    if(NOT WIN32)
        return()
    endif()
    set(RAS_PROGRAM_NAME ${target})
    set(RAS_PROGRAM_DESCRIPTION "${description}")
    set(RAS_ICON_PATH "${PROJECT_SOURCE_DIR}/resources/windows/ras-console.ico")
    set(RAS_MANIFEST_PATH "${PROJECT_SOURCE_DIR}/resources/windows/ras.manifest")
    set(rc "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
    configure_file("${PROJECT_SOURCE_DIR}/resources/windows/program.rc.in" "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}")
    if(MSVC)
        # The manifest comes from the .rc file; the linker must not add a second one.
        target_link_options(${target} PRIVATE /MANIFEST:NO)
    endif()
endfunction()
