#include "core/onnx/proto_wire.h"

namespace smip::onnx {

namespace {

// Reads a varint at buf[pos]; false when it runs past the end or over 10 bytes.
bool readVarint(std::string_view buf, std::size_t& pos, std::uint64_t& value) {
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= buf.size()) return false;
        const auto byte = static_cast<std::uint8_t>(buf[pos++]);
        value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) return true;
    }
    return false;
}

std::uint64_t readLittleEndian(std::string_view buf, std::size_t pos, int bytes) {
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<std::uint8_t>(buf[pos + static_cast<std::size_t>(i)]);
    return v;
}

}  // namespace

bool parseFields(std::string_view buffer, const std::string& what, std::vector<ProtoField>& fields,
                 std::string& error) {
    fields.clear();
    std::size_t pos = 0;
    const auto bad = [&](const std::string& why) {
        error = what + ": " + why + " at byte " + std::to_string(pos);
        return false;
    };
    while (pos < buffer.size()) {
        std::uint64_t key = 0;
        if (!readVarint(buffer, pos, key)) return bad("truncated field key");
        ProtoField f;
        f.number = static_cast<std::uint32_t>(key >> 3);
        if (f.number == 0 || (key >> 3) > 0x1fffffff) return bad("invalid field number");
        switch (key & 7) {
            case 0:
                f.type = WireType::Varint;
                if (!readVarint(buffer, pos, f.value)) return bad("truncated varint");
                break;
            case 1:
                f.type = WireType::Fixed64;
                if (buffer.size() - pos < 8) return bad("truncated 64-bit value");
                f.value = readLittleEndian(buffer, pos, 8);
                pos += 8;
                break;
            case 2: {
                f.type = WireType::Bytes;
                std::uint64_t length = 0;
                if (!readVarint(buffer, pos, length)) return bad("truncated length");
                if (length > buffer.size() - pos)
                    return bad("a field of " + std::to_string(length) + " bytes runs past the end");
                f.bytes = buffer.substr(pos, static_cast<std::size_t>(length));
                pos += static_cast<std::size_t>(length);
                break;
            }
            case 5:
                f.type = WireType::Fixed32;
                if (buffer.size() - pos < 4) return bad("truncated 32-bit value");
                f.value = readLittleEndian(buffer, pos, 4);
                pos += 4;
                break;
            default:
                return bad("unsupported wire type " + std::to_string(key & 7));
        }
        fields.push_back(f);
    }
    return true;
}

bool appendRepeated(const ProtoField& f, WireType scalarType, std::vector<std::uint64_t>& out) {
    if (f.type == scalarType) {
        out.push_back(f.value);
        return true;
    }
    if (f.type != WireType::Bytes) return false;
    const std::string_view p = f.bytes;
    std::size_t pos = 0;
    if (scalarType == WireType::Varint) {
        while (pos < p.size()) {
            std::uint64_t v = 0;
            if (!readVarint(p, pos, v)) return false;
            out.push_back(v);
        }
        return true;
    }
    const int width = scalarType == WireType::Fixed64 ? 8 : 4;
    if (p.size() % static_cast<std::size_t>(width) != 0) return false;
    out.reserve(out.size() + p.size() / static_cast<std::size_t>(width));
    for (; pos < p.size(); pos += static_cast<std::size_t>(width))
        out.push_back(readLittleEndian(p, pos, width));
    return true;
}

void ProtoWriter::rawVarint(std::uint64_t value) {
    while (value >= 0x80) {
        data_.push_back(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    data_.push_back(static_cast<char>(value));
}

void ProtoWriter::tag(std::uint32_t field, WireType type) {
    rawVarint((static_cast<std::uint64_t>(field) << 3) | static_cast<std::uint64_t>(type));
}

ProtoWriter& ProtoWriter::varint(std::uint32_t field, std::uint64_t value) {
    tag(field, WireType::Varint);
    rawVarint(value);
    return *this;
}

ProtoWriter& ProtoWriter::fixed32(std::uint32_t field, std::uint32_t bits) {
    tag(field, WireType::Fixed32);
    for (int i = 0; i < 4; ++i)
        data_.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
    return *this;
}

ProtoWriter& ProtoWriter::bytes(std::uint32_t field, std::string_view payload) {
    tag(field, WireType::Bytes);
    rawVarint(payload.size());
    data_.append(payload);
    return *this;
}

ProtoWriter& ProtoWriter::packedVarints(std::uint32_t field,
                                        const std::vector<std::int64_t>& values) {
    if (values.empty()) return *this;
    ProtoWriter packed;
    for (const std::int64_t v : values)
        packed.rawVarint(static_cast<std::uint64_t>(v));
    return bytes(field, packed.data_);
}

}  // namespace smip::onnx
