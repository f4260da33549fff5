#!/usr/bin/env python3
"""Builds app/src/main/resources/catalogue/indicators.csv, the default indicator catalogue.

Run from the repository root:  python3 tools/catalogue/build_indicators.py

The catalogue is kept here as Python data so that it stays reviewable (one block per
indicator) and the CSV is always written with a real CSV writer (RFC 4180 quoting,
UTF-8, LF line ends).

Rules followed (see app/src/main/resources/catalogue/README.md):
* names and definitions are our own words; standards are referenced by number only;
* a standard reference is given only where it was checked against a public list:
  - iso37120: numbering of ISO 37120:2014 (1st edition), checked against the public
    ISO 37120 ontology of the University of Toronto Enterprise Integration Lab and the
    published table of contents of ISO 37120:2014;
  - iso37123: ISO 37123:2019 clause numbers checked against its published table of contents;
  - iso37122: left empty - no public list of ISO 37122:2019 clause numbers could be checked;
  - u4ssc: KPI numbers of the U4SSC Collection Methodology (2017) / KPIs Verification Manual (2022);
  - sdg: indicator numbers of the UN global SDG indicator framework.
  A reference means "the same concept as the referenced indicator"; where Polish official
  statistics measure it differently (e.g. registered vs. survey unemployment) the
  definition says so.
* every indicator that has real data in ../shared/data uses exactly the code of that data.
"""
import csv
import os
import re
import sys

DIMENSIONS = [
    "human_capital", "social_cohesion", "economy", "governance", "environment",
    "mobility", "urban_planning", "international_outreach", "technology",
]
COLUMNS = [
    "code", "name_pl", "name_en", "definition_pl", "definition_en", "unit", "polarity",
    "decimals", "frequency", "kind", "dimension", "iso37120", "iso37122", "iso37123",
    "u4ssc", "sdg", "source", "min_value", "max_value",
]

INDICATORS = []

# Seed citations (not written to the CSV; listed in the README): code -> text
SEED_REFS = {}


def ind(code, dimension, name_pl, name_en, definition_pl, definition_en, unit, polarity,
        decimals, frequency="annual", kind="objective", iso37120="", iso37122="",
        iso37123="", u4ssc="", sdg="", source="", min_value="", max_value="", seed=""):
    INDICATORS.append({
        "code": code, "name_pl": name_pl, "name_en": name_en,
        "definition_pl": definition_pl, "definition_en": definition_en,
        "unit": unit, "polarity": polarity, "decimals": decimals, "frequency": frequency,
        "kind": kind, "dimension": dimension, "iso37120": iso37120, "iso37122": iso37122,
        "iso37123": iso37123, "u4ssc": u4ssc, "sdg": sdg, "source": source,
        "min_value": min_value, "max_value": max_value,
    })
    if seed:
        SEED_REFS[code] = seed


PCT = dict(min_value=0, max_value=100)   # limits of a share of a whole (numerator is part of denominator)
S002 = "seed 002 (raport Miasto 4.0)"
S003 = "seed 003 (Kraków, raport z realizacji programu 2024)"
S001 = "seed 001 (zarządzenie 1186/2025, Kraków)"

# ---------------------------------------------------------------------------------------
# HUMAN CAPITAL
# ---------------------------------------------------------------------------------------
D = "human_capital"
ind("students_higher_education", D,
    "Studenci szkół wyższych", "Higher-education students",
    "Liczba studentów uczelni (i ich jednostek) mających siedzibę w mieście, według GUS; dane tylko dla miast z uczelniami.",
    "Number of students enrolled at higher-education institutions (or their units) located in the city, as reported by GUS; only cities with universities have data.",
    "persons", "higher_better", 0, source="GUS BDL P3226", min_value=0)
ind("students_per_1000_population", D,
    "Studenci na 1000 mieszkańców", "Students per 1000 residents",
    "Liczba studentów uczelni położonych w mieście przypadająca na 1000 mieszkańców miasta (wskaźnik pochodny: P3226 / ludność × 1000).",
    "Students at higher-education institutions located in the city per 1000 city residents (derived: P3226 / population × 1000).",
    "per 1000 population", "higher_better", 1, source="derived: GUS BDL P3226 and P2137", min_value=0)
ind("tertiary_degree_holders_per_100k", D,
    "Mieszkańcy z wykształceniem wyższym na 100 tys.", "Residents with a tertiary degree per 100 000",
    "Liczba mieszkańców posiadających dyplom ukończenia studiów wyższych na 100 000 mieszkańców, według spisu powszechnego.",
    "Number of residents holding a higher-education degree per 100 000 population, from the population census.",
    "per 100 000 population", "higher_better", 0, frequency="irregular",
    iso37120="6.7", u4ssc="SC: EH: ED: 3C", source="GUS NSP 2021 (census)", min_value=0, max_value=100000)
ind("school_enrolment_net_rate", D,
    "Współczynnik skolaryzacji netto (szkoły podstawowe)", "Net enrolment rate (primary schools)",
    "Uczniowie szkół podstawowych w wieku odpowiadającym temu poziomowi kształcenia jako odsetek ludności w tym wieku. W miastach może przekraczać 100%, bo obejmuje uczniów dojeżdżających spoza miasta.",
    "Primary-school pupils of the age group corresponding to that level as a percentage of the population of that age. In cities it can exceed 100% because pupils commute from outside the city.",
    "%", "higher_better", 1, source="GUS BDL", min_value=0)
ind("primary_student_teacher_ratio", D,
    "Liczba uczniów na nauczyciela w szkołach podstawowych", "Primary-school pupils per teacher",
    "Liczba uczniów szkół podstawowych przypadająca na jeden etat nauczycielski (w przeliczeniu na pełne etaty).",
    "Number of primary-school pupils per full-time-equivalent teacher.",
    "ratio", "lower_better", 1, iso37120="6.4", source="SIO (System Informacji Oświatowej)", min_value=0)
ind("preschool_participation_3_5_pct", D,
    "Dzieci w wieku 3–5 lat objęte wychowaniem przedszkolnym", "Children aged 3–5 in pre-school education",
    "Dzieci w wieku 3–5 lat uczęszczające do przedszkoli i innych form wychowania przedszkolnego jako odsetek dzieci w tym wieku mieszkających w mieście; może przekraczać 100% z powodu dzieci spoza miasta.",
    "Children aged 3–5 attending pre-schools or other forms of pre-school education as a percentage of children of that age living in the city; may exceed 100% because of children from outside the city.",
    "%", "higher_better", 1, source="GUS BDL", min_value=0)
ind("exam_grade8_math_mean_pct", D,
    "Egzamin ósmoklasisty – średni wynik z matematyki", "Grade-8 exam – mean mathematics score",
    "Średni wynik procentowy uczniów szkół w mieście z egzaminu ósmoklasisty z matematyki.",
    "Mean percentage score of pupils of the city's schools in the grade-8 national exam in mathematics.",
    "%", "higher_better", 1, source="CKE / OKE (egzamin ósmoklasisty)", min_value=0, max_value=100)
ind("matura_pass_rate_pct", D,
    "Zdawalność egzaminu maturalnego", "Matura exam pass rate",
    "Odsetek absolwentów szkół ponadpodstawowych w mieście, którzy zdali egzamin maturalny (w sesji głównej).",
    "Percentage of upper-secondary graduates in the city's schools who passed the matura (school-leaving) exam in the main session.",
    "%", "higher_better", 1, source="CKE / OKE (egzamin maturalny)", **PCT)
ind("residents_basic_digital_skills_pct", D,
    "Mieszkańcy z co najmniej podstawowymi umiejętnościami cyfrowymi", "Residents with at least basic digital skills",
    "Odsetek dorosłych mieszkańców deklarujących w badaniu ankietowym co najmniej podstawowe umiejętności cyfrowe (komunikacja, informacja, rozwiązywanie problemów, tworzenie treści, bezpieczeństwo).",
    "Percentage of adult residents who report, in a survey, at least basic digital skills (communication, information, problem solving, content creation, safety).",
    "%", "higher_better", 1, kind="subjective", sdg="4.4.1",
    source="city survey; GUS survey on ICT use in households", **PCT,
    seed=S002 + " l. 4539–4560 (edukacja cyfrowa mieszkańców), l. 5028 (warszawskie ankiety kompetencji cyfrowych)")
ind("digital_skills_training_participants_per_1000", D,
    "Uczestnicy miejskich szkoleń cyfrowych na 1000 mieszkańców", "Participants of city digital-skills training per 1000 residents",
    "Liczba uczestników szkoleń i warsztatów podnoszących kompetencje cyfrowe mieszkańców (w tym seniorów), organizowanych lub finansowanych przez miasto w roku, na 1000 mieszkańców.",
    "Number of participants in city-run or city-funded courses and workshops that build residents' digital skills (including seniors) in the year, per 1000 residents.",
    "per 1000 population", "higher_better", 1, source="city programme records", min_value=0,
    seed=S002 + " l. 4539–4560, 4647–4652 (szkolenia i podręczniki dla seniorów)")
ind("city_staff_digital_training_pct", D,
    "Pracownicy urzędu przeszkoleni z kompetencji cyfrowych", "City staff trained in digital skills",
    "Odsetek pracowników urzędu miasta, którzy w roku ukończyli co najmniej jedno szkolenie z kompetencji cyfrowych (narzędzia cyfrowe, projekty cyfrowe, dane, AI).",
    "Percentage of city-office employees who completed at least one digital-skills course in the year (digital tools, digital projects, data, AI).",
    "%", "higher_better", 1, source="city HR records", **PCT,
    seed=S002 + " l. 3652–3700, 3706–3750 (kompetencje cyfrowe pracowników, e-learningi)")
ind("library_readers_per_1000", D,
    "Czytelnicy bibliotek publicznych na 1000 mieszkańców", "Public-library readers per 1000 residents",
    "Liczba zarejestrowanych czytelników bibliotek publicznych w mieście (wypożyczających w roku) na 1000 mieszkańców.",
    "Number of registered public-library readers in the city (borrowers in the year) per 1000 residents.",
    "per 1000 population", "higher_better", 1, source="GUS BDL", min_value=0)
ind("student_ict_access_pct", D,
    "Uczniowie z dostępem do sprzętu TIK w szkole", "Pupils with access to ICT in class",
    "Odsetek uczniów szkół prowadzonych przez miasto mających w klasie dostęp do komputerów, tabletów lub innych urządzeń cyfrowych używanych w nauczaniu.",
    "Percentage of pupils in city-run schools who have classroom access to computers, tablets or other digital devices used in teaching.",
    "%", "higher_better", 1, u4ssc="SC: EH: ED: 1C", source="city education department; SIO", **PCT)

# ---------------------------------------------------------------------------------------
# SOCIAL COHESION
# ---------------------------------------------------------------------------------------
D = "social_cohesion"
ind("population_total", D,
    "Ludność ogółem", "Total population",
    "Liczba ludności miasta według faktycznego miejsca zamieszkania, stan na 31 grudnia. Od 2020 r. dane przeliczone na bazie Narodowego Spisu Powszechnego 2021.",
    "Number of residents of the city by actual place of residence, as of 31 December. From 2020 on, GUS rebased the figures on the 2021 census.",
    "persons", "neutral", 0, source="GUS BDL P2137", min_value=0)
ind("population_thousands", D,
    "Ludność w tysiącach", "Population (thousands)",
    "Liczba ludności miasta w tysiącach osób, stan na 31 grudnia (tablica GUS 'gęstość zaludnienia oraz wskaźniki').",
    "Population of the city in thousands, as of 31 December (GUS table 'population density and indicators').",
    "thousand persons", "neutral", 2, source="GUS BDL P2425", min_value=0)
ind("population_thousands_female", D,
    "Ludność w tysiącach – kobiety", "Population (thousands) – women",
    "Liczba kobiet mieszkających w mieście, w tysiącach, stan na 31 grudnia.",
    "Number of women living in the city, in thousands, as of 31 December.",
    "thousand persons", "neutral", 2, source="GUS BDL P2425", min_value=0)
ind("population_thousands_male", D,
    "Ludność w tysiącach – mężczyźni", "Population (thousands) – men",
    "Liczba mężczyzn mieszkających w mieście, w tysiącach, stan na 31 grudnia.",
    "Number of men living in the city, in thousands, as of 31 December.",
    "thousand persons", "neutral", 2, source="GUS BDL P2425", min_value=0)
ind("population_change_per_1000", D,
    "Zmiana liczby ludności na 1000 mieszkańców", "Population change per 1000 residents",
    "Różnica liczby ludności między końcem a początkiem roku (przyrost naturalny i migracje łącznie) w przeliczeniu na 1000 mieszkańców; wartość ujemna oznacza ubytek.",
    "Difference between the population at the end and at the start of the year (natural change and migration together) per 1000 residents; a negative value is a decline.",
    "per 1000 population", "neutral", 1, source="GUS BDL P2425", min_value=-1000)
ind("net_migration_permanent", D,
    "Saldo migracji na pobyt stały", "Net permanent migration",
    "Liczba zameldowań na pobyt stały minus liczba wymeldowań z pobytu stałego w roku (migracje wewnętrzne i zagraniczne łącznie). Dodatnie saldo świadczy o atrakcyjności miasta jako miejsca zamieszkania.",
    "Registrations for permanent residence minus de-registrations in the year (internal and international migration together). A positive balance shows the city's attractiveness as a place to live.",
    "persons", "higher_better", 0, source="GUS BDL P1350")
ind("divorces", D,
    "Rozwody", "Divorces",
    "Liczba orzeczonych rozwodów w roku (etykieta zestawu danych stron trzecich; zmienna BDL nie została zapisana przez autora zestawu).",
    "Number of divorces granted in the year (label of a third-party panel; the BDL variable id was not recorded by its author).",
    "count", "neutral", 0, source="GUS BDL (via third-party panel Economic_Voting_PL)", min_value=0)
ind("children_in_nurseries_pct", D,
    "Dzieci objęte opieką w żłobkach", "Children cared for in nurseries",
    "Dzieci objęte opieką w żłobkach jako odsetek wszystkich dzieci w wieku do 3 lat (etykieta zestawu danych stron trzecich; licznik obejmuje też dzieci spoza miasta, więc wskaźnik nie ma górnej granicy 100%).",
    "Children cared for in nurseries as a percentage of all children aged up to 3 (third-party label; the numerator also counts children from outside the city, so there is no hard 100% ceiling).",
    "%", "higher_better", 1, u4ssc="SC: SH: SI: 5A",
    source="GUS BDL (via third-party panel Economic_Voting_PL)", min_value=0)
ind("hospital_beds", D,
    "Łóżka w szpitalach", "Hospital beds",
    "Liczba łóżek w szpitalach położonych w mieście (według etykiety zestawu danych stron trzecich; prawdopodobnie szpitale ogólne).",
    "Number of beds in hospitals located in the city (according to a third-party panel label; probably general hospitals).",
    "count", "neutral", 0, source="GUS BDL (via third-party panel Economic_Voting_PL)", min_value=0)
ind("hospital_beds_per_100k", D,
    "Łóżka szpitalne na 100 tys. mieszkańców", "Hospital beds per 100 000 residents",
    "Liczba łóżek w szpitalach położonych w mieście na 100 000 mieszkańców (wskaźnik pochodny). Szpitale miejskie obsługują także mieszkańców okolicznych gmin.",
    "Hospital beds in the city per 100 000 residents (derived). City hospitals also serve residents of neighbouring municipalities.",
    "per 100 000 population", "higher_better", 0, iso37120="12.2", u4ssc="SC: EH: H: 4A",
    source="derived: hospital_beds / population_total", min_value=0)
ind("outpatient_health_care_entities", D,
    "Przychodnie (podmioty ambulatoryjnej opieki zdrowotnej)", "Outpatient health-care entities",
    "Liczba przychodni udzielających ambulatoryjnej opieki zdrowotnej na terenie miasta (etykieta zestawu danych stron trzecich).",
    "Number of outpatient clinics providing ambulatory health care in the city (third-party panel label).",
    "count", "neutral", 0, source="GUS BDL (via third-party panel Economic_Voting_PL)", min_value=0)
ind("physicians_per_100k", D,
    "Lekarze na 100 tys. mieszkańców", "Physicians per 100 000 residents",
    "Liczba lekarzy pracujących bezpośrednio z pacjentem w mieście na 100 000 mieszkańców.",
    "Number of physicians working directly with patients in the city per 100 000 residents.",
    "per 100 000 population", "higher_better", 0, iso37120="12.3", u4ssc="SC: EH: H: 3C", sdg="3.c.1",
    source="GUS (ochrona zdrowia) / NFZ", min_value=0)
ind("life_expectancy_years", D,
    "Przeciętne dalsze trwanie życia noworodka", "Life expectancy at birth",
    "Przeciętna liczba lat, jaką przeżyje noworodek przy obecnych współczynnikach umieralności w mieście (obie płcie).",
    "Average number of years a newborn would live under the city's current mortality rates (both sexes).",
    "years", "higher_better", 1, iso37120="12.1", u4ssc="SC: EH: H: 1C", source="GUS (tablice trwania życia)",
    min_value=0, max_value=130)
ind("social_assistance_centres", D,
    "Placówki pomocy społecznej", "Social-assistance facilities",
    "Liczba placówek pomocy społecznej w mieście według etykiety zestawu danych stron trzecich ('Number of social assistance centers'); dokładna zmienna BDL nie jest znana. Dane dla 63 miast.",
    "Number of social-assistance facilities in the city under the third-party panel label 'Number of social assistance centers'; the exact BDL variable is not known. Data for 63 cities.",
    "count", "neutral", 0, source="GUS BDL (via third-party panel Economic_Voting_PL)", min_value=0)
ind("social_assistance_beneficiaries_pct", D,
    "Korzystający ze środowiskowej pomocy społecznej", "Recipients of community social assistance",
    "Osoby w gospodarstwach domowych korzystających ze środowiskowej pomocy społecznej jako odsetek ludności miasta.",
    "Persons in households receiving community social assistance as a percentage of the city's population.",
    "%", "lower_better", 1, source="GUS BDL", **PCT)
ind("poverty_rate_pct", D,
    "Zasięg ubóstwa", "Poverty rate",
    "Odsetek mieszkańców żyjących poniżej krajowej granicy ubóstwa (szacunek GUS dla małych obszarów, tzw. mapa ubóstwa).",
    "Percentage of residents living below the national poverty line (GUS small-area estimate, the 'poverty map').",
    "%", "lower_better", 1, frequency="irregular", iso37120="5.3", u4ssc="SC: SH: SI: 3C", sdg="1.2.1",
    source="GUS (mapa ubóstwa)", **PCT)
ind("homeless_per_100k", D,
    "Osoby w kryzysie bezdomności na 100 tys. mieszkańców", "Homeless persons per 100 000 residents",
    "Liczba osób bezdomnych zidentyfikowanych w mieście w ogólnopolskim badaniu liczby osób bezdomnych na 100 000 mieszkańców.",
    "Number of homeless persons counted in the city by the national homelessness count, per 100 000 residents.",
    "per 100 000 population", "lower_better", 1, frequency="irregular", iso37120="15.2",
    source="MRiPS (ogólnopolskie badanie liczby osób bezdomnych)", min_value=0)
ind("homicides_per_100k", D,
    "Zabójstwa na 100 tys. mieszkańców", "Homicides per 100 000 residents",
    "Liczba stwierdzonych przestępstw zabójstwa (w tym usiłowań, jeśli tak raportuje Policja) na 100 000 mieszkańców.",
    "Number of recorded homicide offences (including attempts where the police report them so) per 100 000 residents.",
    "per 100 000 population", "lower_better", 2, iso37120="14.2", sdg="16.1.1",
    source="Policja (statystyka przestępczości)", min_value=0)
ind("crimes_recorded_per_1000", D,
    "Przestępstwa stwierdzone na 1000 mieszkańców", "Recorded crimes per 1000 residents",
    "Liczba przestępstw stwierdzonych przez Policję w zakończonych postępowaniach przygotowawczych na 1000 mieszkańców.",
    "Number of crimes confirmed by the police in completed preparatory proceedings per 1000 residents.",
    "per 1000 population", "lower_better", 1, source="Policja; GUS BDL", min_value=0)
ind("police_officers_per_100k", D,
    "Policjanci na 100 tys. mieszkańców", "Police officers per 100 000 residents",
    "Liczba funkcjonariuszy Policji w jednostkach obsługujących miasto na 100 000 mieszkańców.",
    "Number of police officers in the units serving the city per 100 000 residents.",
    "per 100 000 population", "higher_better", 0, iso37120="14.1", u4ssc="SC: SH: SA: 6C",
    source="Komenda Wojewódzka/Miejska Policji", min_value=0)
ind("firefighters_per_100k", D,
    "Strażacy na 100 tys. mieszkańców", "Firefighters per 100 000 residents",
    "Liczba strażaków zawodowych Państwowej Straży Pożarnej w jednostkach obsługujących miasto na 100 000 mieszkańców.",
    "Number of professional firefighters of the State Fire Service in units serving the city per 100 000 residents.",
    "per 100 000 population", "higher_better", 0, iso37120="10.1", u4ssc="SC: SH: SA: 7C",
    source="Państwowa Straż Pożarna (KM PSP)", min_value=0)
ind("emergency_response_time_min", D,
    "Czas dotarcia służb ratunkowych", "Emergency response time",
    "Mediana czasu od przyjęcia zgłoszenia alarmowego do przybycia zespołu ratownictwa medycznego na miejsce zdarzenia w mieście.",
    "Median time from receipt of an emergency call to the arrival of the emergency medical team on scene in the city.",
    "minutes", "lower_better", 1, iso37120="10.5", u4ssc="SC: SH: SA: 5A",
    source="Wojewoda (System Wspomagania Dowodzenia PRM)", min_value=0)
ind("disaster_deaths_per_100k", D,
    "Ofiary śmiertelne katastrof naturalnych na 100 tys.", "Natural-disaster deaths per 100 000",
    "Liczba zgonów spowodowanych katastrofami naturalnymi (powódź, nawałnica, upał itp.) w roku na 100 000 mieszkańców.",
    "Number of deaths caused by natural disasters (flood, storm, heatwave etc.) in the year per 100 000 residents.",
    "per 100 000 population", "lower_better", 2, iso37120="10.3", u4ssc="SC: SH: SA: 1C", sdg="11.5.1",
    source="Wojewódzkie Centrum Zarządzania Kryzysowego", min_value=0)
ind("accessible_public_buildings_pct", D,
    "Budynki urzędowe dostępne architektonicznie", "Architecturally accessible public buildings",
    "Odsetek budynków urzędu i miejskich jednostek obsługujących interesantów, które według audytu dostępności spełniają minimalne wymagania dostępności architektonicznej.",
    "Percentage of city-office and municipal-unit buildings serving the public that meet the minimum architectural accessibility requirements according to an accessibility audit.",
    "%", "higher_better", 1, source="city accessibility audit", **PCT,
    seed=S003 + " l. 48–60 (audyt dostępności architektonicznej i cyfrowej)")
ind("senior_activity_centres", D,
    "Centra aktywności seniorów", "Senior activity centres",
    "Liczba miejskich lub dofinansowanych przez miasto placówek aktywizujących seniorów (np. Centra Aktywności Seniorów w Krakowie).",
    "Number of city-run or city-funded centres that activate older residents (e.g. Kraków's Senior Activity Centres).",
    "count", "higher_better", 0, source="city social-policy department", min_value=0,
    seed=S002 + " l. 2480–2483 (ponad 50 Centrów Aktywności Seniorów w Krakowie)")
ind("city_card_holders_per_1000", D,
    "Posiadacze karty mieszkańca na 1000 mieszkańców", "City-card holders per 1000 residents",
    "Liczba aktywnych kart mieszkańca (np. Karta Krakowska) na 1000 mieszkańców; karta przysługuje osobom rozliczającym podatek w mieście.",
    "Number of active resident cards (e.g. Karta Krakowska) per 1000 residents; the card is for people who pay income tax in the city.",
    "per 1000 population", "higher_better", 1, source="city-card system", min_value=0,
    seed=S003 + " l. 30–45 (Karta Krakowska, analiza wykorzystania); " + S002 + " l. 143, 2318–2322, 2943–2975 (Karta Krakowska, Karta Mieszkańca)")
ind("city_card_uses_per_holder", D,
    "Skorzystania z karty mieszkańca na posiadacza", "City-card uses per holder",
    "Liczba skorzystań z ulg i usług w ramach karty mieszkańca (bilety, kultura, sport, parkowanie) zarejestrowanych w systemie karty w roku, na jednego aktywnego posiadacza.",
    "Number of uses of city-card discounts and services (tickets, culture, sport, parking) registered by the card system in the year, per active card holder.",
    "count", "higher_better", 1, source="city-card system (usage analytics)", min_value=0,
    seed=S003 + " l. 30–45 (system zbierający i analizujący dane o wykorzystaniu Karty Krakowskiej)")
ind("resident_life_satisfaction_pct", D,
    "Zadowolenie z życia w mieście", "Satisfaction with life in the city",
    "Odsetek dorosłych mieszkańców, którzy w cyklicznym badaniu ankietowym oceniają życie w mieście jako dobre lub bardzo dobre.",
    "Percentage of adult residents who rate life in the city as good or very good in the recurring resident survey.",
    "%", "higher_better", 1, kind="subjective", source="city resident survey", **PCT,
    seed=S003 + " l. 13–17 (cykliczne badania społeczne)")
ind("resident_perceived_safety_pct", D,
    "Poczucie bezpieczeństwa po zmroku", "Feeling safe after dark",
    "Odsetek dorosłych mieszkańców, którzy w badaniu ankietowym deklarują, że czują się bezpiecznie, chodząc samotnie po zmroku w okolicy swojego miejsca zamieszkania.",
    "Percentage of adult residents who say in a survey that they feel safe walking alone after dark in the area where they live.",
    "%", "higher_better", 1, kind="subjective", sdg="16.1.4", source="city resident survey", **PCT)

# ---------------------------------------------------------------------------------------
# ECONOMY
# ---------------------------------------------------------------------------------------
D = "economy"
ind("unemployment_rate_registered", D,
    "Stopa bezrobocia rejestrowanego", "Registered unemployment rate",
    "Bezrobotni zarejestrowani w urzędzie pracy jako odsetek cywilnej ludności aktywnej zawodowo, stan na koniec roku. Miara administracyjna – różni się od stopy bezrobocia z badań ankietowych (BAEL), na której opierają się definicje ISO i SDG.",
    "Unemployed persons registered at labour offices as a percentage of the economically active civilian population, end of year. An administrative measure – it differs from the survey-based (LFS) rate that the ISO and SDG definitions use.",
    "%", "lower_better", 1, iso37120="5.1", u4ssc="EC: P: EM: 1C", sdg="8.5.2", source="GUS BDL P2392", **PCT)
ind("registered_unemployed", D,
    "Bezrobotni zarejestrowani", "Registered unemployed",
    "Liczba osób bezrobotnych zarejestrowanych w powiatowym urzędzie pracy, stan na koniec roku.",
    "Number of unemployed persons registered at the labour office, end of year.",
    "persons", "lower_better", 0, source="GUS BDL (via third-party panel Economic_Voting_PL)", min_value=0)
ind("youth_unemployed_share_pct", D,
    "Udział młodych (do 25 lat) wśród bezrobotnych", "Share of young people (under 25) among the unemployed",
    "Bezrobotni zarejestrowani w wieku do 25 lat jako odsetek wszystkich bezrobotnych zarejestrowanych (udział, nie stopa bezrobocia młodzieży).",
    "Registered unemployed aged under 25 as a percentage of all registered unemployed (a share, not a youth unemployment rate).",
    "%", "lower_better", 1, source="GUS BDL; powiatowy urząd pracy", **PCT)
ind("long_term_unemployed_share_pct", D,
    "Udział długotrwale bezrobotnych", "Share of long-term unemployed",
    "Bezrobotni zarejestrowani pozostający bez pracy dłużej niż 12 miesięcy jako odsetek wszystkich bezrobotnych zarejestrowanych.",
    "Registered unemployed out of work for more than 12 months as a percentage of all registered unemployed.",
    "%", "lower_better", 1, source="GUS BDL; powiatowy urząd pracy", **PCT)
ind("avg_gross_monthly_wage", D,
    "Przeciętne miesięczne wynagrodzenie brutto", "Average gross monthly wage",
    "Przeciętne miesięczne wynagrodzenie brutto (ze składkami na ubezpieczenia społeczne płaconymi przez pracownika i zaliczką na podatek) w mieście, w złotych; według GUS dane obejmują podmioty o liczbie pracujących 10 i więcej osób oraz jednostki sfery budżetowej niezależnie od liczby pracujących.",
    "Average gross monthly wages and salaries (including the employee's social-insurance contributions and income-tax advance) in the city, in złoty; per GUS the data cover entities with 10 or more employed persons and budgetary units regardless of size.",
    "PLN", "higher_better", 2, source="GUS BDL P2497", min_value=0)
ind("employed_per_1000_population", D,
    "Pracujący na 1000 ludności", "Employed persons per 1000 population",
    "Liczba pracujących w podmiotach gospodarki narodowej położonych w mieście (bez podmiotów do 9 osób) na 1000 mieszkańców; obejmuje osoby dojeżdżające do pracy.",
    "Number of persons employed in entities located in the city (excluding entities with up to 9 persons) per 1000 residents; includes commuters.",
    "per 1000 population", "higher_better", 0, source="GUS BDL", min_value=0)
ind("regon_entities_per_10k_population", D,
    "Podmioty w rejestrze REGON na 10 tys. ludności", "Entities in the REGON register per 10 000 population",
    "Liczba podmiotów gospodarki narodowej wpisanych do rejestru REGON (w tym osoby fizyczne prowadzące działalność) na 10 000 mieszkańców. Rejestr obejmuje też podmioty nieaktywne.",
    "Number of entities entered in the REGON business register (including sole traders) per 10 000 residents. The register also contains inactive entities.",
    "per 10 000 population", "higher_better", 0, source="GUS BDL (via third-party panel Economic_Voting_PL)", min_value=0)
ind("new_regon_entities_per_10k", D,
    "Nowo zarejestrowane podmioty na 10 tys. ludności", "Newly registered entities per 10 000 population",
    "Liczba podmiotów nowo wpisanych do rejestru REGON w roku na 10 000 mieszkańców.",
    "Number of entities newly entered in the REGON register during the year per 10 000 residents.",
    "per 10 000 population", "higher_better", 0, source="GUS BDL", min_value=0)
ind("dwelling_market_transactions", D,
    "Lokale mieszkalne sprzedane w transakcjach rynkowych", "Dwellings sold in market transactions",
    "Liczba lokali mieszkalnych sprzedanych w transakcjach rynkowych w roku (rynek pierwotny i wtórny łącznie).",
    "Number of dwellings sold in market transactions during the year (primary and secondary market together).",
    "count", "neutral", 0, source="GUS BDL P3783", min_value=0)
ind("gdp_per_capita_subregion_pln", D,
    "PKB na mieszkańca (podregion)", "GDP per capita (subregion)",
    "Produkt krajowy brutto na mieszkańca w cenach bieżących dla podregionu NUTS 3, do którego należy miasto (dla największych miast podregion = miasto).",
    "Gross domestic product per capita at current prices for the NUTS 3 subregion containing the city (for the largest cities the subregion is the city itself).",
    "PLN", "higher_better", 0, source="GUS (rachunki regionalne, NUTS 3)", min_value=0)
ind("patents_per_100k", D,
    "Patenty na 100 tys. mieszkańców", "Patents per 100 000 residents",
    "Liczba patentów udzielonych w roku przez Urząd Patentowy RP podmiotom i osobom z siedzibą lub miejscem zamieszkania w mieście na 100 000 mieszkańców.",
    "Number of patents granted in the year by the Polish Patent Office to applicants based or living in the city per 100 000 residents.",
    "per 100 000 population", "higher_better", 1, iso37120="5.7", u4ssc="EC: P: IN: 2C",
    source="Urząd Patentowy RP", min_value=0)
ind("rd_expenditure_pct_gdp", D,
    "Nakłady na B+R w relacji do PKB", "R&D expenditure as % of GDP",
    "Nakłady wewnętrzne na działalność badawczo-rozwojową jako odsetek PKB (najniższy dostępny poziom terytorialny – zwykle województwo).",
    "Gross domestic expenditure on research and development as a percentage of GDP (lowest available territorial level – usually the voivodeship).",
    "%", "higher_better", 2, u4ssc="EC: P: IN: 1C", sdg="9.5.1", source="GUS (nauka i technika)", **PCT)
ind("ict_sector_employment_pct", D,
    "Zatrudnienie w sektorze ICT", "ICT-sector employment",
    "Pracujący w sekcji J (Informacja i komunikacja) jako odsetek wszystkich pracujących w mieście.",
    "Persons employed in NACE section J (information and communication) as a percentage of all employed persons in the city.",
    "%", "higher_better", 1, u4ssc="EC: P: EM: 4A", source="GUS BDL", **PCT)
ind("properties_insured_high_risk_pct", D,
    "Ubezpieczone nieruchomości na terenach zagrożonych", "Insured properties in high-risk areas",
    "Odsetek nieruchomości położonych na terenach szczególnego zagrożenia (np. powodziowego), które mają ubezpieczenie od tego zagrożenia.",
    "Percentage of properties located in high-hazard areas (e.g. flood-risk zones) that are insured against that hazard.",
    "%", "higher_better", 1, frequency="irregular", iso37123="5.3",
    source="insurers' data; Wody Polskie flood-hazard maps", **PCT)

# ---------------------------------------------------------------------------------------
# GOVERNANCE
# ---------------------------------------------------------------------------------------
D = "governance"
ind("e_services_count", D,
    "Liczba e-usług miasta", "Number of city e-services",
    "Liczba usług publicznych miasta, które można rozpocząć lub załatwić drogą elektroniczną (portal miejski, ePUAP, aplikacja mobilna).",
    "Number of the city's public services that can be started or completed electronically (city portal, ePUAP, mobile app).",
    "count", "higher_better", 0, u4ssc="EC: ICT: PS: 2A", source="city e-services catalogue", min_value=0,
    seed=S003 + " l. 96–101 (nowe usługi elektroniczne)")
ind("e_services_level_4_5_pct", D,
    "E-usługi na 4. i 5. poziomie dojrzałości", "E-services at maturity levels 4–5",
    "Odsetek e-usług miasta na 4. poziomie dojrzałości (pełna transakcja online, z płatnością i doręczeniem rozstrzygnięcia) lub 5. poziomie (usługa spersonalizowana, proaktywna).",
    "Percentage of the city's e-services at maturity level 4 (full transaction online, including payment and delivery of the decision) or level 5 (personalised, proactive service).",
    "%", "higher_better", 1, source="city e-services catalogue", **PCT,
    seed=S002 + " l. 2469–2471 (Warszawa: e-usługi 4. i 5. stopnia)")
ind("cases_submitted_online_pct", D,
    "Sprawy wszczęte elektronicznie", "Cases submitted online",
    "Odsetek spraw administracyjnych wszczętych w urzędzie drogą elektroniczną (ePUAP, e-Doręczenia, portal miasta) w ogólnej liczbie spraw wszczętych w roku.",
    "Percentage of administrative cases in the city office started electronically (ePUAP, e-Delivery, city portal) among all cases started in the year.",
    "%", "higher_better", 1, source="city document-management system (EZD)", **PCT,
    seed=S002 + " l. 2358–2361 (Rzeszów: liczba spraw załatwionych online)")
ind("open_data_datasets_published", D,
    "Zbiory danych na portalu otwartych danych", "Datasets on the open-data portal",
    "Liczba zbiorów (tabel) danych udostępnionych na miejskim portalu otwartych danych na koniec okresu.",
    "Number of datasets (tables) published on the city's open-data portal at the end of the period.",
    "count", "higher_better", 0, frequency="monthly", u4ssc="EC: ICT: PS: 1A",
    source="city open-data portal", min_value=0,
    seed=S002 + " l. 1560–1573 (Kraków: 74 tabele w 29 zbiorach); " + S003 + " l. 194–205 (portal otwartedane.um.krakow.pl)")
ind("open_data_published_pct", D,
    "Opublikowane zbiory z rejestru danych", "Registered datasets published as open data",
    "Odsetek zbiorów danych ujętych w miejskim rejestrze danych, które są udostępnione jako otwarte dane.",
    "Percentage of the datasets listed in the city's data register that are published as open data.",
    "%", "higher_better", 1, u4ssc="EC: ICT: PS: 1A", source="city data register", **PCT,
    seed=S002 + " l. 1324–1325 (Centralny Rejestr Danych), l. 1684–1689 (identyfikacja zbiorów)")
ind("open_data_downloads", D,
    "Pobrania otwartych danych", "Open-data downloads",
    "Liczba pobrań plików i usług z miejskiego portalu otwartych danych i geoportalu w okresie (pobrania zasobów, nie odsłony stron).",
    "Number of downloads of files and services from the city's open-data portal and geoportal in the period (resource downloads, not page views).",
    "count", "higher_better", 0, frequency="monthly", source="city open-data portal statistics", min_value=0,
    seed=S002 + " l. 1586–1590 (Kraków: 4805 pobrań z MSIP), l. 1700–1704 (Lublin mierzy tylko wejścia)")
ind("open_data_portal_users", D,
    "Użytkownicy portalu otwartych danych", "Open-data portal users",
    "Liczba unikalnych użytkowników miejskiego portalu otwartych danych w okresie.",
    "Number of unique users of the city's open-data portal in the period.",
    "count", "higher_better", 0, frequency="monthly", source="city open-data portal statistics", min_value=0,
    seed=S002 + " l. 1700–1701 (Lublin: 76 000 użytkowników rocznie), l. 1573 (Kraków: ok. 17 tys. wyświetleń)")
ind("pb_ballots_cast", D,
    "Głosy oddane w budżecie obywatelskim", "Participatory-budget ballots cast",
    "Liczba ważnych kart do głosowania oddanych w edycji budżetu obywatelskiego (część ogólnomiejska lub dzielnicowa – zgodnie z plikiem źródłowym).",
    "Number of valid ballots cast in a participatory-budget edition (city-wide or district part, as in the source file).",
    "count", "higher_better", 0, source="pabulib; city participatory-budget results", min_value=0,
    seed=S002 + " l. 4389–4412 (budżet obywatelski), l. 4042 (100% cyfrowy BO)")
ind("pb_turnout_pct", D,
    "Frekwencja w budżecie obywatelskim", "Participatory-budget turnout",
    "Liczba osób, które oddały ważny głos w budżecie obywatelskim, jako odsetek mieszkańców uprawnionych do głosowania.",
    "Number of people who cast a valid participatory-budget vote as a percentage of residents entitled to vote.",
    "%", "higher_better", 1, source="city participatory-budget results", **PCT,
    seed=S002 + " l. 3000–3002 (decyduje.lublin.eu), l. 4389–4412")
ind("pb_budget_per_capita_pln", D,
    "Kwota budżetu obywatelskiego na mieszkańca", "Participatory budget per resident",
    "Łączna kwota przeznaczona na projekty w edycji budżetu obywatelskiego podzielona przez liczbę mieszkańców.",
    "Total amount allocated to projects in a participatory-budget edition divided by the number of residents.",
    "PLN", "higher_better", 2, source="pabulib; city budget resolution", min_value=0)
ind("pb_projects_selected", D,
    "Projekty wybrane w budżecie obywatelskim", "Participatory-budget projects selected",
    "Liczba projektów wybranych do realizacji w edycji budżetu obywatelskiego (oficjalny wynik).",
    "Number of projects selected for implementation in a participatory-budget edition (official result).",
    "count", "neutral", 0, source="pabulib; city participatory-budget results", min_value=0)
ind("pb_ballots_per_1000_residents", D,
    "Głosy w budżecie obywatelskim na 1000 mieszkańców", "Participatory-budget ballots per 1000 residents",
    "Liczba ważnych kart oddanych w edycji budżetu obywatelskiego (część ogólnomiejska lub dzielnicowa) na 1000 mieszkańców jednostki w roku edycji; nie jest frekwencją, bo mianownikiem są wszyscy mieszkańcy, a nie uprawnieni.",
    "Valid ballots cast in a participatory-budget edition (city-wide or district part) per 1000 residents of the unit in the edition's year; not a turnout, since the denominator is all residents, not those entitled to vote.",
    "per 1000 population", "higher_better", 1, source="derived: pabulib ballots and population_total (GUS BDL)", min_value=0)
ind("pb_voters_with_funded_project_pct", D,
    "Głosujący z co najmniej jednym wybranym projektem", "Voters with at least one funded project",
    "Odsetek kart do głosowania w edycji budżetu obywatelskiego, na których jest co najmniej jeden projekt wybrany do realizacji (oficjalny wynik).",
    "Percentage of the ballots of a participatory-budget edition that name at least one project selected for funding (official result).",
    "%", "higher_better", 1, source="pabulib; city participatory-budget results", **PCT)
ind("presidential_election_turnout_pct", D,
    "Frekwencja w wyborach prezydenckich", "Presidential election turnout",
    "Liczba kart ważnych jako odsetek wyborców uprawnionych do głosowania w gminie (definicja PKW, art. 74 Kodeksu wyborczego), dla każdej tury wyborów Prezydenta RP; okres to dzień głosowania.",
    "Valid ballot papers as a percentage of the voters entitled to vote in the municipality (PKW's definition, Electoral Code art. 74), for each round of the election of the President of Poland; the period is polling day.",
    "%", "higher_better", 2, frequency="irregular", source="PKW (Państwowa Komisja Wyborcza)", **PCT)
ind("regional_assembly_election_turnout_pct", D,
    "Frekwencja w wyborach do sejmiku województwa", "Regional-assembly election turnout",
    "Liczba kart ważnych jako odsetek wyborców uprawnionych do głosowania w gminie w wyborach do sejmiku województwa (definicja PKW), zsumowane po obwodach głosowania; okres to dzień głosowania.",
    "Valid ballot papers as a percentage of the voters entitled to vote in the municipality in the voivodeship-assembly election (PKW's definition), summed over polling stations; the period is polling day.",
    "%", "higher_better", 2, frequency="irregular", source="PKW (Państwowa Komisja Wyborcza)", **PCT)
ind("municipal_election_turnout_pct", D,
    "Frekwencja w wyborach samorządowych", "Municipal election turnout",
    "Odsetek uprawnionych do głosowania mieszkańców, którzy wzięli udział w ostatnich wyborach do rady miasta.",
    "Percentage of eligible residents who voted in the most recent city-council election.",
    "%", "higher_better", 1, frequency="irregular", iso37120="11.1", u4ssc="SC: SH: SI: 4C",
    source="PKW (Państwowa Komisja Wyborcza)", **PCT)
ind("women_city_council_pct", D,
    "Kobiety w radzie miasta", "Women in the city council",
    "Odsetek kobiet wśród radnych wybranych do rady miasta w ostatnich wyborach.",
    "Percentage of women among the councillors elected to the city council in the most recent election.",
    "%", "higher_better", 1, frequency="irregular", iso37120="11.2", sdg="5.5.1",
    source="PKW (Państwowa Komisja Wyborcza)", **PCT)
ind("public_consultations_count", D,
    "Konsultacje społeczne", "Public consultations",
    "Liczba konsultacji społecznych przeprowadzonych przez miasto w roku.",
    "Number of public consultations the city carried out in the year.",
    "count", "higher_better", 0, source="city consultations register", min_value=0,
    seed=S003 + " l. 66–86 (nowy model konsultacji, konto obywatelskie); " + S002 + " l. 4380–4386")
ind("consultation_participants_per_1000", D,
    "Uczestnicy konsultacji na 1000 mieszkańców", "Consultation participants per 1000 residents",
    "Liczba osób, które wzięły udział w konsultacjach społecznych miasta w roku (ankiety, spotkania, uwagi), na 1000 mieszkańców.",
    "Number of people who took part in the city's public consultations in the year (surveys, meetings, comments) per 1000 residents.",
    "per 1000 population", "higher_better", 1, source="city consultations register", min_value=0)
ind("resident_reports_per_1000", D,
    "Zgłoszenia mieszkańców na 1000 mieszkańców", "Residents' reports per 1000 residents",
    "Liczba zgłoszeń problemów i interwencji przyjętych przez miejskie centrum kontaktu (np. 19115) i aplikacje zgłoszeniowe w roku, na 1000 mieszkańców.",
    "Number of problem reports and service requests received by the city contact centre (e.g. 19115) and reporting apps in the year, per 1000 residents.",
    "per 1000 population", "neutral", 1, source="city contact centre (Open311 / 19115)", min_value=0,
    seed=S002 + " l. 2402–2405 (Idea Kielce: ok. 1500 zgłoszeń rocznie), l. 2457–2459 (Warszawa 19115)")
ind("resident_report_resolution_days", D,
    "Czas załatwienia zgłoszenia mieszkańca", "Time to resolve a resident's report",
    "Mediana liczby dni od przyjęcia zgłoszenia mieszkańca w centrum kontaktu do jego zamknięcia.",
    "Median number of days from receipt of a resident's report by the contact centre to its closure.",
    "days", "lower_better", 1, source="city contact centre (Open311 / 19115)", min_value=0,
    seed=S002 + " l. 2358–2361 (Rzeszów: czas reakcji na zgłoszenie)")
ind("district_council_funds_per_capita_pln", D,
    "Środki do dyspozycji dzielnic na mieszkańca", "District-council funds per resident",
    "Kwota środków budżetu miasta wydzielonych do dyspozycji jednostek pomocniczych (dzielnic) podzielona przez liczbę mieszkańców.",
    "Amount of the city budget allocated to the disposal of auxiliary units (districts) divided by the number of residents.",
    "PLN", "higher_better", 2, source="city budget resolution", min_value=0,
    seed=S003 + " l. 124–139 (Kraków: 84 226 000 zł dla dzielnic w 2025 r.)")
ind("debt_service_ratio_pct", D,
    "Wskaźnik obsługi długu", "Debt service ratio",
    "Wydatki na obsługę długu (spłata rat kapitałowych i odsetek) jako odsetek dochodów własnych miasta.",
    "Debt service expenditure (principal repayments and interest) as a percentage of the city's own-source revenue.",
    "%", "lower_better", 1, iso37120="9.1", source="city budget report (RIO, Rb-NDS)", min_value=0)
ind("own_source_revenue_pct", D,
    "Udział dochodów własnych", "Own-source revenue share",
    "Dochody własne miasta jako odsetek jego dochodów ogółem.",
    "The city's own-source revenue as a percentage of its total revenue.",
    "%", "higher_better", 1, iso37120="9.3", source="GUS BDL; Ministerstwo Finansów (Rb-27S)", **PCT)
ind("capital_expenditure_pct", D,
    "Udział wydatków majątkowych", "Capital expenditure share",
    "Wydatki majątkowe (inwestycyjne) miasta jako odsetek wydatków ogółem.",
    "The city's capital (investment) expenditure as a percentage of total expenditure.",
    "%", "higher_better", 1, iso37120="9.2", source="GUS BDL; Ministerstwo Finansów (Rb-28S)", **PCT)
ind("e_procurement_pct", D,
    "Zamówienia publiczne prowadzone elektronicznie", "Public procurement conducted electronically",
    "Odsetek postępowań o udzielenie zamówienia publicznego miasta prowadzonych w pełni elektronicznie.",
    "Percentage of the city's public-procurement procedures conducted fully electronically.",
    "%", "higher_better", 1, u4ssc="EC: ICT: PS: 3A", source="city procurement office", **PCT)
ind("city_office_customer_satisfaction_pct", D,
    "Zadowolenie klientów urzędu miasta", "City-office customer satisfaction",
    "Odsetek klientów urzędu miasta zadowolonych lub bardzo zadowolonych z ostatniej wizyty lub sprawy, według badania satysfakcji klienta.",
    "Percentage of city-office customers satisfied or very satisfied with their last visit or case, according to the customer-satisfaction survey.",
    "%", "higher_better", 1, kind="subjective", sdg="16.6.2", source="city customer-satisfaction survey", **PCT,
    seed=S003 + " l. 18–28 (badanie satysfakcji klienta UMK 2024); " + S002 + " l. 2358–2361")
ind("residents_feel_influence_pct", D,
    "Poczucie wpływu na decyzje miasta", "Residents who feel they influence city decisions",
    "Odsetek dorosłych mieszkańców, którzy w badaniu ankietowym zgadzają się, że mają wpływ na decyzje dotyczące miasta i że władze biorą pod uwagę ich głos.",
    "Percentage of adult residents who agree in a survey that they can influence decisions about the city and that the authorities take their voice into account.",
    "%", "higher_better", 1, kind="subjective", sdg="16.7.2", source="city resident survey", **PCT)

# ---------------------------------------------------------------------------------------
# ENVIRONMENT
# ---------------------------------------------------------------------------------------
D = "environment"
ind("pm10_annual_mean", D,
    "Średnioroczne stężenie PM10", "PM10 annual mean concentration",
    "Zwykła (nieważona) średnia ze średniorocznych stężeń pyłu PM10 zmierzonych na wszystkich stacjach GIOŚ w mieście, liczona osobno dla pomiarów automatycznych (1 h) i manualnych (24 h). Miara własna, nie oficjalna wartość GIOŚ dla miasta: łączy stacje komunikacyjne i tła.",
    "Plain (unweighted) mean of the annual mean PM10 concentrations measured at all GIOŚ stations in the city, computed separately for automatic (1-hour) and manual (24-hour) measurements. Our own measure, not an official GIOŚ city value: it mixes traffic and background stations.",
    "µg/m³", "lower_better", 1, iso37120="8.2", u4ssc="EN: EN: AQ: 1C", sdg="11.6.2",
    source="GIOŚ, Bank danych pomiarowych (mean over the city's stations)", min_value=0)
ind("pm25_annual_mean", D,
    "Średnioroczne stężenie PM2,5", "PM2.5 annual mean concentration",
    "Zwykła (nieważona) średnia ze średniorocznych stężeń pyłu PM2,5 zmierzonych na wszystkich stacjach GIOŚ w mieście, osobno dla pomiarów 1 h i 24 h. Miara własna, nie oficjalna wartość GIOŚ dla miasta.",
    "Plain (unweighted) mean of the annual mean PM2.5 concentrations measured at all GIOŚ stations in the city, separately for 1-hour and 24-hour measurements. Our own measure, not an official GIOŚ city value.",
    "µg/m³", "lower_better", 1, iso37120="8.1", u4ssc="EN: EN: AQ: 1C", sdg="11.6.2",
    source="GIOŚ, Bank danych pomiarowych (mean over the city's stations)", min_value=0)
ind("no2_annual_mean", D,
    "Średnioroczne stężenie NO2", "NO2 annual mean concentration",
    "Zwykła (nieważona) średnia ze średniorocznych stężeń dwutlenku azotu zmierzonych na wszystkich stacjach GIOŚ w mieście, osobno dla pomiarów 1 h i 24 h. Miara własna, nie oficjalna wartość GIOŚ dla miasta.",
    "Plain (unweighted) mean of the annual mean nitrogen-dioxide concentrations measured at all GIOŚ stations in the city, separately for 1-hour and 24-hour measurements. Our own measure, not an official GIOŚ city value.",
    "µg/m³", "lower_better", 1, iso37120="8.4", u4ssc="EN: EN: AQ: 1C",
    source="GIOŚ, Bank danych pomiarowych (mean over the city's stations)", min_value=0)
ind("pm10_days_over_50", D,
    "Dni z przekroczeniem dobowego PM10 (50 µg/m³)", "Days with daily PM10 above 50 µg/m³",
    "Liczba dni w roku ze średnim dobowym stężeniem PM10 powyżej 50 µg/m³ – największa wartość spośród stacji GIOŚ w mieście (nie średnia), osobno dla pomiarów 1 h i 24 h. Dopuszczalne są 35 takie dni w roku.",
    "Number of days in the year with a daily mean PM10 concentration above 50 µg/m³ – the highest value among the city's GIOŚ stations (not a mean), separately for 1-hour and 24-hour measurements. The limit allows 35 such days a year.",
    "days", "lower_better", 0, source="GIOŚ, Bank danych pomiarowych (maximum over the city's stations)",
    min_value=0, max_value=366)
ind("so2_annual_mean", D,
    "Średnioroczne stężenie SO2", "SO2 annual mean concentration",
    "Średnia ze średniorocznych stężeń dwutlenku siarki zmierzonych na stacjach GIOŚ w mieście.",
    "Mean of the annual mean sulphur-dioxide concentrations measured at the city's GIOŚ stations.",
    "µg/m³", "lower_better", 1, iso37120="8.5", u4ssc="EN: EN: AQ: 1C", source="GIOŚ, Bank danych pomiarowych",
    min_value=0)
ind("bap_annual_mean", D,
    "Średnioroczne stężenie benzo(a)pirenu", "Benzo(a)pyrene annual mean concentration",
    "Średnia ze średniorocznych stężeń benzo(a)pirenu w pyle PM10 zmierzonych na stacjach GIOŚ w mieście; wskaźnik spalania paliw stałych w domach.",
    "Mean of the annual mean benzo(a)pyrene concentrations in PM10 measured at the city's GIOŚ stations; a marker of solid-fuel burning in homes.",
    "ng/m³", "lower_better", 2, source="GIOŚ, Bank danych pomiarowych", min_value=0)
ind("ghg_emissions_per_capita_t", D,
    "Emisja gazów cieplarnianych na mieszkańca", "Greenhouse-gas emissions per capita",
    "Roczna emisja gazów cieplarnianych z terenu miasta (według inwentaryzacji w planie gospodarki niskoemisyjnej / planie klimatycznym) w tonach ekwiwalentu CO2 na mieszkańca.",
    "Annual greenhouse-gas emissions from the city's territory (according to the inventory in the city's low-emission or climate plan) in tonnes of CO2 equivalent per resident.",
    "t CO2e per capita", "lower_better", 2, frequency="irregular", iso37120="8.3", u4ssc="EN: EN: AQ: 2C",
    source="city emission inventory (PGN / SECAP)", min_value=0)
ind("municipal_waste_per_capita_kg", D,
    "Odpady komunalne zebrane na mieszkańca", "Municipal waste collected per capita",
    "Masa odpadów komunalnych zebranych w ciągu roku w przeliczeniu na jednego mieszkańca.",
    "Mass of municipal waste collected during the year per resident.",
    "kg per capita", "lower_better", 1, iso37120="16.2", source="GUS BDL", min_value=0)
ind("municipal_waste_recycling_pct", D,
    "Poziom recyklingu odpadów komunalnych", "Municipal-waste recycling rate",
    "Odsetek masy odpadów komunalnych przygotowanych do ponownego użycia i poddanych recyklingowi, według rocznej analizy stanu gospodarki odpadami.",
    "Percentage of the mass of municipal waste prepared for re-use or recycled, according to the city's annual waste-management analysis.",
    "%", "higher_better", 1, iso37120="16.3", source="city annual waste-management analysis", **PCT)
ind("separately_collected_waste_pct", D,
    "Odpady zebrane selektywnie", "Separately collected waste",
    "Odpady komunalne zebrane selektywnie jako odsetek wszystkich zebranych odpadów komunalnych.",
    "Separately collected municipal waste as a percentage of all municipal waste collected.",
    "%", "higher_better", 1, source="GUS BDL", **PCT)
ind("landfilled_waste_pct", D,
    "Odpady komunalne składowane", "Municipal waste landfilled",
    "Odsetek zebranych odpadów komunalnych unieszkodliwionych przez składowanie.",
    "Percentage of collected municipal waste disposed of in landfills.",
    "%", "lower_better", 1, iso37120="16.4", u4ssc="EN: EN: WA: 1C", source="city annual waste-management analysis", **PCT)
ind("incinerated_waste_pct", D,
    "Odpady komunalne przekształcone termicznie", "Municipal waste incinerated",
    "Odsetek zebranych odpadów komunalnych przekształconych termicznie (spalarnia z odzyskiem energii).",
    "Percentage of collected municipal waste treated thermally (incineration with energy recovery).",
    "%", "neutral", 1, iso37120="16.5", u4ssc="EN: EN: WA: 1C", source="city annual waste-management analysis", **PCT,
    seed=S002 + " l. 890–895, 2492–2496 (spalarnia w Krakowie)")
ind("green_area_ha_per_100k", D,
    "Tereny zieleni na 100 tys. mieszkańców", "Green area per 100 000 residents",
    "Powierzchnia terenów zieleni ogólnodostępnej (parki, zieleńce, zieleń osiedlowa, lasy komunalne) w hektarach na 100 000 mieszkańców.",
    "Area of publicly accessible green space (parks, lawns, housing-estate greenery, municipal forests) in hectares per 100 000 residents.",
    "ha per 100 000 population", "higher_better", 1, iso37120="19.1", u4ssc="EN: EN: PSN: 1C",
    source="GUS BDL (tereny zieleni)", min_value=0)
ind("protected_area_pct", D,
    "Obszary prawnie chronione", "Legally protected areas",
    "Powierzchnia obszarów o szczególnych walorach przyrodniczych prawnie chronionych jako odsetek powierzchni miasta.",
    "Area legally protected for its natural value as a percentage of the city's area.",
    "%", "higher_better", 1, u4ssc="EN: EN: PSN: 3A", source="GUS BDL", **PCT)
ind("trees_planted_per_100k", D,
    "Drzewa posadzone na 100 tys. mieszkańców", "Trees planted per 100 000 residents",
    "Liczba drzew posadzonych w roku przez miasto i jego jednostki (bez nasadzeń leśnych) na 100 000 mieszkańców.",
    "Number of trees planted in the year by the city and its units (excluding forest planting) per 100 000 residents.",
    "per 100 000 population", "higher_better", 0, iso37120="19.2", source="city greenery authority", min_value=0)
ind("natural_monuments_count", D,
    "Pomniki przyrody", "Natural monuments",
    "Liczba pomników przyrody ustanowionych na terenie miasta.",
    "Number of designated natural monuments in the city.",
    "count", "higher_better", 0, source="GUS BDL; Centralny Rejestr Form Ochrony Przyrody", min_value=0,
    seed=S002 + " l. 1709–1713 (Lublin: liczba pomników przyrody)")
ind("domestic_water_consumption_l_per_day", D,
    "Zużycie wody w gospodarstwach domowych na mieszkańca", "Domestic water consumption per capita",
    "Zużycie wody z wodociągów w gospodarstwach domowych w litrach na mieszkańca na dobę.",
    "Water supplied to households through the mains in litres per resident per day.",
    "litres per capita per day", "lower_better", 1, iso37120="21.4", source="GUS BDL; water utility", min_value=0)
ind("water_loss_pct", D,
    "Straty wody w sieci", "Water loss in the network",
    "Woda wtłoczona do sieci wodociągowej, która nie została zafakturowana (straty rzeczywiste i pozorne), jako odsetek wody wtłoczonej.",
    "Water put into the supply network but not billed (real and apparent losses) as a percentage of water put into the network.",
    "%", "lower_better", 1, iso37120="21.7", u4ssc="EC: I: WS: 3C", source="water utility (MPWiK)", **PCT)
ind("renewable_energy_share_pct", D,
    "Udział energii ze źródeł odnawialnych", "Renewable energy share",
    "Energia ze źródeł odnawialnych jako odsetek końcowego zużycia energii w mieście.",
    "Energy from renewable sources as a percentage of final energy consumption in the city.",
    "%", "higher_better", 1, iso37120="7.4", u4ssc="EN: E: E: 1C", sdg="7.2.1",
    source="city energy plan; URE", **PCT,
    seed=S002 + " l. 1709–1713 (Lublin: wykorzystanie energii z OZE), l. 988–990")
ind("residential_electricity_kwh_per_capita", D,
    "Zużycie energii elektrycznej w gospodarstwach domowych na mieszkańca", "Residential electricity use per capita",
    "Roczne zużycie energii elektrycznej w gospodarstwach domowych w kWh na mieszkańca.",
    "Annual electricity consumption of households in kWh per resident.",
    "kWh per capita", "lower_better", 0, iso37120="7.1", source="GUS BDL", min_value=0)
ind("public_buildings_energy_kwh_m2", D,
    "Zużycie energii w budynkach publicznych", "Energy use of public buildings",
    "Roczne zużycie energii końcowej w budynkach miejskich (urzędy, szkoły, placówki) w kWh na m² powierzchni użytkowej.",
    "Annual final energy consumption of city-owned buildings (offices, schools, facilities) in kWh per m² of floor area.",
    "kWh/m²", "lower_better", 1, iso37120="7.3", u4ssc="EN: E: E: 4A", source="city energy-management system",
    min_value=0, seed=S002 + " l. 921–932 (Gdańsk: energia w budynkach miejskich)")
ind("noise_exposed_population_pct", D,
    "Mieszkańcy narażeni na nadmierny hałas", "Residents exposed to excessive noise",
    "Odsetek mieszkańców narażonych na hałas drogowy powyżej 55 dB (wskaźnik LDWN) według strategicznej mapy hałasu.",
    "Percentage of residents exposed to road-traffic noise above 55 dB Lden according to the strategic noise map.",
    "%", "lower_better", 1, frequency="irregular", iso37120="8.7", u4ssc="EN: EN: EQ: 2A",
    source="city strategic noise map", **PCT)
ind("resilience_plan_adopted", D,
    "Przyjęty plan odporności / adaptacji do zmian klimatu", "Resilience or climate-adaptation plan adopted",
    "1 – miasto ma przyjęty i realizowany plan zwiększania odporności na zagrożenia (plan adaptacji do zmian klimatu lub strategia redukcji ryzyka katastrof: ocena ryzyka i podatności, działania, finansowanie); 0 – nie ma.",
    "1 – the city has an adopted plan for resilience to hazards that is being implemented (climate-adaptation plan or disaster-risk-reduction strategy: risk and vulnerability assessment, measures, funding); 0 – it has none.",
    "0/1", "higher_better", 0, frequency="irregular", u4ssc="SC: SH: SA: 3A", sdg="11.b.2",
    source="city council resolution (e.g. miejski plan adaptacji, MPA)", min_value=0, max_value=1)
ind("disaster_losses_pct_city_product", D,
    "Straty z katastrof w relacji do produktu miasta", "Disaster losses relative to city product",
    "Bezpośrednie straty ekonomiczne spowodowane katastrofami (powodzie, nawałnice itp.) w roku jako odsetek produktu (PKB) miasta.",
    "Direct economic losses caused by disasters (floods, storms etc.) in the year as a percentage of the city's product (GDP).",
    "%", "lower_better", 2, frequency="irregular", iso37123="5.1", u4ssc="SC: SH: SA: 2C", sdg="11.5.2",
    source="Wojewoda (szacunek szkód); GUS", min_value=0)
ind("resident_satisfaction_air_quality_pct", D,
    "Zadowolenie z jakości powietrza", "Satisfaction with air quality",
    "Odsetek dorosłych mieszkańców zadowolonych z jakości powietrza w mieście, według badania ankietowego.",
    "Percentage of adult residents satisfied with the air quality in the city, according to the resident survey.",
    "%", "higher_better", 1, kind="subjective", source="city resident survey", **PCT)
ind("resident_satisfaction_green_areas_pct", D,
    "Zadowolenie z terenów zieleni", "Satisfaction with green areas",
    "Odsetek dorosłych mieszkańców zadowolonych z dostępności i stanu parków i terenów zieleni, według badania ankietowego.",
    "Percentage of adult residents satisfied with the availability and condition of parks and green areas, according to the resident survey.",
    "%", "higher_better", 1, kind="subjective", source="city resident survey", **PCT)

# ---------------------------------------------------------------------------------------
# MOBILITY
# ---------------------------------------------------------------------------------------
D = "mobility"
ind("its_intersections_pct", D,
    "Skrzyżowania objęte systemem ITS", "Intersections covered by ITS",
    "Odsetek skrzyżowań z sygnalizacją świetlną włączonych do inteligentnego systemu zarządzania ruchem (sterowanie adaptacyjne lub priorytet dla komunikacji zbiorowej).",
    "Percentage of signal-controlled intersections connected to the intelligent traffic-management system (adaptive control or public-transport priority).",
    "%", "higher_better", 1, u4ssc="EC: ICT: T: 3A", source="city road and transport authority (ITS)", **PCT,
    seed=S002 + " l. 1709–1711 (Lublin: odsetek skrzyżowań objętych ITS), l. 2811–2814 (78% skrzyżowań)")
ind("traffic_monitored_streets_pct", D,
    "Główne ulice monitorowane przez system ruchu", "Major streets monitored by ICT",
    "Odsetek długości głównych ulic, na których ruch jest mierzony w czasie rzeczywistym (detektory, kamery).",
    "Percentage of the length of major streets where traffic is measured in real time (detectors, cameras).",
    "%", "higher_better", 1, u4ssc="EC: ICT: T: 2C", source="city road and transport authority (ITS)", **PCT,
    seed=S002 + " l. 867–877 (Kraków: centrum sterowania ruchem, monitoring buspasów)")
ind("pt_network_km_per_100k", D,
    "Długość sieci komunikacji zbiorowej na 100 tys.", "Public-transport network length per 100 000",
    "Długość tras komunikacji miejskiej (tramwaje, autobusy, trolejbusy, kolej miejska) w km na 100 000 mieszkańców.",
    "Length of urban public-transport routes (tram, bus, trolleybus, urban rail) in km per 100 000 residents.",
    "km per 100 000 population", "higher_better", 1, u4ssc="EC: I: T: 1C",
    source="public-transport authority; GTFS", min_value=0,
    seed=S002 + " l. 1709–1711 (Lublin: długość sieci komunikacyjnej)")
ind("pt_population_within_500m_pct", D,
    "Mieszkańcy w zasięgu przystanku (500 m)", "Residents within 500 m of a stop",
    "Odsetek mieszkańców mieszkających nie dalej niż 500 m od przystanku komunikacji zbiorowej.",
    "Percentage of residents living within 500 m of a public-transport stop.",
    "%", "higher_better", 1, u4ssc="EC: I: T: 2A", sdg="11.2.1",
    source="GTFS stops + population grid (GUS)", **PCT)
ind("pt_stops_count", D,
    "Przystanki komunikacji zbiorowej", "Public-transport stops",
    "Liczba przystanków (słupków/peronów) w rozkładach komunikacji zbiorowej miasta (GTFS, wszystkie feedy operatora).",
    "Number of stop points in the city's public-transport timetables (GTFS, all of the authority's feeds).",
    "count", "higher_better", 0, frequency="irregular", source="GTFS (public-transport authority)", min_value=0)
ind("pt_lines_count", D,
    "Linie komunikacji zbiorowej", "Public-transport lines",
    "Liczba linii (tras GTFS) komunikacji zbiorowej miasta w rozkładzie.",
    "Number of the city's public-transport lines (GTFS routes) in the timetable.",
    "count", "higher_better", 0, frequency="irregular", source="GTFS (public-transport authority)", min_value=0)
ind("pt_stops_per_km2", D,
    "Gęstość przystanków", "Stop density",
    "Liczba przystanków komunikacji zbiorowej na km² powierzchni miasta (przystanki położone w granicach miasta).",
    "Number of public-transport stops per km² of the city's area (stops located within the city boundary).",
    "per km²", "higher_better", 2, frequency="irregular", source="derived: GTFS stops and area_km2", min_value=0)
ind("pt_trips_per_weekday", D,
    "Kursy w typowym dniu roboczym", "Scheduled trips on a typical weekday",
    "Liczba kursów komunikacji zbiorowej zaplanowanych w rozkładzie na typowy dzień roboczy (GTFS: kursy z kalendarzy aktywnych w danym dniu).",
    "Number of public-transport trips scheduled on a typical weekday (GTFS: trips whose service calendar is active on that day).",
    "trips per day", "higher_better", 0, frequency="irregular", source="GTFS (public-transport authority)", min_value=0)
ind("pt_bus_stops_count", D,
    "Przystanki autobusowe", "Bus stops",
    "Liczba przystanków (słupków) obsługiwanych przez autobusy w rozkładach GTFS miasta (route_type 3 i 700–799), liczonych po kodzie słupka.",
    "Number of stop points served by buses in the city's GTFS timetables (route_type 3 and 700–799), counted by stop code.",
    "count", "higher_better", 0, frequency="irregular", source="GTFS (public-transport authority)", min_value=0)
ind("pt_tram_stops_count", D,
    "Przystanki tramwajowe", "Tram stops",
    "Liczba przystanków (peronów) obsługiwanych przez tramwaje w rozkładach GTFS miasta (route_type 0 i 900–999), liczonych po kodzie słupka.",
    "Number of stop points served by trams in the city's GTFS timetables (route_type 0 and 900–999), counted by stop code.",
    "count", "higher_better", 0, frequency="irregular", source="GTFS (public-transport authority)", min_value=0)
ind("pt_bus_lines_count", D,
    "Linie autobusowe", "Bus lines",
    "Liczba linii autobusowych (różnych oznaczeń linii, route_short_name) w rozkładach GTFS miasta.",
    "Number of bus lines (distinct line numbers, route_short_name) in the city's GTFS timetables.",
    "count", "higher_better", 0, frequency="irregular", source="GTFS (public-transport authority)", min_value=0)
ind("pt_tram_lines_count", D,
    "Linie tramwajowe", "Tram lines",
    "Liczba linii tramwajowych (różnych oznaczeń linii, route_short_name) w rozkładach GTFS miasta.",
    "Number of tram lines (distinct line numbers, route_short_name) in the city's GTFS timetables.",
    "count", "higher_better", 0, frequency="irregular", source="GTFS (public-transport authority)", min_value=0)
ind("pt_bus_trips_per_weekday", D,
    "Kursy autobusów w typowym dniu roboczym", "Bus trips on a typical weekday",
    "Liczba kursów autobusów zaplanowanych w rozkładzie GTFS na typowy dzień roboczy (mediana dni od poniedziałku do piątku, w których obowiązują wszystkie feedy).",
    "Number of bus trips scheduled in the GTFS timetable on a typical weekday (median over the Monday–Friday dates on which all feeds are valid).",
    "trips per day", "higher_better", 0, frequency="irregular", source="GTFS (public-transport authority)", min_value=0)
ind("pt_tram_trips_per_weekday", D,
    "Kursy tramwajów w typowym dniu roboczym", "Tram trips on a typical weekday",
    "Liczba kursów tramwajów zaplanowanych w rozkładzie GTFS na typowy dzień roboczy (mediana dni od poniedziałku do piątku, w których obowiązują wszystkie feedy).",
    "Number of tram trips scheduled in the GTFS timetable on a typical weekday (median over the Monday–Friday dates on which all feeds are valid).",
    "trips per day", "higher_better", 0, frequency="irregular", source="GTFS (public-transport authority)", min_value=0)
ind("pt_area_within_500m_pct", D,
    "Powierzchnia miasta w zasięgu przystanku (500 m)", "City area within 500 m of a stop",
    "Odsetek powierzchni miasta (w jego granicy) położonej nie dalej niż 500 m w linii prostej od przystanku autobusowego lub tramwajowego z rozkładu GTFS; przybliżenie wskaźnika SDG 11.2.1 bez siatki ludności.",
    "Percentage of the city's area (within its boundary) lying no more than 500 m in a straight line from a bus or tram stop of the GTFS timetable; an approximation of SDG 11.2.1 without a population grid.",
    "%", "higher_better", 1, frequency="irregular", sdg="11.2.1", source="derived: GTFS stops and city boundary (GUGiK PRG)", **PCT)
ind("pt_stops_high_frequency_pct", D,
    "Przystanki o wysokiej częstotliwości", "Stops with high-frequency service",
    "Odsetek przystanków (słupków) z rozkładu GTFS, z których w typowy dzień roboczy między 6:00 a 20:00 odjeżdża średnio ponad 10 odjazdów na godzinę (klasy częstotliwości Komisji Europejskiej); wymaga pliku stop_times.txt.",
    "Percentage of the GTFS stop points with, on a typical weekday between 06:00 and 20:00, on average more than 10 departures an hour (the European Commission's frequency classes); needs stop_times.txt.",
    "%", "neutral", 1, frequency="irregular", source="derived: GTFS stop_times (public-transport authority)", **PCT)
ind("pt_stops_medium_frequency_pct", D,
    "Przystanki o średniej częstotliwości", "Stops with medium-frequency service",
    "Odsetek przystanków (słupków) z rozkładu GTFS, z których w typowy dzień roboczy między 6:00 a 20:00 odjeżdża średnio od 4 do 10 odjazdów na godzinę (klasy częstotliwości Komisji Europejskiej); wymaga pliku stop_times.txt.",
    "Percentage of the GTFS stop points with, on a typical weekday between 06:00 and 20:00, on average 4 to 10 departures an hour (the European Commission's frequency classes); needs stop_times.txt.",
    "%", "neutral", 1, frequency="irregular", source="derived: GTFS stop_times (public-transport authority)", **PCT)
ind("pt_stops_low_frequency_pct", D,
    "Przystanki o niskiej częstotliwości", "Stops with low-frequency service",
    "Odsetek przystanków (słupków) z rozkładu GTFS, z których w typowy dzień roboczy między 6:00 a 20:00 odjeżdża średnio mniej niż 4 odjazdy na godzinę (klasy częstotliwości Komisji Europejskiej); wymaga pliku stop_times.txt.",
    "Percentage of the GTFS stop points with, on a typical weekday between 06:00 and 20:00, on average fewer than 4 departures an hour (the European Commission's frequency classes); needs stop_times.txt.",
    "%", "neutral", 1, frequency="irregular", source="derived: GTFS stop_times (public-transport authority)", **PCT)
ind("pt_vehicle_km_per_capita", D,
    "Wozokilometry na mieszkańca", "Vehicle-kilometres per resident",
    "Roczna praca eksploatacyjna komunikacji miejskiej (wozokilometry zakupione przez organizatora) na mieszkańca.",
    "Annual public-transport service volume (vehicle-kilometres purchased by the transport authority) per resident.",
    "vehicle-km per capita", "higher_better", 1, source="public-transport authority", min_value=0,
    seed=S002 + " l. 1709–1711 (Lublin: wydatki na zakup wozokilometrów)")
ind("pt_trips_per_capita", D,
    "Przejazdy komunikacją zbiorową na mieszkańca", "Public-transport trips per capita",
    "Roczna liczba przejazdów pasażerów komunikacją miejską (z systemów liczenia pasażerów lub sprzedaży biletów) na mieszkańca.",
    "Annual number of passenger trips on urban public transport (from passenger-counting or ticketing systems) per resident.",
    "trips per capita", "higher_better", 0, iso37120="18.3", source="public-transport authority; GUS", min_value=0,
    seed=S002 + " l. 2151–2163 (Rzeszów: bramki liczące, sprzedaż biletów jako miernik)")
ind("pt_realtime_info_stops_pct", D,
    "Przystanki z informacją w czasie rzeczywistym", "Stops with real-time information",
    "Odsetek przystanków, dla których czas odjazdu najbliższych pojazdów jest dostępny w czasie rzeczywistym (tablica, strona lub aplikacja).",
    "Percentage of stops for which the departure time of the next vehicles is available in real time (display, website or app).",
    "%", "higher_better", 1, u4ssc="EC: ICT: T: 1C", source="public-transport authority", **PCT,
    seed=S002 + " l. 2296–2302 (Gdańsk: aplikacja z pozycją pojazdów)")
ind("bike_paths_km_per_100k", D,
    "Drogi dla rowerów na 100 tys. mieszkańców", "Cycle paths per 100 000 residents",
    "Długość dróg dla rowerów i pasów rowerowych w km na 100 000 mieszkańców.",
    "Length of cycle paths and cycle lanes in km per 100 000 residents.",
    "km per 100 000 population", "higher_better", 1, iso37120="18.7", u4ssc="EC: I: T: 3C",
    source="GUS BDL; city road authority", min_value=0)
ind("shared_bikes_per_100k", D,
    "Rowery miejskie na 100 tys. mieszkańców", "Shared bicycles per 100 000 residents",
    "Liczba rowerów dostępnych w systemie roweru miejskiego na 100 000 mieszkańców.",
    "Number of bicycles available in the city bike-sharing system per 100 000 residents.",
    "per 100 000 population", "higher_better", 0, u4ssc="EC: I: T: 6A", source="bike-sharing operator", min_value=0,
    seed=S002 + " l. 1711, 2122–2124 (dane roweru miejskiego)")
ind("cars_per_1000", D,
    "Samochody osobowe na 1000 mieszkańców", "Passenger cars per 1000 residents",
    "Liczba zarejestrowanych samochodów osobowych na 1000 mieszkańców.",
    "Number of registered passenger cars per 1000 residents.",
    "per 1000 population", "lower_better", 0, iso37120="18.4", source="GUS BDL; CEPiK", min_value=0)
ind("sustainable_commuting_pct", D,
    "Dojazdy do pracy bez samochodu osobowego", "Commuting without a private car",
    "Odsetek dojazdów do pracy odbywanych komunikacją zbiorową, rowerem lub pieszo, według badania zachowań komunikacyjnych (kompleksowe badanie ruchu).",
    "Percentage of trips to work made by public transport, bicycle or on foot, according to a travel-behaviour survey.",
    "%", "higher_better", 1, frequency="irregular", iso37120="18.5", u4ssc="EC: I: T: 4A",
    source="city travel survey (KBR)", **PCT)
ind("road_deaths_per_100k", D,
    "Ofiary śmiertelne wypadków drogowych na 100 tys.", "Road-traffic deaths per 100 000",
    "Liczba osób zabitych w wypadkach drogowych na terenie miasta w roku na 100 000 mieszkańców.",
    "Number of people killed in road accidents in the city in the year per 100 000 residents.",
    "per 100 000 population", "lower_better", 1, iso37120="18.8", u4ssc="SC: SH: SA: 9C", sdg="3.6.1",
    source="Policja (SEWiK)", min_value=0)
ind("road_accidents_per_100k", D,
    "Wypadki drogowe na 100 tys. mieszkańców", "Road accidents per 100 000 residents",
    "Liczba wypadków drogowych z ofiarami na terenie miasta w roku na 100 000 mieszkańców.",
    "Number of road accidents with casualties in the city in the year per 100 000 residents.",
    "per 100 000 population", "lower_better", 1, source="Policja (SEWiK)", min_value=0)
ind("low_emission_cars_pct", D,
    "Samochody niskoemisyjne", "Low-emission passenger cars",
    "Odsetek zarejestrowanych w mieście samochodów osobowych z napędem elektrycznym lub hybrydowym typu plug-in.",
    "Percentage of passenger cars registered in the city that are battery-electric or plug-in hybrid.",
    "%", "higher_better", 1, u4ssc="EC: I: T: 8A", source="CEPiK", **PCT)
ind("zero_emission_buses_pct", D,
    "Autobusy zeroemisyjne w taborze", "Zero-emission buses in the fleet",
    "Odsetek autobusów komunikacji miejskiej o napędzie elektrycznym lub wodorowym w całym taborze autobusowym.",
    "Percentage of urban buses powered by electricity or hydrogen in the whole bus fleet.",
    "%", "higher_better", 1, source="public-transport operators", **PCT,
    seed=S002 + " l. 980–985 (Lublin: tabor zeroemisyjny), l. 2497–2500 (autobusy wodorowe w Krakowie)")
ind("travel_time_index", D,
    "Wskaźnik czasu przejazdu", "Travel-time index",
    "Stosunek czasu przejazdu w szczycie do czasu przejazdu w ruchu swobodnym na głównych ciągach (1,0 = brak opóźnień).",
    "Ratio of peak-period travel time to free-flow travel time on main corridors (1.0 = no delay).",
    "ratio", "lower_better", 2, u4ssc="EC: I: T: 5A", source="city traffic-management system", min_value=0)
ind("smart_parking_spaces_pct", D,
    "Miejsca parkingowe z czujnikami zajętości", "Parking spaces with occupancy sensing",
    "Odsetek miejsc w strefie płatnego parkowania objętych systemem wykrywania zajętości w czasie rzeczywistym.",
    "Percentage of spaces in the paid-parking zone covered by real-time occupancy detection.",
    "%", "higher_better", 1, source="paid-parking zone operator", **PCT,
    seed=S002 + " l. 2611–2616, 2839–2842 (Rzeszów: rozpoznawanie zajętości miejsc), l. 881–885 (Kraków: nieudany pilotaż)")
ind("resident_satisfaction_public_transport_pct", D,
    "Zadowolenie z komunikacji miejskiej", "Satisfaction with public transport",
    "Odsetek dorosłych mieszkańców zadowolonych z komunikacji miejskiej (punktualność, częstotliwość, dostępność), według badania ankietowego.",
    "Percentage of adult residents satisfied with public transport (punctuality, frequency, accessibility), according to the resident survey.",
    "%", "higher_better", 1, kind="subjective", source="city resident survey", **PCT)

# ---------------------------------------------------------------------------------------
# URBAN PLANNING
# ---------------------------------------------------------------------------------------
D = "urban_planning"
ind("area_km2", D,
    "Powierzchnia (km²)", "Area (km²)",
    "Powierzchnia miasta w km² według wykazu powierzchni GUS (stan na 1 stycznia danego roku; km² zaokrąglone przez GUS).",
    "Area of the city in km² according to the GUS area register (as of 1 January of the year; km² rounded by GUS).",
    "km²", "neutral", 0, source="GUS, Wykaz powierzchni (TERYT)", min_value=0)
ind("area_ha", D,
    "Powierzchnia (ha)", "Area (ha)",
    "Powierzchnia miasta w hektarach według wykazu powierzchni GUS (stan na 1 stycznia danego roku).",
    "Area of the city in hectares according to the GUS area register (as of 1 January of the year).",
    "ha", "neutral", 0, source="GUS, Wykaz powierzchni (TERYT)", min_value=0)
ind("population_density_per_km2", D,
    "Gęstość zaludnienia", "Population density",
    "Liczba mieszkańców na 1 km² powierzchni miasta, stan na 31 grudnia.",
    "Number of residents per km² of the city's area, as of 31 December.",
    "persons/km²", "neutral", 1, source="GUS BDL P2425", min_value=0)
ind("urbanisation_rate", D,
    "Wskaźnik urbanizacji", "Urbanisation rate",
    "Ludność miejska jako odsetek ludności ogółem; dla miast na prawach powiatu zawsze 100%.",
    "Urban population as a percentage of total population; always 100% for cities with county rights.",
    "%", "neutral", 1, source="GUS BDL P2425", **PCT)
ind("dwellings_completed_per_1000_population", D,
    "Mieszkania oddane do użytkowania na 1000 ludności", "Dwellings completed per 1000 population",
    "Mieszkania oddane do użytkowania w roku na 1000 mieszkańców – odczytanie etykiety zestawu danych stron trzecich ('Number of apartments per 1,000'), zgodne z rzędem wielkości wartości; do potwierdzenia przed publikacją.",
    "Dwellings completed in the year per 1000 residents – our reading of a third-party panel label ('Number of apartments per 1,000') that matches the magnitude of the values; to be verified before publishing.",
    "per 1000 population", "higher_better", 1, source="GUS BDL (via third-party panel Economic_Voting_PL)", min_value=0)
ind("dwellings_per_1000_population", D,
    "Zasoby mieszkaniowe na 1000 mieszkańców", "Housing stock per 1000 residents",
    "Liczba mieszkań (zasoby mieszkaniowe) na 1000 mieszkańców, stan na koniec roku.",
    "Number of dwellings (housing stock) per 1000 residents, end of year.",
    "per 1000 population", "higher_better", 1, source="GUS BDL", min_value=0)
ind("floor_area_per_person_m2", D,
    "Powierzchnia użytkowa mieszkania na osobę", "Useful floor area per person",
    "Przeciętna powierzchnia użytkowa mieszkań w m² przypadająca na jednego mieszkańca.",
    "Average useful floor area of dwellings in m² per resident.",
    "m² per capita", "higher_better", 1, source="GUS BDL", min_value=0)
ind("dwelling_price_median_per_m2", D,
    "Mediana ceny 1 m² lokalu mieszkalnego", "Median price per m² of dwellings",
    "Mediana ceny za 1 m² lokali mieszkalnych sprzedanych w transakcjach rynkowych w roku (rynek pierwotny i wtórny łącznie), w złotych.",
    "Median price per m² of dwellings sold in market transactions in the year (primary and secondary market together), in złoty.",
    "PLN/m²", "neutral", 0, source="GUS BDL P3787", min_value=0)
ind("municipal_dwellings_per_1000", D,
    "Mieszkania komunalne na 1000 mieszkańców", "Municipal dwellings per 1000 residents",
    "Liczba mieszkań stanowiących własność gminy na 1000 mieszkańców.",
    "Number of dwellings owned by the municipality per 1000 residents.",
    "per 1000 population", "higher_better", 1, source="GUS BDL", min_value=0)
ind("spatial_plan_coverage_pct", D,
    "Pokrycie miejscowymi planami zagospodarowania", "Coverage by local spatial development plans",
    "Powierzchnia objęta obowiązującymi miejscowymi planami zagospodarowania przestrzennego jako odsetek powierzchni miasta.",
    "Area covered by local spatial development plans in force as a percentage of the city's area.",
    "%", "higher_better", 1, source="GUS BDL (planowanie przestrzenne)", **PCT,
    seed=S002 + " l. 1727–1745 (Rzeszów: cyfryzacja planowania przestrzennego)")
ind("building_permit_decision_days", D,
    "Czas wydania pozwolenia na budowę", "Time to issue a building permit",
    "Mediana liczby dni od złożenia kompletnego wniosku o pozwolenie na budowę do wydania decyzji.",
    "Median number of days from submission of a complete building-permit application to the decision.",
    "days", "lower_better", 0, source="city architecture and building department", min_value=0,
    seed=S002 + " l. 2398–2400, 2413–2418 (Kielce: szybkość wydawania decyzji)")
ind("building_permits_online_pct", D,
    "Wnioski budowlane złożone elektronicznie", "Building applications submitted online",
    "Odsetek wniosków o pozwolenie na budowę i zgłoszeń budowlanych złożonych drogą elektroniczną (np. e-Budownictwo).",
    "Percentage of building-permit applications and construction notifications submitted electronically (e.g. e-Budownictwo).",
    "%", "higher_better", 1, source="city architecture and building department; GUNB", **PCT,
    seed=S002 + " l. 2180–2183, 2200–2202 (Kielce: zintegrowany, cyfrowy proces budowlany)")
ind("water_supply_connection_pct", D,
    "Ludność korzystająca z wodociągu", "Population connected to the water supply",
    "Odsetek mieszkańców korzystających z sieci wodociągowej.",
    "Percentage of residents connected to the public water-supply network.",
    "%", "higher_better", 1, iso37120="21.1", source="GUS BDL", **PCT)
ind("sewer_connection_pct", D,
    "Ludność korzystająca z kanalizacji", "Population connected to sewers",
    "Odsetek mieszkańców korzystających z sieci kanalizacyjnej.",
    "Percentage of residents connected to the public sewer network.",
    "%", "higher_better", 1, iso37120="20.1", u4ssc="EC: I: WS: 4C", source="GUS BDL", **PCT)
ind("open_public_space_pct", D,
    "Ogólnodostępne przestrzenie publiczne", "Open public space",
    "Powierzchnia ulic i ogólnodostępnych przestrzeni publicznych (place, parki, skwery) jako odsetek zabudowanego obszaru miasta.",
    "Area of streets and publicly accessible open spaces (squares, parks, greens) as a percentage of the city's built-up area.",
    "%", "higher_better", 1, frequency="irregular", sdg="11.7.1", source="city GIS (MSIP)", **PCT)
ind("land_consumption_to_population_growth_ratio", D,
    "Relacja przyrostu terenów zabudowanych do przyrostu ludności", "Land consumption rate to population growth rate",
    "Stosunek tempa przyrostu terenów zabudowanych do tempa zmiany liczby ludności w tym samym okresie.",
    "Ratio of the growth rate of built-up land to the population growth rate over the same period.",
    "ratio", "neutral", 2, frequency="irregular", sdg="11.3.1", source="city GIS; GUS")
ind("pedestrian_zone_pct", D,
    "Strefy piesze", "Pedestrian zones",
    "Powierzchnia stref wyłączonych z ruchu samochodowego (deptaki, strefy piesze) jako odsetek powierzchni miasta.",
    "Area of car-free zones (pedestrian streets and zones) as a percentage of the city's area.",
    "%", "higher_better", 2, u4ssc="EC: I: UP: 1A", source="city road authority; city GIS", **PCT)
ind("jobs_housing_ratio", D,
    "Relacja miejsc pracy do mieszkań", "Jobs–housing ratio",
    "Liczba pracujących w mieście podzielona przez liczbę mieszkań w mieście.",
    "Number of people employed in the city divided by the number of dwellings in the city.",
    "ratio", "neutral", 2, iso37120="19.4", source="derived: GUS BDL", min_value=0)

# ---------------------------------------------------------------------------------------
# INTERNATIONAL OUTREACH (tourism, culture, international links)
# ---------------------------------------------------------------------------------------
D = "international_outreach"
ind("tourist_nights_per_1000", D,
    "Udzielone noclegi na 1000 mieszkańców", "Tourist nights per 1000 residents",
    "Liczba noclegów udzielonych turystom w turystycznych obiektach noclegowych (10 i więcej miejsc) w roku na 1000 mieszkańców.",
    "Number of nights spent by tourists in tourist accommodation establishments (10 or more bed places) in the year per 1000 residents.",
    "per 1000 population", "higher_better", 0, source="GUS BDL (turystyka, KT-1)", min_value=0)
ind("foreign_tourist_nights", D,
    "Noclegi udzielone turystom zagranicznym", "Nights spent by foreign tourists",
    "Liczba noclegów udzielonych turystom zagranicznym w turystycznych obiektach noclegowych w roku.",
    "Number of nights spent by foreign tourists in tourist accommodation establishments in the year.",
    "count", "higher_better", 0, source="GUS BDL (turystyka, KT-1)", min_value=0)
ind("foreign_tourists_share_pct", D,
    "Udział turystów zagranicznych", "Share of foreign tourists",
    "Turyści zagraniczni jako odsetek wszystkich turystów korzystających z turystycznych obiektów noclegowych w mieście.",
    "Foreign tourists as a percentage of all tourists staying in the city's tourist accommodation.",
    "%", "higher_better", 1, source="GUS BDL (turystyka, KT-1)", **PCT,
    seed=S002 + " l. 1566–1570 (Kraków: dane o ruchu turystycznym na portalu otwartych danych)")
ind("tourist_beds_per_1000", D,
    "Miejsca noclegowe na 1000 mieszkańców", "Tourist bed places per 1000 residents",
    "Liczba miejsc noclegowych w turystycznych obiektach noclegowych na 1000 mieszkańców (stan na 31 lipca).",
    "Number of bed places in tourist accommodation establishments per 1000 residents (as of 31 July).",
    "per 1000 population", "higher_better", 1, source="GUS BDL (turystyka)", min_value=0)
ind("airport_passengers", D,
    "Pasażerowie portu lotniczego", "Airport passengers",
    "Liczba pasażerów obsłużonych w roku przez port lotniczy obsługujący miasto.",
    "Number of passengers handled in the year by the airport serving the city.",
    "persons", "higher_better", 0, source="Urząd Lotnictwa Cywilnego (ULC)", min_value=0)
ind("nonstop_air_destinations", D,
    "Bezpośrednie połączenia lotnicze", "Non-stop air destinations",
    "Liczba portów docelowych obsługiwanych regularnymi bezpośrednimi połączeniami pasażerskimi z lotniska miasta.",
    "Number of destinations served by scheduled non-stop passenger flights from the city's airport.",
    "count", "higher_better", 0, iso37120="18.9", source="airport operator", min_value=0)
ind("foreign_students_pct", D,
    "Studenci cudzoziemcy", "International students",
    "Studenci cudzoziemcy jako odsetek wszystkich studentów uczelni położonych w mieście.",
    "Foreign students as a percentage of all students of higher-education institutions located in the city.",
    "%", "higher_better", 1, source="GUS; POL-on", **PCT)
ind("foreign_residents_per_1000", D,
    "Cudzoziemcy zameldowani na 1000 mieszkańców", "Registered foreign residents per 1000 residents",
    "Liczba cudzoziemców zameldowanych w mieście na pobyt stały lub czasowy na 1000 mieszkańców.",
    "Number of foreign nationals registered in the city for permanent or temporary residence per 1000 residents.",
    "per 1000 population", "higher_better", 1, source="city register of residents; city open-data portal", min_value=0,
    seed=S002 + " l. 1566–1568 (Kraków: cudzoziemcy zameldowani na pobyt stały i czasowy)")
ind("international_meetings_count", D,
    "Spotkania i kongresy międzynarodowe", "International meetings and congresses",
    "Liczba spotkań biznesowych, kongresów i konferencji o charakterze międzynarodowym zorganizowanych w mieście w roku.",
    "Number of international business meetings, congresses and conferences held in the city in the year.",
    "count", "higher_better", 0, source="city convention bureau; Poland Convention Bureau", min_value=0,
    seed=S002 + " l. 1568–1569 (Kraków: liczba i uczestnicy spotkań biznesowych)")
ind("tourism_employment_pct", D,
    "Zatrudnienie w turystyce", "Tourism-industry employment",
    "Pracujący w sekcji I (Zakwaterowanie i gastronomia) jako odsetek wszystkich pracujących w mieście.",
    "Persons employed in NACE section I (accommodation and food service) as a percentage of all employed persons in the city.",
    "%", "neutral", 1, u4ssc="EC: P: EM: 3A", source="GUS BDL", **PCT)
ind("partner_cities_count", D,
    "Miasta partnerskie", "Partner cities",
    "Liczba obowiązujących umów o partnerstwie lub współpracy z miastami zagranicznymi.",
    "Number of partnership or cooperation agreements with foreign cities in force.",
    "count", "higher_better", 0, frequency="irregular", source="city international-relations office", min_value=0,
    seed="seed 000 (wizyta delegacji Wiednia 2025: umowa o współpracy odnowiona w kwietniu 2025); seed 004 (współpraca z Frankfurtem)")
ind("museum_visitors_per_1000", D,
    "Zwiedzający muzea na 1000 mieszkańców", "Museum visitors per 1000 residents",
    "Liczba zwiedzających muzea i oddziały muzealne w mieście w roku na 1000 mieszkańców.",
    "Number of visitors to museums and museum branches in the city in the year per 1000 residents.",
    "per 1000 population", "higher_better", 0, source="GUS BDL (kultura)", min_value=0)
ind("cultural_institutions_per_100k", D,
    "Instytucje kultury na 100 tys. mieszkańców", "Cultural institutions per 100 000 residents",
    "Liczba instytucji kultury (teatry, muzea, biblioteki, domy kultury, galerie, kina) w mieście na 100 000 mieszkańców.",
    "Number of cultural institutions (theatres, museums, libraries, cultural centres, galleries, cinemas) in the city per 100 000 residents.",
    "per 100 000 population", "higher_better", 1, u4ssc="SC: EH: C: 2A", source="GUS BDL (kultura)", min_value=0)
ind("culture_heritage_expenditure_pct", D,
    "Wydatki na kulturę i ochronę dziedzictwa", "Spending on culture and heritage protection",
    "Wydatki budżetu miasta w dziale 921 'Kultura i ochrona dziedzictwa narodowego' jako odsetek wydatków ogółem.",
    "City budget expenditure in chapter 921 'Culture and protection of national heritage' as a percentage of total expenditure.",
    "%", "higher_better", 2, u4ssc="SC: EH: C: 1C", source="GUS BDL; Ministerstwo Finansów (Rb-28S)", **PCT)
ind("heritage_expenditure_per_capita_pln", D,
    "Wydatki na ochronę dziedzictwa na mieszkańca", "Heritage-protection spending per capita",
    "Wydatki publiczne (miasta i innych szczebli) na ochronę i konserwację dziedzictwa kulturowego i przyrodniczego w mieście na mieszkańca.",
    "Public expenditure (city and other levels of government) on the preservation and protection of cultural and natural heritage in the city per resident.",
    "PLN", "higher_better", 2, sdg="11.4.1", source="city budget; GUS", min_value=0)
ind("resident_satisfaction_culture_pct", D,
    "Zadowolenie z oferty kulturalnej", "Satisfaction with the cultural offer",
    "Odsetek dorosłych mieszkańców zadowolonych z oferty kulturalnej miasta, według badania ankietowego.",
    "Percentage of adult residents satisfied with the city's cultural offer, according to the resident survey.",
    "%", "higher_better", 1, kind="subjective", source="city resident survey", **PCT)

# ---------------------------------------------------------------------------------------
# TECHNOLOGY
# ---------------------------------------------------------------------------------------
D = "technology"
ind("household_internet_access_pct", D,
    "Gospodarstwa domowe z dostępem do internetu", "Households with Internet access",
    "Odsetek gospodarstw domowych w mieście mających dostęp do internetu w domu (stacjonarnie lub mobilnie).",
    "Percentage of households in the city with Internet access at home (fixed or mobile).",
    "%", "higher_better", 1, u4ssc="EC: ICT: ICT: 1C",
    source="GUS survey on ICT use in households; city survey", **PCT)
ind("internet_users_pct", D,
    "Osoby korzystające z internetu", "Individuals using the Internet",
    "Odsetek mieszkańców w wieku 16–74 lat, którzy korzystali z internetu w ciągu ostatnich 3 miesięcy.",
    "Percentage of residents aged 16–74 who used the Internet in the last 3 months.",
    "%", "higher_better", 1, sdg="17.8.1", source="GUS survey on ICT use in households; city survey", **PCT)
ind("fixed_internet_connections_per_100k", D,
    "Stacjonarne łącza internetowe na 100 tys. mieszkańców", "Fixed Internet connections per 100 000 residents",
    "Liczba aktywnych stacjonarnych łączy (abonamentów) dostępu do internetu na 100 000 mieszkańców.",
    "Number of active fixed Internet access connections (subscriptions) per 100 000 residents.",
    "per 100 000 population", "higher_better", 0, iso37120="17.1", source="UKE (Urząd Komunikacji Elektronicznej)",
    min_value=0)
ind("gigabit_coverage_pct", D,
    "Lokale w zasięgu sieci gigabitowej", "Premises covered by gigabit networks",
    "Odsetek lokali mieszkalnych i budynków w mieście w zasięgu stacjonarnej sieci o przepustowości co najmniej 1 Gb/s.",
    "Percentage of dwellings and buildings in the city within reach of a fixed network offering at least 1 Gbit/s.",
    "%", "higher_better", 1, source="UKE (SIIS)", **PCT)
ind("mobile_5g_population_coverage_pct", D,
    "Mieszkańcy w zasięgu sieci 5G", "Population covered by 5G",
    "Odsetek mieszkańców w zasięgu co najmniej jednej publicznej sieci komórkowej 5G.",
    "Percentage of residents within coverage of at least one public 5G mobile network.",
    "%", "higher_better", 1, u4ssc="EC: ICT: ICT: 4C", sdg="9.c.1", source="UKE", **PCT)
ind("public_wifi_hotspots", D,
    "Publiczne punkty dostępu Wi-Fi", "Public Wi-Fi hotspots",
    "Liczba bezpłatnych punktów dostępu do internetu Wi-Fi w przestrzeni publicznej udostępnianych przez miasto lub z jego udziałem.",
    "Number of free public Wi-Fi hotspots in public space provided by or with the city.",
    "count", "higher_better", 0, u4ssc="EC: ICT: ICT: 5C", source="city IT department", min_value=0)
ind("smart_water_meters_pct", D,
    "Wodomierze ze zdalnym odczytem", "Smart water meters",
    "Odsetek wodomierzy odbiorców z odczytem zdalnym (radiowym lub sieciowym).",
    "Percentage of customers' water meters read remotely (radio or network).",
    "%", "higher_better", 1, u4ssc="EC: ICT: WS: 1C", source="water utility", **PCT,
    seed=S002 + " l. 2624–2628 (Rzeszów: inteligentne liczniki wody), l. 3901–3902")
ind("smart_electricity_meters_pct", D,
    "Inteligentne liczniki energii elektrycznej", "Smart electricity meters",
    "Odsetek punktów poboru energii elektrycznej w mieście wyposażonych w liczniki zdalnego odczytu.",
    "Percentage of electricity metering points in the city equipped with remotely read (smart) meters.",
    "%", "higher_better", 1, u4ssc="EC: ICT: ES: 1C", source="distribution system operator", **PCT)
ind("iot_sensors_count", D,
    "Czujniki IoT w miejskiej platformie", "IoT sensors on the city platform",
    "Liczba czujników Internetu Rzeczy (jakość powietrza, hałas, ruch, parkowanie, pojazdy) przesyłających dane do miejskiej platformy danych.",
    "Number of Internet-of-Things sensors (air quality, noise, traffic, parking, vehicles) sending data to the city data platform.",
    "count", "higher_better", 0, source="city IoT / data platform", min_value=0,
    seed=S002 + " l. 2682–2686 (Warszawa: kilkaset czujników IoT), l. 2858–2860 (Kielce: IoT do monitoringu powietrza)")
ind("smart_street_lights_pct", D,
    "Inteligentne oświetlenie uliczne", "Smart street lighting",
    "Odsetek punktów oświetlenia ulicznego LED ze zdalnym, inteligentnym sterowaniem.",
    "Percentage of street-light points that are LED with remote, smart control.",
    "%", "higher_better", 1, source="city street-lighting operator", **PCT,
    seed=S002 + " l. 2270–2277 (Kraków: oświetlenie LED sterowane inteligentnie); " + S003 + " l. 167–175")
ind("cybersecurity_incidents_count", D,
    "Poważne incydenty cyberbezpieczeństwa", "Serious cybersecurity incidents",
    "Liczba poważnych incydentów cyberbezpieczeństwa dotyczących systemów miasta i jego jednostek, zgłoszonych do CSIRT w roku.",
    "Number of serious cybersecurity incidents affecting the systems of the city and its units reported to a CSIRT in the year.",
    "count", "lower_better", 0, source="city security office (KSC reporting)", min_value=0,
    seed=S002 + " l. 3228–3245, 3337–3357 (incydenty, procedury obsługi); " + S001 + " § 3 ust. 1 pkt 5")
ind("staff_cybersecurity_training_pct", D,
    "Pracownicy przeszkoleni z cyberbezpieczeństwa", "Staff trained in cybersecurity",
    "Odsetek pracowników urzędu miasta, którzy w roku ukończyli szkolenie z cyberbezpieczeństwa (w tym ćwiczenia phishingowe).",
    "Percentage of city-office employees who completed cybersecurity training in the year (including phishing exercises).",
    "%", "higher_better", 1, source="city security office", **PCT,
    seed=S002 + " l. 3255–3260, 3394–3396, 3426 (szkolenia wszystkich pracowników)")
ind("smart_city_projects_in_production", D,
    "Rozwiązania smart city we wdrożeniu produkcyjnym", "Smart-city solutions in production",
    "Liczba rozwiązań z portfela smart city działających produkcyjnie (w stałym użyciu, z budżetem utrzymania), w odróżnieniu od pilotaży.",
    "Number of solutions in the smart-city portfolio running in production (in regular use, with an operating budget), as opposed to pilots.",
    "count", "higher_better", 0, source="city smart-city portfolio", min_value=0,
    seed=S001 + " § 3 ust. 1 pkt 3, ust. 2 pkt 4–5 (portfel Smart City); " + S002 + " l. 2693–2697 (RPA produkcyjnie), l. 3565–3594 (pilotaże)")
ind("smart_city_pilots_to_production_pct", D,
    "Pilotaże przekształcone we wdrożenia", "Pilots that reached production",
    "Odsetek zakończonych w ostatnich trzech latach pilotaży smart city, które przeszły do wdrożenia produkcyjnego.",
    "Percentage of smart-city pilots finished in the last three years that moved into production.",
    "%", "higher_better", 1, source="city smart-city portfolio", **PCT,
    seed=S002 + " l. 3565–3594 (finansowanie pilotaży zamiast wdrożeń), l. 4101–4175 (nieudane pilotaże)")
ind("open_data_api_calls", D,
    "Wywołania API otwartych danych", "Open-data API calls",
    "Liczba wywołań publicznych interfejsów API z otwartymi danymi miasta w okresie.",
    "Number of calls to the city's public open-data APIs in the period.",
    "count", "higher_better", 0, frequency="monthly", source="city API gateway logs", min_value=0,
    seed=S002 + " l. 1309–1312 (api.um.warszawa.pl), l. 1563–1566 (interfejsy portalu Kraków)")
ind("systems_with_api_pct", D,
    "Systemy miejskie udostępniające API", "City systems exposing APIs",
    "Odsetek systemów informatycznych miasta (z rejestru systemów), które udostępniają dane innym systemom przez udokumentowane API.",
    "Percentage of the city's IT systems (from the systems register) that share data with other systems through a documented API.",
    "%", "higher_better", 1, source="city register of IT systems", **PCT,
    seed=S002 + " l. 1529–1531 (systemy od 2017 r. domyślnie z API), l. 1992–2002 (platforma API)")
ind("city_app_active_users_per_1000", D,
    "Aktywni użytkownicy aplikacji miejskiej na 1000 mieszkańców", "Active city-app users per 1000 residents",
    "Liczba użytkowników, którzy w miesiącu choć raz skorzystali z oficjalnej aplikacji mobilnej miasta (np. mKraków), na 1000 mieszkańców.",
    "Number of users who used the city's official mobile app (e.g. mKraków) at least once in the month, per 1000 residents.",
    "per 1000 population", "higher_better", 1, frequency="monthly", source="city app analytics", min_value=0,
    seed=S001 + " § 3 ust. 2 pkt 6 (platforma mKraków); " + S003 + " l. 60–64, 86")
ind("data_lake_datasets", D,
    "Zbiory danych w miejskiej platformie danych", "Datasets in the city data lake",
    "Liczba zbiorów danych zasilanych automatycznie do miejskiej platformy przetwarzania danych (Data Lake).",
    "Number of datasets fed automatically into the city's data-processing platform (data lake).",
    "count", "higher_better", 0, source="city data platform", min_value=0,
    seed=S001 + " § 3 ust. 2 pkt 2 (System Przetwarzania Danych Data Lake)")
ind("eservices_availability_pct", D,
    "Dostępność kluczowych e-usług", "Availability of key e-services",
    "Odsetek czasu w roku, w którym kluczowe e-usługi i portal miasta były dostępne dla użytkowników (bez planowanych przerw).",
    "Percentage of time in the year during which the city's key e-services and portal were available to users (excluding planned maintenance).",
    "%", "higher_better", 2, source="city IT monitoring", **PCT)
ind("trust_digital_public_services_pct", D,
    "Zaufanie do cyfrowych usług miasta", "Trust in the city's digital services",
    "Odsetek dorosłych mieszkańców, którzy w badaniu ankietowym deklarują zaufanie do cyfrowych usług publicznych oferowanych przez miasto.",
    "Percentage of adult residents who say in a survey that they trust the digital public services offered by the city.",
    "%", "higher_better", 1, kind="subjective", source="city resident survey", **PCT,
    seed=S002 + " l. 4796–4835 (badanie zaufania do cyfrowych usług, Warszawa 2022)")
ind("digital_accessibility_compliant_sites_pct", D,
    "Strony i e-usługi zgodne z WCAG", "Websites and e-services meeting WCAG",
    "Odsetek stron internetowych i e-usług miasta zgodnych z wymaganiami dostępności cyfrowej (WCAG 2.1 AA) według audytu.",
    "Percentage of the city's websites and e-services that meet the digital-accessibility requirements (WCAG 2.1 AA) according to an audit.",
    "%", "higher_better", 1, source="city digital-accessibility audit", **PCT,
    seed=S003 + " l. 48–60, 114–119 (audyt dostępności cyfrowej stron i e-usług)")


# ---------------------------------------------------------------------------------------
# INDICATORS THE MATURITY MODELS SCORE CRITERIA WITH
# The shipped maturity models (core/src/main/resources/maturity/models) read these from the
# store; where the catalogue already had the concept the models use the catalogue's code
# (docs/maturity.md lists the correspondence). Mostly city administrative records.
# ---------------------------------------------------------------------------------------
ind("eservice_users_65plus_pct", "social_cohesion",
    "Mieszkańcy w wieku 65+ korzystający z e-usług miasta", "Residents aged 65+ using city e-services",
    "Odsetek mieszkańców w wieku 65 lat i więcej, którzy w ciągu ostatnich 12 miesięcy załatwili co najmniej jedną sprawę w mieście przez e-usługę, według badania ankietowego lub danych kont użytkowników.",
    "Percentage of residents aged 65 or over who handled at least one matter with the city through an e-service in the last 12 months, from a survey or from user-account data.",
    "%", "higher_better", 1, kind="subjective", source="city resident survey; e-service user accounts", **PCT,
    seed=S002 + " l. 3919–3921 (obawy seniorów przed sprawami przez internet)")
ind("open_data_reuse_applications", "economy",
    "Zewnętrzne aplikacje korzystające z danych miasta", "External applications reusing city data",
    "Liczba znanych aplikacji i usług firm, organizacji i mieszkańców, które korzystają z otwartych danych lub API miasta (zgłoszonych lub wykrytych w statystykach API).",
    "Number of known applications and services of companies, organisations and residents that use the city's open data or APIs (reported to the city or identified in the API statistics).",
    "count", "higher_better", 0, source="city open-data portal; API gateway", min_value=0)
ind("open_data_api_calls_per_capita", "economy",
    "Wywołania API otwartych danych na mieszkańca", "Open-data API calls per resident",
    "Liczba wywołań publicznych API z danymi miasta w roku podzielona przez liczbę mieszkańców (wskaźnik pochodny: wywołania API / ludność).",
    "Number of calls to the city's public data APIs in the year divided by the population (derived: API calls / population).",
    "per capita", "higher_better", 2, source="derived: city API gateway logs and GUS BDL P2137", min_value=0)
ind("resident_reports_resolved_pct", "governance",
    "Zgłoszenia mieszkańców załatwione", "Residents' reports resolved",
    "Odsetek zgłoszeń mieszkańców (kontakt 19115, aplikacje zgłoszeniowe) przyjętych w roku, które zostały zamknięte jako załatwione.",
    "Percentage of the residents' reports received in the year (19115 contact centre, reporting apps) that were closed as resolved.",
    "%", "higher_better", 1, source="city contact centre (Open311 / 19115)", **PCT)
ind("rpa_processes_in_production", "governance",
    "Procesy urzędu zautomatyzowane w produkcji", "Office processes automated in production",
    "Liczba procesów urzędu obsługiwanych w sposób ciągły przez roboty programowe (RPA) lub automatyzację z użyciem AI; pilotaże się nie liczą.",
    "Number of office processes run continuously by software robots (RPA) or AI-based automation; pilots do not count.",
    "count", "higher_better", 0, source="city IT department", min_value=0)
ind("datasets_registered_with_owner_pct", "governance",
    "Zbiory danych w rejestrze z przypisanym właścicielem", "Datasets registered with an owner",
    "Odsetek znanych zbiorów danych miasta, które są wpisane do rejestru zbiorów danych i mają wskazanego właściciela (jednostkę odpowiedzialną).",
    "Percentage of the city's known datasets that are entered in the register of datasets with a named owner (the responsible unit).",
    "%", "higher_better", 1, source="city register of datasets and systems", **PCT)
ind("open_data_downloads_per_1000", "governance",
    "Pobrania otwartych danych na 1000 mieszkańców", "Open-data downloads per 1000 residents",
    "Liczba pobrań plików i usług z portalu otwartych danych miasta w roku (pobrania zasobów, nie odsłony stron) na 1000 mieszkańców (wskaźnik pochodny).",
    "Number of downloads of files and services from the city's open-data portal in the year (resource downloads, not page views) per 1000 residents (derived).",
    "per 1000 population", "higher_better", 1, source="derived: city open-data portal statistics and GUS BDL P2137", min_value=0,
    seed=S002 + " l. 1588–1590 (Kraków: liczba pobrań zbiorów z MSIP jako otwartych danych)")
ind("open_data_up_to_date_pct", "governance",
    "Otwarte zbiory aktualizowane zgodnie z deklaracją", "Open datasets updated as declared",
    "Odsetek zbiorów opublikowanych na portalu otwartych danych, których ostatnia aktualizacja mieści się w zadeklarowanej częstotliwości aktualizacji.",
    "Percentage of the datasets published on the open-data portal whose last update lies within their declared update frequency.",
    "%", "higher_better", 1, source="city open-data portal metadata", **PCT)
ind("solutions_with_maintenance_budget_pct", "governance",
    "Wdrożone rozwiązania z budżetem utrzymania", "Deployed solutions with an upkeep budget",
    "Odsetek wdrożonych rozwiązań smart city i systemów miasta, na których utrzymanie zaplanowano środki w budżecie i Wieloletniej Prognozie Finansowej.",
    "Percentage of the deployed smart-city solutions and city systems whose upkeep is funded in the budget and the multi-year financial forecast (WPF).",
    "%", "higher_better", 1, source="city budget and WPF; portfolio register", **PCT)
ind("initiatives_with_kpi_pct", "governance",
    "Inicjatywy portfela z miarą sukcesu", "Portfolio initiatives with a success measure",
    "Odsetek inicjatyw w portfelu Smart City, które mają określony wskaźnik efektu wraz z wartością bazową i docelową.",
    "Percentage of the initiatives in the Smart City portfolio that have an outcome indicator with a baseline and a target value.",
    "%", "higher_better", 1, source="city Smart City portfolio", **PCT,
    seed=S001 + " § 3 ust. 1 pkt 3 (portfel inicjatyw Smart City)")
ind("digital_services_users_pct", "governance",
    "Mieszkańcy korzystający z cyfrowych usług miasta", "Residents using the city's digital services",
    "Odsetek dorosłych mieszkańców, którzy w ciągu ostatnich 12 miesięcy skorzystali z co najmniej jednej cyfrowej usługi miasta (e-usługa, aplikacja, portal), według badania ankietowego.",
    "Percentage of adult residents who used at least one of the city's digital services (e-service, app, portal) in the last 12 months, according to a survey.",
    "%", "higher_better", 1, kind="subjective", source="city resident survey", **PCT)
ind("digital_services_satisfaction_pct", "governance",
    "Zadowolenie z cyfrowych usług miasta", "Satisfaction with the city's digital services",
    "Odsetek użytkowników cyfrowych usług miasta zadowolonych lub bardzo zadowolonych z nich, według badania satysfakcji.",
    "Percentage of users of the city's digital services who are satisfied or very satisfied with them, according to a satisfaction survey.",
    "%", "higher_better", 1, kind="subjective", source="city customer-satisfaction survey", **PCT)
ind("eservices_online_pct", "governance",
    "Usługi publiczne miasta dostępne elektronicznie", "City public services available electronically",
    "Odsetek usług publicznych z katalogu usług miasta, które można załatwić elektronicznie (portal miasta, ePUAP, aplikacja).",
    "Percentage of the public services in the city's service catalogue that can be handled electronically (city portal, ePUAP, app).",
    "%", "higher_better", 1, source="city e-services catalogue", **PCT)
ind("air_quality_sensors_per_100k", "environment",
    "Czujniki jakości powietrza na 100 tys. mieszkańców", "Air-quality sensors per 100 000 residents",
    "Liczba działających stacji i czujników jakości powietrza (państwowych i miejskich), których dane trafiają do miasta, na 100 000 mieszkańców.",
    "Number of working air-quality stations and sensors (state and city-owned) whose data reach the city, per 100 000 residents.",
    "per 100 000 population", "higher_better", 1, source="GIOŚ; city sensor network", min_value=0)
ind("public_buildings_energy_monitored_pct", "environment",
    "Powierzchnia budynków miejskich z monitoringiem zużycia energii", "Municipal floor area with energy monitoring",
    "Odsetek powierzchni użytkowej budynków miejskich objętej zdalnym, bieżącym pomiarem zużycia energii i ciepła.",
    "Percentage of the floor area of city-owned buildings covered by remote, continuous metering of energy and heat consumption.",
    "%", "higher_better", 1, source="city energy-management system", **PCT)
ind("public_buildings_energy_use_change_pct", "environment",
    "Zmiana zużycia energii w budynkach miejskich", "Change of energy use in municipal buildings",
    "Procentowa zmiana rocznego zużycia energii budynków miejskich na m² powierzchni względem roku poprzedniego; wartość ujemna oznacza spadek zużycia.",
    "Percentage change of the annual energy use of city-owned buildings per m² of floor area against the previous year; a negative value is a decrease.",
    "%", "lower_better", 1, source="derived: city energy-management system")
ind("pt_digital_tickets_pct", "mobility",
    "Bilety komunikacji miejskiej kupione cyfrowo", "Public-transport tickets bought digitally",
    "Odsetek biletów komunikacji miejskiej sprzedanych przez aplikacje mobilne, internet, karty zbliżeniowe i karty miejskie.",
    "Percentage of public-transport tickets sold through mobile apps, online, contactless payment cards and city cards.",
    "%", "higher_better", 1, source="public-transport authority ticket sales", **PCT)
ind("city_registers_georeferenced_pct", "urban_planning",
    "Rejestry urzędu powiązane z mapą", "Office registers linked to the map",
    "Odsetek rejestrów i baz danych urzędu, których rekordy mają położenie (adres lub współrzędne) i są dostępne w miejskim systemie informacji przestrzennej.",
    "Percentage of the office's registers and databases whose records carry a location (address or coordinates) and are available in the city's spatial information system.",
    "%", "higher_better", 1, source="city spatial information system", **PCT)
ind("planning_enquiries_in_person_change_pct", "urban_planning",
    "Zmiana liczby zapytań planistycznych osobiście i telefonicznie", "Change of in-person and phone planning enquiries",
    "Procentowa zmiana liczby zapytań o plany miejscowe i warunki zabudowy składanych osobiście lub telefonicznie względem roku poprzedniego; spadek oznacza, że mieszkańcy znajdują odpowiedzi w serwisach cyfrowych.",
    "Percentage change against the previous year of the number of enquiries about local plans and planning conditions made in person or by phone; a decrease means residents find answers in digital services.",
    "%", "lower_better", 1, source="city planning office")
ind("iso37120_indicators_reported_pct", "international_outreach",
    "Wskaźniki ISO 37120 raportowane w ostatnim roku", "ISO 37120 indicators reported in the last year",
    "Odsetek wskaźników normy ISO 37120, dla których miasto zebrało i opublikowało wartość za ostatni rok.",
    "Percentage of the ISO 37120 indicators for which the city collected and published a value for the last year.",
    "%", "higher_better", 1, source="city indicator store", **PCT,
    seed=S002 + " l. 1253–1256 (Kielce: certyfikat WCCD według ISO 37120)")
ind("u4ssc_kpis_reported_pct", "international_outreach",
    "Wskaźniki U4SSC raportowane przez miasto", "U4SSC KPIs reported by the city",
    "Odsetek kluczowych wskaźników U4SSC (inteligentne i zrównoważone miasta), dla których miasto zebrało i opublikowało wartość.",
    "Percentage of the U4SSC key performance indicators for smart sustainable cities for which the city collected and published a value.",
    "%", "higher_better", 1, source="city indicator store", **PCT)
ind("it_equipment_past_lifetime_pct", "technology",
    "Sprzęt IT po okresie planowanej eksploatacji", "IT equipment past its planned lifetime",
    "Odsetek sprzętu informatycznego urzędu (komputery, serwery, urządzenia sieciowe) użytkowanego dłużej niż zakłada plan odnowienia.",
    "Percentage of the office's IT equipment (computers, servers, network devices) used beyond the lifetime its renewal plan assumes.",
    "%", "lower_better", 1, source="city IT asset register", **PCT)
ind("phishing_test_click_rate_pct", "technology",
    "Pracownicy klikający w teście phishingowym", "Staff clicking in a phishing test",
    "Odsetek pracowników urzędu, którzy w ostatnim symulowanym ataku phishingowym kliknęli w link lub podali dane.",
    "Percentage of office staff who clicked the link or entered data in the last simulated phishing attack.",
    "%", "lower_better", 1, source="city security office", **PCT)
ind("staff_digital_training_hours_per_employee", "technology",
    "Godziny szkoleń cyfrowych na pracownika", "Digital training hours per employee",
    "Łączna liczba godzin szkoleń z kompetencji cyfrowych (narzędzia, dane, bezpieczeństwo, AI) odbytych przez pracowników urzędu w roku, podzielona przez liczbę pracowników.",
    "Total hours of digital-skills training (tools, data, security, AI) completed by the office's employees in the year, divided by the number of employees.",
    "hours per employee", "higher_better", 1, source="city HR records", min_value=0)
ind("fixed_broadband_households_pct", "technology",
    "Gospodarstwa domowe ze stacjonarnym internetem szerokopasmowym", "Households with fixed broadband",
    "Odsetek gospodarstw domowych w mieście z aktywnym stacjonarnym (przewodowym) dostępem szerokopasmowym do internetu.",
    "Percentage of households in the city with an active fixed (wired) broadband Internet subscription.",
    "%", "higher_better", 1, source="UKE; GUS survey on ICT use in households", **PCT)
ind("mobile_broadband_coverage_pct", "technology",
    "Zasięg mobilnego internetu szerokopasmowego (4G lub lepszy)", "Mobile broadband coverage (4G or better)",
    "Odsetek mieszkańców w zasięgu co najmniej jednej publicznej sieci komórkowej oferującej szerokopasmowy dostęp do internetu w technologii 4G (LTE) lub nowszej.",
    "Percentage of residents within coverage of at least one public mobile network offering broadband Internet access by 4G (LTE) or a newer technology.",
    "%", "higher_better", 1, source="UKE", **PCT)


# ---------------------------------------------------------------------------------------
def validate():
    codes = set()
    errors = []
    for r in INDICATORS:
        c = r["code"]
        if c in codes:
            errors.append("duplicate code " + c)
        codes.add(c)
        if not re.fullmatch(r"[a-z0-9_]+", c):
            errors.append("bad code " + c)
        if r["dimension"] not in DIMENSIONS:
            errors.append("bad dimension " + c)
        for k in ("name_pl", "name_en", "definition_pl", "definition_en", "unit", "source"):
            if not str(r[k]).strip():
                errors.append("empty %s in %s" % (k, c))
    for code in SEED_REFS:
        if code not in codes:
            errors.append("seed ref for unknown code " + code)
    return errors


def write(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for r in INDICATORS:
            w.writerow(r)


def seed_table_markdown():
    lines = ["| code | where in the seeds |", "|---|---|"]
    for r in INDICATORS:
        if r["code"] in SEED_REFS:
            lines.append("| `%s` | %s |" % (r["code"], SEED_REFS[r["code"]]))
    return "\n".join(lines)


def counts_markdown():
    per_dim = {d: 0 for d in DIMENSIONS}
    for r in INDICATORS:
        per_dim[r["dimension"]] += 1
    refs = {k: sum(1 for r in INDICATORS if r[k]) for k in ("iso37120", "iso37122", "iso37123", "u4ssc", "sdg")}
    subjective = sum(1 for r in INDICATORS if r["kind"] == "subjective")
    return ("%d indicators. Per dimension: %s.\nWith a standard reference: %s. Subjective (survey) indicators: %d."
            % (len(INDICATORS), ", ".join("%s %d" % kv for kv in per_dim.items()),
               ", ".join("%s %d" % kv for kv in refs.items()), subjective))


def replace_block(text, name, body):
    start, end = "<!-- %s:start -->" % name, "<!-- %s:end -->" % name
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        text = head + start + "\n" + body + "\n" + end + tail
    return text


def update_readme(path):
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = replace_block(text, "seed-refs", seed_table_markdown())
    text = replace_block(text, "counts", counts_markdown())
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    errors = validate()
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1
    out = os.path.join(root, "app", "src", "main", "resources", "catalogue", "indicators.csv")
    write(out)
    update_readme(os.path.join(root, "app", "src", "main", "resources", "catalogue", "README.md"))
    counts = {d: 0 for d in DIMENSIONS}
    for r in INDICATORS:
        counts[r["dimension"]] += 1
    print("wrote %d indicators to %s" % (len(INDICATORS), os.path.relpath(out, root)))
    for d in DIMENSIONS:
        print("  %-24s %d" % (d, counts[d]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
