// The tests' precompiled headers are built with this empty source (tests/CMakeLists.txt).
