# cmake -DROOT=<source tree> -DQT_WIDGETS_DIR=<QtWidgets include folder> -P checktree.cmake
#
# Fails, listing every offence, when the tree under ROOT breaks a rule of its shape that
# the folder libraries' include paths cannot enforce on their own:
#   - a folder directly under core/ or ui/ holds more than 16 .cpp/.h files;
#   - a .cpp of core/, ui/ or app/ is over 800 lines;
#   - a file of core/ includes a QtWidgets header (<QWidget>, or <QtWidgets/QWidget>, which
#     the Qt include folder every Qt target adds would let through);
#   - a file of core/ or ui/ includes by a relative path ("../store/storystore.h"), which
#     reaches past the include paths the folder's library declares.
cmake_minimum_required(VERSION 3.25)

if(NOT IS_DIRECTORY "${ROOT}" OR NOT IS_DIRECTORY "${QT_WIDGETS_DIR}")
    message(FATAL_ERROR "usage: cmake -DROOT=<tree> -DQT_WIDGETS_DIR=<QtWidgets include folder> -P checktree.cmake")
endif()

set(maxFiles 16)
set(maxLines 800)
set(offences "")

# Every header name QtWidgets installs: QWidget, qwidget.h, QtWidgets...
file(GLOB widgetHeaders RELATIVE "${QT_WIDGETS_DIR}" "${QT_WIDGETS_DIR}/*")

foreach(top core ui)
    file(GLOB folders LIST_DIRECTORIES true "${ROOT}/${top}/*")
    foreach(folder IN LISTS folders)
        if(NOT IS_DIRECTORY "${folder}")
            continue()
        endif()
        file(GLOB files "${folder}/*.cpp" "${folder}/*.h")
        list(LENGTH files count)
        if(count GREATER maxFiles)
            file(RELATIVE_PATH name "${ROOT}" "${folder}")
            string(APPEND offences "  ${name} holds ${count} .cpp/.h files (at most ${maxFiles})\n")
        endif()
    endforeach()
endforeach()

file(GLOB_RECURSE sources "${ROOT}/core/*.cpp" "${ROOT}/ui/*.cpp" "${ROOT}/app/*.cpp")
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    string(REGEX MATCHALL "\n" newlines "${text}")
    list(LENGTH newlines lines)
    if(lines GREATER maxLines)
        file(RELATIVE_PATH name "${ROOT}" "${source}")
        string(APPEND offences "  ${name} has ${lines} lines (at most ${maxLines})\n")
    endif()
endforeach()

file(GLOB_RECURSE files "${ROOT}/core/*.cpp" "${ROOT}/core/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h")
foreach(file IN LISTS files)
    file(RELATIVE_PATH name "${ROOT}" "${file}")
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*$" "\\1" header "${line}")
        if(header MATCHES "^\\.\\.?/")
            string(APPEND offences "  ${name} includes by a relative path: ${header}\n")
        endif()
        if(name MATCHES "^core/")
            if(header MATCHES "^QtWidgets/" OR header IN_LIST widgetHeaders)
                string(APPEND offences "  ${name} includes a widget header: ${header}\n")
            endif()
        endif()
    endforeach()
endforeach()

if(offences)
    message(FATAL_ERROR "The tree breaks its shape (see tests/architecture/checktree.cmake):\n${offences}")
endif()
message(STATUS "Tree shape: ${ROOT} keeps its folders small, its sources short and core free of widgets")
