#include "core/common/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

namespace smip {

std::string writeFileAtomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    // A unique sibling name: rename() is only atomic within one file system.
    std::random_device rd;
    const fs::path tmp = target.parent_path() /
                         (target.filename().string() + ".tmp" + std::to_string(rd() % 1000000));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return "cannot create '" + tmp.string() + "': " + std::strerror(errno);
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string msg = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            return "cannot write '" + path + "': " + msg;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string msg = std::strerror(errno);
        ::unlink(tmp.c_str());
        return "cannot flush '" + path + "': " + msg;
    }
    if (std::rename(tmp.c_str(), target.c_str()) != 0) {
        const std::string msg = std::strerror(errno);
        ::unlink(tmp.c_str());
        return "cannot replace '" + path + "': " + msg;
    }
    return {};
}

bool readWholeFile(const std::string& path, std::string& content, std::string& error,
                   std::size_t maxBytes) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        error = "cannot open '" + path + "': " + ec.message();
        return false;
    }
    if (size > maxBytes) {
        error = "'" + path + "' is too large (" + std::to_string(size) + " bytes, limit " +
                std::to_string(maxBytes) + ")";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open '" + path + "'";
        return false;
    }
    content.resize(size);
    in.read(content.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::size_t>(in.gcount()) != size) {
        error = "cannot read '" + path + "'";
        return false;
    }
    return true;
}

}  // namespace smip
