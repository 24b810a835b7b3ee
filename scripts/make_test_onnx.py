#!/usr/bin/python3
"""Makes tests/data/onnx/digits_mlp.onnx and digits_mlp_io.json once (checked in; test_onnx reads
them without Python). Run from the repository root: /usr/bin/python3 scripts/make_test_onnx.py

A PyTorch digits classifier as the source notebook builds one: the 8x8 image [N, 1, 8, 8] with
pixels divided by 16 (so in [0, 1]), Flatten, Linear(64, 16), ReLU, Linear(16, 10), LogSoftmax;
trained on the bundled digits (resources/datasets/digits.csv), exported by torch.onnx.export
(opset 13). The JSON holds the first 100 images (pixels / 16, row-major) and the model's outputs on
them, computed by torch in float64 on the exported float32 weights.
Needs Debian's python3-torch, python3-onnx and python3-numpy.
"""
import json

import numpy as np
import torch

data = np.loadtxt("resources/datasets/digits.csv", delimiter=",", skiprows=1)
X = torch.tensor(data[:, :64] / 16.0, dtype=torch.float32).reshape(-1, 1, 8, 8)
y = torch.tensor(data[:, 64], dtype=torch.long)

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(64, 16), torch.nn.ReLU(),
                            torch.nn.Linear(16, 10), torch.nn.LogSoftmax(dim=1))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(300):  # full batch: deterministic on the CPU
    optimizer.zero_grad()
    loss = torch.nn.functional.nll_loss(model(X), y)
    loss.backward()
    optimizer.step()
model.eval()
with torch.no_grad():
    accuracy = (model(X).argmax(dim=1) == y).float().mean().item()
print(f"loss {loss.item():.4f}, accuracy on all digits {accuracy:.3f}")

torch.onnx.export(model, torch.zeros(1, 1, 8, 8), "tests/data/onnx/digits_mlp.onnx",
                  input_names=["image"], output_names=["log_probabilities"],
                  dynamic_axes={"image": {0: "batch"}, "log_probabilities": {0: "batch"}},
                  opset_version=13)
with torch.no_grad():
    out = model.double()(X[:100].double()).numpy()
with open("tests/data/onnx/digits_mlp_io.json", "w") as f:
    json.dump({"inputs": X[:100].reshape(100, 64).double().numpy().tolist(),
               "outputs": out.tolist()}, f)
