"""Builds fresh2.gold.json from the annotations below (run: python3 build_gold.py).

The second fresh set: 6 invented articles on 4 events (a cyclone and a nurses' strike, each told by 2
outlets; a prison riot; a bridge collapse), written with the hard forms the extractor got wrong on the
multi-outlet set: coordinated lists with one predicate each ("14 dead, 30 missing, more than 200
injured"), figures whose clause ends at ", while" / ", as", relative clauses ("15 of whom had been
recaptured"), bare figures far from any noun ("had moved 80,000 from low-lying villages"), bodies
recovered as the toll, strike shares (members / participation / "four out of five"), "told a crowd of
about 8,000" (the crowd size, the article's voice), and a source named in the sentence after another
speaker's ("According to the Red Crescent", "Patients' groups said"). Annotated by hand by the README
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
TENS_OF_THOUSANDS = vg(10000, 99999)

DEAD = PEOPLE + ["dead", "death", "toll", "victim"]
INJ = PEOPLE + ["injured"]
MISSING = PEOPLE + ["missing"]
SHELTERED = PEOPLE + ["evacuee", "resident"]
HOMES = ["home", "house"]
NURSE = ["nurse", "member", "participation", "striker", "worker"] + PEOPLE
CROWD = PEOPLE + ["crowd", "protester", "marcher", "demonstrator"]
PAY = ["pay", "rise", "offer", "wage"]
INMATE = ["inmate", "prisoner"]
BODIES = ["body", "bodies"]
AGENCY = ["national disaster agency", "disaster agency", "agency"]
HALAN = ["halan", "disaster agency"]
RC = ["red crescent"]
FED = ["nurses' federation", "federation"]
MIN = ["health ministry", "ministry"]

A = {}

A["01_cyclone-mara_gulfwire.txt"] = ("2025-09-14", [
    ("14 dead, 30 missing", [], ex(14), DEAD, None),
    ("30 missing, more than 200 injured", [], ex(30), MISSING, None),
    ("more than 200 injured in Kesh", [], atl(200), INJ, None),
    ("killing at least 14 people", AGENCY, atl(14), DEAD, "2025-09-13"),
    ("leaving 30 missing, the national disaster agency said", AGENCY, ex(30), MISSING, "2025-09-13"),
    ("while more than 200 were injured by falling trees and debris", AGENCY, atl(200), INJ, "2025-09-13"),
    ("said 11 of the dead were in Port Anvar", HALAN, ex(11), DEAD, None),
    ("More than 65,000 people spent the night in 420 evacuation shelters", HALAN, atl(65000), SHELTERED, None),
    ("More than 65,000 people spent the night in 420 evacuation shelters", HALAN, ex(420), ["shelter"], None),
    ("Fishermen's groups said 46 boats had not returned to harbour", ["fishermen's groups", "fishermen"], ex(46), ["boat"], None),
    ("about 3,000 homes were destroyed", RC, ap(3000, 2500, 3500), HOMES, None),
    ("and 9,000 damaged", RC, ex(9000), HOMES, None),
    ("told a meeting of about 300 aid workers", [], ap(300, 250, 350), ["aid worker", "worker"] + PEOPLE, None),
    ("the authorities had moved 80,000 from low-lying villages", ["oreb", "governor"], ex(80000), SHELTERED, None),
    ("In 2019, Cyclone Tenna killed 57 people in the same province", [], ex(57), DEAD, None),
])

A["02_cyclone-mara_coastaltimes.txt"] = ("2025-09-15", [
    ("Cyclone Mara death toll rises to 21", [], ex(21), DEAD, None),
    ("Rescue teams recovered seven bodies from flooded villages", AGENCY, ex(7), BODIES + DEAD, "2025-09-14"),
    ("taking the death toll from Cyclone Mara to 21, the national disaster agency said", AGENCY, ex(21), DEAD, None),
    ("Nineteen people remain missing, most of them fishermen", HALAN, ex(19), MISSING + ["fisherman"], None),
    ("The number of injured stood at 236", HALAN, ex(236), INJ, None),
    ("of whom 40 were in a serious condition", HALAN, ex(40), INJ + ["patient"], None),
    ("The Red Crescent said 3,200 homes had been destroyed", RC, ex(3200), HOMES, None),
    ("Its volunteers were feeding some 70,000 people in shelters", RC, ap(70000, 60000, 80000), SHELTERED, None),
    ("who lost six of their neighbours in the storm", [], ex(6), DEAD + ["neighbour"], None),
    ("released 12 million dinars in emergency aid", ["provincial officials", "officials"], ex(12000000), ["dinar", "aid"], None, True),
])

A["03_dalmar-nurses-strike_capitalpress.txt"] = ("2025-10-07", [
    ("Tens of thousands of nurses walked out of public hospitals", MIN, TENS_OF_THOUSANDS, NURSE, "2025-10-07"),
    ("cancelling some 4,500 operations, according to the health ministry", MIN, ap(4500, 4000, 5000), ["operation"], "2025-10-07"),
    ("The Nurses' Federation said 78% of its 52,000 members", FED, ex(78), NURSE, None),
    ("The Nurses' Federation said 78% of its 52,000 members", FED, ex(52000), ["member", "nurse"], None, True),
    ("The ministry put the figure at 41%", MIN, ex(41), NURSE, None),
    ("said 212 of the country's 260 public hospitals were running emergency services only", MIN, ex(212), ["hospital"], None),
    ("said 212 of the country's 260 public hospitals were running emergency services only", MIN, ex(260), ["hospital"], None, True),
    ("told a crowd of about 8,000 outside the health ministry", [], ap(8000, 7000, 9000), CROWD, None),
    ("nurses had lost 14% of their real pay since 2020", ["morava", "federation"], ex(14), PAY, None),
    ("The government has offered 4%", [], ex(4), PAY, None),
    ("Every night we are short of 6,000 nurses", ["morava", "federation"], ex(6000), ["nurse"], None),
    ("Patients' groups said 1,200 outpatient appointments had been cancelled", ["patients' groups", "patients"], ex(1200), ["appointment"], None),
])

A["04_dalmar-nurses-strike_dalmarherald.txt"] = ("2025-10-08", [
    ("Around four out of five nurses in Dalmar's public hospitals stopped work on Tuesday", FED, ap(80, 75, 85), NURSE, "2025-10-07"),
    ("said participation had been 41 per cent", ["dost", "health ministry", "ministry"], ex(41), NURSE, None),
    ("that 4,500 planned operations had been postponed", ["dost", "health ministry", "ministry"], ex(4500), ["operation"], None),
    ("had called in 700 army medics to cover emergency departments", ["dost", "health ministry", "ministry"], ex(700), ["medic"], None),
    ("The federation, which has 52,000 members", FED, ex(52000), ["member", "nurse"], None, True),
    ("improve its 4% pay offer", FED, ex(4), PAY, None),
    ("More than 9,000 people joined a march to the ministry, organisers said", ["organisers"], atl(9000), CROWD, None),
    ("police estimated the crowd at 6,500", ["police"], ex(6500), CROWD, None),
    ("Thirty-one patients were moved from a hospital in Vell", ["local media", "media"], ex(31), ["patient"], None),
])

A["05_kerrin-prison-riot_nationalwire.txt"] = ("2025-11-03", [
    ("Six inmates dead, 40 hurt", [], ex(6), DEAD + INMATE, None),
    ("40 hurt in riot at Kerrin prison", [], ex(40), INJ, None),
    ("Six inmates were killed and 40 people injured", ["justice ministry", "ministry"], ex(6), DEAD + INMATE, "2025-11-02"),
    ("and 40 people injured, among them 11 guards", ["justice ministry", "ministry"], ex(40), INJ, "2025-11-02"),
    ("among them 11 guards", ["justice ministry", "ministry"], ex(11), ["guard"] + INJ, "2025-11-02"),
    ("The riot began in a wing holding 350 prisoners", ["anic", "prison director"], ex(350), INMATE, None),
    ("took four guards hostage", ["anic", "prison director"], ex(4), ["guard", "hostage"], None),
    ("Anic said 23 inmates had escaped during the unrest", ["anic"], ex(23), INMATE, None),
    ("15 of whom had been recaptured by Monday morning", ["anic"], ex(15), INMATE, "2025-11-03"),
    ("The prison, built for 900", ["open cells"], ex(900), INMATE + PEOPLE, None, True),
    ("holds more than 1,400 inmates, according to the prisoners' rights group Open Cells", ["open cells"], atl(1400), INMATE, None),
    ("told a news conference that 120 special police officers had retaken the wing", ["lund", "justice minister"], ex(120), ["officer", "police"], None),
    ("at least eight people had died", ["relatives"], atl(8), DEAD + INMATE, None),
    ("had died, not six", ["relatives"], ex(6), DEAD + INMATE, None, True),
])

A["06_lessa-bridge-collapse_rivernews.txt"] = ("2025-08-22", [
    ("9 dead, 12 missing", [], ex(9), DEAD, None),
    ("12 missing, 27 injured", [], ex(12), MISSING, None),
    ("27 injured", [], ex(27), INJ, None),
    ("sending at least 15 vehicles into the water, the fire service said", ["fire service"], atl(15), ["vehicle", "car"], "2025-08-21"),
    ("Nine bodies had been recovered from the river by Friday morning", ["roth", "fire chief", "fire service"], ex(9), BODIES + DEAD, None),
    ("12 people were still missing, fire chief Milan Roth said", ["roth", "fire chief", "fire service"], ex(12), MISSING, None),
    ("while 27 others had been taken to hospital", ["roth", "fire chief", "fire service"], ex(27), INJ + ["patient", "other"], None),
    ("Roth said 46 people had been pulled from the river alive", ["roth"], ex(46), PEOPLE + ["survivor"], None),
    ("A bus carrying 31 passengers was among the vehicles, the city transport company said", ["transport company", "city transport"], ex(31), ["passenger"], None),
    ("carried about 40,000 vehicles a day, according to the roads agency", ["roads agency"], ap(40000, 35000, 45000), ["vehicle"], None),
    ("Engineers had flagged 17 cracks in its supports", [], ex(17), ["crack"], None),
    ("Hundreds of residents gathered at the riverbank on Friday", [], HUNDREDS, PEOPLE + ["resident"], "2025-08-22"),
])

# Gold facts, written with the claims before the pipeline was run: which claims a careful
# fact-checker would put in one fact across the outlets. Ids: <article no>-<claim no>.
FACTS = [
    ("N1", "corroborated", ["01-1", "01-4", "02-1", "02-3"],
     "Cyclone Mara deaths: 14 / at least 14 (day 1, agency), 21 (day 2) - a rising toll"),
    ("N2", "corroborated", ["01-2", "01-5"],
     "missing after the cyclone on 2025-09-13: 30 (headline, agency)"),
    ("N3", "corroborated", ["01-3", "01-6", "02-5"],
     "Cyclone Mara injured: more than 200 (agency), 236 (Halan)"),
    ("N4", "corroborated", ["01-11", "02-7"],
     "homes destroyed: about 3,000 / 3,200 (Red Crescent)"),
    ("N5", "corroborated", ["01-8", "02-8"],
     "people in shelters: more than 65,000 (Halan), some 70,000 (Red Crescent)"),
    ("N6", "disputed", ["03-3", "03-5", "04-1", "04-2"],
     "share of nurses on strike (2025-10-07): 78% / four out of five (federation) vs 41% (ministry)"),
    ("N7", "corroborated", ["03-2", "04-3"],
     "operations cancelled: some 4,500 (ministry, two outlets)"),
    ("N8", "disputed", ["03-8", "04-7", "04-8"],
     "march to the health ministry: about 8,000 (Capital Press) / more than 9,000 (organisers) vs 6,500 (police)"),
    ("N9", "corroborated", ["03-10", "04-6"],
     "the government's pay offer: 4%"),
    ("N10", "disputed", ["05-1", "05-3", "05-13"],
     "Kerrin riot deaths: six (justice ministry) vs at least eight (relatives)"),
    ("N11", "corroborated", ["05-2", "05-4"],
     "Kerrin riot injured: 40"),
    ("N12", "corroborated", ["06-1", "06-5"],
     "Lessa bridge deaths: 9 (headline), nine bodies recovered (Roth)"),
    ("N13", "corroborated", ["06-2", "06-6"],
     "Lessa bridge missing: 12"),
    ("N14", "corroborated", ["06-3", "06-7"],
     "Lessa bridge injured: 27 taken to hospital"),
]


if __name__ == "__main__":
    write(HERE, "fresh2.gold.json", A, FACTS)
