"""Builds fresh3.gold.json from the annotations below (run: python3 build_gold.py).

The third fresh set: 7 invented articles on 4 events (a fertiliser-plant blast in Brenna, a transit
strike in Lorca and a mining-dam burst at Tesca, each told by 2 outlets over 2 days; a measles outbreak in
Dunmere), written with forms not yet in the other sets: a sentence whose own subject is another actor
right after a speaker ("The city has offered a rise of 3.5%", "Inspectors had recorded 23 safety
violations", "Inspectors had reported seepage at nine points"), a relative clause after the main verb
("Residents buried three people who died in the flood"), workers vs people in one toll ("killing eight
workers" / union "at least 10 people had died"), rising tolls (8 -> 11, 5 -> 9) and a falling missing
count (17 -> 13), strike shares by drivers / members / participation / "nine in ten", a rally told by
its speaker vs marchers and police, and "X put the number of dead at N". Annotated by hand by the README
rules of ../shared/eval before the pipeline was run on them. Each claim: evidence (exact substring),
speaker aliases ([] = the article's own voice), quantity, subject nouns, date[, optional]. A date is
given only when the figure's own clause states the day of the event (the corpus convention).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, ex, vg, write  # noqa: E402

PEOPLE = ["people", "person"]


HUNDREDS = vg(100, 999)

DEAD = PEOPLE + ["dead", "death", "toll", "victim"]
INJ = PEOPLE + ["injured"]
MISSING = PEOPLE + ["missing"]
SHELTERED = PEOPLE + ["evacuee", "resident"]
HOMES = ["home", "house"]
BODIES = ["body", "bodies"]
WORKERS = ["worker", "employee"] + PEOPLE
DRIVER = ["driver", "member", "participation", "striker", "worker"] + PEOPLE
CROWD = PEOPLE + ["crowd", "protester", "marcher", "demonstrator", "striker"]
PAY = ["pay", "rise", "offer", "wage"]
ES = ["regional emergency service", "emergency service"]
UNION = ["chemical workers' union", "union"]
SOLAN = ["solan", "hospital director"]
HALLAN = ["hallan", "governor"]
AUTH = ["transit authority", "authority"]
KADE = ["kade", "transit authority", "authority"]
TWU = ["transport workers' union", "union"]
FENN = ["fenn", "union"]
CP = ["civil protection officials", "civil protection", "officials"]
MARIN = ["marin", "civil protection chief", "civil protection"]
VE = ["varos energia", "utility"]
DEPT = ["provincial health department", "health department", "department"]
IMM = ["national immunisation agency", "immunisation agency"]
ORLO = ["orlo", "health director"]

A = {}

A["01_brenna-plant-blast_northwire.txt"] = ("2025-06-12", [
    ("Blast at Brenna fertiliser plant kills 8", [], ex(8), DEAD + ["worker"], None),
    ("injures 54", [], ex(54), INJ, None),
    ("killing eight workers", ES, ex(8), DEAD + ["worker"], "2025-06-11"),
    ("injuring 54 others, the regional emergency service said", ES, ex(54), INJ + ["other"], "2025-06-11"),
    ("About 120 workers were on the night shift", ["caldor"], ap(120, 110, 130), WORKERS, None),
    ("Twelve of the injured were in a critical condition", ["brenna city hospital", "hospital"], ex(12), INJ + ["patient"], None),
    ("Firefighters evacuated some 2,000 residents", [], ap(2000, 1500, 2500), SHELTERED, None),
    ("The emergency service said 340 firefighters", ES, ex(340), ["firefighter"] + PEOPLE, None),
    ("60 fire engines had been sent to the plant", ES, ex(60), ["fire engine", "engine"], None),
    ("Inspectors had recorded 23 safety violations at the plant last year", [], ex(23), ["violation"], None),
    ("said at least 10 people had died in the blast", UNION, atl(10), DEAD, None),
    ("two of its members were still missing", UNION, ex(2), MISSING + ["member", "worker"], None),
])

A["02_brenna-plant-blast_dailyledger.txt"] = ("2025-06-13", [
    ("Brenna blast death toll rises to 11", [], ex(11), DEAD, None),
    ("Three more workers died in hospital overnight", SOLAN, ex(3), DEAD + ["worker"], None),
    ("bringing the death toll from Wednesday's explosion at the Caldor Chemicals fertiliser plant in Brenna to 11",
     SOLAN, ex(11), DEAD, "2025-06-11"),
    ("Solan said 47 people were still being treated", SOLAN, ex(47), INJ + ["patient"], None),
    ("nine of them in intensive care", SOLAN, ex(9), INJ + ["patient"], None),
    ("the blast had damaged more than 600 homes", HALLAN, atl(600), HOMES, None),
    ("2,300 people had been evacuated from the eastern districts", HALLAN, ex(2300), SHELTERED, None),
    ("Caldor said 118 employees had been on site", ["caldor"], ex(118), WORKERS, None),
    ("The company has set aside 5 million crowns", [], ex(5000000), ["crown", "money"], None, True),
    ("The Chemical Workers' Union put the number of dead at 13", UNION, ex(13), DEAD, None),
    ("two workers listed as missing had been found in the rubble", UNION, ex(2), WORKERS + DEAD + MISSING, None),
    ("About 400 people attended a vigil outside the plant gates on Thursday evening", [], ap(400, 350, 450),
     PEOPLE + ["attendee", "mourner"], "2025-06-12"),
    ("Shares in Caldor Chemicals fell 9% on Thursday", [], ex(9), ["share", "stock"], "2025-06-12"),
])

A["03_lorca-transit-strike_citypost.txt"] = ("2025-03-05", [
    ("leaving about 900,000 daily passengers without public transport", AUTH, ap(900000, 800000, 1000000),
     ["passenger"] + PEOPLE, "2025-03-05"),
    ("The Transport Workers' Union said 92% of its 4,800 drivers", TWU, ex(92), DRIVER, None),
    ("The Transport Workers' Union said 92% of its 4,800 drivers", TWU, ex(4800), ["driver", "member"], None, True),
    ("only 310 of its 1,450 buses were running", AUTH, ex(310), ["bus"], None),
    ("only 310 of its 1,450 buses were running", AUTH, ex(1450), ["bus"], None, True),
    ("told a rally of some 3,000 strikers outside city hall", [], ap(3000, 2500, 3500), CROWD, None),
    ("drivers' wages had fallen 11% in real terms", FENN, ex(11), PAY, None),
    ("The city has offered a rise of 3.5%", [], ex(3.5), PAY, None),
    ("Traffic police said 212 collisions had been reported", ["traffic police", "police"], ex(212),
     ["collision", "accident"], None),
    ("The transit authority said 120 managers had volunteered", AUTH, ex(120), ["manager"] + PEOPLE, None),
])

A["04_lorca-transit-strike_lorcaherald.txt"] = ("2025-03-06", [
    ("Only 310 of Lorca's 1,450 city buses ran on Wednesday", KADE, ex(310), ["bus"], "2025-03-05"),
    ("Only 310 of Lorca's 1,450 city buses ran on Wednesday", KADE, ex(1450), ["bus"], None, True),
    ("She put participation among drivers at 61 per cent", KADE, ex(61), DRIVER, None),
    ("The Transport Workers' Union, which has 4,800 members", TWU, ex(4800), ["member", "driver"], None, True),
    ("said nine in ten drivers had stayed at home", TWU, ap(90, 85, 95), DRIVER, None),
    ("Union leader Dario Fenn said more than 5,000 people had marched to city hall", FENN, atl(5000), CROWD, None),
    ("Police estimated the crowd at 2,500", ["police"], ex(2500), CROWD, None),
    ("The city has offered 3.5%", [], ex(3.5), PAY, None),
    ("Schools in the eastern suburbs said 40% of pupils had been absent", ["schools"], ex(40), ["pupil", "absent"], None),
    ("Cycle-hire operator Velo said 18,000 bikes had been rented on Wednesday", ["velo"], ex(18000),
     ["bike", "bicycle"], "2025-03-05"),
    ("the authority would run 200 buses on Thursday", KADE, ex(200), ["bus"], None),
    ("The chamber of commerce said 35% of city-centre shops had closed early", ["chamber of commerce"], ex(35),
     ["shop"], None),
])

A["05_tesca-dam-burst_alpinewire.txt"] = ("2025-05-19", [
    ("Dam bursts in Varos valley, 5 dead", [], ex(5), DEAD, None),
    ("and 17 missing", [], ex(17), MISSING, None),
    ("killing five people, civil protection officials said", CP, ex(5), DEAD, "2025-05-18"),
    ("Another 17 people were missing", CP, ex(17), MISSING, None),
    ("Rescuers had pulled 31 people from the mud alive", CP, ex(31), PEOPLE + ["survivor"], None),
    ("12 of whom were taken to hospital", CP, ex(12), INJ + ["patient"], None),
    ("The mud destroyed about 80 houses", VE, ap(80, 70, 90), HOMES, None),
    ("cut power to 6,000 homes", VE, ex(6000), HOMES, None),
    ("Inspectors had reported seepage at nine points along the dam wall", [], ex(9), ["point"], None),
    ("its 400 employees had been sent home", ["ferrum resources", "ferrum"], ex(400), WORKERS, None),
    ("blocked in three places", CP, ex(3), ["place"], None, True),
    ("cutting off about 1,500 residents of the upper villages, officials said", CP, ap(1500, 1250, 1750),
     PEOPLE + ["resident"], None),
    ("Army helicopters flew 26 missions on Sunday", [], ex(26), ["mission", "flight"], "2025-05-18"),
])

A["06_tesca-dam-burst_valleytimes.txt"] = ("2025-05-20", [
    ("Tesca mudslide toll climbs to nine", [], ex(9), DEAD, None),
    ("Rescue teams found four more bodies in the mud at Tesca on Monday", MARIN, ex(4), BODIES + DEAD, "2025-05-19"),
    ("bringing the number of dead to nine, civil protection chief Olga Marin said", MARIN, ex(9), DEAD, None),
    ("Thirteen people were still missing", MARIN, ex(13), MISSING, None),
    ("Marin said more than 30 survivors had been rescued", MARIN, atl(30), PEOPLE + ["survivor"], None),
    ("14 remained in hospital", MARIN, ex(14), INJ + ["patient"], None),
    ("Residents buried three people who died in the flood", [], ex(3), DEAD, "2025-05-19"),
    ("About 250 people from Tesca and two neighbouring villages spent a second night in a sports hall",
     ["dren", "mayor"], ap(250, 200, 300), SHELTERED, None),
    ("two neighbouring villages", ["dren", "mayor"], ex(2), ["village"], None, True),
    ("Ferrum Resources said 1,100 tonnes of lime", ["ferrum"], ex(1100), ["tonne", "lime"], None, True),
    ("Marin said 120 soldiers", MARIN, ex(120), ["soldier"] + PEOPLE, None),
    ("45 volunteers from nearby towns had joined the search", MARIN, ex(45), ["volunteer"] + PEOPLE, None),
    ("Regional officials said 85 houses in Tesca had been destroyed or badly damaged",
     ["regional officials", "officials"], ex(85), HOMES, None),
])

A["07_dunmere-measles_healthwire.txt"] = ("2025-02-11", [
    ("Measles outbreak in Dunmere reaches 212 cases", [], ex(212), ["case"], None),
    ("has grown to 212 confirmed cases", DEPT, ex(212), ["case"], None),
    ("Two children have died", DEPT, ex(2), DEAD + ["child"], None),
    ("37 patients were being treated in hospital", DEPT, ex(37), ["patient"] + PEOPLE, None),
    ("Another 90 suspected cases were awaiting test results", DEPT, ex(90), ["case"], None),
    ("Only 68% of children in the province received both doses", IMM, ex(68), ["child", "vaccination", "coverage"], None),
    ("well below the 95% needed", IMM, ex(95), ["child", "vaccination", "coverage", "threshold"], None, True),
    ("Health teams vaccinated 14,000 children", ORLO, ex(14000), ["child"] + PEOPLE, None),
    ("We have 40 vaccination teams in the villages", ORLO, ex(40), ["team"], None),
    ("turned away hundreds of families", ["parents' groups", "parents"], HUNDREDS, ["family"], None),
    ("The department said 1,300 people who had been in contact with patients", DEPT, ex(1300),
     PEOPLE + ["contact"], None),
    ("schools in two districts", DEPT, ex(2), ["district"], None, True),
])

# Gold facts, written with the claims before the pipeline was run: which claims a careful
# fact-checker would put in one fact across the outlets. Ids: <article no>-<claim no>.
FACTS = [
    ("T1", "disputed", ["01-1", "01-3", "01-11", "02-1", "02-3", "02-10"],
     "Brenna blast deaths: 8 (day 1, emergency service) -> 11 (day 2, hospital) vs at least 10 / 13 (union)"),
    ("T2", "corroborated", ["01-2", "01-4"], "Brenna blast injured: 54"),
    ("T3", "corroborated", ["01-5", "02-8"], "workers on the night shift: about 120 / 118 (Caldor)"),
    ("T4", "corroborated", ["01-7", "02-7"], "residents evacuated near the plant: some 2,000 / 2,300"),
    ("T5", "disputed", ["03-2", "04-3", "04-5"],
     "share of Lorca drivers on strike: 92% / nine in ten (union) vs 61% (transit authority)"),
    ("T6", "corroborated", ["03-4", "04-1"], "Lorca buses running on the first day: 310 of 1,450"),
    ("T7", "disputed", ["03-6", "04-6", "04-7"],
     "rally / march at city hall: some 3,000 (City Post) / more than 5,000 (Fenn) vs 2,500 (police)"),
    ("T8", "corroborated", ["03-8", "04-8"], "the city's pay offer: 3.5%"),
    ("T9", "corroborated", ["05-1", "05-3", "06-1", "06-3"], "Tesca dam deaths: 5 (day 1) -> 9 (day 2), a rising toll"),
    ("T10", "corroborated", ["05-2", "05-4", "06-4"], "Tesca missing: 17 (day 1) -> 13 (day 2, bodies found)"),
    ("T11", "corroborated", ["05-5", "06-5"], "Tesca people rescued alive: 31 / more than 30"),
    ("T12", "corroborated", ["07-1", "07-2"], "Dunmere measles cases: 212"),
]


if __name__ == "__main__":
    write(HERE, "fresh3.gold.json", A, FACTS)
