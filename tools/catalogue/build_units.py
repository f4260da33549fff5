#!/usr/bin/env python3
"""Builds app/src/main/resources/catalogue/units.csv (territorial units).

Run from the repository root:  python3 tools/catalogue/build_units.py [SHARED_DATA_DIR]

SHARED_DATA_DIR defaults to ../shared/data (relative to the repository root) or the
MIASTO_SHARED_DATA environment variable. Codes and names are not typed in by hand: they are
read from the real files there:
* gus-bdl/cities66.csv                          - the 66 cities, their BDL 7-digit powiat code
                                                  ("kod") and 4-digit TERYT powiat code;
* gus-bdl/csv/Wykaz_powierzchni_01012025.csv    - the GUS area register (TERYT/TERC codes of
                                                  Poland, voivodeships, powiaty, gminy and
                                                  Warsaw's districts as of 1 January 2025).
Each city's unit code is the 7-digit TERC code of its gmina, taken from the register (the
only gmina inside the city's powiat with type digit 1, gmina miejska). Coordinates are
approximate city-centre points typed in below (see README for how they were checked).
"""
import csv
import os
import sys

COLUMNS = ["code", "name", "name_en", "kind", "parent_code", "aliases", "latitude",
           "longitude", "valid_from", "valid_to"]

VOIVODESHIP_EN = {
    "02": "Lower Silesian", "04": "Kuyavian-Pomeranian", "06": "Lublin", "08": "Lubusz",
    "10": "Łódź", "12": "Lesser Poland", "14": "Masovian", "16": "Opole",
    "18": "Subcarpathian", "20": "Podlaskie", "22": "Pomeranian", "24": "Silesian",
    "26": "Holy Cross", "28": "Warmian-Masurian", "30": "Greater Poland",
    "32": "West Pomeranian",
}

# Approximate city-centre points (market square / city hall area), WGS84, 4 decimals.
CITY_CENTRES = {
    "0261": (50.9044, 15.7194), "0262": (51.2070, 16.1553), "0264": (51.1100, 17.0320),
    "0265": (50.7714, 16.2843), "0461": (53.1235, 18.0084), "0462": (53.4837, 18.7536),
    "0463": (53.0103, 18.6048), "0464": (52.6483, 19.0678), "0661": (52.0325, 23.1149),
    "0662": (51.1431, 23.4716), "0663": (51.2465, 22.5684), "0664": (50.7231, 23.2520),
    "0861": (52.7368, 15.2288), "0862": (51.9356, 15.5062), "1061": (51.7592, 19.4560),
    "1062": (51.4055, 19.7030), "1063": (51.9547, 20.1582), "1261": (50.0614, 19.9372),
    "1262": (49.6218, 20.6972), "1263": (50.0121, 20.9858), "1461": (53.0842, 21.5749),
    "1462": (52.5468, 19.7064), "1463": (51.4027, 21.1471), "1464": (52.1676, 22.2902),
    "1465": (52.2297, 21.0122), "1661": (50.6751, 17.9213), "1861": (49.6887, 21.7706),
    "1862": (49.7838, 22.7678), "1863": (50.0412, 21.9991), "1864": (50.5729, 21.6794),
    "2061": (53.1325, 23.1688), "2062": (53.1781, 22.0590), "2063": (54.1115, 22.9309),
    "2261": (54.3520, 18.6466), "2262": (54.5189, 18.5305), "2263": (54.4641, 17.0287),
    "2264": (54.4416, 18.5601), "2461": (49.8224, 19.0584), "2462": (50.3484, 18.9157),
    "2463": (50.2975, 18.9546), "2464": (50.8118, 19.1203), "2465": (50.3217, 19.1949),
    "2466": (50.2945, 18.6714), "2467": (49.9583, 18.5747), "2468": (50.2050, 19.2749),
    "2469": (50.2649, 19.0238), "2470": (50.2404, 19.1409), "2471": (50.3827, 18.9463),
    "2472": (50.2558, 18.8556), "2473": (50.1022, 18.5463), "2474": (50.3062, 19.0296),
    "2475": (50.2863, 19.1041), "2476": (50.2964, 18.9175), "2477": (50.1236, 18.9844),
    "2478": (50.3249, 18.7857), "2479": (50.0446, 18.7003), "2661": (50.8661, 20.6286),
    "2861": (54.1561, 19.4045), "2862": (53.7784, 20.4801), "3061": (51.7611, 18.0910),
    "3062": (52.2230, 18.2511), "3063": (51.8403, 16.5749), "3064": (52.4064, 16.9252),
    "3261": (54.1944, 16.1722), "3262": (53.4285, 14.5528), "3263": (53.9105, 14.2471),
}

CITY_NAME_EN = {"Warszawa": "Warsaw"}

# Cities whose county rights start later than the data series (valid_from).
VALID_FROM = {"0265": "2013-01-01"}  # Wałbrzych: city with county rights again since 2013

# Kraków's 18 districts (dzielnice): number, official name, approximate centre.
# They have no TERYT code; codes are 1261011-NN by our convention.
KRAKOW_DISTRICTS = [
    (1, "Stare Miasto", 50.0600, 19.9380),
    (2, "Grzegórzki", 50.0600, 19.9600),
    (3, "Prądnik Czerwony", 50.0900, 19.9750),
    (4, "Prądnik Biały", 50.1000, 19.9250),
    (5, "Krowodrza", 50.0750, 19.9150),
    (6, "Bronowice", 50.0850, 19.8850),
    (7, "Zwierzyniec", 50.0550, 19.8650),
    (8, "Dębniki", 50.0300, 19.8900),
    (9, "Łagiewniki-Borek Fałęcki", 50.0200, 19.9300),
    (10, "Swoszowice", 49.9950, 19.9400),
    (11, "Podgórze Duchackie", 50.0100, 19.9600),
    (12, "Bieżanów-Prokocim", 50.0150, 20.0100),
    (13, "Podgórze", 50.0380, 19.9900),
    (14, "Czyżyny", 50.0720, 20.0100),
    (15, "Mistrzejowice", 50.0970, 20.0050),
    (16, "Bieńczyce", 50.0870, 20.0300),
    (17, "Wzgórza Krzesławickie", 50.0950, 20.0700),
    (18, "Nowa Huta", 50.0650, 20.0900),
]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
         "XIII", "XIV", "XV", "XVI", "XVII", "XVIII"]

# Warsaw's 18 districts have TERC codes (type digit 8) in the GUS register; approximate centres.
WARSAW_DISTRICT_CENTRES = {
    "Bemowo": (52.2500, 20.9100), "Białołęka": (52.3200, 20.9700),
    "Bielany": (52.2900, 20.9400), "Mokotów": (52.1900, 21.0200),
    "Ochota": (52.2100, 20.9800), "Praga-Południe": (52.2400, 21.0800),
    "Praga-Północ": (52.2600, 21.0300), "Rembertów": (52.2600, 21.1600),
    "Śródmieście": (52.2300, 21.0100), "Targówek": (52.2900, 21.0500),
    "Ursus": (52.1900, 20.8900), "Ursynów": (52.1400, 21.0400),
    "Wawer": (52.2000, 21.1700), "Wesoła": (52.2300, 21.2300),
    "Wilanów": (52.1600, 21.0800), "Włochy": (52.1900, 20.9300),
    "Wola": (52.2400, 20.9600), "Żoliborz": (52.2700, 20.9800),
}


def shared_dir(argv):
    if len(argv) > 1:
        return argv[1]
    env = os.environ.get("MIASTO_SHARED_DATA")
    if env:
        return env
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    return os.path.join(root, "..", "shared", "data")


def fmt(x):
    return "%.4f" % x


def build(data_dir):
    register = {}
    with open(os.path.join(data_dir, "gus-bdl", "csv", "Wykaz_powierzchni_01012025.csv"),
              encoding="utf-8") as f:
        for r in csv.DictReader(f):
            register[r["teryt"].replace(" ", "")] = r["nazwa_jednostki"].strip()
    with open(os.path.join(data_dir, "gus-bdl", "cities66.csv"), encoding="utf-8") as f:
        cities = list(csv.DictReader(f))

    rows = [{"code": "PL", "name": "Polska", "name_en": "Poland", "kind": "country",
             "parent_code": "", "aliases": "00|0000000", "latitude": "", "longitude": "",
             "valid_from": "", "valid_to": ""}]
    for woj in sorted(VOIVODESHIP_EN):
        reg_name = register[woj]  # e.g. "WOJ. DOLNOŚLĄSKIE"
        name = reg_name.replace("WOJ. ", "").lower()
        rows.append({"code": woj, "name": name,
                     "name_en": VOIVODESHIP_EN[woj] + " Voivodeship", "kind": "voivodeship",
                     "parent_code": "PL",
                     "aliases": "województwo " + name + "|" + woj + "00000",
                     "latitude": "", "longitude": "", "valid_from": "", "valid_to": ""})

    for c in cities:
        powiat = c["teryt_powiat"]
        gminy = [k for k in register if len(k) == 7 and k.startswith(powiat) and k.endswith("1")]
        if len(gminy) != 1:
            raise SystemExit("expected exactly one gmina miejska in powiat %s, found %s" % (powiat, gminy))
        code = gminy[0]
        lat, lon = CITY_CENTRES[powiat]
        rows.append({"code": code, "name": c["city"], "name_en": CITY_NAME_EN.get(c["city"], c["city"]),
                     "kind": "city_county", "parent_code": powiat[:2],
                     "aliases": c["kod"] + "|" + powiat, "latitude": fmt(lat), "longitude": fmt(lon),
                     "valid_from": VALID_FROM.get(powiat, ""), "valid_to": ""})

    for num, name, lat, lon in KRAKOW_DISTRICTS:
        rows.append({"code": "1261011-%02d" % num, "name": "Dzielnica %s %s" % (ROMAN[num], name),
                     "name_en": "District %s %s" % (ROMAN[num], name), "kind": "district",
                     "parent_code": "1261011", "aliases": "Kraków %s|Kraków %s" % (ROMAN[num], name),
                     "latitude": fmt(lat), "longitude": fmt(lon), "valid_from": "", "valid_to": ""})

    warsaw = sorted(k for k in register if len(k) == 7 and k.startswith("1465") and k.endswith("8"))
    for code in warsaw:
        name = register[code].replace(" - dzielnica", "").strip()
        lat, lon = WARSAW_DISTRICT_CENTRES[name]
        rows.append({"code": code, "name": name, "name_en": name + " (Warsaw district)",
                     "kind": "district", "parent_code": "1465011", "aliases": "Warszawa " + name,
                     "latitude": fmt(lat), "longitude": fmt(lon), "valid_from": "", "valid_to": ""})

    rows.append({"code": "GZM", "name": "Górnośląsko-Zagłębiowska Metropolia",
                 "name_en": "Upper Silesian-Zagłębie Metropolis", "kind": "metro_area",
                 "parent_code": "PL", "aliases": "Metropolia GZM", "latitude": "", "longitude": "",
                 "valid_from": "2017-07-01", "valid_to": ""})
    rows.append({"code": "KrOM", "name": "Krakowski Obszar Metropolitalny",
                 "name_en": "Kraków Metropolitan Area", "kind": "metro_area",
                 "parent_code": "PL", "aliases": "", "latitude": "", "longitude": "",
                 "valid_from": "", "valid_to": ""})
    return rows


def main(argv):
    data_dir = shared_dir(argv)
    rows = build(data_dir)
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    out = os.path.join(root, "app", "src", "main", "resources", "catalogue", "units.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print("wrote %d units to %s: %s" % (len(rows), os.path.relpath(out, root), kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
