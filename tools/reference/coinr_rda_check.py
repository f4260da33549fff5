#!/usr/bin/env python3
"""Compare the engine with data sets computed by COINr itself, at full precision.

COINr 1.1.14 ships `data/ASEM_COIN.rda`: a coin built by COINr (COINr6 `build_ASEM()`:
denominate by metadata, impute by EurAsia group mean, JRC treatment, min-max 0-100, arithmetic
mean), with its inputs and every data set it computed. This script reads that file (R's XDR
serialisation, read here by a minimal reader), writes COINr's own inputs as iData/iMeta CSV plus a
matching recipe, and, once the engine has built them, compares every data set.

The .rda file is not in this repository (get it from the COINr package or its repository).

    python3 tools/reference/coinr_rda_check.py ASEM_COIN.rda OUT           # writes OUT/iData.csv ...
    ./miasto index build --data OUT/iData.csv --meta OUT/iMeta.csv --recipe OUT/recipe.yaml --out OUT/engine
    python3 tools/reference/coinr_rda_check.py ASEM_COIN.rda OUT --compare # max |diff| per data set

Result when written (docs/index.md): 0 for Denominated, Imputed, Treated and Normalised;
2.8e-14 for Aggregated; no missing-value mismatch.
"""
import bz2
import csv
import math
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IMETA = os.path.join(HERE, "..", "..", "examples", "index", "asem_iMeta.csv")
DATASETS = ["Denominated", "Imputed", "Treated", "Normalised", "Aggregated"]


class RData:
    """Reads the subset of R's version-2 XDR serialisation that data frames and lists use."""

    def __init__(self, path):
        raw = bz2.decompress(open(path, "rb").read())
        if raw[:7] != b"RDX2\nX\n":
            raise ValueError("not a bzip2 RDX2/XDR file")
        self.b, self.p, self.refs = raw[7:], 12, []  # skip format version, R version, min version

    def int(self):
        v = struct.unpack(">i", self.b[self.p:self.p + 4])[0]
        self.p += 4
        return v

    def item(self):
        flags = self.int()
        kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind in (254, 242, 253, 251, 252):  # NULL and special environments
            return None
        if kind == 255:  # reference
            return self.refs[(flags >> 8) - 1]
        if kind == 1:  # symbol
            sym = ("sym", self.item())
            self.refs.append(sym)
            return sym
        if kind == 9:  # string
            n = self.int()
            if n == -1:
                return None
            s = self.b[self.p:self.p + n].decode("utf8", "replace")
            self.p += n
            return s
        if kind == 2:  # pairlist
            attr = self.item() if has_attr else None
            tag = self.item() if has_tag else None
            head = [(tag[1] if tag else None, self.item())]
            tail = self.item()
            return head + (tail if isinstance(tail, list) else [])
        if kind == 4:  # environment
            env = {}
            self.refs.append(env)
            self.int()
            for _ in range(4):
                self.item()
            return env
        if kind in (10, 13):  # logical, integer
            n = self.int()
            v = [None if x == -2147483648 else x for x in (self.int() for _ in range(n))]
        elif kind == 14:  # double
            n = self.int()
            v = list(struct.unpack(">%dd" % n, self.b[self.p:self.p + 8 * n]))
            self.p += 8 * n
        elif kind in (16, 19, 20):  # character, list, expression
            v = [self.item() for _ in range(self.int())]
        else:
            raise ValueError("unsupported R type %d" % kind)
        if has_attr:
            return ("obj", v, dict(self.item()))
        return v


def get(obj, name):
    return obj[1][obj[2]["names"].index(name)]


def fmt(v):
    return "NA" if v is None or (isinstance(v, float) and math.isnan(v)) else repr(float(v))


def export(rda, out):
    coin = RData(rda).item()[0][1]
    data, inputs = get(coin, "Data"), get(coin, "Input")
    den = get(inputs, "Denominators")
    dcols, du = den[2]["names"], get(den, "UnitCode")
    raw = get(data, "Raw")
    units = get(raw, "UnitCode")
    meta = list(csv.reader(open(IMETA)))
    codes = [r[1] for r in meta[1:] if r[9] == "Indicator"]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "iData.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["uCode", "EurAsia_group", "Area", "Energy", "GDP", "Population"] + codes)
        for i, u in enumerate(units):
            j = du.index(u)
            w.writerow([u, get(raw, "Group_EurAsia")[i]]
                       + [fmt(get(den, c)[j]) for c in ["Den_Area", "Den_Energy", "Den_GDP", "Den_Pop"]]
                       + [fmt(get(raw, c)[i]) for c in codes])
    with open(os.path.join(out, "iMeta.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        for r in meta:
            if r[1] not in ("GDP_group", "GDPpc_group", "Pop_group"):
                w.writerow(r)
    with open(os.path.join(out, "recipe.yaml"), "w") as f:
        f.write("name: COINr build_ASEM (ASEM_COIN)\nsteps:\n  - step: denominate\n  - step: impute\n"
                "    method: group-mean\n    group: EurAsia_group\n  - step: treat\n  - step: normalise\n"
                "    method: minmax\n  - step: aggregate\n")
    for name in DATASETS:
        df = get(data, name)
        cols = [c for c in df[2]["names"] if c not in ("UnitCode", "UnitName", "Year")
                and not c.startswith(("Group_", "Den_"))]
        with open(os.path.join(out, "coinr_" + name + ".csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["uCode"] + cols)
            for i, u in enumerate(get(df, "UnitCode")):
                w.writerow([u] + [fmt(get(df, c)[i]) for c in cols])
    print("wrote COINr's inputs and data sets to", out)


def compare(out):
    for name in DATASETS:
        ref = list(csv.reader(open(os.path.join(out, "coinr_" + name + ".csv"))))
        got = list(csv.reader(open(os.path.join(out, "engine", name + ".csv"))))
        head, rows = got[0], {r[0]: r for r in got[1:]}
        worst, cells, na = 0.0, 0, 0
        for r in ref[1:]:
            for c, v in zip(ref[0][1:], r[1:]):
                g = rows[r[0]][head.index(c)]
                if v == "NA" or g == "NA":
                    na += v != g
                    continue
                worst, cells = max(worst, abs(float(v) - float(g))), cells + 1
        print("%-12s cells %5d  missing-value mismatches %d  max |engine - COINr| %.3g" % (name, cells, na, worst))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    if "--compare" in sys.argv:
        compare(sys.argv[2])
    else:
        export(sys.argv[1], sys.argv[2])
