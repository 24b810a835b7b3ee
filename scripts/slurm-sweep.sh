#!/usr/bin/env bash
# Template: a sweep's plan as a Slurm job array, one array task per line of the plan.
#
#   build/app/sparsemip sweep --kinds random,teacher,lowrank --n 4,5,6 --d 5 --seeds 0:9 \
#       --time-limit 300 --out "$PWD/results" --plan jobs.txt
#   sbatch --array=1-$(wc -l < jobs.txt) scripts/slurm-sweep.sh jobs.txt
#   build/app/sparsemip sweep --collect results --csv table.csv --json table.json
#
# Each line is self-contained (absolute paths to the executable and the result directory) and
# writes only its own result file, atomically; a line whose result exists returns at once, so a
# failed or pre-empted array is simply submitted again. The directives below are a starting
# point: one core per task (the MILP runs single-threaded, training takes what it gets), memory
# and time for a 300 s MILP after the training. Adjust them to the cluster and the grid.
#SBATCH --job-name=sparsemip-sweep
#SBATCH --cpus-per-task=1
#SBATCH --mem=2G
#SBATCH --time=00:30:00
#SBATCH --output=sweep-%A_%a.log
set -euo pipefail

plan=${1:?usage: sbatch --array=1-N slurm-sweep.sh PLAN}
task=${SLURM_ARRAY_TASK_ID:?run as a Slurm array job (sbatch --array=1-N)}
line=$(sed -n "${task}p" "$plan")
[ -n "$line" ] || { echo "slurm-sweep: $plan has no line $task" >&2; exit 2; }
echo "task $task: $line"
exec bash -c "$line"
