#!/usr/bin/python3
"""Extraction accuracy on generated sets, with the OCR readings saved so that extraction
changes are measured in seconds. The method behind README's "Measured results: extraction"
(held-out seeds included). Never run in CI (minutes of OCR per set).

  1. generates each set once (`samples/generator/generate.py --set KIND --seed N`);
  2. reads every case folder once with `cabut ocr --xml` of the binary given, into
     OUT/ocr/TAG-KIND-N/caseNN.xml (kept: a later run with the same TAG reads nothing again);
  3. runs `tests/extract/extract_fixture` (the same extraction and case reconciliation as
     `cabut extract`) on the saved readings and scores it with ../shared/tools/score-extraction.

Usage: bench/extract/sets.py [--build build] [--out /tmp/cabut-sets] [--tag start]
                             [--kind degraded] [--jobs 2] SEED...
Prints one line per set and the pooled figure. Compare two binaries by running twice with
different --build and --tag; compare two extractions by building the fixture again and
running with the same --tag.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORER = os.path.join(os.path.dirname(ROOT), "shared", "tools", "score-extraction")


def generate(out, kind, seed):
    folder = os.path.join(out, "sets", f"{kind}-{seed}")
    if not os.path.isdir(folder):
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "samples/generator/generate.py"),
                        "--out", folder, "--set", kind, "--seed", str(seed), "--quiet"],
                       check=True)
    return folder


def read_cases(cabut, folder, readings, jobs):
    os.makedirs(readings, exist_ok=True)
    for case in sorted(glob.glob(os.path.join(folder, "case*/"))):
        target = os.path.join(readings, os.path.basename(case.rstrip("/")) + ".xml")
        if os.path.exists(target):
            continue
        files = sorted(glob.glob(os.path.join(case, "*")))
        result = subprocess.run([cabut, "ocr", "--xml", f"--jobs={jobs}"] + files,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        with open(target + ".part", "wb") as part:
            part.write(result.stdout)
        os.replace(target + ".part", target)


def score(fixture, folder, readings, outputs):
    os.makedirs(outputs, exist_ok=True)
    # The checkout's rules and schemas (next to build/tests/ lies a build folder named rules).
    env = dict(os.environ, CABUT_HOME=ROOT)
    for reading in sorted(glob.glob(os.path.join(readings, "case*.xml"))):
        with open(os.path.join(outputs, os.path.basename(reading)), "wb") as out:
            subprocess.run([fixture, reading], stdout=out, stderr=subprocess.DEVNULL, env=env)
    report = subprocess.run([SCORER, "--from-dir", outputs, folder], stdout=subprocess.PIPE,
                            text=True).stdout
    found = re.search(r"overall field accuracy: (\d+)/(\d+)", report)
    return (int(found.group(1)), int(found.group(2))) if found else (0, 0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--out", default="/tmp/cabut-sets")
    parser.add_argument("--tag", default="start")
    parser.add_argument("--kind", default="degraded", choices=["clean", "degraded"])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("seeds", type=int, nargs="+")
    args = parser.parse_args()
    cabut = os.path.join(args.build, "cabut")
    fixture = os.path.join(args.build, "tests", "extract", "extract_fixture")
    for tool in (cabut, fixture, SCORER):
        if not os.access(tool, os.X_OK):
            sys.exit(f"missing {tool} (build first; ../shared beside the checkout)")
    correct = total = 0
    for seed in args.seeds:
        folder = generate(args.out, args.kind, seed)
        name = f"{args.tag}-{args.kind}-{seed}"
        readings = os.path.join(args.out, "ocr", name)
        read_cases(cabut, folder, readings, args.jobs)
        right, fields = score(fixture, folder, readings, os.path.join(args.out, "scored", name))
        correct, total = correct + right, total + fields
        print(f"{args.kind} seed {seed}: {right} / {fields} = {right / max(1, fields):.3f}",
              flush=True)
    print(f"pooled: {correct} / {total} = {correct / max(1, total):.3f}")


if __name__ == "__main__":
    main()
