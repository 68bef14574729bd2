"""Builds fresh6.gold.json from the annotations below (run: python3 build_gold.py).

The sixth fresh set: 8 invented articles on 4 events, 2 outlets each, written in wire / newspaper styles
(datelines with "(Outlet) -", local papers with bylines) — an avalanche on a ski run above Sennhof in Vardenia
(toll at least 4 -> 9 from the police, confirmed by the mayor; missing 11 -> 2; more than 200 / some 250
rescuers; skiers on the run: operator "about 60" vs mountain guides "closer to 90"), a dockworkers' strike at
the port of Calvessa in Marenia (strikers on Monday: union 4,200 / "more than 4,000" vs port authority 2,300;
ships at anchor on Tuesday: "dozens", 38 (port) vs "more than 50" (shipowners); containers held up about
85,000 -> about 90,000 from one council), a heat-hit city marathon in Dunholt (runners taken to hospital:
ambulance service 41 -> 44 = 38 men + 6 women vs organisers 31; starters about 14,000 / 13,872 (timing
company); finishers 9,650 (organisers) vs 9,700 (timing company); treated in tents more than 250 / 312 / 312
(Red Cross)), and a census of the Ambeli displaced-persons camp in Sabria (UNHCR 48,310 = 26,140 children +
22,170 adults / "just over 48,000" vs the ministry's about 65,000 vs a charity's "nearly 50,000"; March
arrivals 1,240 = 710 + 530 by origin). Money is optional, as in fresh4/fresh5.
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

DEAD = PEOPLE + ["dead", "death", "toll", "victim", "killed", "skier", "climber", "body", "bodies"]
MISSING = PEOPLE + ["missing"]
INJ = PEOPLE + ["injured", "patient", "casualty"]
RESCUER = PEOPLE + ["rescuer", "soldier", "volunteer"]
SKIER = PEOPLE + ["skier", "tourer"]
DOCKER = PEOPLE + ["docker", "dockworker", "worker", "striker", "figure", "number"]
SHIP = ["ship", "vessel", "number"]
CONTAINER = ["container"]
RUNNER = PEOPLE + ["runner", "number", "figure"]
HOSP = RUNNER + ["patient", "hospitalised"]
RESIDENT = PEOPLE + ["resident", "displaced", "figure"]
CHILD = PEOPLE + ["child", "children"]
ARRIVAL = PEOPLE + ["arrival"]
MONEY = ["euro", "dollar", "money", "cost"]

POLICE = ["police", "geller", "police spokesman"]
GELLER = ["geller", "police spokesman", "police"]
KALDOR = ["kaldor lifts", "operator", "company", "resort operator"]
RESCUE = ["vardenian mountain rescue service", "mountain rescue service", "rescue service", "brandt"]
GUIDES = ["vardenian mountain guides association", "mountain guides association", "association"]
ABEGG = ["abegg", "mayor"]
CLINIC = ["spokesman", "sennhof clinic", "clinic"]
UNION = ["calvessa dockworkers' union", "dockworkers' union", "union"]
RASK = ["rask", "union leader", "union"]
PORT = ["port authority", "port authority of calvessa", "dassault", "spokeswoman"]
DASSAULT = ["dassault", "spokeswoman", "port authority"]
OWNERS = ["marenian shipowners' association", "shipowners' association", "association"]
COUNCIL = ["shippers' council", "national shippers' council", "council"]
OLSEN = ["olsen", "spokesman", "shippers' council"]
PILOTS = ["harbour pilots", "pilots"]
AMB = ["regional ambulance service", "ambulance service", "service"]
VELDT = ["veldt", "medical director", "ambulance service"]
ORG = ["race organisers", "organisers", "organizers"]
MAAS = ["maas", "race director"]
ORG_SPOKES = ["spokesman", "organisers", "organizers"]
REDCROSS = ["red cross"]
TIMING = ["racetrack", "timing company"]
STRIDERS = ["dunholt striders", "striders", "runners' group"]
UNHCR = ["unhcr", "un refugee agency", "refugee agency", "agency"]
DIALLO = ["diallo", "unhcr representative", "unhcr"]
GOV = ["government", "ministry", "karam", "minister"]
KARAM = ["karam", "minister", "youssef karam"]
MINISTRY = ["ministry for displaced persons", "ministry", "karam"]
CENSUS = ["census", "unhcr", "agency"]
WFP = ["world food programme", "wfp"]
LRC = ["lurano relief committee", "relief committee", "committee", "charity"]
OSMAN = ["osman", "halima osman"]

A = {}

A["01_sennhof-avalanche_alpwire.txt"] = ("2025-01-25", [
    ("Avalanche sweeps ski run in Vardenia, at least four dead", [], atl(4), DEAD, None),
    ("killing at least four people and leaving 11 missing, police said", POLICE, atl(4), DEAD, "2025-01-25"),
    ("leaving 11 missing, police said", POLICE, ex(11), MISSING, "2025-01-25"),
    ("Geller said 17 people had been pulled out alive", GELLER, ex(17), PEOPLE + ["survivor", "rescued"],
     "2025-01-25"),
    ("nine of them with serious injuries", GELLER, ex(9), INJ, "2025-01-25"),
    ("more than 200 rescuers, soldiers and volunteers were working on the slope", GELLER, atl(200), RESCUER, None),
    ("Four helicopters were flying casualties", [], ex(4), ["helicopter"], None),
    ("said about 60 skiers were on the run when the avalanche struck", KALDOR, ap(60, 50, 70), SKIER,
     "2025-01-25"),
    ("Hospitals in Sennhof said they had admitted 12 people from the slope by Saturday evening",
     ["hospitals in sennhof", "hospitals"], ex(12), INJ, "2025-01-25"),
    ("Brix hospital said it was treating three", ["brix hospital", "hospital"], ex(3), INJ, "2025-01-25"),
    ("when seven climbers died on the Weisshorn", [], ex(7), DEAD, None),
])

A["02_sennhof-avalanche_valleycourier.txt"] = ("2025-01-27", [
    ("Sennhof avalanche toll rises to nine", [], ex(9), DEAD, None),
    ("The number of people killed by Saturday's avalanche above Sennhof has risen to nine, police said", POLICE,
     ex(9), DEAD, "2025-01-25"),
    ("after the bodies of four more skiers were recovered", POLICE, ex(4), DEAD, "2025-01-26"),
    ("Police spokesman Anton Geller said two people were still missing", GELLER, ex(2), MISSING, None),
    ("Mayor Ruth Abegg confirmed nine deaths", ABEGG, ex(9), DEAD, None),
    ("Some 250 rescuers, with 14 dog teams, have worked on the slope", RESCUE, ap(250, 220, 280), RESCUER, None),
    ("Some 250 rescuers, with 14 dog teams, have worked on the slope", RESCUE, ex(14), ["team", "dog"], None),
    ("had counted closer to 90 skiers and ski tourers on the run", GUIDES, atm(90, 80), SKIER, "2025-01-25"),
    ("far more than the \"about 60\" given by the operator", KALDOR, ap(60, 50, 70), SKIER, "2025-01-25"),
    ("Hospitals in the region were still treating 11 of the injured on Monday", CLINIC, ex(11), INJ,
     "2025-01-27"),
    ("three of them in intensive care", CLINIC, ex(3), INJ, "2025-01-27"),
    ("Kaldor Lifts closed all 23 of its runs on Sunday", KALDOR, ex(23), ["run", "slope"], "2025-01-26"),
    ("About 4,000 guests were staying in the village, the tourism office said", ["tourism office", "office"],
     ap(4000, 3600, 4400), PEOPLE + ["guest", "tourist"], None),
])

A["03_calvessa-dock-strike_marenwire.txt"] = ("2025-06-10", [
    ("with dozens of ships waiting at anchor off Calvessa", [], DOZENS, SHIP, "2025-06-10"),
    ("4,200 of the port's 4,600 registered dockers had stopped work", UNION, ex(4200), DOCKER, "2025-06-09"),
    ("4,200 of the port's 4,600 registered dockers had stopped work", UNION, ex(4600), DOCKER, None),
    ("only two of the port's nine container berths were operating", UNION, ex(2), ["berth"], None),
    ("only two of the port's nine container berths were operating", UNION, ex(9), ["berth"], None, True),
    ("said 2,300 dockers had failed to report for their shifts on Monday", DASSAULT, ex(2300), DOCKER,
     "2025-06-09"),
    ("She said 38 vessels were waiting at anchor on Tuesday morning", DASSAULT, ex(38), SHIP, "2025-06-10"),
    ("put the number at more than 50", OWNERS, atl(50), SHIP, "2025-06-10"),
    ("cost its members about 2 million euros", OWNERS, ap(2000000, 1800000, 2200000), MONEY, None, True),
    ("About 85,000 containers were stuck on the quays", COUNCIL, ap(85000, 80000, 90000), CONTAINER, None),
    ("The union is demanding a 12% pay rise", UNION, ex(12), ["pay", "rise", "raise"], None),
    ("The port authority has offered 5%", PORT, ex(5), ["pay", "rise", "offer"], None),
    ("the new terminal will need 600 fewer dockers", PORT, ex(600), DOCKER + ["job"], None),
    ("told about 3,000 strikers at a rally", [], ap(3000, 2700, 3300), DOCKER + ["crowd", "rally"], None),
])

A["04_calvessa-dock-strike_coastgazette.txt"] = ("2025-06-11", [
    ("The union insists that more than 4,000 dockers stayed away on Monday", UNION, atl(4000), DOCKER,
     "2025-06-09"),
    ("The port authority stands by its figure of 2,300", PORT, ex(2300), DOCKER, "2025-06-09"),
    ("says the number fell to 1,900 on Tuesday", PORT, ex(1900), DOCKER, "2025-06-10"),
    ("said nine in ten of his members were still out", RASK, ex(90), DOCKER + ["member"], None),
    ("The port authority said on Wednesday that 47 ships were now waiting to berth", PORT, ex(47), SHIP,
     "2025-06-11"),
    ("up from 38 on Tuesday", PORT, ex(38), SHIP, "2025-06-10", True),
    ("said they had brought only six ships into port since Monday", PILOTS, ex(6), SHIP, None),
    ("against a normal 40 a day", PILOTS, ex(40), SHIP, None, True),
    ("The shippers' council said about 90,000 containers were held up", COUNCIL, ap(90000, 81000, 99000),
     CONTAINER, None),
    ("said 1,200 of them held refrigerated food and medicines", OLSEN, ex(1200), CONTAINER, None),
    ("and 300 contained parts for car plants in the north", OLSEN, ex(300), CONTAINER, None),
    ("Olsen said three car plants had warned", OLSEN, ex(3), ["plant", "car plant"], None),
    ("costing the economy 25 million euros a day", ["marenian chamber of commerce", "chamber of commerce",
     "chamber"], ex(25000000), MONEY, None, True),
])

A["05_dunholt-marathon_newsline.txt"] = ("2025-08-17", [
    ("Runner dies, dozens taken to hospital", [], DOZENS, HOSP, None),
    ("41 others were taken to hospital after collapsing in extreme heat", AMB, ex(41), HOSP, "2025-08-17"),
    ("Race organisers said about 14,000 runners had started the race", ORG, ap(14000, 12600, 15400), RUNNER,
     "2025-08-17"),
    ("and that 9,650 had finished before it was stopped", ORG, ex(9650), RUNNER, "2025-08-17"),
    ("They said 31 runners had needed hospital treatment", ORG, ex(31), HOSP, "2025-08-17"),
    ("\"We took 41 people from the course to hospital ourselves,\" she said", VELDT, ex(41), HOSP, "2025-08-17"),
    ("Medical tents along the route treated more than 250 runners", ORG, atl(250), RUNNER + ["patient"],
     "2025-08-17"),
    ("We added four extra water stations", MAAS, ex(4), ["station", "water station"], None),
    ("doubled the number of medics to 180", MAAS, ex(180), PEOPLE + ["medic"], None),
    ("Last year 12,400 runners finished.", [], ex(12400), RUNNER, None),
])

A["06_dunholt-marathon_dunholtpost.txt"] = ("2025-08-18", [
    ("Marathon heat: 44 runners in hospital", [], ex(44), HOSP, None),
    ("The number of runners taken to hospital from Sunday's Dunholt City Marathon has risen to 44", AMB, ex(44),
     HOSP, "2025-08-17"),
    ("after three more were admitted overnight", AMB, ex(3), HOSP, None),
    ("Of the 44, 38 were men", AMB, ex(38), HOSP + ["man", "men"], "2025-08-17"),
    ("and six were women, the service said", AMB, ex(6), HOSP + ["woman", "women"], "2025-08-17"),
    ("Medical director Dr Hanna Veldt said seven remained in intensive care", VELDT, ex(7), HOSP, "2025-08-18"),
    ("put the number needing hospital treatment at 31", ORG, ex(31), HOSP, "2025-08-17"),
    ("had treated 312 runners in their tents", ORG_SPOKES, ex(312), RUNNER + ["patient"], "2025-08-17"),
    ("gave the same figure of 312", REDCROSS, ex(312), RUNNER + ["patient", "figure"], "2025-08-17"),
    ("Timing company RaceTrack said 13,872 runners had crossed the start line", TIMING, ex(13872), RUNNER,
     "2025-08-17"),
    ("and that 9,700 crossed the finish", TIMING, ex(9700), RUNNER, "2025-08-17"),
    ("had collected more than 600 complaints", STRIDERS, atl(600), ["complaint"], None),
])

A["07_ambeli-camp-census_reliefwire.txt"] = ("2025-04-09", [
    ("First full census of Ambeli camp counts 48,310 people", [], ex(48310), RESIDENT, None),
    ("has counted 48,310 residents, the UN refugee agency (UNHCR) said", UNHCR, ex(48310), RESIDENT, None),
    ("far fewer than the 65,000 the government has used to request aid", GOV, ex(65000), RESIDENT, None),
    ("Children under 18 made up 26,140 of those counted", UNHCR, ex(26140), CHILD, None),
    ("and adults 22,170, the agency said", UNHCR, ex(22170), PEOPLE + ["adult"], None),
    ("More than 9,000 households were headed by women", UNHCR, atl(9000), ["household"], None),
    ("the camp had been built for 20,000 people", DIALLO, ex(20000), PEOPLE, None),
    ("\"Our registers show about 65,000 people,\" he told reporters", KARAM, ap(65000, 58500, 71500), RESIDENT,
     None),
    ("the camp had 14 health posts", CENSUS, ex(14), ["post", "health post"], None),
    ("and 9 schools", CENSUS, ex(9), ["school"], None),
    ("shared by an average of 74 people", CENSUS, ex(74), PEOPLE, None),
    ("against an emergency standard of 20", CENSUS, ex(20), PEOPLE, None, True),
    ("It currently delivers food for 60,000 people a month", WFP, ex(60000), PEOPLE, None),
    ("The census itself cost about 400,000 dollars", [], ap(400000, 360000, 440000), MONEY, None, True),
    ("about 300 people still reach the camp each week", UNHCR, ap(300, 270, 330), ARRIVAL, None),
])

A["08_ambeli-camp-census_sabriatimes.txt"] = ("2025-04-10", [
    ("counted just over 48,000 residents", UNHCR + ["census"], atl(48000), RESIDENT, None),
    ("The ministry for displaced persons says about 65,000", MINISTRY, ap(65000, 58500, 71500), RESIDENT, None),
    ("says \"nearly 50,000\" people eat at its kitchens", LRC, atm(50000, 45000), RESIDENT, None),
    ("his ministry's figure included 11,000 people registered at Ambeli", KARAM, ex(11000), PEOPLE, None),
    ("Of the 1,240 people who arrived in March", UNHCR, ex(1240), ARRIVAL, None),
    ("710 came from the Tebbe valley", UNHCR, ex(710), ARRIVAL, None),
    ("and 530 from around the town of Sorro, UNHCR said", UNHCR, ex(530), ARRIVAL, None),
    ("About 3,100 children under five were found to be acutely malnourished", UNHCR, ap(3100, 2800, 3400), CHILD,
     None),
    ("it needed 38 million dollars", UNHCR, ex(38000000), MONEY, None, True),
    ("had received 9 million", UNHCR, ex(9000000), MONEY, None, True),
    ("Last year there were 40 families on my water point", OSMAN, ex(40), ["family", "families"], None),
    ("Now it is 25", OSMAN, ex(25), ["family", "families"], None),
    ("with her six children", [], ex(6), CHILD, None, True),
])

# Gold facts, written with the claims before the pipeline was run. Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "corroborated", ["01-1", "01-2", "02-1", "02-2", "02-5"],
     "Sennhof avalanche deaths: at least 4 -> 9 (police), 9 confirmed by the mayor"),
    ("F2", "single_source", ["01-3", "02-4"], "people missing after the avalanche: 11 -> 2 (police)"),
    ("F3", "corroborated", ["01-6", "02-6"], "rescuers on the slope: more than 200 (police) / some 250 (rescue service)"),
    ("F4", "disputed", ["01-8", "02-8", "02-9"],
     "skiers on the run when the avalanche struck: about 60 (operator) vs closer to 90 (guides)"),
    ("F5", "disputed", ["03-2", "03-6", "04-1", "04-2"],
     "dockers on strike on Monday 2025-06-09: 4,200 / more than 4,000 (union) vs 2,300 (port authority)"),
    ("F6", "disputed", ["03-1", "03-7", "03-8", "04-6"],
     "ships at anchor on Tuesday 2025-06-10: dozens, 38 (port) vs more than 50 (shipowners)"),
    ("F7", "single_source", ["03-10", "04-9"], "containers held up: about 85,000 -> about 90,000 (shippers' council)"),
    ("F8", "disputed", ["05-1", "05-2", "05-5", "05-6", "06-1", "06-2", "06-4", "06-5", "06-7"],
     "marathon runners taken to hospital: 41 -> 44 = 38 men + 6 women (ambulance) vs 31 (organisers)"),
    ("F9", "corroborated", ["05-3", "06-10"], "marathon starters: about 14,000 (organisers) / 13,872 (timing)"),
    ("F10", "disputed", ["05-4", "06-11"], "marathon finishers: 9,650 (organisers) vs 9,700 (timing)"),
    ("F11", "corroborated", ["05-7", "06-8", "06-9"],
     "runners treated in the medical tents: more than 250 / 312 (organisers), 312 (Red Cross)"),
    ("F12", "disputed", ["07-1", "07-2", "07-3", "07-4", "07-5", "07-8", "08-1", "08-2", "08-3"],
     "Ambeli camp population: 48,310 = 26,140 + 22,170 (UNHCR) vs about 65,000 (ministry) vs nearly 50,000"),
    ("F13", "consistent", ["08-5", "08-6", "08-7"], "Ambeli arrivals in March: 1,240 = 710 + 530"),
]


if __name__ == "__main__":
    write(HERE, "fresh6.gold.json", A, FACTS)
