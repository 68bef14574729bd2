"""Builds multi.gold.json from the annotations below (run: python3 build_gold.py).

The fresh multi-outlet set: 11 invented articles on 4 events (a stadium crush, a teachers' strike,
a ferry sinking, a border-crossing surge), 2-3 outlets each, with their own wording, speakers,
rounding and updated figures. Annotated by hand by the README rules of ../shared/eval (claims and
facts) before the pipeline was run on them. Each claim: evidence (exact substring), speaker aliases
([] = the article's own voice), quantity, subject nouns, date[, optional].
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, ex, vg, write  # noqa: E402

PEOPLE = ["people", "person"]


DOZENS = vg(24, 99)
HUNDREDS = vg(100, 999)
THOUSANDS = vg(1000, 9999)

DEAD = PEOPLE + ["dead", "death", "toll", "fan", "victim"]
INJ = PEOPLE + ["injured", "fan"]
CROWD = PEOPLE + ["spectator", "fan", "entry", "entries", "crowd", "supporter"]
SCHOOLS = ["school"]
TEACH = ["teacher", "member", "participation", "people"]
BOARD = PEOPLE + ["passenger", "crew"]
CROSS = PEOPLE + ["arrival", "refugee"]

A = {}

A["01_kalvik-crush_northwire.txt"] = ("2025-03-02", [
    ("At least 12 dead in crush at Kalvik football stadium", [], atl(12), DEAD, None),
    ("At least 12 people were killed and more than 80 injured", ["police"], atl(12), DEAD, "2025-03-01"),
    ("At least 12 people were killed and more than 80 injured", ["police"], atl(80), INJ, "2025-03-01"),
    ("Police spokesman Anton Meral said the dead included three children", ["meral", "police"], ex(3), ["child", "children", "dead"], None),
    ("Forty-three of the injured are still in hospital", ["meral", "police"], ex(43), INJ + ["patient"], "2025-03-02"),
    ("The stadium holds 35,000 spectators", [], ex(35000), CROWD, None, True),
    ("said 34,200 spectators had passed through the turnstiles", ["fk kalvik", "club"], ex(34200), CROWD, None),
    ("There were easily 45,000 people in the stands", ["lisic", "supporters' association", "association"], atl(45000), CROWD, None),
    ("Witnesses said only two exit gates at the northern end were open", ["witnesses"], ex(2), ["gate"], None),
    ("since 1996, when 31 fans died at the old national stadium", [], ex(31), ["fan"] + DEAD, None),
])

A["02_kalvik-crush_meridian.txt"] = ("2025-03-03", [
    ("Kalvik stadium crush toll rises to 17", [], ex(17), DEAD, None),
    ("The number of people killed in Saturday's crush at Kalvik's Borova Arena has risen to 17", ["health department", "department"], ex(17), DEAD, "2025-03-01"),
    ("after five of the injured died in hospital on Sunday", ["health department", "department"], ex(5), INJ + DEAD, "2025-03-02"),
    ("Eighty-seven people were hurt in the crush, the department said", ["health department", "department"], ex(87), INJ, None),
    ("of whom 29 remain in hospital", ["health department", "department"], ex(29), INJ + ["patient"], None),
    ("letting in thousands of supporters without tickets", ["fans' groups", "fans", "groups"], THOUSANDS, CROWD, None),
    ("around 45,000 people were packed into a ground built for 35,000", ["lisic", "supporters' association"], ap(45000, 40000, 50000), CROWD, None),
    ("around 45,000 people were packed into a ground built for 35,000", ["lisic", "supporters' association"], ex(35000), CROWD, None, True),
    ("Our turnstile records show 34,200 entries", ["hollan", "fk kalvik"], ex(34200), CROWD, None),
    ("said 240 police officers and 180 private stewards had been on duty", ["vukan", "interior minister"], ex(240), ["officer", "police"], None),
    ("said 240 police officers and 180 private stewards had been on duty", ["vukan", "interior minister"], ex(180), ["steward"], None),
    ("investigators had seized footage from 60 cameras", ["vukan", "interior minister"], ex(60), ["camera"], None),
    ("Hundreds of people laid flowers outside the stadium on Sunday", [], HUNDREDS, PEOPLE, "2025-03-02"),
])

A["03_kalvik-crush_dailypost.txt"] = ("2025-03-04", [
    ("buried the first of the 17 people who died in Saturday's stadium crush", [], ex(17), DEAD, "2025-03-01"),
    ("how nearly 90 fans came to be injured", [], ap(90, 85, 90), INJ, "2025-03-01"),
    ("questioned 14 stewards and club officials", ["sedlar", "prosecutor"], ex(14), ["steward", "official"], None),
    ("has collected more than 6,000 signatures", ["supporters' association", "association"], atl(6000), ["signature"], None),
    ("at least 10,000 over capacity", ["lisic"], atl(10000), CROWD + ["capacity"], None),
    ("The club insists that 34,200 people attended", ["club", "fk kalvik"], ex(34200), CROWD, None),
    ("within the stadium's limit of 35,000", [], ex(35000), CROWD, None, True),
])

A["04_lusovia-teachers-strike_capitalnews.txt"] = ("2025-04-09", [
    ("Teachers' strike shuts thousands of Lusovian schools", [], THOUSANDS, SCHOOLS, None),
    ("Nearly 3,000 schools across Lusovia were closed on Tuesday", ["union", "teaching union"], ap(3000, 2700, 3000), SCHOOLS, "2025-04-08"),
    ("said 82% of its members had joined the one-day stoppage", ["lusovian teachers' union", "ltu"], ex(82), TEACH, None),
    ("More than 60,000 teachers stayed away from their classrooms today", ["kostova", "ltu"], atl(60000), TEACH, "2025-04-08"),
    ("told a rally of about 5,000 people outside parliament", [], ap(5000, 4000, 6000), PEOPLE + ["rally", "crowd"], None),
    ("It said only 31% of teachers had been absent", ["education ministry", "ministry"], ex(31), TEACH, None),
    ("and that 1,140 schools had shut completely", ["education ministry", "ministry"], ex(1140), SCHOOLS, None),
    ("the government's offer of a 6% rise over two years", ["rehak", "education minister"], ex(6), ["rise", "pay", "offer"], None),
    ("The union is demanding 15%", ["union"], ex(15), ["rise", "pay", "union"], None),
    ("Around 400,000 pupils were affected, according to parents' groups", ["parents' groups", "parents"], ap(400000, 350000, 450000), ["pupil", "student"], None),
])

A["05_lusovia-teachers-strike_lusoviatimes.txt"] = ("2025-04-08", [
    ("closing 2,870 schools, according to the Lusovian Teachers' Union", ["lusovian teachers' union", "union"], ex(2870), SCHOOLS, "2025-04-08"),
    ("1,140 of the country's 4,600 state schools had been shut", ["education ministry", "ministry"], ex(1140), SCHOOLS, None),
    ("1,140 of the country's 4,600 state schools had been shut", ["education ministry", "ministry"], ex(4600), SCHOOLS, None, True),
    ("with lessons disrupted in several hundred more", ["education ministry", "ministry"], HUNDREDS, SCHOOLS + ["lesson", "more"], None),
    ("Union leader Mirela Kostova said four in five teachers had taken part", ["kostova"], ex(80), TEACH, None),
    ("The ministry put participation at 31 per cent", ["ministry"], ex(31), TEACH, None),
    ("Several thousand teachers and parents marched to parliament", [], THOUSANDS, TEACH + ["parent", "crowd"], None),
    ("police estimated the crowd at 4,500", ["police"], ex(4500), PEOPLE + ["crowd"], None),
    ("There are 7,000 vacant teaching posts", ["kostova"], ex(7000), ["post", "job"], None),
])

A["06_sela-ferry_coastwire.txt"] = ("2025-05-18", [
    ("Ferry sinks off Sela island; 9 dead, dozens missing", [], ex(9), DEAD, None),
    ("Ferry sinks off Sela island; 9 dead, dozens missing", [], DOZENS, PEOPLE + ["missing"], None),
    ("killing at least nine people, the coastguard said", ["coastguard"], atl(9), DEAD, "2025-05-17"),
    ("Rescuers had pulled 162 people from the water, it added", ["coastguard"], ex(162), PEOPLE + ["survivor"], None),
    ("was carrying 214 passengers and 18 crew", ["sela lines", "manifest", "operator"], ex(214), BOARD, None),
    ("was carrying 214 passengers and 18 crew", ["sela lines", "manifest", "operator"], ex(18), ["crew"], None),
    ("Coastguard commander Rafael Otan said 41 people were still unaccounted for", ["otan", "coastguard"], ex(41), PEOPLE + ["missing"], None),
    ("There were more than 300 people on board", ["ferreira", "survivors"], atl(300), BOARD, None),
    ("said it was licensed to carry 350 passengers", ["sela lines"], ex(350), BOARD, None, True),
    ("Four navy vessels and two helicopters joined the search on Sunday", [], ex(4), ["vessel", "ship"], "2025-05-18"),
    ("Four navy vessels and two helicopters joined the search on Sunday", [], ex(2), ["helicopter"], "2025-05-18"),
])

A["07_sela-ferry_harbourherald.txt"] = ("2025-05-20", [
    ("Sela ferry death toll climbs to 23", [], ex(23), DEAD, None),
    ("Navy divers recovered 14 more bodies from the wreck of the MV Aurelia on Monday", ["coastguard"], ex(14), ["body", "bodies"] + DEAD, "2025-05-19"),
    ("bringing the confirmed death toll from Saturday's sinking to 23, the coastguard said", ["coastguard"], ex(23), DEAD, "2025-05-17"),
    ("Eighteen people are still missing, coastguard commander Rafael Otan said", ["otan", "coastguard"], ex(18), PEOPLE + ["missing"], None),
    ("A total of 162 people were rescued", ["otan", "coastguard"], ex(162), PEOPLE + ["survivor"], None),
    ("Sela Lines has stood by its manifest of 232 passengers and crew", ["sela lines"], ex(232), BOARD, None),
    ("passengers' relatives said the real number was closer to 320", ["relatives"], ap(320, 300, 340), BOARD + ["number"], None),
    ("95 tickets had been sold at the dock without names", ["transport ministry", "ministry"], ex(95), ["ticket"], None),
])

A["08_sela-ferry_islandtimes.txt"] = ("2025-05-19", [
    ("Officials said 12 bodies had been recovered so far", ["officials"], ex(12), ["body", "bodies"] + DEAD, None),
    ("about 40 people were missing", ["officials"], ap(40, 35, 45), PEOPLE + ["missing"], None),
    ("the company's records showed 232 people on board, including the crew", ["areias", "sela lines"], ex(232), BOARD, None),
    ("We carried 214 paying passengers", ["areias", "sela lines"], ex(214), BOARD, None),
    ("A group of 27 survivors signed a statement", [], ex(27), ["survivor"], None),
    ("estimated more than 300 were aboard", ["survivors", "relatives"], atl(300), BOARD, None),
    ("Regional governor Ana Tilves said 65 survivors were still being treated in hospital", ["tilves", "governor"], ex(65), ["survivor", "patient"] + PEOPLE, None),
])

A["09_kolo-crossing_wirenews.txt"] = ("2025-06-10", [
    ("Thousands flee into Meridia as fighting spreads in Banu", [], THOUSANDS, CROSS, None),
    ("More than 12,000 people crossed into Meridia at the Kolo border post on Monday", ["border police", "police"], atl(12000), CROSS, "2025-06-09"),
    ("said about 15,000 people had crossed at Kolo and two smaller posts on Monday", ["unhcr", "refugee agency"], ap(15000, 13000, 17000), CROSS, "2025-06-09"),
    ("said about 15,000 people had crossed at Kolo and two smaller posts on Monday", ["unhcr", "refugee agency"], ex(2), ["post"], None, True),
    ("and that at least 48,000 had arrived since June 1", ["unhcr", "refugee agency"], atl(48000), CROSS, None),
    ("built for 5,000 people", [], ex(5000), PEOPLE, None, True),
    ("said it was now holding more than 9,000", ["aid workers"], atl(9000), PEOPLE + ["camp"], None),
    ("could not absorb \"another 100,000\"", ["lenz", "interior minister"], ex(100000), PEOPLE, None, True),
    ("He said 600 extra border guards had been sent to the area", ["lenz", "interior minister"], ex(600), ["guard"], None),
])

A["10_kolo-crossing_meridiandaily.txt"] = ("2025-06-11", [
    ("Border police: 12,400 crossed at Kolo in a single day", ["border police", "police"], ex(12400), CROSS, None),
    ("that 12,400 people had entered the country through the Kolo crossing on Monday", ["border police", "police"], ex(12400), CROSS, "2025-06-09"),
    ("and a further 8,900 on Tuesday", ["border police", "police"], ex(8900), CROSS, "2025-06-10"),
    ("The UNHCR put Monday's arrivals across the whole border at 15,200", ["unhcr"], ex(15200), CROSS, "2025-06-09"),
    ("Our own people at Kolo counted close to 20,000 on Monday alone", ["petek"], ap(20000, 18000, 20000), CROSS, "2025-06-09"),
    ("Officials said 1,300 new arrivals had been taken to hospital", ["officials"], ex(1300), CROSS + ["patient"], None),
])

A["11_banu-exodus_globalpost.txt"] = ("2025-06-10", [
    ("Nearly 15,000 people fled Banu province into Meridia on Monday", ["unhcr", "refugee agency", "un"], ap(15000, 14000, 15000), CROSS, "2025-06-09"),
    ("the agency had registered 48,300 arrivals since the start of the month", ["voss", "unhcr"], ex(48300), CROSS, None),
    ("60% of them children", ["voss", "unhcr"], ex(60), ["child", "children", "arrival"], None),
    ("We need 2,000 more tents this week", ["voss", "unhcr"], ex(2000), ["tent"], None),
    ("The border police said just over 12,000 had crossed at Kolo", ["border police", "police"], atl(12000), CROSS, "2025-06-09"),
    ("the agency's emergency appeal was only 12% funded", ["voss", "unhcr"], ex(12), ["appeal"], None),
])

# Gold facts, written with the claims before the pipeline was run: which claims a careful
# fact-checker would put in one fact across the outlets. Ids: <article no>-<claim no>.
FACTS = [
    ("M1", "corroborated", ["01-1", "01-2", "02-1", "02-2", "03-1"],
     "Kalvik crush deaths (2025-03-01): at least 12 (day 1, police), 17 (health department, two outlets)"),
    ("M2", "corroborated", ["01-3", "02-4", "03-2"],
     "Kalvik crush injured: more than 80 (police), 87 (health department), nearly 90 (Daily Post)"),
    ("M3", "disputed", ["01-7", "01-8", "02-6", "02-7", "02-9", "03-6"],
     "crowd inside the Borova Arena: 34,200 (club, turnstiles) vs 45,000 (supporters' association), thousands without tickets"),
    ("M4", "disputed", ["04-1", "04-2", "04-7", "05-1", "05-2"],
     "schools shut by the Lusovian strike (2025-04-08): nearly 3,000 / 2,870 (union) vs 1,140 (ministry)"),
    ("M5", "disputed", ["04-3", "04-6", "05-5", "05-6"],
     "share of teachers on strike: 82% / four in five (union) vs 31% (ministry)"),
    ("M6", "corroborated", ["04-5", "05-7", "05-8"],
     "rally outside parliament: about 5,000 / several thousand (outlets), 4,500 (police)"),
    ("M7", "corroborated", ["06-1", "06-3", "07-1", "07-3", "08-1"],
     "MV Aurelia deaths: 9 / at least nine (day 1), 12 bodies (day 2), 23 (coastguard, day 3) - a rising toll"),
    ("M8", "corroborated", ["06-2", "06-7"],
     "missing on 2025-05-18: dozens (headline), 41 (Otan)"),
    ("M9", "disputed", ["06-5", "06-6", "06-8", "07-6", "07-7", "08-3", "08-4", "08-6"],
     "people on board: 214 passengers + 18 crew = 232 (Sela Lines) vs more than 300 / closer to 320 (survivors, relatives)"),
    ("M10", "corroborated", ["06-4", "07-5"],
     "people rescued: 162 (coastguard, two outlets)"),
    ("M11", "disputed", ["09-1", "09-2", "09-3", "10-1", "10-2", "10-4", "10-5", "11-1", "11-5"],
     "people who crossed into Meridia on 2025-06-09: 12,000+ / 12,400 (border police) vs about 15,000 / 15,200 (UNHCR) vs close to 20,000 (Petek)"),
    ("M12", "corroborated", ["09-5", "11-2"],
     "arrivals since 1 June: at least 48,000 / 48,300 (UNHCR)"),
]


if __name__ == "__main__":
    write(HERE, "multi.gold.json", A, FACTS)
