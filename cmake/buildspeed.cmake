# Build time: CI builds everything from scratch twice (release and ASan) on two cores.
#
# Precompiled Qt headers. Parsing the Qt headers is about half of the compile time of a small
# source (3.7 s of 7 for a test under ASan), and CI builds everything from scratch twice.
# Each layer precompiles the Qt headers its sources use most; the tests share two headers, one
# for the tests without a GUI and one for those that link the widgets (QtTest includes
# different parts for each). Off for ccache users who want cache hits across build trees.
option(REPORTSCOPE_PCH "Precompile the Qt headers of each layer and of the tests" ON)
if(REPORTSCOPE_FUZZ)
    set(REPORTSCOPE_PCH OFF)
endif()

# reportscope_precompile(TARGET HEADER...): TARGET's sources see the HEADERs precompiled.
function(reportscope_precompile target)
    if(REPORTSCOPE_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# reportscope_reuse_precompiled(TARGET FROM): TARGET reuses FROM's precompiled headers; both
# must be compiled with the same options and definitions.
function(reportscope_reuse_precompiled target from)
    if(REPORTSCOPE_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()

# LLVM's linker, when installed (scripts/common.sh installs it): it links a test under ASan
# in a third of the CPU time of GNU ld.
option(REPORTSCOPE_LLD "Link with lld when the compiler accepts -fuse-ld=lld" ON)
if(REPORTSCOPE_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" REPORTSCOPE_HAVE_LLD)
    if(REPORTSCOPE_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()
