// Raw deflate (RFC 1951) for the package writer, in place of zlib's deflate. zlib at level 2 took
// about 214 M of the 3,000-delegate export's own 950 M instructions and 23 ms of CPU for its
// 13.4 MB of XML, comparing candidate matches a byte at a time; this takes about 50 M and 10 ms,
// for 3 % more compressed bytes (bench/README.md, issue 17).
//
// The method is the one of zlib-ng's deflate_quick and of LZ4's match finder: greedy LZ77 with one
// candidate per position, the last position whose first 6 bytes hashed alike, checked and
// extended 8 bytes at a time; positions inside a match are not hashed (hashing their ends made
// the files larger: older candidates match longer in XML). Every 64 KB of input is one block
// with its own Huffman codes, or the fixed codes when they are smaller; code lengths by Moffat
// and Katajainen's in-place algorithm, limited to 15 bits as miniz limits them. The output
// depends only on the bytes of the stream, not on how they are handed over, nor on the machine.

#include "ZipCompression.h"

#include <stdlib.h>
#include <string.h>

/* Deflate's window and longest match; input per block; hash table entries (2^15, 128 KB). */
enum { WINDOW = 32768, MAX_MATCH = 258, MIN_MATCH = 4, CHUNK = 65536, HASH_BITS = 15, MAX_CODE = 15 };

typedef struct { uint16_t value; uint16_t distance; } symbol;  /* distance 0: a literal byte */

struct fast_deflate {
    uint8_t *window;       /* `history` bytes already compressed, then `pending` not yet */
    size_t history, pending;
    uint32_t base;         /* position of window[0] counted over all streams since the last rebase */
    uint32_t streamStart;  /* position where the current stream began */
    uint32_t *table;       /* the last position whose first 6 bytes had each hash */
    symbol *symbols;
    uint8_t *out;
    size_t outCount, outCapacity;
    int failed;
    uint64_t bits;
    unsigned bitCount;
    uint8_t lengthCode[MAX_MATCH + 1];
    uint8_t distanceCodeSmall[256];  /* by distance - 1, below 256 */
    uint8_t distanceCodeLarge[256];  /* by (distance - 1) >> 7 */
};

static const uint16_t lengthBase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t lengthExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t distanceBase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t distanceExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
static const uint8_t codeLengthOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

/* Each compressor has its own tables (built in no time): none is shared between threads. */
static void buildCodeTables(fast_deflate *s) {
    for (int code = 0; code < 29; code++) {
        int end = code == 28 ? 259 : lengthBase[code] + (1 << lengthExtra[code]);
        if (code == 27) end = 258;  /* 258 has its own code */
        for (int length = lengthBase[code]; length < end && length <= MAX_MATCH; length++) s->lengthCode[length] = (uint8_t)code;
    }
    for (int code = 0; code < 30; code++) {
        for (int d = distanceBase[code]; d < distanceBase[code] + (1 << distanceExtra[code]); d++) {
            if (d - 1 < 256) s->distanceCodeSmall[d - 1] = (uint8_t)code;
            else s->distanceCodeLarge[(d - 1) >> 7] = (uint8_t)code;
        }
    }
}

static inline unsigned distanceCode(const fast_deflate *s, unsigned distance) {
    return distance <= 256 ? s->distanceCodeSmall[distance - 1] : s->distanceCodeLarge[(distance - 1) >> 7];
}

static inline uint32_t load32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

/// 8 bytes as a little-endian number, on any machine: the hash and the count of equal bytes
/// are then the same everywhere.
static inline uint64_t loadLittle64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

fast_deflate *fast_deflate_create(void) {
    fast_deflate *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    buildCodeTables(s);
    s->window = malloc(WINDOW + CHUNK);
    s->table = calloc((size_t)1 << HASH_BITS, sizeof(uint32_t));
    s->symbols = malloc(sizeof(symbol) * CHUNK);
    s->base = s->streamStart = 1;
    if (!s->window || !s->table || !s->symbols) { fast_deflate_free(s); return NULL; }
    return s;
}

void fast_deflate_free(fast_deflate *s) {
    if (!s) return;
    free(s->window); free(s->table); free(s->symbols); free(s->out); free(s);
}

/* Positions restart at 1 before they could overflow; the table forgets what it knew. */
static void rebaseIfNeeded(fast_deflate *s) {
    if (s->base < 0x80000000u) return;
    memset(s->table, 0, sizeof(uint32_t) << HASH_BITS);
    s->base = s->streamStart = 1;
}

void fast_deflate_reset(fast_deflate *s) {
    s->base += (uint32_t)(s->history + s->pending);
    s->streamStart = s->base;
    s->history = s->pending = 0;
    s->bits = 0; s->bitCount = 0;
    rebaseIfNeeded(s);
}

static int reserve(fast_deflate *s, size_t more) {
    if (s->outCapacity - s->outCount >= more) return 0;
    size_t capacity = s->outCapacity ? s->outCapacity : 1 << 16;
    while (capacity - s->outCount < more) capacity *= 2;
    uint8_t *grown = realloc(s->out, capacity);
    if (!grown) { s->failed = 1; return -1; }
    s->out = grown; s->outCapacity = capacity;
    return 0;
}

/* `count` bits of `value` (at most 32, with fewer than 32 pending), least significant first; room reserved. */
static inline void put(fast_deflate *s, uint64_t value, unsigned count) {
    s->bits |= value << s->bitCount;
    s->bitCount += count;
    if (s->bitCount >= 32) {
        uint8_t *out = s->out + s->outCount;
        out[0] = (uint8_t)s->bits; out[1] = (uint8_t)(s->bits >> 8); out[2] = (uint8_t)(s->bits >> 16); out[3] = (uint8_t)(s->bits >> 24);
        s->outCount += 4; s->bits >>= 32; s->bitCount -= 32;
    }
}

static void alignToByte(fast_deflate *s) {
    while (s->bitCount > 0) {
        s->out[s->outCount++] = (uint8_t)s->bits;
        s->bits >>= 8;
        s->bitCount = s->bitCount > 8 ? s->bitCount - 8 : 0;
    }
    s->bits = 0;
}

typedef struct { uint32_t key; uint16_t symbol; } ranked;

static int byKey(const void *a, const void *b) {
    const ranked *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->symbol < y->symbol ? -1 : 1;
}

/* Moffat and Katajainen's in-place minimum-redundancy code lengths over `a`, sorted by weight. */
static void minimumRedundancy(ranked *a, int n) {
    int root, leaf, next, available, used, depth;
    a[0].key += a[1].key; root = 0; leaf = 2;
    for (next = 1; next < n - 1; next++) {
        if (leaf >= n || a[root].key < a[leaf].key) { a[next].key = a[root].key; a[root++].key = (uint32_t)next; }
        else a[next].key = a[leaf++].key;
        if (leaf >= n || (root < next && a[root].key < a[leaf].key)) { a[next].key += a[root].key; a[root++].key = (uint32_t)next; }
        else a[next].key += a[leaf++].key;
    }
    a[n - 2].key = 0;
    for (next = n - 3; next >= 0; next--) a[next].key = a[a[next].key].key + 1;
    available = 1; used = depth = 0; root = n - 2; next = n - 1;
    while (available > 0) {
        while (root >= 0 && (int)a[root].key == depth) { used++; root--; }
        while (available > used) { a[next--].key = (uint32_t)depth; available--; }
        available = 2 * used; depth++; used = 0;
    }
}

/* Code lengths of at most `limit` bits for the `n` symbols' frequencies; at least two symbols
   get a code, so that every code is complete. */
static void codeLengths(const uint32_t *frequency, int n, int limit, uint8_t *length) {
    ranked a[288];
    int used = 0;
    for (int i = 0; i < n; i++) {
        length[i] = 0;
        if (frequency[i]) a[used++] = (ranked){frequency[i], (uint16_t)i};
    }
    for (int i = 0; used < 2; i++) {
        if (!frequency[i]) a[used++] = (ranked){1, (uint16_t)i};
    }
    qsort(a, (size_t)used, sizeof a[0], byKey);
    minimumRedundancy(a, used);
    unsigned count[33] = {0};
    for (int i = 0; i < used; i++) count[a[i].key > 32 ? 32 : a[i].key]++;
    for (int i = limit + 1; i <= 32; i++) { count[limit] += count[i]; count[i] = 0; }
    uint32_t total = 0;
    for (int i = limit; i > 0; i--) total += count[i] << (limit - i);
    while (total != (1u << limit)) {
        count[limit]--;
        for (int i = limit - 1; i > 0; i--) {
            if (count[i]) { count[i]--; count[i + 1] += 2; break; }
        }
        total--;
    }
    int j = used;
    for (int bits = 1; bits <= limit; bits++) {
        for (unsigned k = count[bits]; k > 0; k--) length[a[--j].symbol] = (uint8_t)bits;
    }
}

/* Canonical codes, bit-reversed for writing least significant bit first. */
static void canonicalCodes(const uint8_t *length, int n, uint16_t *code) {
    unsigned count[16] = {0}, next[16];
    for (int i = 0; i < n; i++) count[length[i]]++;
    count[0] = 0;
    unsigned c = 0;
    for (int bits = 1; bits < 16; bits++) { c = (c + count[bits - 1]) << 1; next[bits] = c; }
    for (int i = 0; i < n; i++) {
        if (!length[i]) { code[i] = 0; continue; }
        unsigned value = next[length[i]]++, reversed = 0;
        for (int b = 0; b < length[i]; b++) { reversed = (reversed << 1) | (value & 1); value >>= 1; }
        code[i] = (uint16_t)reversed;
    }
}

static void writeSymbols(fast_deflate *s, const symbol *symbols, size_t count,
                         const uint16_t *litCode, const uint8_t *litLength, const uint16_t *distCode, const uint8_t *distLength) {
    for (size_t i = 0; i < count; i++) {
        symbol y = symbols[i];
        if (!y.distance) { put(s, litCode[y.value], litLength[y.value]); continue; }
        unsigned lc = s->lengthCode[y.value];
        put(s, litCode[257 + lc] | ((uint64_t)(y.value - lengthBase[lc]) << litLength[257 + lc]), litLength[257 + lc] + lengthExtra[lc]);
        unsigned dc = distanceCode(s, y.distance);
        put(s, distCode[dc] | ((uint64_t)(y.distance - distanceBase[dc]) << distLength[dc]), distLength[dc] + distanceExtra[dc]);
    }
    put(s, litCode[256], litLength[256]);
}

static void writeBlock(fast_deflate *s, const symbol *symbols, size_t count, int last) {
    uint32_t litFrequency[286] = {0}, distFrequency[30] = {0};
    for (size_t i = 0; i < count; i++) {
        symbol y = symbols[i];
        if (!y.distance) { litFrequency[y.value]++; continue; }
        litFrequency[257 + s->lengthCode[y.value]]++;
        distFrequency[distanceCode(s, y.distance)]++;
    }
    litFrequency[256] = 1;
    uint8_t litLength[286], distLength[30];
    codeLengths(litFrequency, 286, MAX_CODE, litLength);
    codeLengths(distFrequency, 30, MAX_CODE, distLength);
    int litCount = 286, distCount = 30;
    while (litCount > 257 && !litLength[litCount - 1]) litCount--;
    while (distCount > 1 && !distLength[distCount - 1]) distCount--;

    /* The lengths run-length coded (16: repeat the previous 3-6 times, 17/18: 3-10/11-138 zeros). */
    uint8_t lengths[286 + 30];
    memcpy(lengths, litLength, (size_t)litCount);
    memcpy(lengths + litCount, distLength, (size_t)distCount);
    int total = litCount + distCount;
    uint8_t runCode[286 + 30], runExtra[286 + 30];
    int runs = 0;
    uint32_t clFrequency[19] = {0};
    for (int i = 0; i < total;) {
        uint8_t value = lengths[i];
        int run = 1;
        while (i + run < total && lengths[i + run] == value) run++;
        i += run;
        if (value == 0) {
            while (run >= 11) { int r = run > 138 ? 138 : run; runCode[runs] = 18; runExtra[runs++] = (uint8_t)(r - 11); run -= r; }
            if (run >= 3) { runCode[runs] = 17; runExtra[runs++] = (uint8_t)(run - 3); run = 0; }
        } else {
            runCode[runs] = value; runExtra[runs++] = 0; run--;
            while (run >= 3) { int r = run > 6 ? 6 : run; runCode[runs] = 16; runExtra[runs++] = (uint8_t)(r - 3); run -= r; }
        }
        while (run-- > 0) { runCode[runs] = value; runExtra[runs++] = 0; }
    }
    for (int i = 0; i < runs; i++) clFrequency[runCode[i]]++;
    uint8_t clLength[19];
    codeLengths(clFrequency, 19, 7, clLength);
    int clCount = 19;
    while (clCount > 4 && !clLength[codeLengthOrder[clCount - 1]]) clCount--;

    /* The smaller of this dynamic block and one with the fixed codes (a short part). */
    static const uint8_t extraOfRun[19] = {[16] = 2, [17] = 3, [18] = 7};
    uint64_t dynamicBits = 14 + 3 * (uint64_t)clCount, fixedBits = 0;
    for (int i = 0; i < runs; i++) dynamicBits += clLength[runCode[i]] + extraOfRun[runCode[i]];
    for (int i = 0; i < 286; i++) {
        if (i == 256) continue;
        uint8_t fixed = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
        dynamicBits += (uint64_t)litFrequency[i] * litLength[i];
        fixedBits += (uint64_t)litFrequency[i] * fixed;
    }
    for (int i = 0; i < 30; i++) { dynamicBits += (uint64_t)distFrequency[i] * distLength[i]; fixedBits += (uint64_t)distFrequency[i] * 5; }
    dynamicBits += litLength[256]; fixedBits += 7;

    /* At most 48 bits a symbol, and a header of at most 600 bytes. */
    if (reserve(s, count * 6 + 1024)) return;
    uint16_t litCode[288], distCode[30];
    if (fixedBits <= dynamicBits) {
        uint8_t fixedLit[288], fixedDist[30];
        for (int i = 0; i < 288; i++) fixedLit[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
        for (int i = 0; i < 30; i++) fixedDist[i] = 5;
        canonicalCodes(fixedLit, 288, litCode);
        canonicalCodes(fixedDist, 30, distCode);
        put(s, (uint64_t)(last ? 1 : 0) | (1u << 1), 3);
        writeSymbols(s, symbols, count, litCode, fixedLit, distCode, fixedDist);
        return;
    }
    uint16_t clCode[19];
    canonicalCodes(litLength, 286, litCode);
    canonicalCodes(distLength, 30, distCode);
    canonicalCodes(clLength, 19, clCode);
    put(s, (uint64_t)(last ? 1 : 0) | (2u << 1), 3);
    put(s, (uint64_t)(litCount - 257) | ((uint64_t)(distCount - 1) << 5) | ((uint64_t)(clCount - 4) << 10), 14);
    for (int i = 0; i < clCount; i++) put(s, clLength[codeLengthOrder[i]], 3);
    for (int i = 0; i < runs; i++) put(s, clCode[runCode[i]] | ((uint64_t)runExtra[i] << clLength[runCode[i]]), clLength[runCode[i]] + extraOfRun[runCode[i]]);
    writeSymbols(s, symbols, count, litCode, litLength, distCode, distLength);
}

/* The pending bytes as one block, then the last WINDOW bytes kept as the next block's history. */
static void compressPending(fast_deflate *s, int last) {
    const uint8_t *w = s->window;
    size_t p = s->history, end = s->history + s->pending, count = 0;
    uint32_t *table = s->table;
    symbol *symbols = s->symbols;
    while (p + 8 <= end) {
        uint32_t value = load32(w + p);
        uint32_t hash = (uint32_t)(((loadLittle64(w + p) << 16) * 0x9E3779B97F4A7C15ull) >> (64 - HASH_BITS));
        uint32_t position = s->base + (uint32_t)p, candidate = table[hash];
        table[hash] = position;
        uint32_t distance = position - candidate;
        if (candidate >= s->streamStart && candidate >= s->base && distance - 1 < WINDOW && load32(w + (candidate - s->base)) == value) {
            const uint8_t *from = w + (candidate - s->base);
            size_t limit = end - p < MAX_MATCH ? end - p : MAX_MATCH, length = MIN_MATCH;
            for (;;) {
                if (length + 8 <= limit) {
                    uint64_t differ = loadLittle64(w + p + length) ^ loadLittle64(from + length);
                    if (differ) { length += (size_t)__builtin_ctzll(differ) >> 3; break; }
                    length += 8;
                } else {
                    while (length < limit && w[p + length] == from[length]) length++;
                    break;
                }
            }
            symbols[count++] = (symbol){(uint16_t)length, (uint16_t)distance};
            p += length;
        } else {
            symbols[count++] = (symbol){w[p], 0};
            p++;
        }
    }
    while (p < end) symbols[count++] = (symbol){w[p++], 0};
    writeBlock(s, symbols, count, last);
    size_t keep = end < WINDOW ? end : WINDOW;
    memmove(s->window, s->window + end - keep, keep);
    s->base += (uint32_t)(end - keep);
    s->history = keep;
    s->pending = 0;
    rebaseIfNeeded(s);
}

int fast_deflate_write(fast_deflate *s, const uint8_t *bytes, size_t count) {
    while (count > 0 && !s->failed) {
        size_t take = CHUNK - s->pending < count ? CHUNK - s->pending : count;
        memcpy(s->window + s->history + s->pending, bytes, take);
        s->pending += take; bytes += take; count -= take;
        if (s->pending == CHUNK) compressPending(s, 0);
    }
    return s->failed ? -1 : 0;
}

int fast_deflate_end(fast_deflate *s, int sync) {
    if (s->pending > 0) compressPending(s, !sync);
    else if (!sync && !reserve(s, 16)) { put(s, 1 | (1u << 1), 3); put(s, 0, 7); }  /* an empty final block */
    if (reserve(s, 16)) return -1;
    if (sync) {
        put(s, 0, 3);  /* an empty stored block: byte-aligned, length 0 */
        alignToByte(s);
        static const uint8_t emptyStored[4] = {0, 0, 0xFF, 0xFF};
        memcpy(s->out + s->outCount, emptyStored, 4);
        s->outCount += 4;
    } else {
        alignToByte(s);
    }
    return s->failed ? -1 : 0;
}

const uint8_t *fast_deflate_output(const fast_deflate *s, size_t *count) { *count = s->outCount; return s->out; }
void fast_deflate_take(fast_deflate *s) { s->outCount = 0; }
