#!/usr/bin/env python3
"""Builds the demo observation files shipped in app/src/main/resources/demo/ from the real data in
../shared/data (see each folder's PROVENANCE.md). Values are copied, never changed; only the layout
and the source citation are adapted to the long import format (unit, indicator, period, value, flags, source).

Run from the repository root: python3 tools/demo/build_demo.py ../shared/data
"""
import csv
import sys
from pathlib import Path

data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
out = Path("app/src/main/resources/demo")
out.mkdir(parents=True, exist_ok=True)
HEADER = ["unit", "indicator", "period", "value", "flags", "source"]

BDL_SUBGROUP = {  # raw file prefix -> BDL subgroup, from gus-bdl/PROVENANCE.md
    "LUDN_2137": "P2137", "RYNE_2392": "P2392", "WYNA_2497": "P2497", "RYNE_3783": "P3783", "RYNE_3787": "P3787",
    "LUDN_2425": "P2425", "LUDN_1350": "P1350", "SZKO_3226": "P3226",
}


def bdl_source(source_file):
    for prefix, subgroup in BDL_SUBGROUP.items():
        if source_file.startswith(prefix):
            return f"GUS, Bank Danych Lokalnych, {subgroup} (file {source_file})"
    if source_file.startswith("Wykaz_powierzchni"):
        return f"GUS, Wykaz powierzchni (stan na 1 I 2025) (file {source_file})"
    return f"GUS, {source_file}"


gus_keys = set()
with open(data / "gus-bdl/cities66_indicators_long.csv", encoding="utf-8") as f, \
        open(out / "gus_bdl_cities66.csv", "w", encoding="utf-8", newline="") as g:
    w = csv.writer(g)
    w.writerow(HEADER)
    for r in csv.DictReader(f):
        if r["value"] == "":
            continue
        gus_keys.add((r["kod"], r["indicator"], r["year"]))
        w.writerow([r["kod"], r["indicator"], r["year"], r["value"], "", bdl_source(r["source_file"])])

UNVERIFIED = {"dwellings_completed_per_1000_population"}
with open(data / "gus-bdl-panels-derived/cities66_indicators_long.csv", encoding="utf-8") as f, \
        open(out / "gus_bdl_panels_cities66.csv", "w", encoding="utf-8", newline="") as g:
    w = csv.writer(g)
    w.writerow(HEADER)
    for r in csv.DictReader(f):
        if r["value"] == "" or (r["kod"], r["indicator"], r["year"]) in gus_keys:
            continue  # the original GUS export already gives this value (identical, see PROVENANCE.md)
        note = "; variable definition not verified against BDL metadata" if r["indicator"] in UNVERIFIED else ""
        w.writerow([r["kod"], r["indicator"], r["year"], r["value"], "",
                    f"GUS, Bank Danych Lokalnych, via WiktorAndrzejewski/Economic_Voting_PL ({r['source_file']}){note}"])

# GIOŚ: annual means over a city's stations with >= 75 % completeness; PM prefers the reference
# (24-hour, gravimetric) method, NO2 the automatic hourly one; days over 50 µg/m³ is the maximum over stations.
POLLUTANT = {"PM10": "pm10_annual_mean", "PM2.5": "pm25_annual_mean", "NO2": "no2_annual_mean"}
PREFERRED = {"PM10": ["24g", "1g"], "PM2.5": ["24g", "1g"], "NO2": ["1g", "24g"]}
rows = {}
with open(data / "gios-air-quality/cities66_air_quality_annual.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        rows[(r["kod"], r["pollutant"], r["averaging"], r["year"])] = r
with open(out / "gios_air_cities66.csv", "w", encoding="utf-8", newline="") as g:
    w = csv.writer(g)
    w.writerow(HEADER)
    keys = sorted({(k[0], k[1], k[3]) for k in rows})
    for kod, pol, year in keys:
        for avg in PREFERRED[pol]:
            r = rows.get((kod, pol, avg, year))
            if r is None or r["mean_of_station_means_completeness_ge75"] == "":
                continue
            n = r["n_stations_completeness_ge75"]
            src = (f"GIOŚ, Bank danych pomiarowych (Statystyki_2000-2018_wer20180828.xlsx); mean of annual means of "
                   f"{n} station(s) with ≥75% completeness, averaging {avg}; stations in the city: {r['stations']}")
            w.writerow([kod, POLLUTANT[pol], year, r["mean_of_station_means_completeness_ge75"], "", src])
            if pol == "PM10" and r["max_days_over_50"] != "":
                w.writerow([kod, "pm10_days_over_50", year, r["max_days_over_50"], "",
                            f"GIOŚ, Bank danych pomiarowych (Statystyki_2000-2018_wer20180828.xlsx); maximum over the "
                            f"city's stations of days with a daily mean above 50 µg/m³, averaging {avg}; stations in the city: {r['stations']}"])
            break
for p in sorted(out.glob("*.csv")):
    print(p, sum(1 for _ in open(p, encoding="utf-8")) - 1, "rows")
