#!/usr/bin/env python3
"""Verifies units.csv against the real source files (python3, standard library only).

Usage (from the repository root):  python3 tools/catalogue/check_units.py [SHARED_DATA_DIR]

Checks
1. every TERYT/TERC code in units.csv (Poland's 2-digit voivodeships, the cities' 7-digit
   gmina codes, Warsaw's district codes) exists in the GUS area register
   gus-bdl/csv/Wykaz_powierzchni_01012025.csv, and the name matches the register's name;
2. each city code is the only gmina miejska (type digit 1) of its powiat in the register;
3. the 66 cities and their aliases equal gus-bdl/cities66.csv (kod and teryt_powiat), with
   the exact city names of that file, and each city's parent is its voivodeship;
4. each city's voivodeship name in cities66.csv matches the parent voivodeship's name;
5. coordinates lie in Poland and, where GIOŚ has stations in the city
   (gios-air-quality/csv/metadane_stacje.csv, column Miejscowość), the city point is within
   10 km of the nearest station of that city;
6. Kraków district points lie within 12 km of Kraków's point, Warsaw district points within
   15 km of Warsaw's point;
7. Wałbrzych carries valid_from 2013-01-01 (city with county rights since 2013).
Exit code 0 = all checks pass, 1 = a check failed, 2 = files missing.
"""
import csv
import math
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
UNITS = os.path.join(ROOT, "app", "src", "main", "resources", "catalogue", "units.csv")


def shared_dir(argv):
    if len(argv) > 1:
        return argv[1]
    return os.environ.get("MIASTO_SHARED_DATA") or os.path.join(ROOT, "..", "shared", "data")


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    r = 6371.0
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def norm(s):
    return s.replace("M. ", "").replace("m. St. ", "").replace(" - dzielnica", "").strip().lower()


def main(argv):
    data = shared_dir(argv)
    reg_path = os.path.join(data, "gus-bdl", "csv", "Wykaz_powierzchni_01012025.csv")
    c66_path = os.path.join(data, "gus-bdl", "cities66.csv")
    st_path = os.path.join(data, "gios-air-quality", "csv", "metadane_stacje.csv")
    for p in (UNITS, reg_path, c66_path, st_path):
        if not os.path.exists(p):
            print("missing file:", p)
            return 2
    register = {}
    with open(reg_path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            register[r["teryt"].replace(" ", "")] = r["nazwa_jednostki"].strip()
    with open(c66_path, encoding="utf-8") as f:
        cities66 = {r["kod"]: r for r in csv.DictReader(f)}
    with open(UNITS, encoding="utf-8") as f:
        units = list(csv.DictReader(f))
    by_code = {u["code"]: u for u in units}
    stations = {}
    with open(st_path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            try:
                pt = (float(r["WGS84 φ N"]), float(r["WGS84 λ E"]))
            except ValueError:
                continue
            if pt[0] < -90 or pt[1] < -180:  # -999 marks a missing position
                continue
            stations.setdefault((r["Miejscowość"].strip().lower(), r["Województwo"].strip().lower()), []).append(pt)

    errors, notes = [], []
    # 1. codes and names in the register
    for u in units:
        code, kind = u["code"], u["kind"]
        if kind == "voivodeship":
            if register.get(code, "").replace("WOJ. ", "").lower() != u["name"]:
                errors.append("voivodeship %s: name %r not in register (%r)" % (code, u["name"], register.get(code)))
        elif kind == "city_county" or (kind == "district" and code.isdigit()):
            if code not in register:
                errors.append("%s %s not in the GUS register" % (kind, code))
            elif norm(register[code]) != u["name"].lower():
                errors.append("%s: name %r differs from register %r" % (code, u["name"], register[code]))
    # 2./3./4. cities
    city_units = [u for u in units if u["kind"] == "city_county"]
    if len(city_units) != 66:
        errors.append("expected 66 cities, found %d" % len(city_units))
    seen_kod = set()
    for u in city_units:
        aliases = u["aliases"].split("|")
        kod = aliases[0]
        c = cities66.get(kod)
        if c is None:
            errors.append("city %s: alias %s not in cities66.csv" % (u["code"], kod))
            continue
        seen_kod.add(kod)
        if aliases != [c["kod"], c["teryt_powiat"]]:
            errors.append("city %s: aliases %s != %s|%s" % (u["code"], u["aliases"], c["kod"], c["teryt_powiat"]))
        if u["name"] != c["city"]:
            errors.append("city %s: name %r != cities66 %r" % (u["code"], u["name"], c["city"]))
        gminy = [k for k in register if len(k) == 7 and k.startswith(c["teryt_powiat"]) and k.endswith("1")]
        if gminy != [u["code"]]:
            errors.append("city %s: gmina miejska codes in powiat %s are %s" % (u["code"], c["teryt_powiat"], gminy))
        if u["parent_code"] != c["teryt_powiat"][:2]:
            errors.append("city %s: parent %s" % (u["code"], u["parent_code"]))
        parent = by_code.get(u["parent_code"])
        if parent is None or parent["name"] != c["voivodeship"]:
            errors.append("city %s: parent voivodeship name mismatch" % u["code"])
    missing = set(cities66) - seen_kod
    if missing:
        errors.append("cities66.csv codes missing from units.csv: %s" % sorted(missing))
    # 5. coordinates
    for u in units:
        if not u["latitude"]:
            continue
        pt = (float(u["latitude"]), float(u["longitude"]))
        if not (49.0 <= pt[0] <= 54.9 and 14.1 <= pt[1] <= 24.2):
            errors.append("%s: point %s outside Poland" % (u["code"], pt))
    checked = 0
    for u in city_units:
        c = cities66.get(u["aliases"].split("|")[0])
        if not c:
            continue
        pts = stations.get((c["city"].lower(), c["voivodeship"].lower()))
        if not pts:
            notes.append("no GIOŚ station registered in %s; point not cross-checked" % c["city"])
            continue
        d = min(km((float(u["latitude"]), float(u["longitude"])), p) for p in pts)
        checked += 1
        if d > 10:
            errors.append("%s %s: nearest GIOŚ station of the city is %.1f km away" % (u["code"], u["name"], d))
    # 6. districts
    for u in units:
        if u["kind"] != "district":
            continue
        parent = by_code.get(u["parent_code"])
        if parent is None:
            errors.append("district %s: parent missing" % u["code"])
            continue
        limit = 12 if parent["code"] == "1261011" else 15
        d = km((float(u["latitude"]), float(u["longitude"])), (float(parent["latitude"]), float(parent["longitude"])))
        if d > limit:
            errors.append("district %s: %.1f km from %s" % (u["code"], d, parent["name"]))
    if by_code.get("0265011", {}).get("valid_from") != "2013-01-01":
        errors.append("Wałbrzych must have valid_from 2013-01-01")
    if len([u for u in units if u["code"].startswith("1261011-")]) != 18:
        errors.append("expected 18 Kraków districts")

    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print("units: %d rows; %d cities cross-checked against GIOŚ stations; %d errors"
          % (len(units), checked, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
