"""Builds fresh17.gold.json from the annotations below (run: python3 -B build_gold.py).

The seventeenth fresh set, written BLIND on 22 November 2026: 8 invented articles on 6 events, in wire / broadcaster /
regional-paper / translated / non-native-English / humanitarian-magazine / national-daily styles (a Reuters-style
"TORVIK, Nov 15 (NWS) -" wire with a "Reporting by ...; Writing by ...; Editing by ..." credit, a city daily's
follow-up with a byline, "yesterday", "last night", ages and a police tip-line number, a broadcaster's web story with
"officials say", local and GMT times and a distance, a South-Asian English daily ("Herald News Service", "As per the
DCA", "Atleast", "media persons", "it is learnt", a "Rs 10 lakh" ex-gratia and Indian digit grouping "12,46,000"), a
report translated from French ("this Thursday 15 October", "of whom 112,000 in Lémaure", "14h and 18h", "some
hundreds of hooded individuals", "one school of two closed"), a humanitarian news site's long-read with a standfirst,
a byline and a dateline line, a West-African regional paper ("Supt.", "Nana Adjei Boateng III", "he quizzed",
"galamsey") and a national daily's education story with a headline carrying both sides' figures).
Topics are kept apart from the earlier sets (referendum turnout, general strike, mine collapse, market shelling, drug
deaths, ferry capsizing, refugees at a border, wildfire, heatwave deaths, drugs raids, factory closure, chlorine
leak, tram derailment, migrant boat, measles, bus crash, hunger strike, blizzard, cruise norovirus, earthquake,
hostages, rail strike, dengue, teachers' ballot, prison riot, festival stampede, nurses' strike, police-shooting march,
exam results, cyclone, landslide, hospital air strike, wedding food poisoning, power blackout, marathon, floods,
tuition protest):
a shooting at the Galleria Aurum shopping centre in Torvik, Selmark, on Saturday 2026-11-14 (2 outlets: a wire on
Sunday 2026-11-15 and a city daily on Tuesday 2026-11-17: dead at least nine (police; headline; "authorities said")
-> 11 (the hospital; the daily's headline) vs "at least 15 dead" (the state broadcaster SRT's first, corrected
report); wounded 14 -> 17 (police, "up from the 14 given on Saturday night"); six of the wounded critical on Sunday
morning and four on Monday night (hospital); around 3,000 shoppers in the centre (operator Aurum Retail); "maybe 30
shots" (a witness); two rifles and "several hundred rounds" (police); 12 guards on duty (Aurum Retail) vs four (the
security workers' union); a vigil on Monday evening: "Thousands" (own voice), around 8,000 (police) vs "closer to
15,000" (the organising churches)),
the crash of Sarangi Air flight 417 at Mirapur, Davanya, on Thursday 2026-11-05 (2 outlets: a broadcaster the same
day and a Davanyan daily on Saturday 2026-11-07: 68 on board (officials; the DCA; the broadcaster's headline), 64
passengers and four crew (DCA, in both) vs 66 passengers (the airline, in both; its "clerical error"), two infants
among them (airline); at least 40 bodies recovered by early afternoon (police; a partial count); toll 70 on Friday
(district officials; the daily's headline), three of them residents on the ground (district officials) vs "Atleast
10 persons from our lane" not traceable (resident Varma); at least three houses destroyed and two people on the ground
injured (district administration); at least five foreign nationals on board (foreign ministry) -> seven (Ministry of
External Affairs); a five-member investigation team; 12,46,000 airport passengers last year (Airport Authority)),
a national day of protest against the pension reform in Aubrenne on Thursday 2026-10-15 (1 outlet, translated, Friday
2026-10-16: 1.28 million / 1,280,000 demonstrators (Ministry of the Interior; headline) vs 3.5 million (the
inter-union; headline); in the capital 112,000 (ministry) vs 500,000 (inter-union) vs 168,000 (the counting firm
Décompte); 1.41 million on 2 October (the interior minister); "some hundreds" of hooded rioters (own voice); 37
arrests (police prefecture); teachers on strike in primary schools 31.5% (education ministry) vs "more than 60%"
(union SNEA-FSA), and "one school of two closed" (SNEA-FSA)),
a diphtheria outbreak in the Tal Sabra refugee camp, Marqesh (1 outlet, Tuesday 2026-11-10: 312 suspected cases since
28 September and 19 deaths (health ministry) vs at least 27 deaths (Frontline Medical Aid's Dr Reyna); about 70
percent of cases in children under 15 (FMA); camp population around 48,000 (camp administration) vs 61,000 (the UN
refugee agency, in August); only 38 percent of under-fives fully vaccinated (FMA survey); 20,000 vaccine doses arrived
on Saturday 2026-11-07 (health ministry); just 60 antitoxin vials, all but 11 used (Reyna)),
an illegal mining pit collapse at Nsoro-Kokobeng on Thursday 2026-10-22 (1 outlet, Saturday 2026-10-24: 13 bodies
retrieved on Friday (police commander Darko; headline); seven rescued alive, two of them critical (NADRO); "up to 20"
still unaccounted for on Friday (Darko) vs "at least 45" still trapped (the chief, Nana Adjei Boateng III; headline);
"More than 60 people went down that pit on Thursday morning" (the chief); "hundreds of residents" at the site on
Friday (own voice); nearly 250 arrested since August (the lands minister)),
and an admissions scandal at the University of Carrowmore, Estavia (1 outlet, Thursday 2026-11-19: 214 students
admitted on forged results (State Audit Office; headline), 96 of them in medicine, vs "no more than 40" (the
university and its rector; headline); 11 staff suspended (university); applicants who lost out "in the hundreds"
(Estavian Students' Union); a march on Wednesday 2026-11-18: "Several hundred students" (own voice), between 500 and
700 (police) vs more than 2,000 (organisers)).
Annotated by hand by the README rules of ../shared/eval and the dev gold's conventions WITHOUT reading the system's
code, docs, contracts or README (nor any corpus_* folder but fresh14, read for the format) and WITHOUT running the
extractor, claimlog or its tests on these articles (the scorer was run only on a prediction built from this gold
itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (as in the dev gold, and fresh14 where the dev gold says nothing):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause or the event it counts is fixed to a day by the text: the shooting's dead (both outlets, SRT's
  corrected "at least 15" and the hospital's 11 "confirmed yesterday"), its wounded (also "Police now say 17" and "the
  14 given on Saturday night"), the shoppers, the shots and the guards on duty "on Saturday afternoon" take Saturday
  2026-11-14; "Six of the wounded were in a critical condition on Sunday morning" 2026-11-15 and "Four patients were
  still in a critical condition last night" (a Tuesday paper) 2026-11-16 (a state on a stated day, like the dev
  gold's "said on Friday that 18 miners were still missing"); the vigil "on Monday evening" 2026-11-16; the crash's
  on board, passengers, crew, infants, bodies recovered "by early afternoon", houses, people hurt on the ground and
  foreign nationals take Thursday 2026-11-05, also the daily's "rose to 70 on Friday" (the dead take the crash's day,
  as the dev gold's "the number killed in Monday's explosion"), the three residents killed and Varma's "not traceable
  since Thursday morning"; the protest's figures "this Thursday 15 October" 2026-10-15 and the minister's "1.41
  million demonstrators on 2 October" 2026-10-02; the doses that "arrived on Saturday" 2026-11-07; the bodies
  "retrieved" "on Friday" 2026-10-23 (the retrieval is the counted event; the collapse was Thursday), the chief's "at
  least 45 ... still trapped" said "on Friday" and Darko's "still unaccounted for" told "on Friday evening"
  2026-10-23, "More than 60 people went down that pit on Thursday morning" 2026-10-22, "two of them are in critical
  condition" (present tense, like the dev gold's "the whereabouts of 157 pupils are unknown") the header's day
  2026-10-24, the residents at the site "on Friday afternoon" 2026-10-23; the march "yesterday afternoon" (a Thursday
  paper) 2026-11-18.
- Headlines are dated like the body claim they sum up when the article fixes that day (the dev gold dates the Soma
  standfirst "Officials say death toll ... likely to be around 300" to the explosion's day): "kills at least nine"
  and "death toll rises to 11" 2026-11-14, "with 68 on board" and "toll touches 70" 2026-11-05, the pension headline's
  two figures 2026-10-15, "13 bodies retrieved" and "'at least 45' still trapped" 2026-10-23; the admissions headline
  is undated like its body.
- Left undated (null): cumulative counts ("312 suspected cases ... since 28 September", "19 people have died", "at
  least 27 deaths", "nearly 250 persons have been arrested ... since August", "Eleven members of staff ... suspended
  since ... July"); admissions over three academic years and the university's "no more than 40"; shares and
  estimates without a day (the 70 percent of cases, the camp population of "around 48,000" and the agency's 61,000
  "from August", the October survey's 38 percent, the vials received "since the outbreak began", the applicants
  "in the hundreds"); objects found without a stated day (the rifles and rounds); "Seven persons were rescued alive"
  (no day given); an airport's passengers "in the last financial year".
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., authorities said",
  "According to the Ministry of the Interior, ... of whom 112,000 in Lémaure", "As per the DCA, ... including 64
  passengers and four crew members", "..., district officials said, as three residents ... were also confirmed",
  "..., according to the National Disaster Relief Organisation (NADRO)", "..., according to a State Audit Office
  report"); a headline with a speaker is that speaker's ("..., police say", "according to the Interior", "according to
  the unions", "chief says", "audit finds", "university says"), a headline without one is the own voice ("death toll
  rises to 11", "with 68 on board", "toll touches 70", "13 bodies retrieved"); "officials say" at the end of the
  broadcaster's first sentence is the officials (the DCA, named next, is also accepted); the figure a party is said
  to have given earlier is that party's ("the 14 given on Saturday night" = police, "had earlier claimed the aircraft
  was carrying 66 passengers" = the airline); a broadcaster's report citing an unnamed source is the broadcaster's
  (SRT); pronouns and titles are resolved to the named person ("Reyna said his team", "he quizzed" = the chief);
  "aid workers", "the auditors" and "the report says" are the parties they name. A figure the outlet states in its own
  words is the article's own voice: crowds it describes ("Thousands of people filled Cathedral Square", "some hundreds
  of hooded individuals", "hundreds of residents had gathered", "Several hundred students marched") and agentless or
  "it is learnt" statements ("A five-member team ... it is learnt").
- Affiliation: the side in the dispute when clear ("Police" for the Selmark police and its chief, the "authorities"
  of the wire's lead, the Mirapur police, the Lémaure prefecture, the Nsoro police commander and the Estavian police;
  "Hospital"; "Aurum Retail"; "Witnesses" for the shoe-shop worker; "Media" for SRT; "Union" for the security
  workers' union and its representative; "Organisers" for the vigil's churches and the march's organisers;
  "Government of Davanya" for the DCA, the "officials", the district officials and administration and the foreign /
  external affairs ministry; "Sarangi Air"; "Residents" for Varma; "Airport Authority"; "Government of Aubrenne" for
  the interior ministry, its minister and the education ministry; "Unions" for the inter-union and SNEA-FSA;
  "Décompte"; "Government of Marqesh" for the health ministry and the camp administration; "Frontline Medical Aid"
  for FMA and Reyna; "UN"; "Government" for NADRO and the lands minister (the article names no country);
  "Traditional authorities" for the chief; "State Audit Office"; "University of Carrowmore" for the university and
  its rector; "Students' Union"); null for the own voice.
- Quantities: "about"/"around"/"Some"/"maybe"/"closer to" (an estimate) = +-10% ("Around 3,000" -> 2,700..3,300,
  "around 48,000" -> 43,200..52,800, "closer to 15,000" -> 13,500..16,500); "at least", "more than", "Atleast" = a
  lower bound; "up to", "no more than" = an upper bound with no low; "nearly 250" = an upper bound with a plausible
  low of 200; "hundreds", "some hundreds", "several hundred", "in the hundreds" 100..999; "Thousands" 1,000..9,999;
  words are their numbers ("nine", "Six", "Four", "four", "three", "two", "five", "Seven", "Eleven"); "1.28 million"
  and "1,280,000" are the same figure; "12,46,000" (Indian grouping) is 1,246,000; "between 500 and 700" is one
  estimate given as a range (value null) plus an optional second reading, like the dev gold's x2/x3.
- Optional: a figure told in the outlet's words right after a witness's quote ("She hid with 12 customers": the
  witness's or the outlet's); back-references in a quote to the other side's figure ("not twelve", "Nineteen is
  simply not true", "How can police say only 20 are missing?") or to the source's own ("all 214 admissions"); a
  complement ("had used all but 11"); a fraction in words ("one school of two closed" = 50%); a team size in a
  compound adjective ("A five-member team"); a range's second reading.
- Not claims: ages ("22-year-old", "11 years old", "34", "67", "41", "nine-year-old", "four-year-old", "under 15",
  "under five", "from 62 to 64 years"), years (2011, 2019, 1995, 2032, "from 2023 to 2025"), durations ("within four
  minutes", "in four minutes", "about four minutes", "more than an hour", "two days", "a week later", "one week",
  "three academic years", "the past decade"), times ("3:20 p.m.", "07:52", "02:22 GMT", "11am", "14h and 18h"),
  dates ("Nov 15", "15 October", "2 October" in Ferhat's quote, "3 November", "27 October", "28 September", "since
  August", "in July"), ordinals and superlatives ("the deadliest", "first hour", "first patrol", "the third time",
  "first union of the primary", "the first child", "the lone survivor", "the fiercest"), a regnal number ("III"), a
  flight number ("flight 417"), distances and depths ("200 metres", "about 40 metres deep", "a few kilometres"),
  "two-storey", "twin-engine", "half mast", "Block C", a phone number ("114 40"), money ("Rs 10 lakh", per the README:
  people, things and percentages), "one after another", "For every one of these places", "twice", and counts without
  a numeral ("A woman and a man", "several shoppers", "both the black boxes", "An excavator", "new families").
- Facts: a part of a total is another quantity and is left single (the six and four critical patients, the two
  infants among the airline's 66, the 96 irregular admissions in medicine, the 70 percent of cases in children), as
  are partial counts (the "at least 40 bodies" recovered "by early afternoon", like the dev gold's Reuters count "by
  5:30 p.m."), counts on another day or base (the 1.41 million on 2 October), differences and complements, and single
  figures. A rising count from the same sources stays in one fact (the shooting's dead 9 -> 11 across the two outlets,
  the wounded 14 -> 17, the foreign nationals "at least five" -> seven). The ground toll in 04 (three residents, the
  officials) and Varma's "Atleast 10 persons from our lane are not traceable", told as the answer to it ("the toll on
  ground is more than what is being told"), are one disputed fact; the chief's "at least 45 ... still trapped" and the
  police's "up to 20 persons were still unaccounted for", which he explicitly disputes, are one disputed fact.
- Statuses: the dev gold's three only. disputed = different sources give incompatible figures; corroborated = the
  figures agree (a source and a headline or the outlet's own voice, two outlets, or a rising count nobody disputes);
  consistent is not used here.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, rng, vg, write  # noqa: E402



PEOPLE = ["people", "person"]

# --- Galleria Aurum shooting, Torvik, Selmark ------------------------------------------------------------------
MALL_DEAD = PEOPLE + ["dead", "death", "deaths", "killed", "toll", "victim", "victims", "fatality", "fatalities",
                      "body", "bodies", "shopper", "shoppers"]
WOUNDED = PEOPLE + ["wounded", "injured", "injury", "injuries", "casualty", "casualties", "victim", "victims",
                    "patient", "patients"]
CRITICAL = PEOPLE + ["patient", "patients", "wounded", "injured", "critical", "condition"]
SHOPPERS = PEOPLE + ["shopper", "shoppers", "customer", "customers", "visitor", "visitors", "crowd"]
SHOTS = ["shot", "shots", "gunshot", "gunshots", "round", "rounds", "bullet", "bullets"]
CUSTOMERS = PEOPLE + ["customer", "customers", "shopper", "shoppers"]
WEAPONS = ["rifle", "rifles", "weapon", "weapons", "gun", "guns", "firearm", "firearms"]
ROUNDS = ["round", "rounds", "ammunition", "bullet", "bullets", "cartridge", "cartridges"]
GUARDS = PEOPLE + ["guard", "guards", "staff", "officer", "officers"]
VIGIL = PEOPLE + ["mourner", "mourners", "crowd", "attendee", "attendees", "participant", "participants"]

POLICE_S = ["police", "holmqvist", "anders holmqvist", "police chief"]
AUTH = ["authorities", "police", "holmqvist", "anders holmqvist"]
HOSP_S = ["torvik university hospital", "hospital", "spokeswoman"]
HOSP = ["torvik university hospital", "hospital"]
AURUM = ["aurum retail", "aurum", "operator"]
BERG = ["berg", "linnea berg"]
SRT = ["srt", "state broadcaster", "broadcaster", "emergency services"]
EKLUND = ["eklund", "dag eklund", "selmark security workers' union", "security workers' union", "union"]
CHURCHES = ["organisers", "organizers", "churches"]

# --- Sarangi Air crash, Mirapur, Davanya -----------------------------------------------------------------------
ON_BOARD = PEOPLE + ["passenger", "passengers", "occupant", "occupants", "aboard", "crew", "traveller",
                     "travellers"]
PASSENGERS = PEOPLE + ["passenger", "passengers", "traveller", "travellers"]
CREW = PEOPLE + ["crew", "member", "members", "pilot", "pilots"]
INFANTS = PEOPLE + ["infant", "infants", "baby", "babies", "passenger", "passengers", "child", "children"]
PLANE_DEAD = PEOPLE + ["dead", "death", "deaths", "killed", "toll", "victim", "victims", "body", "bodies",
                       "fatality", "fatalities", "passenger", "passengers"]
HOUSES = ["house", "houses", "home", "homes", "building", "buildings"]
GROUND_INJ = PEOPLE + ["injured", "injury", "injuries", "resident", "residents", "wounded"]
FOREIGNERS = PEOPLE + ["foreign", "national", "nationals", "foreigner", "foreigners", "passenger", "passengers"]
GROUND_DEAD = PEOPLE + ["resident", "residents", "dead", "death", "deaths", "killed", "victim", "victims", "toll",
                        "missing", "untraceable", "traceable"]
TEAM = PEOPLE + ["investigator", "investigators", "member", "members", "team", "expert", "experts"]
AIRPORT_PAX = PEOPLE + ["passenger", "passengers", "traveller", "travellers"]

OFFICIALS_D = ["officials", "directorate of civil aviation", "dca", "civil aviation"]
DCA = ["directorate of civil aviation", "dca", "civil aviation"]
AIRLINE = ["sarangi air", "airline"]
POLICE_D = ["local police", "police"]
DISTADMIN = ["district administration", "administration", "district officials"]
DISTOFF = ["district officials", "officials", "district administration"]
FOREIGNMIN = ["foreign ministry", "ministry of external affairs", "external affairs", "mea"]
MEA = ["ministry of external affairs", "external affairs", "mea", "foreign ministry"]
VARMA = ["varma", "mohan lal varma", "residents", "local residents"]
AAI = ["airport authority"]

# --- Pension-reform protest, Aubrenne --------------------------------------------------------------------------
DEMO = PEOPLE + ["demonstrator", "demonstrators", "protester", "protesters", "protestor", "protestors", "marcher",
                 "marchers", "participant", "participants", "crowd"]
HOODED = PEOPLE + ["individual", "individuals", "rioter", "rioters", "protester", "protesters", "demonstrator",
                   "demonstrators"]
ARRESTS = PEOPLE + ["arrest", "arrests", "arrested", "detained", "detention", "detentions"]
TEACH_STRIKE = ["percent", "share", "striker", "strikers", "teacher", "teachers", "strike"]
SCHOOLS = ["school", "schools", "percent", "share"]

INTERIOR = ["ministry of the interior", "interior ministry", "interior", "aubin", "gérald aubin", "gerald aubin"]
AUBIN = ["aubin", "gérald aubin", "gerald aubin", "minister of the interior", "interior minister", "interior"]
UNIONS = ["inter-union", "unions", "union", "intersyndicale", "cgta", "ferhat", "nadia ferhat"]
DECOMPTE = ["décompte", "decompte"]
PREFECTURE = ["police prefecture", "prefecture", "police"]
EDUMIN = ["ministry of national education", "national education", "education ministry", "ministry"]
SNEA = ["snea-fsa", "snea", "fsa"]

# --- Tal Sabra diphtheria, Marqesh -----------------------------------------------------------------------------
CASES = PEOPLE + ["case", "cases", "infection", "infections", "patient", "patients", "diphtheria"]
DIPH_DEAD = PEOPLE + ["dead", "death", "deaths", "died", "victim", "victims", "fatality", "fatalities", "child",
                      "children", "toll"]
CHILD_SHARE = ["percent", "share", "case", "cases", "child", "children"]
POP = PEOPLE + ["population", "resident", "residents", "refugee", "refugees", "inhabitant", "inhabitants"]
VACC = ["percent", "share", "child", "children", "vaccinated", "coverage", "vaccination"]
DOSES = ["dose", "doses", "vaccine", "vaccines"]
VIALS = ["vial", "vials", "antitoxin", "dose", "doses"]

HEALTHMIN = ["health ministry", "ministry of health", "ministry", "marqesh"]
REYNA = ["reyna", "tomás reyna", "tomas reyna", "frontline medical aid", "fma"]
FMA = ["frontline medical aid", "fma", "reyna"]
CAMPADMIN = ["camp administration", "administration"]
UNHCR = ["un refugee agency", "refugee agency", "un", "united nations"]

# --- Nsoro pit collapse ------------------------------------------------------------------------------------------
BODIES = PEOPLE + ["body", "bodies", "dead", "death", "deaths", "killed", "victim", "victims", "miner", "miners",
                   "toll"]
TRAPPED = PEOPLE + ["trapped", "missing", "unaccounted", "miner", "miners", "man", "men"]
RESCUED = PEOPLE + ["rescued", "survivor", "survivors", "miner", "miners"]
CRITICAL_M = PEOPLE + ["patient", "patients", "critical", "survivor", "survivors", "injured"]
IN_PIT = PEOPLE + ["miner", "miners", "worker", "workers"]
RESIDENTS = PEOPLE + ["resident", "residents", "crowd", "onlooker", "onlookers", "villager", "villagers"]
ARRESTED = PEOPLE + ["arrest", "arrests", "arrested", "miner", "miners", "suspect", "suspects"]

DARKO = ["darko", "emmanuel darko", "district police commander", "police commander", "police"]
BOATENG = ["boateng", "adjei boateng", "chief", "chief of nsoro"]
BOATENG_POLICE = ["boateng", "adjei boateng", "chief", "darko", "police"]
NADRO = ["national disaster relief organisation", "nadro", "disaster relief organisation"]
OWUSU = ["owusu-ansah", "samuel owusu-ansah", "minister for lands", "minister"]

# --- Carrowmore admissions scandal, Estavia ----------------------------------------------------------------------
IRREG = PEOPLE + ["student", "students", "place", "places", "admission", "admissions", "case", "cases", "file",
                  "files", "applicant", "applicants"]
STAFF = PEOPLE + ["staff", "member", "members", "employee", "employees"]
APPLICANTS = PEOPLE + ["applicant", "applicants", "student", "students", "candidate", "candidates"]
MARCHERS = PEOPLE + ["student", "students", "marcher", "marchers", "protester", "protesters", "demonstrator",
                     "demonstrators", "participant", "participants", "crowd"]

AUDIT = ["state audit office", "audit office", "auditors", "audit", "report"]
UNIV = ["university", "university of carrowmore", "whitcombe", "rector"]
WHITCOMBE = ["whitcombe", "alan whitcombe", "rector", "university"]
ESU = ["estavian students' union", "students' union", "students union"]
POLICE_E = ["police"]
ORGANISERS = ["organisers", "organizers"]

AFFILIATION = {
    "police": "Police", "authorities": "Police", "torvik university hospital": "Hospital",
    "aurum retail": "Aurum Retail", "berg": "Witnesses", "srt": "Media", "eklund": "Union",
    "organisers": "Organisers",
    "officials": "Government of Davanya", "directorate of civil aviation": "Government of Davanya",
    "sarangi air": "Sarangi Air", "local police": "Police", "district administration": "Government of Davanya",
    "district officials": "Government of Davanya", "foreign ministry": "Government of Davanya",
    "ministry of external affairs": "Government of Davanya", "varma": "Residents",
    "airport authority": "Airport Authority",
    "ministry of the interior": "Government of Aubrenne", "aubin": "Government of Aubrenne", "inter-union": "Unions",
    "décompte": "Décompte", "police prefecture": "Police", "ministry of national education": "Government of Aubrenne",
    "snea-fsa": "Unions",
    "health ministry": "Government of Marqesh", "reyna": "Frontline Medical Aid",
    "frontline medical aid": "Frontline Medical Aid", "camp administration": "Government of Marqesh",
    "un refugee agency": "UN",
    "darko": "Police", "boateng": "Traditional authorities", "national disaster relief organisation": "Government",
    "owusu-ansah": "Government",
    "state audit office": "State Audit Office", "university": "University of Carrowmore",
    "whitcombe": "University of Carrowmore", "estavian students' union": "Students' Union",
}

A = {}

A["01_torvik-mall-shooting_nws.txt"] = ("2026-11-15", [
    ("kills at least nine", POLICE_S, atl(9), MALL_DEAD, "2026-11-14", False,
     "headline with its speaker ('police say'); dated like the body's Saturday shooting"),
    ("killing at least nine people", AUTH, atl(9), MALL_DEAD, "2026-11-14", False,
     "'authorities said' at the end of the sentence; 'on Saturday afternoon'"),
    ("wounding 14", AUTH, ex(14), WOUNDED, "2026-11-14", False, "same sentence as the nine dead"),
    ("Six of the wounded", HOSP_S, ex(6), CRITICAL, "2026-11-15", False,
     "'were in a critical condition on Sunday morning': a state on a stated day; a part of the wounded, left single"),
    ("Around 3,000 shoppers", AURUM, ap(3000, 2700, 3300), SHOPPERS, "2026-11-14", False,
     "'according to its operator Aurum Retail' at the end of the sentence"),
    ("maybe 30 shots", BERG, ap(30, 27, 33), SHOTS, "2026-11-14", False, "a witness's guess in a quote"),
    ("with 12 customers", [], ex(12), CUSTOMERS, "2026-11-14", True,
     "told in the outlet's words right after Berg's quote: hers or the outlet's; optional"),
    ("two semi-automatic rifles", POLICE_S, ex(2), WEAPONS, None, False, "'Police said they had found'; no day"),
    ("\"several hundred rounds\"", POLICE_S, vg(100, 999), ROUNDS, None, False, "same sentence as the rifles"),
])

A["02_torvik-mall-shooting_torvikcourier.txt"] = ("2026-11-17", [
    ("death toll rises to 11", [], ex(11), MALL_DEAD, "2026-11-14", False, "headline, no speaker: own voice"),
    ("bringing the number of people killed to 11", HOSP, ex(11), MALL_DEAD, "2026-11-14", False,
     "'Torvik University Hospital confirmed yesterday': the day it spoke, not the shooting's; the dead take Saturday"),
    ("Four patients were still in a critical condition last night", HOSP, ex(4), CRITICAL, "2026-11-16", False,
     "'the hospital said'; 'last night' in a Tuesday paper"),
    ("Police now say 17 people were wounded", POLICE_S, ex(17), WOUNDED, "2026-11-14", False,
     "a rising count told days later; the wounded take the shooting's day"),
    ("up from the 14 given on Saturday night", POLICE_S, ex(14), WOUNDED, "2026-11-14", False,
     "the police's earlier figure, restated"),
    ("at least 15 dead", SRT, atl(15), MALL_DEAD, "2026-11-14", False,
     "'the state broadcaster SRT reported ..., citing a source in the emergency services'; corrected later"),
    ("12 security guards", AURUM, ex(12), GUARDS, "2026-11-14", False, "'on duty on Saturday afternoon'"),
    ("There were four guards on the floor", EKLUND, ex(4), GUARDS, "2026-11-14", False,
     "'said union representative Dag Eklund'; about Saturday afternoon"),
    ("not twelve", EKLUND, ex(12), GUARDS, "2026-11-14", True,
     "a back-reference to the company's figure in a quote; optional"),
    ("Thousands of people filled Cathedral Square", [], vg(1000, 9999), VIGIL, "2026-11-16", False,
     "own voice; 'on Monday evening'"),
    ("around 8,000", POLICE_S, ap(8000, 7200, 8800), VIGIL, "2026-11-16", False, "'Police estimated the crowd'"),
    ("closer to 15,000", CHURCHES, ap(15000, 13500, 16500), VIGIL, "2026-11-16", False,
     "'the organisers, a group of Torvik churches, said'"),
])

A["03_mirapur-plane-crash_wsrnews.txt"] = ("2026-11-05", [
    ("with 68 on board", [], ex(68), ON_BOARD, "2026-11-05", False, "headline, no speaker: own voice"),
    ("A passenger plane carrying 68 people", OFFICIALS_D, ex(68), ON_BOARD, "2026-11-05", False,
     "'officials say' at the end of the sentence; the crash was 'on Thursday', the article's day"),
    ("there were 64 passengers", DCA, ex(64), PASSENGERS, "2026-11-05", False, "'The Directorate ... (DCA) said'"),
    ("four crew on board", DCA, ex(4), CREW, "2026-11-05", False, "same sentence"),
    ("carrying 66 passengers", AIRLINE, ex(66), PASSENGERS, "2026-11-05", False,
     "'The airline gave a different figure'"),
    ("among them two infants", AIRLINE, ex(2), INFANTS, "2026-11-05", False,
     "a part of the airline's 66, left single"),
    ("at least 40 bodies", POLICE_D, atl(40), PLANE_DEAD, "2026-11-05", False,
     "'by early afternoon': a partial count, left out of the toll's fact"),
    ("At least three houses were destroyed", DISTADMIN, atl(3), HOUSES, "2026-11-05", False,
     "'according to the district administration' at the end of the sentence"),
    ("two people on the ground were injured", DISTADMIN, ex(2), GROUND_INJ, "2026-11-05", False, "same sentence"),
    ("at least five foreign nationals", FOREIGNMIN, atl(5), FOREIGNERS, "2026-11-05", False,
     "'The foreign ministry said'"),
])

A["04_mirapur-plane-crash_davanyaherald.txt"] = ("2026-11-07", [
    ("toll touches 70", [], ex(70), PLANE_DEAD, "2026-11-05", False, "headline, no speaker: own voice"),
    ("rose to 70 on Friday", DISTOFF, ex(70), PLANE_DEAD, "2026-11-05", False,
     "'district officials said'; counted on Friday, the dead take Thursday's crash"),
    ("three residents of Shanti Vihar colony", DISTOFF, ex(3), GROUND_DEAD, "2026-11-05", False,
     "the dead on the ground; same sentence"),
    ("there were 68 persons on board", DCA, ex(68), ON_BOARD, "2026-11-05", False, "'As per the DCA'"),
    ("including 64 passengers", DCA, ex(64), PASSENGERS, "2026-11-05"),
    ("four crew members", DCA, ex(4), CREW, "2026-11-05"),
    ("carrying 66 passengers", AIRLINE, ex(66), PASSENGERS, "2026-11-05", False,
     "'had earlier claimed': the airline's figure"),
    ("Seven foreign nationals", MEA, ex(7), FOREIGNERS, "2026-11-05", False,
     "'officials of the Ministry of External Affairs said'"),
    ("Atleast 10 persons from our lane", VARMA, atl(10), GROUND_DEAD, "2026-11-05", False,
     "'not traceable since Thursday morning'; 'alleged Mohan Lal Varma'"),
    ("A five-member team", [], ex(5), TEAM, "2026-11-05", True,
     "a team size in a compound adjective, 'it is learnt'; optional"),
    ("12,46,000 passengers", AAI, ex(1246000), AIRPORT_PAX, None, False,
     "Indian digit grouping; 'as per Airport Authority data'; 'in the last financial year'"),
])

A["05_lemaure-pension-rally_courrierdelemaure.txt"] = ("2026-10-16", [
    ("1.28 million demonstrators", INTERIOR, ex(1280000), DEMO, "2026-10-15", False,
     "headline: 'according to the Interior'"),
    ("3.5 million according to the unions", UNIONS, ex(3500000), DEMO, "2026-10-15", False, "headline"),
    ("1,280,000 people demonstrated", INTERIOR, ex(1280000), DEMO, "2026-10-15", False,
     "'According to the Ministry of the Interior' at the start of the sentence; 'this Thursday 15 October'"),
    ("of whom 112,000 in Lémaure", INTERIOR, ex(112000), DEMO, "2026-10-15", False, "the capital"),
    ("claims 3.5 million demonstrators", UNIONS, ex(3500000), DEMO, "2026-10-15", False, "'The inter-union'"),
    ("of whom 500,000 in the capital", UNIONS, ex(500000), DEMO, "2026-10-15"),
    ("168,000 people in the capital", DECOMPTE, ex(168000), DEMO, "2026-10-15", False,
     "'The firm Décompte ... counted for its part'"),
    ("1.41 million demonstrators on 2 October", AUBIN, ex(1410000), DEMO, "2026-10-02", False,
     "the minister 'recalling that his services had counted': another day, left single"),
    ("some hundreds of hooded individuals", [], vg(100, 999), HOODED, "2026-10-15", False, "own voice"),
    ("37 arrests", PREFECTURE, ex(37), ARRESTS, "2026-10-15", False, "'The police prefecture announced'"),
    ("31.5% of strikers", EDUMIN, ex(31.5), TEACH_STRIKE, "2026-10-15", False,
     "'the ministry counted ... this Thursday'"),
    ("more than 60%", SNEA, atl(60), TEACH_STRIKE, "2026-10-15", False, "'The SNEA-FSA ... advances'"),
    ("one school of two closed", SNEA, ex(50), SCHOOLS, "2026-10-15", True,
     "a fraction in words (50%); optional"),
])

A["06_tal-sabra-diphtheria_reliefmonitor.txt"] = ("2026-11-10", [
    ("312 suspected cases", HEALTHMIN, ex(312), CASES, None, False,
     "'Marqesh's health ministry says'; cumulative 'since 28 September'"),
    ("19 people have died", HEALTHMIN, ex(19), DIPH_DEAD, None, False, "same sentence; cumulative"),
    ("at least 27 deaths", REYNA, atl(27), DIPH_DEAD, None, False, "'said Dr Tomás Reyna'"),
    ("Nineteen is simply not true", REYNA, ex(19), DIPH_DEAD, None, True,
     "a back-reference to the ministry's figure in a quote; optional"),
    ("about 70 percent of the cases", FMA, ap(70, 63, 77), CHILD_SHARE, None, False,
     "'according to FMA'; 'under 15' is an age"),
    ("around 48,000", CAMPADMIN, ap(48000, 43200, 52800), POP, None, False,
     "'The camp administration ... puts the population at'"),
    ("was 61,000", UNHCR, ex(61000), POP, None, False, "'The UN refugee agency's last estimate, from August'"),
    ("only 38 percent of children under five", FMA, ex(38), VACC, None, False,
     "'A survey FMA carried out in October found'"),
    ("20,000 vaccine doses", HEALTHMIN, ex(20000), DOSES, "2026-11-07", False,
     "'arrived on Saturday, the health ministry said'"),
    ("just 60 vials", REYNA, ex(60), VIALS, None, False, "'Reyna said his team had received'"),
    ("all but 11", REYNA, ex(11), VIALS, None, True, "a complement (the vials left); optional"),
])

A["07_nsoro-pit-collapse_westernchronicle.txt"] = ("2026-10-24", [
    ("13 bodies retrieved", [], ex(13), BODIES, "2026-10-23", False,
     "headline, no speaker: own voice; dated like the body's retrieval 'on Friday'"),
    ("'at least 45' still trapped", BOATENG, atl(45), TRAPPED, "2026-10-23", False,
     "headline with its speaker ('chief says'); the chief spoke on Friday"),
    ("retrieved 13 bodies", DARKO, ex(13), BODIES, "2026-10-23", False,
     "'the District Police Commander, Supt. Emmanuel Darko has confirmed'; 'Rescue teams on Friday retrieved'"),
    ("Seven persons were rescued alive", NADRO, ex(7), RESCUED, None, False,
     "'according to ... (NADRO)' at the end of the sentence; no day given"),
    ("two of them are in critical condition", NADRO, ex(2), CRITICAL_M, "2026-10-24", False,
     "present tense: the header's day"),
    ("up to 20 persons were still unaccounted for", DARKO, atm(20), TRAPPED, "2026-10-23", False,
     "'told the Chronicle on Friday evening'"),
    ("at least 45 young men", BOATENG, atl(45), TRAPPED, "2026-10-23", False,
     "'still trapped underground'; the chief 'addressed journalists at the site on Friday'"),
    ("More than 60 people went down that pit", BOATENG, atl(60), IN_PIT, "2026-10-22", False,
     "'on Thursday morning'; the people in the pit, another quantity than those still trapped"),
    ("only 20 are missing", BOATENG_POLICE, ex(20), TRAPPED, "2026-10-23", True,
     "the police figure restated in the chief's question; optional"),
    ("hundreds of residents", [], vg(100, 999), RESIDENTS, "2026-10-23", False,
     "own voice ('When the Chronicle visited the site on Friday afternoon')"),
    ("nearly 250 persons", OWUSU, atm(250, 200), ARRESTED, None, False,
     "'said nearly 250 persons have been arrested ... since August': cumulative"),
])

A["08_carrowmore-admissions_estavianpost.txt"] = ("2026-11-19", [
    ("audit finds 214 places", AUDIT, ex(214), IRREG, None, False, "headline with its speaker ('audit finds')"),
    ("university says 'no more than 40'", UNIV, atm(40), IRREG, None, False, "headline with its speaker"),
    ("admitted 214 students", AUDIT, ex(214), IRREG, None, False,
     "'according to a State Audit Office report' at the end of the sentence; 'over three academic years'"),
    ("96 of the irregular admissions", AUDIT, ex(96), IRREG, None, False,
     "'The auditors ... found'; a part (medicine), left single"),
    ("\"no more than 40\" cases", WHITCOMBE, atm(40), IRREG, None, False, "'its rector Professor Alan Whitcombe said'"),
    ("Eleven members of staff", UNIV, ex(11), STAFF, None, False,
     "'the university confirmed'; suspended 'since ... July'"),
    ("\"in the hundreds\"", ESU, vg(100, 999), APPLICANTS, None, False, "'The Estavian Students' Union said'"),
    ("all 214 admissions", ESU, ex(214), IRREG, None, True, "a back-reference to the audit's figure; optional"),
    ("Several hundred students marched", [], vg(100, 999), MARCHERS, "2026-11-18", False,
     "own voice; 'yesterday afternoon' in a Thursday paper"),
    ("between 500 and 700", POLICE_E, rng(500, 700), MARCHERS, "2026-11-18", False,
     "'Police put the number of marchers at': one estimate given as a range"),
    ("between 500 and 700", POLICE_E, rng(500, 700), MARCHERS, "2026-11-18", True,
     "second reading: the two ends of the range as two claims; optional"),
    ("more than 2,000 had taken part", ORGANISERS, atl(2000), MARCHERS, "2026-11-18", False,
     "'the organisers said'"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-2", "02-1", "02-2", "02-6"],
     "dead in the Galleria Aurum shooting (2026-11-14): at least nine (police; wire headline) -> 11 (Torvik University "
     "Hospital; Courier headline) vs 'at least 15 dead' (SRT's first report, later corrected)"),
    ("F2", "corroborated", ["01-3", "02-4", "02-5"],
     "wounded in the shooting: 14 -> 17 (police, restating its 14): a rising count nobody disputes. The six and four "
     "critical patients are left single"),
    ("F3", "disputed", ["02-7", "02-8"],
     "security guards on duty on 2026-11-14: 12 (Aurum Retail) vs four (union representative Eklund)"),
    ("F4", "disputed", ["02-10", "02-11", "02-12"],
     "the vigil on 2026-11-16: 'Thousands' (own voice), around 8,000 (police) vs 'closer to 15,000' (the organising "
     "churches)"),
    ("F5", "corroborated", ["03-1", "03-2", "04-4"],
     "people on board Sarangi Air flight 417 (2026-11-05): 68 (WSR headline; officials; the DCA in the Herald)"),
    ("F6", "disputed", ["03-3", "03-5", "04-5", "04-7"],
     "passengers on board: 64 (DCA, in both outlets) vs 66 (Sarangi Air, in both). The two infants are left single"),
    ("F7", "corroborated", ["03-4", "04-6"], "crew on board: four (DCA, in both outlets)"),
    ("F8", "corroborated", ["04-1", "04-2"],
     "dead in the crash: 70 (district officials; Herald headline). The 'at least 40 bodies' recovered by early "
     "afternoon (WSR) is a partial count, left single"),
    ("F9", "disputed", ["04-3", "04-9"],
     "dead on the ground in Shanti Vihar: three (district officials) vs 'Atleast 10 persons from our lane' not "
     "traceable (resident Varma)"),
    ("F10", "corroborated", ["03-10", "04-8"],
     "foreign nationals on board: at least five (foreign ministry, WSR) -> seven (Ministry of External Affairs, "
     "Herald)"),
    ("F11", "disputed", ["05-1", "05-2", "05-3", "05-5"],
     "demonstrators across Aubrenne on 2026-10-15: 1.28 million / 1,280,000 (Ministry of the Interior; headline) vs "
     "3.5 million (the inter-union; headline). The ministry's 1.41 million of 2 October is left single"),
    ("F12", "disputed", ["05-4", "05-6", "05-7"],
     "demonstrators in Lémaure on 2026-10-15: 112,000 (interior ministry) vs 500,000 (inter-union) vs 168,000 "
     "(Décompte)"),
    ("F13", "disputed", ["05-11", "05-12"],
     "primary teachers on strike on 2026-10-15: 31.5% (education ministry) vs 'more than 60%' (SNEA-FSA)"),
    ("F14", "disputed", ["06-2", "06-3"],
     "diphtheria deaths in Tal Sabra since late September: 19 (health ministry) vs at least 27 (FMA's Dr Reyna)"),
    ("F15", "disputed", ["06-6", "06-7"],
     "population of Tal Sabra camp: around 48,000 (camp administration) vs 61,000 (UN refugee agency, August)"),
    ("F16", "corroborated", ["07-1", "07-3"],
     "bodies retrieved from the Nsoro pit on 2026-10-23: 13 (headline; police commander Darko)"),
    ("F17", "disputed", ["07-2", "07-6", "07-7"],
     "miners still trapped / unaccounted for on 2026-10-23: up to 20 (Darko) vs at least 45 (the chief, Nana Adjei "
     "Boateng III; headline)"),
    ("F18", "disputed", ["08-1", "08-2", "08-3", "08-5"],
     "students admitted to Carrowmore on forged results: 214 (State Audit Office; headline) vs 'no more than 40' "
     "(the university and its rector; headline). The 96 in medicine are left single"),
    ("F19", "disputed", ["08-9", "08-10", "08-12"],
     "students on the march of 2026-11-18: 'Several hundred' (own voice), between 500 and 700 (police) vs more than "
     "2,000 (organisers)"),
]


if __name__ == "__main__":
    write(HERE, "fresh17.gold.json", A, FACTS, AFFILIATION)
