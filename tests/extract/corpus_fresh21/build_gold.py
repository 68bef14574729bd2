"""Builds fresh21.gold.json from the annotations below (run: python3 -B build_gold.py).

The twenty-first fresh set, written BLIND: 8 invented articles on 6 events, in wire / newspaper / explainer / website
styles (a Reuters-style "KARANGSARI, Tanjaya, Sept 8 (APN) -" wire with a reporting/editing credit, an Indonesian news
site's follow-up with a "Selor City." dateline, a "Sr. Comr." title and the spokesman called by his first name
("Agus said"), an AP-style "BRASKOV, Dalvenia (UPN) —" story with bare weekdays ("late Saturday", "said Sunday"),
kilometers-and-miles and a hotline number, a BBC-style explainer with question subheads ("What happened?", "How many
people died?") and a 24-hour clock, a Ghanaian daily's story with a byline, "yesterday", "persons", "Mr"/"Madam",
"It would be recalled that" and a helpline, a Filipino news site's story with "STA. LUCIA, Pampagan —", "Barangay",
"here", "P2 million" and "—With reports from", a regional US paper's story with a staff-writer byline, "Route 9",
"95-degree afternoons" and a toll-free line, and a Nigerian daily's story with a "From ..., Ubulu" byline, "told
newsmen", "It was gathered that", "Recall that", curly quotes and a doubled "the the"). Topics are kept apart from
the earlier sets (referendum turnout, general strike, mine collapse, market shelling, drug deaths, ferry capsizing,
refugees at a border, wildfire, heatwave deaths, drugs raids, factory closure, chlorine leak, tram derailment, migrant
boat, measles, bus crash, hunger strike, blizzard, cruise norovirus, earthquake, hostages, rail strike, dengue,
teachers' ballot, prison riot, festival stampede, nurses' strike, police-shooting march, exam results, cyclone,
landslide, hospital air strike, wedding food poisoning, power blackout, marathon, floods, tuition protest, mall
shooting, plane crash, pension rally, diphtheria in a camp, mining pit collapse, admissions scandal, fuel tanker
explosion, border artillery exchange, stadium crush, dam release, general election, cholera, building collapse,
volcanic eruption, school meal poisoning, hotel fire, farmers' tractor protest, typhoid, drone strike on a fuel depot,
hospital cyberattack, carmaker layoffs, hailstorm crop damage, riverboat fire, anti-government sit-in, bird-flu cull,
port strike, bridge collapse, census, locusts, gas explosion):
a toxic (methanol-laced) bootleg liquor tragedy in West Selor province, Tanjaya, after villagers of Karangsari drank
palm spirit bought at one stall on Saturday evening 2026-09-05, the first deaths before dawn on Sunday 2026-09-06 (2
outlets: a wire on Tuesday 2026-09-08 and a news site on Thursday 2026-09-10: dead at least 23, 17 of them from
Karangsari (police spokesman Wiratma; wire headline) -> 38, 33 men and five women ("up from 23 on Tuesday"; police;
site headline "..., Police Say") vs 26 -> 40 (health ministry: an anonymous official, then spokeswoman Tambunan) vs
31 buried in Karangsari since Sunday -> "In Karangsari alone we have lost 44" (village head Lado); patients at Selor
Regional General Hospital 41, nine in intensive care, on Tuesday -> 52, 11 in intensive care, on Thursday (the
hospital, restating its 41 of Tuesday); arrested three on Monday -> seven, four of them suspected methanol suppliers
(police); 120 unlicensed stalls ordered shut on Monday (governor Hutapea); hundreds of mourners on Tuesday (own
voice); more than 1,500 bottles seized on Wednesday (police); about 30 percent of rural adult men drink unlicensed
spirits weekly (provincial health office survey); "dozens" dead of methanol every year (Tanjaya Medical
Association); 112 dead in a 2017 case (own voice)),
a collision of an overnight passenger express with a stationary freight train near Rudnik, Dalvenia, at about 10:40
p.m. on Saturday 2026-10-17 (2 outlets: an AP-style story on Sunday 2026-10-18 and an explainer on Wednesday
2026-10-21: dead at least 14 (Interior Ministry; headline) vs at least 19 bodies counted (Railway Workers' Union) ->
21, two of them died in hospital on Monday, three of them children ("up from 14 on Sunday"; the ministry) vs at least
27, four of them rail employees (the union); injured more than 80 (ministry), 37 received overnight at Braskov
Regional Hospital, 12 serious on Sunday (its director Vasko) -> 96, 23 still in hospital on Tuesday, seven in
intensive care (ministry); on board about 340 -> 338 passengers and crew (state railway DZ) vs more than 400 (Rail
Passengers' Association); nearly 200 rescuers sent overnight (ministry); dozens of relatives at the hospital on Sunday
(own voice); three railway employees detained on Monday, two of them signallers (prosecutor's office); about 60% of
the signalling equipment over 40 years old (State Audit Office, 2024); hundreds lining the streets at Tuesday's
funerals (own voice); 52 dead in a 2009 collision (own voice)),
a run on Unity Trust Bank in Akwanta on Monday 2026-08-17 after a viral voice note (1 outlet, Tuesday 2026-08-18:
thousands of depositors at branches (own voice); injured in the Kantamanto branch stampede 11 (police; headline) vs
at least 20 (eyewitnesses); crowd at Kantamanto more than 2,000 (police) vs "not more than 600" (the bank's managing
director Ansah-Mensah); 14 branches closed early; "Nearly half of the withdrawals" by account closers (optional); about
1.4 million customers (the managing director); capital adequacy ratio 14.2 per cent at the end of June (Bank of
Akwanta; its 10 per cent minimum optional); voice note forwarded more than 300,000 times (Police Cybercrime Unit);
two arrested (police spokesperson Quartey); about 300 still queuing at Kwadaso at 6pm (own voice); seven savings and
loans companies closed in 2019, about 90,000 depositors locked out (own voice)),
an explosion of a fireworks warehouse in Barangay San Roque, Sta. Lucia, Pampagan, at about 2:15 p.m. on Thursday
2026-11-05 (1 outlet, Friday 2026-11-06: dead at least eight, three of them minors (Bureau of Fire Safety; headline
"8 dead") -> 11 (Mayor Santiago, Friday morning); injured 30 (BFS; headline "30 hurt") -> 34, 19 still confined on
Friday noon (MDRRMO); more than 40 fire trucks (fire marshal Villanueva); at least 16 working inside and five still
unaccounted for on Friday (workers' relatives); houses damaged 27 (MDRRMO) vs more than 50 (barangay chairperson
Dizon); about 120 families fled (MDRRMO); about 70 percent of the country's firecrackers made in Sta. Lucia
(manufacturers' association); 14 dead in a December 2021 blast (own voice)),
a mass fish die-off in Lake Wapsinee, Osage County, first reported on Monday 2026-08-10 (1 outlet, Thursday
2026-08-13: dead fish "Tens of thousands" (headline) vs about 38,000, roughly 80% of them gizzard shad (state
Department of Natural Resources and its biologist Eberhardt) vs "closer to 100,000" (anglers' association president
Lindahl; his "Thirty-eight thousand" back-reference optional); about 24,000 hogs a year (Hillcrest Pork); 17 odor
complaints (county emergency management director Rucker); water samples at a dozen sites on Tuesday, three of them on
Baird Creek (Eberhardt); three beaches closed on Wednesday (own voice); roughly 250,000 visitors a year (Osage County
Visitors Bureau); about 5,000 fish dead in July 2019 (own voice); hundreds of volunteers on Wednesday (commissioner
Ruiz)),
and a jailbreak from the Ubulu Medium Security Custodial Centre, Oyibo State, Abarria, when gunmen attacked it at
about 11pm on Sunday 2026-10-04 (1 outlet, Tuesday 2026-10-06: inmates escaped 214, 12 of them high-profile (Abarria
Correctional Service and its spokesman Adamu; headline "– Correctional Service") vs "not less than 300" (state
Commissioner for Information Okafor); recaptured 67 as of Monday evening (ACS; headline); inmates held 1,106 at the
time of the attack, nearly 70 per cent awaiting trial (Adamu; the capacity of 450 optional); security personnel
killed three, two of them warders (Adamu); gunmen about 50 (state police command) vs more than 100 (an anonymous
resident); hundreds of residents fled on Monday (own voice); 240 escaped elsewhere in April 2024 (own voice)).
Annotated by hand by the README rules of ../shared/eval and the dev gold's conventions (as fresh18's build_gold.py
states them) WITHOUT reading the system's code, docs, contracts or README (nor any corpus_* folder but fresh18, read
for the format) and WITHOUT running the extractor, claimlog or its tests on these articles (the scorer was run only on
a prediction built from this gold itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (the dev gold's, and fresh18's where the dev gold is silent):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause (or the event it counts) fixes the day; null when the text does not fix a day. The train crash's
  dead, injured, passengers on board (DZ and the passengers' association) take "late Saturday" / "Saturday 17
  October" 2026-10-17, also when told days later (the explainer's 21 and its "up from 14 on Sunday", the union's "at
  least 27" and "at least 19 bodies", the 96 injured), and so do the three children and the four rail employees among
  the dead; the 37 the hospital "received ... overnight" and the nearly 200 rescuers "sent to the site overnight"
  take the crash's day (like fresh18's "received 64 injured people overnight"); the two who "died in hospital on
  Monday" 2026-10-19; the 12 "in serious condition Sunday" 2026-10-18 and the 23 "still in hospital on Tuesday" (and
  their seven in intensive care) 2026-10-20 (a state on a stated day, like the dev gold's "said on Friday that 18
  miners were still missing"); the three detained "on Monday" 2026-10-19; the relatives "Sunday" 2026-10-18; the
  funeral crowd "on Tuesday" 2026-10-20. The fireworks blast's dead (BFS, the three minors, the mayor's 11 told "By
  Friday morning"), its injured (30, and the MDRRMO's 34), the fire trucks, the workers inside "when it exploded", the
  houses damaged (both sides) and the families who fled take "Thursday afternoon" 2026-11-05; the 19 "still confined
  ... as of Friday noon" and the five "still unaccounted for" told at the barangay hall "on Friday" 2026-11-06. The
  bank run's stampede injured (police, eyewitnesses), the Kantamanto crowd (police and the managing director), the
  14 branches closed (the same sentence's "on Monday alone"), the "Thousands of anxious depositors yesterday" and the
  300 still queuing "at 6pm yesterday" take 2026-08-17. The jailbreak's escapees (ACS, its 12 high-profile, the
  commissioner's "not less than 300" told "on Monday"), the gunmen (police and resident), the 1,106 held "at the time
  of the attack" and the nearly 70 per cent of them, and the three personnel killed take "Sunday night" 2026-10-04;
  the residents fleeing "on Monday" 2026-10-05. The liquor case's hospital patients take the day the hospital spoke
  ("said on Tuesday it was treating 41" 2026-09-08, "which was treating 41 ... on Tuesday" 2026-09-08, "said on
  Thursday it now had 52" 2026-09-10, with their parts in intensive care); the three "arrested ... on Monday"
  2026-09-07; the 120 stalls the governor "On Monday ... ordered" closed 2026-09-07; the mourners "on Tuesday
  afternoon" 2026-09-08; the bottles seized "In raids on Wednesday" 2026-09-09. The fish samples "Tuesday"
  2026-08-11; the beaches closed "Wednesday" 2026-08-12; the volunteers "On Wednesday" 2026-08-12.
- Left undated (null): headlines; cumulative counts over several days: every death toll of the liquor case (deaths
  from "before dawn on Sunday" on, in hospital and at home: 23, 38, "up from 23 on Tuesday", 26 "as of Tuesday
  morning", 40 "on Thursday afternoon", the village head's 31 "since Sunday" and 44, and the parts 17, 33 and five),
  the seven arrested "now", the fish dead "since the die-off was first reported Monday" (and the 80% part), the 67
  recaptured "as of Monday evening", the voice note forwarded "by Sunday night", the 17 complaints "between Aug. 6 and
  Aug. 9"; states or sizes without a stated day (about 1.4 million customers, 24,000 hogs a year, 250,000 visitors a
  year, the ratio "at the end of June", the two arrested over the voice note, a yearly "dozens" of methanol deaths, the
  survey's 30 percent, the audit's 60%); past events given only by a year or a month ("In 2017", "since 2009", "in
  2019", "In December 2021", "in July 2019", "in April 2024").
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., police said on
  Tuesday"; "..., the Interior Ministry said Sunday"; "..., the Bureau of Fire Safety (BFS) said"; "..., the MDRRMO
  said"; "according to the state railway company, DZ"; "The ministry says"; "The Akwanta Police Service said 11 ...
  and that a crowd of more than 2,000"); a sentence that only continues the previous one keeps its speaker (the
  explainer's "Two of them died in hospital on Monday" and "Twenty-three of them were still in hospital" = the
  interior ministry; "Police arrested three people on Monday ..., he added" = Wiratma); pronouns and possessives are
  resolved ("he said" = Wiratma, Adamu or Eberhardt; "They said" = the workers' relatives; "According to him" =
  Adamu; "It accuses" = the union); a headline with a trailing speaker (", Police Say", "– Correctional Service") is
  that speaker's; the spokesman called "Agus" is Sr. Comr. Agus Wiratma (aliases accept "agus"); the hospital's own
  statements are the hospital's (aliases accept its director). A figure the outlet states in its own words is the
  article's own voice: headlines without a speaker ("Bootleg liquor kills at least 23", "killing at least 14", "11
  hurt in Kantamanto stampede", "8 dead, 30 hurt", "Tens of thousands of fish die"), background ("In 2017, 112
  people died", "when 52 people were killed in a collision", "It would be recalled that in 2019 ... seven savings and
  loans companies ... about 90,000 depositors", "In December 2021, 14 people died", "left about 5,000 fish dead",
  "Recall that in April 2024, 240 inmates escaped"), what the outlet reports without a source ("Osage County closed
  three public beaches", "It was gathered that hundreds of residents") and what its reporter saw ("Hundreds of
  mourners followed", "Dozens of relatives waited", "hundreds of people lined the streets", "Thousands of anxious
  depositors yesterday besieged", "about 300 customers were still queuing ..., our correspondent observed").
- Speaker aliases follow how the article names the speaker (its full name, its surname, its title or body: "police
  spokesman", "village head", "health ministry", "interior ministry", "railway company", "union", "passengers
  association", "managing director", "eyewitnesses", "fire marshal", "mdrrmo", "barangay chairperson", "relatives",
  "natural resources", "anglers association", "correctional service", "police command"), lowercase.
- Affiliation: the side when clear ("Police" for the West Selor police, the Akwanta Police Service and its cybercrime
  unit and spokesperson, and the Oyibo State Police Command; "Hospital" for the two hospitals; "Karangsari village"
  for its head; "Government of Tanjaya" for the health ministry; "Government of West Selor" for the governor and the
  provincial health office; "Tanjaya Medical Association"; "Government of Dalvenia" for the interior ministry and the
  prosecutor's office; "DZ" for the state railway company; "Railway Workers' Union"; "Passengers" for the passengers'
  association; "State Audit Office"; "Witnesses" for the bank run's eyewitnesses; "Unity Trust Bank" for its managing
  director; "Bank of Akwanta"; "Bureau of Fire Safety" for it and its fire marshal; "Sta. Lucia municipal government"
  for the mayor and the MDRRMO; "Relatives" for the workers' families; "Barangay San Roque" for its chairperson;
  "Fireworks industry" for the manufacturers' association; "State government" for the DNR and its biologist;
  "Anglers" for the association's president; "Hillcrest Pork"; "Osage County" for its emergency management director,
  visitors bureau and commissioner; "Government of Abarria" for the Correctional Service and its spokesman;
  "Residents" for the anonymous resident; "Government of Oyibo State" for its information commissioner); null for the
  own voice.
- Quantities: "about"/"around"/"roughly"/"some" = +-12% as in the dev gold ("around 300" -> 264..336): "about 340"
  -> 299.2..380.8, "about 38,000" -> 33,440..42,560, "Roughly 80%" -> 70.4..89.6, "about 1.4 million" -> 1,232,000..
  1,568,000, "about 60%", "about 70 percent", "about 30 percent", "about 120 families", "numbering about 50", "about
  300", "about 90,000", "about 24,000", "roughly 250,000", "about 5,000"; "more than", "at least", "not less than" =
  lower bound; "Nearly", "nearly", "not more than", "closer to" = upper bound with no low (goldkit's atm: "Nearly 200"
  -> ..200, "nearly 70 per cent" -> ..70, "not more than 600" -> ..600, "closer to 100,000" -> ..100,000, "Nearly half"
  -> ..50 percent); "hundreds" 100..999 and "thousands"/"Thousands" 1,000..9,999 as in the dev gold, "dozens"/"Dozens"
  24..99, "Tens of thousands" 10,000..99,999; "a dozen" = 12; "Seventeen", "Thirty-three", "Twenty-three", "Three",
  "Two", "three", "four", "five", "seven", "nine", "eight" and the other numbers in words are their numbers; "8 dead"
  in the headline is its own figure 8.
- Optional: back-references inside a quote ("Thirty-eight thousand is what you see floating", "at least six families
  the ministry has not even called"); a share given as a fraction ("Nearly half of the withdrawals today", read as
  ..50 percent: fresh18 lists fractions as not claims, but this one is a share of a counted set, so a careful
  annotator could take or leave it); a rule rather than a measurement ("the regulatory minimum of 10 per cent"); a
  facility's capacity ("built to hold 450 inmates", like fresh18's size of parliament).
- Not claims: money ("150,000 rupa", "10 million rupa", "80,000 korun", "about 180 million kodo", "up to 20,000
  kodo", "P2 million", "P10,000", "N5 million"); volumes, speeds, temperatures and concentrations ("about 340
  litres", "about 110 kph (68 mph)", "60km/h", "95-degree afternoons", "below 2 parts per million"); ages ("58", "a
  17-year-old", "a 46-year-old woman", "29", "a four-year-old girl", "aged 9, 12 and 15", "61", "27", "52", "54",
  "more than 40 years old"); years and months (2017, 2024, 2025, 2009, 1978, "the 1970s", "in March", "in January",
  "July 2019", "April 2024"); dates ("Sept 8", "Saturday 17 October", "Aug. 6 and Aug. 9"); times ("10:40 p.m.",
  "shortly after 5 a.m.", "22:40 local time (20:40 GMT)", "5am", "10am", "4am", "6pm", "7am", "2:15 p.m.", "2:40
  p.m.", "6:05 p.m.", "2 o'clock", "about 11pm", "7pm"); durations and frequencies ("nearly a decade", "up to two
  days", "within the first 12 to 24 hours", "Four days after", "for 12 years", "for 40 years", "a week of", "almost
  two hours", "within 15 days", "about three months", "the previous two years", "at least once a week", "for
  months"); distances ("some 60 kilometers (37 miles)", "hundreds of meters", "an 11-mile stretch", "about 3 miles
  upstream"); road and other numbers ("Route 9"); ordinals and superlatives ("60th birthday", "the second carriage",
  "the fifth alarm", "the deadliest such case", "deadliest rail accident", "the busiest month", "easily the
  largest"); fractions of money ("less than a third of its maintenance budget"); phone numbers ("(0622) 455 7100",
  "0800 200 140", "0302 611 500", "1-800-555-0148", "0803 555 0192"); and counts without a numeral or not of the
  event ("her husband and son", "an old woman", "one irresponsible operator", "more bodies", "every sample").
- Facts (dev gold: a total and the parts that break it down are one fact, like its 234 complaints = 129 + 105):
  parts are grouped with their total (the 17 from Karangsari, the 33 men and five women, and the village head's
  Karangsari counts with the liquor deaths; the nine and 11 in intensive care with the hospital's patients; the four
  suspected suppliers with the arrests; the two who died on Monday, the three children and the union's four rail
  employees with the train's dead; the 37 received at Braskov Regional Hospital, its 12 serious, the 23 still in
  hospital and their seven in intensive care with the train's injured; the two signallers with the three detained;
  the three minors with the blast's dead; the 19 still confined with the blast's injured; the 80% gizzard shad with
  the dead fish; the three Baird Creek sites with the dozen sample sites; the 12 high-profile with the escapees; the
  nearly 70 per cent awaiting trial with the 1,106 held; the two warders with the three personnel killed). A rising
  count stays in one fact (23 -> 38 liquor dead; the hospital's 41 -> 52; three -> seven arrested; 14 -> 21 train
  dead; more than 80 -> 96 injured; about 340 -> 338 on board; eight -> 11 blast dead; 30 -> 34 injured). Left out:
  other quantities of the same event (the 120 stalls, the mourners, the bottles seized, the rescuers, the relatives,
  the funeral crowd, the thousands of depositors nationwide and the 300 queuing at Kwadaso (not stated as parts of the
  Kantamanto crowd), the 14 branches, the customers, the capital ratio, the forwards, the two arrested, the fire
  trucks, the workers inside and the five missing (different quantities from the dead), the families who fled, the
  hogs, complaints, beaches, visitors and volunteers, the people fleeing Ubulu; the 67 recaptured are their own fact,
  apart from the escapees, like the dev gold's escaped girls apart from the abducted), background
  events (the 2017 liquor case, the 2009 crash, the 2019 closures, the 2021 blast, the 2019 fish kill, the 2024
  jailbreak), rates and shares of other things (the 30 percent of drinkers, the yearly "dozens", the audit's 60%,
  the 70 percent of firecrackers) and optional claims.
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




# --- West Selor bootleg liquor, Tanjaya ------------------------------------------------------------------------
LIQ_DEAD = PEOPLE + DEAD_WORDS + ["drinker", "drinkers", "villager", "villagers", "buried", "poisoning"]
LIQ_MEN = LIQ_DEAD + ["man", "men"]
LIQ_WOMEN = LIQ_DEAD + ["woman", "women"]
PATIENTS = PEOPLE + ["patient", "patients", "victim", "victims", "case", "cases", "hospitalised", "hospitalized",
                     "admitted", "intensive care", "icu"]
ARRESTED = PEOPLE + ["arrest", "arrests", "arrested", "suspect", "suspects", "supplier", "suppliers", "man", "men",
                     "detained"]
MOURNERS = PEOPLE + ["mourner", "mourners", "resident", "residents", "villager", "villagers", "crowd"]
STALLS = ["stall", "stalls", "shop", "shops", "outlet", "outlets", "seller", "sellers", "closure", "closures"]
BOTTLES = ["bottle", "bottles", "liquor", "alcohol", "spirit", "spirits"]
DRINKERS_PCT = PEOPLE + ["percent", "man", "men", "adult", "adults", "drinker", "drinkers"]

POLICE_T = ["west selor police", "police", "wiratma", "agus wiratma", "agus", "police spokesman", "provincial police"]
WIRATMA = ["wiratma", "agus wiratma", "agus", "police spokesman", "west selor police", "police"]
HOSP_S = ["selor regional general hospital", "regional general hospital", "hospital", "simbolon", "ratna simbolon",
          "hospital director"]
LADO = ["lado", "yohanes lado", "village head", "karangsari village head"]
MOH_T = ["health ministry", "ministry", "health ministry official", "official", "tambunan", "maria tambunan",
         "ministry spokeswoman"]
HUTAPEA = ["hutapea", "darius hutapea", "governor", "west selor governor"]
HEALTH_OFFICE = ["provincial health office", "health office", "survey"]
TMA = ["tanjaya medical association", "medical association"]

# --- Rudnik train collision, Dalvenia --------------------------------------------------------------------------
TRAIN_DEAD = PEOPLE + DEAD_WORDS + ["passenger", "passengers"]
TRAIN_CHILD = TRAIN_DEAD + ["child", "children"]
TRAIN_STAFF = TRAIN_DEAD + ["employee", "employees", "worker", "workers", "staff", "railway employee",
                            "rail employees"]
TRAIN_INJ = PEOPLE + ["injured", "injury", "injuries", "wounded", "patient", "patients", "victim", "victims",
                      "casualty", "casualties", "hospital", "intensive care", "serious", "passenger", "passengers"]
PASSENGERS = PEOPLE + ["passenger", "passengers", "crew", "traveller", "travellers", "traveler", "travelers",
                       "on board", "aboard"]
RESCUERS = PEOPLE + ["rescuer", "rescuers", "firefighter", "firefighters", "soldier", "soldiers", "paramedic",
                     "paramedics", "rescue worker", "rescue workers", "personnel"]
RELATIVES = PEOPLE + ["relative", "relatives", "family", "families", "crowd"]
FAMILIES = PEOPLE + ["family", "families", "victim", "victims"]
DETAINED = PEOPLE + ["employee", "employees", "railway employee", "railway employees", "signaller", "signallers",
                     "suspect", "suspects", "detained", "arrest", "arrested", "detention"]
SIGNAL_PCT = ["percent", "signalling", "signaling", "equipment", "signal", "signals"]
MOURNERS_T = PEOPLE + ["mourner", "mourners", "crowd", "resident", "residents"]

MOI = ["interior ministry", "ministry", "ministry of interior", "ministry of the interior"]
DZ = ["dz", "state railway company", "railway company", "railway", "herak", "tomas herak"]
VASKO = ["vasko", "milena vasko", "braskov regional hospital", "hospital", "hospital director"]
UNION = ["railway workers union", "workers union", "union", "petrovic", "jana petrovic"]
PETROVIC = ["petrovic", "jana petrovic", "union leader", "railway workers union", "union"]
PASSASSOC = ["dalvenian rail passengers association", "rail passengers association", "passengers association",
             "association"]
PROSECUTOR = ["prosecutor office", "prosecutor", "prosecutors", "prosecution"]
AUDIT = ["state audit office", "audit office", "report"]

# --- Unity Trust bank run, Akwanta -----------------------------------------------------------------------------
BANK_INJ = PEOPLE + ["injured", "injury", "injuries", "hurt", "wounded", "customer", "customers", "depositor",
                     "depositors", "victim", "victims", "casualty", "casualties"]
CROWD = PEOPLE + ["crowd", "customer", "customers", "depositor", "depositors"]
DEPOSITORS = PEOPLE + ["depositor", "depositors", "customer", "customers", "crowd", "saver", "savers"]
BRANCHES = ["branch", "branches"]
WITHDRAW_PCT = ["percent", "half", "withdrawal", "withdrawals", "customer", "customers", "people"]
CUSTOMERS = PEOPLE + ["customer", "customers", "depositor", "depositors", "account", "accounts", "client", "clients"]
CAR_PCT = ["percent", "ratio", "capital", "capital adequacy", "capital adequacy ratio"]
FORWARDS = ["time", "times", "forward", "forwards", "share", "shares", "voice note", "message", "messages"]
ARRESTED_B = PEOPLE + ["arrest", "arrests", "arrested", "suspect", "suspects"]
COMPANIES = ["company", "companies", "savings and loans", "firm", "firms", "lender", "lenders", "licence",
             "licences", "license", "licenses"]

POLICE_A = ["akwanta police service", "police service", "police"]
WITNESSES = ["eyewitnesses", "eyewitness", "witnesses", "witness"]
ANSAH = ["ansah-mensah", "kofi ansah-mensah", "managing director", "unity trust bank", "unity trust", "utb", "bank"]
BOA = ["bank of akwanta", "boa", "central bank"]
CYBER = ["police cybercrime unit", "cybercrime unit", "police"]
QUARTEY = ["quartey", "efua quartey", "police public relations officer", "police"]

# --- Sta. Lucia fireworks warehouse blast, Pampagan ------------------------------------------------------------
FW_DEAD = PEOPLE + DEAD_WORDS
FW_MINORS = FW_DEAD + ["minor", "minors", "child", "children"]
FW_INJ = PEOPLE + ["injured", "injury", "injuries", "hurt", "wounded", "patient", "patients", "victim", "victims",
                   "casualty", "casualties", "confined"]
TRUCKS = ["truck", "trucks", "fire truck", "fire trucks", "engine", "engines", "vehicle", "vehicles"]
WORKERS = PEOPLE + ["worker", "workers", "employee", "employees"]
MISSING = PEOPLE + ["missing", "unaccounted", "worker", "workers"]
HOUSES = ["house", "houses", "home", "homes", "building", "buildings", "dwelling", "dwellings", "damaged"]
FAMILIES_EVAC = PEOPLE + ["family", "families", "evacuee", "evacuees", "resident", "residents", "displaced"]
FW_PCT = ["percent", "firecracker", "firecrackers", "fireworks", "production", "market"]

BFS = ["bureau of fire safety", "bfs", "fire safety", "villanueva", "ramon villanueva", "fire marshal"]
VILLANUEVA = ["villanueva", "ramon villanueva", "fire marshal", "bureau of fire safety", "bfs"]
SANTIAGO = ["santiago", "rodolfo santiago", "dodong santiago", "mayor"]
MDRRMO = ["municipal disaster risk reduction and management office", "mdrrmo", "disaster risk reduction"]
RELATIVES_W = ["relatives", "relative", "families", "relatives of the warehouse workers"]
DIZON = ["dizon", "lorna dizon", "barangay chairperson", "chairperson", "barangay san roque"]
PYRO = ["pampagan pyrotechnic manufacturers and dealers association", "pyrotechnic manufacturers",
        "manufacturers and dealers association", "association", "bautista", "jerry bautista"]

# --- Lake Wapsinee fish die-off, Osage County -------------------------------------------------------------------
FISH = ["fish", "shad", "die-off", "kill", "fish kill", "dead"]
FISH_PCT = ["percent", "fish", "shad", "gizzard shad", "species"]
HOGS = ["hog", "hogs", "pig", "pigs", "animal", "animals", "livestock"]
COMPLAINTS = ["complaint", "complaints", "report", "reports"]
SITES = ["site", "sites", "sample", "samples", "water sample", "water samples", "location", "locations"]
BEACHES = ["beach", "beaches"]
VISITORS = PEOPLE + ["visitor", "visitors", "tourist", "tourists", "visit", "visits"]
VOLUNTEERS = PEOPLE + ["volunteer", "volunteers", "resident", "residents"]

DNR = ["department of natural resources", "natural resources", "dnr", "state biologists", "biologists",
       "eberhardt", "mark eberhardt"]
EBERHARDT = ["eberhardt", "mark eberhardt", "fisheries biologist", "biologist", "department of natural resources",
             "natural resources", "dnr"]
LINDAHL = ["lindahl", "gary lindahl", "lake wapsinee anglers association", "anglers association", "anglers"]
HILLCREST = ["hillcrest pork", "hillcrest", "brandt", "tom brandt"]
RUCKER = ["rucker", "pam rucker", "emergency management director", "emergency management", "osage county"]
VISITORS_BUREAU = ["osage county visitors bureau", "visitors bureau"]
RUIZ = ["ruiz", "janet ruiz", "county commissioner", "commissioner"]

# --- Ubulu jailbreak, Oyibo State, Abarria ----------------------------------------------------------------------
ESCAPED = PEOPLE + ["inmate", "inmates", "escapee", "escapees", "prisoner", "prisoners", "convict", "convicts",
                    "escaped", "fled", "jailbreak"]
RECAPTURED = ESCAPED + ["recaptured", "rearrested"]
INMATES = PEOPLE + ["inmate", "inmates", "prisoner", "prisoners", "custody", "detainee", "detainees"]
INMATES_PCT = INMATES + ["percent", "awaiting trial"]
PERSONNEL_DEAD = PEOPLE + DEAD_WORDS + ["personnel", "security personnel", "warder", "warders", "guard", "guards",
                                        "officer", "officers"]
ATTACKERS = PEOPLE + ["gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "bandit", "bandits"]
FLED_RES = PEOPLE + ["resident", "residents", "villager", "villagers", "fled", "displaced"]

ACS = ["abarria correctional service", "correctional service", "acs", "service", "adamu", "musa adamu"]
ACS_H = ACS + ["correctional"]
ADAMU = ["adamu", "musa adamu", "deputy controller of corrections", "spokesman", "abarria correctional service",
         "correctional service", "acs"]
POLICE_O = ["oyibo state police command", "police command", "police", "adeyemi", "bose adeyemi"]
RESIDENT = ["resident", "residents", "a resident of the area"]
OKAFOR = ["okafor", "chinedu okafor", "commissioner for information", "commissioner", "oyibo state government"]

AFFILIATION = {
    "west selor police": "Police", "wiratma": "Police", "selor regional general hospital": "Hospital",
    "lado": "Karangsari village", "health ministry": "Government of Tanjaya", "hutapea": "Government of West Selor",
    "provincial health office": "Government of West Selor", "tanjaya medical association": "Tanjaya Medical Association",
    "interior ministry": "Government of Dalvenia", "dz": "DZ", "vasko": "Hospital",
    "railway workers union": "Railway Workers' Union", "petrovic": "Railway Workers' Union",
    "dalvenian rail passengers association": "Passengers", "prosecutor office": "Government of Dalvenia",
    "state audit office": "State Audit Office",
    "akwanta police service": "Police", "eyewitnesses": "Witnesses", "ansah-mensah": "Unity Trust Bank",
    "bank of akwanta": "Bank of Akwanta", "police cybercrime unit": "Police", "quartey": "Police",
    "bureau of fire safety": "Bureau of Fire Safety", "villanueva": "Bureau of Fire Safety",
    "santiago": "Sta. Lucia municipal government",
    "municipal disaster risk reduction and management office": "Sta. Lucia municipal government",
    "relatives": "Relatives", "dizon": "Barangay San Roque",
    "pampagan pyrotechnic manufacturers and dealers association": "Fireworks industry",
    "department of natural resources": "State government", "eberhardt": "State government", "lindahl": "Anglers",
    "hillcrest pork": "Hillcrest Pork", "rucker": "Osage County", "osage county visitors bureau": "Osage County",
    "ruiz": "Osage County",
    "abarria correctional service": "Government of Abarria", "adamu": "Government of Abarria",
    "oyibo state police command": "Police", "resident": "Residents", "okafor": "Government of Oyibo State",
}

A = {}

A["01_selor-bootleg-liquor_apnwire.txt"] = ("2026-09-08", [
    ("kills at least 23", [], atl(23), LIQ_DEAD, None, False, "headline"),
    ("At least 23 people have died", POLICE_T, atl(23), LIQ_DEAD, None, False,
     "'police said on Tuesday' at the end of the sentence; the spokesman is named in the next paragraph; deaths from "
     "Sunday on: cumulative, no single day"),
    ("Seventeen of the dead were from Karangsari", WIRATMA, ex(17), LIQ_DEAD, None, False,
     "part of the dead; 'he said' = Wiratma"),
    ("Police arrested three people on Monday", WIRATMA, ex(3), ARRESTED, "2026-09-07", False,
     "'..., he added' = Wiratma; 'on Monday'; '340 litres' is a volume"),
    ("treating 41 patients from the outbreak", HOSP_S, ex(41), PATIENTS, "2026-09-08", False,
     "'Selor Regional General Hospital said on Tuesday it was treating': a state on the day it spoke"),
    ("nine of them in intensive care", HOSP_S, ex(9), PATIENTS, "2026-09-08", False, "part of the 41"),
    ("We have buried 31 people", LADO, ex(31), LIQ_DEAD, None, False,
     "quote, 'said Karangsari village head Yohanes Lado, 58'; 'since Sunday': cumulative"),
    ("recorded 26 deaths in the province", MOH_T, ex(26), LIQ_DEAD, None, False,
     "an anonymous health ministry official; 'as of Tuesday morning': cumulative"),
    ("Hundreds of mourners", [], vg(100, 999), MOURNERS, "2026-09-08", False,
     "own voice: what the reporter saw 'on Tuesday afternoon'"),
    ("ordered the closure of 120 unlicensed liquor stalls", HUTAPEA, ex(120), STALLS, "2026-09-07", False,
     "'On Monday he ordered'; 'he' = the governor"),
    ("112 people died after drinking tainted liquor", [], ex(112), LIQ_DEAD, None, False,
     "background, own voice; 'In 2017': a year only"),
])

A["02_selor-bootleg-liquor_nusantarapost.txt"] = ("2026-09-10", [
    ("Rises to 38, Police Say", POLICE_T, ex(38), LIQ_DEAD, None, False,
     "headline with a trailing speaker (', Police Say')"),
    ("has risen to 38", POLICE_T, ex(38), LIQ_DEAD, None, False,
     "'police said on Thursday'; cumulative deaths in hospitals and at home"),
    ("up from 23 on Tuesday", POLICE_T, ex(23), LIQ_DEAD, None, False,
     "the police's earlier count, restated; a cumulative count as of Tuesday"),
    ("Thirty-three of the dead were men", WIRATMA, ex(33), LIQ_MEN, None, False,
     "part of the 38; 'West Selor Police spokesman Sr. Comr. Agus Wiratma told journalists'; 'a 17-year-old' is an "
     "age"),
    ("five were women", WIRATMA, ex(5), LIQ_WOMEN, None, False, "part of the 38"),
    ("arrested seven people in connection with the case", WIRATMA, ex(7), ARRESTED, None, False,
     "'Agus said police had now arrested': cumulative; 'a 46-year-old woman' is an age"),
    ("four men suspected of supplying industrial methanol", WIRATMA, ex(4), ARRESTED, None, False,
     "part of the seven"),
    ("seized more than 1,500 bottles", WIRATMA, atl(1500), BOTTLES, "2026-09-09", False,
     "'In raids on Wednesday ..., he added'"),
    ("which was treating 41 poisoning patients on Tuesday", HOSP_S, ex(41), PATIENTS, "2026-09-08", False,
     "the hospital's earlier figure, restated"),
    ("said on Thursday it now had 52", HOSP_S, ex(52), PATIENTS, "2026-09-10", False,
     "a state on the day the hospital spoke"),
    ("including 11 in intensive care", HOSP_S, ex(11), PATIENTS, "2026-09-10", False, "part of the 52"),
    ("In Karangsari alone we have lost 44 people", LADO, ex(44), LIQ_DEAD, None, False,
     "quote, 'he told Nusantara Post by phone' = the village head; no stated day"),
    ("put the toll at 40", MOH_T, ex(40), LIQ_DEAD, None, False,
     "'The Health Ministry in Batu Raya put ... on Thursday afternoon, ... spokeswoman Maria Tambunan said': "
     "cumulative"),
    ("about 30 percent of adult men", HEALTH_OFFICE, about(30), DRINKERS_PCT, None, False,
     "'A 2025 survey by the provincial health office found'; 'at least once a week' is a frequency"),
    ("kills dozens of people in the country every year", TMA, vg(24, 99), LIQ_DEAD, None, False,
     "'The Tanjaya Medical Association says'; a yearly rate, no day"),
])

A["03_rudnik-train-collision_upn.txt"] = ("2026-10-18", [
    ("in Dalvenia, killing at least 14", [], atl(14), TRAIN_DEAD, None, False, "headline"),
    ("killing at least 14 people", MOI, atl(14), TRAIN_DEAD, "2026-10-17", False,
     "'the Interior Ministry said Sunday' at the end of the sentence; 'late Saturday'"),
    ("injuring more than 80", MOI, atl(80), TRAIN_INJ, "2026-10-17"),
    ("Nearly 200 firefighters, soldiers and paramedics", MOI, atm(200), RESCUERS, "2026-10-17", False,
     "'the ministry said'; sent 'overnight' after Saturday's crash; 'Nearly': upper bound"),
    ("about 340 passengers and crew", DZ, about(340), PASSENGERS, "2026-10-17", False,
     "'according to the state railway company, DZ'"),
    ("received 37 of the injured overnight", VASKO, ex(37), TRAIN_INJ, "2026-10-17", False,
     "part of the injured; 'hospital director Dr. Milena Vasko said'; 'overnight' after Saturday's crash"),
    ("12 of whom were in serious condition Sunday", VASKO, ex(12), TRAIN_INJ, "2026-10-18", False,
     "part of the 37; a state 'Sunday'"),
    ("Dozens of relatives", [], vg(24, 99), RELATIVES, "2026-10-18", False,
     "own voice: the reporter's 'waited outside the hospital Sunday'"),
    ("counted at least 19 bodies", UNION, atl(19), TRAIN_DEAD, "2026-10-17", False,
     "'The Railway Workers' Union said its members at the scene had counted': the crash's dead"),
    ("52 people were killed in a collision", [], ex(52), TRAIN_DEAD, None, False,
     "background, own voice; 'since 2009': a year only"),
])

A["04_rudnik-train-collision_worldnewsbureau.txt"] = ("2026-10-21", [
    ("338 passengers and crew were on board", DZ, ex(338), PASSENGERS, "2026-10-17", False,
     "'The state railway company, DZ, says'"),
    ("more than 400 people were probably travelling", PASSASSOC, atl(400), PASSENGERS, "2026-10-17", False,
     "'the Dalvenian Rail Passengers' Association says'"),
    ("says 21 people were killed", MOI, ex(21), TRAIN_DEAD, "2026-10-17", False,
     "'The interior ministry says'; the crash's dead, told four days later"),
    ("up from 14 on Sunday", MOI, ex(14), TRAIN_DEAD, "2026-10-17", False,
     "the ministry's earlier count, restated; counts the crash's dead"),
    ("Two of them died in hospital on Monday", MOI, ex(2), TRAIN_DEAD, "2026-10-19", False,
     "part of the 21; continues the ministry's count; died 'on Monday'"),
    ("three of the dead were children", MOI, ex(3), TRAIN_CHILD, "2026-10-17", False,
     "part of the 21; 'a four-year-old girl' is an age"),
    ("says 96 people were injured", MOI, ex(96), TRAIN_INJ, "2026-10-17", False, "'The ministry says'"),
    ("Twenty-three of them were still in hospital on Tuesday", MOI, ex(23), TRAIN_INJ, "2026-10-20", False,
     "part of the 96; a state 'on Tuesday'"),
    ("seven in intensive care", MOI, ex(7), TRAIN_INJ, "2026-10-20", False, "part of the 23"),
    ("says at least 27 people died", UNION, atl(27), TRAIN_DEAD, "2026-10-17", False,
     "'The Railway Workers' Union, whose members ..., says'"),
    ("including four rail employees", UNION, ex(4), TRAIN_STAFF, "2026-10-17", False,
     "part of the union's 27"),
    ("at least six families the ministry has not even called", PETROVIC, atl(6), FAMILIES, None, True,
     "a back-reference in a quote (the gap between the union's 27 and the ministry's 21); optional"),
    ("detained three railway employees on Monday", PROSECUTOR, ex(3), DETAINED, "2026-10-19", False,
     "'The prosecutor's office said it had detained'"),
    ("including two signallers", PROSECUTOR, ex(2), DETAINED, "2026-10-19", False, "part of the three"),
    ("about 60% of the country's railway signalling equipment", AUDIT, about(60), SIGNAL_PCT, None, False,
     "'A 2024 report by the State Audit Office found'; 'more than 40 years old' is an age, 'less than a third of its "
     "maintenance budget' a fraction of money"),
    ("hundreds of people lined the streets", [], vg(100, 999), MOURNERS_T, "2026-10-20", False,
     "own voice; funerals 'in Tirel on Tuesday'"),
])

A["05_unity-trust-bank-run_akwantatimes.txt"] = ("2026-08-18", [
    ("11 hurt in Kantamanto stampede", [], ex(11), BANK_INJ, None, False, "headline"),
    ("Thousands of anxious depositors", [], vg(1000, 9999), DEPOSITORS, "2026-08-17", False,
     "own voice; 'yesterday' in a Tuesday paper"),
    ("11 persons were injured in the stampede", POLICE_A, ex(11), BANK_INJ, "2026-08-17", False,
     "'The Akwanta Police Service said'; the stampede of yesterday morning"),
    ("a crowd of more than 2,000", POLICE_A, atl(2000), CROWD, "2026-08-17", False,
     "the same sentence ('and that ...'); at the Kantamanto branch"),
    ("at least 20 persons were hurt", WITNESSES, atl(20), BANK_INJ, "2026-08-17", False,
     "'Eyewitnesses, however, told The Times'"),
    ("not more than 600 customers", ANSAH, atm(600), CROWD, "2026-08-17", False,
     "'disputed the police figure, saying'; 'not more than': upper bound"),
    ("14 branches were closed early", ANSAH, ex(14), BRANCHES, "2026-08-17", False,
     "'He said the bank paid out ... on Monday alone, and that'; the money is not a claim"),
    ("Nearly half of the withdrawals today", ANSAH, atm(50), WITHDRAW_PCT, "2026-08-17", True,
     "a share given as a fraction, read as just under 50 percent; optional (fresh18 lists fractions as not claims)"),
    ("about 1.4 million customers", ANSAH, about(1400000), CUSTOMERS, None, False,
     "'He said the bank, which has'; a size, no day"),
    ("14.2 per cent at the end of June", BOA, ex(14.2), CAR_PCT, None, False,
     "'the BoA said UTB's capital adequacy ratio stood at'; 'at the end of June': no day"),
    ("regulatory minimum of 10 per cent", BOA, ex(10), CAR_PCT, None, True,
     "a rule, not a measurement; optional"),
    ("forwarded more than 300,000 times", CYBER, atl(300000), FORWARDS, None, False,
     "'The Police Cybercrime Unit said'; 'by Sunday night': cumulative"),
    ("Two persons have been arrested", QUARTEY, ex(2), ARRESTED_B, None, False,
     "'..., the Police Public Relations Officer, ASP Efua Quartey, said'; no stated day"),
    ("seven savings and loans companies", [], ex(7), COMPANIES, None, False,
     "background, own voice ('It would be recalled that in 2019')"),
    ("about 90,000 depositors", [], about(90000), DEPOSITORS, None, False, "background, own voice"),
    ("about 300 customers were still queuing", [], about(300), DEPOSITORS, "2026-08-17", False,
     "own voice: 'our correspondent observed'; 'at 6pm yesterday'"),
])

A["06_sta-lucia-fireworks-blast_kalayaninquirer.txt"] = ("2026-11-06", [
    ("8 dead", [], ex(8), FW_DEAD, None, False, "headline"),
    ("30 hurt", [], ex(30), FW_INJ, None, False, "headline"),
    ("At least eight people were killed", BFS, atl(8), FW_DEAD, "2026-11-05", False,
     "'the Bureau of Fire Safety (BFS) said' at the end of the sentence; 'on Thursday afternoon'"),
    ("30 others were injured", BFS, ex(30), FW_INJ, "2026-11-05", False, "same sentence as the eight"),
    ("More than 40 fire trucks", VILLANUEVA, atl(40), TRUCKS, "2026-11-05", False,
     "'Villanueva said'; 'the fifth alarm' is an ordinal"),
    ("Among the fatalities were three minors", BFS, ex(3), FW_MINORS, "2026-11-05", False,
     "part of the dead; 'aged 9, 12 and 15' are ages; 'the BFS said'"),
    ("the death toll had risen to 11", SANTIAGO, ex(11), FW_DEAD, "2026-11-05", False,
     "'By Friday morning, Mayor Rodolfo \"Dodong\" Santiago said': the blast's dead"),
    ("the number of injured had also risen to 34", MDRRMO, ex(34), FW_INJ, "2026-11-05", False,
     "'The Municipal Disaster Risk Reduction and Management Office (MDRRMO) said'"),
    ("with 19 of them still confined", MDRRMO, ex(19), FW_INJ, "2026-11-06", False,
     "part of the 34; 'as of Friday noon'"),
    ("at least 16 people were working inside the warehouse", RELATIVES_W, atl(16), WORKERS, "2026-11-05", False,
     "'They said' = the relatives of the warehouse workers; 'when it exploded'"),
    ("five were still unaccounted for", RELATIVES_W, ex(5), MISSING, "2026-11-06", False,
     "a state as told at the barangay hall 'on Friday'"),
    ("The blast damaged 27 houses", MDRRMO, ex(27), HOUSES, "2026-11-05", False,
     "'the MDRRMO said' at the end of the sentence"),
    ("about 120 families", MDRRMO, about(120), FAMILIES_EVAC, "2026-11-05", False, "same sentence as the 27"),
    ("more than 50 houses in the barangay", DIZON, atl(50), HOUSES, "2026-11-05", False,
     "'Barangay San Roque chairperson Lorna Dizon said'"),
    ("about 70 percent of the firecrackers", PYRO, about(70), FW_PCT, None, False,
     "'according to the Pampagan Pyrotechnic Manufacturers and Dealers Association'"),
    ("14 people died when a fireworks store exploded", [], ex(14), FW_DEAD, None, False,
     "background, own voice; 'In December 2021': a month only"),
])

A["07_lake-wapsinee-fish-kill_harlancourier.txt"] = ("2026-08-13", [
    ("Tens of thousands of fish die", [], vg(10000, 99999), FISH, None, False, "headline"),
    ("about 38,000 fish have died", DNR, about(38000), FISH, None, False,
     "'State Department of Natural Resources biologists estimated Wednesday'; 'since the die-off was first reported "
     "Monday': several days; '11-mile' is a distance, 'Route 9' a road number"),
    ("Roughly 80% of the dead fish", EBERHARDT, about(80), FISH_PCT, None, False,
     "part of the dead fish; 'said DNR fisheries biologist Mark Eberhardt'"),
    ("Thirty-eight thousand is what you see floating", LINDAHL, ex(38000), FISH, None, True,
     "a back-reference to the state's count in a quote; optional"),
    ("closer to 100,000", LINDAHL, atm(100000), FISH, None, False,
     "quote, 'Lindahl said'; 'closer to': upper bound as in goldkit; '40 years' is a duration"),
    ("about 24,000 hogs a year", HILLCREST, about(24000), HOGS, None, False,
     "'Hillcrest Pork, ..., which says it raises'; '3 miles' is a distance"),
    ("Residents filed 17 complaints", RUCKER, ex(17), COMPLAINTS, None, False,
     "'according to Osage County Emergency Management Director Pam Rucker'; 'between Aug. 6 and Aug. 9': several "
     "days"),
    ("water samples at a dozen sites Tuesday", EBERHARDT, ex(12), SITES, "2026-08-11", False,
     "'Eberhardt said DNR crews took'; 'a dozen' = 12"),
    ("including three on Baird Creek", EBERHARDT, ex(3), SITES, "2026-08-11", False, "part of the dozen"),
    ("closed three public beaches", [], ex(3), BEACHES, "2026-08-12", False,
     "own voice ('Osage County closed ... Wednesday' without a source)"),
    ("roughly 250,000 visitors a year", VISITORS_BUREAU, about(250000), VISITORS, None, False,
     "'according to the Osage County Visitors Bureau'"),
    ("left about 5,000 fish dead", [], about(5000), FISH, None, False,
     "background, own voice; 'in July 2019': a month only"),
    ("hundreds of volunteers", RUIZ, vg(100, 999), VOLUNTEERS, "2026-08-12", False,
     "quote, 'Ruiz said'; 'On Wednesday'"),
])

A["08_ubulu-jailbreak_nationalchronicle.txt"] = ("2026-10-06", [
    ("Ubulu jailbreak: 214 inmates escaped", ACS_H, ex(214), ESCAPED, None, False,
     "headline with a trailing speaker ('– Correctional Service')"),
    ("67 recaptured", ACS_H, ex(67), RECAPTURED, None, False, "headline with a trailing speaker"),
    ("214 inmates escaped from the Ubulu", ACS, ex(214), ESCAPED, "2026-10-04", False,
     "'The Abarria Correctional Service (ACS) has said that'; 'on Sunday night'"),
    ("67 of the escaped inmates had been recaptured", ADAMU, ex(67), RECAPTURED, None, False,
     "'Musa Adamu, who disclosed this ..., said'; 'as of Monday evening': cumulative recaptures since Sunday night"),
    ("12 of the escapees were high-profile inmates", ADAMU, ex(12), ESCAPED, "2026-10-04", False,
     "part of the escapees; 'He said'"),
    ("built to hold 450 inmates", ADAMU, ex(450), INMATES, None, True,
     "the centre's capacity, like fresh18's size of parliament; optional"),
    ("had 1,106 in custody at the time of the attack", ADAMU, ex(1106), INMATES, "2026-10-04", False,
     "'According to him'; 'at the time of the attack' on Sunday night"),
    ("nearly 70 per cent of them awaiting trial", ADAMU, atm(70), INMATES_PCT, "2026-10-04", False,
     "part of the 1,106; 'nearly': upper bound"),
    ("Three security personnel", ADAMU, ex(3), PERSONNEL_DEAD, "2026-10-04", False,
     "quote, 'Adamu said'; killed in Sunday night's attack"),
    ("two of them warders", ADAMU, ex(2), PERSONNEL_DEAD, "2026-10-04", False, "part of the three"),
    ("numbering about 50", POLICE_O, about(50), ATTACKERS, "2026-10-04", False,
     "'The Oyibo State Police Command, in a statement by its spokesperson, SP Bose Adeyemi, said'; 'about 11pm' is "
     "a time"),
    ("They were more than 100", RESIDENT, atl(100), ATTACKERS, "2026-10-04", False,
     "quote of an anonymous resident, 'he said'; 'almost two hours' is a duration"),
    ("“not less than 300 inmates”", OKAFOR, atl(300), ESCAPED, "2026-10-04", False,
     "'told newsmen in Ubulu on Monday that ... had fled': the escape of Sunday night"),
    ("hundreds of residents of Ubulu", [], vg(100, 999), FLED_RES, "2026-10-05", False,
     "'It was gathered that': own voice; fled 'on Monday'"),
    ("240 inmates escaped from the Okpara Custodial Centre", [], ex(240), ESCAPED, None, False,
     "background, own voice ('Recall that in April 2024'): a month only"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-2", "01-3", "01-7", "01-8", "02-1", "02-2", "02-3", "02-4", "02-5", "02-12",
                        "02-13"],
     "dead of the West Selor bootleg liquor (drunk 2026-09-05): at least 23, 17 of them from Karangsari (police; wire "
     "headline) -> 38, 33 men and five women (police; site headline) vs 26 -> 40 (health ministry) vs 31 buried in "
     "Karangsari -> 44 in Karangsari alone (village head Lado)"),
    ("F2", "corroborated", ["01-5", "01-6", "02-9", "02-10", "02-11"],
     "poisoning patients at Selor Regional General Hospital: 41, nine in intensive care, on 2026-09-08 -> 52, 11 in "
     "intensive care, on 2026-09-10 (the hospital, in both outlets): a rising count nobody disputes"),
    ("F3", "corroborated", ["01-4", "02-6", "02-7"],
     "people arrested over the liquor: three on 2026-09-07 -> seven, four of them suspected methanol suppliers "
     "(police)"),
    ("F4", "disputed", ["03-1", "03-2", "03-9", "04-3", "04-4", "04-5", "04-6", "04-10", "04-11"],
     "dead in the Rudnik train collision (2026-10-17): at least 14 (interior ministry; headline) -> 21, two of them "
     "died on Monday, three children (ministry) vs at least 19 bodies counted -> at least 27, four of them rail "
     "employees (Railway Workers' Union)"),
    ("F5", "corroborated", ["03-3", "03-6", "03-7", "04-7", "04-8", "04-9"],
     "injured in the train collision: more than 80 (ministry), 37 received at Braskov Regional Hospital, 12 serious "
     "(its director) -> 96, 23 still in hospital on Tuesday, seven in intensive care (ministry)"),
    ("F6", "disputed", ["03-5", "04-1", "04-2"],
     "people on board the express: about 340 -> 338 passengers and crew (DZ) vs more than 400 (Rail Passengers' "
     "Association)"),
    ("F7", "consistent", ["04-13", "04-14"],
     "railway employees detained on 2026-10-19: three, two of them signallers (prosecutor's office)"),
    ("F8", "disputed", ["05-1", "05-3", "05-5"],
     "injured in the Kantamanto branch stampede (2026-08-17): 11 (police; headline) vs at least 20 (eyewitnesses)"),
    ("F9", "disputed", ["05-4", "05-6"],
     "crowd at the Kantamanto branch: more than 2,000 (police) vs 'not more than 600' (managing director "
     "Ansah-Mensah)"),
    ("F10", "corroborated", ["06-1", "06-3", "06-6", "06-7"],
     "dead in the Sta. Lucia fireworks warehouse blast (2026-11-05): at least eight, three of them minors (BFS; "
     "headline '8 dead') -> 11 (Mayor Santiago): a rising count nobody disputes"),
    ("F11", "corroborated", ["06-2", "06-4", "06-8", "06-9"],
     "injured in the blast: 30 (BFS; headline '30 hurt') -> 34, 19 still confined on Friday (MDRRMO)"),
    ("F12", "disputed", ["06-12", "06-14"],
     "houses damaged in Barangay San Roque: 27 (MDRRMO) vs more than 50 (barangay chairperson Dizon)"),
    ("F13", "disputed", ["07-1", "07-2", "07-3", "07-5"],
     "dead fish in Lake Wapsinee since 2026-08-10: tens of thousands (headline) / about 38,000, roughly 80% gizzard "
     "shad (DNR) vs 'closer to 100,000' (anglers' association president Lindahl)"),
    ("F14", "consistent", ["07-8", "07-9"],
     "water sample sites on 2026-08-11: a dozen, three of them on Baird Creek (DNR's Eberhardt)"),
    ("F15", "disputed", ["08-1", "08-3", "08-5", "08-13"],
     "inmates who escaped from Ubulu on 2026-10-04: 214, 12 of them high-profile (Correctional Service; headline) vs "
     "'not less than 300' (state information commissioner Okafor)"),
    ("F16", "corroborated", ["08-2", "08-4"], "escaped inmates recaptured by Monday evening: 67 (ACS; headline)"),
    ("F17", "consistent", ["08-7", "08-8"],
     "inmates held at the time of the attack: 1,106, nearly 70 per cent awaiting trial (ACS spokesman Adamu)"),
    ("F18", "consistent", ["08-9", "08-10"],
     "security personnel killed in the attack: three, two of them warders (Adamu)"),
    ("F19", "disputed", ["08-11", "08-12"],
     "gunmen who attacked the centre: about 50 (state police command) vs more than 100 (an anonymous resident)"),
]


if __name__ == "__main__":
    write(HERE, "fresh21.gold.json", A, FACTS, AFFILIATION, unique=True)
