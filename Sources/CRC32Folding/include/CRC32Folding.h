#ifndef CRC32_FOLDING_H
#define CRC32_FOLDING_H

#include <stddef.h>
#include <stdint.h>

/// The CRC-32 of `count` bytes following `crc` (the CRC of what came before them, 0 at the start):
/// exactly zlib's `crc32_z(crc, bytes, count)`, so its results chain and go into `crc32_combine`.
uint32_t crc32_update(uint32_t crc, const uint8_t *bytes, size_t count);

#endif
