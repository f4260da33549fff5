#!/usr/bin/env python3
"""Validates the default content files (python3, standard library only).

Usage (from the repository root):
    python3 tools/catalogue/check_catalogue.py [CATALOGUE_DIR] [--shared-data DIR]

CATALOGUE_DIR defaults to app/src/main/resources/catalogue. If the shared data folder
(default ../shared/data, or MIASTO_SHARED_DATA) exists, the indicator codes used by the real
data files are also read from those files and must all exist in the catalogue.
Prints every problem as  file:line: column: message  and exits 0 (valid) or 1 (problems).
"""
import csv
import datetime
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

INDICATOR_COLUMNS = ["code", "name_pl", "name_en", "definition_pl", "definition_en", "unit",
                     "polarity", "decimals", "frequency", "kind", "dimension", "iso37120",
                     "iso37122", "iso37123", "u4ssc", "sdg", "source", "min_value", "max_value"]
UNIT_COLUMNS = ["code", "name", "name_en", "kind", "parent_code", "aliases", "latitude",
                "longitude", "valid_from", "valid_to"]
DATASET_COLUMNS = ["code", "name_pl", "name_en", "description", "owner", "update_frequency",
                   "format", "licence", "is_open", "url", "last_updated", "indicators"]

DIMENSIONS = ["human_capital", "social_cohesion", "economy", "governance", "environment",
              "mobility", "urban_planning", "international_outreach", "technology"]
POLARITIES = {"higher_better", "lower_better", "neutral"}
FREQUENCIES = {"annual", "quarterly", "monthly", "daily", "irregular"}
KINDS = {"objective", "subjective"}
UNIT_KINDS = {"country", "voivodeship", "county", "city_county", "gmina", "district", "metro_area"}
DATASET_FREQUENCIES = {"annual", "quarterly", "monthly", "weekly", "daily", "realtime", "irregular"}
MIN_PER_DIMENSION = 8
MIN_INDICATORS = 110

# Indicator codes that the real data files in ../shared/data use (checked here even when the
# data folder is not available, e.g. in a fresh clone).
DATA_FILE_CODES = {
    "gus-bdl/cities66_indicators_long.csv": [
        "population_total", "unemployment_rate_registered", "avg_gross_monthly_wage",
        "population_density_per_km2", "population_thousands", "population_thousands_female",
        "population_thousands_male", "urbanisation_rate", "population_change_per_1000",
        "net_migration_permanent", "dwelling_price_median_per_m2", "dwelling_market_transactions",
        "students_higher_education", "area_km2", "area_ha"],
    "gus-bdl-panels-derived/cities66_indicators_long.csv": [
        "children_in_nurseries_pct", "divorces", "dwellings_completed_per_1000_population",
        "hospital_beds", "outpatient_health_care_entities", "registered_unemployed",
        "regon_entities_per_10k_population", "social_assistance_centres",
        "population_total", "avg_gross_monthly_wage"],
    "gios-air-quality/cities66_air_quality_annual.csv": [
        "pm10_annual_mean", "pm25_annual_mean", "no2_annual_mean", "pm10_days_over_50"],
}

RE_CODE = re.compile(r"^[a-z0-9_]+$")
RE_ISO = re.compile(r"^\d{1,2}\.\d{1,2}$")
RE_U4SSC = re.compile(r"^(EC|EN|SC): [A-Z]{1,3}: [A-Z]{1,3}: \d{1,2}[AC]$")
RE_SDG = re.compile(r"^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$")
RE_DATASET_CODE = re.compile(r"^[a-z0-9_]+$")


class Report:
    def __init__(self):
        self.problems = []

    def add(self, path, line, column, message):
        self.problems.append("%s:%s: %s: %s" % (os.path.relpath(path, ROOT), line, column, message))


def read(path, columns, report):
    if not os.path.exists(path):
        report.add(path, 0, "-", "file missing")
        return []
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        report.add(path, 1, "-", "file starts with a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        report.add(path, 0, "-", "not UTF-8: %s" % e)
        return []
    rows = list(csv.reader(text.splitlines()))
    if not rows or rows[0] != columns:
        report.add(path, 1, "header", "columns must be exactly: " + ",".join(columns))
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(columns):
            report.add(path, i, "-", "expected %d fields, found %d" % (len(columns), len(r)))
            continue
        d = dict(zip(columns, r))
        d["_line"] = i
        out.append(d)
    return out


def number(s):
    try:
        return float(s)
    except ValueError:
        return None


def iso_date(s):
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def check_indicators(path, rows, report):
    codes = {}
    per_dim = {d: 0 for d in DIMENSIONS}
    for r in rows:
        ln, code = r["_line"], r["code"]
        if not RE_CODE.match(code):
            report.add(path, ln, "code", "must match [a-z0-9_]+: %r" % code)
        if code in codes:
            report.add(path, ln, "code", "duplicate of line %d: %s" % (codes[code], code))
        codes[code] = ln
        for col in ("name_pl", "name_en", "definition_pl", "definition_en", "unit", "source"):
            if not r[col].strip():
                report.add(path, ln, col, "must not be empty")
            if r[col] != r[col].strip():
                report.add(path, ln, col, "leading or trailing whitespace")
        if r["polarity"] not in POLARITIES:
            report.add(path, ln, "polarity", "not one of %s: %r" % (sorted(POLARITIES), r["polarity"]))
        if not (r["decimals"].isdigit() and 0 <= int(r["decimals"]) <= 6):
            report.add(path, ln, "decimals", "must be an integer 0-6: %r" % r["decimals"])
        if r["frequency"] not in FREQUENCIES:
            report.add(path, ln, "frequency", "not one of %s: %r" % (sorted(FREQUENCIES), r["frequency"]))
        if r["kind"] not in KINDS:
            report.add(path, ln, "kind", "not one of %s: %r" % (sorted(KINDS), r["kind"]))
        if r["dimension"] not in DIMENSIONS:
            report.add(path, ln, "dimension", "not one of the 9 dimensions: %r" % r["dimension"])
        else:
            per_dim[r["dimension"]] += 1
        for col, rx in (("iso37120", RE_ISO), ("iso37122", RE_ISO), ("iso37123", RE_ISO),
                        ("u4ssc", RE_U4SSC), ("sdg", RE_SDG)):
            if r[col] and not rx.match(r[col]):
                report.add(path, ln, col, "not a clause/indicator number: %r" % r[col])
        lo, hi = r["min_value"], r["max_value"]
        nlo, nhi = number(lo) if lo else None, number(hi) if hi else None
        if lo and nlo is None:
            report.add(path, ln, "min_value", "not a number: %r" % lo)
        if hi and nhi is None:
            report.add(path, ln, "max_value", "not a number: %r" % hi)
        if nlo is not None and nhi is not None and nlo > nhi:
            report.add(path, ln, "min_value", "min_value %s > max_value %s" % (lo, hi))
        if r["unit"] == "%" and r["kind"] == "subjective" and (lo, hi) != ("0", "100"):
            report.add(path, ln, "max_value", "survey percentages must be limited to 0-100")
    if len(rows) < MIN_INDICATORS:
        report.add(path, 0, "-", "at least %d indicators required, found %d" % (MIN_INDICATORS, len(rows)))
    for d, n in per_dim.items():
        if n < MIN_PER_DIMENSION:
            report.add(path, 0, "dimension", "%s has %d indicators, at least %d required" % (d, n, MIN_PER_DIMENSION))
    return codes, per_dim


def check_units(path, rows, report):
    codes = {}
    aliases = {}
    for r in rows:
        ln, code = r["_line"], r["code"]
        if not code:
            report.add(path, ln, "code", "must not be empty")
        if code in codes:
            report.add(path, ln, "code", "duplicate of line %d: %s" % (codes[code], code))
        codes[code] = ln
        if not r["name"].strip():
            report.add(path, ln, "name", "must not be empty")
        if r["kind"] not in UNIT_KINDS:
            report.add(path, ln, "kind", "not one of %s: %r" % (sorted(UNIT_KINDS), r["kind"]))
        for a in filter(None, r["aliases"].split("|")):
            if a in aliases and aliases[a] != code:
                report.add(path, ln, "aliases", "alias %r also used by unit %s" % (a, aliases[a]))
            aliases[a] = code
        lat, lon = r["latitude"], r["longitude"]
        if bool(lat) != bool(lon):
            report.add(path, ln, "latitude", "latitude and longitude must both be given or both empty")
        if lat:
            la, lo = number(lat), number(lon)
            if la is None or lo is None or not (-90 <= la <= 90 and -180 <= lo <= 180):
                report.add(path, ln, "latitude", "invalid coordinates %r, %r" % (lat, lon))
        vf, vt = r["valid_from"], r["valid_to"]
        dvf, dvt = (iso_date(vf) if vf else None), (iso_date(vt) if vt else None)
        if vf and dvf is None:
            report.add(path, ln, "valid_from", "not an ISO date: %r" % vf)
        if vt and dvt is None:
            report.add(path, ln, "valid_to", "not an ISO date: %r" % vt)
        if dvf and dvt and dvf > dvt:
            report.add(path, ln, "valid_from", "valid_from after valid_to")
    for a, code in aliases.items():
        if a in codes and codes.get(a) and a != code:
            report.add(path, codes[a], "aliases", "alias %r of unit %s is another unit's code" % (a, code))
    by_code = {r["code"]: r for r in rows}
    for r in rows:
        ln, parent, kind = r["_line"], r["parent_code"], r["kind"]
        if kind == "country":
            if parent:
                report.add(path, ln, "parent_code", "a country has no parent")
            continue
        if not parent:
            report.add(path, ln, "parent_code", "must not be empty for kind %s" % kind)
        elif parent not in by_code:
            report.add(path, ln, "parent_code", "parent %r does not exist" % parent)
        elif parent == r["code"]:
            report.add(path, ln, "parent_code", "unit is its own parent")
    # no cycles
    for r in rows:
        seen, cur = set(), r["code"]
        while cur in by_code and by_code[cur]["parent_code"]:
            if cur in seen:
                report.add(path, r["_line"], "parent_code", "parent cycle")
                break
            seen.add(cur)
            cur = by_code[cur]["parent_code"]
    counts = {}
    for r in rows:
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    expected = {"country": 1, "voivodeship": 16, "city_county": 66}
    for k, n in expected.items():
        if counts.get(k, 0) != n:
            report.add(path, 0, "kind", "expected %d units of kind %s, found %d" % (n, k, counts.get(k, 0)))
    krakow = [r for r in rows if r["parent_code"] == "1261011" and r["kind"] == "district"]
    if len(krakow) != 18:
        report.add(path, 0, "kind", "expected Kraków's 18 districts, found %d" % len(krakow))
    for code in ("GZM", "KrOM"):
        if by_code.get(code, {}).get("kind") != "metro_area":
            report.add(path, 0, "code", "metro area %s missing" % code)
    return codes


def check_datasets(path, rows, indicator_codes, report):
    codes = {}
    for r in rows:
        ln, code = r["_line"], r["code"]
        if not RE_DATASET_CODE.match(code):
            report.add(path, ln, "code", "must match [a-z0-9_]+: %r" % code)
        if code in codes:
            report.add(path, ln, "code", "duplicate of line %d" % codes[code])
        codes[code] = ln
        for col in ("name_pl", "name_en", "description", "owner", "format"):
            if not r[col].strip():
                report.add(path, ln, col, "must not be empty")
        if r["update_frequency"] not in DATASET_FREQUENCIES:
            report.add(path, ln, "update_frequency", "not one of %s: %r" % (sorted(DATASET_FREQUENCIES), r["update_frequency"]))
        if r["is_open"] not in ("true", "false"):
            report.add(path, ln, "is_open", "must be true or false: %r" % r["is_open"])
        if r["url"] and not re.match(r"^https?://\S+$", r["url"]):
            report.add(path, ln, "url", "not an http(s) URL: %r" % r["url"])
        if r["last_updated"]:
            d = iso_date(r["last_updated"])
            if d is None:
                report.add(path, ln, "last_updated", "not an ISO date: %r" % r["last_updated"])
        for ic in filter(None, r["indicators"].split("|")):
            if ic not in indicator_codes:
                report.add(path, ln, "indicators", "unknown indicator code %r" % ic)
    return codes


def data_file_codes(shared):
    """Indicator codes actually used in the real data files (if present)."""
    found = {}
    for rel in DATA_FILE_CODES:
        p = os.path.join(shared, rel)
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8") as f:
            reader = csv.DictReader(f)
            if "indicator" in (reader.fieldnames or []):
                found[rel] = sorted({r["indicator"] for r in reader})
            elif "pollutant" in (reader.fieldnames or []):
                pol = {r["pollutant"] for r in reader}
                mapped = {"PM10": ["pm10_annual_mean", "pm10_days_over_50"], "PM2.5": ["pm25_annual_mean"],
                          "NO2": ["no2_annual_mean"]}
                found[rel] = sorted(c for p_ in pol for c in mapped.get(p_, ["<unmapped pollutant %s>" % p_]))
    return found


def main(argv):
    args = argv[1:]
    shared = os.environ.get("MIASTO_SHARED_DATA") or os.path.join(ROOT, "..", "shared", "data")
    if "--shared-data" in args:
        i = args.index("--shared-data")
        shared = args[i + 1]
        del args[i:i + 2]
    cat = args[0] if args else os.path.join(ROOT, "app", "src", "main", "resources", "catalogue")
    report = Report()
    ind_path = os.path.join(cat, "indicators.csv")
    unit_path = os.path.join(cat, "units.csv")
    ds_path = os.path.join(cat, "datasets.csv")
    indicators = read(ind_path, INDICATOR_COLUMNS, report)
    units = read(unit_path, UNIT_COLUMNS, report)
    datasets = read(ds_path, DATASET_COLUMNS, report)
    ind_codes, per_dim = check_indicators(ind_path, indicators, report)
    check_units(unit_path, units, report)
    check_datasets(ds_path, datasets, ind_codes, report)
    for rel, codes in DATA_FILE_CODES.items():
        for c in codes:
            if c not in ind_codes:
                report.add(ind_path, 0, "code", "indicator %r used by %s is missing" % (c, rel))
    live = data_file_codes(shared)
    for rel, codes in live.items():
        for c in codes:
            if c not in ind_codes:
                report.add(ind_path, 0, "code", "indicator %r found in %s is missing" % (c, rel))
    for p in report.problems:
        print(p)
    refs = {k: sum(1 for r in indicators if r[k]) for k in ("iso37120", "iso37122", "iso37123", "u4ssc", "sdg")}
    print("indicators: %d (%s)" % (len(indicators), ", ".join("%s %d" % kv for kv in per_dim.items())))
    print("references: %s; subjective: %d" % (", ".join("%s %d" % kv for kv in refs.items()),
                                             sum(1 for r in indicators if r["kind"] == "subjective")))
    print("units: %d, datasets: %d; data files cross-checked: %s" % (len(units), len(datasets),
                                                                     ", ".join(sorted(live)) or "none (folder not found)"))
    print("OK" if not report.problems else "%d problem(s)" % len(report.problems))
    return 0 if not report.problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
