"""Builds fresh8.gold.json from the annotations below (run: python3 build_gold.py).

The eighth fresh set, written BLIND: 8 invented articles on 4 events, written in wire / newspaper / broadcaster
styles (Reuters-style "(Globalwire) -" and "(Continental Press) -" datelines with reporting/editing credits, AP
"(AP) —" dateline with bare weekdays, a broadcaster web piece with no dateline and "... the agency says", a national
broadsheet feature and a local paper with bylines and "yesterday"/"last night", and a question-and-answer
explainer) —
a rain-triggered landslide at Mirenje, Solanje (3 outlets over 5 days: deaths at least 11 -> 23 = 14 adults + 9
children -> 27 (disaster agency; 27 bodies, ten of them children, at the district mortuary); missing: more than 40
(agency) / about 60 (district governor) on Sunday -> 31 on Monday -> 19 on Thursday (agency) vs a list of 52 names ->
more than 40 (village committee); displaced: about 1,200 (Red Cross) -> 1,450 "residents forced from their homes"
(county) -> nearly 1,600 in camps (Red Cross); houses: at least 35 buried -> 47 destroyed (county engineer, agency)),
a volcanic eruption of Mount Telka on Corran island, Velmar (2 outlets: evacuees thousands / more than 9,000 ->
9,340 -> 11,240 (provincial disaster office) vs "closer to 15,000" (the mayor); deaths 2 (police) -> 3 (disaster
office); evacuation centres 22 -> 31; damaged houses more than 100 -> 212, 64 of them destroyed; 46 flights
cancelled), a march against a 38% water price rise in Velgrad, Darnovia (2 outlets: crowd 18,000 (police) -> 19,500
(interior ministry) vs 65,000 (organisers), "tens of thousands" in the outlet's voice; arrests 27 -> 31; officers
injured 14 -> 16; protesters injured 9 (police) vs more than 40 (organisers); leaks 45% (minister, company)), and a
health board's hospital waiting list in Haldane Valley (1 outlet, an explainer: 84,312 = 61,870 outpatients + 22,442
inpatients/day cases at the end of February vs "well over 100,000" (a patients' group); 41% waiting over 18 weeks vs
the group's "four in ten").
Annotated by hand by the README rules of ../shared/eval WITHOUT reading the system's code or docs and WITHOUT running
the extractor, claimlog or the scorer on these articles. Each claim: evidence (exact substring), speaker aliases
([] = the article's own voice), quantity, subject nouns, date [, optional]. Conventions (as in fresh5-fresh7 and the
dev gold):
- A date is given when the figure's clause (or the event it counts) fixes the day: deaths, buried/destroyed houses
  and displacement caused by a one-day event (the landslide on Sunday 2026-02-08, the eruption late on Wednesday
  2026-03-04, the march on Saturday 2026-01-24) take the event's day even when the figure is given days later
  ("23 bodies had been recovered", "212 houses had been damaged in the eruption"); "said yesterday/on Thursday that
  N were still missing", "by Thursday afternoon", "open last night" take that day; parts of a dated count (the
  waiting list "at the end of February" and its breakdown by stage and specialty) take the count's day. Cumulative
  counts over several days ("31 people had now been arrested", "treated 86 people ... since Wednesday", "1,450
  residents had been forced from their homes" when the lower village was cleared on a second day), states without a
  stated day ("are now living in camps", "says more than 40 people are still missing"), counts for a month ("in
  February") and background figures with only a year are left undated. Headlines are undated.
- Speakers: a sentence without its own attribution that continues an attributed one ("Of those waiting, ...")
  keeps that speaker, and so does a figure after the attribution in the same sentence ("..., the board's monthly
  report shows, up from 76,905 a year earlier - a rise of nearly 10%"); a figure quoted from another party ("The
  government says 31" in the committee chairman's quote, "an initial police estimate of 18,000", "Organisers have
  said 65,000") is attributed to the party it comes from; headlines, "tens of thousands of people marched", the
  background "this year's 38% rise" in the government's offer and "where 27 people are now known to have died" are
  the outlet's own voice.
- Optional: back-references that restate a figure already given in the same article ("The 38% rise took effect"),
  a family's losses ("lost three members of her family", "her four children"), rainfall in millimetres (as volumes
  in fresh7), a fraction in a quote ("Half of my town"), a target percentage ("The target ... is 92%"), and money
  (solani, dinar, pounds; as in fresh4-7).
- Ages, years, durations ("72 hours", "two years", "18 weeks", "a decade"), ordinals ("a second, smaller slide",
  "a third victim"), distances ("30 km", "7 kilometers"), angles ("30 degrees"), times ("10 p.m.") and calendar
  dates ("1 January", "January 20 to 22") are no claims.
- Parts are grouped with their total (adults + children in the death toll, outpatients + inpatients in the waiting
  list). Increments ("four detained on Sunday"), subsets that are no partition (64 destroyed of 212 damaged houses,
  2,870 children among the evacuees, 22 charged of 31 arrested, one officer seriously hurt, 387 waiting over two
  years) and counts of a different thing (14 names removed from the list, 80 unsafe houses, a third of the houses
  as a share) are left out of the facts.
- Statuses: disputed = different sources give incompatible figures; corroborated = two or more sources (or
  outlets) agree, earlier lower bounds / lower tolls allowed; consistent = compatible different figures from
  different sources (an update 2 -> 3, 27 -> 31, 14 -> 16, 1,200 -> 1,450 -> 1,600); single_source = one source only,
  updating itself (evacuation centres 22 -> 31, both from the provincial disaster office).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, vg, write  # noqa: E402


PEOPLE = ["people", "person"]
MONEY = ["solani", "dinar", "pound", "money", "budget", "cost", "bill", "fund"]
PERCENT = ["percent", "per cent", "share", "proportion"]
THOUSANDS = vg(1000, 9999)
TENS_OF_THOUSANDS = vg(10000, 99999)
DOZENS = vg(24, 99)

# --- Mirenje landslide -------------------------------------------------------------------------------
DEAD = PEOPLE + ["dead", "death", "toll", "victim", "killed", "body", "bodies"]
ADULT = DEAD + ["adult"]
CHILD = DEAD + ["child", "children"]
MISSING = PEOPLE + ["missing", "unaccounted", "name", "names", "trapped"]
RESCUED = PEOPLE + ["survivor", "rescued", "alive"]
INJ = PEOPLE + ["injured", "patient", "casualty"]
HOUSE = ["house", "home", "building", "homes", "houses"]
DISPLACED = PEOPLE + ["displaced", "resident", "evacuee", "homeless", "forced", "camp"]
RESCUER = PEOPLE + ["rescuer", "soldier", "volunteer", "officer", "police", "searcher"]
RAIN = ["rain", "rainfall", "millimetre", "millimeter"]
TREE = ["tree cover", "tree", "forest", "cover"] + PERCENT
SLOPE = ["slope", "forest"] + PERCENT
PICKER = PEOPLE + ["resident", "picker", "tea picker"] + PERCENT
RESIDENT = PEOPLE + ["resident", "population", "villager"]
NAME = PEOPLE + ["name", "names", "missing"]
CAMP_CHILD = PEOPLE + ["child", "children"]
FAMILY = ["family", "families", "household"]
HOUSE_SHARE = HOUSE + PERCENT

NDMA = ["national disaster management agency", "disaster management agency", "agency", "marano"]
MARANO = ["marano", "adaeze marano", "agency", "national disaster management agency"]
LWANGI = ["lwangi", "peter lwangi", "governor", "district governor"]
SRC = ["solanje red cross", "red cross"]
METEO = ["solanje meteorological department", "meteorological department"]
ABEKO = ["abeko", "lena abeko", "president", "government"]
ENVG = ["environmental groups", "environmental group"]
OTIENO = ["otieno", "samuel otieno", "mirenje village committee", "village committee", "committee"]
COMMITTEE = ["mirenje village committee", "village committee", "committee", "otieno", "villagers"]
GOVT_S = ["government", "national disaster management agency", "agency"]
COUNTY = ["county officials", "county", "officials"]
MUTUA = ["mutua", "daniel mutua", "county engineer"]
UKESH = ["university of kesh", "study", "university", "mapping unit"]
MORTUARY = ["mortuary", "ubaro district hospital", "district hospital", "hospital"]

# --- Telka eruption ----------------------------------------------------------------------------------
EVAC = PEOPLE + ["evacuee", "evacuated", "evacuation", "resident", "displaced", "homes", "flee"]
EVAC_CHILD = EVAC + ["child", "children"]
CENTRE = ["evacuation center", "evacuation centre", "center", "centre", "shelter"]
QUAKE = ["earthquake", "quake", "tremor"]
FLIGHT = ["flight"]
PASSENGER = PEOPLE + ["passenger"]
SOLDIER = PEOPLE + ["soldier"]
SHIP = ["ship", "navy ship", "vessel"]
PATIENT = PEOPLE + ["patient", "injured"]
VOLCANO = ["volcano", "volcanoes"]
SCHOOL = ["school"]
CATTLE = ["cattle", "head of cattle", "cow", "livestock", "animal"]
HARVEST = ["harvest", "crop", "coffee"] + PERCENT
TOWN = PEOPLE + ["town", "resident"] + PERCENT

OFFICIALS_T = ["officials", "official", "authorities", "provincial disaster office", "disaster office", "quesada"]
POLICE = ["police"]
IRIGOYEN = ["irigoyen", "pablo irigoyen", "velmar institute of volcanology", "institute of volcanology",
            "institute"]
QUESADA = ["quesada", "marta quesada", "provincial disaster chief", "disaster chief", "provincial disaster office",
           "disaster office"]
DOFFICE = ["provincial disaster office", "disaster office", "office", "quesada"]
AIRPORT = ["operator", "airport operator", "airport"]
DEFMIN = ["defense ministry", "defence ministry", "ministry"]
HOSP_C = ["corran general hospital", "general hospital", "hospital", "spokesman"]
ARDILES = ["ardiles", "felipe ardiles", "mayor"]
EDU = ["education department", "department"]
MUNI = ["municipal engineers", "engineers"]
UNION = ["corran farmers' union", "farmers' union", "farmers union", "union"]
COOP = ["corran coffee growers' cooperative", "coffee growers' cooperative", "growers' cooperative",
        "cooperative", "vidal"]

# --- Velgrad water protest ---------------------------------------------------------------------------
CROWD = PEOPLE + ["crowd", "protester", "demonstrator", "marcher", "participant", "turnout"]
RISE = ["rise", "increase", "water bill", "bill", "price", "tariff"] + PERCENT
BUS = ["bus", "buses"]
PENSION = ["pension", "rise", "increase"] + PERCENT
ARREST = PEOPLE + ["arrest", "arrested", "detained", "suspect"]
CHARGED = ARREST + ["charged"]
OFFICER = PEOPLE + ["officer", "police officer", "policeman", "injured"]
PROT_INJ = PEOPLE + ["protester", "demonstrator", "injured", "hurt"]
LEAK = ["water", "leak", "leaks", "network"] + PERCENT
HOUSEHOLD = ["household", "households", "family", "families"]
COMPLAINT = ["complaint"]
POLL = PEOPLE + ["darnovian", "respondent", "voter"] + PERCENT
ADULTS_POLL = PEOPLE + ["adult", "respondent", "sample"]
CUSTOMER = PEOPLE + ["customer", "resident"]

COALITION = ["coalition for public water", "coalition", "organisers", "organizers", "horvat"]
HORVAT = ["horvat", "jana horvat", "coalition for public water", "coalition"]
SEKULIC = ["sekulic", "maria sekulic"]
ILIC = ["ilic", "petar ilic", "infrastructure minister", "minister"]
VELAQUA = ["velaqua", "company"]
DCA = ["darnovian consumers' association", "consumers' association", "consumers association", "association",
       "bartos"]
BARTOS = ["bartos", "ivo bartos", "darnovian consumers' association", "consumers' association", "association"]
GOV_D = ["government", "petrov", "dragan petrov", "prime minister"]
OPPOSITION = ["opposition parties", "opposition"]
INTERIOR = ["interior ministry", "ministry"]
MEDIAN = ["median", "median agency", "poll"]

# --- Haldane Valley waiting list ---------------------------------------------------------------------
WAIT = PEOPLE + ["patient", "waiting", "waiting list", "list", "number"]
OUTPAT = WAIT + ["outpatient", "appointment"]
INPAT = WAIT + ["inpatient", "operation", "treatment", "day case"]
LONGWAIT = WAIT + PERCENT
GROWTH = WAIT + ["rise", "increase"] + PERCENT
ORTHO = WAIT + ["orthopaedics", "orthopedics", "specialty"]
DIAG = PEOPLE + ["patient", "test", "diagnostic", "diagnostic test", "scan"]
OPERATION = ["operation", "planned operation"]
OP_RISE = OPERATION + ["rise", "increase", "more"] + PERCENT
THEATRE = ["theatre", "theater", "operating theatre"]

BOARD = ["haldane valley health board", "health board", "board", "report", "monthly report", "diagnostics report"]
HPV = ["haldane patients' voice", "patients' voice", "patients voice", "campaign group", "campaigners", "hughes"]
HUGHES = ["hughes", "mererid hughes", "haldane patients' voice", "patients' voice", "patients voice"]
PROSSER = ["prosser", "alun prosser", "chief executive", "board"]
GOVFIG = ["government figures", "government"]

A = {}

A["01_mirenje-landslide_globalwire.txt"] = ("2026-02-08", [
    ("at least 11 dead", [], atl(11), DEAD, None),
    ("killing at least 11 people", NDMA, atl(11), DEAD, "2026-02-08"),
    ("leaving more than 40 missing, the National Disaster Management Agency said", NDMA, atl(40), MISSING,
     "2026-02-08"),
    ("had pulled six people alive from the mud by midday", MARANO, ex(6), RESCUED, "2026-02-08"),
    ("Eighteen injured people were taken to the district hospital", MARANO, ex(18), INJ, "2026-02-08"),
    ("The agency said at least 35 houses had been buried", NDMA, atl(35), HOUSE, "2026-02-08"),
    ("about 60 people could still be under the mud", LWANGI, ap(60, 53, 67), MISSING, "2026-02-08"),
    ("The Solanje Red Cross said about 1,200 people had been displaced", SRC, ap(1200, 1060, 1340), DISPLACED,
     "2026-02-08"),
    ("About 400 soldiers, police officers and volunteers were taking part in the search", MARANO,
     ap(400, 350, 450), RESCUER, None),
    ("310 millimetres of rain", METEO, ex(310), RAIN, None, True),
    ("release 500 million solani", ABEKO, ex(500000000), MONEY, None, True),
    ("In 2019, 34 people died", [], ex(34), DEAD, None),
    ("stripped the Ubaro hills of nearly half their tree cover", ENVG, atm(50, 45), TREE, None),
])

A["02_mirenje-landslide_solanjestandard.txt"] = ("2026-02-10", [
    ("Mirenje death toll climbs to 23", [], ex(23), DEAD, None),
    ("We have 52 names on our list", OTIENO, ex(52), MISSING, None),
    ("The government says 31", GOVT_S, ex(31), MISSING, None),
    ("said yesterday that 23 bodies had been recovered from the mud", NDMA, ex(23), DEAD, "2026-02-08"),
    ("14 adults", NDMA, ex(14), ADULT, "2026-02-08"),
    ("and nine children", NDMA, ex(9), CHILD, "2026-02-08"),
    ("and that 31 people were still missing", NDMA, ex(31), MISSING, "2026-02-09"),
    ("when it put the number at more than 40", NDMA, atl(40), MISSING, "2026-02-08"),
    ("who lost three members of her family", [], ex(3), DEAD + ["family", "relative"], "2026-02-08", True),
    ("County officials said 1,450 residents had been forced from their homes", COUNTY, ex(1450), DISPLACED, None),
    ("said 47 houses had been destroyed", MUTUA, ex(47), HOUSE, "2026-02-08"),
    ("another 80 were too dangerous to live in", MUTUA, ex(80), HOUSE, None),
    ("About 70% of Mirenje's", MUTUA, ap(70, 65, 75), PICKER, None),
    ("roughly 2,300 residents", MUTUA, ap(2300, 2050, 2550), RESIDENT, None),
    ("found that 61% of the slopes in Ubaro district", UKESH, ex(61), SLOPE, None),
    ("The government has released 500 million solani for relief", ["government"], ex(500000000), MONEY, None,
     True),
])

A["03_mirenje-landslide_bncnews.txt"] = ("2026-02-12", [
    ("death toll reaches 27", [], ex(27), DEAD, None),
    ("where 27 people are now known to have died", [], ex(27), DEAD, "2026-02-08"),
    ("said on Thursday that 19 people remained unaccounted for", NDMA, ex(19), MISSING, "2026-02-12"),
    ("says it has received 27 bodies from Mirenje", MORTUARY, ex(27), DEAD, "2026-02-08"),
    ("ten of them children", MORTUARY, ex(10), CHILD, "2026-02-08"),
    ("says more than 40 people are still missing", COMMITTEE, atl(40), MISSING, None),
    ("Agency spokeswoman Adaeze Marano said 14 names had been removed", MARANO, ex(14), NAME, None),
    ("nearly 1,600 people are now living in camps", SRC, atm(1600, 1450), DISPLACED, None),
    ("up from about 1,200 on Sunday", SRC, ap(1200, 1060, 1340), DISPLACED, "2026-02-08"),
    ("registered 312 children under the age of five", SRC, ex(312), CAMP_CHILD, None),
    ("The agency says 47 homes were destroyed", NDMA, ex(47), HOUSE, "2026-02-08"),
    ("around a third of the houses in Mirenje had been buried or badly damaged", UKESH, ap(33, 30, 37),
     HOUSE_SHARE, "2026-02-08"),
    ("She said 2,000 families living on steep slopes", ABEKO, ex(2000), FAMILY, None),
    ("when 34 people were killed in the same district", [], ex(34), DEAD, None),
])

A["04_telka-eruption_apwire.txt"] = ("2026-03-05", [
    ("forcing thousands to flee", [], THOUSANDS, EVAC, None),
    ("forcing more than 9,000 people from their homes, officials said Thursday", OFFICIALS_T, atl(9000), EVAC,
     "2026-03-04"),
    ("Two people were killed, police said", POLICE, ex(2), DEAD, "2026-03-04"),
    ("had recorded more than 200 small earthquakes on Wednesday", IRIGOYEN, atl(200), QUAKE, "2026-03-04"),
    ("said 9,340 people had been evacuated by Thursday afternoon", QUESADA, ex(9340), EVAC, "2026-03-05"),
    ("were staying in 22 evacuation centers", QUESADA, ex(22), CENTRE, "2026-03-05"),
    ("more than 100 houses in the villages of San Lorin and Ocra had been damaged", QUESADA, atl(100), HOUSE,
     "2026-03-04"),
    ("with her four children", [], ex(4), PEOPLE + ["child", "children"], None, True),
    ("its operator said 46 flights had been canceled Thursday", AIRPORT, ex(46), FLIGHT, "2026-03-05"),
    ("stranding about 3,000 passengers", AIRPORT, ap(3000, 2700, 3300), PASSENGER, "2026-03-05"),
    ("it had sent 600 soldiers", DEFMIN, ex(600), SOLDIER, None),
    ("and four navy ships", DEFMIN, ex(4), SHIP, None),
    ("Dozens of people were treated at Corran General Hospital", HOSP_C, DOZENS, PATIENT, None),
    ("one of 14 active volcanoes in Velmar", [], ex(14), VOLCANO, None),
    ("forcing the evacuation of some 5,000 people", [], ap(5000, 4500, 5500), EVAC, None),
])

A["05_telka-eruption_corranecho.txt"] = ("2026-03-07", [
    ("Telka toll rises to three", [], ex(3), DEAD, None),
    ("The office said the death toll stood at three", DOFFICE, ex(3), DEAD, "2026-03-04"),
    ("The disaster office said 11,240 people had now been evacuated", DOFFICE, ex(11240), EVAC, "2026-03-06"),
    ("31 evacuation centres were open last night", DOFFICE, ex(31), CENTRE, "2026-03-06"),
    ("was \"closer to 15,000\"", ARDILES, atm(15000, 13500), EVAC, None),
    ("Half of my town never signed anything", ARDILES, ap(50, 45, 55), TOWN, None, True),
    ("Of those registered, 2,870 were children, the disaster office said", DOFFICE, ex(2870), EVAC_CHILD,
     "2026-03-06"),
    ("all 58 schools on the island will stay closed", EDU, ex(58), SCHOOL, None),
    ("said 212 houses had been damaged in the eruption", MUNI, ex(212), HOUSE, "2026-03-04"),
    ("64 of them destroyed", MUNI, ex(64), HOUSE, "2026-03-04"),
    ("Corran General Hospital said it had treated 86 people", HOSP_C, ex(86), PATIENT, None),
    ("Nine were still in hospital last night", HOSP_C, ex(9), PATIENT, "2026-03-06"),
    ("more than 1,500 head of cattle had been moved off the slopes", UNION, atl(1500), CATTLE, None),
    ("and dozens had died", UNION, DOZENS, CATTLE, None),
    ("up to 40% of this year's harvest has been lost", COOP, atm(40), HARVEST, None),
    ("after 46 flights were cancelled on Thursday", [], ex(46), FLIGHT, "2026-03-05"),
])

A["06_velgrad-water-protest_darnoviantimes.txt"] = ("2026-01-25", [
    ("Tens of thousands march in Velgrad", [], TENS_OF_THOUSANDS, CROWD, None),
    ("Tens of thousands of people marched through the centre of Velgrad yesterday", [], TENS_OF_THOUSANDS, CROWD,
     "2026-01-24"),
    ("a 38% increase in water bills", [], ex(38), RISE, None),
    ("Police put the crowd at 18,000 at its peak", POLICE, ex(18000), CROWD, "2026-01-24"),
    ("said 65,000 people took part", COALITION, ex(65000), CROWD, "2026-01-24"),
    ("We had 140 buses from the provinces alone", HORVAT, ex(140), BUS, "2026-01-24"),
    ("had gone from 2,100", SEKULIC, ex(2100), MONEY, None, True),
    ("to 2,900 dinar", SEKULIC, ex(2900), MONEY, None, True),
    ("My pension went up by 4%", SEKULIC, ex(4), PENSION, None),
    ("Police said 27 people were arrested", POLICE, ex(27), ARREST, "2026-01-24"),
    ("and 14 officers injured", POLICE, ex(14), OFFICER, "2026-01-24"),
    ("one of them seriously", POLICE, ex(1), OFFICER, "2026-01-24"),
    ("Nine protesters were treated for injuries, police said", POLICE, ex(9), PROT_INJ, "2026-01-24"),
    ("The coalition said more than 40 demonstrators had been hurt", COALITION, atl(40), PROT_INJ, "2026-01-24"),
    ("a network that loses 45% of its water through leaks", ILIC, ex(45), LEAK, None),
    ("VelAqua said the average household bill had risen by 38%", VELAQUA, ex(38), RISE, None),
    ("about 120,000 households in the capital are already behind on their water bills", DCA,
     ap(120000, 105000, 135000), HOUSEHOLD, None),
    ("up from 70,000 a year ago", DCA, ex(70000), HOUSEHOLD, None),
    ("had received more than 3,000 complaints", BARTOS, atl(3000), COMPLAINT, None),
    ("police said about 4,000 people marched to the town hall", POLICE, ap(4000, 3500, 4500), CROWD, "2026-01-24"),
])

A["07_velgrad-water-protest_continentalwire.txt"] = ("2026-01-26", [
    ("cut this year's 38% rise in water bills", [], ex(38), RISE, None),
    ("to 19%, two days after", GOV_D, ex(19), RISE, None),
    ("The 38% rise took effect on January 1", [], ex(38), RISE, None, True),
    ("pushing thousands of households into debt", OPPOSITION, THOUSANDS, HOUSEHOLD, None),
    ("19,500 people had taken part in Saturday's march in Velgrad", INTERIOR, ex(19500), CROWD, "2026-01-24"),
    ("an initial police estimate of 18,000", POLICE, ex(18000), CROWD, "2026-01-24"),
    ("Organisers have said 65,000 people attended", COALITION, ex(65000), CROWD, "2026-01-24"),
    ("The ministry said 31 people had now been arrested", INTERIOR, ex(31), ARREST, None),
    ("including four detained on Sunday", INTERIOR, ex(4), ARREST, "2026-01-25"),
    ("Of those, 22 have been charged with violent conduct", INTERIOR, ex(22), CHARGED, None),
    ("the number of police officers injured in Saturday's clashes had risen to 16", INTERIOR, ex(16), OFFICER,
     "2026-01-24"),
    ("more than 40 protesters had been injured by police on Saturday", HORVAT, atl(40), PROT_INJ, "2026-01-24"),
    ("filed 12 complaints with the ombudsman", HORVAT, ex(12), COMPLAINT, None),
    ("found that 71% of Darnovians opposed the price rise", MEDIAN, ex(71), POLL, None),
    ("and 18% supported it", MEDIAN, ex(18), POLL, None),
    ("The poll of 1,050 adults", MEDIAN, ex(1050), ADULTS_POLL, None),
    ("supplies water to about 1.4 million people", VELAQUA, ap(1400000, 1250000, 1550000), CUSTOMER, None),
    ("says its network loses 45% of its water to leaks", VELAQUA, ex(45), LEAK, None),
    ("police estimated that about 50,000 people marched", POLICE, ap(50000, 45000, 55000), CROWD, None),
])

A["08_haldane-waiting-list_haldanecourier.txt"] = ("2026-03-19", [
    ("Why 84,312 people are on Haldane Valley's hospital waiting list", [], ex(84312), WAIT, None),
    ("Nearly 85,000 people are waiting for planned hospital treatment", BOARD, atm(85000, 80000), WAIT, None),
    ("At the end of February, 84,312 people were on the Haldane Valley Health Board's waiting list", BOARD,
     ex(84312), WAIT, "2026-02-28"),
    ("up from 76,905 a year earlier", BOARD, ex(76905), WAIT, None),
    ("a rise of nearly 10%", BOARD, atm(10, 9), GROWTH, None),
    ("Of those waiting, 61,870 were waiting for a first outpatient appointment", BOARD, ex(61870), OUTPAT,
     "2026-02-28"),
    ("the remaining 22,442 for an operation", BOARD, ex(22442), INPAT, "2026-02-28"),
    ("59% of those on the list had been waiting less than 18 weeks", BOARD, ex(59), LONGWAIT, "2026-02-28"),
    ("meaning 41% had waited longer", BOARD, ex(41), LONGWAIT, "2026-02-28"),
    ("The target set by the government is 92%", ["government"], ex(92), LONGWAIT + ["target"], None, True),
    ("In all, 3,118 people had been waiting more than a year", BOARD, ex(3118), WAIT, "2026-02-28"),
    ("among them 387 who had waited more than two years, the report shows", BOARD, ex(387), WAIT, "2026-02-28"),
    ("with 9,604 people waiting, according to the report", BOARD, ex(9604), ORTHO, "2026-02-28"),
    ("almost half of them have waited more than 18 weeks", BOARD, atm(50, 45), ORTHO + PERCENT, "2026-02-28"),
    ("Ear, nose and throat (5,211)", BOARD, ex(5211), WAIT + ["ear, nose and throat", "specialty"], "2026-02-28"),
    ("eye care (4,980)", BOARD, ex(4980), WAIT + ["eye care", "specialty"], "2026-02-28"),
    ("the true number waiting is \"well over 100,000\"", HPV, atl(100000), WAIT, None),
    ("leaves out thousands of people waiting for diagnostic tests", HPV, THOUSANDS, DIAG, None),
    ("you are past 100,000", HUGHES, atl(100000), WAIT, None),
    ("four in ten patients are already waiting longer than they should", HUGHES, ap(40, 35, 45), LONGWAIT, None),
    ("shows 17,406 people waiting for a diagnostic test", BOARD, ex(17406), DIAG, "2026-02-28"),
    ("It carried out 6,240 planned operations in February", PROSSER, ex(6240), OPERATION, None),
    ("11% more than in February last year", PROSSER, ex(11), OP_RISE, None),
    ("Two new operating theatres at Ridgeway Hospital", PROSSER, ex(2), THEATRE, None),
    ("set aside £18m", PROSSER, ex(18000000), MONEY, None, True),
    ("Nationally, 38% of patients on waiting lists had waited more than 18 weeks", GOVFIG, ex(38), LONGWAIT,
     "2026-02-28"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "corroborated", ["01-1", "01-2", "02-1", "02-4", "02-5", "02-6", "03-1", "03-2", "03-4", "03-5"],
     "Mirenje landslide deaths (2026-02-08): at least 11 -> 23 = 14 adults + 9 children (disaster agency) -> 27 "
     "(BNC; 27 bodies, ten of them children, at the Ubaro mortuary)"),
    ("F2", "disputed", ["01-3", "01-7", "02-2", "02-3", "02-7", "02-8", "03-3", "03-6"],
     "people missing after the landslide: more than 40 (agency) / about 60 (governor) on Sunday -> 31 on Monday -> "
     "19 on Thursday (agency) vs 52 names -> more than 40 (village committee)"),
    ("F3", "consistent", ["01-8", "02-10", "03-8", "03-9"],
     "people displaced by the landslide: about 1,200 on Sunday (Red Cross) -> 1,450 residents forced from their "
     "homes (county) -> nearly 1,600 living in camps (Red Cross)"),
    ("F4", "corroborated", ["01-6", "02-11", "03-11"],
     "houses buried/destroyed at Mirenje: at least 35 (agency) -> 47 (county engineer), 47 (agency)"),
    ("F5", "corroborated", ["01-12", "03-14"], "deaths in the 2019 landslide in the same district: 34 (both outlets)"),
    ("F6", "disputed", ["04-1", "04-2", "04-5", "05-3", "05-5"],
     "people evacuated from around Mount Telka: thousands / more than 9,000 (officials) -> 9,340 by 2026-03-05 "
     "(Quesada) -> 11,240 on 2026-03-06 (provincial disaster office) vs closer to 15,000 (mayor Ardiles)"),
    ("F7", "consistent", ["04-3", "05-1", "05-2"],
     "deaths in the eruption of 2026-03-04: 2 (police) -> 3 (provincial disaster office)"),
    ("F8", "single_source", ["04-6", "05-4"],
     "evacuation centres open: 22 on 2026-03-05 -> 31 on 2026-03-06 (provincial disaster office)"),
    ("F9", "consistent", ["04-7", "05-9"],
     "houses damaged in San Lorin and Ocra: more than 100 (Quesada) -> 212 (municipal engineers)"),
    ("F10", "corroborated", ["04-9", "05-16"], "flights cancelled on 2026-03-05: 46 (airport operator; the Echo)"),
    ("F11", "disputed", ["06-1", "06-2", "06-4", "06-5", "07-5", "07-6", "07-7"],
     "marchers in Velgrad on 2026-01-24: tens of thousands (Times), 18,000 (police) -> 19,500 (interior ministry) "
     "vs 65,000 (Coalition for Public Water)"),
    ("F12", "consistent", ["06-10", "07-8"], "arrests over the march: 27 on 2026-01-24 (police) -> 31 (ministry)"),
    ("F13", "consistent", ["06-11", "07-11"],
     "police officers injured in the clashes of 2026-01-24: 14 (police) -> 16 (interior ministry)"),
    ("F14", "disputed", ["06-13", "06-14", "07-12"],
     "protesters injured on 2026-01-24: 9 (police) vs more than 40 (coalition, twice)"),
    ("F15", "corroborated", ["06-3", "06-16", "07-1", "07-3"],
     "rise in water bills from 2026-01-01: 38% (both outlets, VelAqua)"),
    ("F16", "corroborated", ["06-15", "07-18"], "share of water lost to leaks: 45% (minister Ilic, VelAqua)"),
    ("F17", "disputed", ["08-1", "08-2", "08-3", "08-6", "08-7", "08-17", "08-19"],
     "people on the Haldane Valley waiting list (end of February 2026): 84,312 = 61,870 outpatients + 22,442 "
     "inpatients/day cases, nearly 85,000 (health board) vs well over / past 100,000 (Haldane Patients' Voice)"),
    ("F18", "corroborated", ["08-9", "08-20"],
     "share of the list waiting more than 18 weeks: 41% (board) / four in ten (Hughes)"),
]


if __name__ == "__main__":
    write(HERE, "fresh8.gold.json", A, FACTS)
