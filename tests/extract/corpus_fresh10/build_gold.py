"""Builds fresh10.gold.json from the annotations below (run: python3 build_gold.py).

The tenth fresh set, written BLIND: 8 invented articles on 4 events, in wire / broadcaster / newspaper styles
(a Reuters-style "(Northline) -" dateline with a reporting/editing credit, an AFP-style "Hallen (Vessland) (AFP) -"
dateline with bare weekdays and an agency sign-off, a broadcaster web piece with subheads and no dateline, a
translated agency report with "5 February" dates and formal titles, a broadsheet analysis with curly quotes,
local papers with bylines and "yesterday"/"last night"/"today", and a short port-city news brief) --
a tour-bus crash on the Qelim pass in Tamsara on Sunday 2026-03-15 (3 outlets over 3 days: deaths at least 14
(police) -> 15 (governor) -> 19 (Tamsara's health ministry, Norvenia's foreign ministry); Norvenians among the
dead: at least 8 (embassy) -> 12 (foreign ministry) vs 9 (Tamsaran police, which counts dual nationals as
Tamsaran); people on board: 43 (police) vs 34 customers + 3 crew (tour operator); 24 injured (police, health
ministry); 12 injured Norvenians flown home on 2026-03-17; 7 members of a Halsby choir among the dead),
a hunger strike at Monteluz Central Prison in Palvera (2 outlets, 9 days apart: strikers 340 / nearly 400
(relatives' committee COFAPEL) vs 85 -> 62 (National Penitentiary Service); strikers needing treatment 11 /
at least 15 (relatives) vs 6 -> 9 (service); inmates in the isolation wing 46 (lawyers) vs 38 (service);
capacity 1,200; population 2,240 (service) / about 2,200 (People's Defender); a transfer of 300 inmates
promised by the justice minister), a blizzard that stranded motorists on Vessland's A7 motorway on Tuesday
2026-01-20 (2 outlets: vehicles stuck about 3,000 -> 3,400 (police) vs nearly 5,000 (motorists' association
VAM); two dead on two different days; 600 soldiers; more than 1,400 -> 1,650 people in shelters; about 46,000
households (grid operator) / more than 45,000 homes (county governor) lost power), and a norovirus outbreak on
the cruise ship Aurora Meridiana (1 outlet: 243 ill = 212 passengers + 31 crew (cruise line) vs "at least 400"
(a passenger); 3,000 on board = 2,138 passengers + 862 crew).
Annotated by hand by the README rules of ../shared/eval WITHOUT reading the system's code or docs and WITHOUT
running the extractor, claimlog or the scorer on these articles. Each claim: evidence (exact substring),
speaker aliases ([] = the article's own voice), quantity, subject nouns, date [, optional]. Conventions (as in
fresh7 and the dev gold):
- A date is given when the figure's clause (or the event it counts) fixes the day: deaths, injuries, people on
  board and nationalities of the dead in the one-day bus crash take the crash's day (2026-03-15) even when the
  toll is given two days later; "said on Friday that 62 inmates were still refusing meals" takes the Friday;
  "still unaccounted for on Monday afternoon", "still in hospital on Tuesday", "still without power last night"
  take that day; the blizzard's stranded vehicles, sheltered people, soldiers deployed and households that lost
  power "on Tuesday night" take Tuesday 2026-01-20; the night spent in the vehicles takes the night's evening.
  "Yesterday"/"last night" resolve against the article's header date.
- Left undated: headlines; cumulative counts over several days (the blizzard's two deaths, one on Tuesday night
  and one on Wednesday morning; the cruise's ill "since the ship left Caldera on 26 March"; strikers treated
  "since the strike began"; calls "in 24 hours"); states without a stated day ("were in a serious condition",
  "puts the number at nearly 400", "currently houses 2,240", "is sticking to its estimate"); the prison's
  capacity; background and other events ("In January, seven people died", "Last May, 96", "In 2023").
- Speakers: an attribution after the quote or at the end of the sentence covers every figure of that sentence
  ("..., police said on Monday"); a figure in the next sentence with no attribution of its own keeps the
  previous sentence's speaker only where it continues the same statement ("Two of them ... were kept in
  overnight" after the port health officer); pronouns ("he added", "She said") are resolved to the named person;
  a headline's "ministry says" / "relatives say" / "authorities speak of" attributes its figures; a figure the
  outlet states in its own words (the choir's 16 members, the farmer's 25 cars, the 27 lawyers' petition) is the
  article's own voice.
- Optional: back-references that restate a figure already given in the same article ("the families of all
  12"), money ("1.2 million kroner"), "groups of 200", a rhetorical hypothetical in a quote ("Move 300 men out
  ... send 300 more in"), and a count of occasions ("closed by snow only twice in the past decade").
- Ages ("71", "a 48-year-old", "in their eighties"), years, durations ("12-day tour", "19 days", "14 hours",
  "48 hours", "for 22 years"), ordinals ("second outbreak"), times ("7 p.m.", "6:45 pm", "2am"), distances and
  heights ("12 km", "60 metres", "40-kilometre stretch", "10 kilometres"), snow depth ("70 centimetres") and
  temperatures ("minus 14 degrees") are no claims.
- Parts are grouped with their total (the tour operator's 34 customers + 3 crew with the police's 43 on board;
  the cruise's 212 + 31 ill with 243; 2,138 + 862 with 3,000 on board). Increments ("the last four people
  missing"), subsets that are no partition (11 seriously injured, 23 refusing all food, two taken to Santa
  Clara, 1,100 lorries, 320 in one school hall, five choir survivors flown home, three dual nationals) and
  states at other times (17 / 10 still in hospital, 9,500 still without power) are left out of the facts.
- Statuses: disputed = different sources give incompatible figures; corroborated = two or more sources (or an
  outlet's own voice and a source) agree, earlier lower bounds / lower tolls allowed; consistent = compatible
  different figures from different sources only (more than 1,400 -> 1,650 sheltered); single_source = one source
  only, whether it updates itself, is restated by the outlet's own headline, or is carried by two outlets (the
  justice minister's 300 transfers).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, vg, write  # noqa: E402


PEOPLE = ["people", "person"]
MONEY = ["krone", "kroner", "money", "fund", "donation"]

# --- Qelim pass bus crash (Tamsara) ------------------------------------------------------------------
DEAD = PEOPLE + ["dead", "death", "toll", "killed", "victim", "body", "bodies"]
NORV_DEAD = DEAD + ["norvenian", "citizen", "national"]
DUAL = DEAD + ["dual national", "dual citizen", "national", "citizen"]
INJ = PEOPLE + ["injured", "casualty", "casualties", "survivor", "patient"]
HOSP = INJ + ["hospitalised", "hospitalized", "in hospital", "norvenian"]
FLOWN = INJ + ["norvenian", "evacuated", "flown", "repatriated"]
ONBOARD = PEOPLE + ["passenger", "occupant", "on board", "aboard"]
CUSTOMER = ONBOARD + ["customer", "tourist", "client"]
CREW = PEOPLE + ["crew", "crew member", "member", "driver", "guide"]
MISSING = PEOPLE + ["missing", "unaccounted", "trapped"]
STAFF = PEOPLE + ["staff", "consular staff", "doctor", "psychologist", "team", "official"]
ROAD_DEAD = DEAD + ["road death"]
ROAD_PCT = ["death", "road death", "percent", "quarter", "crash"]
COACH = ["coach", "coaches", "bus", "buses", "vehicle", "vehicles", "fleet"]
TOURIST = PEOPLE + ["tourist", "visitor", "norvenian"]
CHOIR_DEAD = DEAD + ["choir member", "member", "singer"]
CHOIR_M = PEOPLE + ["member", "choir member", "singer"]
CHOIR_SURV = INJ + ["member", "choir member", "singer", "flown"]
VIGIL = PEOPLE + ["mourner", "attendee", "attendees", "crowd"]
RESIDENTS = PEOPLE + ["resident", "inhabitant", "population"]

POLICE_T = ["police", "traffic police", "haddad"]
HADDAD = ["haddad", "faris haddad", "traffic police", "police"]
EMBASSY = ["embassy", "norvenia's embassy", "norvenia"]
KARIM = ["karim", "nadia karim", "governor"]
QHOSP = ["qelim district hospital", "district hospital", "hospital", "spokesman"]
NFM = ["foreign ministry", "ministry", "holm", "lindqvist", "norvenia"]
HOLM = ["holm", "astrid holm", "foreign minister", "foreign ministry"]
T_HEALTH = ["health ministry", "ministry", "tamsara"]
HEADLINE_MIN = ["ministry", "foreign ministry", "health ministry"]
NORDLYS = ["nordlys travel", "nordlys", "brekke", "company"]
BREKKE = ["brekke", "leif brekke", "nordlys travel", "nordlys"]
BAKRI = ["bakri", "youssef bakri", "transport minister"]
WHO = ["world health organization", "who"]
TOURISM = ["tourism board", "board"]
CHOIR = ["cantilena choir", "choir", "vik"]
RAMBERG = ["ramberg", "kjell ramberg", "mayor"]

# --- Monteluz prison hunger strike (Palvera) --------------------------------------------------------
STRIKER = PEOPLE + ["inmate", "inmates", "prisoner", "striker", "hunger striker", "protester"]
MED = STRIKER + ["patient", "treated", "hospitalised", "hospitalized", "infirmary", "medical"]
INMATE = PEOPLE + ["inmate", "inmates", "prisoner", "population", "men", "man"]
CAPACITY = INMATE + ["place", "places", "capacity", "room", "bed"]
ISOL = INMATE + ["isolation", "solitary", "held"]
TRANSFER = INMATE + ["transfer", "transferred"]
OCC = ["occupancy", "capacity", "percent", "overcrowding", "prison"]
GROWTH = INMATE + ["prison population", "percent", "growth", "increase"]
PRETRIAL = INMATE + ["percent", "pre-trial", "awaiting trial", "detainee"]
RELATIVES = PEOPLE + ["relative", "relatives", "family", "families"]
LAWYER = PEOPLE + ["lawyer", "petitioner"]
GUARD = PEOPLE + ["guard", "officer", "prison officer", "warder"]
PRISON = ["prison", "prisons", "jail", "facility"]

COFAPEL = ["committee of relatives of persons deprived of liberty", "cofapel", "committee", "relatives",
           "quintana"]
SNP = ["national penitentiary service", "penitentiary service", "snp", "service", "authorities", "ruiz"]
RUIZ = ["ruiz", "baldomero ruiz", "héctor baldomero ruiz", "snp", "penitentiary service", "director"]
LAWYERS = ["lawyers", "lawyer"]
DEFENDER = ["office of the people's defender", "office of the people’s defender", "people's defender",
            "people’s defender", "defender", "ombudsman"]
ORTUZAR = ["ortúzar", "ortuzar", "camila ortúzar", "justice minister", "minister of justice"]
FERRER = ["ferrer", "lucía ferrer", "lucia ferrer", "criminologist"]
SITRAPEN = ["sitrapen", "union", "prison officers' union", "prison officers’ union"]

# --- A7 blizzard (Vessland) -------------------------------------------------------------------------
VEHICLE = ["vehicle", "vehicles", "car", "cars", "lorry", "lorries", "truck", "jam"]
LORRY = ["lorry", "lorries", "truck", "hgv", "vehicle", "vehicles"]
STRANDED = PEOPLE + ["motorist", "driver", "stranded", "traveller", "traveler"]
DEAD_C = PEOPLE + ["dead", "death", "killed", "died", "victim", "toll"]
SOLDIER = PEOPLE + ["soldier", "troops", "troop"]
SHELTER = PEOPLE + ["evacuee", "evacuees", "sheltered", "shelter", "stranded"]
PLOUGH = ["snowplough", "snowplow", "plough", "plow", "gritter", "vehicle", "vehicles", "machine"]
HOUSEHOLD = ["household", "home", "homes", "customer", "house", "houses", "property", "power", "outage"]
CALL = ["call", "emergency call"]
CAR = ["car", "cars", "vehicle", "vehicles"]
MEAL = ["meal", "hot meal"]
VOLUNTEER = PEOPLE + ["volunteer"]
ROAD_CREW = ["crew", "road crew", "winter road crew", "team"]

POLICE_V = ["police", "national police"]
VAM = ["vam", "motorists' association", "association"]
EKDAL = ["ekdal", "jonas ekdal", "interior minister"]
REDCROSS = ["red cross"]
VESSVEI = ["vessvei", "road operator", "company"]
NORDNET = ["nordnet", "grid operator", "spokesman"]
ZELENKA = ["zelenka", "marek zelenka", "lorry driver", "driver"]
AAS = ["aas", "kari aas", "principal"]
BRANDT = ["brandt", "ellen brandt", "county governor", "governor"]
EIDE = ["eide", "tor eide", "councillor"]

# --- Aurora Meridiana norovirus (Portmarin) ---------------------------------------------------------
ILL = PEOPLE + ["ill", "sick", "case", "cases", "patient", "infected", "affected"]
ILL_PASS = ILL + ["passenger"]
ILL_CREW = ILL + ["crew", "crew member", "member"]
ILL_PCT = ILL + ["percent", "share"]
ABOARD = PEOPLE + ["passenger", "crew", "on board", "aboard"]
ABOARD_PASS = PEOPLE + ["passenger", "on board", "aboard"]
ABOARD_CREW = PEOPLE + ["crew", "crew member", "member", "on board"]
HOSP_D = PEOPLE + ["patient", "hospitalised", "hospitalized", "taken to hospital", "passenger"]
NEW_PASS = PEOPLE + ["passenger"]

HALCYON = ["halcyon cruises", "halcyon", "operator", "company", "spokeswoman"]
ASHBY = ["ashby", "glenn ashby", "passenger"]
OKAFOR = ["okafor", "nadia okafor", "port health officer", "port health"]

A = {}

A["01_qelim-bus-crash_northline.txt"] = ("2026-03-16", [
    ("Tour bus plunges into ravine in Tamsara, killing at least 14", [], atl(14), DEAD, None),
    ("killing at least 14 people", POLICE_T, atl(14), DEAD, "2026-03-15"),
    ("and injuring 24, police said on Monday", POLICE_T, ex(24), INJ, "2026-03-15"),
    ("was carrying 43 people when it left the road", HADDAD, ex(43), ONBOARD, "2026-03-15"),
    ("said at least eight of the dead were Norvenian citizens", EMBASSY, atl(8), NORV_DEAD, "2026-03-15"),
    ("Haddad said five people were still unaccounted for on Monday afternoon", HADDAD, ex(5), MISSING,
     "2026-03-16"),
    ("told state television the toll had risen to 15", KARIM, ex(15), DEAD, "2026-03-15"),
    ("Eleven of them were in a serious condition, a spokesman for Qelim district hospital said", QHOSP, ex(11),
     INJ, None),
    ("sending a team of 16 consular staff, doctors and psychologists to Qelim on Monday", NFM, ex(16), STAFF,
     "2026-03-16"),
    ("In January, seven people died when a minibus hit a lorry", [], ex(7), DEAD, None),
    ("More than 3,100 people were killed on Tamsara's roads last year, according to the World Health "
     "Organization", WHO, atl(3100), ROAD_DEAD, None),
    ("about a quarter of road deaths in the country involve buses or minibuses", WHO, ap(25, 22, 28), ROAD_PCT,
     None),
])

A["02_qelim-bus-crash_nrbnews.txt"] = ("2026-03-17", [
    ("Tamsara bus crash: 12 Norvenians", NFM, ex(12), NORV_DEAD, None),
    ("among 19 dead, ministry says", HEADLINE_MIN, ex(19), DEAD, None),
    ("Twelve Norvenians were among", NFM, ex(12), NORV_DEAD, "2026-03-15"),
    ("the 19 people killed when a tour bus plunged into a ravine in southern Tamsara on Sunday, the foreign "
     "ministry says", NFM, ex(19), DEAD, "2026-03-15"),
    ("recovered the bodies of the last four people missing, Tamsara's health ministry said", T_HEALTH, ex(4),
     DEAD + MISSING, "2026-03-17"),
    ("the families of all 12 had been informed", HOLM, ex(12), NORV_DEAD + ["family", "families"], "2026-03-15",
     True),
    ("who said on Tuesday that nine of the dead were Norvenian", POLICE_T, ex(9), NORV_DEAD, "2026-03-15"),
    ("said 34 of its customers were on board", NORDLYS, ex(34), CUSTOMER, "2026-03-15"),
    ("along with three crew members", NORDLYS, ex(3), CREW, "2026-03-15"),
    ("have put the number of people on the bus at 43", POLICE_T, ex(43), ONBOARD, "2026-03-15"),
    ("Of the 24 people injured", T_HEALTH, ex(24), INJ, "2026-03-15"),
    ("17 were still in hospital on Tuesday", T_HEALTH, ex(17), HOSP, "2026-03-17"),
    ("six of them in intensive care in Bayar, the health ministry said", T_HEALTH, ex(6), HOSP, "2026-03-17"),
    ("An air force plane carrying 12 injured Norvenians who are well enough to travel was due to land at "
     "Nordvik airport late on Tuesday, the foreign ministry said", NFM, ex(12), FLOWN, "2026-03-17"),
    ("all 31 coaches in its fleet would be inspected", BAKRI, ex(31), COACH, None),
    ("About 40,000 Norvenians visit Tamsara every year, according to the country's tourism board", TOURISM,
     ap(40000, 36000, 44000), TOURIST, None),
])

A["03_qelim-bus-crash_halsbycourier.txt"] = ("2026-03-18", [
    ("Halsby mourns seven choir members killed in Tamsara", [], ex(7), CHOIR_DEAD, None),
    ("Seven members of Halsby's Cantilena choir were among the Norvenians killed", CHOIR, ex(7), CHOIR_DEAD,
     "2026-03-15"),
    ("The foreign ministry last night put the number of Norvenians killed at 12", NFM, ex(12), NORV_DEAD,
     "2026-03-15"),
    ("and the total death toll at 19", NFM, ex(19), DEAD, "2026-03-15"),
    ("The choir's 16 members had booked the trip", [], ex(16), CHOIR_M, None),
    ("Five of the choir's survivors were among the", [], ex(5), CHOIR_SURV, "2026-03-17"),
    ("12 injured Norvenians flown home on an air force plane that landed at Nordvik airport shortly before "
     "midnight", [], ex(12), FLOWN, "2026-03-17"),
    ("said about 300 people had attended a vigil at Halsby church last night", RAMBERG, ap(300, 270, 330), VIGIL,
     "2026-03-17"),
    ("In a town of 9,000 there is hardly a family", RAMBERG, ex(9000), RESIDENTS, None),
    ("had raised 1.2 million kroner by last night", RAMBERG, ex(1200000), MONEY, None, True),
    ("Police in Qelim have counted only nine Norvenians among the dead", POLICE_T, ex(9), NORV_DEAD, "2026-03-15"),
    ("The ministry says the difference is explained by three victims with dual citizenship", NFM, ex(3), DUAL,
     "2026-03-15"),
    ("said yesterday that 34 of the company's customers had been on the bus", BREKKE, ex(34), CUSTOMER,
     "2026-03-15"),
    ("Ten Norvenians remain in hospital in Bayar, the ministry said last night", NFM, ex(10), HOSP, "2026-03-17"),
    ("four of them in intensive care", NFM, ex(4), HOSP, "2026-03-17"),
])

A["04_monteluz-hunger-strike_apn.txt"] = ("2026-02-05", [
    ("relatives say 340 inmates on hunger strike", COFAPEL, ex(340), STRIKER, None),
    ("authorities speak of 85", SNP, ex(85), STRIKER, None),
    ("Some 340 inmates of the Monteluz Central Prison are refusing food", COFAPEL, ap(340, 306, 374), STRIKER,
     "2026-02-05"),
    ("maintained that the protest involves 85 prisoners", SNP, ex(85), STRIKER, None),
    ("Some 150 relatives have maintained a vigil", [], ap(150, 135, 165), RELATIVES, None),
    ("According to the committee, 11 strikers have been transferred to the prison infirmary", COFAPEL, ex(11), MED,
     None),
    ("and two of them to the Santa Clara Hospital in the capital", COFAPEL, ex(2), MED, None),
    ("stated in a press conference on Wednesday that 85 inmates", RUIZ, ex(85), STRIKER, "2026-02-04"),
    ("of whom only 23 have refused all food", RUIZ, ex(23), STRIKER, "2026-02-04"),
    ("Six have received medical attention in the infirmary, he added", RUIZ, ex(6), MED, None),
    ("built in 1978 for 1,200 inmates", SNP, ex(1200), CAPACITY, None),
    ("currently houses 2,240, according to figures of the SNP itself", SNP, ex(2240), INMATE, None),
    ("the national penitentiary system operates at 164% of its capacity", DEFENDER, ex(164), OCC, None),
    ("according to the lawyers of the prisoners, 46 inmates are held", LAWYERS, ex(46), ISOL, None),
    ("The SNP affirms that the module holds 38 inmates", SNP, ex(38), ISOL, None),
    ("announced the transfer of 300 inmates from Monteluz to the new prison of San Ignacio", ORTUZAR, ex(300),
     TRANSFER, None),
    ("in which more than 500 inmates took part according to the SNP", SNP, atl(500), STRIKER, None),
])

A["05_monteluz-hunger-strike_palveratimes.txt"] = ("2026-02-14", [
    ("said on Friday that 62 inmates were still refusing meals", SNP, ex(62), STRIKER, "2026-02-13"),
    ("down from 85 last week", SNP, ex(85), STRIKER, None),
    ("puts the number at nearly 400", COFAPEL, atm(400, 360), STRIKER, None),
    ("Monteluz, designed for 1,200 inmates", DEFENDER, ex(1200), CAPACITY, None),
    ("held about 2,200 this week, the Defender’s office said", DEFENDER, ap(2200, 1980, 2420), INMATE, None),
    ("41,300 people are behind bars", DEFENDER, ex(41300), INMATE, None),
    ("in prisons built for 25,200, according to the Defender’s annual report", DEFENDER, ex(25200), CAPACITY,
     None),
    ("The prison population has grown by 38% since 2019", [], ex(38), GROWTH, None),
    ("estimates that 58% of inmates are awaiting trial", FERRER, ex(58), PRETRIAL, None),
    ("says nine inmates have been treated in the prison infirmary since the strike began", SNP, ex(9), MED, None),
    ("Relatives say at least 15 have needed medical care", COFAPEL, atl(15), MED, None),
    ("granting a petition filed by 27 lawyers", [], ex(27), LAWYER, None),
    ("Lawyers for the inmates say 46 men are held there", LAWYERS, ex(46), ISOL, None),
    ("the service says 38", SNP, ex(38), ISOL, None),
    ("has promised to move 300 inmates to the new San Ignacio prison", ORTUZAR, ex(300), TRANSFER, None),
    ("has room for only 800", [], ex(800), CAPACITY, None),
    ("the 350 guards it needs, according to the prison officers’ union, SITRAPEN", SITRAPEN, ex(350), GUARD,
     None),
    ("At least four other prisons have seen inmates refuse meals in solidarity this month", COFAPEL, atl(4),
     PRISON, None),
    ("Move 300 men out of Monteluz", FERRER, ex(300), INMATE, None, True),
    ("the courts will send 300 more in by summer", FERRER, ex(300), INMATE, None, True),
])

A["06_a7-blizzard_afpwire.txt"] = ("2026-01-21", [
    ("Thousands stranded overnight as blizzard shuts Vessland motorway", [], vg(1000, 9999), STRANDED, None),
    ("Thousands of motorists spent a freezing night trapped in their vehicles", POLICE_V, vg(1000, 9999),
     STRANDED, "2026-01-20"),
    ("and two people died, police said Wednesday", POLICE_V, ex(2), DEAD_C, None),
    ("About 3,000 vehicles were stuck", POLICE_V, ap(3000, 2700, 3300), VEHICLE, "2026-01-20"),
    ("among them some 1,100 lorries", POLICE_V, ap(1100, 990, 1210), LORRY, "2026-01-20"),
    ("said nearly 5,000 vehicles had been stuck on Tuesday night", VAM, atm(5000, 4500), VEHICLE, "2026-01-20"),
    ("Interior Minister Jonas Ekdal said 600 soldiers had been deployed on Tuesday night", EKDAL, ex(600), SOLDIER,
     "2026-01-20"),
    ("He said some 8,000 people had spent the night in their vehicles", EKDAL, ap(8000, 7200, 8800), STRANDED,
     "2026-01-20"),
    ("More than 1,400 people were taken to emergency shelters", REDCROSS, atl(1400), SHELTER, "2026-01-20"),
    ("said 140 snowploughs and gritters were working on the motorway", VESSVEI, ex(140), PLOUGH, None),
    ("said about 46,000 households had lost power on Tuesday night", NORDNET, ap(46000, 41400, 50600), HOUSEHOLD,
     "2026-01-20"),
    ("Emergency lines received more than 12,000 calls in 24 hours, police said", POLICE_V, atl(12000), CALL, None),
    ("He said he had counted maybe 30 cars in the ditch", ZELENKA, ap(30, 25, 35), CAR, None),
    ("Vessland, a country of 5.6 million people", [], ex(5600000), RESIDENTS, None),
    ("has been closed by snow only twice in the past decade", [], ex(2), ["closure", "closures", "time", "times"], None,
     True),
])

A["07_a7-blizzard_hallenpost.txt"] = ("2026-01-22", [
    ("A7 open again after night of chaos that left two dead", [], ex(2), DEAD_C, None),
    ("Police said last night that 3,400 vehicles had been caught in the jam on Tuesday evening", POLICE_V,
     ex(3400), VEHICLE, "2026-01-20"),
    ("revising their first estimate of about 3,000", POLICE_V, ap(3000, 2700, 3300), VEHICLE, "2026-01-20"),
    ("is sticking to its estimate of nearly 5,000", VAM, atm(5000, 4500), VEHICLE, None),
    ("Two people died.", [], ex(2), DEAD_C, None),
    ("320 people spent Tuesday night on camp beds in the sports hall at Nordre school", AAS, ex(320), SHELTER,
     "2026-01-20"),
    ("where volunteers served more than 900 hot meals, said the school's principal, Kari Aas", AAS, atl(900), MEAL,
     "2026-01-20"),
    ("Altogether 1,650 people were put up in emergency shelters across the county on Tuesday night", BRANDT,
     ex(1650), SHELTER, "2026-01-20"),
    ("She said 600 soldiers", BRANDT, ex(600), SOLDIER, "2026-01-20"),
    ("and 250 Civil Defence volunteers had worked through the night", BRANDT, ex(250), VOLUNTEER, "2026-01-20"),
    ("Brandt also said more than 45,000 homes in the county had lost electricity on Tuesday night", BRANDT,
     atl(45000), HOUSEHOLD, "2026-01-20"),
    ("said 9,500 households were still without power last night", NORDNET, ex(9500), HOUSEHOLD, "2026-01-21"),
    ("pulled about 25 cars out of snowdrifts with his tractor on Tuesday night", [], ap(25, 22, 28), CAR,
     "2026-01-20"),
    ("had cut its number of winter road crews from 14", EIDE, ex(14), ROAD_CREW, None),
    ("to nine since 2022", EIDE, ex(9), ROAD_CREW, None),
    ("About 200 cars that were left on the hard shoulder have been towed to a depot in Tesberg", VESSVEI,
     ap(200, 180, 220), CAR, None),
    ("Hallen, a town of about 11,000", [], ap(11000, 9900, 12100), RESIDENTS, None),
])

A["08_aurora-meridiana-norovirus_portmarinnews.txt"] = ("2026-04-09", [
    ("Stomach bug hits 243 on cruise ship", [], ex(243), ILL, None),
    ("More than 240 people on board the cruise ship Aurora Meridiana have fallen ill with norovirus, the ship's "
     "operator said yesterday", HALCYON, atl(240), ILL, None),
    ("Halcyon Cruises said 212 passengers", HALCYON, ex(212), ILL_PASS, None),
    ("and 31 crew members had reported vomiting or diarrhoea", HALCYON, ex(31), ILL_CREW, None),
    ("The ship was carrying 3,000 people", HALCYON, ex(3000), ABOARD, None),
    ("2,138 passengers", HALCYON, ex(2138), ABOARD_PASS, None),
    ("and 862 crew, the company said", HALCYON, ex(862), ABOARD_CREW, None),
    ("so that about 8% of those on board had been affected", HALCYON, ap(8, 7, 9), ILL_PCT, None),
    ("said the real figure was \"at least 400\"", ASHBY, atl(400), ILL, None),
    ("said 14 people had been taken to Portmarin General Hospital for rehydration yesterday", OKAFOR, ex(14),
     HOSP_D, "2026-04-08"),
    ("Two of them, both in their eighties, were kept in overnight", OKAFOR, ex(2), HOSP_D, "2026-04-08"),
    ("Passengers left the ship in groups of 200", [], ex(200), NEW_PASS, None, True),
    ("before sailing again on Saturday with about 2,000 new passengers, Halcyon said", HALCYON,
     ap(2000, 1800, 2200), NEW_PASS, "2026-04-11"),
    ("Last May, 96 passengers fell ill", [], ex(96), ILL_PASS, None),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "corroborated", ["01-1", "01-2", "01-7", "02-2", "02-4", "03-4"],
     "Qelim bus crash deaths (2026-03-15): at least 14 (police) -> 15 (governor) -> 19 (Tamsara's health "
     "ministry; Norvenia's foreign ministry)"),
    ("F2", "disputed", ["01-5", "02-1", "02-3", "02-6", "02-7", "03-3", "03-11"],
     "Norvenians among the dead: at least 8 (embassy) -> 12 (foreign ministry) vs 9 (Tamsaran police, who "
     "count three dual nationals as Tamsaran)"),
    ("F3", "disputed", ["01-4", "02-8", "02-9", "02-10", "03-13"],
     "people on the bus: 43 (police) vs 34 customers + 3 crew (Nordlys Travel)"),
    ("F4", "corroborated", ["01-3", "02-11"], "people injured in the crash: 24 (police; health ministry)"),
    ("F5", "corroborated", ["02-14", "03-7"],
     "injured Norvenians flown home on 2026-03-17: 12 (foreign ministry; the Halsby Courier's own voice)"),
    ("F6", "single_source", ["03-1", "03-2"], "Halsby choir members killed: 7 (the choir; the paper's headline)"),
    ("F7", "disputed", ["04-1", "04-2", "04-3", "04-4", "04-8", "05-1", "05-2", "05-3"],
     "inmates on hunger strike at Monteluz: 340 -> nearly 400 (relatives' committee) vs 85 -> 62 (National "
     "Penitentiary Service)"),
    ("F8", "disputed", ["04-6", "04-10", "05-10", "05-11"],
     "strikers needing medical care: 11 -> at least 15 (relatives) vs 6 -> 9 (penitentiary service)"),
    ("F9", "disputed", ["04-14", "04-15", "05-13", "05-14"],
     "inmates held in the El Pozo isolation wing: 46 (lawyers) vs 38 (penitentiary service)"),
    ("F10", "corroborated", ["04-11", "05-4"],
     "Monteluz prison capacity: 1,200 (penitentiary service; People's Defender)"),
    ("F11", "corroborated", ["04-12", "05-5"],
     "inmates held at Monteluz: 2,240 (penitentiary service) / about 2,200 (People's Defender)"),
    ("F12", "single_source", ["04-16", "05-15"],
     "inmates to be moved to San Ignacio: 300 (justice minister Ortúzar, in both outlets)"),
    ("F13", "disputed", ["06-4", "06-6", "07-2", "07-3", "07-4"],
     "vehicles stuck on the A7 on 2026-01-20: about 3,000 -> 3,400 (police) vs nearly 5,000 (VAM)"),
    ("F14", "corroborated", ["06-3", "07-1", "07-5"],
     "people who died in the blizzard: 2 (police; the Hallen Post), one on Tuesday night and one on Wednesday"),
    ("F15", "corroborated", ["06-1", "06-2", "06-8"],
     "people who spent the night of 2026-01-20 in their vehicles: thousands (AFP headline; police), some 8,000 "
     "(interior minister)"),
    ("F16", "corroborated", ["06-7", "07-9"], "soldiers deployed: 600 (interior minister; county governor)"),
    ("F17", "consistent", ["06-9", "07-8"],
     "people put up in emergency shelters on 2026-01-20: more than 1,400 (Red Cross) -> 1,650 (county governor)"),
    ("F18", "corroborated", ["06-11", "07-11"],
     "households that lost power on 2026-01-20: about 46,000 (Nordnet) / more than 45,000 (county governor)"),
    ("F19", "disputed", ["08-1", "08-2", "08-3", "08-4", "08-9"],
     "people taken ill on the Aurora Meridiana: 243 = 212 passengers + 31 crew (Halcyon Cruises; headline) vs at "
     "least 400 (passenger Glenn Ashby)"),
    ("F20", "single_source", ["08-5", "08-6", "08-7"],
     "people on board the Aurora Meridiana: 3,000 = 2,138 passengers + 862 crew (Halcyon Cruises)"),
]


if __name__ == "__main__":
    write(HERE, "fresh10.gold.json", A, FACTS)
