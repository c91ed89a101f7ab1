// zlib's raw deflate, CRC-32 and crc32_combine, for the package writer (Documents/Packaging/ZipPackage.swift).
#include <zlib.h>
