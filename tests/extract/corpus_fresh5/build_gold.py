"""Builds fresh5.gold.json from the annotations below (run: python3 build_gold.py).

The fifth fresh set: 8 invented articles on 5 events, written in wire / newspaper styles (Reuters-style
dateline, AP "(AP) —" dateline and bare weekdays, BBC-style, local papers with bylines) — a heat wave in
Salvena (2 outlets: ministry toll 112 -> 127 vs an institute's excess deaths "passed 300" -> "close to 400";
Almera province 41 -> 47), a train derailment in Kestria (2 outlets: at least 6 -> 9 killed; about 400 / 372
passengers + 9 crew / 381 on board), a farmers' tractor blockade in Lendia (2 outlets: tractors on Monday
6,500 (federation) vs 2,100 (police) vs roughly 3,000 (city cameras); Tuesday 850 vs "well over 2,000";
18 arrests), a storm blackout in Westmarch (1 outlet) and a salmonella outbreak from school meals in
Kessington (1 outlet). Number words, vague amounts, fractions and ratios, denials, pronoun and short-name
attributions, "according to", and figures that are no claims (ages, years, durations, ordinals, times,
temperatures, distances, money — money is optional, as in fresh4).
Annotated by hand by the README rules of ../shared/eval BEFORE the pipeline was run on them. Each claim:
evidence (exact substring), speaker aliases ([] = the article's own voice), quantity, subject nouns, date
[, optional]. A date is given when the figure's clause (or the event it counts) fixes the day; cumulative
counts over several days and states "now" without a stated day are left undated.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, vg, write  # noqa: E402


PEOPLE = ["people", "person"]
DOZENS = vg(24, 99)
HUNDREDS = vg(100, 999)
THOUSANDS = vg(1000, 9999)

DEAD = PEOPLE + ["dead", "death", "toll", "victim", "killed"]
INJ = PEOPLE + ["injured", "patient", "casualty"]
PATIENT = PEOPLE + ["patient"]
ARREST = PEOPLE + ["protester", "detainee", "arrest", "arrested"]
OFFICER = PEOPLE + ["officer", "police", "policeman"]
SHELTERED = PEOPLE + ["evacuee", "resident", "displaced"]
HOMES = ["home", "house", "household", "customer", "business", "property"]
ON_BOARD = PEOPLE + ["passenger", "traveller"]
TRACTOR = ["tractor"]
FARMER = PEOPLE + ["farmer", "protester", "demonstrator"]
CROWD = PEOPLE + ["crowd", "supporter", "protester", "farmer", "demonstrator", "participant", "mourner"]
PUPIL = PEOPLE + ["child", "children", "pupil", "student"]
CALL = ["call"]

MIN = ["health ministry", "ministry"]
VASQUEZ = ["vasquez", "health minister", "health ministry", "ministry"]
INST = ["salvenan institute of public health", "institute of public health", "institute"]
RUIZ = ["ruiz", "institute"]
CPA = ["civil protection agency", "protection agency", "agency"]
PHO = ["provincial health office", "health office", "office"]
MOLINA = ["molina", "san lucas"]
CAMPO = ["campo unido", "union"]
LABOUR = ["regional labour office", "labour office", "labor office"]
WATER = ["municipal water company", "water company", "company"]
OFFICIALS = ["officials", "official"]
KZ = ["kz rail", "railway", "company"]
HORVAT = ["horvat", "governor"]
GOV_OFFICE = ["governor's office", "governor", "horvat"]
BILIC = ["bilic", "union"]
DOLENC = ["dolenc", "transport minister", "minister"]
NFF = ["national farmers' federation", "farmers' federation", "nff", "federation"]
BERZIN = ["berzin", "federation", "nff"]
POLICE = ["police", "police spokesman"]
AGRI = ["agriculture ministry", "ministry"]
VILMAR = ["vilmar institute", "vilmar"]
CHAMBER = ["tamsk chamber of commerce", "chamber of commerce", "chamber"]
WPOWER = ["westmarch power", "grid operator", "operator", "company"]
GALE = ["gale", "council leader"]
HEALTH_AUTH = ["district health authority", "health authority", "authority"]
OKAFOR = ["okafor", "health authority", "authority"]
BRIGHT = ["brightmeal", "company", "caterer"]
SAFE = ["safe plates"]
DALEY = ["daley", "safe plates"]
EDU = ["local education authority", "education authority"]

A = {}

A["01_salvena-heatwave_southwire.txt"] = ("2025-07-16", [
    ("Salvena heat wave deaths rise to 112, health ministry says", MIN, ex(112), DEAD, None),
    ("At least 112 people have died from heat-related causes in Salvena", MIN, atl(112), DEAD, None),
    ("68 of them died at home, the ministry said", MIN, ex(68), DEAD, None),
    ("It said hospitals had admitted 1,430 people with heatstroke", MIN, ex(1430), PATIENT + ["admission"], None),
    ("The official number captures perhaps a third of the real toll", RUIZ, ap(33, 30, 34), DEAD + ["number"],
     None, True),
    ("excess deaths during the heat wave had already passed 300", INST, atl(300), DEAD, None),
    ("officials said 41 people had died", OFFICIALS, ex(41), DEAD, None),
    ("Emergency services there answered more than 2,600 calls on Monday alone, according to the regional "
     "government", ["regional government", "government"], atl(2600), CALL, "2025-07-14"),
    ("Firefighters were battling 14 blazes on Wednesday morning, the civil protection agency said", CPA, ex(14),
     ["blaze", "fire"], "2025-07-16"),
    ("about 900 residents of two villages near Almera had been evacuated overnight", CPA, ap(900, 800, 1000),
     SHELTERED, None),
    ("about 900 residents of two villages near Almera had been evacuated overnight", CPA, ex(2), ["village"], None,
     True),
    ("Authorities have opened 230 \"cooling rooms\"", [], ex(230), ["room", "cooling"], None),
    ("has been banned in 11 provinces", [], ex(11), ["province"], None),
])

A["02_salvena-heatwave_almeracourier.txt"] = ("2025-07-17", [
    ("Almera's hospitals were still treating dozens of heatstroke patients on Thursday", [], DOZENS, PATIENT,
     "2025-07-17"),
    ("the number of heat deaths in Almera had risen to 47", PHO, ex(47), DEAD, None),
    ("six more than on Tuesday", PHO, ex(6), DEAD, None, True),
    ("Four of the dead were farm workers", PHO, ex(4), DEAD + ["worker"], None),
    ("Two were children.", PHO, ex(2), DEAD + ["child", "children"], None),
    ("her emergency department had seen 380 patients with heat illness", MOLINA, ex(380), PATIENT, None),
    ("compared with about 40 in a normal July week", MOLINA, ap(40, 35, 45), PATIENT, None, True),
    ("We have put 20 extra beds in the corridors", MOLINA, ex(20), ["bed"], None),
    ("Molina said nearly half of the patients were older than 80", MOLINA, atm(50, 40), PATIENT, None),
    ("it had received 156 complaints", CAMPO, ex(156), ["complaint"], None),
    ("inspectors had visited only 19 farms", CAMPO, ex(19), ["farm"], None),
    ("inspectors had carried out 64 checks", LABOUR, ex(64), ["check", "inspection"], None),
    ("fined nine employers", LABOUR, ex(9), ["employer"], None),
    ("the health ministry's toll stood at 127 on Thursday", MIN, ex(127), DEAD, None),
    ("up from 112 a day earlier", MIN, ex(112), DEAD, None, True),
    ("said its figure was now \"close to 400\"", INST, ap(400, 350, 400), DEAD + ["figure", "mortality"], None),
    ("consumption in Almera city was up 35%", WATER, ex(35), ["consumption", "water", "demand"], None),
    ("About 3,000 homes in the hill district of Santa Rosa had no running water for several hours on Wednesday, "
     "the company said", WATER, ap(3000, 2700, 3300), HOMES, "2025-07-16"),
    ("more than 1,100 elderly people living alone, a spokeswoman said", ["red cross", "spokeswoman"], atl(1100),
     PEOPLE + ["elderly"], None),
])

A["03_orlec-derailment_apwire.txt"] = ("2025-03-19", [
    ("Passenger train derails in northern Kestria, killing at least 6", [], atl(6), DEAD, None),
    ("A passenger train carrying about 400 people", OFFICIALS, ap(400, 350, 450), ON_BOARD, "2025-03-18"),
    ("killing at least six people", OFFICIALS, atl(6), DEAD, "2025-03-18"),
    ("injuring dozens, officials said", OFFICIALS, DOZENS, INJ, "2025-03-18"),
    ("Seven of the train's nine carriages left the tracks", KZ, ex(7), ["carriage", "car"], None),
    ("Seven of the train's nine carriages left the tracks", KZ, ex(9), ["carriage", "car"], None, True),
    ("two of them rolled down an embankment", KZ, ex(2), ["carriage", "car"], None),
    ("58 people had been taken to hospitals", HORVAT, ex(58), INJ, None),
    ("11 of them in critical condition", HORVAT, ex(11), INJ, None),
    ("had 372 passengers", KZ, ex(372), ON_BOARD, None),
    ("a crew of 9 on board", KZ, ex(9), ["crew"] + PEOPLE, None),
    ("the governor's earlier figure of about 400", HORVAT, ap(400, 350, 450), ON_BOARD + ["figure"], None),
    ("maintenance crews on the route had been cut from 40 workers to 12", BILIC, ex(40), ["worker", "crew"], None),
    ("maintenance crews on the route had been cut from 40 workers to 12", BILIC, ex(12), ["worker", "crew"], None),
    ("About 150 firefighters, soldiers and volunteers worked through the night", ["civil protection directorate",
     "directorate"], ap(150, 130, 170), PEOPLE + ["firefighter", "rescuer", "soldier", "volunteer"], None),
    ("Hospital officials in Sel said three of the injured were children", ["hospital officials", "officials"],
     ex(3), INJ + ["child", "children"], None),
    ("when 14 people died in a collision near the capital", [], ex(14), DEAD, None),
])

A["04_orlec-derailment_seldaily.txt"] = ("2025-03-20", [
    ("Orlec derailment: toll rises to nine", [], ex(9), DEAD, None),
    ("The number of people killed when the overnight train to Sel left the tracks near Orlec on Tuesday night has "
     "risen to nine", GOV_OFFICE, ex(9), DEAD, "2025-03-18"),
    ("after two of the injured died in hospital", GOV_OFFICE, ex(2), DEAD + INJ, None),
    ("Governor Milan Horvat said 41 people remained in hospital", HORVAT, ex(41), INJ, "2025-03-20"),
    ("eight of them in intensive care", HORVAT, ex(8), INJ, "2025-03-20"),
    ("Seventeen had been discharged, he said", HORVAT, ex(17), INJ, None),
    ("attended by several hundred people", [], HUNDREDS, CROWD, "2025-03-19"),
    ("First they said 400 were on the train", ["kos"], ex(400), ON_BOARD, None, True),
    ("then 372", ["kos"], ex(372), ON_BOARD, None, True),
    ("identified all 381 people on board", KZ, ex(381), ON_BOARD, None),
    ("staffing on the line had fallen by 70 per cent", BILIC, ex(70), ["staffing", "staff", "worker"], None),
    ("the number of track inspectors nationally had risen to 310 from 290", DOLENC, ex(310), ["inspector"], None),
    ("the number of track inspectors nationally had risen to 310 from 290", DOLENC, ex(290), ["inspector"], None),
    ("about 30 buses a day are replacing the trains", [], ap(30, 25, 35), ["bus"], None, True),
])

A["05_lendia-farmers_bbcwire.txt"] = ("2025-02-04", [
    ("with thousands of tractors", [], THOUSANDS, TRACTOR, None),
    ("about 6,500 tractors had taken part in Monday's blockades", NFF, ap(6500, 6000, 7000), TRACTOR, "2025-02-03"),
    ("Monday's blockades on six motorways", NFF, ex(6), ["motorway", "road"], "2025-02-03"),
    ("more than 20,000 farmers had joined protests across the country", NFF, atl(20000), FARMER, None),
    ("officers had counted 2,100 tractors around Tamsk at the peak of the protest on Monday afternoon", POLICE,
     ex(2100), TRACTOR, "2025-02-03"),
    ("\"nowhere near\" 20,000 protesters nationally", POLICE, atm(20000), FARMER, None, True),
    ("about 4,800 euros a year", BERZIN, ap(4800, 4500, 5100), ["euro", "cost", "money"], None, True),
    ("A third of our members will not survive another bad year", BERZIN, ap(33, 30, 34),
     ["member", "farm", "farmer"], None),
    ("the change affects only 38% of farms", AGRI, ex(38), ["farm"], None),
    ("paid out 210m euros in drought aid", ["ozols", "agriculture minister", "minister"], ex(210000000),
     ["euro", "aid", "money"], None, True),
    ("Eighteen people were arrested", POLICE, ex(18), ARREST, None),
    ("Two officers were slightly hurt.", POLICE, ex(2), OFFICER + ["injured"], None),
    ("found 61% of Lendians supported the farmers", VILMAR, ex(61), PEOPLE + ["lendian", "supporter", "respondent"],
     None),
    ("while 27% opposed the protests", VILMAR, ex(27), PEOPLE + ["lendian", "opponent", "respondent"], None),
    ("at least four other European countries", [], atl(4), ["country"], None),
])

A["06_lendia-farmers_tamskevening.txt"] = ("2025-02-05", [
    ("Hundreds of tractors again blocked the Tamsk ring road on Tuesday", [], HUNDREDS, TRACTOR, "2025-02-04"),
    ("Police said 850 tractors were on the ring road", POLICE, ex(850), TRACTOR, "2025-02-04"),
    ("The National Farmers' Federation put the number at \"well over 2,000\"", NFF, atl(2000), TRACTOR + ["number"],
     "2025-02-04"),
    ("The federation stands by its count of 6,500 tractors", NFF, ex(6500), TRACTOR, "2025-02-03"),
    ("police say they counted 2,100", POLICE, ex(2100), TRACTOR, "2025-02-03"),
    ("their cameras had registered roughly 3,000 tractors entering the city on Monday",
     ["city officials", "officials"], ap(3000, 2700, 3300), TRACTOR, "2025-02-03"),
    ("the city education office said 43 schools had closed early on Tuesday",
     ["city education office", "education office"], ex(43), ["school"], "2025-02-04"),
    ("had lost half their usual takings", CHAMBER, ex(50), ["takings", "revenue", "shop", "restaurant"], None),
    ("found that 4 in 10 had sent staff home", CHAMBER, ex(40), ["member", "business", "shop"], None),
    ("seven of the 18 people arrested on Monday were charged", ["prosecutors", "prosecutor"], ex(7),
     ARREST + ["charged"], None),
    ("seven of the 18 people arrested on Monday were charged", ["prosecutors", "prosecutor"], ex(18), ARREST,
     "2025-02-03"),
    ("The other 11 were released without charge", ["prosecutors", "prosecutor"], ex(11), ARREST + ["released"],
     None),
    ("told a rally of about 1,500 supporters", [], ap(1500, 1300, 1700), CROWD, None),
])

A["07_westmarch-blackout_northerntimes.txt"] = ("2025-01-14", [
    ("Storm leaves 180,000 homes without power in Westmarch", [], ex(180000), HOMES, None),
    ("Around 180,000 homes and businesses in Westmarch were still without electricity on Tuesday morning", WPOWER,
     ap(180000, 165000, 195000), HOMES, "2025-01-14"),
    ("more than 420,000 customers had lost power, Westmarch Power said", WPOWER, atl(420000), HOMES, "2025-01-13"),
    ("The company said 1,200 engineers", WPOWER, ex(1200), PEOPLE + ["engineer", "worker", "crew"], None),
    ("including crews borrowed from three neighbouring networks", WPOWER, ex(3), ["network"], None, True),
    ("Two people died.", [], ex(2), DEAD, None),
    ("Police said they had responded to 340 calls", ["police"], ex(340), CALL, None),
    ("Rail operator Northline cancelled 60% of its services on Monday", [], ex(60), ["service", "train"],
     "2025-01-13"),
    ("about a quarter of trains were still not running on Tuesday", [], ap(25, 20, 30), ["train", "service"],
     "2025-01-14"),
    ("Highways officials said 23 roads remained closed", ["highways officials", "officials"], ex(23), ["road"], None),
    ("his office had received \"hundreds\" of complaints", GALE, HUNDREDS, ["complaint"], None),
    ("it had answered 52,000 calls since Monday", WPOWER, ex(52000), CALL, None),
    ("had added 150 staff to its call centre", WPOWER, ex(150), PEOPLE + ["staff", "worker"], None),
    ("compensation of £70 per customer", ["spokeswoman", "westmarch power", "company"], ex(70),
     ["pound", "compensation", "money"], None, True),
])

A["08_kessington-salmonella_districtgazette.txt"] = ("2025-05-23", [
    ("Salmonella outbreak linked to school meals sickens more than 200 children", [], atl(200), PUPIL, None),
    ("More than 200 children at 14 primary schools", ["health officials", "officials"], atl(200), PUPIL, None),
    ("More than 200 children at 14 primary schools", ["health officials", "officials"], ex(14), ["school"], None),
    ("The district health authority said 216 pupils and nine staff members had reported symptoms", HEALTH_AUTH,
     ex(216), PUPIL, None),
    ("216 pupils and nine staff members had reported symptoms", HEALTH_AUTH, ex(9),
     PEOPLE + ["staff", "member"], None),
    ("laboratory tests had confirmed salmonella in 37 cases", HEALTH_AUTH, ex(37), ["case"], None),
    ("Twenty-two children were admitted to hospital", HEALTH_AUTH, ex(22), PUPIL + ["patient"], None),
    ("four of whom remain there, it said", HEALTH_AUTH, ex(4), PUPIL + ["patient"], None),
    ("parents of about 3,500 pupils who ate school lunches that day", OKAFOR, ap(3500, 3200, 3800),
     PUPIL + ["parent"], None),
    ("which supplies 61 schools in the region", BRIGHT, ex(61), ["school"], None, True),
    ("saying that \"fewer than half\" of the children who fell ill", BRIGHT, atm(50), PUPIL, None),
    ("It said it had served 11,000 meals on Monday", BRIGHT, ex(11000), ["meal"], "2025-05-19"),
    ("it had been contacted by more than 80 families", SAFE, atl(80), ["family", "families", "parent"], None),
    ("said one in five parents in the district had kept their children home on Thursday", DALEY, ex(20),
     ["parent"] + PEOPLE, "2025-05-22"),
    ("attendance at the affected schools fell to 71% on Thursday", EDU, ex(71), ["attendance", "pupil"],
     "2025-05-22"),
    ("from an average of 95%", EDU, ex(95), ["attendance", "pupil"], None),
    ("Meals at the 14 schools are now being provided", [], ex(14), ["school"], None, True),
])

# Gold facts, written with the claims before the pipeline was run. Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-2", "01-6", "02-14", "02-15", "02-16"],
     "Salvena heat wave deaths: ministry 112 -> 127 vs the institute's excess deaths passed 300 -> close to 400"),
    ("F2", "consistent", ["01-7", "02-2"], "heat deaths in Almera province: 41 -> 47"),
    ("F3", "corroborated", ["03-1", "03-3", "04-1", "04-2"], "Orlec derailment deaths: at least 6 -> 9"),
    ("F4", "disputed", ["03-2", "03-10", "03-12", "04-10"],
     "people on board the Orlec train: about 400 (governor) vs 372 passengers (KZ Rail) vs 381 on board"),
    ("F5", "disputed", ["05-2", "05-5", "06-4", "06-5", "06-6"],
     "tractors at Monday's blockade (2025-02-03): 6,500 (NFF) vs 2,100 (police) vs roughly 3,000 (city cameras)"),
    ("F6", "disputed", ["06-2", "06-3"], "tractors on Tuesday (2025-02-04): 850 (police) vs well over 2,000 (NFF)"),
    ("F7", "corroborated", ["05-11", "06-11"], "people arrested on Monday in Tamsk: 18"),
    ("F8", "single_source", ["07-1", "07-2"], "Westmarch homes without power on Tuesday morning: 180,000"),
    ("F9", "consistent", ["08-1", "08-2", "08-4"], "Kessington children ill: more than 200 / 216 pupils"),
]


if __name__ == "__main__":
    write(HERE, "fresh5.gold.json", A, FACTS)
