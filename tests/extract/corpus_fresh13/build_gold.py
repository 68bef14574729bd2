"""Builds fresh13.gold.json from the annotations below (run: python3 -B build_gold.py).

The thirteenth fresh set, written BLIND on 22 November 2026: 8 invented articles on 6 events, in wire / broadcaster /
newspaper styles (a Reuters-style "PORT SALVEN, Marevia, Oct 25 (Meridian) -" dateline with a reporting/editing
credit, a broadcaster web piece with a question subhead and no dateline, an AFP-style "Kresny (Talvonia) (GPA) -"
dateline with "on Friday", a broadsheet long-read analysis with a byline, curly quotes, subheads, explicit dates ("6
November", "5 November") and an opinion poll, an AP-style "SALT CREEK, Calvera (CP) —" dateline with bare weekdays
("said Tuesday", "Monday night"), a health report rewritten by a newspaper from a press release ("published
yesterday", an "According to the report:" bullet list, "on Tuesday 11 August", "on 20 August"), a local paper crime
story with "yesterday" and "last night" and a phone number, and a business-page story with "yesterday"). Topics are
kept apart from fresh12 (referendum, general strike, mine collapse, market shelling, drug deaths):
the capsizing of the ferry Coral Vesna off Pelagos, Marevia, at about 11:15 p.m. on Saturday 2026-10-24 (2 outlets,
2 days apart: dead at least 17 (coastguard; headline), with four children among them (hospital) -> 41 (coastguard;
headline); 212 rescued (coastguard, in both); 38 survivors in Ardel hospital (in both); people on board 286 on the
manifest (Vesna Lines, in both) vs more than 400 (survivor Teodor Mancini) vs 331 (Maritime Safety Authority, with
45 not on the manifest; headline) vs about 450 (Coral Vesna Families); licensed for 250 passengers (the authority's
register; the broadcaster's own voice); "dozens" missing on Sunday evening (wire's own voice and headline); 23 still
missing (coastguard) vs at least 70 (families) on Tuesday),
people fleeing fighting in Bessaria's Orun region into Talvonia since Monday 2026-11-02 (2 outlets, a wire on Friday
2026-11-06 and an analysis nine days later: arrivals nearly 52,000 (Refugee Assistance Council; headline) -> 84,500
(RAC) vs 38,000 -> 61,000 registered (interior ministry) vs "well over 100,000" (opposition leader Dragan Vell),
with more than 20,000 children among the RAC's arrivals (RAC spokeswoman Ines Calder); 9,400 on Thursday
2026-11-05 (ministry; in the analysis "Both say", the ministry and the RAC); a reception hall built for 5,000 (Open
Hands; the analysis's own voice) holding between 11,000 and 13,000 on Thursday night (Open Hands) and around 7,000
now (own voice); "hundreds" waiting on foot on Friday morning (own voice); "more than 300 terrorists" killed
(Bessarian defence ministry); a poll of 1,206 adults: 58% open, 34% closed, 71% of National Renewal voters closed
(Halden Institute)),
the Juniper Fire east of Salt Creek, Calvera, which started on Sunday 2026-09-27 (1 outlet, Tuesday 2026-09-29: homes
destroyed 190 "a day earlier" -> 312 (Calvera Fire Protection Agency; headline); evacuated about 14,000 (Sheriff Dale
Harker; headline) vs nearly 20,000 (Gov. Elena Ruiz); 8% contained by Tuesday morning, two dead, more than 1,400
firefighters on Tuesday (the agency); about 600 in a shelter on Monday night (shelter manager); "30 houses, maybe
more" on one street (a resident)),
the 12-day August heatwave in Aldria, 3 to 14 August 2026 (1 outlet, 2026-09-16: an estimated 1,240 excess deaths,
likely between 1,050 and 1,430 (National Institute of Public Health; headline) vs "fewer than 300 deaths" directly
attributed to the heat (Health Minister Jonas Peer) vs at least 1,500 (opposition Green Party); 9,870 deaths
registered; 71% aged over 75; 3,912 hospital admissions (NIPH) vs "more than 4,500" (Hospital Federation); 2,310
ambulance calls on Tuesday 2026-08-11 (the report)),
dawn drugs raids in Harwick on Wednesday 2026-11-11 (1 outlet, 2026-11-12: 47 arrested (own voice, headline and lead)
vs 58 detained (Harwick Defence Solicitors' Association), with four teenagers among the arrested (Det Supt Rachel
Obi); more than 400 officers, 63 addresses, 14 firearms (Marlshire Police; "400 officers" in the headline); 31
charged last night (Obi); "must have been 20 police vans" (a resident)),
and the closure of Sovel's Dunmere washing-machine factory announced on Monday 2026-11-16 (1 outlet, 2026-11-17: jobs
lost 640 (Sovel; headline) vs "closer to 1,100" (union FEW; headline); labour costs roughly 40% lower in Veldia (own
voice); a crowd at the gates "several hundred" (own voice) vs more than 1,000 (FEW) vs about 400 (police); "up to
2,000" supplier jobs at risk (council leader Ruth Achebe); 38% of the town's manufacturing jobs (council figures)).
Annotated by hand by the README rules of ../shared/eval WITHOUT reading the system's code, docs, contracts or README
(nor any corpus_* folder but fresh12, read for the format) and WITHOUT running the extractor, claimlog or its tests on
these articles (the scorer was run only on a prediction built from this gold itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (as in fresh12 and the dev gold):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause (or the event it counts) fixes the day: the ferry's dead, its four dead children, the people on
  board (manifest, survivor, authority, families: "when it capsized on Saturday night", "boarded ... that night") and
  the 212 rescued ("overnight", "in the hours after the ferry overturned") take the capsizing's day 2026-10-24, also
  when told days later ("has risen to 41" in a Tuesday article); "Dozens ... still unaccounted for on Sunday
  evening" takes 2026-10-25 (a state on a stated day, like the dev gold's "said on Friday that 18 miners were still
  missing"); "9,400 had arrived on Thursday alone" in a Friday article and "the busiest day was 5 November" take
  2026-11-05; the hall's occupants "on Thursday night" 2026-11-05; "hundreds of people waited on foot" "On Friday
  morning" 2026-11-06; "was 8% contained" "by Tuesday morning" and the firefighters "battling the blaze Tuesday"
  2026-09-29; "spent Monday night" 2026-09-28; the ambulance calls "on Tuesday 11 August" 2026-08-11; the arrests,
  officers, addresses, firearms, teenagers and the solicitors' 58 detained take the raids' day 2026-11-11
  ("yesterday" in a Thursday article), the charges "last night" 2026-11-11; the crowd at the Sovel gates
  "yesterday afternoon" in a Tuesday article 2026-11-16.
- Left undated (null): headlines; cumulative counts over several days ("since Monday", "By Friday the ministry had
  registered", "well over 100,000 have entered", the homes destroyed "up from 190 a day earlier" and 312, the two
  fire deaths on different days, the excess deaths of a 12-day heatwave, the admissions "during the heatwave");
  states without a stated day ("Twenty-three people are still listed as missing", "at least 70 are still missing",
  "was treating 38 survivors", "still holds around 7,000"); capacities ("licensed to carry 250", "built for 5,000");
  the evacuation orders (issued over several days); future job losses and jobs at risk; a poll carried out over three
  days; shares and rates ("71% of the excess deaths", "38% of manufacturing jobs", "roughly 40% lower"); background
  figures of other years ("In 2019, at least 60 people drowned").
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., the coastguard
  said on Sunday", "..., according to the medical charity Open Hands", "According to the register of the Maritime
  Safety Authority, ...", "..., the force said in a statement last night", "..., according to council figures");
  pronouns ("she said" = Calder / Obi, "it said" = Marlshire Police, "he said" = Akhtar) are resolved to the named
  party; "According to the report:" covers its bullet list (the NIPH; the ambulance service, the actor of the deed,
  is also accepted); "Both say" is the ministry and the RAC (both accepted); a headline with a trailing speaker
  ("agency says", "health institute says", "union says", "as authority says") is that speaker's; a figure an article
  cites from another party goes to that party ("the 286 passengers and crew listed by the operator" = Vesna Lines).
  A figure the outlet states in its own words, including agentless passives ("Forty-seven people were arrested
  yesterday"), what its reporter saw ("a GPA reporter saw"), a separate sentence of background ("Labour costs in
  Veldia are roughly 40% lower") and unattributed headlines ("at least 17 dead and dozens missing", "death toll rises
  to 41", "destroys 312 homes, forces 14,000 to flee", "47 arrested as 400 officers raid homes", "with loss of 640
  jobs"), is the article's own voice.
- Affiliation: the side in the dispute when clear ("Government of Marevia" for the coastguard and the Maritime Safety
  Authority, "Vesna Lines", "Survivors", "Families", "Hospital", "Refugee Assistance Council", "Government of
  Talvonia", "Open Hands", "Government of Bessaria", "Opposition", "Halden Institute", "Government of Calvera" for
  the fire agency and the governor, "Police" for the sheriff and police forces, "Red Cross", "Residents", "National
  Institute of Public Health", "Government of Aldria" for the health minister, "Hospitals", "Lawyers", "Sovel",
  "Union", "Dunmere Council"); null for the own voice.
- Quantities: "about"/"around"/"roughly" = +-10% ("about 450" -> 405..495); a hedged estimate in speech ("There must
  have been 20 police vans") likewise; "more than", "at least", "well over", "maybe more" = lower bound; "nearly",
  "fewer than", "closer to", "up to" = upper bound, with a plausible low (-10%) for "nearly" and "closer to";
  "hundreds" 100..999, "several hundred" 200..999, "thousands" 1,000..9,999, "dozens" 24..99; "an estimated 1,240"
  is the figure 1,240; "between 11,000 and 13,000" and "between 1,050 and 1,430" are one estimate given as a range
  (value null) plus an optional second reading, like the dev gold's x2/x3.
- Optional: a range's second reading; a comparative vague amount ("Thousands more are crossing", like the dev gold's
  "millions more"); a hypothetical threshold ("could not shelter 'more than 50,000 people'"); a back-reference in a
  quote ("those 14 weapons"); trivial background counts of places ("its 14 inhabited islands", "the three official
  crossings", like fresh12's "two other towns"); a speaker's relatives ("brother and two nephews"); an area ("46,000
  acres") and a mass ("38 kilograms"), like fresh12's tonnes; sums of money ("€400 million", "£1.2 million",
  "€35 million"): the README counts people, things and percentages, and money can be read either way.
- Not claims: ages ("34", "71-year-old", "52", "62", "over 75", "aged 15 to 17"), years (2019, 2020), durations ("in
  five days", "almost an hour", "30 days", "Nine days later", "three weeks", "12-day", "five weeks", "10 minutes",
  "two hours", "18-month"), times ("11:15 p.m.", "5am"), dates ("Oct 25", "6 November", "2 November", "3 and 14
  August", "11 August", "20 August", "10 to 12 November"), ordinals and superlatives ("first Friday", "the first
  time", "busiest day", "the hottest day", "the most destructive", "the biggest operation"), distances ("three
  nautical miles", "12 kilometres"), temperatures ("42.3C"), phone numbers ("101", "0800 555 111"), "counts people
  twice"/"each person once"/"On one number, the two agree"/"Every one of", and counts without a numeral ("a life
  raft", "a pilot", "most of the 38").
- Facts: parts are grouped with their total (the four children with the ferry's dead, the RAC's more than 20,000
  children with the arrivals, the four teenagers with the 47 arrested). A rising count from the same sources stays
  in one fact (the ferry's dead 17 -> 41, the homes 190 -> 312, the arrivals 52,000 -> 84,500 and 38,000 -> 61,000,
  across the two outlets where they share an event). A state on another day is another fact (the "dozens" missing on
  Sunday vs the 23 / at least 70 missing on Tuesday). Left out: differences ("45 passengers who did not appear on the
  manifest" = 331 - 286), other quantities of the same event (the 212 rescued, the 38 in hospital, the hall's
  occupants on Thursday night vs around 7,000 now, the 31 charged, the supplier jobs at risk, one resident's street
  of "30 houses"), the registered deaths (9,870, of which the excess deaths are a difference), and single figures.
- Statuses: the dev gold's three only. disputed = different sources give incompatible figures; corroborated = the
  figures agree (a source and a headline or the outlet's own voice, two sources, a headline and its body, or a rising
  count of one source with nobody disputing it); consistent is not used here.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, rng, vg, write  # noqa: E402



PEOPLE = ["people", "person"]

# --- Coral Vesna ferry capsizing -----------------------------------------------------------------------------
DEAD = PEOPLE + ["dead", "death", "deaths", "killed", "toll", "death toll", "victim", "victims", "body", "bodies",
                 "passenger", "passengers", "casualty", "casualties", "drowned", "fatality", "fatalities"]
CHILD_DEAD = DEAD + ["child", "children"]
MISSING = PEOPLE + ["missing", "unaccounted", "passenger", "passengers"]
RESCUED = PEOPLE + ["rescued", "survivor", "survivors", "passenger", "passengers", "rescue"]
ABOARD = PEOPLE + ["passenger", "passengers", "crew", "aboard", "on board", "manifest", "boarded"]
CAPACITY = PEOPLE + ["passenger", "passengers", "capacity"]
PATIENTS = PEOPLE + ["survivor", "survivors", "patient", "patients", "treated", "injured"]
ISLANDS = ["island", "islands"]
RELATIVES = PEOPLE + ["nephew", "nephews", "relative", "relatives"]

COAST = ["coastguard", "coast guard", "risi", "leandro risi"]
RISI = ["risi", "leandro risi", "coastguard", "coast guard"]
VESNA = ["vesna lines", "operator", "ferry operator", "manifest"]
MANCINI = ["mancini", "teodor mancini", "survivor", "survivors"]
MSA = ["maritime safety authority", "safety authority", "authority", "msa", "register"]
HOSP = ["hospital", "ardel hospital", "hospital official"]
FAMILIES = ["coral vesna families", "families", "relatives", "pellegrin", "marta pellegrin"]
PELLEGRIN = ["pellegrin", "marta pellegrin", "coral vesna families"]

# --- Bessarian refugees in Talvonia -------------------------------------------------------------------------
ARRIVALS = PEOPLE + ["refugee", "refugees", "arrival", "arrivals", "crossed", "fled", "bessarian", "bessarians",
                     "displaced", "registered", "entered", "crossing", "crossings"]
CHILD_ARR = ARRIVALS + ["child", "children"]
QUEUE = PEOPLE + ["refugee", "refugees", "crowd", "queue", "waiting"]
HALL_CAP = PEOPLE + ["capacity", "place", "places", "bed", "beds", "refugee", "refugees"]
OCCUPANTS = PEOPLE + ["refugee", "refugees", "occupant", "occupants", "resident", "residents", "sheltered"]
FIGHTERS = PEOPLE + ["terrorist", "terrorists", "fighter", "fighters", "militant", "militants", "killed", "dead"]
CROSSINGS = ["crossing", "crossings", "border crossing", "border crossings", "checkpoint", "checkpoints"]
RESPONDENTS = PEOPLE + ["adult", "adults", "respondent", "respondents", "sample", "poll"]
POLL = PEOPLE + ["percent", "share", "respondent", "respondents", "talvonian", "talvonians", "voter", "voters",
                 "adult", "adults", "poll", "support"]
MONEY_EUR = ["euro", "euros", "money", "funding", "aid", "payment", "payments"]

RAC = ["refugee assistance council", "rac", "agency", "calder", "ines calder"]
CALDER = ["calder", "ines calder", "rac", "refugee assistance council"]
MIN = ["interior ministry", "ministry", "ministry of interior", "talvonian authorities", "lisk"]
BOTH = ["interior ministry", "ministry", "refugee assistance council", "rac"]
OH = ["open hands", "charity", "medical charity"]
BRANDT = ["brandt", "oskar brandt", "interior minister"]
BDEF = ["bessarian defence ministry", "defence ministry", "ministry of defence", "bessaria"]
VELL = ["vell", "dragan vell", "national renewal"]
HALDEN = ["halden institute", "halden", "poll"]

# --- Juniper Fire, Calvera ------------------------------------------------------------------------------------
HOMES = ["home", "homes", "house", "houses", "structure", "structures", "building", "buildings", "destroyed"]
EVAC = PEOPLE + ["resident", "residents", "evacuee", "evacuees", "evacuated", "evacuation", "evacuations"]
AREA = ["acre", "acres", "area", "land"]
CONTAIN = ["percent", "containment", "contained", "fire", "perimeter"]
FIRE_DEAD = PEOPLE + ["dead", "death", "deaths", "died", "killed", "victim", "victims", "fatality", "fatalities"]
FIREFIGHTERS = PEOPLE + ["firefighter", "firefighters", "crew", "crews", "personnel"]
SHELTERED = PEOPLE + ["evacuee", "evacuees", "resident", "residents", "sheltered"]

CFPA = ["calvera fire protection agency", "fire protection agency", "fire agency", "fire officials",
        "state fire officials", "agency"]
HARKER = ["harker", "dale harker", "sheriff", "boone county sheriff"]
RUIZ = ["ruiz", "elena ruiz", "governor"]
BECKER = ["becker", "tom becker", "shelter manager", "red cross"]
LOPEZ = ["lopez", "ana lopez"]

# --- Aldria heatwave -------------------------------------------------------------------------------------------
HEAT_DEAD = PEOPLE + ["death", "deaths", "dead", "died", "excess death", "excess deaths", "victim", "victims",
                      "mortality", "fatality", "fatalities"]
DEATHS_REG = HEAT_DEAD + ["registered"]
OLD_PCT = HEAT_DEAD + ["percent", "share", "elderly"]
ADMISSIONS = PEOPLE + ["patient", "patients", "admission", "admissions", "admitted", "hospitalisation",
                       "hospitalisations"]
CALLS = ["call", "calls", "emergency call", "emergency calls", "callout", "callouts"]

NIPH = ["national institute of public health", "niph", "institute", "health institute", "report", "lund"]
NIPH_AMB = NIPH + ["ambulance service", "national ambulance service"]
PEER = ["peer", "jonas peer", "health minister"]
FED = ["hospital federation", "federation"]
MOREAU = ["moreau", "elif moreau", "green party"]

# --- Harwick drugs raids -----------------------------------------------------------------------------------------
ARRESTS = PEOPLE + ["arrest", "arrests", "arrested", "suspect", "suspects", "detained", "detainee", "detainees"]
TEENS = ARRESTS + ["teenager", "teenagers", "teen", "teens", "minor", "minors"]
OFFICERS = PEOPLE + ["officer", "officers", "police", "police officer", "police officers"]
ADDRESSES = ["address", "addresses", "property", "properties", "home", "homes", "house", "houses", "premises"]
FIREARMS = ["firearm", "firearms", "gun", "guns", "weapon", "weapons"]
DRUGS = ["kilogram", "kilograms", "kg", "cocaine", "drug", "drugs"]
CASH = ["cash", "pound", "pounds", "money"]
CHARGED = ARRESTS + ["charged", "charge", "charges"]
VANS = ["van", "vans", "police van", "police vans", "vehicle", "vehicles"]

POLICE_M = ["marlshire police", "police", "force"]
OBI = ["obi", "rachel obi", "detective superintendent", "marlshire police"]
HDSA = ["harwick defence solicitors' association", "solicitors' association", "solicitors", "defence solicitors"]
AKHTAR = ["akhtar", "mo akhtar"]

# --- Sovel factory closure ---------------------------------------------------------------------------------------
JOBS = PEOPLE + ["job", "jobs", "worker", "workers", "employee", "employees", "redundancy", "redundancies", "staff",
                 "job losses", "loss", "losses"]
SUPPLY_JOBS = JOBS + ["supplier", "suppliers"]
COSTS = ["percent", "labour cost", "labour costs", "cost", "costs", "wage", "wages"]
CROWD = PEOPLE + ["worker", "workers", "resident", "residents", "crowd", "protester", "protesters", "demonstrator",
                  "demonstrators", "gathered"]
JOB_SHARE = ["percent", "share", "job", "jobs", "manufacturing jobs", "manufacturing"]

SOVEL = ["sovel", "company", "appliance maker"]
FEW = ["federation of engineering workers", "few", "union", "lyle"]
POLICE = ["police"]
ACHEBE = ["achebe", "ruth achebe", "council leader", "dunmere council"]
COUNCIL = ["dunmere council", "council", "council figures"]

AFFILIATION = {
    "coastguard": "Government of Marevia", "risi": "Government of Marevia",
    "maritime safety authority": "Government of Marevia", "vesna lines": "Vesna Lines", "mancini": "Survivors",
    "hospital": "Hospital", "coral vesna families": "Families", "pellegrin": "Families",
    "refugee assistance council": "Refugee Assistance Council", "calder": "Refugee Assistance Council",
    "interior ministry": "Government of Talvonia", "brandt": "Government of Talvonia", "open hands": "Open Hands",
    "bessarian defence ministry": "Government of Bessaria", "vell": "Opposition", "halden institute":
        "Halden Institute",
    "calvera fire protection agency": "Government of Calvera", "ruiz": "Government of Calvera", "harker": "Police",
    "becker": "Red Cross", "lopez": "Residents",
    "national institute of public health": "National Institute of Public Health", "peer": "Government of Aldria",
    "hospital federation": "Hospitals", "moreau": "Opposition",
    "marlshire police": "Police", "obi": "Police", "harwick defence solicitors' association": "Lawyers",
    "akhtar": "Residents",
    "sovel": "Sovel", "federation of engineering workers": "Union", "police": "Police",
    "achebe": "Dunmere Council", "dunmere council": "Dunmere Council",
}

A = {}

A["01_marevia-ferry-capsize_meridian.txt"] = ("2026-10-25", [
    ("at least 17 dead", [], atl(17), DEAD, None, False, "headline"),
    ("dozens missing", [], vg(24, 99), MISSING, None, False, "headline"),
    ("killing at least 17 people", COAST, atl(17), DEAD, "2026-10-24", False,
     "'the coastguard said on Sunday' at the end of the sentence; capsized late on Saturday"),
    ("pulled 212 people from the water overnight", RISI, ex(212), RESCUED, "2026-10-24", False,
     "overnight after the Saturday-night capsizing: the event's day"),
    ("Dozens of people were still unaccounted for on Sunday evening", [], vg(24, 99), MISSING, "2026-10-25", False,
     "the outlet's own voice; a state on a stated day"),
    ("its manifest listed 286 passengers and crew", VESNA, ex(286), ABOARD, "2026-10-24"),
    ("There were more than 400 people on board", MANCINI, atl(400), ABOARD, "2026-10-24"),
    ("licensed to carry 250 passengers", MSA, ex(250), CAPACITY, None, False,
     "'According to the register of the Maritime Safety Authority'; a capacity"),
    ("treating 38 survivors", HOSP, ex(38), PATIENTS, None, False, "'a hospital official said'"),
    ("four children were among the dead", HOSP, ex(4), CHILD_DEAD, "2026-10-24", False,
     "'adding that': the hospital official; part of the dead"),
    ("its 14 inhabited islands", [], ex(14), ISLANDS, None, True, "a background count of places; optional"),
    ("at least 60 people drowned", [], atl(60), DEAD, None, False, "background: a sinking in 2019"),
])

A["02_marevia-ferry-capsize_mptv.txt"] = ("2026-10-27", [
    ("death toll rises to 41", [], ex(41), DEAD, None, False, "headline"),
    ("as authority says 331 were on board", MSA, ex(331), ABOARD, None, False, "headline with its speaker"),
    ("has risen to 41", COAST, ex(41), DEAD, "2026-10-24", False,
     "the dead of Saturday's capsizing, counted on Tuesday"),
    ("Twenty-three people are still listed as missing", RISI, ex(23), MISSING, None, False,
     "a state with no stated day"),
    ("331 people were on the ferry", MSA, ex(331), ABOARD, "2026-10-24", False, "'when it capsized on Saturday night'"),
    ("among them 45 passengers who did not appear on the manifest", MSA, ex(45), ABOARD + ["unlisted"], "2026-10-24",
     False, "part of the 331 and the difference 331 - 286"),
    ("the 286 passengers and crew listed by the operator", VESNA, ex(286), ABOARD, "2026-10-24", False,
     "the operator's figure, cited by the broadcaster"),
    ("the 250 the vessel was licensed to carry", [], ex(250), CAPACITY, None, False, "no source named: own voice"),
    ("about 450 people boarded", FAMILIES, ap(450, 405, 495), ABOARD, "2026-10-24", False,
     "'boarded in Port Salven that night'"),
    ("at least 70 are still missing", FAMILIES, atl(70), MISSING, None),
    ("whose brother and two nephews were on board", PELLEGRIN, ex(2), RELATIVES, "2026-10-24", True,
     "the spokeswoman's relatives; optional"),
    ("212 people were rescued alive", COAST, ex(212), RESCUED, "2026-10-24", False,
     "'in the hours after the ferry overturned'"),
    ("the 38 survivors taken to Ardel hospital", HOSP, ex(38), PATIENTS, None, False, "'the hospital said'"),
])

A["03_talvonia-border-refugees_gpa.txt"] = ("2026-11-06", [
    ("Nearly 52,000 flee Bessaria fighting", RAC, atm(52000, 46800), ARRIVALS, None, False,
     "headline with its speaker ('agency says')"),
    ("Nearly 52,000 people have fled", RAC, atm(52000, 46800), ARRIVALS, None, False,
     "cumulative since Monday: undated"),
    ("said 38,000 people had crossed the border", MIN, ex(38000), ARRIVALS, None),
    ("9,400 had arrived on Thursday alone", MIN, ex(9400), ARRIVALS, "2026-11-05", False,
     "same sentence as the ministry's 38,000; Thursday in a Friday article"),
    ("Thousands more are crossing", CALDER, vg(1000, 9999), ARRIVALS, None, True,
     "a comparative vague amount, like the dev gold's 'millions more'; optional"),
    ("more than 20,000 of the new arrivals were children", CALDER, atl(20000), CHILD_ARR, None, False,
     "'She said' = Calder; part of the RAC's arrivals"),
    ("hundreds of people waited on foot", [], vg(100, 999), QUEUE, "2026-11-06", False,
     "'a GPA reporter saw': own voice; 'On Friday morning'"),
    ("built for 5,000 people", OH, ex(5000), HALL_CAP, None, False, "'according to the medical charity Open Hands'"),
    ("held between 11,000 and 13,000 on Thursday night", OH, rng(11000, 13000), OCCUPANTS, "2026-11-05", False,
     "one estimate given as a range"),
    ("held between 11,000 and 13,000 on Thursday night", OH, rng(11000, 13000), OCCUPANTS, "2026-11-05", True,
     "second reading: the two ends of the range as two claims; optional"),
    ("more than 50,000 people", BRANDT, atl(50000), ARRIVALS, None, True,
     "a hypothetical threshold ('could not shelter'); optional"),
    ("killed \"more than 300 terrorists\"", BDEF, atl(300), FIGHTERS, None, False, "'this week': undated"),
])

A["04_talvonia-border-refugees_sarevoobserver.txt"] = ("2026-11-15", [
    ("said nearly 52,000 people had crossed", RAC, atm(52000, 46800), ARRIVALS, None, False,
     "restated figure of 6 November; cumulative"),
    ("The interior ministry’s count that day was 38,000", MIN, ex(38000), ARRIVALS, None),
    ("the ministry had registered 61,000 arrivals", MIN, ex(61000), ARRIVALS, None, False, "'By Friday': cumulative"),
    ("The RAC put the number at 84,500", RAC, ex(84500), ARRIVALS, None),
    ("9,400 people came through Kresny", BOTH, ex(9400), ARRIVALS, "2026-11-05", False,
     "'Both say' = the ministry and the RAC; 'the busiest day was 5 November'"),
    ("the three official crossings", [], ex(3), CROSSINGS, None, True, "a background count of places; optional"),
    ("built for 5,000", [], ex(5000), HALL_CAP, None, False, "own voice; a capacity"),
    ("around 7,000 people", [], ap(7000, 6300, 7700), OCCUPANTS, None, False, "'still holds': no stated day"),
    ("“well over 100,000” Bessarians have entered", VELL, atl(100000), ARRIVALS, None),
    ("A poll of 1,206 adults", HALDEN, ex(1206), RESPONDENTS, None, False, "carried out over three days: undated"),
    ("58% in favour of keeping the border open", HALDEN, ex(58), POLL, None),
    ("34% for closing it", HALDEN, ex(34), POLL, None),
    ("71% want it closed", HALDEN, ex(71), POLL, None, False, "continues the poll: the Halden Institute"),
    ("€400 million", [], ex(400000000), MONEY_EUR, None, True, "money; optional"),
])

A["05_calvera-wildfire_cp.txt"] = ("2026-09-29", [
    ("destroys 312 homes", [], ex(312), HOMES, None, False, "headline"),
    ("forces 14,000 to flee", [], ex(14000), EVAC, None, False, "headline"),
    ("has destroyed 312 homes", CFPA, ex(312), HOMES, None, False,
     "'state fire officials said Tuesday'; cumulative since Sunday"),
    ("up from 190 a day earlier", CFPA, ex(190), HOMES, None, False, "the same count a day earlier: cumulative"),
    ("more than 46,000 acres", CFPA, atl(46000), AREA, None, True, "an area; optional"),
    ("was 8% contained", CFPA, ex(8), CONTAIN, "2026-09-29", False, "'by Tuesday morning'"),
    ("Two people have died", CFPA, ex(2), FIRE_DEAD, None, False, "'the agency said'; deaths on different days"),
    ("about 14,000 residents had been ordered to leave", HARKER, ap(14000, 12600, 15400), EVAC, None),
    ("Nearly 20,000 people have had to leave their homes", RUIZ, atm(20000, 18000), EVAC, None, False,
     "'she told reporters' = the governor"),
    ("More than 1,400 firefighters", CFPA, atl(1400), FIREFIGHTERS, "2026-09-29", False,
     "'battling the blaze Tuesday, the fire agency said'"),
    ("About 600 people spent Monday night", BECKER, ap(600, 540, 660), SHELTERED, "2026-09-28"),
    ("30 houses, maybe more", LOPEZ, atl(30), HOMES, None, False, "one street: not the fire's total"),
])

A["06_aldria-heatwave-deaths_dailycourant.txt"] = ("2026-09-16", [
    ("caused 1,240 excess deaths", NIPH, ex(1240), HEAT_DEAD, None, False,
     "headline with its speaker ('health institute says')"),
    ("caused an estimated 1,240 more deaths", NIPH, ex(1240), HEAT_DEAD, None, False,
     "excess deaths over a 12-day heatwave: undated"),
    ("between 1,050 and 1,430", NIPH, rng(1050, 1430), HEAT_DEAD, None, False, "one estimate given as a range"),
    ("between 1,050 and 1,430", NIPH, rng(1050, 1430), HEAT_DEAD, None, True,
     "second reading: the two ends of the range as two claims; optional"),
    ("9,870 deaths were registered", NIPH, ex(9870), DEATHS_REG, None, False,
     "'According to the report:' covers the bullet list"),
    ("71% of the excess deaths", NIPH, ex(71), OLD_PCT, None),
    ("Hospitals admitted 3,912 patients", NIPH, ex(3912), ADMISSIONS, None),
    ("a record 2,310 emergency calls", NIPH_AMB, ex(2310), CALLS, "2026-08-11", False,
     "the report's bullet; 'on Tuesday 11 August'"),
    ("fewer than 300 deaths", PEER, atm(300), HEAT_DEAD, None, False,
     "'told parliament on 20 August that': the day he spoke, not the deaths' day"),
    ("\"more than 4,500\" heat patients", FED, atl(4500), ADMISSIONS, None),
    ("at least 1,500 people had died", MOREAU, atl(1500), HEAT_DEAD, None),
])

A["07_harwick-drugs-raids_harwickpost.txt"] = ("2026-11-12", [
    ("47 arrested", [], ex(47), ARRESTS, None, False, "headline"),
    ("400 officers raid homes", [], ex(400), OFFICERS, None, False, "headline"),
    ("Forty-seven people were arrested yesterday", [], ex(47), ARRESTS, "2026-11-11", False,
     "an agentless passive: own voice"),
    ("More than 400 officers", POLICE_M, atl(400), OFFICERS, "2026-11-11", False,
     "'the force said in a statement last night' at the end of the sentence"),
    ("searched 63 addresses", POLICE_M, ex(63), ADDRESSES, "2026-11-11"),
    ("They seized 14 firearms", POLICE_M, ex(14), FIREARMS, "2026-11-11", False, "'it said' = the force"),
    ("about 38 kilograms of cocaine", POLICE_M, ap(38, 34.2, 41.8), DRUGS, "2026-11-11", True, "a mass; optional"),
    ("£1.2 million in cash", POLICE_M, ex(1200000), CASH, "2026-11-11", True, "money; optional"),
    ("said 31 people were charged last night", OBI, ex(31), CHARGED, "2026-11-11"),
    ("four teenagers aged 15 to 17", OBI, ex(4), TEENS, "2026-11-11", False,
     "'she said' = Obi; part of the arrested; the ages are not claims"),
    ("those 14 weapons", OBI, ex(14), FIREARMS, None, True, "a back-reference in a quote; optional"),
    ("said 58 people had been detained", HDSA, ex(58), ARRESTS, "2026-11-11"),
    ("There must have been 20 police vans outside", AKHTAR, ap(20, 18, 22), VANS, "2026-11-11", False,
     "a hedged estimate"),
])

A["08_sovel-dunmere-closure_businessdaily.txt"] = ("2026-11-17", [
    ("with loss of 640 jobs", [], ex(640), JOBS, None, False, "headline"),
    ("union says 1,100 will go", FEW, ex(1100), JOBS, None, False, "headline with its speaker"),
    ("with the loss of 640 jobs", SOVEL, ex(640), JOBS, None, False, "future job losses: undated"),
    ("roughly 40% lower", [], ap(40, 36, 44), COSTS, None, False, "a separate sentence: own voice"),
    ("closer to 1,100", FEW, atm(1100, 990), JOBS, None),
    ("Several hundred workers gathered at the factory gates", [], vg(200, 999), CROWD, "2026-11-16", False,
     "own voice; 'yesterday afternoon' in a Tuesday article"),
    ("more than 1,000 workers and residents", FEW, atl(1000), CROWD, "2026-11-16"),
    ("police estimated about 400", POLICE, ap(400, 360, 440), CROWD, "2026-11-16"),
    ("\"up to 2,000\" further jobs", ACHEBE, atm(2000), SUPPLY_JOBS, None),
    ("38% of manufacturing jobs", COUNCIL, ex(38), JOB_SHARE, None, False, "'according to council figures'"),
    ("€35 million", SOVEL, ex(35000000), MONEY_EUR, None, True, "money; optional"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "corroborated", ["01-1", "01-3", "01-10", "02-1", "02-3"],
     "dead in the Coral Vesna capsizing (2026-10-24): at least 17, four children among them (coastguard, hospital; "
     "Meridian headline) -> 41 (coastguard; MPTV headline): a rising count nobody disputes"),
    ("F2", "disputed", ["01-6", "01-7", "02-2", "02-5", "02-7", "02-9"],
     "people on board the Coral Vesna: 286 on the manifest (Vesna Lines, in both outlets) vs more than 400 (survivor "
     "Mancini) vs 331 (Maritime Safety Authority; MPTV headline) vs about 450 (Coral Vesna Families). The 45 not on "
     "the manifest (331 - 286) is a difference and left out"),
    ("F3", "corroborated", ["01-4", "02-12"],
     "people rescued alive after the capsizing: 212 (coastguard, both outlets)"),
    ("F4", "corroborated", ["01-9", "02-13"], "survivors taken to Ardel hospital: 38 (hospital, both outlets)"),
    ("F5", "corroborated", ["01-8", "02-8"],
     "the Coral Vesna's licensed capacity: 250 passengers (the authority's register; MPTV's own voice)"),
    ("F6", "corroborated", ["01-2", "01-5"],
     "people missing on Sunday 2026-10-25: 'dozens' (Meridian's headline and body)"),
    ("F7", "disputed", ["02-4", "02-10"],
     "people still missing on Tuesday 2026-10-27: 23 (coastguard) vs at least 70 (Coral Vesna Families)"),
    ("F8", "disputed", ["03-1", "03-2", "03-3", "03-6", "04-1", "04-2", "04-3", "04-4", "04-9"],
     "people who crossed from Bessaria into Talvonia since 2026-11-02: nearly 52,000, more than 20,000 of them "
     "children -> 84,500 (Refugee Assistance Council; GPA headline) vs 38,000 -> 61,000 (interior ministry) vs "
     "'well over 100,000' (Dragan Vell)"),
    ("F9", "corroborated", ["03-4", "04-5"],
     "arrivals on Thursday 2026-11-05: 9,400 (interior ministry; in the analysis both the ministry and the RAC)"),
    ("F10", "corroborated", ["03-8", "04-7"],
     "capacity of the Kresny reception hall: 5,000 (Open Hands; the analysis's own voice)"),
    ("F11", "corroborated", ["05-1", "05-3", "05-4"],
     "homes destroyed by the Juniper Fire: 190 a day earlier -> 312 (Calvera Fire Protection Agency; CP headline)"),
    ("F12", "disputed", ["05-2", "05-8", "05-9"],
     "people evacuated from the Juniper Fire: about 14,000 (Sheriff Harker; CP headline) vs nearly 20,000 "
     "(Gov. Ruiz)"),
    ("F13", "disputed", ["06-1", "06-2", "06-3", "06-9", "06-11"],
     "deaths caused by Aldria's August 2026 heatwave: an estimated 1,240 excess deaths, likely 1,050-1,430 (NIPH; "
     "headline) vs 'fewer than 300' directly attributed (Health Minister Peer) vs at least 1,500 (Green Party)"),
    ("F14", "disputed", ["06-7", "06-10"],
     "hospital admissions for heat illness during the heatwave: 3,912 (NIPH) vs 'more than 4,500' (Hospital "
     "Federation)"),
    ("F15", "disputed", ["07-1", "07-3", "07-10", "07-12"],
     "people arrested in the Harwick raids on 2026-11-11: 47, four teenagers among them (own voice and headline; "
     "Det Supt Obi) vs 58 detained (Harwick Defence Solicitors' Association)"),
    ("F16", "corroborated", ["07-2", "07-4"],
     "officers in the raids: more than 400 (Marlshire Police; '400 officers' in the headline)"),
    ("F17", "disputed", ["08-1", "08-2", "08-3", "08-5"],
     "jobs lost by the closure of Sovel's Dunmere factory: 640 (Sovel; headline) vs 'closer to 1,100' (union FEW; "
     "headline)"),
    ("F18", "disputed", ["08-6", "08-7", "08-8"],
     "crowd at the Dunmere factory gates on 2026-11-16: 'several hundred' (own voice) vs more than 1,000 (FEW) vs "
     "about 400 (police)"),
]


if __name__ == "__main__":
    write(HERE, "fresh13.gold.json", A, FACTS, AFFILIATION)
