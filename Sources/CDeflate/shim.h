// zlib's raw deflate and CRC-32, for the package writer (Documents/Packaging/ZipPackage.swift).
#include <zlib.h>
