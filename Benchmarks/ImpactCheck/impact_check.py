#!/usr/bin/env python3
"""An independent check of sco's impact analysis (ImpactReport), written from the documented method only.

It generates a panel (rep_id,month,value) and enrolments (rep_id,investment_id,enrolled_on), computes the
difference-in-differences estimate, the pre-trend and trend-line estimates, the rep-clustered bootstrap
intervals and the permutation p-value under the same resampling plan (SplitMix64, resample b seeded seed+b),
and writes them to expected.json. The Swift test ImpactCheckFixtureTests reads the same three files.

    pip install pandas==2.2.3
    python3 Benchmarks/ImpactCheck/impact_check.py Tests/SalesCompetencyTests/Fixtures/impact
"""
import json
import math
import sys

import numpy as np
import pandas as pd

MASK = (1 << 64) - 1
OPTIONS = dict(monthsBefore=3, monthsAfter=3, resamples=300, permutations=300, seed=11, confidenceLevel=0.9)


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def unit(self):
        return (self.next() >> 11) * 2.0**-53

    def index(self, n):
        return int(self.unit() * n)


def generate(folder):
    rng = np.random.default_rng(20261201)
    reps, months = 80, 14
    rows, enrolments = [], []
    month_level = rng.normal(0, 0.5, months)
    for r in range(reps):
        rep = f"rep-{r:03d}"
        level = 10 + 2 * rng.normal()
        enrols = rng.random() < 0.35
        e = int(rng.integers(3, months - 3))
        if enrols:
            enrolments.append((rep, "sim", f"{2024 + e // 12}-{1 + e % 12:02d}-{1 + int(rng.integers(0, 20)):02d}"))
        for m in range(months):
            value = level + month_level[m] + rng.normal()
            if enrols and m > e:
                value += 1.0 * math.exp(-30.4375 * (m - e) / 120)
            if rng.random() >= 0.05:
                rows.append((rep, f"{2024 + m // 12}-{1 + m % 12:02d}", round(value, 6)))
    pd.DataFrame(rows, columns=["rep_id", "month", "value"]).to_csv(f"{folder}/panel.csv", index=False)
    pd.DataFrame(enrolments, columns=["rep_id", "investment_id", "enrolled_on"]).to_csv(
        f"{folder}/enrolments.csv", index=False)


def analyse(folder):
    panel = pd.read_csv(f"{folder}/panel.csv")
    enrol = pd.read_csv(f"{folder}/enrolments.csv")
    months = sorted(panel.month.unique())
    first = pd.Period(months[0], "M")
    count = (pd.Period(months[-1], "M") - first).n + 1
    panel["m"] = panel.month.map(lambda t: (pd.Period(t, "M") - first).n)
    wide = panel.pivot(index="rep_id", columns="m", values="value").reindex(columns=range(count))
    values = {rep: wide.loc[rep].to_numpy() for rep in wide.index}
    B, A = OPTIONS["monthsBefore"], OPTIONS["monthsAfter"]

    def window(rep, lo, hi):
        v = values[rep]
        picked = [v[m] for m in range(lo, hi + 1) if 0 <= m < count and not np.isnan(v[m])]
        return np.mean(picked) if picked else np.nan

    def change(rep, e, stage):
        (b0, b1), (a0, a1) = stage
        return window(rep, e + a0, e + a1) - window(rep, e + b0, e + b1)

    half = max(1, B // 2)
    stages = [((-B, -1), (1, A)), ((-2 * half, -half - 1), (-half, -1))] + [((-B, -1), (k, k)) for k in range(1, A + 1)]

    participants = []
    for row in enrol.itertuples():
        if row.rep_id not in values:
            continue
        e = (pd.Period(row.enrolled_on[:7], "M") - first).n
        if 0 <= e < count and not np.isnan(window(row.rep_id, e - B, e - 1)) and not np.isnan(
                window(row.rep_id, e + 1, e + A)):
            participants.append((row.rep_id, e))
    comparison = sorted(set(values) - set(enrol.rep_id))

    def estimate(stage, drawn_p, drawn_c):
        cache = {}
        effects = []
        for rep, e in drawn_p:
            if e not in cache:
                cs = [c for c in (change(j, e, stage) for j in drawn_c) if not np.isnan(c)]
                cache[e] = np.mean(cs) if cs else np.nan
            d = change(rep, e, stage)
            if not np.isnan(d) and not np.isnan(cache[e]):
                effects.append(d - cache[e])
        return (np.mean(effects) if effects else np.nan), len(effects)

    def trend(rep, e):
        v = values[rep]
        pts = [(m, v[m]) for m in range(e - B, e) if 0 <= m < count and not np.isnan(v[m])]
        if len(pts) < 2:
            return np.nan
        x = np.array([p[0] for p in pts], float)
        y = np.array([p[1] for p in pts])
        slope = ((x - x.mean()) * (y - y.mean())).sum() / ((x - x.mean()) ** 2).sum()
        res = [v[m] - (y.mean() + slope * (m - x.mean())) for m in range(e + 1, e + A + 1)
               if 0 <= m < count and not np.isnan(v[m])]
        return np.mean(res) if res else np.nan

    def trend_estimate(drawn_p):
        t = [x for x in (trend(rep, e) for rep, e in drawn_p) if not np.isnan(x)]
        return np.mean(t) if t else np.nan

    observed = [estimate(s, participants, comparison) for s in stages]
    rows = []
    for b in range(OPTIONS["resamples"]):
        g = SplitMix64(OPTIONS["seed"] + b)
        dp = [participants[g.index(len(participants))] for _ in participants]
        dc = [comparison[g.index(len(comparison))] for _ in comparison]
        rows.append([estimate(s, dp, dc)[0] for s in stages] + [trend_estimate(dp)])
    rows = np.array(rows)
    level = OPTIONS["confidenceLevel"]

    def interval(column):
        x = rows[:, column]
        x = x[~np.isnan(x)]
        lo, hi = np.quantile(x, [(1 - level) / 2, (1 + level) / 2])
        return [float(lo), float(hi)]

    pool = [rep for rep, _ in participants] + comparison
    n_p = len(participants)
    stats = []
    for b in range(OPTIONS["permutations"]):
        g = SplitMix64((OPTIONS["seed"] ^ 0x7065726D) + b)
        order = list(range(len(pool)))
        for i in range(len(pool) - 1, 0, -1):
            j = g.index(i + 1)
            order[i], order[j] = order[j], order[i]
        pseudo = [(pool[order[i]], participants[i][1]) for i in range(n_p)]
        rest = [pool[k] for k in order[n_p:]]
        stats.append(estimate(stages[0], pseudo, rest)[0])
    stats = np.array([s for s in stats if not np.isnan(s)])
    p_value = (1 + int((np.abs(stats) >= abs(observed[0][0]) - 1e-12).sum())) / (1 + len(stats))

    result = dict(
        options=OPTIONS, months=[months[0], months[-1]], participants=n_p, comparisonReps=len(comparison),
        estimate=float(observed[0][0]), interval=interval(0), pValue=p_value,
        preTrend=float(observed[1][0]), preTrendInterval=interval(1),
        trendLine=float(trend_estimate(participants)), trendLineInterval=interval(len(stages)),
        gains=[float(o[0]) for o in observed[2:]])
    with open(f"{folder}/expected.json", "w") as f:
        json.dump(result, f, indent=2, sort_keys=True)
        f.write("\n")
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "Tests/SalesCompetencyTests/Fixtures/impact"
    if "--analyse-only" not in sys.argv:
        generate(folder)
    analyse(folder)
