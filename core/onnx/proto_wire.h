#pragma once
// A small reader and writer of the Protocol Buffers wire format (varints, 64/32-bit fixed, length-
// delimited fields): just what the ONNX subset of onnx_reader/onnx_writer needs. Why not Debian's
// libonnx-dev + libprotobuf: we read and write about 30 fields of 9 messages, and a self-contained
// reader bounds-checks every length against the file (a truncated or foreign file becomes a
// message, never a crash or a 2 GB allocation), keeps the app free of protobuf's ABI (libonnx1 is
// built against one exact libprotobuf) and needs no new run-time package. Python's onnx (a test
// dependency) checks that what we write is valid ONNX.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace smip::onnx {

enum class WireType : std::uint8_t { Varint = 0, Fixed64 = 1, Bytes = 2, Fixed32 = 5 };

/// One field of a message: its number, wire type and payload (the value of a varint or fixed
/// field, or the bytes of a length-delimited field, pointing into the parsed buffer).
struct ProtoField {
    std::uint32_t number = 0;
    WireType type = WireType::Varint;
    std::uint64_t value = 0;  ///< Varint / Fixed64 / Fixed32 value (raw bits for fixed)
    std::string_view bytes;   ///< Bytes payload
};

/// Splits one message into its fields, in file order. Returns false with a message (naming
/// `what`) for a truncated buffer, a bad varint, a group (deprecated wire types 3/4) or an unknown
/// wire type. The fields point into `buffer`: keep it alive.
bool parseFields(std::string_view buffer, const std::string& what, std::vector<ProtoField>& fields,
                 std::string& error);

/// A packed or unpacked repeated scalar field: appends its values (as raw 64-bit patterns for
/// fixed types, the varint for varints). False when a packed payload is malformed.
bool appendRepeated(const ProtoField& f, WireType scalarType, std::vector<std::uint64_t>& out);

/// Builds one message; nested messages are built by another ProtoWriter and added with bytes().
class ProtoWriter {
  public:
    ProtoWriter& varint(std::uint32_t field, std::uint64_t value);
    ProtoWriter& fixed32(std::uint32_t field, std::uint32_t bits);
    ProtoWriter& bytes(std::uint32_t field, std::string_view payload);
    /// A packed repeated int64 field (empty: not written).
    ProtoWriter& packedVarints(std::uint32_t field, const std::vector<std::int64_t>& values);
    const std::string& data() const { return data_; }

  private:
    void tag(std::uint32_t field, WireType type);
    void rawVarint(std::uint64_t value);
    std::string data_;
};

}  // namespace smip::onnx
