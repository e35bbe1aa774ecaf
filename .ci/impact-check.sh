#!/usr/bin/env bash
# The independent check of the impact analysis: Benchmarks/ImpactCheck/impact_check.py (pandas, numpy) recomputes
# Tests/SalesCompetencyTests/Fixtures/impact/expected.json from the fixture's panel.csv and enrolments.csv; the
# result must equal the committed file, which ImpactCheckFixtureTests holds the library to.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import pandas" 2>/dev/null || python3 -m pip install --quiet pandas==2.2.3 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages pandas==2.2.3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp Tests/SalesCompetencyTests/Fixtures/impact/panel.csv Tests/SalesCompetencyTests/Fixtures/impact/enrolments.csv "$work/"
python3 Benchmarks/ImpactCheck/impact_check.py "$work" --analyse-only >/dev/null
diff <(python3 -m json.tool --sort-keys "$work/expected.json") \
    <(python3 -m json.tool --sort-keys Tests/SalesCompetencyTests/Fixtures/impact/expected.json)
echo "impact check: the script reproduces expected.json"
