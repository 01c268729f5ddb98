#!/usr/bin/env python3
"""Helpers of tm_bench.sh: lockstep's translation memory against Translate Toolkit's.

    tm_bench.py pot QUERIES.jsonl OUT.pot [--limit K]
        a POT file whose msgids are the queries of the in-process benchmark's output
    tm_bench.py ttk OUT.jsonl -- pot2po ARGS…
        runs Translate Toolkit's own pot2po (its main(), in this process) with timers around
        loading the memory and around each fuzzy lookup, and writes what each lookup found
    tm_bench.py commands N -- COMMAND… {}
        runs COMMAND N times, {} replaced by the next query read from stdin, and prints the
        median, p90 and max wall time, and the median CPU time (user + system)
    tm_bench.py pairs LOCKSTEP.jsonl TTK.jsonl OUT.tsv
        query<TAB>top source lines for both tools' top matches, for lockstep's score
    tm_bench.py compare LOCKSTEP.jsonl TTK.jsonl SCORES.txt FIGURES.txt
        the table: times, ratios, and the top matches compared

Python standard library only, except the `ttk` command (which is Translate Toolkit running)
and Translate Toolkit's own similarity in `compare` (used when it is installed).
"""
import json
import math
import re
import resource
import statistics
import subprocess
import sys
import time


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def percentile(values, q):
    """Nearest rank, as the Rust benchmark computes it."""
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(max(1, math.ceil(q * len(s))), len(s)) - 1]


def unique_queries(path, limit=None):
    seen, out = set(), []
    for r in read_jsonl(path):
        if r["text"] not in seen:
            seen.add(r["text"])
            out.append(r["text"])
    return out[:limit] if limit else out


def po_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n") + '"'


def cmd_pot(args):
    queries_path, out = args[0], args[1]
    limit = int(args[args.index("--limit") + 1]) if "--limit" in args else None
    # pot2po keys units by msgid, so each query appears once.
    queries = unique_queries(queries_path, limit)
    with open(out, "w", encoding="utf-8") as f:
        f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        for i, q in enumerate(queries):
            f.write(f"#: query:{i + 1}\nmsgid {po_string(q)}\nmsgstr \"\"\n\n")
    print(len(queries))


def cmd_ttk(args):
    """pot2po as its command runs, plus timers. What is timed:
    - load: pretranslate.memory(), i.e. parsing the TMX and building the matcher's sorted
      candidate list (once per pot2po run);
    - each lookup: matcher.matches(text), the fuzzy search pot2po does for one msgid (the same
      call pretranslate.match_fuzzy makes), with its candidate filtering by length and
      RapidFuzz's Levenshtein. Reading the POT and writing the PO are outside both."""
    out_path, argv = args[0], args[args.index("--") + 1:]
    from translate.convert import pot2po
    from translate.search import lshtein, match
    from translate.tools import pretranslate

    records, timing, tm = [], {}, []
    real_memory, real_matches = pretranslate.memory, match.matcher.matches

    def memory(*a, **k):
        t = time.perf_counter()
        m = real_memory(*a, **k)
        timing["load_s"] = time.perf_counter() - t
        timing["units"] = len(m.candidates.units)
        tm.append(m)
        return m

    def matches(self, text):
        if self not in tm:  # the matcher of the (empty) template, not the memory
            return real_matches(self, text)
        c, t = time.thread_time(), time.perf_counter()
        result = real_matches(self, text)
        took, cpu = time.perf_counter() - t, time.thread_time() - c
        top = None
        if result:
            src = str(result[0].source)
            top = {"score": self.comparer.similarity(text, src, 0), "source": src, "target": str(result[0].target)}
        records.append({"text": str(text), "micros": took * 1e6, "cpu_micros": cpu * 1e6, "top": top})
        return result

    pretranslate.memory, match.matcher.matches = memory, matches
    timing["rapidfuzz"] = lshtein.distance is lshtein.native_distance
    started = time.perf_counter()
    try:
        pot2po.main(argv[1:])
    except SystemExit as e:
        if e.code not in (None, 0):
            raise
    timing["run_s"] = time.perf_counter() - started
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"timing": timing}, ensure_ascii=False) + "\n")
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    times = [r["micros"] / 1000 for r in records]
    print(f"ttk: {timing.get('units', 0)} candidate units loaded in {timing.get('load_s', 0):.1f} s; "
          f"{len(times)} lookups, median {statistics.median(times) if times else 0:.1f} ms, "
          f"p90 {percentile(times, 0.9):.1f} ms, "
          f"max {max(times, default=0):.1f} ms (RapidFuzz: {timing['rapidfuzz']})")


def cmd_commands(args):
    n, command = int(args[0]), args[args.index("--") + 1:]
    queries = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    times, cpu = [], []
    for i in range(n):
        q = queries[i % len(queries)]
        argv = [q if a == "{}" else a for a in command]
        r, t = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
        r2 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((r2.ru_utime + r2.ru_stime - r.ru_utime - r.ru_stime) * 1000)
    print(f"RESULT runs={n} median_ms={statistics.median(times):.2f} "
          f"p90_ms={percentile(times, 0.9):.2f} max_ms={max(times):.2f} cpu_median_ms={statistics.median(cpu):.2f}")


# Translate Toolkit reads the content of inline codes into its text (`<bpt>&lt;b&gt;</bpt>`
# becomes "<b>", `<ph>{1}</ph>` becomes "{1}"); lockstep keeps markup out of the text it
# matches. To measure both tools' top matches with one yardstick, the codes the generator
# writes are dropped from Translate Toolkit's top source first.
INLINE = re.compile(r"</?b>|\{\d+\}")


def plain(s):
    return re.sub(r"\s+", " ", INLINE.sub("", s)).strip()


def cmd_pairs(args):
    lockstep = {r["text"]: r for r in read_jsonl(args[0])}
    ttk = [r for r in read_jsonl(args[1]) if "text" in r]
    with open(args[2], "w", encoding="utf-8") as f:
        for r in ttk:
            ls = lockstep.get(r["text"], {}).get("top")
            for top in (ls, r["top"]):
                src = plain(top["source"]) if top else ""
                f.write(f"{r['text']}\t{src}".replace("\n", " ") + "\n")


def cmd_compare(args):
    lockstep_rows = read_jsonl(args[0])
    lockstep = {r["text"]: r for r in lockstep_rows}
    ttk_all = read_jsonl(args[1])
    ttk_timing = next((r["timing"] for r in ttk_all if "timing" in r), {})
    ttk = [r for r in ttk_all if "text" in r]
    with open(args[2], encoding="utf-8") as f:
        scores = [int(x) for x in f.read().split()]
    fig = {}
    with open(args[3], encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                fig[k] = v
    try:
        from translate.search.lshtein import LevenshteinComparer

        ttk_similarity = LevenshteinComparer(1000).similarity  # as pot2po's memory matcher
    except ImportError:
        ttk_similarity = None

    # Top matches, on the queries both tools answered. "Better" by lockstep's score (word edit
    # distance, what lockstep ranks by) and by Translate Toolkit's (character edit distance,
    # what it ranks by): a tool that wins by both measures found a closer unit.
    c = dict(same=0, both_none=0, ls_only=0, ttk_only=0, ls_better=0, ttk_better=0, tie=0,
             ls_better_ttk_metric=0, ttk_better_ttk_metric=0, tie_ttk_metric=0)
    worse = []
    for i, r in enumerate(ttk):
        ls_top, tk_top = lockstep[r["text"]]["top"], r["top"]
        ls_score, tk_score = scores[2 * i], scores[2 * i + 1]
        if not ls_top and not tk_top:
            c["both_none"] += 1
            continue
        if not tk_top:
            c["ls_only"] += 1
            continue
        if not ls_top:
            c["ttk_only"] += 1
            worse.append((r["text"], None, tk_top["source"]))
            continue
        if plain(ls_top["source"]) == plain(tk_top["source"]):
            c["same"] += 1
            continue
        if ls_score > tk_score:
            c["ls_better"] += 1
        elif ls_score < tk_score:
            c["ttk_better"] += 1
            worse.append((r["text"], ls_top["source"], tk_top["source"]))
        else:
            c["tie"] += 1
        if ttk_similarity:
            a = ttk_similarity(r["text"], ls_top["source"], 0)
            b = ttk_similarity(r["text"], tk_top["source"], 0)
            if a > b + 1e-9:
                c["ls_better_ttk_metric"] += 1
            elif b > a + 1e-9:
                c["ttk_better_ttk_metric"] += 1
            else:
                c["tie_ttk_metric"] += 1

    def f(v, unit="ms", digits=1):
        return "-" if v is None or v != v else f"{v:.{digits}f} {unit}"

    def ratio(a, b):
        return "-" if not a or not b or a != a or b != b else f"{b / a:,.0f}×"

    ls_med, ls_p90 = float(fig.get("ls_median_us", "nan")) / 1000, float(fig.get("ls_p90_us", "nan")) / 1000
    ls_cpu = float(fig.get("ls_cpu_median_us", "nan")) / 1000
    # The same queries on both sides: lockstep's times for the queries ttk looked up.
    ls_same = [lockstep[r["text"]]["micros"] / 1000 for r in ttk]
    tk_times = [r["micros"] / 1000 for r in ttk]
    ls_same_cpu = [lockstep[r["text"]].get("cpu_micros") for r in ttk]
    tk_cpu = [r["cpu_micros"] / 1000 for r in ttk]
    ls_cmd = float(fig.get("ls_cmd_median_ms", "nan"))
    tk_cmd = float(fig["ttk_cmd_s"]) * 1000 if fig.get("ttk_cmd_s") else None
    ls_cmd_cpu = float(fig.get("ls_cmd_cpu_median_ms", "nan"))
    tk_cmd_cpu = float(fig["ttk_cmd_cpu_s"]) * 1000 if fig.get("ttk_cmd_cpu_s") else None
    rows = [
        ("memory", f"{fig.get('units', '?')} TMX units, {fig.get('ls_units', '?')} stored",
         f"{ttk_timing.get('units', '?')} candidate units" if ttk else "-", ""),
        ("import / load", f"{fig.get('import_s', '?')} s, {fig.get('import_mbs', '?')} MB/s, "
         f"{fig.get('import_cpu_s', '?')} s CPU, {fig.get('import_rss_mb', '?')} MB RSS",
         f"{ttk_timing.get('load_s', float('nan')):.1f} s, on every run" if ttk else "-", ""),
        (f"per lookup, median ({len(lockstep_rows)} lookups, in-process)", f(ls_med, digits=3), "", ""),
        (f"per lookup, p90 ({len(lockstep_rows)} lookups, in-process)", f(ls_p90, digits=3), "", ""),
        (f"per lookup, CPU time, median ({len(lockstep_rows)} lookups)", f(ls_cpu, digits=3), "", ""),
    ]
    if ttk:
        rows += [
            (f"per lookup, median (the same {len(ttk)} queries)", f(statistics.median(ls_same), digits=3),
             f(statistics.median(tk_times)), ratio(statistics.median(ls_same), statistics.median(tk_times))),
            (f"per lookup, p90 (the same {len(ttk)} queries)", f(percentile(ls_same, 0.9), digits=3),
             f(percentile(tk_times, 0.9)), ratio(percentile(ls_same, 0.9), percentile(tk_times, 0.9))),
        ]
        if None not in ls_same_cpu:
            ls_same_cpu = [c / 1000 for c in ls_same_cpu]
            a, b = statistics.median(ls_same_cpu), statistics.median(tk_cpu)
            rows.append((f"per lookup, CPU time, median (the same {len(ttk)})", f(a, digits=3), f(b), ratio(a, b)))
    rows.append(("whole command, one lookup", f"{f(ls_cmd)} (median of {fig.get('ls_cmd_runs', '?')})",
                 f"{f(tk_cmd / 1000, 's')}, {fig.get('ttk_cmd_rss_mb', '?')} MB RSS" if tk_cmd else "-",
                 ratio(ls_cmd, tk_cmd)))
    rows.append(("whole command, one lookup, CPU time", f(ls_cmd_cpu),
                 f(tk_cmd_cpu / 1000 if tk_cmd_cpu else None, "s"), ratio(ls_cmd_cpu, tk_cmd_cpu)))
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows + [("", "lockstep")])
    w2 = max(len(r[2]) for r in rows + [("", "", "Translate Toolkit")])
    print(f"{'':{w0}}  {'lockstep':>{w1}}  {'Translate Toolkit':>{w2}}  ratio")
    for a, b, d, e in rows:
        print(f"{a:{w0}}  {b:>{w1}}  {d:>{w2}}  {e}")
    if ttk:
        n = len(ttk)
        print(f"\ntop match on the {n} queries both looked up:")
        print(f"  the same source text: {c['same']}; neither found one ≥ 70: {c['both_none']}; "
              f"only lockstep found one: {c['ls_only']}; only Translate Toolkit: {c['ttk_only']}")
        print(f"  different units, by lockstep's score: lockstep's better {c['ls_better']}, "
              f"equal {c['tie']}, Translate Toolkit's better {c['ttk_better']}")
        if ttk_similarity:
            print(f"  different units, by Translate Toolkit's similarity: lockstep's better "
                  f"{c['ls_better_ttk_metric']}, equal {c['tie_ttk_metric']}, Translate Toolkit's better "
                  f"{c['ttk_better_ttk_metric']}")
        for q, a, b in worse[:5]:
            print(f"  Translate Toolkit's top is closer by lockstep's score for: {q!r}\n"
                  f"      lockstep: {a!r}\n      ttk:      {b!r}")


def main():
    commands = {"pot": cmd_pot, "ttk": cmd_ttk, "commands": cmd_commands, "pairs": cmd_pairs,
                "compare": cmd_compare}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()
