"""Builds fresh7.gold.json from the annotations below (run: python3 build_gold.py).

The seventh fresh set, written BLIND: 8 invented articles on 4 events, written in wire / newspaper styles
(Reuters-style "(Meridian) -" dateline with a reporting/editing credit, AP "(AP) —" dateline with bare weekdays,
BBC-style "... the ministry says" with no dateline, local papers with bylines and "yesterday"/"last night") —
a prisoner exchange between Karvonia and Estrel brokered by the Red Cross (3 outlets over 4 days: 296 = 146 + 150
agreed by both sides; Karvonians still held in Estrel: more than 2,000 -> at least 2,100 (Karvonia's ombudsman)
vs fewer than 900 (Estrel); Estrelians held in Karvonia: about 1,300 (Estrel) vs just under 1,000 (Karvonia)),
an apartment block collapse in Varenza, Ostrelia (2 outlets: at least 6 -> 14 dead = 9 adults + 5 children,
confirmed by prosecutors; trapped on Tuesday: up to 10 (civil protection) vs more than 20 (a neighbour);
residents: 104 registered (city) vs about 130 (residents' committee); 19 -> 21 rescued alive; some 300 / 310
evacuated neighbours), a bootleg-alcohol (methanol) poisoning in Ulmar province, Kerevia (2 outlets: deaths
at least 19 -> 26 = 22 men + 4 women (health ministry) vs at least 30 -> 41 (local MP); more than 100 -> 134
admitted; arrests 9 -> 11 confirmed by prosecutors; bottles seized more than 4,000 -> 4,300 (police)), and a
council rough-sleeper street count in Harwick (1 outlet: 1,312 = 1,034 men + 261 women + 17 unknown vs the
charity's "closer to 1,800"; 18% rise).
Annotated by hand by the README rules of ../shared/eval WITHOUT running the extractor, claimlog or the scorer
on these articles. Each claim: evidence (exact substring), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional]. Conventions (as in fresh5/fresh6 and the dev gold):
- A date is given when the figure's clause (or the event it counts) fixes the day: deaths in a one-day event take
  the event's day even when the toll is given days later; "said Monday that N were still ..." takes Monday;
  parts of a dated count (the street count's breakdown, the exchange's returnees) take the count's day.
  Cumulative counts over several days (poisoning deaths, hospital admissions "since Friday", arrests "bringing
  the number to 11") and states without a stated day ("were still held", "was treating" in a later article)
  are left undated. Headlines are undated.
- Optional: back-references that restate a figure already given in the same article ("the 150 men included",
  "Of the 150 men who came home", "all 146 were"), storeys, "a family of four", "batches of 100", volumes
  (litres), a fraction of a wage, and money (as in fresh4-6).
- Ages, years, durations ("two and a half years", "30 hours"), ordinals ("19th exchange", "fourth floor"),
  weights ("30 kilograms"), doses ("30ml"), house numbers ("numbers 12 and 16") and times are no claims.
- Parts are grouped with their total (as fresh6 F8/F12). Increments ("the last two bodies", "two more people")
  and subsets that are no partition (11 officers, 70 women, 380 civilians of those still held, 15 buried without
  a post-mortem, district counts) are left out of the facts.
- Statuses: disputed = different sources give incompatible figures; corroborated = two or more sources (or
  outlets) agree, earlier lower bounds / lower tolls allowed; consistent = compatible different figures from
  different sources (an update 19 -> 21, more than 100 -> 134); single_source = one source only, updating itself
  (as fresh6 F2/F7) or restated by the outlet's own headline (as fresh5 F8).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, vg, write  # noqa: E402


PEOPLE = ["people", "person"]
MONEY = ["pound", "money", "budget", "cost"]

# --- Karvonia / Estrel prisoner exchange -------------------------------------------------------------
PRISONER = PEOPLE + ["prisoner", "captive", "detainee", "pow", "exchange", "swap"]
KARV_RET = PEOPLE + ["prisoner", "karvonian", "returnee", "captive", "detainee", "freed", "citizen"]
SERVICEMEN = KARV_RET + ["serviceman", "servicemen", "soldier"]
CIVILIAN = KARV_RET + ["civilian"]
EST_RET = PEOPLE + ["soldier", "prisoner", "estrelian", "serviceman", "servicemen", "men", "man", "returnee"]
OFFICER = EST_RET + ["officer"]
HOSP_RET = PEOPLE + ["returnee", "patient", "soldier", "men", "man", "prisoner", "injured"]
HELD_K = PEOPLE + ["prisoner", "karvonian", "captive", "detainee", "pow", "held"]
HELD_K_CIV = HELD_K + ["civilian"]
HELD_E = PEOPLE + ["prisoner", "estrelian", "captive", "detainee", "pow", "held"]
FAMILY = ["family", "families", "relative"]
RELATIVES = PEOPLE + ["relative", "crowd", "family", "families"]
SOLDIER_DEAD = PEOPLE + ["soldier", "dead", "killed", "death", "toll"]
BUS = ["bus", "buses"]
MEN = PEOPLE + ["men", "man", "cellmate", "prisoner"]
WOMEN = PEOPLE + ["women", "woman", "cellmate", "prisoner"]

ICRC = ["international committee of the red cross", "red cross", "icrc", "morel"]
MOREL = ["morel", "icrc", "red cross"]
BRENKO = ["brenko", "ombudsman", "karvonia"]
KARVONIA = ["karvonia", "brenko", "ombudsman"]
EST_MOD = ["defence ministry", "defense ministry", "ministry", "estrel"]
RUSU = ["rusu", "general staff"]
OSTROV_HOSP = ["ostrov military hospital", "military hospital", "hospital", "spokeswoman"]
ASLAN = ["aslan", "tiber aslan", "corporal"]
ARDEL = ["ardel", "defence minister", "defense minister", "estrel"]
DORSAY = ["dorsay", "human rights commissioner", "commissioner", "estrel"]
MOTHERS = ["union of soldiers' mothers", "soldiers' mothers", "union", "holm"]
KHEALTH = ["health ministry", "ministry", "karvonia"]
KOSTAN = ["kostan", "maria kostan"]
TARN = ["tarn conflict monitor", "independent researchers", "researchers", "conflict monitor"]
ESTREL = ["estrel"]

# --- Varenza block collapse --------------------------------------------------------------------------
DEAD = PEOPLE + ["dead", "death", "toll", "victim", "killed", "body", "bodies"]
ADULT = DEAD + ["adult"]
CHILD = DEAD + ["child", "children"]
TRAPPED = PEOPLE + ["trapped", "missing"]
RESCUED = PEOPLE + ["survivor", "rescued"]
RESIDENT = PEOPLE + ["resident", "registered"]
FLAT = ["apartment", "flat", "unit"]
INJ = PEOPLE + ["injured", "patient", "casualty"]
RESCUER = PEOPLE + ["rescuer", "firefighter", "soldier"]
DOG = ["dog", "sniffer dog"]
EVAC = PEOPLE + ["resident", "evacuated", "evacuee"]
BLOCK = ["block", "building", "apartment block", "residential block"]
STOREY = ["story", "storey", "floor"]

OFFICIALS_B = ["officials", "official", "civil protection agency", "civil protection", "feltri"]
FELTRI = ["feltri", "civil protection agency", "civil protection"]
AGENCY = ["civil protection agency", "civil protection", "agency", "feltri"]
RENZI = ["renzi", "deputy mayor", "city", "city records"]
CITY = ["city", "city hall", "renzi", "city records"]
RICCI = ["ricci", "bruna ricci", "neighbors", "neighbours"]
VHOSP = ["varenza general hospital", "general hospital", "hospital"]
FIRE = ["fire service", "firefighters"]
PROSEC = ["prosecutors", "prosecutor"]
COMMITTEE = ["via sarto residents' committee", "residents' committee", "committee", "marchetti"]
HEALTHDEPT = ["regional health department", "health department"]
ENGINEERS = ["ostrelian association of structural engineers", "association of structural engineers",
             "association", "survey", "engineers"]

# --- Ulmar methanol poisoning ------------------------------------------------------------------------
HOSP_C = PEOPLE + ["patient", "hospitalised", "hospitalized", "admitted", "victim", "admission"]
PATIENT = PEOPLE + ["patient", "victim"]
ARREST = PEOPLE + ["arrest", "arrested", "suspect"]
BOTTLE = ["bottle"]

MIN_C = ["health ministry", "ministry", "orel"]
OREL = ["orel", "sabina orel", "health ministry", "spokeswoman"]
POLICE = ["police"]
TULEK = ["tulek", "arman tulek", "mp"]
WHO = ["world health organization", "who"]
HD_C = ["regional health department", "health department"]
OSMANI = ["osmani", "leyla osmani", "toxicology unit"]
PROSEC_C = ["regional prosecutor's office", "prosecutor's office", "prosecutor", "prosecutors"]

# --- Harwick rough-sleeper count ---------------------------------------------------------------------
ROUGH = PEOPLE + ["rough sleeper", "sleeper", "homeless", "number"]
RISE = ROUGH + ["rough sleeping", "sleeping", "rise", "increase", "percent"]
BEDS = ["bed", "emergency bed"]
VOLUNTEER = PEOPLE + ["volunteer"]

COUNCIL = ["harwick city council", "city council", "council", "orme", "report", "street count"]
ORME = ["orme", "janet orme", "council leader", "council"]
ALUKO = ["aluko", "david aluko", "harwick night shelter trust", "night shelter trust", "trust"]
GOV_D = ["government", "government figures"]

A = {}

A["01_karvonia-estrel-swap_meridianwire.txt"] = ("2025-09-20", [
    ("swap nearly 300 prisoners", [], atm(300, 270), PRISONER, None),
    ("Karvonia and Estrel exchanged 296 prisoners at a bridge on their disputed border on Saturday, the "
     "International Committee of the Red Cross said", ICRC, ex(296), PRISONER, "2025-09-20"),
    ("said 146 Karvonians had come home", BRENKO, ex(146), KARV_RET, "2025-09-20"),
    ("132 servicemen", BRENKO, ex(132), SERVICEMEN, "2025-09-20"),
    ("14 civilians, among them a former mayor", BRENKO, ex(14), CIVILIAN, "2025-09-20"),
    ("Estrel's defence ministry said 150 of its soldiers had been returned", EST_MOD, ex(150), EST_RET,
     "2025-09-20"),
    ("also said 150 Estrelian prisoners had been handed over", RUSU, ex(150), EST_RET, "2025-09-20"),
    ("She said 31 of the returnees had been taken straight to hospital", BRENKO, ex(31), HOSP_RET, "2025-09-20"),
    ("Brenko said more than 2,000 Karvonians", BRENKO, atl(2000), HELD_K, None),
    ("about 400 of them civilians, were still held in Estrel", BRENKO, ap(400, 350, 450), HELD_K_CIV, None),
    ("had visited about 1,100 prisoners held by the two sides this year", ICRC, ap(1100, 990, 1210), PRISONER,
     None),
    ("there are thousands of families still waiting for news", MOREL, vg(1000, 9999), FAMILY, None),
    ("In June, 84 prisoners were swapped on each side", [], ex(84), PRISONER, None),
    ("More than 20,000 soldiers have been killed on both sides, according to estimates by independent "
     "researchers", TARN, atl(20000), SOLDIER_DEAD, None),
])

A["02_karvonia-estrel-swap_estrelherald.txt"] = ("2025-09-21", [
    ("150 soldiers home after swap", [], ex(150), EST_RET, None),
    ("Some 600 relatives waited into the night at Brask military airfield on Saturday", [], ap(600, 530, 670),
     RELATIVES, "2025-09-20"),
    ("the planes carrying the 150 Estrelian soldiers freed in that day's prisoner exchange", [], ex(150), EST_RET,
     "2025-09-20"),
    ("The defence ministry said the 150 men", EST_MOD, ex(150), EST_RET, "2025-09-20", True),
    ("included 11 officers", EST_MOD, ex(11), OFFICER, "2025-09-20"),
    ("23 of them needed hospital treatment", EST_MOD, ex(23), HOSP_RET, None),
    ("Four were in a serious condition, a spokeswoman for the Ostrov military hospital said", OSTROV_HOSP, ex(4),
     HOSP_RET, None),
    ("On Sunday morning a dozen buses took the men", [], ex(12), BUS, "2025-09-21"),
    ("had shared a cell with eight other men", ASLAN, ex(8), MEN, None),
    ("Of the 150 men who came home", EST_MOD, ex(150), EST_RET, "2025-09-20", True),
    ("64 had been captured when the Dorvo garrison fell", EST_MOD, ex(64), EST_RET, None),
    ("In exchange, Estrel released 146 Karvonians", [], ex(146), KARV_RET, "2025-09-20"),
    ("told state television that all 146 were", ARDEL, ex(146), KARV_RET, "2025-09-20", True),
    ("rejecting Karvonia's statement that 14 of them were civilians", KARVONIA, ex(14), CIVILIAN, "2025-09-20"),
    ("Estrel was holding \"fewer than 900\" Karvonian prisoners", DORSAY, atm(900, 810), HELD_K, None),
    ("far below the figure of more than 2,000 given by Karvonia's ombudsman", BRENKO, atl(2000), HELD_K, None),
    ("Dorsay said Karvonia held about 1,300 Estrelians", DORSAY, ap(1300, 1170, 1430), HELD_E, None),
    ("70 of them women", DORSAY, ex(70), HELD_E + ["woman", "women"], None),
    ("has put that number at \"just under 1,000\"", BRENKO, atm(1000, 900), HELD_E, None),
    ("2,600 families have registered a missing serviceman", MOTHERS, ex(2600), FAMILY + ["serviceman"], None),
])

A["03_karvonia-estrel-swap_apwire.txt"] = ("2025-09-23", [
    ("had so far interviewed 118", BRENKO, ex(118), KARV_RET, None),
    ("the 146 people who came home in the swap", BRENKO, ex(146), KARV_RET, "2025-09-20"),
    ("97 of them described regular beatings by guards", BRENKO, ex(97), KARV_RET, None),
    ("It said the 150 Estrelian soldiers it received Saturday", EST_MOD, ex(150), EST_RET, "2025-09-20"),
    ("Karvonia's health ministry said 27 of the returnees remained in hospitals Monday", KHEALTH, ex(27), HOSP_RET,
     "2025-09-22"),
    ("six of them in intensive care", KHEALTH, ex(6), HOSP_RET, "2025-09-22"),
    ("Among those freed were 14 civilians", [], ex(14), CIVILIAN, "2025-09-20"),
    ("had shared a cell with 11 other women", KOSTAN, ex(11), WOMEN, None),
    ("said it had facilitated the release of 296 people Saturday", ICRC, ex(296), PRISONER, "2025-09-20"),
    ("Brenko said Monday that at least 2,100 Karvonians were still held in Estrel", BRENKO, atl(2100), HELD_K,
     "2025-09-22"),
    ("380 of them civilians", BRENKO, ex(380), HELD_K_CIV, "2025-09-22"),
    ("said Sunday that his country was holding fewer than 900 Karvonians", DORSAY, atm(900, 810), HELD_K,
     "2025-09-21"),
    ("Estrel wants to exchange prisoners in batches of 100", ESTREL, ex(100), PRISONER, None, True),
])

A["04_varenza-block-collapse_apwire.txt"] = ("2025-10-14", [
    ("at least 6 dead", [], atl(6), DEAD, None),
    ("An eight-story apartment building", [], ex(8), STOREY, None, True),
    ("killing at least six people and trapping others under tons of concrete, officials said", OFFICIALS_B,
     atl(6), DEAD, "2025-10-14"),
    ("Rescuers had pulled 19 people alive from the rubble by early afternoon, said Dario Feltri", FELTRI, ex(19),
     RESCUED, "2025-10-14"),
    ("He said up to 10 people could still be trapped", FELTRI, atm(10), TRAPPED, "2025-10-14"),
    ("had 36 apartments", [], ex(36), FLAT, None),
    ("City records show 104 people were registered as living there, Deputy Mayor Paola Renzi said", RENZI,
     ex(104), RESIDENT, None),
    ("There are more than 20 people still under there", RICCI, atl(20), TRAPPED, "2025-10-14"),
    ("Varenza General Hospital said it was treating 14 people injured in the collapse", VHOSP, ex(14), INJ,
     "2025-10-14"),
    ("two of them in critical condition", VHOSP, ex(2), INJ, "2025-10-14"),
    ("About 250 rescuers, firefighters and soldiers were working at the scene", FELTRI, ap(250, 220, 280),
     RESCUER, None),
    ("with 12 sniffer dogs, Feltri said", FELTRI, ex(12), DOG, None),
    ("Some 300 residents of the blocks on either side were also evacuated as a precaution, the fire service said",
     FIRE, ap(300, 270, 330), EVAC, "2025-10-14"),
    ("since 2019, when 11 people died in the town of Lorvo", [], ex(11), DEAD, None),
    ("thousands of apartment blocks built in the 1960s and 1970s", [], vg(1000, 9999), BLOCK, None),
])

A["05_varenza-block-collapse_varenzagazette.txt"] = ("2025-10-16", [
    ("Via Sarto toll rises to 14", [], ex(14), DEAD, None),
    ("The number of people killed in the collapse of the apartment block on Via Sarto has risen to 14, the civil "
     "protection agency said", AGENCY, ex(14), DEAD, "2025-10-14"),
    ("after rescuers recovered the last two bodies from the rubble", AGENCY, ex(2), DEAD, "2025-10-15"),
    ("Of the dead, nine were adults", AGENCY, ex(9), ADULT, "2025-10-14"),
    ("and five were children, the agency said", AGENCY, ex(5), CHILD, "2025-10-14"),
    ("a family of four from the fourth floor", AGENCY, ex(4), DEAD + ["family"], "2025-10-14", True),
    ("also put the toll at 14", PROSEC, ex(14), DEAD, "2025-10-14"),
    ("A total of 21 people were pulled out alive", [], ex(21), RESCUED, None),
    ("The city says 104 people were registered", CITY, ex(104), RESIDENT, None),
    ("at the block's 36 flats", CITY, ex(36), FLAT, None),
    ("says about 130 people actually lived there", COMMITTEE, ap(130, 115, 145), RESIDENT, None),
    ("Varenza General Hospital said nine people were still being treated on Wednesday", VHOSP, ex(9), INJ,
     "2025-10-15"),
    ("one of them in critical condition", VHOSP, ex(1), INJ, "2025-10-15"),
    ("Another 17 people were treated for cuts and shock and sent home, according to the regional health "
     "department", HEALTHDEPT, ex(17), INJ, None),
    ("the 310 residents of the neighbouring blocks", RENZI, ex(310), EVAC, None),
    ("found that 40% of Varenza's 1,150 residential blocks were built before 1980", ENGINEERS, ex(40),
     BLOCK + ["percent"], None),
    ("Varenza's 1,150 residential blocks", ENGINEERS, ex(1150), BLOCK, None),
    ("212 showed serious cracking", ENGINEERS, ex(212), BLOCK, None),
    ("The city has inspected 19 of them this year, Renzi said", RENZI, ex(19), BLOCK, None),
])

A["06_ulmar-methanol_bbcwire.txt"] = ("2025-11-03", [
    ("Bootleg spirits kill 19 in Ulmar province", [], ex(19), DEAD, None),
    ("At least 19 people have died", MIN_C, atl(19), DEAD, None),
    ("more than 100 have been taken to hospital", MIN_C, atl(100), HOSP_C, None),
    ("said 23 patients were on ventilators", OREL, ex(23), PATIENT, None),
    ("at least a dozen had lost their sight", OREL, atl(12), PATIENT + ["blind"], None),
    ("had arrested nine people on Sunday", POLICE, ex(9), ARREST, "2025-11-02"),
    ("two men accused of supplying him", POLICE, ex(2), ARREST + ["men", "man", "supplier"], "2025-11-02"),
    ("had seized more than 4,000 bottles", POLICE, atl(4000), BOTTLE, None),
    ("At least 30 people are dead", TULEK, atl(30), DEAD, None),
    ("costs about a fifth of the average daily wage", [], ap(20, 18, 22), ["wage", "price", "cost"], None, True),
    ("about 30% of the alcohol drunk in the country is unrecorded", WHO, ap(30, 27, 33), ["alcohol", "percent"],
     None),
    ("In 2021, 62 people died in a similar poisoning", [], ex(62), DEAD, None),
])

A["07_ulmar-methanol_ulmartribune.txt"] = ("2025-11-05", [
    ("toll reaches 26", [], ex(26), DEAD, None),
    ("MP says true figure is 41", TULEK, ex(41), DEAD + ["figure"], None),
    ("The number of people killed by poisoned vodka sold in Bekir has risen to 26, the health ministry said",
     MIN_C, ex(26), DEAD, None),
    ("Of the dead, 22 were men", MIN_C, ex(22), DEAD + ["men", "man"], None),
    ("and four were women, the ministry said", MIN_C, ex(4), DEAD + ["women", "woman"], None),
    ("134 people had been admitted to hospitals in Ulmar since Friday", HD_C, ex(134), HOSP_C, None),
    ("38 of them were still being treated yesterday", HD_C, ex(38), HOSP_C, "2025-11-04"),
    ("said 17 patients were on dialysis yesterday", OSMANI, ex(17), PATIENT, "2025-11-04"),
    ("Hundreds of people queued outside the hospital on Monday", OSMANI, vg(100, 999), PEOPLE, "2025-11-03"),
    ("now says 41 people have died", TULEK, ex(41), DEAD, None),
    ("including 15 who were buried in villages without a post-mortem examination", TULEK, ex(15), DEAD, None),
    ("they had arrested two more people", POLICE, ex(2), ARREST, None),
    ("bringing the number of arrests to 11", POLICE, ex(11), ARREST, None),
    ("The regional prosecutor's office confirmed the 11 arrests", PROSEC_C, ex(11), ARREST, None),
    ("Police have now seized 4,300 bottles", POLICE, ex(4300), BOTTLE, None),
    ("2,000 litres of methanol", POLICE, ex(2000), ["litre", "liter", "methanol"], None, True),
    ("seven men who worked on the same farm died", [], ex(7), DEAD + ["men", "man"], None),
])

A["08_harwick-rough-sleeping_harwickchronicle.txt"] = ("2025-12-04", [
    ("Rough sleeping in Harwick up 18%", [], ex(18), RISE, None),
    ("has risen by 18% in a year, according to the city council's annual street count", COUNCIL, ex(18), RISE,
     None),
    ("found 1,312 people bedded down", COUNCIL, ex(1312), ROUGH, "2025-11-18"),
    ("up from 1,112 at the same count last year", COUNCIL, ex(1112), ROUGH, None),
    ("Of those counted, 1,034 were men", COUNCIL, ex(1034), ROUGH + ["men", "man"], "2025-11-18"),
    ("and 261 were women", COUNCIL, ex(261), ROUGH + ["women", "woman"], "2025-11-18"),
    ("The gender of the remaining 17 could not be established", COUNCIL, ex(17), ROUGH, "2025-11-18"),
    ("Ninety-six were under 25", COUNCIL, ex(96), ROUGH, "2025-11-18"),
    ("in the city centre (486)", COUNCIL, ex(486), ROUGH, "2025-11-18"),
    ("around Eastgate station (212)", COUNCIL, ex(212), ROUGH, "2025-11-18"),
    ("in Millbrook (139), the council's report shows", COUNCIL, ex(139), ROUGH, "2025-11-18"),
    ("Council leader Janet Orme said 42% of those counted had been sleeping rough for more than a year", ORME,
     ex(42), ROUGH + ["percent"], "2025-11-18"),
    ("about one in three had come to Harwick from elsewhere in the region", ORME, ap(33, 30, 37),
     ROUGH + ["percent"], "2025-11-18"),
    ("had opened 150 extra emergency beds since October", ORME, ex(150), BEDS, None),
    ("would open another 60 before Christmas", ORME, ex(60), BEDS, None),
    ("will rise by £4.2m", ORME, ex(4200000), MONEY, None, True),
    ("was \"closer to 1,800\"", ALUKO, atm(1800, 1600), ROUGH, None),
    ("misses hundreds of people", ALUKO, vg(100, 999), ROUGH, None),
    ("met 2,240 different people sleeping rough during October alone", ALUKO, ex(2240), ROUGH, None),
    ("turned away an average of 35 people a night", ALUKO, ex(35), PEOPLE, None),
    ("This year 412 volunteers took part, the council said", COUNCIL, ex(412), VOLUNTEER, "2025-11-18"),
    ("put the number of people sleeping rough on a single night at 4,667", GOV_D, ex(4667), ROUGH, None),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "corroborated", ["01-3", "01-4", "01-5", "02-12", "02-13", "02-14", "03-2", "03-7"],
     "Karvonians freed in the 2025-09-20 exchange: 146 = 132 servicemen + 14 civilians (Karvonia), 146 (Estrel)"),
    ("F2", "corroborated", ["01-6", "01-7", "02-1", "02-3", "02-4", "02-10", "03-4"],
     "Estrelian soldiers freed in the 2025-09-20 exchange: 150 (Estrel's ministry, Karvonia's general staff)"),
    ("F3", "corroborated", ["01-1", "01-2", "03-9"],
     "prisoners exchanged in total on 2025-09-20: nearly 300 (headline), 296 (ICRC)"),
    ("F4", "disputed", ["01-9", "02-15", "02-16", "03-10", "03-12"],
     "Karvonians still held in Estrel: more than 2,000 -> at least 2,100 (Brenko) vs fewer than 900 (Dorsay)"),
    ("F5", "single_source", ["01-10", "03-11"],
     "civilians among the Karvonians still held: about 400 -> 380 (Brenko)"),
    ("F6", "disputed", ["02-17", "02-19"],
     "Estrelians held in Karvonia: about 1,300 (Dorsay) vs just under 1,000 (Brenko)"),
    ("F7", "corroborated", ["04-1", "04-3", "05-1", "05-2", "05-4", "05-5", "05-7"],
     "Via Sarto collapse deaths (2025-10-14): at least 6 -> 14 = 9 adults + 5 children (civil protection), "
     "14 (prosecutors)"),
    ("F8", "disputed", ["04-5", "04-8"],
     "people still trapped on 2025-10-14: up to 10 (Feltri) vs more than 20 (neighbour Ricci)"),
    ("F9", "consistent", ["04-4", "05-8"], "people pulled out alive: 19 by Tuesday afternoon (Feltri) -> 21 in all"),
    ("F10", "disputed", ["04-7", "05-9", "05-11"],
     "people living in the building: 104 registered (city) vs about 130 (residents' committee)"),
    ("F11", "corroborated", ["04-6", "05-10"], "flats in the building: 36"),
    ("F12", "corroborated", ["04-13", "05-15"],
     "residents of the neighbouring blocks evacuated: some 300 (fire service) / 310 (deputy mayor)"),
    ("F13", "disputed", ["06-1", "06-2", "06-9", "07-1", "07-2", "07-3", "07-4", "07-5", "07-10"],
     "Ulmar methanol deaths: at least 19 -> 26 = 22 men + 4 women (health ministry) vs at least 30 -> 41 (MP Tulek)"),
    ("F14", "consistent", ["06-3", "07-6"],
     "people taken to hospital: more than 100 (ministry) -> 134 since Friday (regional health department)"),
    ("F15", "corroborated", ["06-6", "07-13", "07-14"], "arrests: 9 on Sunday -> 11 (police), 11 (prosecutor)"),
    ("F16", "single_source", ["06-8", "07-15"], "bottles seized: more than 4,000 -> 4,300 (police)"),
    ("F17", "disputed", ["08-3", "08-5", "08-6", "08-7", "08-17"],
     "people sleeping rough in Harwick on a night: 1,312 = 1,034 + 261 + 17 on 2025-11-18 (council) vs "
     "closer to 1,800 (Night Shelter Trust)"),
    ("F18", "single_source", ["08-1", "08-2"], "rise in rough sleeping over a year: 18% (council; headline)"),
]


if __name__ == "__main__":
    write(HERE, "fresh7.gold.json", A, FACTS)
