# Which highlighter the source view uses: KDE's KSyntaxHighlighting when a Qt 6 build of it
# is found (KF6, or a KF5 5.x built with QT_MAJOR_VERSION=6), else the built-in one.
# STORYDESK_SYNTAX_HIGHLIGHTING: AUTO (default) uses it when found, ON requires it, OFF
# never looks. Sets:
#   STORYDESK_KSYNTAXHIGHLIGHTING_TARGET  the imported target to link, empty for built-in
#   STORYDESK_KSYNTAXHIGHLIGHTING_MAJOR   5 or 6 (0 for built-in)
#   STORYDESK_HIGHLIGHTER                 what the About box and --version say

set(STORYDESK_SYNTAX_HIGHLIGHTING AUTO CACHE STRING
    "Highlight the source view with KDE's KSyntaxHighlighting: AUTO (when found), ON (required) or OFF (built-in)")
set_property(CACHE STORYDESK_SYNTAX_HIGHLIGHTING PROPERTY STRINGS AUTO ON OFF)
string(TOUPPER "${STORYDESK_SYNTAX_HIGHLIGHTING}" _storydesk_ksh_mode)
if(NOT _storydesk_ksh_mode MATCHES "^(AUTO|ON|OFF)$")
    message(FATAL_ERROR "STORYDESK_SYNTAX_HIGHLIGHTING must be AUTO, ON or OFF, not '${STORYDESK_SYNTAX_HIGHLIGHTING}'")
endif()

# The folder of KF5SyntaxHighlighting's CMake package, found without loading it: loading a
# Qt 5 build's package would load Qt 5's packages too, whose versionless functions
# (qt_add_resources) would then stand in for Qt 6's.
function(_storydesk_find_kf5_package out)
    if(KF5SyntaxHighlighting_DIR AND EXISTS "${KF5SyntaxHighlighting_DIR}/KF5SyntaxHighlightingConfig.cmake")
        set(${out} "${KF5SyntaxHighlighting_DIR}" PARENT_SCOPE)
        return()
    endif()
    set(prefixes ${CMAKE_PREFIX_PATH})
    if(DEFINED ENV{CMAKE_PREFIX_PATH})
        string(REPLACE ":" ";" from_environment "$ENV{CMAKE_PREFIX_PATH}")
        list(APPEND prefixes ${from_environment})
    endif()
    list(APPEND prefixes ${CMAKE_SYSTEM_PREFIX_PATH})
    find_file(config KF5SyntaxHighlightingConfig.cmake
        PATHS ${prefixes}
        PATH_SUFFIXES lib/${CMAKE_LIBRARY_ARCHITECTURE}/cmake/KF5SyntaxHighlighting lib64/cmake/KF5SyntaxHighlighting
                      lib/cmake/KF5SyntaxHighlighting
        NO_DEFAULT_PATH NO_CACHE)
    if(config)
        get_filename_component(folder "${config}" DIRECTORY)
        set(${out} "${folder}" PARENT_SCOPE)
    else()
        set(${out} "" PARENT_SCOPE)
    endif()
endfunction()

set(STORYDESK_KSYNTAXHIGHLIGHTING_TARGET "")
set(STORYDESK_KSYNTAXHIGHLIGHTING_MAJOR 0)
set(STORYDESK_HIGHLIGHTER "built-in")
set(_storydesk_ksh_why "")

if(NOT _storydesk_ksh_mode STREQUAL "OFF")
    find_package(KF6SyntaxHighlighting CONFIG QUIET)
    if(KF6SyntaxHighlighting_FOUND AND TARGET KF6::SyntaxHighlighting)
        set(STORYDESK_KSYNTAXHIGHLIGHTING_TARGET KF6::SyntaxHighlighting)
        set(STORYDESK_KSYNTAXHIGHLIGHTING_MAJOR 6)
        set(STORYDESK_HIGHLIGHTER "KSyntaxHighlighting ${KF6SyntaxHighlighting_VERSION}")
    else()
        set(_storydesk_ksh_why "KF6SyntaxHighlighting was not found")
        # KF5's package only if it was built against Qt 6: a Qt 5 build (Debian 12's
        # libkf5syntaxhighlighting-dev) cannot be linked into a Qt 6 program.
        _storydesk_find_kf5_package(_storydesk_kf5_dir)
        if(_storydesk_kf5_dir)
            set(_storydesk_kf5_version "")
            if(EXISTS "${_storydesk_kf5_dir}/KF5SyntaxHighlightingConfigVersion.cmake")
                file(STRINGS "${_storydesk_kf5_dir}/KF5SyntaxHighlightingConfigVersion.cmake" _storydesk_kf5_version
                     REGEX "^set\\(PACKAGE_VERSION \"[0-9.]+\"\\)")
                string(REGEX REPLACE ".*\"([^\"]*)\".*" "\\1" _storydesk_kf5_version "${_storydesk_kf5_version}")
            endif()
            # What the package's target links, as its targets file states it.
            set(_storydesk_kf5_links "")
            if(EXISTS "${_storydesk_kf5_dir}/KF5SyntaxHighlightingTargets.cmake")
                file(STRINGS "${_storydesk_kf5_dir}/KF5SyntaxHighlightingTargets.cmake" _storydesk_kf5_links
                     REGEX "INTERFACE_LINK_LIBRARIES")
            endif()
            if(_storydesk_kf5_links MATCHES "Qt6::")
                find_package(KF5SyntaxHighlighting CONFIG QUIET PATHS "${_storydesk_kf5_dir}" NO_DEFAULT_PATH)
                if(KF5SyntaxHighlighting_FOUND AND TARGET KF5::SyntaxHighlighting)
                    get_target_property(_storydesk_kf5_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
                endif()
            endif()
            if(TARGET KF5::SyntaxHighlighting AND "${_storydesk_kf5_links}" MATCHES "Qt6::")
                set(STORYDESK_KSYNTAXHIGHLIGHTING_TARGET KF5::SyntaxHighlighting)
                set(STORYDESK_KSYNTAXHIGHLIGHTING_MAJOR 5)
                set(STORYDESK_HIGHLIGHTER "KSyntaxHighlighting ${KF5SyntaxHighlighting_VERSION}")
            elseif(_storydesk_kf5_links MATCHES "Qt5::")
                string(APPEND _storydesk_ksh_why "; KF5SyntaxHighlighting ${_storydesk_kf5_version} in ${_storydesk_kf5_dir} "
                       "is built against Qt 5, not Qt 6, so it cannot be used (build KSyntaxHighlighting with "
                       "-DQT_MAJOR_VERSION=6 and point CMAKE_PREFIX_PATH at it)")
            else()
                string(APPEND _storydesk_ksh_why "; KF5SyntaxHighlighting in ${_storydesk_kf5_dir} could not be used")
            endif()
        endif()
    endif()
endif()

if(STORYDESK_KSYNTAXHIGHLIGHTING_TARGET)
    message(STATUS "Source view highlighter: ${STORYDESK_HIGHLIGHTER} (${STORYDESK_KSYNTAXHIGHLIGHTING_TARGET})")
    # A KSyntaxHighlighting outside the system's library folders (built locally into a
    # prefix) must be found by the installed binaries too: keep its folder in their RUNPATH.
    # Folders the linker searches anyway are never added, so a system KF6 adds nothing.
    set(CMAKE_INSTALL_RPATH_USE_LINK_PATH ON)
elseif(_storydesk_ksh_mode STREQUAL "ON")
    message(FATAL_ERROR "STORYDESK_SYNTAX_HIGHLIGHTING is ON but no Qt 6 KSyntaxHighlighting was found: ${_storydesk_ksh_why}. "
        "Point CMAKE_PREFIX_PATH at a KF6 (or Qt 6 KF5) SyntaxHighlighting, or use AUTO or OFF for the built-in highlighter.")
elseif(_storydesk_ksh_mode STREQUAL "OFF")
    message(STATUS "Source view highlighter: built-in (STORYDESK_SYNTAX_HIGHLIGHTING is OFF)")
else()
    message(STATUS "Source view highlighter: built-in (${_storydesk_ksh_why})")
endif()
