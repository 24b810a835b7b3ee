#pragma once
// The ONNX messages the reader needs (TensorProto, ValueInfoProto, NodeProto with its attributes),
// decoded from the wire format with every length and count checked. Internal to core/onnx.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/onnx/proto_wire.h"

namespace smip::onnx {

/// A weight tensor: its shape and its values in row-major order, widened to double.
struct Tensor {
    std::vector<std::int64_t> dims;
    std::vector<double> values;
};

/// A node attribute of the kinds the supported ops use (float, int, tensor).
struct Attribute {
    std::uint64_t type = 0;
    double f = 0.0;
    std::int64_t i = 0;
    std::string_view t;  // serialized TensorProto
};

/// One node of the graph; label() names it in messages: "node 'fc1' (op Gemm)".
struct Node {
    std::string name, op, domain;
    std::vector<std::string> inputs, outputs;
    std::map<std::string, Attribute> attributes;
    std::string label() const {
        return "node '" + (name.empty() ? (outputs.empty() ? "?" : outputs[0]) : name) + "' (op " +
               op + ")";
    }
};

/// A graph input or output: name, element type (0 when not given) and shape.
struct ValueInfo {
    std::string name;
    std::int64_t elemType = 0;
    std::vector<std::int64_t> shape;  // -1 for symbolic
    bool hasShape = false;
};

/// Name of a TensorProto.DataType ("FLOAT", "INT64", ...) for messages.
const char* typeName(std::int64_t t);
/// "[2, ?, 8]" (-1 for a symbolic dimension).
std::string shapeText(const std::vector<std::int64_t>& dims);
/// A length-delimited field as a string.
std::string str(const ProtoField& fld);

/// Decodes a TensorProto into float64 values (float32 and float64 only: any other element type,
/// external data or a count that does not match the shape is an error naming `context` and the
/// tensor's name, which is returned in `name`).
bool parseTensor(std::string_view bytes, const std::string& context, std::string& name, Tensor& out,
                 std::string& error);
/// Decodes a graph input/output: name, element type and shape.
bool parseValueInfo(std::string_view bytes, ValueInfo& v, std::string& error);
/// Decodes a node with its int, float and tensor attributes.
bool parseNode(std::string_view bytes, Node& node, std::string& error);

}  // namespace smip::onnx
