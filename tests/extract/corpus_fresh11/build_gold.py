"""Builds fresh11.gold.json from the annotations below (run: python3 build_gold.py).

The eleventh fresh set, written BLIND: 8 invented articles on 4 events, in wire / broadcaster / newspaper styles
(a Reuters-style "DUNMERE, Avelland, June 11 (Meridian) -" dateline with a reporting/editing credit, an AFP-style
"Porto Sal (Meloria) (SWP) -" dateline with bare weekdays, a broadcaster web piece with subheads and no dateline, a
translated agency report with "14 September" dates, formal titles and "this Monday", a broadsheet analysis with
curly quotes and subheads, a local paper with a byline and "yesterday"/"last night", a regional health story with
"yesterday" and a "19 February" date, and a short island-paper brief) --
a chlorine leak at Maritel Chemicals' Sorby works in Dunmere, Avelland, on Wednesday night 2026-06-10 (3 outlets
over 3 days: deaths one (fire service) -> two (Maritel; the Dunmere Herald's own voice); evacuated residents at
least 3,000 overnight (fire service; "thousands" in the headline) -> 4,200 from 1,650 homes (town council; the
Herald's own voice); people treated in hospital 46 -> 71 (regional health authority; headline) vs at least 130
needing treatment (Sorby Residents' Association); people on site when the leak began 14 = 12 employees + 2
contractors (Maritel) vs 22 (union AKF); plant staff about 380 (wire's own voice) / 380 jobs (Maritel); more than
10,000 people within 3 km (Green Coast, in two outlets); background: a 2019 leak that sent 8 to hospital),
a tram derailment on line 4 in Korvel, Drevania, on Monday morning 2026-09-14 (2 outlets, 5 days apart: dead 2
(Emergency Medical Service; headline) -> 3 (the analysis' own voice); injured 37 -> 41 (Emergency Medical
Service; headline); passengers on board about 180 (KMT, twice) vs more than 250 (passengers) vs nearly 300
(passengers' association Korvel on Rails); KMT's fleet of 96 trams (agency's own voice; KMT's annual report);
31 Tarvo T-20 trams withdrawn (transport minister; KMT); background: a March 2024 derailment that injured 14
(agency's own voice; the State Railway Inspectorate)),
a migrant boat that capsized off the island of Santa Brisa, Meloria, on Saturday night 2026-07-18 (2 outlets:
dead at least 9 (coast guard; headline) -> 17 (coast guard; headline) vs "more than 60" feared (charity Open
Waters); people on board about 160 (survivors) vs at least 200 (Open Waters, twice) vs about 140 (coast guard);
rescued 112 = 87 men + 19 women + 6 children (coast guard; the Gazette's own voice); "dozens" missing (coast
guard; headline); more than 1,900 -> nearly 2,000 dead or missing on the crossing this year (Refugee Council of
Meloria, in both outlets)),
and a measles outbreak in five Tarnwick schools, East Felding (1 outlet: 66 cases = 64 pupils + 2 staff (public
health agency; headline) vs "well over 100" (Tarnwick Parents' Forum); 11 children admitted to hospital (the
agency's Dr Okoro; the hospital); vaccination 81% locally, 95% needed, 89% nationally).
Annotated by hand by the README rules of ../shared/eval WITHOUT reading the system's code or docs and WITHOUT
running the extractor, claimlog or the scorer on these articles. Each claim: evidence (exact substring, unique in
its article), speaker aliases ([] = the article's own voice), quantity, subject nouns, date [, optional].
Conventions (as in fresh10 and the dev gold):
- A date is given when the figure's clause (or the event it counts) fixes the day: deaths, people on site,
  people on board, people rescued and evacuations "overnight" in a one-night event take the event's day
  (2026-06-10, 2026-07-18) even when the figure is given days later ("bringing the number of dead to 17",
  "The 112 survivors are being housed", "The company insists 14 people were on site when the valve failed");
  the tram's two dead "this Monday", its injured (including the "final count of 41") and passengers take
  2026-09-14; "Twelve remained in hospital on Friday morning", "still in hospital last night", "Dozens were
  still missing on Sunday evening", "On Sunday two helicopters and four patrol boats were searching",
  "gave 412 jabs on Saturday" (2026-02-28), "when 18 cases had been confirmed" (19 February), "recovered eight
  more bodies yesterday", "arrested two men ... yesterday" and "pulled from service ... on Monday" take that
  day. "Yesterday"/"last night" resolve against the article's header date.
- Left undated: headlines; cumulative counts over several days ("71 people had been treated in hospital since
  the leak", "4,200 residents ... had been evacuated by Thursday afternoon" (Wednesday night and Thursday),
  the leak's two deaths (Wednesday night and Thursday night), the tram's three deaths (Monday and Wednesday),
  outbreak cases, "more than 5,000 signatures", "died or gone missing ... this year", ridership fallen "since
  Monday"); a restated earlier figure ("up from 46 on Thursday", like fresh10's "down from 85 last week"); states
  without a stated day ("were in a serious condition", "Fourteen people remain missing", "now holds more than
  700", "more than 10,000 people live within 3 km"); plans ("will be withdrawn", "would open two more clinics");
  capacities, fleets, staff numbers; background and other events ("In 2019, ... sent eight people to hospital",
  "In March of 2024", "cut from six people to three in 2024", "in 2019, infected 230").
- Speakers: an attribution after the quote or at the end of the sentence covers every figure of that sentence
  ("..., the fire service said on Thursday"; "KMT's fleet of 96 trams, the company's annual report shows,
  includes the 31 T-20s"; "According to the agency, only 81% ... well short of the 95%"); pronouns ("it said" =
  the health authority, "It now believes" = the coast guard, "It said it would open" = the agency, "he said",
  "she said") are resolved to the named party; a number the source quotes from another party keeps that party
  ("far more than the 71 counted by the health authority", inside the residents' association's sentence); a
  figure the outlet states in its own words, including an actor's deed with no reporting verb ("The firemen
  deployed some 120 rescuers", "KMT has put 45 replacement buses", "Prosecutors have questioned 26 witnesses",
  "Police ... arrested two men", "The agency has told about 340 pupils"), is the article's own voice, as are
  unattributed headlines.
- Optional: a back-reference in a quote ("now two families have lost someone"), money ("2 million crowns",
  "250 million korun", "up to 4,000 marks"), and a general epidemiological ratio in a quote ("one child can
  infect nine out of ten unvaccinated people").
- Ages ("a 52-year-old", "76", "of 29 years", "a woman of 58 years"), years, durations ("six hours", "for 27
  years", "21 days", "five months", "two and a half hours", "three days of municipal mourning", "10-hour shift"),
  ordinals ("second worker", "second day", "second dose", "line 4"), times ("9.30 p.m.", "8:12", "10:40"),
  distances, depths, areas and lengths ("1 km to 2 km", "5 km", "18 metres", "20 nautical miles", "400 square
  kilometres", "70 metres", "118 kilometres", "32 metres"), speeds ("41 km/h", "15 kilometres per hour") and a
  speed ratio ("almost three times the limit") are no claims.
- Parts are grouped with their total (Maritel's 12 employees + 2 contractors with 14 on site; 87 men + 19 women
  + 6 children with 112 rescued; 64 pupils + 2 staff with 66 cases). Increments ("eight more bodies", "dozens
  more" seen by GPs, "four people who went to hospital on their own"), subsets that are no partition (8 / three /
  two in a serious condition or intensive care, 29 pupils at one school, 11 of the dead identified, two of the
  hospitalised survivors children) and states at other times (12 / 9 still in hospital on Friday, 14 still
  missing on Monday) are left out of the facts.
- Statuses: disputed = different sources give incompatible figures; corroborated = two or more sources (or an
  outlet's own voice and a source) agree, earlier lower bounds / lower tolls allowed; consistent = compatible
  different figures from different sources only (the tram's 2 dead on Monday (Emergency Medical Service) -> 3
  (the analysis' own voice)); single_source = one source only, whether it updates itself (37 -> 41 injured), is
  restated by the outlet's own headline ("dozens missing"), or is carried by two outlets (Green Coast's 10,000;
  the Refugee Council's 1,900 -> 2,000).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, vg, write  # noqa: E402


PEOPLE = ["people", "person"]
MONEY = ["money", "fund", "crown", "crowns", "korun", "mark", "marks", "cost", "fee", "payment"]
DOZENS = vg(24, 99)
THOUSANDS = vg(1000, 9999)

# --- Sorby chlorine leak (Dunmere, Avelland) ----------------------------------------------------------
DEAD = PEOPLE + ["dead", "death", "toll", "killed", "victim", "worker", "man", "men", "body", "bodies"]
EVAC = PEOPLE + ["resident", "evacuee", "evacuees", "evacuated", "inhabitant"]
HOMES = ["home", "homes", "house", "houses", "household", "households", "property", "dwelling"]
TREATED = PEOPLE + ["patient", "hospitalised", "hospitalized", "treated", "treatment", "casualty", "casualties",
                    "injured", "ill", "victim"]
HOSP = TREATED + ["in hospital", "inpatient"]
ICU = HOSP + ["intensive care", "icu"]
WORKER = PEOPLE + ["worker", "workers", "employee", "staff", "on site", "shift", "night shift"]
EMPLOYEE = PEOPLE + ["employee", "worker", "staff", "job", "jobs", "workforce"]
CONTRACTOR = PEOPLE + ["contractor", "worker"]
SAFETY = PEOPLE + ["safety staff", "staff", "team", "safety team", "worker"]
FAMILY = ["family", "families"]
SHELTER = PEOPLE + ["evacuee", "sheltered", "shelter", "resident"]
TANK = ["tank", "tanks", "storage tank"]
SCHOOL = ["school", "schools"]
RESIDENTS = PEOPLE + ["resident", "inhabitant", "population"]
SITE = ["site", "sites", "plant", "plants", "facility", "facilities"]
RETURN = ["percent", "resident", "residents", "evacuee", "evacuees", "returned", "share"]
MEETING = PEOPLE + ["resident", "attendee", "attendees", "crowd"]
SIGNATURE = ["signature", "signatures", "signatory", "petition"]

FIRE = ["fire service", "fire and rescue service", "avelland fire and rescue service", "ostrand"]
OSTRAND = ["ostrand", "pieter ostrand", "fire service", "fire and rescue service"]
HA = ["regional health authority", "health authority", "selv"]
SELV = ["selv", "karin selv", "health authority", "medical director"]
MARITEL = ["maritel", "maritel chemicals", "dannevig"]
LYKKE = ["lykke", "hanne lykke", "mayor"]
AKF = ["akf", "union", "chemical workers' union", "bruun"]
BRUUN = ["bruun", "sanne bruun", "akf", "union"]
COUNCIL = ["town council", "council", "dunmere town council"]
HOLT = ["holt", "erik holt", "council"]
GREEN = ["green coast", "environmental group"]
ENVMIN = ["environment ministry", "ministry"]
SRA = ["sorby residents' association", "residents' association", "residents association", "gran"]

# --- Korvel tram derailment (Drevania) -----------------------------------------------------------------
T_DEAD = PEOPLE + ["dead", "death", "toll", "killed", "victim", "died"]
T_INJ = PEOPLE + ["injured", "injury", "injuries", "casualty", "casualties", "wounded", "patient", "hurt"]
T_PASS = PEOPLE + ["passenger", "passengers", "on board", "aboard", "occupant", "rider"]
CAPACITY = T_PASS + ["capacity", "seat", "seats", "seated", "place", "places"]
RESCUER = PEOPLE + ["rescuer", "rescuers", "firefighter", "firemen", "fireman", "emergency worker"]
CRANE = ["crane", "cranes", "vehicle", "machine"]
TRAM = ["tram", "trams", "t-20", "t-20s", "vehicle", "vehicles", "fleet"]
TRAM_PCT = TRAM + ["percent", "share", "third"]
RIDER = PEOPLE + ["passenger", "passengers", "rider", "ridership", "journey", "trip"]
RIDER_PCT = RIDER + ["percent", "fall", "drop", "fifth"]
BUDGET_PCT = ["percent", "budget", "spending", "share", "maintenance"]
TRACK_PCT = ["percent", "track", "tracks", "network", "share", "rail"]
DERAIL = ["derailment", "derailments", "accident", "accidents", "incident", "incidents"]
BUS = ["bus", "buses", "replacement bus", "vehicle", "vehicles"]
WITNESS = PEOPLE + ["witness", "witnesses"]

EMS = ["emergency medical service", "emergency service", "medical service", "ems", "petrova-lasz"]
PETROVA = ["petrova-lasz", "anika petrova-lasz", "emergency medical service", "director"]
KMT = ["kmt", "municipal transport company", "transport company", "malec"]
PASSENGERS = ["passengers", "passenger", "brzoska"]
HALAS = ["halas", "radomir halas", "minister", "transport minister", "minister of infrastructure and transport"]
KOR = ["korvel on rails", "passengers' association", "passengers association", "nowik"]
TARVO = ["manufacturer", "tarvo"]
AUDIT = ["audit office", "city's audit office"]
TUNION = ["tram drivers' union", "drivers' union", "union", "lis"]
INSPECT = ["state railway inspectorate", "railway inspectorate", "inspectorate"]

# --- Santa Brisa migrant boat (Meloria) ----------------------------------------------------------------
B_DEAD = PEOPLE + ["dead", "death", "toll", "killed", "victim", "drowned", "body", "bodies", "migrant"]
MISSING = PEOPLE + ["missing", "unaccounted", "migrant"]
RESCUED = PEOPLE + ["survivor", "survivors", "rescued", "migrant", "migrants"]
MEN = RESCUED + ["man", "men"]
WOMEN = RESCUED + ["woman", "women"]
CHILDREN = RESCUED + ["child", "children", "minor", "minors"]
ONBOARD = PEOPLE + ["passenger", "passengers", "migrant", "migrants", "on board", "aboard", "occupant"]
AIRCRAFT = ["helicopter", "helicopters", "aircraft"]
BOAT = ["boat", "boats", "patrol boat", "vessel", "vessels", "ship", "ships"]
B_HOSP = PEOPLE + ["survivor", "survivors", "patient", "hospitalised", "hospitalized", "migrant"]
B_HOSP_CH = B_HOSP + ["child", "children"]
ISLANDERS = RESIDENTS + ["inhabitants", "islander", "islanders"]
CROSSING = B_DEAD + MISSING + ["migrants"]
ARRIVAL = PEOPLE + ["migrant", "migrants", "arrival", "arrivals"]
ARRIVAL_PCT = ARRIVAL + ["percent", "increase", "rise"]
BODY = ["body", "bodies", "dead", "victim"]
CENTRE = PEOPLE + ["capacity", "place", "places", "migrant", "migrants", "resident", "bed", "beds"]
ARREST = PEOPLE + ["man", "men", "suspect", "suspects", "smuggler", "smugglers", "arrested", "survivor"]

CG = ["coast guard", "ventresca"]
VENTRESCA = ["ventresca", "dario ventresca", "coast guard"]
SURVIVORS = ["survivors", "survivor"]
OW = ["open waters", "charity", "vogt"]
HEALTHSVC = ["health service", "island's health service"]
RCM = ["refugee council of meloria", "refugee council"]
MININT = ["interior ministry", "ministry"]
DEIANA = ["deiana", "rocco deiana", "mayor"]
PROSEC = ["prosecutors", "prosecutor"]

# --- Tarnwick measles outbreak (East Felding) ---------------------------------------------------------
CASE = PEOPLE + ["case", "cases", "infection", "infections", "infected", "patient", "ill"]
PUPIL_CASE = CASE + ["pupil", "pupils", "child", "children", "student", "students"]
STAFF_CASE = CASE + ["staff", "member", "members", "teacher", "teachers", "adult"]
M_HOSP = PEOPLE + ["child", "children", "patient", "admitted", "hospitalised", "hospitalized", "treated"]
VAX_PCT = ["percent", "pupil", "pupils", "vaccination", "coverage", "vaccinated", "uptake", "dose", "doses",
           "immunisation", "rate"]
PUPIL = PEOPLE + ["pupil", "pupils", "child", "children", "student", "students"]
JAB = ["jab", "jabs", "vaccination", "vaccinations", "dose", "doses", "vaccine", "injection"]
CLINIC = ["clinic", "clinics", "vaccination clinic"]
NURSE = PEOPLE + ["nurse", "nurses", "school nurse", "school nurses", "staff"]
SPREAD_PCT = ["percent", "people", "person", "infected", "contact", "contacts", "unvaccinated"]

OFFICIALS = ["health officials", "officials", "public health agency", "health agency", "agency", "okoro"]
AGENCY = ["east felding public health agency", "public health agency", "health agency", "agency"]
OKORO = ["okoro", "samuel okoro", "public health agency", "health agency", "agency"]
HOSPITAL = ["hospital", "spokeswoman", "tarnwick general hospital"]
FORUM = ["tarnwick parents' forum", "parents' forum", "parents forum", "pryce"]
MINHEALTH = ["health ministry", "ministry"]
LOWE = ["lowe", "martin lowe", "headteacher"]
NAIR = ["nair", "priya nair", "councillor"]

A = {}

A["01_dunmere-chlorine-leak_meridianwire.txt"] = ("2026-06-11", [
    ("thousands evacuated", [], THOUSANDS, EVAC, None),
    ("killed one worker", FIRE, ex(1), DEAD, "2026-06-10"),
    ("and forced at least 3,000 residents from their homes overnight, the fire service said on Thursday", FIRE,
     atl(3000), EVAC, "2026-06-10"),
    ("after a valve failed on one of the plant's four storage tanks", OSTRAND, ex(4), TANK, None),
    ("The regional health authority said 46 people were taken to hospital overnight", HA, ex(46), HOSP,
     "2026-06-10"),
    ("Eight of them were in a serious condition, it said", HA, ex(8), HOSP, None),
    ("said 14 people were working at the site when the leak began", MARITEL, ex(14), WORKER, "2026-06-10"),
    ("said some 700 people had spent the night in emergency shelters", LYKKE, ap(700, 630, 770), SHELTER,
     "2026-06-10"),
    ("The Sorby works, which employs about 380 people", [], ap(380, 342, 418), EMPLOYEE, None),
    ("In 2019, a smaller leak of hydrochloric acid at the same plant sent eight people to hospital", [], ex(8),
     HOSP, None),
])

A["02_dunmere-chlorine-leak_avrnews.txt"] = ("2026-06-12", [
    ("hospital count rises to 71", [], ex(71), HOSP, None),
    ("bringing the death toll to two, the company said on Friday", MARITEL, ex(2), DEAD, None),
    ("The regional health authority said 71 people had been treated in hospital since the leak", HA, ex(71),
     HOSP, None),
    ("up from 46 on Thursday", HA, ex(46), HOSP, None),
    ("Twelve remained in hospital on Friday morning", SELV, ex(12), HOSP, "2026-06-12"),
    ("three of them in intensive care, said the authority's medical director, Dr Karin Selv", SELV, ex(3), ICU,
     "2026-06-12"),
    ("Maritel says 14 people were working at the plant when the leak began", MARITEL, ex(14), WORKER,
     "2026-06-10"),
    ("12 of its own employees", MARITEL, ex(12), WORKER, "2026-06-10"),
    ("and two contractors", MARITEL, ex(2), CONTRACTOR, "2026-06-10"),
    ("said 22 workers had been on the night shift", BRUUN, ex(22), WORKER, "2026-06-10"),
    ("the night shift's safety team was cut from six people", BRUUN, ex(6), SAFETY, None),
    ("to three in 2024", BRUUN, ex(3), SAFETY, None),
    ("now two families have lost someone", BRUUN, ex(2), FAMILY, None, True),
    ("Dunmere town council said 4,200 residents", COUNCIL, ex(4200), EVAC, None),
    ("from 1,650 homes had been evacuated by Thursday afternoon", COUNCIL, ex(1650), HOMES, None),
    ("Eleven schools stayed closed on Friday", [], ex(11), SCHOOL, "2026-06-12"),
    ("More than 10,000 people live within 3 km of the plant, the group said", GREEN, atl(10000), RESIDENTS, None),
    ("The country has 38 industrial sites classed as high-hazard", ENVMIN, ex(38), SITE, None),
])

A["03_dunmere-chlorine-leak_dunmereherald.txt"] = ("2026-06-13", [
    ("Most of the 4,200 people evacuated after Wednesday's chlorine leak", [], ex(4200), EVAC, None),
    ("By last night about 85% of evacuated residents had returned, council spokesman Erik Holt said", HOLT,
     ap(85, 76, 94), RETURN, "2026-06-12"),
    ("About 400 people packed a public meeting at Sorby community hall last night", [], ap(400, 360, 440), MEETING,
     "2026-06-12"),
    ("The two men who died", [], ex(2), DEAD, None),
    ("The Sorby Residents' Association says at least 130 people have needed treatment", SRA, atl(130), TREATED,
     None),
    ("far more than the 71 counted by the health authority", HA, ex(71), TREATED, None),
    ("\"dozens more\" may have been seen by family doctors", SELV, DOZENS, TREATED, None),
    ("Nine people were still in hospital last night, she said", SELV, ex(9), HOSP, "2026-06-12"),
    ("The company insists 14 people were on site when the valve failed", MARITEL, ex(14), WORKER, "2026-06-10"),
    ("the union says 22", AKF, ex(22), WORKER, "2026-06-10"),
    ("the plant's three remaining storage tanks had been emptied", MARITEL, ex(3), TANK, None),
    ("Maritel says the 380 jobs at the plant are safe", MARITEL, ex(380), EMPLOYEE, None),
    ("which says more than 10,000 people live within 3 km of the plant", GREEN, atl(10000), RESIDENTS, None),
    ("By last night it had gathered more than 5,000 signatures", [], atl(5000), SIGNATURE, None),
    ("a fund of 2 million crowns", LYKKE, ex(2000000), MONEY, None, True),
])

A["04_korvel-tram-derailment_dta.txt"] = ("2026-09-14", [
    ("tram derails in Korvel, two dead", [], ex(2), T_DEAD, None),
    ("and 37 injured", [], ex(37), T_INJ, None),
    ("Two persons died", EMS, ex(2), T_DEAD, "2026-09-14"),
    ("and 37 were injured this Monday morning", EMS, ex(37), T_INJ, "2026-09-14"),
    ("nine of the injured are in serious condition", PETROVA, ex(9), T_INJ, None),
    ("the tram was carrying about 180 passengers at the moment of the derailment", KMT, ap(180, 162, 198), T_PASS,
     "2026-09-14"),
    ("with more than 250 persons on board", PASSENGERS, atl(250), T_PASS, "2026-09-14"),
    ("The firemen deployed some 120 rescuers", [], ap(120, 108, 132), RESCUER, "2026-09-14"),
    ("and two cranes to lift the tram", [], ex(2), CRANE, "2026-09-14"),
    ("announced that the 31 trams of the model Tarvo T-20", HALAS, ex(31), TRAM, None),
    ("KMT operates a fleet of 96 trams", [], ex(96), TRAM, None),
    ("transports some 60,000 passengers per day, according to the company", KMT, ap(60000, 54000, 66000), RIDER,
     None),
    ("a derailment of a tram of line 2 in the same city left 14 injured", [], ex(14), T_INJ, None),
])

A["05_korvel-tram-derailment_korvelobserver.txt"] = ("2026-09-19", [
    ("it killed three people", [], ex(3), T_DEAD, None),
    ("The Emergency Medical Service’s final count of 41 injured", EMS, ex(41), T_INJ, "2026-09-14"),
    ("includes four people who went to hospital on their own", EMS, ex(4), T_INJ, None),
    ("still says the tram was carrying about 180 passengers", KMT, ap(180, 162, 198), T_PASS, "2026-09-14"),
    ("suggest there were nearly 300 people on board", KOR, atm(300, 270), T_PASS, "2026-09-14"),
    ("The Tarvo T-20 is designed for 212 passengers", TARVO, ex(212), CAPACITY, None),
    ("64 of them seated, according to its manufacturer", TARVO, ex(64), CAPACITY, None),
    ("Korvel spent 14% of its public transport budget on track maintenance last year", AUDIT, ex(14), BUDGET_PCT,
     None),
    ("down from 22% in 2019", AUDIT, ex(22), BUDGET_PCT, None),
    ("The tram drivers’ union says some 40% of the network’s track", TUNION, ap(40, 36, 44), TRACK_PCT, None),
    ("recorded 23 derailments on the Korvel network between 2020 and 2025", INSPECT, ex(23), DERAIL, None),
    ("left 14 people injured", INSPECT, ex(14), T_INJ, None),
    ("KMT’s fleet of 96 trams", KMT, ex(96), TRAM, None),
    ("includes the 31 T-20s that were pulled from service by the transport minister on Monday", KMT, ex(31), TRAM,
     "2026-09-14"),
    ("That has left the city short of almost a third of its trams", [], atm(33.3, 30), TRAM_PCT, None),
    ("KMT has put 45 replacement buses on the tram routes", [], ex(45), BUS, None),
    ("Prosecutors have questioned 26 witnesses", [], ex(26), WITNESS, None),
    ("an estimated 250 million korun", KMT, ex(250000000), MONEY, None, True),
    ("Ridership on line 4 has fallen by a fifth since Monday, KMT says", KMT, ap(20, 18, 22), RIDER_PCT, None),
])

A["06_santa-brisa-migrant-boat_southwire.txt"] = ("2026-07-19", [
    ("At least nine dead", [], atl(9), B_DEAD, None),
    ("dozens missing", [], DOZENS, MISSING, None),
    ("At least nine people drowned", CG, atl(9), B_DEAD, "2026-07-18"),
    ("pulled 112 people from the water overnight", VENTRESCA, ex(112), RESCUED, "2026-07-18"),
    ("among them 87 men", VENTRESCA, ex(87), MEN, "2026-07-18"),
    ("19 women", VENTRESCA, ex(19), WOMEN, "2026-07-18"),
    ("and six children, coast guard spokesman", VENTRESCA, ex(6), CHILDREN, "2026-07-18"),
    ("about 160 people had been on board", SURVIVORS, ap(160, 144, 176), ONBOARD, "2026-07-18"),
    ("Dozens were still missing on Sunday evening, he said", VENTRESCA, DOZENS, MISSING, "2026-07-19"),
    ("On Sunday two helicopters", VENTRESCA, ex(2), AIRCRAFT, "2026-07-19"),
    ("and four patrol boats were searching", VENTRESCA, ex(4), BOAT, "2026-07-19"),
    ("said it believed at least 200 people had been on board", OW, atl(200), ONBOARD, "2026-07-18"),
    ("Fourteen survivors were taken to hospital in Porto Sal on Sunday", HEALTHSVC, ex(14), B_HOSP, "2026-07-19"),
    ("two of them children, according to the island's health service", HEALTHSVC, ex(2), B_HOSP_CH, "2026-07-19"),
    ("a rocky island of 6,000 inhabitants", [], ex(6000), ISLANDERS, None),
    ("More than 1,900 people have died or gone missing on the crossing so far this year", RCM, atl(1900), CROSSING,
     None),
    ("Some 23,400 migrants have reached Meloria by sea since January", MININT, ap(23400, 21060, 25740), ARRIVAL,
     None),
    ("an increase of 35 percent on the same period of last year, according to the interior ministry", MININT,
     ex(35), ARRIVAL_PCT, None),
])

A["07_santa-brisa-migrant-boat_brisagazette.txt"] = ("2026-07-21", [
    ("toll rises to 17", [], ex(17), B_DEAD, None),
    ("Divers recovered eight more bodies yesterday", CG, ex(8), BODY, "2026-07-20"),
    ("bringing the number of dead to 17, the coast guard said", CG, ex(17), B_DEAD, "2026-07-18"),
    ("Fourteen people remain missing, the coast guard said", CG, ex(14), MISSING, None),
    ("It now believes about 140 people were on board", CG, ap(140, 126, 154), ONBOARD, "2026-07-18"),
    ("The charity maintains that at least 200 people were on the boat", OW, atl(200), ONBOARD, "2026-07-18"),
    ("it feared the real toll was \"more than 60\"", OW, atl(60), B_DEAD, "2026-07-18"),
    ("Forensic teams have so far identified 11 of the dead", [], ex(11), B_DEAD, None),
    ("The 112 survivors are being housed", [], ex(112), RESCUED, "2026-07-18"),
    ("which was built for 250 people", DEIANA, ex(250), CENTRE, None),
    ("and now holds more than 700, according to the island's mayor", DEIANA, atl(700), CENTRE, None),
    ("arrested two men among the survivors", [], ex(2), ARREST, "2026-07-20"),
    ("up to 4,000 marks", PROSEC, atm(4000), MONEY, None, True),
    ("brought the number of people who have died or gone missing on the Serran Sea crossing this year to nearly "
     "2,000", RCM, atm(2000, 1800), CROSSING, None),
])

A["08_tarnwick-measles-schools_feldingecho.txt"] = ("2026-03-05", [
    ("climbs to 66 cases", [], ex(66), CASE, None),
    ("has spread to five schools", OFFICIALS, ex(5), SCHOOL, None),
    ("with 66 confirmed cases, health officials said yesterday", OFFICIALS, ex(66), CASE, None),
    ("the cases were 64 pupils", AGENCY, ex(64), PUPIL_CASE, None),
    ("and two members of staff", AGENCY, ex(2), STAFF_CASE, None),
    ("when 18 cases had been confirmed", AGENCY, ex(18), CASE, "2026-02-19"),
    ("Eleven children have been admitted to Tarnwick General Hospital", OKORO, ex(11), M_HOSP, None),
    ("two of them to intensive care with pneumonia", OKORO, ex(2), M_HOSP + ["intensive care"], None),
    ("confirmed that 11 children had been treated on its paediatric ward", HOSPITAL, ex(11), M_HOSP, None),
    ("the real number of cases is \"well over 100\"", FORUM, atl(100), CASE, None),
    ("only 81% of pupils at the affected schools have had both doses", AGENCY, ex(81), VAX_PCT, None),
    ("well short of the 95% needed to stop the virus spreading", AGENCY, ex(95), VAX_PCT, None),
    ("The national average is 89%, according to the health ministry", MINHEALTH, ex(89), VAX_PCT, None),
    ("about 340 pupils who are not fully vaccinated", [], ap(340, 306, 374), PUPIL, None),
    ("Together the affected schools have 2,150 pupils", [], ex(2150), PUPIL, None),
    ("29 pupils have been off with measles, headteacher Martin Lowe said", LOWE, ex(29), PUPIL_CASE, None),
    ("gave 412 jabs on Saturday, its first day, the agency said", AGENCY, ex(412), JAB, "2026-02-28"),
    ("It said it would open two more clinics", AGENCY, ex(2), CLINIC, None),
    ("one child can infect nine out of ten unvaccinated people", OKORO, ex(90), SPREAD_PCT, None, True),
    ("infected 230 people", [], ex(230), CASE, None),
    ("The county had 14 school nurses in 2018", NAIR, ex(14), NURSE, None),
    ("and now has six, she said", NAIR, ex(6), NURSE, None),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "corroborated", ["01-2", "02-2", "03-4"],
     "deaths from the Sorby chlorine leak: one (fire service, 2026-06-10) -> two (Maritel; the Dunmere Herald's "
     "own voice), the second on Thursday night"),
    ("F2", "corroborated", ["01-1", "01-3", "02-14", "03-1"],
     "residents evacuated: thousands (wire headline) / at least 3,000 overnight (fire service) -> 4,200 (town "
     "council; the Herald's own voice)"),
    ("F3", "disputed", ["01-5", "02-1", "02-3", "02-4", "03-5", "03-6"],
     "people treated after the leak: 46 -> 71 in hospital (regional health authority; AVR headline) vs at least "
     "130 (Sorby Residents' Association)"),
    ("F4", "disputed", ["01-7", "02-7", "02-8", "02-9", "02-10", "03-9", "03-10"],
     "people on site when the leak began: 14 = 12 employees + 2 contractors (Maritel) vs 22 (union AKF)"),
    ("F5", "corroborated", ["01-9", "03-12"],
     "staff of the Sorby works: about 380 (the wire's own voice) / 380 jobs (Maritel)"),
    ("F6", "single_source", ["02-17", "03-13"],
     "people living within 3 km of the plant: more than 10,000 (Green Coast, in two outlets)"),
    ("F7", "consistent", ["04-1", "04-3", "05-1"],
     "dead in the Korvel tram derailment: 2 on 2026-09-14 (Emergency Medical Service; DTA headline) -> 3 (the "
     "Observer's own voice, after a passenger died on Wednesday)"),
    ("F8", "single_source", ["04-2", "04-4", "05-2"],
     "injured in the derailment: 37 -> 41 (Emergency Medical Service; DTA headline)"),
    ("F9", "disputed", ["04-6", "04-7", "05-4", "05-5"],
     "passengers on the tram: about 180 (KMT, twice) vs more than 250 (passengers) vs nearly 300 (Korvel on "
     "Rails)"),
    ("F10", "corroborated", ["04-11", "05-13"], "KMT's tram fleet: 96 (DTA's own voice; KMT's annual report)"),
    ("F11", "corroborated", ["04-10", "05-14"],
     "Tarvo T-20 trams withdrawn: 31 (transport minister Halas; KMT)"),
    ("F12", "corroborated", ["04-13", "05-12"],
     "injured in the March 2024 line 2 derailment: 14 (DTA's own voice; State Railway Inspectorate) -- a "
     "background event, kept apart from F8"),
    ("F13", "disputed", ["06-1", "06-3", "07-1", "07-3", "07-7"],
     "dead in the Santa Brisa shipwreck (2026-07-18): at least 9 -> 17 (coast guard; headlines) vs more than 60 "
     "feared (Open Waters)"),
    ("F14", "disputed", ["06-8", "06-12", "07-5", "07-6"],
     "people on board: about 160 (survivors) vs at least 200 (Open Waters, twice) vs about 140 (coast guard)"),
    ("F15", "corroborated", ["06-4", "06-5", "06-6", "06-7", "07-9"],
     "people rescued: 112 = 87 men + 19 women + 6 children (coast guard); 112 survivors (the Gazette's own "
     "voice)"),
    ("F16", "single_source", ["06-2", "06-9"],
     "people missing on Sunday 2026-07-19: dozens (coast guard; SWP headline). The Gazette's 14 still missing is "
     "a later state and left out"),
    ("F17", "single_source", ["06-16", "07-14"],
     "dead or missing on the Serran Sea crossing this year: more than 1,900 -> nearly 2,000 (Refugee Council of "
     "Meloria, in both outlets)"),
    ("F18", "disputed", ["08-1", "08-3", "08-4", "08-5", "08-10"],
     "Tarnwick measles cases: 66 = 64 pupils + 2 staff (public health agency; headline) vs well over 100 "
     "(Tarnwick Parents' Forum)"),
    ("F19", "corroborated", ["08-7", "08-9"],
     "children admitted to Tarnwick General Hospital with measles: 11 (Dr Okoro; the hospital)"),
]


if __name__ == "__main__":
    write(HERE, "fresh11.gold.json", A, FACTS)
