#pragma once
// Field numbers and enum values of onnx.proto (ONNX 1.12, IR version 8) that onnx_reader and
// onnx_writer use. Only this folder knows the ONNX schema.
#include <cstdint>

namespace smip::onnx::field {

// ModelProto
constexpr std::uint32_t kModelIrVersion = 1, kModelProducerName = 2, kModelProducerVersion = 3,
                        kModelDocString = 6, kModelGraph = 7, kModelOpsetImport = 8,
                        kModelMetadataProps = 14;
// OperatorSetIdProto, StringStringEntryProto
constexpr std::uint32_t kOpsetDomain = 1, kOpsetVersion = 2;
constexpr std::uint32_t kEntryKey = 1, kEntryValue = 2;
// GraphProto
constexpr std::uint32_t kGraphNode = 1, kGraphName = 2, kGraphInitializer = 5, kGraphDocString = 10,
                        kGraphInput = 11, kGraphOutput = 12, kGraphSparseInitializer = 15;
// NodeProto
constexpr std::uint32_t kNodeInput = 1, kNodeOutput = 2, kNodeName = 3, kNodeOpType = 4,
                        kNodeAttribute = 5, kNodeDomain = 7;
// AttributeProto
constexpr std::uint32_t kAttrName = 1, kAttrF = 2, kAttrI = 3, kAttrT = 5, kAttrType = 20;
constexpr std::uint64_t kAttrTypeFloat = 1, kAttrTypeInt = 2, kAttrTypeTensor = 4;
// TensorProto
constexpr std::uint32_t kTensorDims = 1, kTensorDataType = 2, kTensorFloatData = 4, kTensorName = 8,
                        kTensorRawData = 9, kTensorDoubleData = 10, kTensorDataLocation = 14;
// TensorProto.DataType
constexpr std::int64_t kFloat = 1, kDouble = 11;
// ValueInfoProto, TypeProto, TypeProto.Tensor, TensorShapeProto, its Dimension
constexpr std::uint32_t kValueName = 1, kValueType = 2;
constexpr std::uint32_t kTypeTensor = 1;
constexpr std::uint32_t kTensorTypeElem = 1, kTensorTypeShape = 2;
constexpr std::uint32_t kShapeDim = 1;
constexpr std::uint32_t kDimValue = 1, kDimParam = 2;

}  // namespace smip::onnx::field
