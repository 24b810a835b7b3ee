#include "core/onnx/onnx_messages.h"

#include <bit>

#include "core/onnx/onnx_fields.h"

namespace smip::onnx {

namespace f = field;

const char* typeName(std::int64_t t) {
    static const char* names[] = {"UNDEFINED",  "FLOAT",   "UINT8",  "INT8",   "UINT16",
                                  "INT16",      "INT32",   "INT64",  "STRING", "BOOL",
                                  "FLOAT16",    "DOUBLE",  "UINT32", "UINT64", "COMPLEX64",
                                  "COMPLEX128", "BFLOAT16"};
    return t >= 0 && t < 17 ? names[t] : "UNKNOWN";
}

std::string shapeText(const std::vector<std::int64_t>& dims) {
    std::string s = "[";
    for (std::size_t k = 0; k < dims.size(); ++k)
        s += (k ? ", " : "") + (dims[k] < 0 ? std::string("?") : std::to_string(dims[k]));
    return s + "]";
}

std::string str(const ProtoField& fld) {
    return std::string(fld.bytes);
}

bool parseTensor(std::string_view bytes, const std::string& context, std::string& name, Tensor& out,
                 std::string& error) {
    std::vector<ProtoField> fields;
    if (!onnx::parseFields(bytes, context, fields, error)) return false;
    std::int64_t dataType = 0;
    std::vector<std::uint64_t> dims, floats, doubles;
    std::string_view raw;
    bool hasRaw = false, external = false;
    for (const auto& fld : fields) {
        bool ok = true;
        switch (fld.number) {
            case f::kTensorDims:
                ok = onnx::appendRepeated(fld, WireType::Varint, dims);
                break;
            case f::kTensorDataType:
                dataType = static_cast<std::int64_t>(fld.value);
                break;
            case f::kTensorFloatData:
                ok = onnx::appendRepeated(fld, WireType::Fixed32, floats);
                break;
            case f::kTensorDoubleData:
                ok = onnx::appendRepeated(fld, WireType::Fixed64, doubles);
                break;
            case f::kTensorName:
                name = str(fld);
                break;
            case f::kTensorRawData:
                raw = fld.bytes;
                hasRaw = true;
                break;
            case f::kTensorDataLocation:
                external = fld.value == 1;
                break;
            default:
                break;
        }
        if (!ok) {
            error = context + ": malformed repeated field " + std::to_string(fld.number);
            return false;
        }
    }
    const std::string what = context + (name.empty() ? "" : " '" + name + "'");
    if (external) {
        error = what +
                " keeps its data in an external file; save the model with its weights "
                "inside (onnx.save(..., save_as_external_data=False))";
        return false;
    }
    if (dataType != f::kFloat && dataType != f::kDouble) {
        error = what + " has element type " + typeName(dataType) +
                "; only float32 and float64 tensors are supported";
        return false;
    }
    std::uint64_t count = 1;
    for (const std::uint64_t d : dims) {
        const auto sd = static_cast<std::int64_t>(d);
        if (sd < 0 || sd > (std::int64_t(1) << 31) || count * d > (std::uint64_t(1) << 31)) {
            error = what + " has an invalid shape";
            return false;
        }
        count *= d;
        out.dims.push_back(sd);
    }
    const std::size_t width = dataType == f::kFloat ? 4 : 8;
    const std::size_t have =
        hasRaw ? raw.size() / width : (dataType == f::kFloat ? floats.size() : doubles.size());
    if ((hasRaw && raw.size() % width != 0) || have != count) {
        error = what + " of shape " + shapeText(out.dims) + " holds " + std::to_string(have) +
                " values, expected " + std::to_string(count);
        return false;
    }
    out.values.resize(count);
    for (std::size_t k = 0; k < count; ++k) {
        std::uint64_t bits = 0;
        if (hasRaw) {
            for (std::size_t byte = width; byte-- > 0;)
                bits = (bits << 8) | static_cast<std::uint8_t>(raw[k * width + byte]);
        } else {
            bits = dataType == f::kFloat ? floats[k] : doubles[k];
        }
        out.values[k] = dataType == f::kFloat
                            ? static_cast<double>(std::bit_cast<float>(std::uint32_t(bits)))
                            : std::bit_cast<double>(bits);
    }
    return true;
}

bool parseValueInfo(std::string_view bytes, ValueInfo& v, std::string& error) {
    std::vector<ProtoField> fields, type, tensor, shape, dim;
    if (!onnx::parseFields(bytes, "graph input/output", fields, error)) return false;
    for (const auto& fld : fields) {
        if (fld.number == f::kValueName) v.name = str(fld);
        if (fld.number != f::kValueType) continue;
        if (!onnx::parseFields(fld.bytes, "type of '" + v.name + "'", type, error)) return false;
        for (const auto& t : type) {
            if (t.number != f::kTypeTensor) continue;
            if (!onnx::parseFields(t.bytes, "tensor type of '" + v.name + "'", tensor, error))
                return false;
            for (const auto& tt : tensor) {
                if (tt.number == f::kTensorTypeElem)
                    v.elemType = static_cast<std::int64_t>(tt.value);
                if (tt.number != f::kTensorTypeShape) continue;
                v.hasShape = true;
                if (!onnx::parseFields(tt.bytes, "shape of '" + v.name + "'", shape, error))
                    return false;
                for (const auto& s : shape) {
                    if (s.number != f::kShapeDim) continue;
                    if (!onnx::parseFields(s.bytes, "shape of '" + v.name + "'", dim, error))
                        return false;
                    std::int64_t value = -1;
                    for (const auto& d : dim)
                        if (d.number == f::kDimValue) value = static_cast<std::int64_t>(d.value);
                    v.shape.push_back(value);
                }
            }
        }
    }
    return true;
}

bool parseNode(std::string_view bytes, Node& node, std::string& error) {
    std::vector<ProtoField> fields, attr;
    if (!onnx::parseFields(bytes, "node", fields, error)) return false;
    for (const auto& fld : fields) {
        switch (fld.number) {
            case f::kNodeInput:
                node.inputs.push_back(str(fld));
                break;
            case f::kNodeOutput:
                node.outputs.push_back(str(fld));
                break;
            case f::kNodeName:
                node.name = str(fld);
                break;
            case f::kNodeOpType:
                node.op = str(fld);
                break;
            case f::kNodeDomain:
                node.domain = str(fld);
                break;
            default:
                break;
        }
    }
    for (const auto& fld : fields) {
        if (fld.number != f::kNodeAttribute) continue;
        if (!onnx::parseFields(fld.bytes, node.label() + " attribute", attr, error)) return false;
        std::string name;
        Attribute a;
        for (const auto& x : attr) {
            if (x.number == f::kAttrName) name = str(x);
            if (x.number == f::kAttrType) a.type = x.value;
            if (x.number == f::kAttrF)
                a.f = static_cast<double>(std::bit_cast<float>(std::uint32_t(x.value)));
            if (x.number == f::kAttrI) a.i = static_cast<std::int64_t>(x.value);
            if (x.number == f::kAttrT) a.t = x.bytes;
        }
        node.attributes[name] = a;
    }
    return true;
}

}  // namespace smip::onnx
