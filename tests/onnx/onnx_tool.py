#!/usr/bin/python3
"""ONNX files and reference outputs for tests/onnx (called by test_onnx; Debian's python3-onnx 1.12,
python3-torch, python3-numpy).

onnx 1.12 has no reference evaluator (onnx.reference arrived in 1.13), so `eval` runs the graph
with numpy in float64: Gemm, MatMul, Add, Relu, Flatten, Softmax, LogSoftmax, Constant. Files made
by torch are evaluated by torch itself, in float64 on the same (float32) weights.

  torch OUT.onnx IO.json SIZES [--image] [--final none|softmax|logsoftmax] [--seed S]
  helper OUT.onnx IO.json          a MatMul+Add / Gemm(alpha, beta, transB=0) graph from onnx.helper
  bad KIND OUT.onnx                unsupported-op | int-weights | shape-mismatch | branch
  eval MODEL.onnx IN.json OUT.json onnx.checker.check_model, then the numpy evaluation
IO.json holds {"inputs": [[...64...], ...], "outputs": [[...], ...]} (100 inputs in [0, 1]).
"""
import json
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def softmax(z, log):
    z = z - z.max(axis=1, keepdims=True)
    lse = np.log(np.exp(z).sum(axis=1, keepdims=True))
    return z - lse if log else np.exp(z - lse)


def evaluate(model, x):
    """Runs a sequential graph on x (float64) with numpy."""
    env = {t.name: numpy_helper.to_array(t).astype(np.float64) for t in model.graph.initializer}
    inits = set(env)
    data_inputs = [i.name for i in model.graph.input if i.name not in inits]
    assert len(data_inputs) == 1, data_inputs
    env[data_inputs[0]] = x
    for n in model.graph.node:
        a = {at.name: helper.get_attribute_value(at) for at in n.attribute}
        ins = [env[i] for i in n.input if i]
        if n.op_type == "Gemm":
            A, B = ins[0], ins[1]
            if a.get("transA", 0):
                A = A.T
            if a.get("transB", 0):
                B = B.T
            y = a.get("alpha", 1.0) * (A @ B)
            if len(ins) > 2:
                y = y + a.get("beta", 1.0) * ins[2]
        elif n.op_type == "MatMul":
            y = ins[0] @ ins[1]
        elif n.op_type == "Add":
            y = ins[0] + ins[1]
        elif n.op_type == "Relu":
            y = np.maximum(ins[0], 0.0)
        elif n.op_type == "Flatten":
            assert a.get("axis", 1) == 1
            y = ins[0].reshape(ins[0].shape[0], -1)
        elif n.op_type in ("Softmax", "LogSoftmax"):
            y = softmax(ins[0], n.op_type == "LogSoftmax")
        elif n.op_type == "Constant":
            y = numpy_helper.to_array(a["value"]).astype(np.float64)
        else:
            raise SystemExit("eval: unsupported op " + n.op_type)
        env[n.output[0]] = y
    return env[model.graph.output[0].name]


def inputs(seed, d=64):
    return np.random.default_rng(seed).uniform(0.0, 1.0, size=(100, d))


def write_io(path, x, y):
    with open(path, "w") as f:
        json.dump({"inputs": x.tolist(), "outputs": np.asarray(y).reshape(len(x), -1).tolist()}, f)


def make_torch(out, io, sizes, image=False, final="none", seed=0):
    import torch

    torch.manual_seed(seed)
    layers = [torch.nn.Flatten()] if image else []
    for k in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[k], sizes[k + 1]))
        if k + 2 < len(sizes):
            layers.append(torch.nn.ReLU())
    if final == "softmax":
        layers.append(torch.nn.Softmax(dim=1))
    elif final == "logsoftmax":
        layers.append(torch.nn.LogSoftmax(dim=1))
    model = torch.nn.Sequential(*layers).eval()
    shape = (1, 1, 8, 8) if image else (1, sizes[0])
    torch.onnx.export(model, torch.zeros(shape), out, input_names=["input"],
                      output_names=["output"], dynamic_axes={"input": {0: "batch"},
                                                             "output": {0: "batch"}},
                      opset_version=13)
    x = inputs(seed + 1, sizes[0])
    with torch.no_grad():
        xt = torch.tensor(x).reshape((100,) + shape[1:])
        y = model.double()(xt).numpy()  # float64 on the exported float32 weights
    write_io(io, x, y)


def tensor(name, array, dtype=TensorProto.FLOAT):
    return helper.make_tensor(name, dtype, array.shape, array.flatten().tolist())


def make_helper(out, io):
    rng = np.random.default_rng(7)
    W1, b1 = rng.normal(size=(6, 5)).astype(np.float32), rng.normal(size=5).astype(np.float32)
    W2 = rng.normal(size=(5, 4)).astype(np.float32)
    W3, b3 = rng.normal(size=(4, 3)).astype(np.float32), rng.normal(size=3).astype(np.float32)
    nodes = [
        helper.make_node("MatMul", ["x", "W1"], ["h1"], name="dense1"),
        helper.make_node("Add", ["b1", "h1"], ["z1"], name="bias1"),  # bias first: either order
        helper.make_node("Relu", ["z1"], ["a1"], name="relu1"),
        helper.make_node("MatMul", ["a1", "W2"], ["z2"], name="dense2"),  # no bias
        helper.make_node("Relu", ["z2"], ["a2"], name="relu2"),
        helper.make_node("Gemm", ["a2", "W3", "b3"], ["z3"], name="dense3", alpha=0.5, beta=2.0),
        helper.make_node("LogSoftmax", ["z3"], ["y"], name="out", axis=1),
    ]
    graph = helper.make_graph(
        nodes, "helper_mlp",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 6])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 3])],
        [tensor("W1", W1), tensor("b1", b1), tensor("W2", W2), tensor("W3", W3), tensor("b3", b3)])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    onnx.checker.check_model(model)
    onnx.save(model, out)
    x = inputs(8, 6)
    write_io(io, x, evaluate(model, x))


def make_bad(kind, out):
    rng = np.random.default_rng(1)
    W1, W2 = rng.normal(size=(4, 3)), rng.normal(size=(3, 2))
    inits = [tensor("W1", W1), tensor("W2", W2)]
    act = helper.make_node("Relu", ["z1"], ["a1"], name="relu1")
    second = ["a1"]
    if kind == "unsupported-op":
        act = helper.make_node("Sigmoid", ["z1"], ["a1"], name="act1")
    elif kind == "int-weights":
        inits[1] = tensor("W2", np.arange(6).reshape(3, 2), TensorProto.INT64)
    elif kind == "shape-mismatch":
        inits[1] = tensor("W2", rng.normal(size=(5, 2)))
    elif kind == "branch":  # the second layer reads z1, not the Relu's output: not a chain
        second = ["z1"]
    nodes = [helper.make_node("MatMul", ["x", "W1"], ["z1"], name="dense1"), act,
             helper.make_node("MatMul", second + ["W2"], ["y"], name="dense2")]
    graph = helper.make_graph(
        nodes, "bad_" + kind, [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 2])], inits)
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]), out)


def main(argv):
    cmd = argv[1]
    if cmd == "torch":
        final, seed, image = "none", 0, "--image" in argv
        if "--final" in argv:
            final = argv[argv.index("--final") + 1]
        if "--seed" in argv:
            seed = int(argv[argv.index("--seed") + 1])
        make_torch(argv[2], argv[3], [int(s) for s in argv[4].split(",")], image, final, seed)
    elif cmd == "helper":
        make_helper(argv[2], argv[3])
    elif cmd == "bad":
        make_bad(argv[2], argv[3])
    elif cmd == "eval":
        model = onnx.load(argv[2])
        onnx.checker.check_model(model, full_check=True)
        with open(argv[3]) as f:
            x = np.array(json.load(f)["inputs"], dtype=np.float64)
        write_io(argv[4], x, evaluate(model, x))
        print("check_model: ok")
    else:
        raise SystemExit("unknown command " + cmd)


if __name__ == "__main__":
    main(sys.argv)
