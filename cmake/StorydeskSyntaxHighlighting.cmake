# Which highlighter the source view uses: KDE's KSyntaxHighlighting when a Qt 6 build of it
# is found (KF6, or a KF5 5.x built with QT_MAJOR_VERSION=6), else the built-in one.
# STORYDESK_SYNTAX_HIGHLIGHTING: AUTO (default) uses it when found, ON requires it, OFF
# never looks. Sets:
#   STORYDESK_KSYNTAXHIGHLIGHTING_TARGET  the imported target to link, empty for built-in
#   STORYDESK_KSYNTAXHIGHLIGHTING_MAJOR   5 or 6 (its API differs a little)
#   STORYDESK_HIGHLIGHTER                 what the About box and --version say

set(STORYDESK_SYNTAX_HIGHLIGHTING AUTO CACHE STRING
    "Highlight the source view with KDE's KSyntaxHighlighting: AUTO (when found), ON (required) or OFF (built-in)")
set_property(CACHE STORYDESK_SYNTAX_HIGHLIGHTING PROPERTY STRINGS AUTO ON OFF)
string(TOUPPER "${STORYDESK_SYNTAX_HIGHLIGHTING}" _storydesk_ksh_mode)
if(NOT _storydesk_ksh_mode MATCHES "^(AUTO|ON|OFF)$")
    message(FATAL_ERROR "STORYDESK_SYNTAX_HIGHLIGHTING must be AUTO, ON or OFF, not '${STORYDESK_SYNTAX_HIGHLIGHTING}'")
endif()

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
        # libkf5syntaxhighlighting-dev) cannot be linked into a Qt 6 program. Its config
        # loads Qt 5's packages, whose Qt:: targets do not replace Qt 6's (they check).
        find_package(KF5SyntaxHighlighting CONFIG QUIET)
        if(KF5SyntaxHighlighting_FOUND AND TARGET KF5::SyntaxHighlighting)
            get_target_property(_storydesk_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
            if("${_storydesk_ksh_links}" MATCHES "Qt6::")
                set(STORYDESK_KSYNTAXHIGHLIGHTING_TARGET KF5::SyntaxHighlighting)
                set(STORYDESK_KSYNTAXHIGHLIGHTING_MAJOR 5)
                set(STORYDESK_HIGHLIGHTER "KSyntaxHighlighting ${KF5SyntaxHighlighting_VERSION}")
            else()
                string(APPEND _storydesk_ksh_why "; KF5SyntaxHighlighting ${KF5SyntaxHighlighting_VERSION} "
                    "in ${KF5SyntaxHighlighting_DIR} is built against Qt 5 (it links ${_storydesk_ksh_links}), "
                    "not Qt 6, so it cannot be used")
            endif()
        elseif(KF5SyntaxHighlighting_DIR)
            string(APPEND _storydesk_ksh_why "; KF5SyntaxHighlighting in ${KF5SyntaxHighlighting_DIR} "
                "could not be loaded (its dependencies are missing)")
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
