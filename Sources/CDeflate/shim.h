// zlib's CRC-32 and crc32_combine, for the package writer (Sources/ZipCompression, Documents/Packaging/ZipPackage.swift);
// its inflate checks the package writer's deflate in tests.
#include <zlib.h>
