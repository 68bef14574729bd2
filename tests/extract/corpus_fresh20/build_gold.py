"""Builds fresh20.gold.json from the annotations below (run: python3 -B build_gold.py).

The twentieth fresh set, written BLIND: 8 invented articles on 6 events (fictional countries, towns, people and
organisations), in wire / live-page / broadcaster / local-site / newspaper / daily styles: an AFP-style wire
"PORT HALVIK, Oranto (AFP) -" with a bare "said Monday" and a "bur-mk/dv" sign-off; a Guardian-style live page two
days later (standfirst, byline, timestamped "15.20 BST" entries in reverse order, a "Summary" of dash bullets, a
"told the Meridian" quote, the reporter's own observation "this morning"); a Canadian-style broadcaster's story
("Jenna Morrow · NBS News · Posted: Oct 06, 2026 6:15 PM PT", a sub-headline standfirst, bare weekdays "early
Saturday", "said Tuesday", crossheads, an information line number); a local news site's follow-up three days later
("By Caleb Okafor | PortAubryNow | October 9, 2026", "last Saturday", "As of Thursday", a tip line); a US newspaper
("By Rachel Dunn, Courier-Journal staff writer", a deck, bare weekdays "said Tuesday", "Tuesday evening", a union
"Local 212" whose number is a name, a hotline); an Australian-style broadcaster's rural story ("Posted Mon 19 Oct 2026
at 4:12pm", "Key points:" bullets repeating figures of the body, "Ms Bettini", crossheads, "1800 555 214"); a
Kenyan-style daily ("By OUMA KIPRONO", "yesterday", "by last evening", "Level Four Hospital", "Sh100,000", a toll-free
line 1199, "the Monday market" as a name); and a Pakistani-style daily ("Our Staff Reporter", "QADIRABAD:" dateline,
"on Sunday", "three lakh", "Rs2 billion", "Section 144"). Topics are kept apart from the earlier sets (referendum
turnout, general strike, mine collapse, market shelling, drug deaths, ferry capsizing, refugees at a border, wildfire,
heatwave deaths, drugs raids, factory closure, chlorine leak, tram derailment, migrant boat, measles, bus crash,
hunger strike, blizzard, cruise norovirus, earthquake, hostages, rail strike, dengue, teachers' ballot, prison riot,
festival stampede, nurses' strike, police-shooting march, exam results, cyclone, landslide, hospital air strike,
wedding food poisoning, power blackout, marathon, floods, tuition protest, mall shooting, plane crash, pension rally,
diphtheria in a camp, mining pit collapse, admissions scandal, fuel tanker explosion, border artillery exchange,
stadium crush, dam release, general election, cholera):
a rebel drone strike on the state-owned Halvik North fuel terminal in Port Halvik, Oranto, before dawn on Sunday
2026-09-13 (2 outlets: a wire on Monday 2026-09-14 and a live page on Wednesday 2026-09-16: dead at least 14, nine of
them depot workers (interior ministry; wire headline "kills 14") vs "at least 18 of our members" (union branch head
Dobrev) -> 21 ("up from 14 on Monday"; the ministry; "Orantan officials" in the standfirst; live headline), 13
Orantek employees (Orantek) vs 24 named members (Dobrev; "at least 18" restated as the union's Monday figure);
wounded 30 (ministry), seven critical on Monday (a hospital doctor) -> 41, 12 still in intensive care on Wednesday
(health ministry); tanks that caught fire six of the depot's 38 (fire service) -> nine (fire service); evacuated
about 2,000 on Sunday (mayor Koller) -> about 3,500 (the mayor's office, "up from about 2,000 on Sunday"); drones shot
down 19 (ministry; restated in the live page as "the 19 the government says it shot down") vs "only six" brought
down (the ELA); about 35 percent of fuel reserves (Orantek); "dozens" of soldiers killed (the ELA); more than 300
filling stations without fuel on Tuesday evening (fuel retailers); about 200 relatives at the gate (the reporter);
background: more than 40 attacks since March, five killed in July (own voice), an estimated 6,000 killed and more
than 300,000 displaced since 2021 (UN)),
a ransomware attack on Tamarack Health, Selkirk Valley, Norland, early on Saturday 2026-10-03 (2 outlets: a
broadcaster on Tuesday 2026-10-06 and a local site on Friday 2026-10-09: surgeries cancelled "hundreds" (headline) /
640, about 90 of them cancer operations (Tamarack; its medical officer Naidoo) -> "More than 1,000" (headline and lead,
own voice) / 1,085, 160 of them cancer operations (Tamarack) vs "well over 1,500" (nurses' union president Fortier);
outpatient appointments about 2,100 -> roughly 4,800 (Tamarack); patient records stolen 1.3 million (ransomware group
BlackWren: standfirst, crosshead "Gang claims 1.3 million records", body, and restated in the follow-up) vs
around 60,000 (Tamarack's information officer Lindqvist; restated as Tamarack's "first estimate") -> 212,000
(Tamarack); ambulances diverted 47 over the weekend ->
112 since Saturday (paramedics' association); 14 of the authority's 22 hospitals on paper charts on Tuesday; about 70
per cent of systems offline Tuesday and 11 hospitals back on their own systems as of Thursday (minister Beaudry); at
least 30 medication errors (nurses' union); at least 11 health organisations hit since 2023 (national cyber centre);
38 per cent of members asked to work unpaid overtime (Fortier); about 5,000 files published on Wednesday
(BlackWren); about 450,000 people served (own voice)),
a mass layoff at Halbrook Motors' Millbridge Assembly plant, announced on Tuesday 2026-11-03 (1 outlet, Wednesday
2026-11-04: jobs cut 3,400 (the company; headline), about 600 of them salaried (spokeswoman Mills) vs "at least
4,900" with contract workers (union Local 212); 1,100 positions offered at Dunmore (Mills); about 300 workers at a
rally Tuesday evening (own voice); about 8,100 employed (own voice); 212,000 vehicles built last year and 305,000 in
2019 (company filings); sales down 18% (the company); up to 9,000 dependent supplier jobs (economic development
council study); 1,200 laid off in 2019 (own voice); shares up 4% Tuesday (own voice)),
a hailstorm over the Marrinup Valley orchards on Saturday 2026-10-17 (1 outlet, Monday 2026-10-19: stone fruit lost
"up to 80 per cent" (growers: headline "..., growers say" and key point) / "between 60 and 80 per cent" (growers'
association president Bettini) vs about 45 per cent (Department of Primary Industries); farms damaged 140, 35 of them
with a total loss (the department); calls for help more than 1,200 (SES: key point and body); about 3,000 trees
stripped (grower Kuipers); about 1,500 pickers no longer needed (Bettini); about 400 homes damaged and three people
taken to hospital (SES spokesman Wu); 2,350 insurance claims (Insurance Council); more than 60 per cent of the crop
lost in 2011 (own voice)),
a fire aboard the passenger boat MV Neema Star on River Saboti, Kivuko County, Lamuria, on Sunday night 2026-11-22
(1 outlet, Tuesday 2026-11-24: dead at least 18 (police; headline "18 dead") vs "not less than 40" (MP Otieno);
missing "dozens" (headline; police as told yesterday) and 61 reported to the Red Cross; people on board more than 130
(survivors) vs 87 on the manifest (the owner Omari); 54 pulled from the water, 21 of them with serious burns (County
Commissioner Mwangi); 33 still treated yesterday, eight of them critical (medical superintendent Were); 12 boats to be
grounded (Cabinet Secretary Kamau); 27 drowned in 2023 (own voice)),
and an opposition sit-in by the Tehreek-i-Adl (TA) outside Parliament House in Qadirabad, Sindara, since Friday
2026-09-25 (1 outlet, Monday 2026-09-28: arrested "Over 200" (headline) / 214 (police spokesman) vs "more than 600"
"picked up" (TA secretary general Abbasi); crowd on Saturday night around 12,000 (Special Branch) vs "over three
lakh" (TA chairman Warraich); policemen injured at least 35, 11 of them seriously (interior minister Shafqat); more
than 1,500 tear gas shells (a police official); 90 TA workers wounded and two killed (the TA); over 500 containers (the
district administration); business down around 60 percent (chamber of commerce); 38 seats in 2023 (own voice)).
Annotated by hand by the README rules of ../shared/eval and the dev gold's conventions WITHOUT reading the system's
code, docs, contracts or README (nor any corpus_* folder but fresh18, read for the format) and WITHOUT running the
extractor, claimlog or its tests on these articles (the scorer was run only on a prediction built from this gold
itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (the dev gold's, and fresh18's where the dev gold is silent):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause (or the event it counts) fixes the day; null when the text does not fix a day. The depot strike's
  dead, wounded, drones shot down (the ministry's 19, also restated in the live page, and the ELA's "only six") and
  the ELA's "dozens" of soldiers take "before dawn on Sunday" / "Sunday's drone strike" 2026-09-13, also when told
  days later (the live page's 21, "up from 14 on Monday", the 13 employees and 24 members who died "in the attack",
  the union's Monday "at least 18" restated, the standfirst dated like the dev gold's Soma standfirst); the seven
  critical "on Monday" 2026-09-14 and the 12 "still in intensive care on Wednesday" 2026-09-16 (states on a stated
  day, like the dev gold's "said on Friday that 18 miners were still missing"); the evacuation "on Sunday" / "up from
  about 2,000 on Sunday" 2026-09-13; the filling stations "without fuel on Tuesday evening" 2026-09-15; the relatives
  at the gate "this morning" 2026-09-16. Tamarack's 14 hospitals on paper "on Tuesday" and the 70 per cent offline
  "Tuesday" 2026-10-06; the 11 hospitals back "As of Thursday" 2026-10-08 (like the dev gold's "as of 11 a.m."); the
  5,000 files published "on Wednesday" 2026-10-07. The Halbrook rally "Tuesday evening" and the shares' rise "in
  trading Tuesday" 2026-11-03. The hailstorm's crop losses (the key point's "destroyed in Saturday's storm", Bettini's
  "between 60 and 80 per cent gone", the department's 45 per cent), the 140 and 35 farms damaged "from Saturday's
  storm", Kuipers' trees ("Saturday's hail"), the 400 homes and three injured "in the storm" take 2026-10-17. The boat
  fire's dead (police, the MP's "died in that fire"), the people on board (survivors, the manifest), the 54 pulled
  from the water "on Sunday night" and its 21 burnt take 2026-11-22; the "dozens" "feared missing" as "police said
  yesterday" and the 33 / eight "still being treated yesterday" take 2026-11-23. The sit-in's crowd (Special Branch
  "on Saturday night", Warraich's "that night"), the policemen injured (the clashes of "Saturday night" in the
  previous sentence; the minister spoke "on Sunday"), the tear gas shells "on Saturday night alone", and the TA's 90
  wounded and two killed "in the clashes" take 2026-09-26.
- Left undated (null): headlines and crossheads; cumulative counts ("since ... early Saturday": 640 / 1,085 surgeries
  and their cancer parts, the appointments, "by Monday afternoon" tanks and "have now caught fire", "have now been
  moved" 3,500, "since Saturday" calls and ambulances, 47 "over the weekend" (two days), "by Monday morning" insurance
  claims, "by last evening" 61 missing, 214 arrested "since ... Friday", the TA's 600, 500 containers "since
  Thursday", the chamber's 60 percent); stolen records (the theft's day is never given; "posted Monday" / "said
  Tuesday" are when it was said); future or standing quantities (3,400 jobs to go "by the end of March" announced
  Tuesday: the day it spoke, not the counted event's, like fresh18's "she told supporters late on Monday"; 600 of
  them, 4,900, 1,100 positions, 9,000 supplier jobs, 1,500 pickers, 12 boats to be grounded, 8,100 employed, 450,000
  served, 35 percent of reserves); past events given by a year or month ("last year", "in 2019", "in July", "since
  March", "in November 2011", "March 2023", "the 2023 general election", "since 2021", "since 2023"); percentages over
  a period (sales "in the first nine months", 38 per cent "since the attack").
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., the interior
  ministry said Monday"; "..., the health authority said Tuesday"; "..., police said yesterday"; "According to an
  estimate by the Special Branch, ..."; "..., according to the United Nations"; "..., according to company filings");
  a sentence that only continues the previous one keeps its speaker ("But its early estimate was lower than the
  growers': about 45 per cent" = the department); pronouns and possessives are resolved ("He said" = Beaudry /
  Lindqvist; "she said" = Bettini / Fortier; "It now says" = Tamarack); a quote whose speaker comes in the lead-in
  ("Ilya Dobrev ... told the Meridian:" then the quote) is that speaker's; a headline with a trailing speaker ("...,
  growers say") is that speaker's, and so is a crosshead with a speaker ("Gang claims 1.3 million records" =
  BlackWren; the crosshead "Union: 'Thirteen is not the number'" = the union, optional), and the live page's
  standfirst "Orantan officials say 21" is the officials' (the interior ministry in the body); a figure of one party
  quoted inside another party's sentence keeps its own speaker ("far fewer than the 19 the government says it shot
  down" = the government, in the ELA's paragraph; "its first estimate of around 60,000" = Tamarack; "the ransomware
  group that says it holds records on 1.3 million" = BlackWren; "On Monday the union had said at least 18" = the
  union); an organisation's own count is its claim ("The SES has received more than 1,200 calls", like the dev gold's
  "Metro recorded ... 1,001,613 station entries"; "published what it said was a sample of about 5,000 files" =
  BlackWren). A figure the outlet states in its own words is the article's own voice: headlines without a speaker
  ("kills 14", "death toll rises to 21", "cancel hundreds of surgeries", "postponed surgeries top 1,000", "cut 3,400
  jobs", "18 dead, dozens missing", "Over 200 arrested"), leads and background ("More than 1,000 surgeries have now
  been put off", "has attacked energy sites more than 40 times", "killed five people", "employs about 8,100 people",
  "laid off 1,200 workers", "serves about 450,000 people", "destroyed more than 60 per cent", "27 people drowned",
  "won 38 seats", "shares rose 4%") and what its reporter saw ("At the main gate of the terminal this morning, about
  200 relatives").
- Speaker aliases follow how the article names the speaker (its full name, its surname, its title or body: "interior
  ministry", "government", "officials", "fire service", "mayor's office", "doctor", "chief medical officer",
  "paramedics association", "ransomware group", "health minister", "nurses union", "company filings", "local 212",
  "growers", "department of primary industries", "ses", "police", "county commissioner", "medical superintendent",
  "red cross", "special branch", "interior minister", "police official", "district administration", "chamber of
  commerce"), lowercase.
- Affiliation: the side when clear ("Government of Oranto" for the interior and health ministries, the officials, the
  fire service; "Halvik city government" for the mayor and her office; "Petroleum Workers' Union" for Dobrev and the
  union; "Orantek" for the state energy company; "Hospital" for the doctor and the medical superintendent; "Eastern
  Liberation Army"; "Fuel retailers"; "UN"; "Tamarack Health" for the authority, Naidoo and Lindqvist; "Paramedics";
  "BlackWren"; "Government of Selkirk Valley" for the health minister; "Selkirk Nurses' Union" for the union and
  Fortier; "Government of Norland" for the cyber centre; "Halbrook Motors" for the company, its filings and Mills;
  "United Auto and Machine Workers" for Local 212; "Tamora Economic Development Council"; "Growers" for the growers,
  Bettini and Kuipers; "Government of the state" for the Department of Primary Industries; "State Emergency Service"
  for the SES and Wu; "Insurers" for the Insurance Council; "Police"; "Survivors"; "Boat owner"; "Government of
  Lamuria" for the County Commissioner and the Cabinet Secretary; "Member of Parliament" for the MP; "Red Cross";
  "Tehreek-i-Adl" for Abbasi, Warraich and the TA; "Government of Sindara" for the interior minister and the district
  administration; "Business" for the chamber); null for the own voice.
- Quantities: "about"/"around"/"roughly" = +-12% as in the dev gold ("around 300" -> 264..336): "about 2,000" ->
  1,760..2,240, "about 35 percent" -> 30.8..39.2, "around 60,000" -> 52,800..67,200, "roughly 4,800" -> 4,224..5,376,
  "about 45 per cent" -> 39.6..50.4, "around 12,000" -> 10,560..13,440; "more than", "at least", "not less than",
  "well over", "Over", "top" = lower bound; "up to" = upper bound with no low; "between 60 and 80 per cent" = one
  estimate given as a range (60..80, no value); "an estimated 6,000" = 6,000 exact, as the dev gold's "estimated to
  attract 800,000"; "hundreds" 100..999 as in the dev gold, "dozens" 24..99; "1.3 million" = 1,300,000; "three lakh" =
  300,000 (Indian grouping, as the dev gold's "4.18 lakh"); "Nine", "six", "seven", "five", "Thirteen", "three",
  "eight", "two" are their numbers; "only six" = 6.
- Optional: background sizes ("the depot's 38 storage tanks", "runs 22 hospitals", the boat "licensed to carry 60
  passengers", like fresh18's "of the 250 seats in parliament"); back-references inside a quote ("Thirteen is not the
  number" in Dobrev's quote and in the crosshead "Union: 'Thirteen is not the number'", "but it was not 130", "This is
  not just 3,400 families", like fresh18's "Nor is three"); a legal limit ("banning gatherings of more than four
  people" under Section 144).
- Not claims: money ("500 million lev", "$4.5 million US", "$14 million", "$25 million", "$90 million", "$75,000",
  "Sh100,000", "Rs2 billion"); ages ("19, 20 years old", "23", "74", "71", "52", "61-year-old factory", "58", "29",
  "two-year-old"); years (2021, 2023, 2019, 1965, 2025, 2011, 2024); dates ("Wed 16 Sep 2026", "Oct 06, 2026",
  "October 9, 2026", "Mon 19 Oct 2026", "the December harvest"); times ("15.20 BST" and the other entry times, "6:15
  PM PT", "4:12pm", "6am", "midnight"); durations ("seven days to pay", "as much as 90 minutes", "three hours",
  "waited 14 months", "24 years", "31 years", "about 20 minutes", "about 40 minutes into the journey", "for 72 hours",
  "41 days", "100 days", "the first nine months", "two weeks' pay for every year", "a five-year insurgency", "for
  several weeks"); distances and sizes ("more than 30 kilometres (19 miles)", "more than a kilometre", "up to 5
  centimetres"); ordinals and superlatives ("a fourth day", "enters fourth day", "a third day", "the second shift",
  "the third round of cuts", "its first estimate", "the first to be rebooked", "the deadliest attack", "the worst on
  the river", "largest private employer"); fractions and multipliers ("roughly a third", "about a quarter", "postponed
  twice"); names with numbers ("Local 212", "Section 144", "Level Four Hospital", "Reeve Street"); phone numbers and
  addresses ("1-844-555-0199", "250-555-0134", "1-800-555-0177", "1800 555 214", "toll-free line 1199"); and counts
  without a numeral ("more bodies", "every target", "Not a single one of them", "Nobody has died", "no soldiers",
  "some orchards", "far fewer people").
- Facts (dev gold: a total and the parts that break it down are one fact, like its 234 complaints = 129 + 105): parts
  are grouped with their total (the nine depot workers, the union's 18 and 24 members and Orantek's 13 employees with
  the depot's dead; the seven critical and the 12 in intensive care with the wounded; the cancer operations (about 90,
  160) with the surgeries; the 600 salaried positions with the 3,400 jobs; the 35 total losses with the 140 farms; the
  21 burnt with the 54 rescued; the eight critical with the 33 treated; the 11 seriously injured with the 35
  policemen). A rising count stays in one fact (14 -> 21 dead; 30 -> 41 wounded; six -> nine tanks; about 2,000 ->
  about 3,500 evacuated; 640 -> 1,085 surgeries; about 2,100 -> roughly 4,800 appointments; 47 -> 112 ambulances;
  Tamarack's around 60,000 -> 212,000 records). Left out: other quantities of the same event (the drones are counted
  only as shot down; the 35 percent of reserves, the 300 filling stations, the ELA's soldiers, the relatives at the
  gate; the 14 hospitals on paper and the 11 back on their systems (different quantities on different days), the 70
  per cent offline, the medication errors, the 38 per cent, the 5,000 files; the 1,100 positions offered, the rally,
  the plant's 8,100 employees, the vehicles built, the sales, the supplier jobs, the shares; the trees, pickers,
  homes, injured and insurance claims of the hailstorm; the 12 boats; the tear gas shells, the TA's wounded and dead
  workers (a different group from the policemen), the containers, the chamber's 60 percent), background events (the
  Serova strike, the UN's war toll and displaced, the 11 organisations since 2023, the 2019 layoffs, the 2011
  hailstorm, the 2023 capsizing, the 2023 seats) and single figures.
- Statuses: the dev gold's three. disputed = different sources give incompatible figures; corroborated = the figures
  agree (a source and a headline, two outlets, the same source twice, or a rising count nobody disputes, like the dev
  gold's 284 so far / around 300); consistent = one source's total and its parts with nobody else giving a figure (the
  dev gold's D6).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import DEAD_WORDS, PEOPLE, about, atl, atm, ex, rng, vg, write  # noqa: E402



INJ_WORDS = ["injured", "injury", "injuries", "wounded", "patient", "patients", "casualty", "casualties", "victim",
             "victims", "burn", "burns"]

# --- Halvik North fuel depot drone strike, Oranto ---------------------------------------------------------------
DEPOT_DEAD = PEOPLE + DEAD_WORDS + ["worker", "workers", "employee", "employees", "member", "members", "staff"]
DEPOT_INJ = PEOPLE + INJ_WORDS
DRONES = ["drone", "drones", "uav", "uavs", "aircraft"]
TANKS = ["tank", "tanks", "storage tank", "storage tanks", "fire", "fires", "blaze", "blazes"]
EVACUATED = PEOPLE + ["resident", "residents", "evacuee", "evacuees", "evacuated", "displaced", "evacuation"]
RESERVES = ["percent", "reserve", "reserves", "fuel", "share", "stock", "stocks"]
ATTACKS = ["attack", "attacks", "strike", "strikes", "time", "times", "site", "sites"]
WAR_DEAD = PEOPLE + DEAD_WORDS
DISPLACED = PEOPLE + ["displaced", "refugee", "refugees", "resident", "residents"]
STATIONS = ["station", "stations", "filling station", "filling stations", "petrol station", "petrol stations",
            "pump", "pumps"]
SOLDIERS_DEAD = PEOPLE + ["soldier", "soldiers", "mercenary", "mercenaries", "troop", "troops", "enemy"] + DEAD_WORDS
RELATIVES = PEOPLE + ["relative", "relatives", "family", "families", "crowd", "mother", "mothers"]

INTERIOR = ["interior ministry", "ministry of interior", "ministry of the interior", "orantan government",
            "government"]
OFFICIALS = ["orantan officials", "officials", "interior ministry", "ministry of interior", "government"]
GOVT_O = ["government", "interior ministry", "ministry of interior", "orantan government"]
HEALTH_O = ["health ministry", "ministry of health"]
FIRE = ["national fire service", "fire service", "firefighters"]
DOBREV = ["dobrev", "ilya dobrev", "petroleum workers union", "union"]
UNION_O = ["petroleum workers union", "union", "dobrev", "ilya dobrev"]
KOLLER = ["koller", "dana koller", "mayor"]
MAYOR_OFFICE = ["mayor's office", "mayor", "koller", "dana koller"]
DOCTOR = ["doctor", "halvik general hospital", "hospital"]
ORANTEK = ["orantek", "state energy company", "berg", "anton berg"]
UN = ["united nations", "un"]
RETAILERS = ["fuel retailers association", "retailers association", "fuel retailers", "retailers"]
ELA = ["eastern liberation army", "ela", "rebels"]

# --- Tamarack Health ransomware attack, Selkirk Valley, Norland -------------------------------------------------
SURGERIES = ["surgery", "surgeries", "operation", "operations", "procedure", "procedures", "cancellation",
             "cancellations", "patient", "patients"]
APPTS = ["appointment", "appointments", "outpatient", "outpatients", "visit", "visits", "patient", "patients",
         "cancellation", "cancellations"]
RECORDS = PEOPLE + ["record", "records", "patient", "patients", "file", "files", "data"]
FILES = ["file", "files", "document", "documents", "record", "records", "sample"]
AMBULANCES = ["ambulance", "ambulances", "diversion", "diversions", "trip", "trips"]
HOSPITALS = ["hospital", "hospitals", "site", "sites", "facility", "facilities", "department", "departments",
             "emergency department", "emergency departments"]
SYSTEMS = ["percent", "system", "systems", "computer", "computers"]
ERRORS = ["error", "errors", "medication error", "medication errors", "near miss", "misses", "incident",
          "incidents", "mistake", "mistakes"]
ORGS = ["organization", "organizations", "organisation", "organisations", "health organization",
        "health organizations", "hospital", "hospitals", "attack", "attacks"]
OVERTIME = ["percent", "member", "members", "nurse", "nurses", "staff", "worker", "workers", "overtime"]
SERVED = PEOPLE + ["resident", "residents", "patient", "patients", "population"]

TAMARACK = ["tamarack health", "tamarack", "health authority", "authority"]
NAIDOO = ["naidoo", "priya naidoo", "chief medical officer", "tamarack health", "tamarack"]
LINDQVIST = ["lindqvist", "mark lindqvist", "chief information officer", "tamarack health", "tamarack"]
PARAMEDICS = ["selkirk paramedics association", "paramedics association", "paramedics"]
BLACKWREN = ["blackwren", "ransomware group", "ransomware gang", "hackers", "gang"]
BEAUDRY = ["beaudry", "lorne beaudry", "health minister", "minister"]
NURSES = ["selkirk nurses union", "nurses union", "union", "fortier", "gail fortier"]
FORTIER = ["fortier", "gail fortier", "selkirk nurses union", "nurses union", "union"]
CYBER = ["norland centre for cyber security", "centre for cyber security", "cyber centre", "cyber security centre"]

# --- Halbrook Motors layoffs, Millbridge ------------------------------------------------------------------------
JOBS = PEOPLE + ["job", "jobs", "position", "positions", "worker", "workers", "employee", "employees", "layoff",
                 "layoffs", "cut", "cuts", "staff"]
TRANSFERS = ["position", "positions", "job", "jobs", "transfer", "transfers", "offer", "offers", "worker", "workers",
             "employee", "employees"]
WORKFORCE = PEOPLE + ["employee", "employees", "worker", "workers", "job", "jobs", "staff", "workforce"]
SUPPLIER_JOBS = JOBS + ["supplier", "suppliers"]
VEHICLES = ["vehicle", "vehicles", "car", "cars", "suv", "suvs", "unit", "units"]
SALES = ["percent", "sale", "sales"]
RALLY = PEOPLE + ["worker", "workers", "protester", "protesters", "crowd", "demonstrator", "demonstrators"]
SHARES = ["percent", "share", "shares", "stock", "stocks", "price"]
FAMILIES = PEOPLE + ["family", "families", "job", "jobs"]

HALBROOK = ["halbrook motors", "halbrook", "company"]
FILINGS = ["halbrook", "company filings", "filings", "halbrook motors", "company"]
MILLS = ["mills", "karen mills", "spokeswoman", "halbrook"]
LOCAL212 = ["local 212", "united auto and machine workers", "union", "ruiz", "tony ruiz"]
COUNCIL = ["tamora economic development council", "economic development council", "study"]
ARROYO = ["arroyo", "denise arroyo", "mayor"]

# --- Marrinup Valley hailstorm -----------------------------------------------------------------------------------
CROP = ["percent", "crop", "crops", "fruit", "stone fruit", "peach", "peaches", "nectarine", "nectarines", "apricot",
        "apricots", "harvest", "loss", "losses"]
TREES = ["tree", "trees", "fruit", "orchard", "orchards"]
PICKERS = PEOPLE + ["picker", "pickers", "worker", "workers", "backpacker", "backpackers", "job", "jobs"]
FARMS = ["farm", "farms", "property", "properties", "orchard", "orchards", "grower", "growers", "farmer", "farmers"]
CALLS = ["call", "calls", "request", "requests", "callout", "callouts"]
HOMES = ["home", "homes", "house", "houses", "property", "properties", "roof", "roofs", "building", "buildings"]
HAIL_INJ = PEOPLE + INJ_WORDS
INS_CLAIMS = ["claim", "claims", "insurance claim", "insurance claims"]

GROWERS = ["growers", "marrinup growers association", "growers association", "bettini", "carla bettini"]
BETTINI = ["bettini", "carla bettini", "marrinup growers association", "growers association", "growers"]
KUIPERS = ["kuipers", "tom kuipers"]
DPI = ["department of primary industries", "primary industries", "department", "dpi"]
SES = ["state emergency service", "ses", "emergency service"]
WU = ["wu", "darren wu", "ses", "state emergency service"]
INSURANCE = ["insurance council"]

# --- MV Neema Star fire, River Saboti, Lamuria -------------------------------------------------------------------
BOAT_DEAD = PEOPLE + DEAD_WORDS + ["passenger", "passengers"]
BOAT_MISSING = PEOPLE + ["missing", "passenger", "passengers"]
PASSENGERS = PEOPLE + ["passenger", "passengers", "trader", "traders", "capacity"]
RESCUED = PEOPLE + ["rescued", "survivor", "survivors", "passenger", "passengers", "burn", "burns", "injured"]
TREATED = PEOPLE + ["survivor", "survivors", "patient", "patients", "injured", "burn", "burns"]
BOATS = ["boat", "boats", "vessel", "vessels", "ferry", "ferries"]
DROWNED = PEOPLE + DEAD_WORDS + ["drowned", "passenger", "passengers"]

POLICE_K = ["police", "wanjiru", "grace wanjiru"]
SURVIVORS = ["survivors", "survivor"]
OMARI = ["omari", "hassan omari", "owner", "boat owner"]
MWANGI = ["mwangi", "joseph mwangi", "county commissioner", "commissioner"]
WERE = ["were", "amina were", "medical superintendent", "ndalani level four hospital", "hospital"]
OTIENO = ["otieno", "peter otieno", "mp"]
REDCROSS = ["lamuria red cross", "red cross"]
KAMAU = ["kamau", "ruth kamau", "cabinet secretary", "transport cabinet secretary", "government"]

# --- Tehreek-i-Adl sit-in, Qadirabad, Sindara --------------------------------------------------------------------
ARRESTS = PEOPLE + ["worker", "workers", "arrest", "arrests", "arrested", "detained", "detainee", "detainees",
                    "supporter", "supporters", "protester", "protesters", "member", "members", "activist",
                    "activists"]
CROWD = PEOPLE + ["protester", "protesters", "participant", "participants", "crowd", "supporter", "supporters",
                  "demonstrator", "demonstrators"]
POLICE_INJ = PEOPLE + ["policeman", "policemen", "police", "officer", "officers", "personnel"] + INJ_WORDS
TA_INJ = PEOPLE + ["worker", "workers", "supporter", "supporters", "member", "members"] + INJ_WORDS
TA_DEAD = PEOPLE + ["worker", "workers", "supporter", "supporters", "member", "members"] + DEAD_WORDS
SHELLS = ["shell", "shells", "tear gas", "canister", "canisters", "round", "rounds"]
CONTAINERS = ["container", "containers", "shipping container", "shipping containers", "barricade", "barricades"]
BUSINESS = ["percent", "business", "trade", "sale", "sales", "market", "markets"]
SEATS = ["seat", "seats"]
GATHERING = PEOPLE + ["gathering", "gatherings"]

POLICE_Q = ["police", "police spokesman", "capital police"]
ABBASI = ["abbasi", "farhat abbasi", "secretary general", "tehreek-i-adl", "ta"]
SPECIAL_BRANCH = ["special branch"]
WARRAICH = ["warraich", "imtiaz warraich", "chairman", "tehreek-i-adl", "ta"]
SHAFQAT = ["shafqat", "rana shafqat", "interior minister", "minister"]
POLICE_OFF = ["police official", "police", "official"]
TA = ["tehreek-i-adl", "ta", "party"]
ADMIN = ["district administration", "administration"]
CHAMBER = ["qadirabad chamber of commerce and industry", "chamber of commerce", "chamber"]

AFFILIATION = {
    "interior ministry": "Government of Oranto", "orantan officials": "Government of Oranto",
    "government": "Government of Oranto", "health ministry": "Government of Oranto",
    "national fire service": "Government of Oranto", "dobrev": "Petroleum Workers' Union",
    "petroleum workers union": "Petroleum Workers' Union", "koller": "Halvik city government",
    "mayor's office": "Halvik city government", "doctor": "Hospital", "orantek": "Orantek", "united nations": "UN",
    "fuel retailers association": "Fuel retailers", "eastern liberation army": "Eastern Liberation Army",
    "tamarack health": "Tamarack Health", "naidoo": "Tamarack Health", "lindqvist": "Tamarack Health",
    "selkirk paramedics association": "Paramedics", "blackwren": "BlackWren",
    "beaudry": "Government of Selkirk Valley", "selkirk nurses union": "Selkirk Nurses' Union",
    "fortier": "Selkirk Nurses' Union", "norland centre for cyber security": "Government of Norland",
    "halbrook motors": "Halbrook Motors", "halbrook": "Halbrook Motors", "mills": "Halbrook Motors",
    "local 212": "United Auto and Machine Workers",
    "tamora economic development council": "Tamora Economic Development Council", "arroyo": "City of Millbridge",
    "growers": "Growers", "bettini": "Growers", "kuipers": "Growers",
    "department of primary industries": "Government of the state", "state emergency service":
    "State Emergency Service", "wu": "State Emergency Service", "insurance council": "Insurers",
    "police": "Police", "survivors": "Survivors", "omari": "Boat owner", "mwangi": "Government of Lamuria",
    "were": "Hospital", "otieno": "Member of Parliament", "lamuria red cross": "Red Cross",
    "kamau": "Government of Lamuria",
    "abbasi": "Tehreek-i-Adl", "special branch": "Police", "warraich": "Tehreek-i-Adl",
    "shafqat": "Government of Sindara", "police official": "Police", "tehreek-i-adl": "Tehreek-i-Adl",
    "district administration": "Government of Sindara",
    "qadirabad chamber of commerce and industry": "Business",
}

A = {}

A["01_halvik-depot-strike_afp.txt"] = ("2026-09-14", [
    ("kills 14", [], ex(14), DEPOT_DEAD, None, False, "headline"),
    ("At least 14 people were killed", INTERIOR, atl(14), DEPOT_DEAD, "2026-09-13", False,
     "'the interior ministry said Monday' at the end of the sentence; 'before dawn on Sunday'"),
    ("30 wounded", INTERIOR, ex(30), DEPOT_INJ, "2026-09-13", False, "same sentence as the 14"),
    ("Nine of the dead were depot workers", INTERIOR, ex(9), DEPOT_DEAD, "2026-09-13", False,
     "part of the dead; 'the ministry said in a statement'"),
    ("shot down 19 drones", INTERIOR, ex(19), DRONES, "2026-09-13", False,
     "'The ministry said'; shot down during Sunday's attack"),
    ("Fire had spread to six", FIRE, ex(6), TANKS, None, False,
     "'the national fire service said'; 'by Monday afternoon': a count so far, like fresh18's 'by Wednesday'"),
    ("the depot's 38 storage tanks", FIRE, ex(38), TANKS, None, True, "the size of the depot; optional"),
    ("at least 18 of our members dead", DOBREV, atl(18), DEPOT_DEAD, "2026-09-13", False,
     "quote, 'said Ilya Dobrev'; union members (depot workers) killed: a part of the dead"),
    ("about 2,000 residents", KOLLER, about(2000), EVACUATED, "2026-09-13", False, "'evacuated on Sunday'"),
    ("seven of the wounded were in critical condition", DOCTOR, ex(7), DEPOT_INJ, "2026-09-14", False,
     "part of the wounded; a state on the day he spoke ('told AFP on Monday')"),
    ("about 35 percent of the country's fuel reserves", ORANTEK, about(35), RESERVES, None),
    ("more than 40 times since March", [], atl(40), ATTACKS, None, False, "own voice, background"),
    ("killed five people", [], ex(5), WAR_DEAD, None, False, "own voice, background; 'in July': a month only"),
    ("an estimated 6,000 people", UN, ex(6000), WAR_DEAD, None, False,
     "'according to the United Nations' at the end of the sentence; 'since 2021'; 'an estimated' as the dev gold's "
     "'estimated to attract 800,000'"),
    ("displaced more than 300,000", UN, atl(300000), DISPLACED, None),
])

A["02_halvik-depot-strike_meridianlive.txt"] = ("2026-09-16", [
    ("death toll rises to 21", [], ex(21), DEPOT_DEAD, None, False, "headline"),
    ("21 people are now known to have died", OFFICIALS, ex(21), DEPOT_DEAD, "2026-09-13", False,
     "standfirst ('Orantan officials say'), dated like the dev gold's Soma standfirst: 'in Sunday's drone strike'"),
    ("has risen to 21", INTERIOR, ex(21), DEPOT_DEAD, "2026-09-13", False,
     "'Oranto's interior ministry said'; the dead of Sunday's strike"),
    ("up from 14 on Monday", INTERIOR, ex(14), DEPOT_DEAD, "2026-09-13", False, "the same count as given on Monday"),
    ("the number of wounded had risen to 41", HEALTH_O, ex(41), DEPOT_INJ, "2026-09-13", False,
     "'The health ministry said'; the strike's wounded"),
    ("12 of them were still in intensive care", HEALTH_O, ex(12), DEPOT_INJ, "2026-09-16", False,
     "part of the wounded; a state 'on Wednesday'"),
    ("Nine of the depot's tanks have now caught fire", FIRE, ex(9), TANKS, None, False,
     "'according to the fire service'; a count so far"),
    ("the names of 13 of its employees", ORANTEK, ex(13), DEPOT_DEAD, "2026-09-13", False,
     "employees 'killed in the attack': a part of the dead"),
    ("Union: 'Thirteen is not the number'", UNION_O, ex(13), DEPOT_DEAD, None, True,
     "crosshead quoting the union's back-reference to Orantek's figure; optional"),
    ("Thirteen is not the number. We", DOBREV, ex(13), DEPOT_DEAD, None, True,
     "the same back-reference in Dobrev's quote; optional"),
    ("the names of 24 members who died", DOBREV, ex(24), DEPOT_DEAD, "2026-09-13", False,
     "quote after 'Ilya Dobrev, ..., told the Meridian:'; members who died 'in the attack'"),
    ("at least 18 of its members had died", UNION_O, atl(18), DEPOT_DEAD, "2026-09-13", False,
     "'On Monday the union had said': its earlier figure, restated"),
    ("about 3,500 people have now been moved out", MAYOR_OFFICE, about(3500), EVACUATED, None, False,
     "'The mayor's office says'; 'have now been moved': cumulative, no single day"),
    ("up from about 2,000 on Sunday", MAYOR_OFFICE, about(2000), EVACUATED, "2026-09-13"),
    ("more than 300 filling stations", RETAILERS, atl(300), STATIONS, "2026-09-15", False,
     "'without fuel on Tuesday evening'"),
    ("\"dozens of enemy soldiers", ELA, vg(24, 99), SOLDIERS_DEAD, "2026-09-13", False,
     "the ELA's statement: killed guarding the depot in Sunday's attack"),
    ("\"only six\" of its drones", ELA, ex(6), DRONES, "2026-09-13", False, "'brought down in Sunday's attack'"),
    ("the 19 the government says it shot down", GOVT_O, ex(19), DRONES, "2026-09-13", False,
     "the government's figure (the ministry's 19 in the wire), restated inside the ELA paragraph"),
    ("about 200 relatives", [], about(200), RELATIVES, "2026-09-16", False,
     "own voice: what the reporter saw at the gate 'this morning'"),
])

A["03_tamarack-cyberattack_nbsnews.txt"] = ("2026-10-06", [
    ("cancel hundreds of surgeries", [], vg(100, 999), SURGERIES, None, False, "headline"),
    ("stole 1.3 million patient records", BLACKWREN, ex(1300000), RECORDS, None, False,
     "standfirst, 'Ransomware group claims it stole'; the theft's day is not given"),
    ("cancelled 640 scheduled surgeries", TAMARACK, ex(640), SURGERIES, None, False,
     "'the health authority said Tuesday' at the end of the sentence; 'since ... early Saturday': cumulative"),
    ("about 2,100 outpatient appointments", TAMARACK, about(2100), APPTS, None, False, "same sentence; cumulative"),
    ("runs 22 hospitals", TAMARACK, ex(22), HOSPITALS, None, True, "the size of the authority; optional"),
    ("14 of them were still working from paper charts", TAMARACK, ex(14), HOSPITALS, "2026-10-06", False,
     "'The authority ... said'; a state 'on Tuesday'"),
    ("about 90 of the cancelled surgeries", NAIDOO, about(90), SURGERIES, None, False,
     "'Naidoo said'; part of the 640 (cancer operations)"),
    ("47 ambulances", PARAMEDICS, ex(47), AMBULANCES, None, False, "'over the weekend': two days, no single day"),
    ("the records of 1.3 million patients", BLACKWREN, ex(1300000), RECORDS, None, False,
     "'claimed ... on its leak site Monday, saying it had stolen': the day it said so, not the theft's"),
    ("around 60,000 patients", LINDQVIST, about(60000), RECORDS, None, False,
     "quote inside 'He said' = Lindqvist, who 'disputed the figure'"),
    ("about 70 per cent of Tamarack's computer systems", BEAUDRY, about(70), SYSTEMS, "2026-10-06", False,
     "'He said' = Beaudry; 'still offline Tuesday'"),
    ("at least 30 medication errors", NURSES, atl(30), ERRORS, None, False, "'The Selkirk Nurses' Union said'"),
    ("at least 11 health organizations", CYBER, atl(11), ORGS, None, False,
     "'According to the Norland Centre for Cyber Security'; 'since 2023'"),
    ("Gang claims 1.3 million records", BLACKWREN, ex(1300000), RECORDS, None, False,
     "crosshead with its speaker ('Gang claims'), undated like a headline (listed last to keep the ids stable)"),
])

A["04_tamarack-cyberattack_portaubrynow.txt"] = ("2026-10-09", [
    ("postponed surgeries top 1,000", [], atl(1000), SURGERIES, None, False, "headline; 'top' = more than"),
    ("More than 1,000 surgeries", [], atl(1000), SURGERIES, None, False, "own voice lead; cumulative"),
    ("1,085 surgeries", TAMARACK, ex(1085), SURGERIES, None, False,
     "'In an update posted Thursday, Tamarack said'; cumulative"),
    ("roughly 4,800 outpatient appointments", TAMARACK, about(4800), APPTS, None, False, "same sentence"),
    ("including 160 cancer operations", TAMARACK, ex(160), SURGERIES, None, False, "part of the 1,085"),
    ("\"well over 1,500\"", FORTIER, atl(1500), SURGERIES, None, False,
     "'Selkirk Nurses' Union president Gail Fortier said the real number of cancelled operations was'"),
    ("38 per cent had been asked", FORTIER, ex(38), OVERTIME, None, False,
     "'she said' at the end = Fortier (a snap survey of union members); 'since the attack'"),
    ("files on 212,000 patients", TAMARACK, ex(212000), RECORDS, None, False, "'It now says' = Tamarack"),
    ("its first estimate of around 60,000", TAMARACK, about(60000), RECORDS, None, False,
     "Tamarack's earlier estimate, restated ('first' is an ordinal)"),
    ("records on 1.3 million patients", BLACKWREN, ex(1300000), RECORDS, None, False,
     "'the ransomware group that says it holds'"),
    ("about 5,000 files", BLACKWREN, about(5000), FILES, "2026-10-07", False,
     "'published what it said was a sample of'; 'on Wednesday'"),
    ("112 ambulances", PARAMEDICS, ex(112), AMBULANCES, None, False, "'since Saturday': cumulative"),
    ("11 hospitals were back", BEAUDRY, ex(11), HOSPITALS, "2026-10-08", False,
     "'As of Thursday', like the dev gold's 'as of 11 a.m.'; the speaker after the figure"),
    ("serves about 450,000 people", [], about(450000), SERVED, None, False, "own voice, background"),
])

A["05_halbrook-layoffs_courierjournal.txt"] = ("2026-11-04", [
    ("Halbrook to cut 3,400 jobs", [], ex(3400), JOBS, None, False, "headline"),
    ("eliminate 3,400 jobs", HALBROOK, ex(3400), JOBS, None, False,
     "'the company said Tuesday': the day it spoke; the jobs go 'by the end of March', no day"),
    ("about 600 salaried engineering and office positions", MILLS, about(600), JOBS, None, False,
     "'Halbrook spokeswoman Karen Mills said'; part of the 3,400"),
    ("offer 1,100 positions", MILLS, ex(1100), TRANSFERS, None, False,
     "'she said'; positions offered at another plant: a different quantity"),
    ("at least 4,900", LOCAL212, atl(4900), JOBS, None, False,
     "'United Auto and Machine Workers Local 212 ... said' ('Local 212' is a name, not a figure)"),
    ("About 300 workers gathered", [], about(300), RALLY, "2026-11-03", False, "own voice; 'Tuesday evening'"),
    ("employs about 8,100 people", [], about(8100), WORKFORCE, None, False, "own voice, background"),
    ("212,000 vehicles", FILINGS, ex(212000), VEHICLES, None, False,
     "'according to company filings' at the end of the sentence; 'last year'"),
    ("down from 305,000", FILINGS, ex(305000), VEHICLES, None, False, "same sentence; 'in 2019': a year only"),
    ("sales fell 18%", HALBROOK, ex(18), SALES, None, False,
     "'the company reported last month'; 'in the first nine months of the year'"),
    ("up to 9,000 jobs", COUNCIL, atm(9000), SUPPLIER_JOBS, None, False,
     "'A 2025 study for the Tamora Economic Development Council estimated'"),
    ("This is not just 3,400 families", ARROYO, ex(3400), FAMILIES, None, True,
     "the mayor restating the cut as families in a quote; optional"),
    ("laid off 1,200 workers", [], ex(1200), JOBS, None, False,
     "own voice, background; 'since 2019, when': a year only"),
    ("shares rose 4%", [], ex(4), SHARES, "2026-11-03", False, "own voice; 'in trading Tuesday'"),
])

A["06_marrinup-hailstorm_sbcrural.txt"] = ("2026-10-19", [
    ("wipes out up to 80 per cent", GROWERS, atm(80), CROP, None, False,
     "headline with a trailing speaker ('growers say'); 'up to' = upper bound"),
    ("Growers estimate up to 80 per cent", GROWERS, atm(80), CROP, "2026-10-17", False,
     "key point, dated like a standfirst: 'destroyed in Saturday's storm'"),
    ("The SES has received more than 1,200 calls", SES, atl(1200), CALLS, None, False,
     "key point; the SES's own count, like the dev gold's 'Metro recorded'; cumulative ('since Saturday' in the body)"),
    ("about 3,000 of his trees", KUIPERS, about(3000), TREES, "2026-10-17", False,
     "'said Tom Kuipers, 58, who estimates Saturday's hail stripped fruit from'"),
    ("somewhere between 60 and 80 per cent gone", BETTINI, rng(60, 80), CROP, "2026-10-17", False,
     "quote, 'she said' = Bettini; the crop lost in Saturday's storm; one estimate given as a range"),
    ("about 1,500 seasonal pickers", BETTINI, about(1500), PICKERS, None, False,
     "'Ms Bettini said'; booked 'for the December harvest'"),
    ("140 farms had reported damage", DPI, ex(140), FARMS, "2026-10-17", False, "'from Saturday's storm'"),
    ("35 of them with a total loss", DPI, ex(35), FARMS, "2026-10-17", False, "part of the 140"),
    ("about 45 per cent of the valley's stone fruit lost", DPI, about(45), CROP, "2026-10-17", False,
     "'But its early estimate was lower than the growers'': continues the department's paragraph"),
    ("had received more than 1,200 calls for help since Saturday", SES, atl(1200), CALLS, None, False,
     "'The State Emergency Service said'; cumulative"),
    ("about 400 homes in Wirrabilla", WU, about(400), HOMES, "2026-10-17", False,
     "'SES spokesman Darren Wu said'; 'damaged in the storm'"),
    ("three people had been taken to hospital", WU, ex(3), HAIL_INJ, "2026-10-17", False,
     "same sentence as the 400 homes"),
    ("2,350 claims", INSURANCE, ex(2350), INS_CLAIMS, None, False, "'by Monday morning': a count so far"),
    ("destroyed more than 60 per cent", [], atl(60), CROP, None, False,
     "own voice, background; 'in November 2011': no day"),
])

A["07_saboti-riverboat-fire_dailylantern.txt"] = ("2026-11-24", [
    ("18 dead", [], ex(18), BOAT_DEAD, None, False, "headline"),
    ("dozens missing", [], vg(24, 99), BOAT_MISSING, None, False, "headline"),
    ("At least 18 people died", POLICE_K, atl(18), BOAT_DEAD, "2026-11-22", False,
     "'police said yesterday' at the end of the sentence; 'on Sunday night'"),
    ("dozens are feared missing", POLICE_K, vg(24, 99), BOAT_MISSING, "2026-11-23", False,
     "same sentence; a state as told 'yesterday'"),
    ("licensed to carry 60 passengers", SURVIVORS, ex(60), PASSENGERS, None, True,
     "the boat's licensed capacity; optional"),
    ("more than 130 people on board", SURVIVORS, atl(130), PASSENGERS, "2026-11-22", False,
     "'Survivors said'; Sunday night's trip"),
    ("listed 87 passengers", OMARI, ex(87), PASSENGERS, "2026-11-22", False,
     "'the boat's owner, Hassan Omari, told the Lantern'; the manifest of Sunday night's trip"),
    ("but it was not 130", OMARI, ex(130), PASSENGERS, None, True,
     "negated back-reference in a quote; optional"),
    ("54 people were pulled from the water", MWANGI, ex(54), RESCUED, "2026-11-22", False, "'on Sunday night'"),
    ("21 of them with serious burns", MWANGI, ex(21), RESCUED, "2026-11-22", False, "part of the 54"),
    ("33 survivors were still being treated", WERE, ex(33), TREATED, "2026-11-23", False,
     "'medical superintendent Dr Amina Were said'; a state 'yesterday'"),
    ("eight of them in critical condition", WERE, ex(8), TREATED, "2026-11-23", False, "part of the 33"),
    ("not less than 40 people died", OTIENO, atl(40), BOAT_DEAD, "2026-11-22", False,
     "quote, 'he said' = MP Otieno; 'in that fire'"),
    ("61 people had been reported missing", REDCROSS, ex(61), BOAT_MISSING, None, False,
     "'The Lamuria Red Cross said'; 'by last evening': a count so far"),
    ("the 12 boats licensed", KAMAU, ex(12), BOATS, None, False,
     "'Transport Cabinet Secretary Ruth Kamau announced'; boats to be grounded, no day"),
    ("27 people drowned", [], ex(27), DROWNED, None, False, "own voice, background; 'March 2023': no day"),
])

A["08_ta-sit-in_capitalherald.txt"] = ("2026-09-28", [
    ("Over 200 arrested", [], atl(200), ARRESTS, None, False, "headline"),
    ("arrested 214 workers", POLICE_Q, ex(214), ARRESTS, None, False,
     "'a police spokesman said on Sunday'; 'since the party began its sit-in ... on Friday': cumulative"),
    ("more than 600 party workers", ABBASI, atl(600), ARRESTS, None, False,
     "'TA Secretary General Farhat Abbasi, however, claimed'; 'picked up', no day"),
    ("around 12,000 people were present", SPECIAL_BRANCH, about(12000), CROWD, "2026-09-26", False,
     "'According to an estimate by the Special Branch'; 'on Saturday night'"),
    ("\"over three lakh people\"", WARRAICH, atl(300000), CROWD, "2026-09-26", False,
     "'TA chairman Imtiaz Warraich ... claimed'; 'that night' = Saturday; 3 lakh = 300,000"),
    ("at least 35 policemen had been injured", SHAFQAT, atl(35), POLICE_INJ, "2026-09-26", False,
     "'told a press conference on Sunday': the day he spoke; injured in the clashes of 'Saturday night' (the "
     "previous sentence)"),
    ("11 of them seriously", SHAFQAT, ex(11), POLICE_INJ, "2026-09-26", False, "part of the 35"),
    ("more than 1,500 tear gas shells", POLICE_OFF, atl(1500), SHELLS, "2026-09-26", False,
     "'A police official, requesting anonymity, said'; 'on Saturday night alone'"),
    ("90 of its workers were wounded", TA, ex(90), TA_INJ, "2026-09-26", False,
     "'The TA said'; 'in the clashes' of Saturday night; TA workers, not the policemen"),
    ("two had been killed in police firing", TA, ex(2), TA_DEAD, "2026-09-26", False,
     "same sentence; the minister denies it without a figure ('Nobody has died')"),
    ("over 500 shipping containers", ADMIN, atl(500), CONTAINERS, None, False,
     "'The district administration said'; 'since Thursday': no single day"),
    ("gatherings of more than four people", [], atl(4), GATHERING, None, True,
     "the legal limit of Section 144 (a law's number, not a figure); optional"),
    ("around 60 percent", CHAMBER, about(60), BUSINESS, None, False,
     "'The Qadirabad Chamber of Commerce and Industry said'; 'since the sit-in began'"),
    ("won 38 seats", [], ex(38), SEATS, None, False,
     "own voice, background ('whose party won'); 'in the 2023 general election'"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-2", "01-4", "01-8", "02-1", "02-2", "02-3", "02-4", "02-8", "02-11", "02-12"],
     "dead in the Halvik North depot drone strike (2026-09-13): at least 14, nine of them depot workers (interior "
     "ministry; wire headline) vs 'at least 18' union members (Dobrev) -> 21 ('up from 14 on Monday'; interior "
     "ministry; officials in the standfirst; live headline), 13 Orantek employees (Orantek) vs 24 named union members "
     "(Dobrev; the union's Monday 'at least 18' restated)"),
    ("F2", "corroborated", ["01-3", "01-10", "02-5", "02-6"],
     "wounded in the depot strike: 30 (interior ministry), seven critical on Monday (a hospital doctor) -> 41, 12 "
     "still in intensive care on Wednesday (health ministry): a rising count nobody disputes"),
    ("F3", "corroborated", ["01-6", "02-7"],
     "depot storage tanks that caught fire: six by Monday afternoon -> nine (fire service)"),
    ("F4", "corroborated", ["01-9", "02-13", "02-14"],
     "residents evacuated around the depot: about 2,000 on Sunday (mayor Koller) -> about 3,500 ('up from about "
     "2,000 on Sunday', the mayor's office)"),
    ("F5", "disputed", ["01-5", "02-17", "02-18"],
     "drones shot down in the 2026-09-13 attack: 19 (interior ministry; restated as the government's in the live "
     "page) vs 'only six' (the ELA)"),
    ("F6", "disputed", ["03-1", "03-3", "03-7", "04-1", "04-2", "04-3", "04-5", "04-6"],
     "surgeries cancelled since the Tamarack ransomware attack (2026-10-03): 'hundreds' (headline) / 640, about 90 "
     "of them cancer operations (Tamarack; Naidoo) -> more than 1,000 (headline, lead) / 1,085, 160 of them cancer "
     "operations (Tamarack) vs 'well over 1,500' (nurses' union president Fortier)"),
    ("F7", "corroborated", ["03-4", "04-4"],
     "outpatient appointments cancelled: about 2,100 -> roughly 4,800 (Tamarack): a rising count"),
    ("F8", "disputed", ["03-2", "03-9", "03-10", "03-14", "04-8", "04-9", "04-10"],
     "patient records stolen: 1.3 million (BlackWren: standfirst, crosshead, body, follow-up) vs around 60,000 "
     "(Lindqvist; restated as Tamarack's first estimate) -> 212,000 (Tamarack)"),
    ("F9", "corroborated", ["03-8", "04-12"],
     "ambulances diverted to Harlow County: 47 over the weekend -> 112 since Saturday (paramedics' association)"),
    ("F10", "disputed", ["05-1", "05-2", "05-3", "05-5"],
     "jobs cut at Halbrook's Millbridge plant: 3,400 (company; headline), about 600 of them salaried (spokeswoman "
     "Mills) vs 'at least 4,900' with contract workers (Local 212)"),
    ("F11", "disputed", ["06-1", "06-2", "06-5", "06-9"],
     "Marrinup Valley stone fruit destroyed by the 2026-10-17 hailstorm: 'up to 80 per cent' (growers: headline, "
     "key point) / 'between 60 and 80 per cent' (Bettini) vs about 45 per cent (Department of Primary Industries)"),
    ("F12", "consistent", ["06-7", "06-8"],
     "farms damaged by the hailstorm: 140, 35 of them with a total loss (Department of Primary Industries)"),
    ("F13", "corroborated", ["06-3", "06-10"],
     "calls for help to the SES since Saturday: more than 1,200 (key point and body)"),
    ("F14", "disputed", ["07-1", "07-3", "07-13"],
     "dead in the MV Neema Star fire (2026-11-22): at least 18 (police; headline) vs 'not less than 40' (MP Otieno)"),
    ("F15", "corroborated", ["07-2", "07-4", "07-14"],
     "missing after the boat fire: 'dozens' (headline; police) and 61 reported to the Lamuria Red Cross: compatible"),
    ("F16", "disputed", ["07-6", "07-7"],
     "people on board the boat on 2026-11-22: more than 130 (survivors) vs 87 on the manifest (owner Omari)"),
    ("F17", "consistent", ["07-9", "07-10"],
     "people pulled from the water on 2026-11-22: 54, 21 of them with serious burns (County Commissioner Mwangi)"),
    ("F18", "consistent", ["07-11", "07-12"],
     "survivors still treated at Ndalani hospital on 2026-11-23: 33, eight of them critical (Dr Were)"),
    ("F19", "disputed", ["08-1", "08-2", "08-3"],
     "TA workers arrested since the sit-in began (2026-09-25): over 200 (headline) / 214 (police spokesman) vs 'more "
     "than 600' picked up (Abbasi)"),
    ("F20", "disputed", ["08-4", "08-5"],
     "crowd at the sit-in on the night of 2026-09-26: around 12,000 (Special Branch) vs 'over three lakh' (Warraich)"),
    ("F21", "consistent", ["08-6", "08-7"],
     "policemen injured in the clashes of 2026-09-26: at least 35, 11 of them seriously (interior minister Shafqat)"),
]


if __name__ == "__main__":
    write(HERE, "fresh20.gold.json", A, FACTS, AFFILIATION, unique=True)
