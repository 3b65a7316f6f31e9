# storydesk_add_folder_library(<name> SOURCES <files...> USES <targets...> [PRIVATE_USES <targets...>])
#
# Each folder of core/ and ui/ is one static library whose headers are found by their bare
# names only by the targets that link it. A folder may use only the folders listed in USES
# (and what those use in turn), so an include that runs the wrong way (the YAML layer
# including a store header, core including a widget) fails to compile: the build, not a
# review, keeps the layers. tests/architecture proves it with probes that must not build.
function(storydesk_add_folder_library name)
    cmake_parse_arguments(arg "" "" "SOURCES;USES;PRIVATE_USES" ${ARGN})
    add_library(${name} STATIC ${arg_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${arg_USES} PRIVATE ${arg_PRIVATE_USES} storydesk_options)
endfunction()
