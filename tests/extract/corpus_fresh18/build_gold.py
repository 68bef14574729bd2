"""Builds fresh18.gold.json from the annotations below (run: python3 -B build_gold.py).

The eighteenth fresh set, written BLIND on 22 November 2026: 8 invented articles on 6 events, in wire / newspaper /
broadsheet / website styles (a Reuters-style "UMULEKE, Oduma, Nov 11 (TAP) -" wire with a reporting/editing credit, a
Nigerian-style daily's follow-up with a "From ..., Umuleke" byline, "Recall that", "It was gathered that", curly
quotes and a doubled "the the", a second Reuters-style wire "ZARAVAN, Nov 16 (Meridian) -", a London broadsheet
analysis with a standfirst and a byline line, an AP-style "KALUNDE, Maravia (PNA) —" story with bare weekdays
("Saturday night", "said Sunday") and a hotline number, an Indian news site's story with "Bhimsar:" dateline, lakh
figures, "Ramesh Patil (52)" and "Rs 4 lakh", a European wire "DRAVNIK, Oct 27 (CEP) -" on an election, and an East
African daily's health story with "yesterday" and a toll-free line). Topics are kept apart from the earlier sets
(referendum turnout, general strike, mine collapse, market shelling, drug deaths, ferry capsizing, refugees at a border,
wildfire, heatwave deaths, drugs raids, factory closure, chlorine leak, tram derailment, migrant boat, measles, bus
crash, hunger strike, blizzard, cruise norovirus, earthquake, hostages, rail strike, dengue, teachers' ballot, prison
riot, festival stampede, nurses' strike, police-shooting march, exam results, cyclone, landslide, hospital air strike,
wedding food poisoning, power blackout, marathon, floods, tuition protest, mall shooting, plane crash, pension rally,
diphtheria in a camp, mining pit collapse, admissions scandal):
a fuel tanker explosion on the Umuleke-Idumba expressway at Egbede, Anwara State, Oduma, on Tuesday 2026-11-10 at
about 6:40 p.m. (2 outlets: a wire on Wednesday 2026-11-11 and a state daily on Saturday 2026-11-14: dead at least 47
(NRSC; wire headline; restated in the daily) vs 39 bodies recovered (police) vs "more than 100" (youth leader Eze) ->
73, 26 of them in hospital (Health Commissioner Nwankwo; daily headline "– Commissioner") vs "not less than 150" and
138 names (the traditional ruler); injured 68 (NRSC) -> "had also risen to" 112, 41 still on admission on Friday
(Nwankwo); vehicles burnt 23 (NRSC, in both) vs 31 (state emergency agency ANSEMA); "hundreds" scooping fuel (a
witness); 34 unidentified bodies buried on Thursday (ANSEMA); more than 90 dead in a 2024 blast elsewhere (own voice)),
an overnight artillery exchange across the Dzhalin valley border between Qaresh and Tavrin late on Sunday 2026-11-15
(2 outlets: a wire on Monday 2026-11-16 and a broadsheet on Wednesday 2026-11-18: Qareshi soldiers killed nine (Qaresh;
wire headline "..., ministry says"; "its figure of nine") vs "up to 40" (Tavrin and its spokesman Beglov, in both);
Tavrini soldiers killed "more than 60" -> 62 (Qaresh) vs three (Tavrin, in both); civilians killed in Orlat 11, five
of them children (Tavrin's emergencies ministry) -> 13 (the same; standfirst and body, "up from 11 on Monday") vs seven
confirmed (Dzhalin Valley Monitor); civilians killed in Sarybel four (Qaresh, in both) vs three (the Monitor); 14
enemy positions destroyed (Qaresh); "thousands" of villagers leaving on Monday (local officials in Tavrin); about
6,500 fled since Sunday (UNHCR)),
a crush at Chikomo National Stadium, Kalunde, Maravia, after a World Cup qualifier on Saturday 2026-11-07 (1 outlet,
Sunday 2026-11-08: dead at least 19 (police; headline), seven of them children (police spokeswoman Mwale), vs at least
25 (supporters' trust chairman Chisenga); injured 64 received overnight, 12 still critical on Sunday (hospital
spokesman Banda); spectators 41,200 (football association) vs "well over 50,000" (supporters' trust); 31 dead in a 1996
stampede (own voice)),
a sudden release from the Haripur dam flooding villages of Bhimsar district, Kalinda Pradesh, on Tuesday night
2026-10-20 (1 outlet, Thursday 2026-10-22: dead six (District Collector Rathore; headline "6 dead") vs "not less than
11" (opposition MLA Bhandari); two missing as told on Wednesday; villages flooded 27 (Collector; headline) vs "at least
40" (Bhandari); 31 villages warned (dam executive engineer Venkatraman); 860 rescued on Wednesday; 1,150 houses
damaged, 212 of them fully (the Collector's preliminary assessment); "Over 1.2 lakh" people affected (Revenue
department)),
Lesovia's general election of Sunday 2026-10-25 (1 outlet, Tuesday 2026-10-27: ruling PNR 142 seats (Central Electoral
Commission; headline); turnout 58.3 percent (CEC) / "58%" (headline) vs "no higher than 41 percent" (opposition leader
Sokol); 63 percent at the 2022 election (CEC); PNR 47.9 percent of the vote; Civic Alliance 71 seats (CEC) vs "at least
90 seats" (Sokol); "a million ghost voters" (Sokol); irregularities at 9 percent of visited polling stations (observer
mission); protesters on Monday evening about 4,000 (police) vs 20,000 (the alliance)),
and a cholera outbreak after floods in Bulenga District, Katanzi (1 outlet, Friday 2026-10-16: deaths 31 since 28
September (Ministry of Health; headline) vs at least 52, 19 of them in their villages (Medical Relief International);
1,284 suspected cases by Wednesday, 214 of them confirmed, about 40 per cent children under five (ministry; headline
"cases top 1,200"); 63 new patients on Wednesday 2026-10-14 (ministry spokesperson Mwanjisi); "dozens" of patients seen
at a treatment centre yesterday (own voice); about 26,000 displaced by the floods in early September (own voice)).
Annotated by hand by the README rules of ../shared/eval and the dev gold's conventions WITHOUT reading the system's
code, docs, contracts or README (nor any corpus_* folder but fresh14, read for the format) and WITHOUT running the
extractor, claimlog or its tests on these articles (the scorer was run only on a prediction built from this gold
itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (the dev gold's, and fresh14's where the dev gold is silent):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause (or the event it counts) fixes the day; null when the text does not fix a day. The tanker blast's
  dead, injured, burnt vehicles and the crowd around it take the blast's day "Tuesday evening" / "Tuesday's" 2026-11-10,
  also when told days later ("has risen to 73" and the ruler's "not less than 150" and 138 names in a Saturday paper;
  the NRSC's 47 "on Wednesday"; the police's "As at this morning, 39 bodies have been recovered", which counts the
  blast's dead, like fresh14's "118 on Thursday evening"); the 41 "still on admission" take the day the commissioner
  spoke, "on Friday" 2026-11-13 (a state on a stated day, like the dev gold's "said on Friday that 18 miners were
  still missing"); the mass burial "on Thursday" 2026-11-12. The border exchange's dead (both armies, both villages,
  the 14 positions) take "late on Sunday" / "Sunday night" 2026-11-15, also Tuesday's 13 and 62 and Monday's 11 ("up
  from 11 on Monday"), and the broadsheet's standfirst (dated like the dev gold's Soma standfirst); the villagers
  leaving "on Monday" 2026-11-16. The crush's dead, the seven children, the injured received "overnight" and the
  spectators take "Saturday night" 2026-11-07; the 12 "still in critical condition Sunday" 2026-11-08. The dam's dead,
  the villages flooded (Collector and MLA), the villages warned "at 8 pm on Tuesday" and the houses damaged take
  "Tuesday night" 2026-10-20; the two "are missing" as told "on Wednesday" and the 860 rescued "on Wednesday"
  2026-10-21. The election's seats, vote shares, turnout (both sides), the "million ghost voters" "in the last two
  hours" and the observers' 9 percent "on election day" take "Sunday's general election" 2026-10-25; the protest
  crowd "on Monday evening" (police and the alliance) 2026-10-26. The 63 new cholera patients "on Wednesday alone"
  2026-10-14; the patients the reporter saw "yesterday" 2026-10-15.
- Left undated (null): headlines; cumulative counts ("since the outbreak was declared on September 28", "by
  Wednesday", and the cases' parts: 214 confirmed, 40 per cent children; MRI's "at least 52" and its 19); deaths in
  hospital over several days ("26 of the victims died in hospitals"); past events given only by a year ("in 2024", "in
  1996", "at the last election in 2022"); people affected or displaced without a stated day ("Over 1.2 lakh people",
  "since Sunday" in the UNHCR's 6,500, "floods in early September").
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., the country's road
  safety agency said on Wednesday" = the NRSC, named in the next paragraph; "..., police said"; "..., the ministry
  said in a statement"; "According to the Collector, ..."; "..., according to figures of the Revenue department"); a
  sentence that only continues the previous one keeps its speaker ("Children under five account for about 40 per cent
  of the cases" = the ministry; "The alliance put the crowd at 20,000" = the alliance); pronouns and possessives are
  resolved ("she said" = the Collector; "Its defence ministry" = Tavrin's; "the monarch" = Okonkwo); a headline with a
  trailing speaker ("– Commissioner", "ministry says") is that speaker's, and the standfirst "Tavrin says 13" is
  Tavrin's emergencies ministry (the body's source of the 13); "Tavrin, which still says" / "Tavrin for its part
  maintains" = the Tavrini defence ministry (aliases accept "Tavrin"); "where Qaresh says four" / "its figure of nine"
  = the Qareshi defence ministry. A figure the outlet states in its own words is the article's own voice: headlines
  without a speaker ("Fuel tanker blast kills at least 47", "At least 19 dead", "6 dead, 27 villages inundated", "wins
  142 seats, turnout 58%", "Cholera kills 31 ... as cases top 1,200"), background ("More than 90 people died in a
  similar blast", "when 31 people died in a stampede", "floods ... which displaced about 26,000 people") and what its
  reporter saw ("At the MRI centre yesterday, dozens of patients").
- Speaker aliases follow how the article names the speaker (its full name, its surname, its title or body:
  "road safety agency", "traditional ruler", "monarch", "emergencies ministry", "supporters trust", "collector",
  "preliminary assessment", "commission"), lowercase.
- Affiliation: the side when clear ("Government of Oduma" for the NRSC and its sector commander; "Police";
  "Witnesses" for the trader; "Egbede community" for the youth leader and the traditional ruler; "Government of
  Anwara State" for the health commissioner and ANSEMA; "Qaresh" and "Tavrin" for their ministries, spokesman and
  local officials; "Dzhalin Valley Monitor"; "Researchers" for the analyst; "UN"; "Hospital"; "Football Association
  of Maravia"; "Supporters" for the trust and its chairman; "Government of Maravia" for the sports minister;
  "Government of Kalinda Pradesh" for the District Collector, the dam's executive engineer and the Revenue
  department; "Lok Janata Party" for the MLA; "Central Electoral Commission"; "Civic Alliance" for Sokol and the
  alliance; "Observers" for the mission; "Government of Katanzi" for the health ministry and its spokesperson;
  "Medical Relief International"); null for the own voice.
- Quantities: "about"/"around"/"some" = +-12% as in the dev gold ("around 300" -> 264..336): "about 6,500" ->
  5,720..7,280, "about 4,000" -> 3,520..4,480, "about 40 per cent" -> 35.2..44.8, "about 26,000" -> 22,880..29,120;
  "more than", "at least", "not less than", "well over", "Over" = lower bound; "up to", "no higher than" = upper
  bound with no low; "hundreds" 100..999 and "thousands" 1,000..9,999 as in the dev gold, "dozens" 24..99; "a
  million" = 1,000,000; "1.2 lakh" = 120,000 (Indian grouping, as the dev gold's "4.18 lakh"); "Nine", "Six",
  "Seven", "Twenty-three" and the other numbers in words are their numbers; "58%" in the headline is its own figure 58.
- Optional: a part given only as "among them two commercial buses" (a count a careful annotator could take or leave);
  back-references inside a quote ("for seven people in Orlat", "Sixty dead ...", "Nor is three", "Nineteen families
  are burying their loved ones"); the size of parliament ("of the 250 seats in parliament"), a background count of
  places like fresh14's "96 municipalities".
- Not claims: money ("5 million nkoro", "Rs 4 lakh", "for money"); volumes and flows ("about 33,000 litres",
  "nearly 2.6 lakh cusecs"); ages ("maybe 12", "34", "aged 45", "41", "9-year-old", "27", "(52)", "61", "under
  five"); years (2019, 2022, 2024, 1996, 2014); dates ("Nov 11", "Nov 16", "Oct 27", "September 28", "early
  September"); times ("6:40 p.m.", "11.30 pm", "8 pm", "midnight"); durations ("about 25 minutes later", "three days
  of mourning", "44-day war", "Three days after", "within 14 days", "three and a half hours", "in the last two hours",
  "the same night", "since 2014"); distances ("about 30 km (19 miles)", "40km"); ordinals and superlatives ("fourth
  consecutive term", "the first to involve heavy artillery", "a first World Cup appearance", "the second half", "the
  highest daily figure", "the deadliest stadium disaster", "the largest cholera treatment centre", "came second");
  fractions and multipliers ("over half of their bodies", "almost double the official price"); a match score
  ("2-1"); a gate number ("Gate 4"); phone numbers ("0977 114 400", "0800 200 911"); and counts without a numeral
  ("his motor boy", "more bodies", "far fewer", "Every polling station").
- Facts (dev gold: a total and the parts that break it down are one fact, like its 234 complaints = 129 + 105):
  parts are grouped with their total (the 26 who died in hospital and the ruler's 138 names with the blast's dead;
  the 41 on admission with the injured; the five children with Orlat's dead; the seven children with the crush's
  dead; the 12 critical with the 64 injured; the 212 fully destroyed with the 1,150 houses; MRI's 19 village deaths
  with the cholera deaths; the 214 confirmed and the 40 per cent children with the cases). A rising count stays in
  one fact (47 -> 73 dead; 68 -> 112 injured; Orlat's 11 -> 13; Qaresh's "more than 60" -> 62). Left out: other
  quantities of the same event (the crowd around the tanker, the 34 buried, the 14 positions, the villagers
  leaving and the UNHCR's displaced, the two missing, the 860 rescued, the 31 villages warned (a different quantity
  from the villages flooded), the people affected, the PNR's vote share, the 63 percent of 2022, the "million ghost
  voters", the observers' 9 percent, the 63 new patients, the patients seen, the flood's displaced), background
  events (the 2024 blast, the 1996 stampede) and single figures.
- Statuses: the dev gold's three. disputed = different sources give incompatible figures; corroborated = the figures
  agree (a source and a headline, two outlets, or a rising count nobody disputes, like the dev gold's 284 so far /
  around 300); consistent = one source's total and its parts with nobody else giving a figure (the dev gold's D6).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import DEAD_WORDS, PEOPLE, about, atl, atm, ex, vg, write  # noqa: E402




# --- Egbede tanker explosion, Anwara State, Oduma ------------------------------------------------------------
TANKER_DEAD = PEOPLE + DEAD_WORDS
TANKER_INJ = PEOPLE + ["injured", "injury", "injuries", "wounded", "patient", "patients", "victim", "victims",
                       "casualty", "casualties", "burn", "burns"]
CROWD_FUEL = PEOPLE + ["crowd", "crowds", "resident", "residents", "onlooker", "onlookers", "villager", "villagers",
                       "scavenger", "scavengers"]
VEHICLES = ["vehicle", "vehicles", "car", "cars", "bus", "buses", "truck", "trucks"]
BURIED = PEOPLE + ["body", "bodies", "dead", "victim", "victims", "burial", "unidentified", "corpse", "corpses"]

NRSC = ["national road safety commission", "nrsc", "road safety commission", "road safety agency", "udeh",
        "ifeoma udeh"]
AMADI = ["amadi", "ngozi amadi", "witness", "trader"]
OKORIE = ["okorie", "chinedu okorie", "police", "anwara state police"]
EZE = ["eze", "obinna eze", "youth leader", "residents"]
NWANKWO = ["nwankwo", "adaeze nwankwo", "commissioner for health", "commissioner", "anwara state government",
           "state government", "government"]
OKONKWO = ["okonkwo", "nnamdi okonkwo", "igwe nnamdi okonkwo", "traditional ruler", "monarch", "igwe"]
ANSEMA = ["anwara state emergency management agency", "emergency management agency", "ansema", "ibe", "kelechi ibe"]
IBE = ["ibe", "kelechi ibe", "ansema", "anwara state emergency management agency", "executive secretary"]

# --- Dzhalin valley border exchange, Qaresh / Tavrin ---------------------------------------------------------
TROOPS_DEAD = PEOPLE + ["soldier", "soldiers", "troop", "troops", "serviceman", "servicemen", "officer", "officers",
                        "fighter", "fighters"] + DEAD_WORDS
CIV_DEAD = PEOPLE + ["civilian", "civilians", "villager", "villagers", "resident", "residents"] + DEAD_WORDS
CHILD_DEAD = CIV_DEAD + ["child", "children"]
POSITIONS = ["position", "positions", "post", "posts", "target", "targets"]
FLED = PEOPLE + ["villager", "villagers", "resident", "residents", "displaced", "refugee", "refugees", "evacuee",
                 "evacuees", "civilian", "civilians", "fled", "home", "homes"]

QMOD = ["qaresh defence ministry", "qareshi defence ministry", "defence ministry", "ministry of defence", "qaresh"]
QMOD_H = QMOD + ["ministry"]
TMOD = ["tavrin defence ministry", "tavrini defence ministry", "defence ministry", "ministry of defence", "tavrin",
        "beglov", "rustam beglov"]
BEGLOV = ["beglov", "rustam beglov", "colonel rustam beglov", "tavrin defence ministry", "tavrini defence ministry",
          "defence ministry"]
TEM = ["tavrin emergencies ministry", "tavrini emergencies ministry", "emergencies ministry", "tavrin"]
TLOCAL = ["local officials in tavrin", "local officials", "officials", "tavrin"]
MONITOR = ["dzhalin valley monitor", "valley monitor", "monitor", "monitors", "asanova", "leyla asanova"]
ASANOVA = ["asanova", "leyla asanova", "dzhalin valley monitor", "monitor"]
REINHOLT = ["reinholt", "tomas reinholt", "nordic institute for security studies"]
UNHCR = ["unhcr", "un refugee agency", "refugee agency", "un", "united nations"]

# --- Chikomo stadium crush, Kalunde, Maravia -----------------------------------------------------------------
CRUSH_DEAD = PEOPLE + ["fan", "fans", "spectator", "spectators", "supporter", "supporters"] + DEAD_WORDS
CRUSH_CHILD = CRUSH_DEAD + ["child", "children"]
CRUSH_INJ = PEOPLE + ["injured", "injury", "injuries", "wounded", "patient", "patients", "casualty", "casualties",
                      "fan", "fans", "victim", "victims"]
SPECTATORS = PEOPLE + ["spectator", "spectators", "fan", "fans", "crowd", "attendance", "attendee", "attendees",
                       "supporter", "supporters"]
FAMILIES = PEOPLE + ["family", "families"] + DEAD_WORDS

POLICE_M = ["police", "mwale", "grace mwale"]
MWALE = ["mwale", "grace mwale", "police spokeswoman", "police"]
BANDA = ["banda", "peter banda", "kalunde central hospital", "hospital"]
FAM = ["football association of maravia", "football association", "fam"]
TRUST = ["maravia football supporters trust", "football supporters trust", "supporters trust", "trust", "chisenga",
         "daniel chisenga"]
CHISENGA = ["chisenga", "daniel chisenga", "maravia football supporters trust", "supporters trust", "trust"]
PHIRI = ["phiri", "ruth phiri", "sports minister"]

# --- Haripur dam release, Bhimsar, Kalinda Pradesh -----------------------------------------------------------
FLOOD_DEAD = PEOPLE + DEAD_WORDS
MISSING = PEOPLE + ["missing"]
VILLAGES = ["village", "villages", "inundated", "flooded"]
RESCUED = PEOPLE + ["rescued", "villager", "villagers", "resident", "residents", "survivor", "survivors"]
HOUSES = ["house", "houses", "home", "homes", "building", "buildings", "dwelling", "dwellings", "damaged"]
AFFECTED = PEOPLE + ["affected", "resident", "residents", "villager", "villagers"]

RATHORE = ["rathore", "anjali rathore", "district collector", "collector", "preliminary assessment",
           "district administration"]
BHANDARI = ["bhandari", "suresh bhandari", "mla", "lok janata party"]
VENKAT = ["venkatraman", "prakash venkatraman", "executive engineer", "haripur dam", "dam authorities"]
REVENUE = ["revenue department", "revenue"]

# --- Lesovia general election ---------------------------------------------------------------------------------
SEATS = ["seat", "seats", "mandate", "mandates", "mp", "mps"]
TURNOUT = ["percent", "turnout", "voter", "voters", "vote", "votes", "participation", "ballot", "ballots"]
VOTE_SHARE = ["percent", "vote", "votes", "share", "voter", "voters", "ballot", "ballots", "support"]
GHOSTS = PEOPLE + ["voter", "voters", "vote", "votes", "ghost", "ghosts", "ballot", "ballots"]
STATIONS = ["percent", "station", "stations", "polling station", "polling stations", "irregularity",
            "irregularities"]
PROTESTERS = PEOPLE + ["protester", "protesters", "protestor", "protestors", "crowd", "demonstrator",
                       "demonstrators", "supporter", "supporters"]

CEC = ["central electoral commission", "electoral commission", "cec", "commission", "dudek", "pavel dudek"]
SOKOL = ["sokol", "marta sokol", "civic alliance", "alliance"]
MISSION = ["council of northern states", "observer mission", "mission", "observers"]
POLICE_L = ["police"]
ALLIANCE = ["civic alliance", "alliance", "sokol", "marta sokol"]

# --- Bulenga cholera, Katanzi ---------------------------------------------------------------------------------
CHOL_DEAD = PEOPLE + DEAD_WORDS
CASES = PEOPLE + ["case", "cases", "infection", "infections", "patient", "patients", "cholera"]
CHILD_PCT = CASES + ["percent", "child", "children"]
NEW_PATIENTS = CASES + ["admission", "admissions", "admitted"]
DISPLACED = PEOPLE + ["displaced", "resident", "residents", "villager", "villagers", "survivor", "survivors"]

MOH = ["ministry of health", "health ministry", "ministry", "mwanjisi", "halima mwanjisi"]
MWANJISI = ["mwanjisi", "halima mwanjisi", "ministry spokesperson", "ministry of health", "health ministry"]
MRI = ["medical relief international", "mri", "ekwall", "jonas ekwall"]

AFFILIATION = {
    "national road safety commission": "Government of Oduma", "amadi": "Witnesses", "okorie": "Police",
    "eze": "Egbede community", "nwankwo": "Government of Anwara State", "okonkwo": "Egbede community",
    "anwara state emergency management agency": "Government of Anwara State",
    "ibe": "Government of Anwara State",
    "qaresh defence ministry": "Qaresh", "tavrin defence ministry": "Tavrin", "beglov": "Tavrin",
    "tavrin emergencies ministry": "Tavrin", "local officials in tavrin": "Tavrin",
    "dzhalin valley monitor": "Dzhalin Valley Monitor", "asanova": "Dzhalin Valley Monitor",
    "reinholt": "Researchers", "unhcr": "UN",
    "police": "Police", "mwale": "Police", "banda": "Hospital", "football association of maravia":
    "Football Association of Maravia", "maravia football supporters trust": "Supporters", "chisenga": "Supporters",
    "phiri": "Government of Maravia",
    "rathore": "Government of Kalinda Pradesh", "bhandari": "Lok Janata Party",
    "venkatraman": "Government of Kalinda Pradesh", "revenue department": "Government of Kalinda Pradesh",
    "central electoral commission": "Central Electoral Commission", "sokol": "Civic Alliance",
    "council of northern states": "Observers", "civic alliance": "Civic Alliance",
    "ministry of health": "Government of Katanzi", "mwanjisi": "Government of Katanzi",
    "medical relief international": "Medical Relief International",
}

A = {}

A["01_egbede-tanker-blast_coastalherald.txt"] = ("2026-11-11", [
    ("kills at least 47", [], atl(47), TANKER_DEAD, None, False, "headline"),
    ("At least 47 people were killed", NRSC, atl(47), TANKER_DEAD, "2026-11-10", False,
     "'the country's road safety agency said on Wednesday' at the end of the sentence = the NRSC, named in the next "
     "paragraph; 'on Tuesday evening'"),
    ("68 others injured", NRSC, ex(68), TANKER_INJ, "2026-11-10", False, "same sentence as the 47"),
    ("Hundreds of people had gathered", AMADI, vg(100, 999), CROWD_FUEL, "2026-11-10", False,
     "'..., Ngozi Amadi, told TAP by telephone' at the end of the sentence"),
    ("Twenty-three vehicles", NRSC, ex(23), VEHICLES, "2026-11-10", False, "'the NRSC statement said'"),
    ("among them two commercial buses", NRSC, ex(2), VEHICLES, "2026-11-10", True,
     "a part of the 23 vehicles given in passing; optional"),
    ("39 bodies have been recovered", OKORIE, ex(39), TANKER_DEAD, "2026-11-10", False,
     "quote, speaker after it (police spokesman Okorie); 'As at this morning' counts the blast's dead"),
    ("More than 100 of our people died there", EZE, atl(100), TANKER_DEAD, "2026-11-10", False,
     "quote, 'said Obinna Eze, a youth leader'"),
    ("More than 90 people died in a similar blast", [], atl(90), TANKER_DEAD, None, False,
     "background, own voice; 'in 2024': a year only"),
])

A["02_egbede-tanker-blast_easterntribune.txt"] = ("2026-11-14", [
    ("Death toll rises to 73", NWANKWO, ex(73), TANKER_DEAD, None, False,
     "headline with a trailing speaker ('– Commissioner')"),
    ("has risen to 73", NWANKWO, ex(73), TANKER_DEAD, "2026-11-10", False,
     "'the Anwara State Government has said'; the commissioner is named in the next sentence; 'Tuesday's tanker "
     "explosion'"),
    ("26 of the victims died in hospitals", NWANKWO, ex(26), TANKER_DEAD, None, False,
     "part of the dead; died in hospital on days the text does not fix"),
    ("had also risen to 112", NWANKWO, ex(112), TANKER_INJ, "2026-11-10", False, "'She said'; the blast's injured"),
    ("41 are still on admission", NWANKWO, ex(41), TANKER_INJ, "2026-11-13", False,
     "part of the injured; a state on the day she spoke ('on Friday')"),
    ("put the death toll at 47", NRSC, ex(47), TANKER_DEAD, "2026-11-10", False,
     "'had on Wednesday put': the NRSC's earlier figure, restated"),
    ("“not less than 150 persons”", OKONKWO, atl(150), TANKER_DEAD, "2026-11-10", False,
     "'He told our correspondent' = the traditional ruler"),
    ("the names of 138 people who died", OKONKWO, ex(138), TANKER_DEAD, "2026-11-10", False,
     "quote, 'the monarch said'; counts the blast's dead"),
    ("31 vehicles were razed", ANSEMA, ex(31), VEHICLES, "2026-11-10"),
    ("against the 23 given by the NRSC", NRSC, ex(23), VEHICLES, "2026-11-10", False,
     "the NRSC's figure, restated by the paper"),
    ("34 unidentified bodies", IBE, ex(34), BURIED, "2026-11-12", False, "buried 'on Thursday'"),
])

A["03_dzhalin-border-shelling_steppeherald.txt"] = ("2026-11-16", [
    ("Nine Qareshi soldiers killed", QMOD_H, ex(9), TROOPS_DEAD, None, False,
     "headline with a trailing speaker ('ministry says')"),
    ("nine of its soldiers", QMOD, ex(9), TROOPS_DEAD, "2026-11-15", False,
     "'Qaresh's defence ministry said'; 'late on Sunday'"),
    ("and four civilians were killed", QMOD, ex(4), CIV_DEAD, "2026-11-15", False, "Sarybel, late on Sunday"),
    ("destroying 14 enemy positions", QMOD, ex(14), POSITIONS, "2026-11-15", False,
     "'returned fire within minutes' of Sunday's shelling; 'the ministry said in a statement'"),
    ("killing more than 60 Tavrini servicemen", QMOD, atl(60), TROOPS_DEAD, "2026-11-15"),
    ("three Tavrini soldiers were killed", TMOD, ex(3), TROOPS_DEAD, "2026-11-15", False,
     "'Its defence ministry said' = Tavrin's"),
    ("killing 11 civilians", TEM, ex(11), CIV_DEAD, "2026-11-15", False,
     "'the emergencies ministry said' (Tavrin's); Orlat, the same night"),
    ("five of them children", TEM, ex(5), CHILD_DEAD, "2026-11-15", False, "part of Orlat's dead"),
    ("up to 40 soldiers and officers", BEGLOV, atm(40), TROOPS_DEAD, "2026-11-15", False,
     "quote, speaker after it (spokesman Beglov); 'up to': upper bound"),
    ("Thousands of villagers left the border area", TLOCAL, vg(1000, 9999), FLED, "2026-11-16", False,
     "'on Monday'; 'local officials in Tavrin said'"),
])

A["04_dzhalin-border-shelling_northernchronicle.txt"] = ("2026-11-18", [
    ("Tavrin says 13 civilians are now dead", TEM, ex(13), CIV_DEAD, "2026-11-15", False,
     "standfirst, dated like the dev gold's Soma standfirst; the body gives the emergencies ministry as the source"),
    ("13 civilians had now died in Orlat", TEM, ex(13), CIV_DEAD, "2026-11-15", False,
     "'said on Tuesday': the dead of Sunday night"),
    ("up from 11 on Monday", TEM, ex(11), CIV_DEAD, "2026-11-15", False, "the same count on Monday"),
    ("confirm the deaths of seven civilians", MONITOR, ex(7), CIV_DEAD, "2026-11-15"),
    ("of three in the Qareshi village of Sarybel", MONITOR, ex(3), CIV_DEAD, "2026-11-15"),
    ("where Qaresh says four people were killed", QMOD, ex(4), CIV_DEAD, "2026-11-15"),
    ("for seven people in Orlat", ASANOVA, ex(7), CIV_DEAD, None, True,
     "a back-reference in a quote; optional"),
    ("raised its claim of Tavrini troops killed to 62", QMOD, ex(62), TROOPS_DEAD, "2026-11-15", False,
     "'Qaresh's defence ministry on Tuesday'"),
    ("still says it lost three soldiers", TMOD, ex(3), TROOPS_DEAD, "2026-11-15", False, "'Tavrin, which ...'"),
    ("up to 40 Qareshi troops died", TMOD, atm(40), TROOPS_DEAD, "2026-11-15", False,
     "'Tavrin for its part maintains'"),
    ("its figure of nine", QMOD, ex(9), TROOPS_DEAD, "2026-11-15", False, "'Qaresh has not moved from'"),
    ("\"Sixty dead from one night", REINHOLT, ex(60), TROOPS_DEAD, None, True,
     "the analyst paraphrasing Qaresh's claim in a quote; optional"),
    ("Nor is three", REINHOLT, ex(3), TROOPS_DEAD, None, True, "the analyst on Tavrin's figure; optional"),
    ("about 6,500 people had fled", UNHCR, about(6500), FLED, None, False, "'since Sunday': no single day"),
])

A["05_kalunde-stadium-crush_valleystar.txt"] = ("2026-11-08", [
    ("At least 19 dead", [], atl(19), CRUSH_DEAD, None, False, "headline"),
    ("At least 19 people were killed", POLICE_M, atl(19), CRUSH_DEAD, "2026-11-07", False,
     "'police said' at the end of the sentence; 'Saturday night' in a Sunday article"),
    ("Seven of the dead were children", MWALE, ex(7), CRUSH_CHILD, "2026-11-07", False,
     "part of the dead; 'a 9-year-old boy' is an age"),
    ("received 64 injured people overnight", BANDA, ex(64), CRUSH_INJ, "2026-11-07", False,
     "'overnight' after Saturday night's crush"),
    ("12 of whom were still in critical condition", BANDA, ex(12), CRUSH_INJ, "2026-11-08", False,
     "part of the 64; a state 'Sunday'"),
    ("41,200 spectators", FAM, ex(41200), SPECTATORS, "2026-11-07"),
    ("well over 50,000 people were inside", TRUST, atl(50000), SPECTATORS, "2026-11-07", False,
     "'The Maravia Football Supporters Trust disputed that, saying'"),
    ("at least 25 dead", CHISENGA, atl(25), CRUSH_DEAD, "2026-11-07", False,
     "quote, 'trust chairman Daniel Chisenga told PNA'"),
    ("Nineteen families are burying", PHIRI, ex(19), FAMILIES, None, True,
     "the minister restating the toll as families in a quote; optional"),
    ("when 31 people died in a stampede", [], ex(31), CRUSH_DEAD, None, False, "background; 'since 1996'"),
])

A["06_haripur-dam-release_janpathchronicle.txt"] = ("2026-10-22", [
    ("6 dead", [], ex(6), FLOOD_DEAD, None, False, "headline"),
    ("27 villages inundated", [], ex(27), VILLAGES, None, False, "headline"),
    ("Six people died", RATHORE, ex(6), FLOOD_DEAD, "2026-10-20", False,
     "'District Collector Anjali Rathore said on Wednesday' at the end of the sentence; 'on Tuesday night'"),
    ("two others are missing", RATHORE, ex(2), MISSING, "2026-10-21", False,
     "a state as told 'on Wednesday'"),
    ("flooded 27 villages", RATHORE, ex(27), VILLAGES, "2026-10-20"),
    ("860 people stranded", RATHORE, ex(860), RESCUED, "2026-10-21", False,
     "'According to the Collector'; rescued 'on Wednesday'"),
    ("1,150 houses damaged", RATHORE, ex(1150), HOUSES, "2026-10-20", False,
     "'A preliminary assessment shows ..., she said' = the Collector"),
    ("212 of them fully", RATHORE, ex(212), HOUSES, "2026-10-20", False, "part of the 1,150"),
    ("“at least 40 villages”", BHANDARI, atl(40), VILLAGES, "2026-10-20", False, "'claimed that'"),
    ("“not less than 11”", BHANDARI, atl(11), FLOOD_DEAD, "2026-10-20"),
    ("warnings were issued to 31 villages", VENKAT, ex(31), VILLAGES, "2026-10-20", False,
     "'at 8 pm on Tuesday'; villages warned, not villages flooded"),
    ("Over 1.2 lakh people", REVENUE, atl(120000), AFFECTED, None, False,
     "'according to figures of the Revenue department'; 1.2 lakh = 120,000"),
])

A["07_lesovia-election_continentalpost.txt"] = ("2026-10-27", [
    ("wins 142 seats", [], ex(142), SEATS, None, False, "headline"),
    ("turnout 58%", [], ex(58), TURNOUT, None, False, "headline"),
    ("won 142 of the 250 seats", CEC, ex(142), SEATS, "2026-10-25", False,
     "'final results released by the Central Electoral Commission (CEC) showed on Tuesday'"),
    ("the 250 seats in parliament", CEC, ex(250), SEATS, None, True, "the size of parliament; optional"),
    ("turnout at 58.3 percent", CEC, ex(58.3), TURNOUT, "2026-10-25", False, "'The commission put'"),
    ("down from 63 percent", CEC, ex(63), TURNOUT, None, False, "'at the last election in 2022': a year only"),
    ("47.9 percent of the vote", CEC, ex(47.9), VOTE_SHARE, "2026-10-25", False,
     "continues the commission's paragraph"),
    ("second with 71 seats", CEC, ex(71), SEATS, "2026-10-25"),
    ("\"no higher than 41 percent\"", SOKOL, atm(41), TURNOUT, "2026-10-25", False,
     "'she told supporters late on Monday': the day she spoke, not the vote's"),
    ("\"at least 90 seats\"", SOKOL, atl(90), SEATS, "2026-10-25"),
    ("a million ghost voters", SOKOL, ex(1000000), GHOSTS, "2026-10-25", False,
     "quote, 'Sokol said'; 'in the last two hours' of Sunday's vote"),
    ("at 9 percent of the polling stations", MISSION, ex(9), STATIONS, "2026-10-25", False, "'on election day'"),
    ("about 4,000 people gathered", POLICE_L, about(4000), PROTESTERS, "2026-10-26", False, "'on Monday evening'"),
    ("put the crowd at 20,000", ALLIANCE, ex(20000), PROTESTERS, "2026-10-26", False,
     "'The alliance put': the same crowd"),
])

A["08_bulenga-cholera_lakecourier.txt"] = ("2026-10-16", [
    ("Cholera kills 31", [], ex(31), CHOL_DEAD, None, False, "headline"),
    ("cases top 1,200", [], atl(1200), CASES, None, False, "headline; 'top' = more than"),
    ("Cholera has killed 31 people", MOH, ex(31), CHOL_DEAD, None, False,
     "'the Ministry of Health said yesterday'; 'since the outbreak was declared on September 28': cumulative"),
    ("1,284 suspected cases", MOH, ex(1284), CASES, None, False, "'by Wednesday': cumulative"),
    ("214 had been confirmed", MOH, ex(214), CASES, None, False, "part of the suspected cases"),
    ("about 40 per cent of the cases", MOH, about(40), CHILD_PCT, None, False,
     "continues the ministry's statement; 'under five' is an age"),
    ("63 new patients were admitted", MWANJISI, ex(63), NEW_PATIENTS, "2026-10-14", False, "'on Wednesday alone'"),
    ("at least 52 people had died", MRI, atl(52), CHOL_DEAD, None, False, "no stated day"),
    ("including 19 who died in their villages", MRI, ex(19), CHOL_DEAD, None, False, "part of MRI's 52"),
    ("dozens of patients", [], vg(24, 99), CASES, "2026-10-15", False,
     "own voice: 'At the MRI centre yesterday'"),
    ("displaced about 26,000 people", [], about(26000), DISPLACED, None, False,
     "own voice; 'floods in early September'"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-2", "01-7", "01-8", "02-1", "02-2", "02-3", "02-6", "02-7", "02-8"],
     "dead in the Egbede tanker explosion (2026-11-10): at least 47 (NRSC; wire headline; restated in the daily) vs "
     "39 bodies recovered (police) vs 'more than 100' (youth leader Eze) -> 73, 26 of them in hospital (health "
     "commissioner Nwankwo; daily headline) vs 'not less than 150', 138 names (traditional ruler Okonkwo)"),
    ("F2", "corroborated", ["01-3", "02-4", "02-5"],
     "injured in the tanker explosion: 68 (NRSC) -> 'had also risen to' 112, 41 still on admission (Nwankwo): a "
     "rising count nobody disputes"),
    ("F3", "disputed", ["01-5", "02-9", "02-10"],
     "vehicles burnt in the tanker fire: 23 (NRSC, in both outlets) vs 31 (ANSEMA)"),
    ("F4", "disputed", ["03-5", "03-6", "04-8", "04-9"],
     "Tavrini soldiers killed on 2026-11-15: 'more than 60' -> 62 (Qareshi defence ministry) vs three (Tavrin, in "
     "both outlets)"),
    ("F5", "disputed", ["03-1", "03-2", "03-9", "04-10", "04-11"],
     "Qareshi soldiers killed on 2026-11-15: nine (Qareshi defence ministry; wire headline; broadsheet) vs 'up to 40' "
     "(Tavrin's spokesman Beglov; Tavrin in the broadsheet)"),
    ("F6", "disputed", ["03-7", "03-8", "04-1", "04-2", "04-3", "04-4"],
     "civilians killed in Orlat (Tavrin) on 2026-11-15: 11, five of them children (Tavrin's emergencies ministry) -> "
     "13 (the same; standfirst and body) vs seven confirmed (Dzhalin Valley Monitor)"),
    ("F7", "disputed", ["03-3", "04-5", "04-6"],
     "civilians killed in Sarybel (Qaresh) on 2026-11-15: four (Qareshi defence ministry, in both outlets) vs three "
     "(Dzhalin Valley Monitor)"),
    ("F8", "disputed", ["05-1", "05-2", "05-3", "05-8"],
     "dead in the Chikomo stadium crush (2026-11-07): at least 19, seven of them children (police; headline) vs at "
     "least 25 (supporters' trust chairman Chisenga)"),
    ("F9", "disputed", ["05-6", "05-7"],
     "spectators inside the stadium: 41,200 (Football Association of Maravia) vs 'well over 50,000' (supporters' "
     "trust)"),
    ("F10", "consistent", ["05-4", "05-5"],
     "injured received at Kalunde Central Hospital: 64, 12 of them critical on Sunday (hospital spokesman Banda)"),
    ("F11", "disputed", ["06-1", "06-3", "06-10"],
     "dead in the Haripur dam flood (2026-10-20): six (District Collector Rathore; headline) vs 'not less than 11' "
     "(MLA Bhandari)"),
    ("F12", "disputed", ["06-2", "06-5", "06-9"],
     "villages flooded: 27 (Collector; headline) vs 'at least 40' (MLA Bhandari). The 31 villages warned are a "
     "different quantity, left single"),
    ("F13", "consistent", ["06-7", "06-8"],
     "houses damaged by the flood: 1,150, 212 of them fully (the Collector's preliminary assessment)"),
    ("F14", "disputed", ["07-2", "07-5", "07-9"],
     "turnout of Lesovia's 2026-10-25 election: 58.3 percent (CEC) / 58% (headline) vs 'no higher than 41 percent' "
     "(opposition leader Sokol)"),
    ("F15", "corroborated", ["07-1", "07-3"], "seats won by the ruling PNR: 142 (CEC; headline)"),
    ("F16", "disputed", ["07-8", "07-10"],
     "seats won by the Civic Alliance: 71 (CEC) vs 'at least 90' (Sokol)"),
    ("F17", "disputed", ["07-13", "07-14"],
     "protesters outside the CEC on 2026-10-26: about 4,000 (police) vs 20,000 (the alliance)"),
    ("F18", "disputed", ["08-1", "08-3", "08-8", "08-9"],
     "cholera deaths in Bulenga since 2026-09-28: 31 (Ministry of Health; headline) vs at least 52, 19 of them in "
     "their villages (Medical Relief International)"),
    ("F19", "corroborated", ["08-2", "08-4", "08-5", "08-6"],
     "suspected cholera cases in Bulenga by 2026-10-14: 1,284, 214 of them confirmed, about 40 per cent children "
     "under five (ministry); headline 'top 1,200'"),
]


if __name__ == "__main__":
    write(HERE, "fresh18.gold.json", A, FACTS, AFFILIATION, unique=True)
