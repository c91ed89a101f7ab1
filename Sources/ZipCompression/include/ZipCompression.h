#ifndef ZIP_COMPRESSION_H
#define ZIP_COMPRESSION_H

#include <stddef.h>
#include <stdint.h>

/// The CRC-32 of `count` bytes following `crc` (the CRC of what came before them, 0 at the start):
/// exactly zlib's `crc32_z(crc, bytes, count)`, so its results chain and go into `crc32_combine`.
uint32_t crc32_update(uint32_t crc, const uint8_t *bytes, size_t count);

/// A raw deflate stream (RFC 1951) written as its bytes come (FastDeflate.c says how and why).
typedef struct fast_deflate fast_deflate;

/// A compressor at the start of a stream, or NULL when memory runs out; `fast_deflate_free` frees it.
fast_deflate *fast_deflate_create(void);
void fast_deflate_free(fast_deflate *state);
/// Starts a new stream (the compressed bytes not taken yet stay).
void fast_deflate_reset(fast_deflate *state);
/// The stream's next `count` bytes. 0, or -1 when memory ran out (the stream is then unusable).
int fast_deflate_write(fast_deflate *state, const uint8_t *bytes, size_t count);
/// Ends the stream with its final block; or, with `sync`, ends what was written with a
/// byte-aligned empty stored block and no final block (zlib's Z_SYNC_FLUSH), so that another
/// stream can follow it. 0, or -1 when memory ran out.
int fast_deflate_end(fast_deflate *state, int sync);
/// The compressed bytes written since they were last taken; `fast_deflate_take` empties them.
const uint8_t *fast_deflate_output(const fast_deflate *state, size_t *count);
void fast_deflate_take(fast_deflate *state);

#endif
