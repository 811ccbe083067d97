#!/usr/bin/python3
"""OCR accuracy of `cabut ocr` on generated letters, for choosing the page clean-up steps.

Generates a sample set (the project's generator), reads every scan with `cabut ocr --xml`
under each clean-up variant, and scores how much of the ground truth the text holds:
  values: fraction of truth values (letter number, subject, names, NIP, NIK, e-mail,
          position, unit) found in the case's text (case-folded, only letters and digits);
  tokens: fraction of the truth values' words found in the text (words of 4 characters or
          more anywhere in the folded text, as NIPs are printed in spaced groups; shorter
          ones among the text's words).
Usage: bench/ocr/accuracy.py [--set degraded] [--count 8] [--jobs 2] [VARIANT...]
A variant is a label and cabut ocr options, e.g. "keep=--background keep".
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIELDS = {"letter_number", "subject", "name", "nip", "nik", "email", "position", "unit"}
DEFAULT_VARIANTS = [
    "default=",
    "keep-background=--background keep",
    "whiten=--background whiten",
    "no-deskew=--no-deskew",
    "no-orient=--no-orient",
]


def fold(text):
    return re.sub(r"[\W_]+", "", text.casefold())


def words(text):
    return [w for w in (fold(t) for t in text.split()) if w]


def truth_values(path):
    values = []
    for element in ET.parse(path).iter():
        if element.tag in FIELDS and element.text and element.text.strip():
            values.append(element.text.strip())
    return values


def ocr_text(binary, files, options, jobs):
    command = [binary, "ocr", "--xml", "--jobs", str(jobs)] + options + files
    started = time.monotonic()
    out = subprocess.run(command, capture_output=True, check=False).stdout
    seconds = time.monotonic() - started
    texts = {}
    for file in ET.fromstring(out).iter("file"):
        texts[file.get("source")] = " ".join(w.text or "" for w in file.iter("word"))
    pages = sum(1 for _ in ET.fromstring(out).iter("page"))
    return texts, seconds, pages


def score(cases, texts):
    found_values = total_values = found_tokens = total_tokens = 0
    for truth, files in cases:
        text = " ".join(texts.get(f, "") for f in files)
        folded, bag = fold(text), set(words(text))
        for value in truth_values(truth):
            total_values += 1
            found_values += fold(value) in folded
            for token in words(value):
                total_tokens += 1
                found_tokens += (token in folded) if len(token) >= 4 else (token in bag)
    return found_values / max(total_values, 1), found_tokens / max(total_tokens, 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="degraded")
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "cabut"))
    parser.add_argument("variants", nargs="*", default=DEFAULT_VARIANTS)
    args = parser.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "samples/generator/generate.py"),
                        "--out", out, "--set", args.set, "--count", str(args.count),
                        "--seed", str(args.seed), "--quiet"], check=True)
        cases = []
        for name in sorted(os.listdir(out)):
            if name.endswith(".truth.xml"):
                folder = os.path.join(out, name[: -len(".truth.xml")])
                cases.append((os.path.join(out, name),
                              [os.path.join(folder, f) for f in sorted(os.listdir(folder))]))
        files = [f for _, fs in cases for f in fs]
        print(f"set={args.set} cases={len(cases)} files={len(files)}")
        for variant in args.variants:
            label, _, options = variant.partition("=")
            texts, seconds, pages = ocr_text(args.binary, files, options.split(), args.jobs)
            values, tokens = score(cases, texts)
            print(f"{label:18s} values={values:.3f} tokens={tokens:.3f} "
                  f"pages={pages} seconds={seconds:.1f}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
