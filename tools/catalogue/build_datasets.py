#!/usr/bin/env python3
"""Builds app/src/main/resources/catalogue/datasets.csv - the register of datasets and systems.

Run from the repository root:  python3 tools/catalogue/build_datasets.py

Demo content that is TRUE: one row per real data source shipped in ../shared/data.
Every value comes from that folder's PROVENANCE.md or from the files themselves
(feed_info.txt of the GTFS feeds, the version date in the GIOŚ file names). Where a value is
not known (licence not stated, no update date given) the cell is left empty.
"""
import csv
import os
import sys

COLUMNS = ["code", "name_pl", "name_en", "description", "owner", "update_frequency", "format",
           "licence", "is_open", "url", "last_updated", "indicators"]

GUS_OWNER = "Główny Urząd Statystyczny (GUS)"
GUS_LICENCE = "ponowne wykorzystanie z podaniem źródła: „Źródło: GUS, Bank Danych Lokalnych”"
GUS_URL = "https://bdl.stat.gov.pl"
GIOS_OWNER = "Główny Inspektorat Ochrony Środowiska (GIOŚ)"
GIOS_LICENCE = "publicznie dostępna informacja o środowisku; cytować „Źródło: GIOŚ, Bank danych pomiarowych”"
GTFS_LICENCE = ("ZTP nie publikuje licencji obok plików; dane udostępniane jako otwarte dane miasta "
                "(ponowne wykorzystanie informacji sektora publicznego); podać „Źródło: ZTP Kraków (GTFS)”")

ROWS = [
    dict(code="gus_bdl_p2137_population",
         name_pl="GUS BDL – ludność według grup wieku i płci (P2137)",
         name_en="GUS Local Data Bank – population by age and sex (P2137)",
         description=("Oryginalny eksport BDL (XTAB) dla wszystkich powiatów, w tym 66 miast na prawach powiatu: "
                      "ludność ogółem, stan 31 XII, lata 2004–2023; od 2020 r. dane przeliczone według NSP 2021. "
                      "Skopiowany z publicznego repozytorium GitHub (WiktorAndrzejewski/Economic_voting_paper). "
                      "Wałbrzych (0265000) ma dane dopiero od 2013 r."),
         owner=GUS_OWNER, update_frequency="annual", format="XLSX (BDL XTAB); CSV (postać długa, pochodna)",
         licence=GUS_LICENCE, is_open="true", url=GUS_URL, last_updated="2024-06-05",
         indicators=["population_total"]),
    dict(code="gus_bdl_p2392_unemployment_rate",
         name_pl="GUS BDL – stopa bezrobocia rejestrowanego (P2392)",
         name_en="GUS Local Data Bank – registered unemployment rate (P2392)",
         description=("Eksporty BDL dla powiatów: XTAB za lata 2004–2023 (data aktualizacji w metadanych OPIS: 11.02.2025), "
                      "XPIV za 2024 r. (eksport z 13.01.2026) i CTAB za 2022 r. (kontrolnie). "
                      "Skopiowane z publicznych repozytoriów GitHub (Economic_voting_paper, Regional-Credit-Demand, housing-prices-poland)."),
         owner=GUS_OWNER, update_frequency="annual", format="XLSX (BDL XTAB, XPIV); CSV (BDL CTAB)",
         licence=GUS_LICENCE, is_open="true", url=GUS_URL, last_updated="2025-02-11",
         indicators=["unemployment_rate_registered"]),
    dict(code="gus_bdl_p2497_wages",
         name_pl="GUS BDL – przeciętne miesięczne wynagrodzenia brutto (P2497)",
         name_en="GUS Local Data Bank – average gross monthly wages (P2497)",
         description=("Eksporty BDL dla powiatów: XTAB za lata 2002–2023 (data aktualizacji w OPIS: 23.07.2024), "
                      "XPIV za 2024 r. (eksport z 12.01.2026) i CTAB za 2022 r. (kontrolnie)."),
         owner=GUS_OWNER, update_frequency="annual", format="XLSX (BDL XTAB, XPIV); CSV (BDL CTAB)",
         licence=GUS_LICENCE, is_open="true", url=GUS_URL, last_updated="2024-07-23",
         indicators=["avg_gross_monthly_wage"]),
    dict(code="gus_bdl_p2425_density",
         name_pl="GUS BDL – gęstość zaludnienia oraz wskaźniki (P2425)",
         name_en="GUS Local Data Bank – population density and indicators (P2425)",
         description=("Eksporty CTAB: gęstość zaludnienia, ludność w tysiącach i wskaźnik urbanizacji za 2022 r.; "
                      "za 2024 r. także ludność według płci i zmiana liczby ludności na 1000 mieszkańców "
                      "(plik z separatorem ',' i kropką dziesiętną). Daty aktualizacji w BDL nie są podane w PROVENANCE."),
         owner=GUS_OWNER, update_frequency="annual", format="CSV (BDL CTAB)",
         licence=GUS_LICENCE, is_open="true", url=GUS_URL, last_updated="",
         indicators=["population_density_per_km2", "population_thousands", "population_thousands_female",
                     "population_thousands_male", "urbanisation_rate", "population_change_per_1000"]),
    dict(code="gus_bdl_p1350_migration",
         name_pl="GUS BDL – saldo migracji na pobyt stały (P1350)",
         name_en="GUS Local Data Bank – net permanent migration (P1350)",
         description="Eksport CTAB dla powiatów za 2022 r.: saldo migracji na pobyt stały ogółem.",
         owner=GUS_OWNER, update_frequency="annual", format="CSV (BDL CTAB)",
         licence=GUS_LICENCE, is_open="true", url=GUS_URL, last_updated="",
         indicators=["net_migration_permanent"]),
    dict(code="gus_bdl_p3783_p3787_dwelling_market",
         name_pl="GUS BDL – rynkowa sprzedaż lokali mieszkalnych (P3783, P3787)",
         name_en="GUS Local Data Bank – market sales of dwellings (P3783, P3787)",
         description=("P3783: liczba lokali mieszkalnych sprzedanych w transakcjach rynkowych, 2024 (XPIV). "
                      "P3787: cena 1 m² lokali sprzedanych w transakcjach rynkowych (mediana według etykiety), 2022 (CTAB), 65 miast."),
         owner=GUS_OWNER, update_frequency="annual", format="XLSX (BDL XPIV); CSV (BDL CTAB)",
         licence=GUS_LICENCE, is_open="true", url=GUS_URL, last_updated="",
         indicators=["dwelling_market_transactions", "dwelling_price_median_per_m2"]),
    dict(code="gus_bdl_p3226_students",
         name_pl="GUS BDL – studenci (P3226)",
         name_en="GUS Local Data Bank – higher-education students (P3226)",
         description="Eksport CTAB za 2022 r.: studenci ogółem; dane tylko dla 60 miast, w których są uczelnie.",
         owner=GUS_OWNER, update_frequency="annual", format="CSV (BDL CTAB)",
         licence=GUS_LICENCE, is_open="true", url=GUS_URL, last_updated="",
         indicators=["students_higher_education", "students_per_1000_population"]),
    dict(code="gus_area_register_2025",
         name_pl="GUS – wykaz powierzchni jednostek podziału terytorialnego (stan na 1 I 2025)",
         name_en="GUS – area register of territorial units (as of 1 January 2025)",
         description=("Powierzchnia w ha i km² wszystkich jednostek TERYT (kraj, województwa, powiaty, gminy, dzielnice Warszawy) "
                      "według stanu na 1 stycznia 2025 r.; km² zaokrąglone przez GUS. Źródło kodów TERC w units.csv. "
                      "Skopiowany z publicznego repozytorium GitHub (maria0026/fire_alcohol_analysis)."),
         owner=GUS_OWNER, update_frequency="annual", format="XLSX; CSV (pochodny)",
         licence=GUS_LICENCE, is_open="true", url="", last_updated="",
         indicators=["area_km2", "area_ha"]),
    dict(code="bdl_panels_economic_voting",
         name_pl="Panele BDL dla powiatów 1995–2022 (opracowanie stron trzecich)",
         name_en="BDL panels for powiaty 1995–2022 (third-party reshaping)",
         description=("Dane GUS BDL przekształcone przez autora badania o głosowaniu ekonomicznym (repozytorium "
                      "WiktorAndrzejewski/Economic_Voting_PL) do postaci długiej; autor nie zapisał identyfikatorów zmiennych BDL. "
                      "Ludność i wynagrodzenia zgodne z oryginalnymi eksportami GUS (2620 wartości, 0 rozbieżności). "
                      "Znaczenie wskaźnika mieszkań na 1000 ludności wymaga potwierdzenia; dwa pliki z błędnymi etykietami pominięto."),
         owner="GUS (dane źródłowe); przekształcenie: autor repozytorium Economic_Voting_PL",
         update_frequency="irregular", format="XLSX; CSV (pochodny)",
         licence="dane GUS – ponowne wykorzystanie z podaniem źródła; repozytorium nie podaje licencji",
         is_open="true", url="https://github.com/WiktorAndrzejewski/Economic_Voting_PL", last_updated="",
         indicators=["avg_gross_monthly_wage", "regon_entities_per_10k_population",
                     "dwellings_completed_per_1000_population", "population_total", "registered_unemployed",
                     "hospital_beds", "hospital_beds_per_100k", "outpatient_health_care_entities",
                     "children_in_nurseries_pct", "social_assistance_centres", "divorces"]),
    dict(code="gios_air_quality_statistics",
         name_pl="GIOŚ – roczne statystyki jakości powietrza na stacjach 2000–2017",
         name_en="GIOŚ – annual air-quality statistics per station 2000–2017",
         description=("Oryginalny plik GIOŚ „Statystyki_2000-2018” (wersja z 28.08.2018; mimo nazwy obejmuje lata 2000–2017): "
                      "arkusz na zanieczyszczenie (m.in. PM10, PM2,5, NO2, SO2, O3, BaP), wiersz na stację, rok i czas uśredniania. "
                      "Skopiowany bez zmian z publicznego repozytorium kursu MiNI PW (pbiecek/TechnikiWizualizacjiDanych2018). "
                      "Brak statystyk za 2018 r. i później."),
         owner=GIOS_OWNER, update_frequency="annual", format="XLSX; CSV (arkusze, pochodne)",
         licence=GIOS_LICENCE, is_open="true", url="https://powietrze.gios.gov.pl/pjp/archives",
         last_updated="2018-08-28",
         indicators=["pm10_annual_mean", "pm25_annual_mean", "no2_annual_mean", "pm10_days_over_50",
                     "so2_annual_mean", "bap_annual_mean"]),
    dict(code="gios_station_metadata",
         name_pl="GIOŚ – metadane stacji pomiarowych",
         name_en="GIOŚ – monitoring station metadata",
         description=("Plik „Metadane” (wersja z 29.08.2018): kod stacji, stary kod, kod europejski, nazwa, typ stacji i obszaru, "
                      "województwo, miejscowość, ulica, współrzędne WGS84, daty uruchomienia i zamknięcia. "
                      "Służy do przypisania stacji do miast i do map."),
         owner=GIOS_OWNER, update_frequency="irregular", format="XLSX; CSV (pochodny)",
         licence=GIOS_LICENCE, is_open="true", url="https://powietrze.gios.gov.pl/pjp/archives",
         last_updated="2018-08-29", indicators=[]),
    dict(code="gios_city_aggregate",
         name_pl="Jakość powietrza w 66 miastach – agregat ze stacji GIOŚ",
         name_en="Air quality in the 66 cities – aggregate of GIOŚ stations",
         description=("Tabela pochodna projektu Miasto 4.0 (cities66_air_quality_annual.csv): dla miasta, zanieczyszczenia, "
                      "czasu uśredniania i roku – liczba stacji, zwykła średnia ze średnich stacyjnych, maksimum, średnia ze stacji "
                      "o kompletności ≥75% oraz maksymalna liczba dni z PM10 > 50 µg/m³. Miara własna, nie oficjalna wartość GIOŚ: "
                      "łączy stacje komunikacyjne i tła. PM10 w 60 miastach, PM2,5 w 47, NO2 w 61."),
         owner="projekt Miasto 4.0 (opracowanie danych GIOŚ)", update_frequency="irregular", format="CSV",
         licence=GIOS_LICENCE, is_open="true", url="", last_updated="",
         indicators=["pm10_annual_mean", "pm25_annual_mean", "no2_annual_mean", "pm10_days_over_50"]),
    dict(code="ztp_gtfs_krk_a",
         name_pl="GTFS Kraków – autobusy MPK (GTFS_KRK_A)",
         name_en="Kraków GTFS – MPK buses (GTFS_KRK_A)",
         description=("Rozkład jazdy autobusów MPK S.A. w Krakowie w formacie GTFS, ważny 29.06.2026–31.01.2027 "
                      "(feed_version 20260629): 162 linie, 2971 przystanków, 38 128 kursów. Kopia niepełna: bez stop_times.txt "
                      "i shapes.txt (pliki ≥4 MiB pominięte w kopii repozytorium) – nie nadaje się do wyznaczania tras."),
         owner="Zarząd Transportu Publicznego w Krakowie (ZTP); wydawca pliku: MPK S.A. w Krakowie",
         update_frequency="irregular", format="GTFS (CSV w ZIP)", licence=GTFS_LICENCE, is_open="true",
         url="https://gtfs.ztp.krakow.pl/GTFS_KRK_A.zip", last_updated="2026-06-29",
         indicators=["pt_stops_count", "pt_lines_count", "pt_stops_per_km2", "pt_trips_per_weekday"]),
    dict(code="ztp_gtfs_krk_t",
         name_pl="GTFS Kraków – tramwaje (GTFS_KRK_T)",
         name_en="Kraków GTFS – trams (GTFS_KRK_T)",
         description=("Rozkład jazdy tramwajów w formacie GTFS (feed_version „27.06.2026 02:47”, kalendarz 27.06.2026–25.09.2026): "
                      "23 linie, 335 przystanków, 12 666 kursów, plik blocks.txt. Kopia niepełna: bez stop_times.txt i shapes.txt."),
         owner="Zarząd Transportu Publicznego w Krakowie (ZTP)",
         update_frequency="irregular", format="GTFS (CSV w ZIP)", licence=GTFS_LICENCE, is_open="true",
         url="https://gtfs.ztp.krakow.pl/GTFS_KRK_T.zip", last_updated="2026-06-27",
         indicators=["pt_stops_count", "pt_lines_count", "pt_stops_per_km2", "pt_trips_per_weekday"]),
    dict(code="ztp_gtfs_krk_m",
         name_pl="GTFS Kraków – autobusy Mobilis (GTFS_KRK_M)",
         name_en="Kraków GTFS – Mobilis buses (GTFS_KRK_M)",
         description=("Rozkład jazdy autobusów Mobilis (operator na zlecenie ZTP) w formacie GTFS, ważny 27.06.2026–31.01.2027: "
                      "38 linii, 794 przystanki, 19 384 kursy, z shapes.txt. Kopia niepełna: bez stop_times.txt. "
                      "Wersja pliku (feed_version „1634_1635”) nie jest datą."),
         owner="Zarząd Transportu Publicznego w Krakowie (ZTP); wydawca pliku: R&G PLUS Sp. z o.o.",
         update_frequency="irregular", format="GTFS (CSV w ZIP)", licence=GTFS_LICENCE, is_open="true",
         url="https://gtfs.ztp.krakow.pl/GTFS_KRK_M.zip", last_updated="",
         indicators=["pt_stops_count", "pt_lines_count", "pt_stops_per_km2", "pt_trips_per_weekday"]),
    dict(code="pabulib_participatory_budgets",
         name_pl="Pabulib – pliki budżetów obywatelskich polskich miast",
         name_en="Pabulib – participatory-budget files of Polish cities",
         description=("Niezmienione pliki w formacie pabulib (.pb: META, PROJECTS, VOTES), po jednym na edycję: Kraków 2018–2022 "
                      "(część ogólnomiejska) oraz dzielnice Krakowa (2020: Nowa Huta, Stare Miasto), Gdańska, Gdyni, Katowic, Łodzi, "
                      "Poznania, Warszawy, Wrocławia i gmina Świecie. Kolumna selected zawiera oficjalny wynik, pole rule – regułę liczenia."),
         owner="Pabulib (biblioteka danych badaczy Uniwersytetu Warszawskiego i AGH); dane źródłowe: urzędy miast",
         update_frequency="irregular", format="pabulib .pb (tekst, sekcje rozdzielone średnikiem)", licence="",
         is_open="true", url="https://pabulib.org", last_updated="",
         indicators=["pb_ballots_cast", "pb_projects_selected", "pb_budget_per_capita_pln"]),
    dict(code="coinr_asem",
         name_pl="ASEM – dane przykładowe COINr (wskaźnik złożony łączności)",
         name_en="ASEM – COINr example data (connectivity composite indicator)",
         description=("51 krajów ASEM × 49 wskaźników (2018) w układzie iData/iMeta znanym użytkownikom COINr; indeks ASEM "
                      "Sustainable Connectivity Portal (JRC Komisji Europejskiej), wyeksportowany bez zmian z pakietu R COINr 1.1.14. "
                      "Dane na poziomie krajów – wzorcowy przykład metody wskaźników złożonych, nie zasila wskaźników miejskich."),
         owner="Wspólne Centrum Badawcze Komisji Europejskiej (JRC); dystrybucja: pakiet R COINr",
         update_frequency="irregular", format="CSV (iData, iMeta)", licence="", is_open="true",
         url="https://cran.r-project.org/package=COINr", last_updated="", indicators=[]),
]


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    out = os.path.join(root, "app", "src", "main", "resources", "catalogue", "datasets.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in ROWS:
            row = dict(r)
            row["indicators"] = "|".join(r["indicators"])
            w.writerow(row)
    print("wrote %d datasets to %s" % (len(ROWS), os.path.relpath(out, root)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
