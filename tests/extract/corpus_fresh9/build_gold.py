"""Builds fresh9.gold.json from the annotations below (run: python3 build_gold.py).

The ninth fresh set, written BLIND: 8 invented articles on 4 events, in wire / broadcaster / newspaper / agency /
live-blog styles (Reuters-style "(Nordwire) -" dateline with a reporting/editing credit, AP "(AP) —" dateline with
bare weekdays, a BBC-style web piece with "... the ministry says", subheads and no dateline, a local paper with a
byline and "yesterday"/"last night", a state press agency's translated copy ("informed in a statement", "It is
recalled that", a toll-free number, curfew hours), a live blog with time-stamped entries newest first, and a
broadsheet feature with long quotes) —
a chlorine leak at the Merovo water-treatment plant in Dalesk late on Tuesday 2026-03-10 (3 outlets over 3 days:
deaths at least 3 = 2 workers + 1 lorry driver -> 7 = 3 workers + 1 driver + 3 residents -> 9, 4 of them workers
(emergencies/health ministry) vs at least 12 (residents' group Clean Air Merovo); people treated in hospital more
than 200 -> 341 (health department / officials) vs nearly 500 at one hospital alone (its director); evacuated
about 4,000 on Tuesday night -> about 6,500 after the zone was widened; people at the plant 14 (operator) vs 19
(union)),
a jailbreak at Olundi Central Prison, Zembara, early on Sunday 2026-05-17 (2 outlets: escaped 212 (interior
ministry) vs more than 300 (prison officers' union); recaptured 87 on Sunday -> 131 by Monday evening; officers
killed 3 -> 4; attackers killed 1 -> 2; about 40 gunmen; inmates held 1,486 (correctional service) vs more than
1,700 (union); 54 escaped from Bakwe Prison in 2023),
a Costavia jet overshooting the runway at Port Seraine, Veloria, on Friday 2026-06-26 (2 outlets: deaths 2 -> 3;
on board 168 = 161 passengers + 7 crew (airline) vs 166 boarding passes scanned (Aldmont airport); taken to
hospital 41 (airline) vs 67 (regional health department), "dozens injured"; flights cancelled or diverted 37 ->
more than 50 (airport)),
and a dispute over emigration statistics in Mellara (1 outlet, a feature: 2025 emigrants 41,200 = 22,700 men +
18,500 women (statistics institute, NSI) vs at least 88,000 (University of Velsa demographers) vs "would not get
beyond 55,000" (NSI director); 2024 emigrants 37,800 (NSI) vs 81,000 (demographers); "tens of thousands" missed
a year (demographers, headline and quote)).
Annotated by hand by the README rules of ../shared/eval WITHOUT reading the system's code or docs and WITHOUT
running the extractor, claimlog or the scorer on these articles. Each claim: evidence (exact substring), speaker
aliases ([] = the article's own voice), quantity, subject nouns, date [, optional]. Conventions (as in fresh5-7
and the dev gold):
- A date is given when the figure's clause (or the event it counts) fixes the day: deaths caused by the one-night
  leak / the one-evening crash / the one-night attack take the event's day even when the toll is given days later
  and some victims died later in hospital; "were evacuated on Tuesday night", "had been caught by Monday evening",
  "were still in hospital on Thursday morning", "were still being treated last night", "About 40 relatives are
  waiting" (a live-blog entry of the article's day) take their day; the people at the plant, the inmates held and
  the officers on duty take the day of the event. Cumulative counts without a stated day ("have been treated in
  hospital since the leak", "have now left their homes", flights "cancelled or diverted since Friday night"),
  yearly counts ("last year", "in 2025", "in March 2023") and states without a day are left undated; "on
  1 January this year" is 2026-01-01. Headlines are undated.
- Speakers: a figure cited from another party goes to that party ("not the 41 Costavia has reported" ->
  Costavia; "not the 1,486 given by the Zembara Correctional Service" -> the correctional service; "against the
  NSI's 37,800" -> the NSI); a sentence without attribution carries the previous sentence's speaker ("Fifty-eight
  were still in hospital ..." -> officials; "Two other passengers remain ..." -> the hospital); quotations whose
  attribution comes in the next paragraph or after the quote go to that speaker; "It is recalled that ..." (the
  agency's formula for background) is the article's own voice, as is an unattributed live-blog entry.
- Optional: back-references that restate a figure already given in the same article ("All 14 have been accounted
  for", "Five people were there", "the count of 212", "examinations of the three"), a difference stated as "five
  more than" (kept out of the facts), a ratio ("more than twice as high"), and money and shares of economic output
  (as in fresh4-7).
- Ages, years, durations ("20 years", "72 hours", "two days", "eleven years", "30 days"), ordinals ("fourth
  guard", "third victim", "row 9"), times ("01:30 hours", "7.52 p.m.", live-blog stamps), distances ("40 km",
  "300 metres", "two kilometres"), weights ("30 tonnes"), rainfall ("48 millimetres"), a phone number, "twice"
  and "half burned" are no claims.
- Parts are grouped with their total (the Merovo dead by occupation, the 168 on board = 161 + 7, the 2025
  emigrants by sex). Increments ("Four of the victims died in hospital on Wednesday", "Two more people died"),
  subsets that are no partition (26 / 9 / 4 patients in serious care, 23 of the 41 admitted to one hospital, the
  five contractors, three elderly people found dead, 1,102 on remand, 15 serving sentences for murder), and the
  changing numbers of escapees still at large (125 on Sunday, 81 on Monday) are left out of the facts; the
  recaptured counts (87 -> 131) form their own fact.
- Statuses: disputed = different sources give incompatible figures; corroborated = two or more sources (or
  outlets) agree; consistent = compatible different figures from different sources (an update 87 -> 131, 2 -> 3
  dead, a widened evacuation zone 4,000 -> 6,500); single_source = one source only, updating itself (the airport's
  37 -> more than 50 flights) or restated by the outlet's own headline.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, vg, write  # noqa: E402


PEOPLE = ["people", "person"]
MONEY = ["money", "dinar", "shilling", "euro", "reward", "payment", "remittance", "percent"]
DOZENS = vg(24, 99)
HUNDREDS = vg(100, 999)
TENS_OF_THOUSANDS = vg(10000, 99999)

# --- Merovo chlorine leak ----------------------------------------------------------------------------
DEAD = PEOPLE + ["dead", "death", "toll", "victim", "killed"]
DEAD_WORKER = DEAD + ["worker", "employee"]
DEAD_DRIVER = DEAD + ["driver", "lorry driver"]
DEAD_RESIDENT = DEAD + ["resident"]
HOSP = PEOPLE + ["patient", "treated", "hospital", "hospitalised", "hospitalized", "admitted", "treatment"]
CHILD_SHARE = HOSP + ["child", "children", "percent", "quarter"]
EVAC = PEOPLE + ["resident", "evacuated", "evacuee", "home"]
AT_PLANT = PEOPLE + ["worker", "employee", "staff"]
CONTRACTOR = AT_PLANT + ["contractor"]
COUGHING = PEOPLE + ["resident"]
SIREN = ["siren", "warning siren"]
TOWN = PEOPLE + ["resident", "population", "inhabitant"]
BREACH = ["breach", "violation"]
DOCTOR = PEOPLE + ["doctor"]
MONITOR = ["monitoring point", "point", "station"]
CHARGED = PEOPLE + ["charged", "suspect", "defendant"]
CROWD = PEOPLE + ["resident", "crowd"]

ORLIC = ["orlic", "pavel orlic", "emergencies ministry", "ministry", "spokesman"]
EMERG = ["emergencies ministry", "ministry", "orlic"]
HD_D = ["regional health department", "health department"]
MERZ = ["merz", "iva merz"]
VRANA = ["vrana", "dusan vrana", "mayor"]
VODOKANAL = ["merovo vodokanal", "vodokanal", "operator", "company", "lukic"]
LUKIC = ["lukic", "stefan lukic", "vodokanal", "director"]
INSPECTORATE = ["environmental inspectorate", "inspectorate"]
HMIN = ["health ministry", "ministry"]
OFFICIALS_D = ["officials", "official", "health ministry", "ministry", "government"]
KOVAC = ["kovac", "ana kovac", "district hospital", "hospital"]
HREBIC = ["hrebic", "tomas hrebic", "governor", "regional governor"]
GOV_OFFICE = ["governor's office", "governor", "hrebic"]
SANINSP = ["chief sanitary inspector", "sanitary inspector", "inspector"]
UNION_D = ["dalesk union of utility workers", "union of utility workers", "union", "jovic"]
JOVIC = ["jovic", "marek jovic", "union"]
CLEANAIR = ["clean air merovo", "residents' group", "group", "orban"]
COUNCIL_D = ["town council", "council"]
PROSEC_D = ["regional prosecutors", "prosecutors", "prosecutor"]

# --- Olundi jailbreak --------------------------------------------------------------------------------
ESCAPED = PEOPLE + ["inmate", "prisoner", "escapee", "escaped", "convict", "men", "man"]
RECAP = ESCAPED + ["recaptured", "caught"]
AT_LARGE = ESCAPED + ["at large", "remaining"]
ATTACKER = PEOPLE + ["attacker", "gunman", "gunmen", "men", "man", "assailant"]
OFFICER_DEAD = PEOPLE + ["officer", "guard", "warder", "killed", "dead", "death"]
ATTACKER_DEAD = ATTACKER + ["killed", "dead", "death"]
OFFICER_INJ = PEOPLE + ["officer", "guard", "injured", "injury"]
OFFICER_DUTY = PEOPLE + ["officer", "guard", "warder"]
HELD = PEOPLE + ["inmate", "prisoner", "person", "persons", "detainee"]
REMAND = HELD + ["remand", "awaiting trial"]
CAPACITY = HELD + ["capacity", "place", "space"]
ROADBLOCK = ["roadblock"]
SHARE_UNTRIED = HELD + ["percent", "untried"]

MOI = ["ministry of interior", "interior ministry", "ministry", "statement"]
FERRIN = ["ferrin", "dauda ferrin", "minister", "ministry of interior"]
ZCS = ["zembara correctional service", "correctional service", "zcs"]
ADU = ["adu", "joseph adu", "trader"]
MUTONYI = ["mutonyi", "grace mutonyi", "police"]
POLICE_Z = ["police"]
UNION_Z = ["zembara prison officers' union", "prison officers' union", "union", "okafor"]
OKAFOR = ["okafor", "peter okafor", "union", "general secretary"]
KARGBO = ["kargbo", "amina kargbo", "interior ministry", "ministry"]
PRISONS_INSP = ["prisons inspectorate", "inspectorate", "report"]

# --- Port Seraine runway overrun ---------------------------------------------------------------------
CRASH_DEAD = PEOPLE + ["dead", "death", "toll", "victim", "killed", "passenger"]
INJURED = PEOPLE + ["injured", "passenger", "patient", "hospital", "admitted", "taken to hospital", "casualty"]
CRITICAL = PEOPLE + ["patient", "passenger", "critical", "intensive care"]
ON_BOARD = PEOPLE + ["passenger", "on board", "onboard", "occupant", "boarding pass"]
CREW = ON_BOARD + ["crew", "crew member"]
SEATED = PEOPLE + ["passenger"]
LIGHTNING = ["lightning strike", "strike", "lightning"]
FLIGHTS = ["flight"]
INVESTIGATOR = PEOPLE + ["investigator"]
AIRLINE_PAX = PEOPLE + ["passenger"]
RELATIVE = PEOPLE + ["relative", "family"]
COUNSELLOR = PEOPLE + ["counsellor", "counselor"]
REPORTS = ["report", "aquaplaning"]

AIRPORT_OFF = ["airport officials", "officials", "airport", "official"]
AIRPORT = ["airport", "port seraine international airport", "airport officials"]
COSTAVIA = ["costavia", "costavia airlines", "airline"]
ALMADA = ["almada", "rui almada", "fire chief"]
PSG_HOSP = ["port seraine general hospital", "general hospital", "hospital"]
REYES = ["reyes", "tomas reyes"]
WEATHER = ["national weather service", "weather service"]
AAIB = ["air accident investigation board", "investigation board", "aaib", "serra"]
HD_V = ["regional health department", "health department", "andrade"]
PILOTS = ["pilots' association", "pilots", "association"]
ALDMONT = ["operator of aldmont airport", "aldmont airport", "aldmont", "operator"]

# --- Mellara emigration ------------------------------------------------------------------------------
EMIGRANT = PEOPLE + ["emigrant", "emigration", "emigrated", "left", "citizen", "mellaran", "number"]
EMIG_MEN = EMIGRANT + ["men", "man"]
EMIG_WOMEN = EMIGRANT + ["women", "woman"]
EMIG_SHARE = EMIGRANT + ["percent", "two-thirds", "young"]
RISE = EMIGRANT + ["rise", "increase", "percent"]
MISSED = EMIGRANT + ["missed", "miss"]
COACH = PEOPLE + ["passenger", "traveller", "traveler"]
NURSE = PEOPLE + ["nurse", "colleague"]
YOUNG = PEOPLE + ["young adult", "adult", "percent"]
POP = PEOPLE + ["population", "resident", "inhabitant"]
HEALTH_STAFF = PEOPLE + ["doctor", "nurse", "doctors and nurses", "health worker"]
GRADUATE = PEOPLE + ["graduate", "medical graduate", "percent"]

ILIC = ["ilic", "petar ilic", "driver"]
RUSU = ["rusu", "ana rusu", "nurse"]
NSI = ["national statistics institute", "statistics institute", "institute", "nsi"]
VARGA = ["varga", "ilse varga", "university of velsa", "demographers", "team"]
DEMOGRAPHERS = ["demographers", "demographer", "university of velsa", "varga"]
SOLNIK = ["solnik", "marek solnik", "nsi", "director"]
BERG = ["berg", "tomas berg", "labour minister", "minister"]
CHAMBER = ["mellaran medical chamber", "medical chamber", "chamber"]
CBANK = ["central bank"]

A = {}

A["01_merovo-chlorine-leak_nordwire.txt"] = ("2026-03-11", [
    ("kills at least three", [], atl(3), DEAD, None),
    ("over 200 in hospital", [], atl(200), HOSP, None),
    ("At least three people were killed when chlorine gas leaked from a water treatment plant in the eastern Dalesk "
     "town of Merovo late on Tuesday, the emergencies ministry said", EMERG, atl(3), DEAD, "2026-03-10"),
    ("He said two of the dead were plant workers", ORLIC, ex(2), DEAD_WORKER, "2026-03-10"),
    ("one was a lorry driver who had been waiting at the gate", ORLIC, ex(1), DEAD_DRIVER, "2026-03-10"),
    ("About 4,000 people living within two kilometres of the plant were evacuated on Tuesday night", ORLIC,
     ap(4000, 3500, 4500), EVAC, "2026-03-10"),
    ("had treated more than 200 people, the regional health department said", HD_D, atl(200), HOSP, None),
    ("It said 26 patients were in a serious condition on Wednesday", HD_D, ex(26), HOSP, "2026-03-11"),
    ("children accounted for about a quarter of those brought in", HD_D, ap(25, 22, 28), CHILD_SHARE, None),
    ("On Tuesday night there were dozens of people coughing and vomiting on the pavement", MERZ, DOZENS, COUGHING,
     "2026-03-10"),
    ("said all 46 of the town's warning sirens had been tested in January", VRANA, ex(46), SIREN, None),
    ("said 14 workers had been at the site when the leak began", VODOKANAL, ex(14), AT_PLANT, "2026-03-10"),
    ("All 14 have been accounted for", LUKIC, ex(14), AT_PLANT, "2026-03-10", True),
    ("found three breaches of safety rules", INSPECTORATE, ex(3), BREACH, None),
    ("Merovo, a town of about 38,000 people", [], ap(38000, 34000, 42000), TOWN, None),
    ("since 2017, when 11 people died in a fire at a fertiliser plant in Orsk", [], ex(11), DEAD, None),
])

A["02_merovo-chlorine-leak_dbcnews.txt"] = ("2026-03-12", [
    ("Death toll rises to seven", [], ex(7), DEAD, None),
    ("Seven people have now died after a chlorine leak at a water treatment plant in the Dalesk town of Merovo, the "
     "country's health ministry says", HMIN, ex(7), DEAD, "2026-03-10"),
    ("Four of the victims died in hospital on Wednesday, the ministry said", HMIN, ex(4), DEAD, "2026-03-11"),
    ("Three of the dead worked at the plant", HMIN, ex(3), DEAD_WORKER, "2026-03-10"),
    ("one was a lorry driver", HMIN, ex(1), DEAD_DRIVER, "2026-03-10"),
    ("three lived in nearby streets, it added", HMIN, ex(3), DEAD_RESIDENT, "2026-03-10"),
    ("Officials say 341 people have been treated in hospital since the leak began", OFFICIALS_D, ex(341), HOSP,
     None),
    ("Fifty-eight were still in hospital on Thursday morning", OFFICIALS_D, ex(58), HOSP, "2026-03-12"),
    ("nine of them in intensive care", OFFICIALS_D, ex(9), HOSP + ["intensive care"], "2026-03-12"),
    ("we had six doctors on duty", KOVAC, ex(6), DOCTOR, "2026-03-10"),
    ("My staff alone saw nearly 500 people", KOVAC, atm(500, 450), HOSP, None),
    ("about 6,500 people have now left their homes, the regional governor, Tomas Hrebic, said", HREBIC,
     ap(6500, 5700, 7300), EVAC, None),
    ("Chlorine levels at all 12 monitoring points around the town", SANINSP, ex(12), MONITOR, None),
    ("The operator, Merovo Vodokanal, has said 14 people were at the site", VODOKANAL, ex(14), AT_PLANT,
     "2026-03-10"),
    ("the Dalesk Union of Utility Workers says 19 people were there", UNION_D, ex(19), AT_PLANT, "2026-03-10"),
    ("including five contractors who had been brought in to repair a pump", UNION_D, ex(5), CONTRACTOR,
     "2026-03-10"),
    ("Five people were there who did not exist on paper", JOVIC, ex(5), CONTRACTOR, "2026-03-10", True),
])

A["03_merovo-chlorine-leak_merovoherald.txt"] = ("2026-03-13", [
    ("Leak toll rises to nine", [], ex(9), DEAD, None),
    ("Two more people died in hospital yesterday", HMIN, ex(2), DEAD, "2026-03-12"),
    ("taking the death toll to nine, the health ministry said last night", HMIN, ex(9), DEAD, "2026-03-10"),
    ("Of the nine dead, four were employees of Merovo Vodokanal, the ministry said", HMIN, ex(4), DEAD_WORKER,
     "2026-03-10"),
    ("says at least 12 people have died", CLEANAIR, atl(12), DEAD, "2026-03-10"),
    ("It counts three elderly people who were found dead in their flats inside the evacuation zone on Wednesday",
     CLEANAIR, ex(3), DEAD_RESIDENT + ["elderly"], "2026-03-11"),
    ("post-mortem examinations of the three were not yet complete", HMIN, ex(3), DEAD_RESIDENT + ["elderly"],
     "2026-03-11", True),
    ("Of the 341 people treated in hospital since Tuesday", HD_D, ex(341), HOSP, None),
    ("31 were still being treated last night", HD_D, ex(31), HOSP, "2026-03-12"),
    ("four of them in intensive care, the regional health department said", HD_D, ex(4),
     HOSP + ["intensive care"], "2026-03-12"),
    ("her staff alone had seen nearly 500 people", KOVAC, atm(500, 450), HOSP, None),
    ("Most of the 6,500 people evacuated from the northern districts", [], ex(6500), EVAC, None),
    ("About 800 living closest to the plant, in the streets around Kovacka Street, were still not allowed back last "
     "night, the governor's office said", GOV_OFFICE, ap(800, 700, 900), EVAC, "2026-03-12"),
    ("would pay 500 dinars to every household", COUNCIL_D, ex(500), MONEY, None, True),
    ("Regional prosecutors said yesterday they had charged three people over the leak", PROSEC_D, ex(3), CHARGED,
     "2026-03-12"),
    ("More than 300 people packed into the council chamber last night", [], atl(300), CROWD, "2026-03-12"),
    ("with hundreds more listening outside on loudspeakers", [], HUNDREDS, CROWD, "2026-03-12"),
    ("which says 19 people were at the plant when the valve failed", UNION_D, ex(19), AT_PLANT, "2026-03-10"),
    ("Vodokanal has stuck to its figure of 14", VODOKANAL, ex(14), AT_PLANT, "2026-03-10"),
])

A["04_olundi-jailbreak_zpa.txt"] = ("2026-05-17", [
    ("212 inmates escape from Olundi Central Prison", [], ex(212), ESCAPED, None),
    ("87 recaptured", [], ex(87), RECAP, None),
    ("A total of 212 inmates have escaped from Olundi Central Prison after a group of armed men attacked the "
     "facility in the early hours of Sunday, the Ministry of Interior informed", MOI, ex(212), ESCAPED,
     "2026-05-17"),
    ("the attackers, numbering about 40", MOI, ap(40, 35, 45), ATTACKER, "2026-05-17"),
    ("Three prison officers and one of the attackers lost their lives in the exchange of fire", MOI, ex(3),
     OFFICER_DEAD, "2026-05-17"),
    ("one of the attackers lost their lives", MOI, ex(1), ATTACKER_DEAD, "2026-05-17"),
    ("six officers sustained injuries and were transported to Olundi General Hospital", MOI, ex(6), OFFICER_INJ,
     "2026-05-17"),
    ("Security forces have so far recaptured 87 of the escaped inmates", MOI, ex(87), RECAP, "2026-05-17"),
    ("the search for the remaining 125 is continuing", MOI, ex(125), AT_LARGE, "2026-05-17"),
    ("The Minister disclosed that 15 of the escaped inmates were serving sentences for murder or armed robbery",
     FERRIN, ex(15), ESCAPED, None),
    ("a reward of 500,000 shillings", FERRIN, ex(500000), MONEY, None, True),
    ("with capacity for 650 inmates", ZCS, ex(650), CAPACITY, None),
    ("was holding 1,486 persons at the moment of the attack", ZCS, ex(1486), HELD, "2026-05-17"),
    ("of which 1,102 were on remand awaiting trial", ZCS, ex(1102), REMAND, "2026-05-17"),
    ("he witnessed \"more than 50 prisoners\" running through the market", ADU, atl(50), ESCAPED, "2026-05-17"),
    ("about 30 roadblocks were mounted on Sunday", MUTONYI, ap(30, 26, 34), ROADBLOCK, "2026-05-17"),
    ("in March 2023, 54 inmates escaped from Bakwe Prison", [], ex(54), ESCAPED, None),
])

A["05_olundi-jailbreak_apwire.txt"] = ("2026-05-19", [
    ("Guards' union says over 300 escaped", UNION_Z, atl(300), ESCAPED, None),
    ("More than 300 inmates escaped during an armed attack on a prison in central Zembara over the weekend, a union "
     "representing prison guards said Tuesday", UNION_Z, atl(300), ESCAPED, "2026-05-17"),
    ("The Interior Ministry has said 212 prisoners fled Olundi Central Prison", MOI, ex(212), ESCAPED, "2026-05-17"),
    ("when about 40 gunmen stormed it early Sunday", MOI, ap(40, 35, 45), ATTACKER, "2026-05-17"),
    ("More than 300 men were missing from their cells", OKAFOR, atl(300), ESCAPED, "2026-05-17"),
    ("Okafor said the prison had held more than 1,700 inmates that night", OKAFOR, atl(1700), HELD, "2026-05-17"),
    ("not the 1,486 given by the Zembara Correctional Service", ZCS, ex(1486), HELD, "2026-05-17"),
    ("only 23 officers had been on duty", OKAFOR, ex(23), OFFICER_DUTY, "2026-05-17"),
    ("saying the count of 212 had been \"verified against the biometric register\"", KARGBO, ex(212), ESCAPED,
     "2026-05-17", True),
    ("bringing the number of officers killed to four, the correctional service said", ZCS, ex(4), OFFICER_DEAD,
     "2026-05-17"),
    ("Police said two attackers were also killed", POLICE_Z, ex(2), ATTACKER_DEAD, "2026-05-17"),
    ("Police spokeswoman Grace Mutonyi said 131 escapees had been caught by Monday evening", MUTONYI, ex(131), RECAP,
     "2026-05-18"),
    ("81 remained at large", MUTONYI, ex(81), AT_LARGE, "2026-05-18"),
    ("Zembara's prisons hold about 28,000 inmates", PRISONS_INSP, ap(28000, 24600, 31400), HELD, None),
    ("in space built for 11,000", PRISONS_INSP, ex(11000), CAPACITY, None),
    ("about 70% of them have not been tried", PRISONS_INSP, ap(70, 63, 77), SHARE_UNTRIED, None),
    ("since 2023, when 54 inmates fled Bakwe Prison", [], ex(54), ESCAPED, None),
])

A["06_port-seraine-runway-crash_coastaltribune.txt"] = ("2026-06-27", [
    ("Two dead as Costavia jet overshoots runway", [], ex(2), CRASH_DEAD, None),
    ("Two people were killed and dozens injured on Friday evening", AIRPORT_OFF, ex(2), CRASH_DEAD, "2026-06-26"),
    ("dozens injured on Friday evening when a Costavia Airlines passenger jet skidded off the end of the runway",
     AIRPORT_OFF, DOZENS, INJURED, "2026-06-26"),
    ("Costavia said flight CV318 from Aldmont had been carrying 168 people", COSTAVIA, ex(168), ON_BOARD,
     "2026-06-26"),
    ("161 passengers", COSTAVIA, ex(161), ON_BOARD, "2026-06-26"),
    ("seven crew members", COSTAVIA, ex(7), CREW, "2026-06-26"),
    ("said two passengers who had been seated near the break were killed", ALMADA, ex(2), CRASH_DEAD, "2026-06-26"),
    ("Costavia said 41 passengers had been taken to hospital", COSTAVIA, ex(41), INJURED, "2026-06-26"),
    ("Port Seraine General Hospital said it had admitted 23 of them", PSG_HOSP, ex(23), INJURED, "2026-06-26"),
    ("three were in a critical condition on Saturday morning", PSG_HOSP, ex(3), CRITICAL, "2026-06-27"),
    ("About twenty of us were still in our seats when the smoke came in", REYES, ap(20, 18, 22), SEATED,
     "2026-06-26"),
    ("had recorded 1,200 lightning strikes across the Seraine coast on Friday evening", WEATHER, ex(1200),
     LIGHTNING, "2026-06-26"),
    ("said 37 flights had been cancelled or diverted", AIRPORT, ex(37), FLIGHTS, None),
    ("had sent a team of 12 investigators to the site", AAIB, ex(12), INVESTIGATOR, None),
    ("carried 6.1 million passengers last year", [], ex(6100000), AIRLINE_PAX, None),
])

A["07_port-seraine-runway-crash_seraine24.txt"] = ("2026-06-28", [
    ("67 taken to hospital, health department says", HD_V, ex(67), INJURED, None),
    ("The regional health department says 67 passengers were admitted to hospitals on Friday night", HD_V, ex(67),
     INJURED, "2026-06-26"),
    ("not the 41 Costavia has reported", COSTAVIA, ex(41), INJURED, "2026-06-26"),
    ("It cites 14 reports by pilots of aircraft aquaplaning at Port Seraine", PILOTS, ex(14), REPORTS, None),
    ("About 40 relatives are waiting for news", [], ap(40, 35, 45), RELATIVE, "2026-06-28"),
    ("Costavia says it has flown in 15 counsellors", COSTAVIA, ex(15), COUNSELLOR, None),
    ("bringing the death toll to three, the hospital says", PSG_HOSP, ex(3), CRASH_DEAD, "2026-06-26"),
    ("Two other passengers remain in intensive care", PSG_HOSP, ex(2), CRITICAL, "2026-06-28"),
    ("More than 50 flights have been cancelled or diverted since Friday night", AIRPORT, atl(50), FLIGHTS, None),
    ("affecting about 7,000 passengers, it says", AIRPORT, ap(7000, 6200, 7800), AIRLINE_PAX, None),
    ("The operator of Aldmont airport says 166 boarding passes were scanned at the gate for flight CV318", ALDMONT,
     ex(166), ON_BOARD, "2026-06-26"),
    ("five more than the 161 passengers", ALDMONT, ex(5), ON_BOARD, "2026-06-26", True),
    ("the 161 passengers Costavia has listed", COSTAVIA, ex(161), ON_BOARD, "2026-06-26"),
    ("Two passengers died at the scene", [], ex(2), CRASH_DEAD, "2026-06-26"),
    ("dozens were injured", [], DOZENS, INJURED, "2026-06-26"),
])

A["08_mellara-emigration_mellaraobserver.txt"] = ("2026-04-21", [
    ("Mellara's emigration figures 'miss tens of thousands', demographers say", DEMOGRAPHERS, TENS_OF_THOUSANDS,
     MISSED, None),
    ("Of the 49 passengers, the driver said", ILIC, ex(49), COACH, "2026-04-20"),
    ("at least 30 were travelling on one-way tickets", ILIC, atl(30), COACH, "2026-04-20"),
    ("Eleven of the 30 nurses on my ward have gone", RUSU, ex(11), NURSE, None),
    ("the 30 nurses on my ward", RUSU, ex(30), NURSE, None),
    ("Officially, 41,200 people emigrated from Mellara last year", NSI, ex(41200), EMIGRANT, None),
    ("9% more than in 2024, according to figures published last Thursday by the National Statistics Institute",
     NSI, ex(9), RISE, None),
    ("Of those who left, 22,700 were men", NSI, ex(22700), EMIG_MEN, None),
    ("18,500 were women", NSI, ex(18500), EMIG_WOMEN, None),
    ("almost two-thirds were under 35, the institute said", NSI, atm(67, 60), EMIG_SHARE, None),
    ("the true number is more than twice as high", DEMOGRAPHERS, atl(2), EMIGRANT, None, True),
    ("a team led by Professor Ilse Varga counted at least 88,000 Mellaran citizens", VARGA, atl(88000), EMIGRANT,
     None),
    ("The official statistics miss tens of thousands of people every year", VARGA, TENS_OF_THOUSANDS, MISSED, None),
    ("Her team puts the number who left in 2024 at 81,000", VARGA, ex(81000), EMIGRANT, None),
    ("against the NSI's 37,800", NSI, ex(37800), EMIGRANT, None),
    ("we think one in five young adults has left", VARGA, ap(20, 18, 22), YOUNG, None),
    ("I do not believe we would get beyond 55,000", SOLNIK, atm(55000), EMIGRANT, None),
    ("The country's population fell below 3 million in the 2021 census", [], atm(3000000, 2900000), POP, None),
    ("the NSI estimates it at 2.87 million on 1 January this year", NSI, ex(2870000), POP, "2026-01-01"),
    ("about 2,300 doctors and nurses had left in 2025", BERG, ap(2300, 2000, 2600), HEALTH_STAFF, None),
    ("nearly 40% of medical graduates leave the country", CHAMBER, atm(40, 36), GRADUATE, None),
    ("sent home 1.9 billion euros last year", CBANK, ex(1900000000), MONEY, None, True),
    ("about 6% of economic output", CBANK, ap(6, 5, 7), MONEY, None, True),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-3", "01-4", "01-5", "02-1", "02-2", "02-4", "02-5", "02-6", "03-1", "03-3",
                        "03-4", "03-5"],
     "Merovo chlorine-leak deaths (leak of 2026-03-10): at least 3 = 2 workers + 1 lorry driver (emergencies "
     "ministry) -> 7 = 3 workers + 1 driver + 3 residents -> 9, 4 of them workers (health ministry) vs at least 12 "
     "(Clean Air Merovo)"),
    ("F2", "disputed", ["01-2", "01-7", "02-7", "02-11", "03-8", "03-11"],
     "people treated in hospital after the leak: more than 200 (health department) -> 341 (officials / health "
     "department) vs nearly 500 at the district hospital alone (its director, Kovac)"),
    ("F3", "consistent", ["01-6", "02-12", "03-12"],
     "people evacuated: about 4,000 on Tuesday night (Orlic) -> about 6,500 after the zone was widened (governor)"),
    ("F4", "disputed", ["01-12", "01-13", "02-14", "02-15", "03-18", "03-19"],
     "people at the plant when the leak began: 14 (operator Merovo Vodokanal) vs 19 (utility workers' union)"),
    ("F5", "disputed", ["04-1", "04-3", "05-1", "05-2", "05-3", "05-5", "05-9"],
     "inmates who escaped from Olundi Central Prison on 2026-05-17: 212 (interior ministry) vs more than 300 "
     "(prison officers' union)"),
    ("F6", "consistent", ["04-2", "04-8", "05-12"],
     "escapees recaptured: 87 on Sunday (ministry; headline) -> 131 by Monday evening (police)"),
    ("F7", "consistent", ["04-5", "05-10"],
     "prison officers killed in the attack: 3 (ministry) -> 4 after one died in hospital (correctional service)"),
    ("F8", "consistent", ["04-6", "05-11"], "attackers killed: 1 (ministry) -> 2 (police)"),
    ("F9", "corroborated", ["04-4", "05-4"], "gunmen in the attack: about 40 (ministry, both outlets)"),
    ("F10", "disputed", ["04-13", "05-6", "05-7"],
     "inmates held at the time of the attack: 1,486 (correctional service) vs more than 1,700 (Okafor, union)"),
    ("F11", "corroborated", ["04-17", "05-17"], "inmates who escaped from Bakwe Prison in 2023: 54 (both outlets)"),
    ("F12", "consistent", ["06-1", "06-2", "06-7", "07-7", "07-14"],
     "Port Seraine crash deaths (2026-06-26): 2 (airport officials, fire chief) -> 3 after a woman died in hospital "
     "(hospital)"),
    ("F13", "disputed", ["06-4", "06-5", "06-6", "07-11", "07-13"],
     "people on board flight CV318: 168 = 161 passengers + 7 crew (Costavia) vs 166 boarding passes scanned "
     "(Aldmont airport)"),
    ("F14", "disputed", ["06-3", "06-8", "07-1", "07-2", "07-3", "07-15"],
     "people injured / taken to hospital after the crash: dozens; 41 (Costavia) vs 67 (regional health department)"),
    ("F15", "single_source", ["06-13", "07-9"],
     "flights cancelled or diverted: 37 -> more than 50 since Friday night (airport)"),
    ("F16", "disputed", ["08-6", "08-8", "08-9", "08-12", "08-17"],
     "people who emigrated from Mellara in 2025: 41,200 = 22,700 men + 18,500 women (NSI) vs at least 88,000 "
     "(Varga's team) vs at most 55,000 (NSI director Solnik)"),
    ("F17", "disputed", ["08-14", "08-15"], "people who emigrated in 2024: 37,800 (NSI) vs 81,000 (Varga's team)"),
    ("F18", "single_source", ["08-1", "08-13"],
     "emigrants missed by the official statistics each year: tens of thousands (demographers; headline and quote)"),
]


if __name__ == "__main__":
    write(HERE, "fresh9.gold.json", A, FACTS)
