"""Builds fresh4.gold.json from the annotations below (run: python3 build_gold.py).

The fourth fresh set: 8 invented articles on 4 events — an opposition rally in Varnsk told by 3 outlets
over 3 days (organisers 120,000 / "well over 100,000" / volunteers' 118,000 vs police / interior ministry
35,000 vs an independent monitoring group's "around 61,000"; arrests 14 -> 16; officers hurt 6 -> 8),
Typhoon Kalan in Merin (2 outlets over 2 days: toll "at least nine" -> 17, missing 11 -> 7), a Tarvian
hospital doctors' strike (2 outlets: union 87% / "nine out of ten" vs ministry 38 per cent / "just over a
third"; operations postponed about 4,200 / 3,900; pay offer 6%), and a single-outlet Dravian election result
(percentages and seats). Wording varied on purpose across outlets (nouns, verbs, rounding, trailing
attributions, "according to", quotes, later reports updating earlier figures). Annotated by hand by the
README rules of ../shared/eval before the pipeline was run on them. Each claim: evidence (exact substring),
speaker aliases ([] = the article's own voice), quantity, subject nouns, date[, optional]. A date is given
only when the figure's own clause states the day of the event (the corpus convention).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, ex, vg, write  # noqa: E402

PEOPLE = ["people", "person"]


THOUSANDS = vg(1000, 9999)
TENS_OF_THOUSANDS = vg(10000, 99999)

DEAD = PEOPLE + ["dead", "death", "toll", "victim"]
INJ = PEOPLE + ["injured", "patient"]
MISSING = PEOPLE + ["missing"]
SHELTERED = PEOPLE + ["evacuee", "resident", "displaced"]
HOMES = ["home", "house"]
BODIES = ["body", "bodies"]
CROWD = PEOPLE + ["crowd", "protester", "marcher", "demonstrator", "supporter", "turnout", "participant"]
ARREST = PEOPLE + ["protester", "detainee", "detention", "arrest"]
OFFICER = PEOPLE + ["officer", "police", "policeman"]
DOCTOR = ["doctor", "member", "participation", "striker", "turnout", "worker"] + PEOPLE
PAY = ["pay", "rise", "offer", "wage", "salary"]
VOTE = ["vote", "share", "voter", "result"]
SEATS = ["seat"]

CF = ["civic front", "organisers", "organizers"]
OPP = ["opposition leaders", "opposition", "civic front"]
POLICE = ["police"]
MIN_INT = ["interior ministry", "ministry"]
HALAS = ["halas", "interior ministry", "ministry"]
VOSS = ["voss", "civic front"]
CC = ["crowd count"]
BRENNER = ["brenner", "crowd count"]
AGENCY = ["national disaster agency", "disaster agency", "agency"]
ORTIS = ["ortis", "disaster agency", "agency"]
RAMOS = ["ramos", "governor"]
NORDELEC = ["nordelec"]
QUINO = ["quino", "defence secretary"]
UNION = ["tarvian medical union", "medical union", "union"]
FEKETE = ["fekete", "health ministry", "ministry"]
VINTER = ["vinter", "health minister", "ministry"]
MIN_H = ["health ministry", "ministry"]
COMM = ["central election commission", "election commission", "commission"]

A = {}

A["01_varnsk-rally_capitalwire.txt"] = ("2025-10-11", [
    ("Tens of thousands rally in Varnsk", [], TENS_OF_THOUSANDS, CROWD, None),
    ("Tens of thousands of opposition supporters marched through central Varnsk on Saturday", [],
     TENS_OF_THOUSANDS, CROWD, "2025-10-11"),
    ("Organisers from the Civic Front said 120,000 people had joined the march", CF, ex(120000), CROWD, None),
    ("Police put the turnout at 35,000", POLICE, ex(35000), CROWD, None),
    ("Police said 14 people were detained", POLICE, ex(14), ARREST, None),
    ("six officers had suffered minor injuries", POLICE, ex(6), OFFICER + ["injured"], None),
    ("The city ambulance service said it had treated 22 people", ["city ambulance service", "ambulance service"],
     ex(22), INJ, None),
    ("The city transport company said it had added 40 extra trams", ["city transport company", "transport company"],
     ex(40), ["tram"], None),
    ("Supporters had travelled to the capital on more than 300 buses from other regions, the organisers said", CF,
     atl(300), ["bus"], None),
    ("passed last month by 84 votes to 61", [], ex(84), ["vote"], None, True),
    ("passed last month by 84 votes to 61", [], ex(61), ["vote"], None, True),
    ("to 7% from 4%", [], ex(7), ["threshold"], None, True),
    ("to 7% from 4%", [], ex(4), ["threshold"], None, True),
])

A["02_varnsk-rally_dailyherald.txt"] = ("2025-10-12", [
    ("that they said drew well over 100,000 people to the centre of the capital on Saturday", OPP, atl(100000),
     CROWD, "2025-10-11"),
    ("The interior ministry said about 35,000 people took part", MIN_INT, ap(35000, 32000, 38000), CROWD, None),
    ("said 16 protesters had been arrested", HALAS, ex(16), ARREST, None),
    ("up from the 14 detentions reported on Saturday night", HALAS, ex(14), ARREST, None, True),
    ("eight police officers had been hurt", HALAS, ex(8), OFFICER + ["injured"], None),
    ("Halas said 3,000 officers had been on duty in the city centre", HALAS, ex(3000), OFFICER, None),
    ("had counted 118,000 marchers passing a checkpoint on Bridge Street", VOSS, ex(118000), CROWD, None),
    ("said five people were still being treated", ["doctors", "hospital"], ex(5), INJ, None),
    ("one of them for a head wound", ["doctors", "hospital"], ex(1), INJ, None, True),
    ("The Civic Front said it would hold rallies in 12 cities", ["civic front"], ex(12), ["city", "rally"], None),
])

A["03_varnsk-rally_eastpress.txt"] = ("2025-10-13", [
    ("Independent count puts Varnsk protest at 61,000", [], ex(61000), CROWD, None),
    ("Saturday's opposition march in Varnsk drew around 61,000 people, according to an estimate published on "
     "Monday by Crowd Count", CC, ap(61000, 55000, 67000), CROWD, "2025-10-11"),
    ("the 120,000 claimed by the Civic Front", ["civic front"], ex(120000), CROWD, None),
    ("the police estimate of 35,000", POLICE, ex(35000), CROWD, None),
    ("an area of roughly 41,000 square metres", CC, ap(41000, 37000, 45000), ["area", "square metre"], None, True),
    ("We counted people in 230 sections of the route", BRENNER, ex(230), ["section"], None),
    ("a density of one and a half people per square metre", BRENNER, ex(1.5), PEOPLE, None, True),
    ("the margin of error was about 10 per cent", BRENNER, ap(10, 9, 11), ["margin", "error"], None, True),
    ("In 2023 it counted 48,000 people at a rally for the ruling party", CC, ex(48000), CROWD, None),
    ("opened criminal cases against three of the people arrested on Saturday",
     ["prosecutor's office", "prosecutor"], ex(3), ARREST + ["case"], None),
])

A["04_typhoon-kalan_pacificwire.txt"] = ("2025-09-22", [
    ("Typhoon Kalan kills at least 9 in Merin", [], atl(9), DEAD, None),
    ("thousands flee", [], THOUSANDS, SHELTERED, None, True),
    ("killing at least nine people", AGENCY, atl(9), DEAD, "2025-09-21"),
    ("forcing more than 40,000 to flee their homes, the national disaster agency said", AGENCY, atl(40000),
     SHELTERED, "2025-09-21"),
    ("Eleven people were missing", ORTIS, ex(11), MISSING, None),
    ("among them four fishermen whose boat did not return", ORTIS, ex(4), MISSING + ["fisherman", "fishermen"], None),
    ("The coastguard said it had rescued 23 people", ["coastguard"], ex(23), PEOPLE + ["survivor"], None),
    ("Power company Nordelec said about 310,000 households were without electricity on Monday morning", NORDELEC,
     ap(310000, 280000, 340000), ["household", "home", "customer"], "2025-09-22"),
    ("She said at least 1,200 houses had been destroyed or damaged", RAMOS, atl(1200), HOMES, None),
    ("96 evacuation centres had been opened", RAMOS, ex(96), ["centre", "center", "shelter"], None),
])

A["05_typhoon-kalan_islandtimes.txt"] = ("2025-09-23", [
    ("Kalan death toll climbs to 17", [], ex(17), DEAD, None),
    ("The number of people killed by Typhoon Kalan has risen to 17, officials said", ["officials"], ex(17), DEAD,
     None),
    ("Eight bodies were recovered from a landslide in the village of Dumay on Monday afternoon, the disaster "
     "agency said", AGENCY, ex(8), BODIES + DEAD, "2025-09-22"),
    ("Seven people remain unaccounted for", AGENCY, ex(7), MISSING, None),
    ("including the four fishermen from Kalo Bay", AGENCY, ex(4), MISSING + ["fisherman", "fishermen"], None, True),
    ("Governor Lidia Ramos put the number of homes destroyed at 1,540", RAMOS, ex(1540), HOMES, None),
    ("nearly 3,000 more had been damaged", RAMOS, ap(3000, 2500, 3000), HOMES, None),
    ("About 52,000 people were staying in evacuation centres or with relatives, according to the provincial "
     "social welfare office", ["provincial social welfare office", "social welfare office", "welfare office"],
     ap(52000, 47000, 57000), SHELTERED, None),
    ("estimated that 60% of the rice harvest", ["farmers' associations", "farmers"], ex(60),
     ["harvest", "rice", "crop"], None),
    ("some 85,000 households were still without electricity", NORDELEC, ap(85000, 75000, 95000),
     ["household", "home", "customer"], None),
    ("released 200 million pesos in emergency funds", QUINO, ex(200000000), ["peso", "money", "fund"], None, True),
    ("the army has deployed 1,500 soldiers", QUINO, ex(1500), ["soldier", "troop"] + PEOPLE, None),
    ("Schools in 14 towns will stay closed", [], ex(14), ["town", "school"], None),
])

A["06_tarvia-doctors-strike_medwire.txt"] = ("2025-11-04", [
    ("forcing hospitals to postpone thousands of planned operations", [], THOUSANDS, ["operation"], "2025-11-04"),
    ("The Tarvian Medical Union said 87% of its members", UNION, ex(87), DOCTOR, None),
    ("the country's 64 state hospitals", UNION, ex(64), ["hospital"], None),
    ("where around 600 doctors and nurses gathered", [], ap(600, 500, 700), CROWD + ["doctor", "nurse"], None),
    ("Only 38 per cent of doctors scheduled to work on Tuesday had failed to report", FEKETE, ex(38), DOCTOR,
     "2025-11-04"),
    ("Fekete said about 4,200 planned operations had been postponed on the first day", FEKETE,
     ap(4200, 3800, 4600), ["operation"], "2025-11-04"),
    ("The union has asked for a pay rise of 15%", UNION, ex(15), PAY + ["demand"], None),
    ("the government has offered 6% over two years", [], ex(6), PAY, None),
    ("Patients' groups said they had received more than 900 complaints", ["patients' groups", "patients"],
     atl(900), ["complaint"], None),
    ("its members had taken in 350 patients", ["private hospitals association", "hospitals association"], ex(350),
     ["patient"] + PEOPLE, None),
])

A["07_tarvia-doctors-strike_tarviatoday.txt"] = ("2025-11-05", [
    ("Nine out of ten junior doctors are on strike, according to the Tarvian Medical Union", UNION,
     ap(90, 85, 95), DOCTOR, None),
    ("which represents about 11,000", UNION, ap(11000, 10000, 12000), ["doctor", "member"] + PEOPLE, None, True),
    ("the country's 14,500 hospital doctors", UNION, ex(14500), ["doctor"] + PEOPLE, None, True),
    ("put it at just over a third", VINTER, ap(34, 33, 40), DOCTOR, None),
    ("According to ministry figures, 3,900 non-urgent operations", MIN_H, ex(3900), ["operation"], "2025-11-04"),
    ("12,000 outpatient appointments were cancelled on Tuesday", MIN_H, ex(12000), ["appointment"], "2025-11-04"),
    ("Hospitals in the capital postponed a further 1,800 operations on Wednesday",
     ["lusk hospital trust", "hospital trust"], ex(1800), ["operation"], "2025-11-05"),
    ("repeating the offer of a 6% rise", VINTER, ex(6), PAY, None),
    ("found that 52% of respondents supported the doctors", ["norda agency", "norda"], ex(52),
     ["respondent", "people", "supporter"], None),
    ("About 2,000 doctors marched to the ministry in the afternoon, police said", POLICE, ap(2000, 1800, 2200),
     CROWD + ["doctor"], None),
])

A["08_dravia-election_northernpost.txt"] = ("2025-06-09", [
    ("won Sunday's parliamentary election with 38.4% of the vote", COMM, ex(38.4), VOTE, "2025-06-08"),
    ("came second with 27.1%", COMM, ex(27.1), VOTE, None),
    ("on 12.6%, the commission said", COMM, ex(12.6), VOTE, None),
    ("Turnout was 61.3%", COMM, ex(61.3), ["turnout", "voter"] + VOTE, None),
    ("down from 66% four years ago", COMM, ex(66), ["turnout", "voter"] + VOTE, None),
    ("the People's Party will have 68 seats", [], ex(68), SEATS, None),
    ("the 150-member parliament", [], ex(150), SEATS + ["member"], None, True),
    ("nine fewer than before", [], ex(9), SEATS, None, True),
    ("at least one partner", [], atl(1), ["partner"], None, True),
    ("The Union for Renewal won 49 seats", [], ex(49), SEATS, None),
    ("and Homeland 22", [], ex(22), SEATS, None),
    ("The Greens, with 5.2%", [], ex(5.2), VOTE, None),
    ("the 5% threshold", [], ex(5), ["threshold"] + VOTE, None, True),
    ("will have seven seats", [], ex(7), SEATS, None),
    ("Her party had won just 4 seats in 2021", [], ex(4), SEATS, None),
    ("had given the People's Party 41%", ["insight institute", "insight"], ex(41), VOTE, None),
    ("overstating its support by nearly three points", [], ap(3, 2.5, 3), ["point"], None, True),
    ("About 1,200 international observers monitored the vote, the commission said", COMM, ap(1200, 1100, 1300),
     ["observer"] + PEOPLE, None),
])

# Gold facts, written with the claims before the pipeline was run: which claims a careful
# fact-checker would put in one fact across the outlets. Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-2", "01-3", "01-4", "02-1", "02-2", "02-7", "03-1", "03-2", "03-3", "03-4"],
     "Varnsk rally crowd (2025-10-11): 120,000 / well over 100,000 / 118,000 (Civic Front) vs 35,000 (police, "
     "interior ministry) vs around 61,000 (Crowd Count); tens of thousands (outlet)"),
    ("F2", "consistent", ["01-5", "02-3", "02-4"], "arrests at the rally: 14 (Saturday night) -> 16 (police / ministry)"),
    ("F3", "consistent", ["01-6", "02-5"], "police officers hurt at the rally: 6 -> 8 (police / ministry)"),
    ("F4", "corroborated", ["04-1", "04-3", "05-1", "05-2"], "Typhoon Kalan deaths: at least 9 (day 1) -> 17 (day 2)"),
    ("F5", "corroborated", ["04-5", "05-4"], "Typhoon Kalan missing: 11 (day 1) -> 7 (day 2)"),
    ("F6", "disputed", ["06-2", "06-5", "07-1", "07-4"],
     "Tarvia doctors' strike share: 87% / nine out of ten (union) vs 38 per cent / just over a third (ministry)"),
    ("F7", "disputed", ["06-6", "07-5"], "operations postponed on the first day (2025-11-04): about 4,200 / 3,900"),
    ("F8", "corroborated", ["06-8", "07-8"], "the government's pay offer: 6%"),
]


if __name__ == "__main__":
    write(HERE, "fresh4.gold.json", A, FACTS)
