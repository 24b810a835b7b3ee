<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DataPage</name>
    <message>
        <source>Random (uniform X, uniform y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planted ReLU teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-rank linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D two spirals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iris (150 × 4, 3 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wine (178 × 13, 3 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breast cancer (569 × 30, 2 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 8×8 (1797 × 64, 10 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise (2-D shapes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or 1-based index of the target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, N=%2, d=%3, seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>classification, %n classes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 samples × %3 features, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveLineChart</name>
    <message>
        <source>Cannot render the chart as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render the chart as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SparseMIP Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparsest network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: %1 — %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export dataset as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundled dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when SparseMIP Studio restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SparseMIP Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SparseMIP Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SparseMIP Studio %1&lt;/h3&gt;&lt;p&gt;A workbench for sparse neural networks: gradient training with sparsity regularizers, and provably sparsest networks by mixed-integer programming (COIN-OR CBC, Ipopt).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SparseMIP sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SparseMIP sessions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilpProcessJob</name>
    <message>
        <source>Cannot start the solver process &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable result from the solver process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver process was stopped before reporting a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver process crashed (%1). The application is unaffected; the solver&apos;s log may say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver process ended with exit code %1 without a result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>No network yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbabilityView</name>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bold: true class, underlined: class after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Random, N=7, d=5, seed 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SolverChart</name>
    <message>
        <source>Solver progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent –   Bound –   Gap –   Nodes 0   Elapsed %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent %1   Bound %2   Gap %3   Nodes %4   Elapsed %5 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SparsestPage</name>
    <message>
        <source>From a trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N (samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight (ours: per-sample M, symmetry breaking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed (as published: global M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBC&apos;s parallel branch-and-bound is experimental; 1 is safest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count biases in the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm start from the trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w_B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b_B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width K:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit tolerance ε:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the seed pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the regularizers, take bounds and a MIP start from the sparsest model that fits, then solve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBC&apos;s log appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: sparsest model that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 nonzeros, MSE %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounds from %1: w_B = %2, b_B = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual bounds: w_B = %1, b_B = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size: %1 rows, %2 columns, %3 binaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load or generate a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2: training the regularizers (see the Train page)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline needs at least one regularizer checked on the Train page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot solve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has %1 binaries and may take very long. Solve anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the model (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Warm start: %1 nonzeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Warm start not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solving with CBC (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded MILP network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MILP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MILP bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonzeros: trained models vs sparsest network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonzeros</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Dataset changed: ready to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N (samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count biases as nonzeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ (prox scale):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε (zero threshold):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width K:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonzero path products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonzeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path norm (p = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ|v·w|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonzeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℓp path norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℓ1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (Adam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay (AdamW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℓp path norm, p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℓ1 proximal (ISTA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group lasso per neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load or generate a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one regularizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every path-norm p must be a number in (0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ must be a number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path norm (p = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ|v·w|^p</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training %n regularizer(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smip::ui</name>
    <message>
        <source>Optimal (proven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit reached, best solution kept (not proven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit reached before any solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: objective %1, bound %2, gap %3 %, %4 nodes, %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1a7f37&apos;&gt;Verified&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Verification FAILED&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Solver claims %2 nonzeros; re-evaluated in double precision: %3 nonzeros (%4 weights, %5 biases), %6 active units, max residual %7 (allowed ε + %8).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
