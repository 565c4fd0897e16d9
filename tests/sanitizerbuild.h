// Whether the tests run in the AddressSanitizer build (scripts/test.sh --sanitize). That build is
// several times slower; tests that time or size their work by the release build scale down there.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
constexpr bool SanitizerBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool SanitizerBuild = true;
#else
constexpr bool SanitizerBuild = false;
#endif
#else
constexpr bool SanitizerBuild = false;
#endif
