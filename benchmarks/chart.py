"""Draws cold render time and peak memory against input size from benchmarks/scale.sh's table.

    python3 benchmarks/chart.py benchmarks/target/scale.tsv docs/performance-scale.png

Needs matplotlib (Debian: python3-matplotlib).
"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main(table, picture):
    with open(table, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    chars = [int(r["chars"]) / 1000 for r in rows]
    seconds = [float(r["median_s"]) for r in rows]
    memory = [float(r["peak_rss_mb"]) for r in rows]

    fig, time_axis = plt.subplots(figsize=(7, 4), dpi=110)
    time_axis.plot(chars, seconds, "o-", color="#1d3545", label="wall time (s)")
    time_axis.set_xlabel("body text (thousand characters; the sample's stories ×1, ×2, ×5, ×10)")
    time_axis.set_ylabel("cold render, PDF + DOCX + EPUB (s)")
    time_axis.set_ylim(bottom=0)
    memory_axis = time_axis.twinx()
    memory_axis.plot(chars, memory, "s--", color="#c9a25f", label="peak RSS (MB)")
    memory_axis.set_ylabel("peak resident memory (MB)")
    memory_axis.set_ylim(bottom=0)
    lines = time_axis.get_lines() + memory_axis.get_lines()
    time_axis.legend(lines, [l.get_label() for l in lines], loc="lower right")
    time_axis.set_title("./mirsad render: time and memory against input size")
    fig.tight_layout()
    fig.savefig(picture)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
