#!/usr/bin/env python3
"""Independent check of `bench gap` output: recomputes cost and capacity use of each DIR/<instance>.sol
from the instance file itself (no project code), and compares with RESULT.csv and, if given, an optima table
(lines "| instance | agents | jobs | optimum | ..." as in OPTIMA.md, or "instance value" pairs).

usage: check_gap_solutions.py RESULT.csv SOLUTION_DIR INSTANCE_FILE... [--optima FILE]...
"""
import csv, os, sys

def read_instances(path):
    t = [int(x) for x in open(path).read().split()]
    name = os.path.basename(path)
    def parse(at):
        m, n = t[at], t[at + 1]; k = at + 2
        cost = [t[k + i * n:k + (i + 1) * n] for i in range(m)]; k += m * n
        res = [t[k + i * n:k + (i + 1) * n] for i in range(m)]; k += m * n
        return (m, n, cost, res, t[k:k + m]), k + m
    if len(t) == 2 + 2 * t[0] * t[1] + t[0]:
        return [(name, parse(0)[0])]
    out, at = [], 1
    base = name[:-4] if name.endswith('.txt') else name
    for q in range(t[0]):
        inst, at = parse(at)
        out.append((f"{base}-{q}", inst))
    return out

def main(argv):
    optima = {}
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == '--optima':
            for line in open(argv[i + 1]):
                cells = [c.strip() for c in line.strip().strip('|').split('|')] if line.startswith('|') else line.split()
                if len(cells) >= 2:
                    v = cells[3] if line.startswith('|') and len(cells) > 3 else cells[1]
                    try:
                        optima[cells[0]] = int(v)
                    except ValueError:
                        pass
            i += 2
        else:
            args.append(argv[i]); i += 1
    result_csv, sol_dir, files = args[0], args[1], args[2:]
    rows = {r['instance']: r for r in csv.DictReader(open(result_csv))}
    gaps, bad = [], 0
    print(f"{'instance':16} {'cost':>8} {'reference':>9} {'gap%':>6} {'feasible':>8} {'greedy':>8}")
    for f in files:
        for name, (m, n, cost, res, cap) in read_instances(f):
            x = [int(v) for v in open(os.path.join(sol_dir, name + '.sol')).read().split()]
            assert len(x) == n, f"{name}: {len(x)} agents in solution, {n} jobs"
            load = [0] * m; total = 0
            for j, a in enumerate(x):
                assert 0 <= a < m, f"{name}: job {j} on agent {a}"
                load[a] += res[a][j]; total += cost[a][j]
            feasible = all(load[i] <= cap[i] for i in range(m))
            row = rows.get(name)
            if row is None or int(row['cost']) != total or (row['feasible'] == 'true') != feasible:
                print(f"{name}: CSV says {row and (row['cost'], row['feasible'])}, file gives {total}, {feasible}"); bad += 1
            ref = optima.get(name)
            gap = 100.0 * (total - ref) / ref if ref else None
            if gap is not None and feasible:
                gaps.append(gap)
            bad += 0 if feasible else 1
            print(f"{name:16} {total:8d} {ref if ref else '-':>9} {('%.2f' % gap) if gap is not None else '-':>6} "
                  f"{str(feasible):>8} {row['greedy_cost'] if row else '-':>8}")
    if gaps:
        print(f"mean gap over {len(gaps)} instance(s) with a reference: {sum(gaps) / len(gaps):.2f}%")
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
