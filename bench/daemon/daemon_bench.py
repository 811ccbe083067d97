#!/usr/bin/python3
"""Throughput and memory of `cabut serve` on generated scans (never run in CI).

Drops N one-page scans (300-dpi PNG pages of a generated clean set) into the inbox of a fresh
daemon at once and measures:
  - wall time from the drop until every file is queued (in a case, duplicates or quarantine),
  - pages per minute,
  - the sum of bare `tesseract PAGE out -l ind+eng --psm 3` times for the same pages (one
    core, OMP_THREAD_LIMIT=1), divided by the worker count: the ideal wall time if the daemon
    added nothing to OCR; overhead % = (wall - ideal) / wall,
  - the daemon's own OCR seconds (its /metrics histogram sum) / workers: overhead of
    everything but reading pages = (wall - that) / wall,
  - peak RSS, and RSS after each of several batches (flat = no leak).

usage: bench/daemon/daemon_bench.py [--build DIR] [--files N] [--batches B] [--workers W]
"""
import argparse
import glob
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pages import scan_to_pages  # noqa: E402  (bench/pages.py)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def page_images(out, count, seed):
    """At least `count` distinct one-page 300-dpi grey PNGs from a generated clean set."""
    samples = os.path.join(out, "samples")
    subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "samples/generator/generate.py"),
                    "--out", samples, "--set", "clean", "--count", str(max(4, count)),
                    "--seed", str(seed), "--quiet"], check=True)
    pages_dir = os.path.join(out, "pages")
    os.makedirs(pages_dir)
    pages = []
    for scan in sorted(glob.glob(os.path.join(samples, "case*", "*"))):
        stem = os.path.join(pages_dir, f"s{seed}-p{len(pages):04d}")
        pages += scan_to_pages(scan, stem)
        if len(pages) >= count:
            break
    return pages[:count]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def metrics(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        return response.read().decode()


def metric(text, name):
    match = re.search(rf"^{re.escape(name)} ([0-9.e+-]+)$", text, re.M)
    return float(match.group(1)) if match else 0.0


def rss_kb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def tesseract_seconds(pages):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    total = 0.0
    with tempfile.TemporaryDirectory() as out:
        for page in pages:
            started = time.monotonic()
            subprocess.run(["tesseract", page, os.path.join(out, "o"), "-l", "ind+eng", "--psm",
                            "3"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=env)
            total += time.monotonic() - started
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--skip-tesseract", action="store_true")
    args = parser.parse_args()
    cabut = os.path.join(args.build, "cabut")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; "
          f"{args.files} files x {args.batches} batches, {args.workers} workers", flush=True)

    root = tempfile.mkdtemp(prefix="cabut-bench-")
    try:
        batches = [page_images(os.path.join(root, f"gen{b}"), args.files, 100 + b)
                   for b in range(args.batches)]
        inbox, work = os.path.join(root, "inbox"), os.path.join(root, "work")
        os.makedirs(inbox)
        port = free_port()
        daemon = subprocess.Popen(
            [cabut, "serve", f"-Dinbox.path={inbox}", f"-Dwork.path={work}",
             f"-Dhttp.port={port}", f"-Dworkers={args.workers}", "-Dinbox.stableSeconds=0.5",
             "-Dlogging.level=warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        for _ in range(300):
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        received = 0
        ocr_before = 0.0
        for number, pages in enumerate(batches, 1):
            staging = os.path.join(root, f"staging{number}")
            os.makedirs(staging)
            for page in pages:
                shutil.copy(page, staging)
            started = time.monotonic()
            for name in os.listdir(staging):
                os.rename(os.path.join(staging, name), os.path.join(inbox, name))
            received += len(pages)
            while True:
                text = metrics(port)
                if (metric(text, "cabut_files_received_total") >= received
                        and metric(text, "cabut_queue_depth") == 0 and not os.listdir(inbox)):
                    break
                time.sleep(0.2)
            wall = time.monotonic() - started
            ocr = metric(text, "cabut_ocr_page_seconds_sum") - ocr_before
            ocr_before += ocr
            pages_read = len(pages)
            line = (f"batch {number}: {pages_read} pages in {wall:.1f} s = "
                    f"{60 * pages_read / wall:.1f} pages/min; cabut OCR {ocr:.1f} s "
                    f"(non-OCR overhead {100 * (wall - ocr / args.workers) / wall:.1f} %); "
                    f"RSS {rss_kb(daemon.pid, 'VmRSS') / 1024:.0f} MB, "
                    f"peak {rss_kb(daemon.pid, 'VmHWM') / 1024:.0f} MB")
            if number == 1 and not args.skip_tesseract:
                bare = tesseract_seconds(pages)
                ideal = bare / args.workers
                line += (f"; bare tesseract {bare:.1f} s on 1 core = {ideal:.1f} s on "
                         f"{args.workers} (overhead vs bare {100 * (wall - ideal) / wall:.1f} %)")
            print(line, flush=True)
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=120)
        print(f"daemon exit status {daemon.returncode}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
