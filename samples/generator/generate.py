#!/usr/bin/python3
"""cabut sample-letter generator.

Usage:
  /usr/bin/python3 samples/generator/generate.py --out DIR --set clean|degraded|cases|bad
                                                 [--seed N] [--count N] [--jobs N] [--quiet]
  /usr/bin/python3 samples/generator/generate.py --describe cases|bad

Sets:
  clean     DIR/caseNN/ (scan files) + DIR/caseNN.truth.xml (ground truth <extraction>), the layout
            of shared/tools/score-extraction. Clean renders, 200-300 dpi, PNG/JPEG/TIFF/PDF.
  degraded  the same layout; pages skewed, rotated, noisy, blurred, JPEG-compressed, stamped...
  cases     DIR/<name>/ (the files of one case for `cabut check`) + DIR/<name>.expected
            (one line verdict=complete|incomplete|invalid) + DIR/<name>.truth.xml.
  bad       broken and hostile input files directly in DIR (see --describe bad).

Output is deterministic for a given --seed (default 1) and --count; --jobs only changes speed.
Needs Debian's python3-pil and python3-reportlab and the fonts-liberation2, fonts-dejavu-core and
fonts-freefont-ttf fonts. Run it with /usr/bin/python3 (not a Python without PIL).
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

DEFAULT_COUNT = {"clean": 26, "degraded": 26}


def _extraction_job(args):
    import sets
    return sets.make_extraction_case(*args)


def _check_job(args):
    import checkcases
    return checkcases.make_case(*args)


def run_pool(fn, jobs, n_jobs):
    if n_jobs <= 1 or len(jobs) <= 1:
        return [fn(j) for j in jobs]
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(n_jobs) as pool:
        return pool.map(fn, jobs, chunksize=1)


def main(argv):
    ap = argparse.ArgumentParser(description="Generate cabut sample letters with ground truth.")
    ap.add_argument("--out", help="output directory (created; existing files with the same names are replaced)")
    ap.add_argument("--set", choices=["clean", "degraded", "cases", "bad"], help="which set")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--count", type=int, default=None,
                    help="number of cases for clean/degraded (default 26); ignored by cases and bad")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    ap.add_argument("--quiet", action="store_true", help="print only the summary line")
    ap.add_argument("--describe", choices=["cases", "bad"],
                    help="print the cases (name, expected verdict, what it tests) or bad files (name, expected "
                         "outcome, what it is) as tab-separated lines, and exit")
    a = ap.parse_args(argv)
    if a.describe:
        if a.describe == "bad":
            import badinputs
            for name, expect, what in badinputs.DESCRIPTION:
                print("%s\t%s\t%s" % (name, expect, what))
        else:
            import checkcases
            for name, verdict, what in checkcases.DESCRIPTION:
                print("%s\t%s\t%s" % (name, verdict, what))
        return 0
    if not a.out or not a.set:
        ap.error("--out and --set are required")
    try:
        import PIL.Image
        import reportlab.pdfgen.canvas
        del PIL, reportlab
    except ImportError as e:
        sys.stderr.write("generate.py: %s; run with /usr/bin/python3 and apt-get install python3-pil "
                         "python3-reportlab\n" % e)
        return 2
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    if a.set in ("clean", "degraded"):
        n = a.count if a.count is not None else DEFAULT_COUNT[a.set]
        res = run_pool(_extraction_job, [(a.seed, a.set, i, a.out) for i in range(n)], a.jobs)
        docs = sum(r[1] for r in res)
        letters = sum(r[2] for r in res)
        if not a.quiet:
            for name, nd, nl in res:
                print("%s: %d documents (%d request/recommendation)" % (name, nd, nl))
        print("generate: set=%s cases=%d documents=%d letters=%d seconds=%.1f" %
              (a.set, n, docs, letters, time.time() - t0))
    elif a.set == "cases":
        import checkcases
        res = run_pool(_check_job, [(a.seed, i, a.out) for i in range(len(checkcases.CASES))], a.jobs)
        if not a.quiet:
            for name, verdict in res:
                print("%s: verdict=%s" % (name, verdict))
        print("generate: set=cases cases=%d seconds=%.1f" % (len(res), time.time() - t0))
    else:
        import badinputs
        names = badinputs.write_all(a.out, a.seed)
        if not a.quiet:
            for n in names:
                print(n)
        print("generate: set=bad files=%d seconds=%.1f" % (len(names), time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
