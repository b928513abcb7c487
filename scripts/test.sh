#!/usr/bin/env bash
# Set up (see setup.sh --test) and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}" TOKENIZERS_PARALLELISM=false HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
# The static checks first: import layers (import-linter), types (mypy), style (ruff).
.venv/bin/python scripts/lint.py
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider --timeout=600 "$@"
rc=$?
set -e
# pytest exits 5 when it collected no test: say so instead of failing silently or passing silently.
if [ "$rc" = 5 ]; then echo "no tests were collected" >&2; exit 1; fi
exit "$rc"
