"""Builds fresh16.gold.json from the annotations below (run: python3 -B build_gold.py).

The sixteenth fresh set, written BLIND on 22 November 2026: 8 invented articles on 6 events, one each from a
conflict-zone news agency, a wire service, a regional daily, a health news site, a business daily, a local weekly,
a public broadcaster and a national daily (a "KADUM, Nov 11 (HPA) -" agency dateline with a closing "(HPA) sk/rd"
tag and slightly translated English, a Reuters-style "KADUM, Sudravia, Nov 13 (Meridian) -" wire with a byline and
an "(Additional reporting by ...; Editing by ...)" credit, a regional paper's "MORE than 180 ..." capitalised
opening with "yesterday", "last night" and a helpline, a health site's story with a standfirst, a "By ... |
ClinicWire | Outbreaks" byline, an explicit date ("Saturday, October 24") and a "What to know" box of durations and
ages, a business daily's story with a headline ending "..., grid operator says", a standfirst, 24-hour times, a
money range, a share-price move and "percentage points", a local weekly's marathon report with "A RECORD 11,412"
and a rounded headline figure, race times, ages, a distance and a phone number, a public broadcaster's flood story
with a place line under the byline, a hotline number, millimetres and hours, and a national daily's protest story
with a standfirst, "yesterday", "last night", an age and a date of a future march). Topics are kept apart from the
earlier sets (referendum turnout, general strike, mine collapse, market shelling, drug deaths, ferry capsizing,
refugees at a border, wildfire, heatwave deaths, drugs raids, factory closure, chlorine leak, tram derailment,
migrant boat, measles, bus crash, hunger strike, blizzard, cruise norovirus, earthquake, hostages, rail strike,
dengue, teachers' ballot, prison riot) and from the set written alongside it (festival stampede, market fire,
cyclone, exam results, vaccination drive, police-shooting protest, storm flight cancellations, landslide, hospital
strike):
an air strike on Kadum General Hospital, Hazran province, Sudravia, in the early hours of Wednesday 2026-11-11 (2
outlets: a local agency on Wednesday 2026-11-11 and a wire on Friday 2026-11-13: killed 23 (agency headline) / at
least 23, nine patients and two nurses among them (the Hazran health directorate) -> 31, "up from 23 on Wednesday"
(health officials; wire headline); six of the wounded died since, two more bodies pulled out on Thursday (spokesman
Nadi); wounded 41, 12 of them critically -> at least 45 (director Suleiman); fighters killed "more than 30
militants" -> 34 (defence ministry) vs two (Front spokesman Khalil); "two rockets" (Suleiman); around 150 patients
moved overnight (directorate); "dozens" digging through the rubble (the agency's correspondent); 37 attacks on
health care this year (WHO); some 300,000 people served (Medical Relief Alliance); "hundreds of families" left
(residents); more than 200,000 displaced since September (UN); a town of some 90,000),
a salmonella outbreak at a wedding reception in Orlik, Lusavia, on Saturday 2026-10-24 (2 outlets: a regional
daily on Tuesday 2026-10-27 and a health site on Friday 2026-10-30: more than 180 taken to hospital on Sunday
(county health officials; headline), 37 of them children (the hospital) / 196 needed hospital treatment (NIPH);
about 650 guests (the bride's father); 64 in hospital on Monday night, eight in intensive care (hospital
spokeswoman) -> 21 on Thursday evening (NIPH); 22 food samples taken on Monday (county inspectorate) / 19 of the 22
positive (NIPH); cases 243 (NIPH; headline) vs "nearly 300" (the groom); two deaths (NIPH); about 80 percent of the
sick vs under 10 percent of the healthy ate the salad (NIPH's Morvan); between 1,500 and 2,000 salmonella
infections a year (NIPH data); "more than 2,000 people" catered for this month (the restaurant owner)),
a nationwide power blackout in Calderan on Monday 2026-11-16 (1 outlet, a business daily of Wednesday 2026-11-18:
households cut off 2.3m (grid operator Vestra Grid; headline) / around 2.3 million, 61 per cent of the total
(Vestra Grid) vs "at least 2.8 million" (Calderan Consumers' Federation); power back to 95 per cent of customers by
23:00 (Vestra Grid); production stopped at 14 of 19 mills (CCI); some 41,000 small businesses closed (Chamber of
Commerce); more than 400 trains halted, "tens of thousands" of passengers stranded (state railway CR); reserve
margin under 10 per cent (analyst Roos)),
the Harwick City Marathon on Sunday 2026-10-18 (1 outlet, a local weekly of Thursday 2026-10-22: finishers 11,400
(headline) / 11,412 (organisers), up from 9,870 last year; nearly 13,000 signed up; more than 60,000 spectators
(race director Pettifer); 214 runners treated and 19 taken to hospital (East Moorland Ambulance Service, restated
by its spokesman) vs "a dozen or so" (Pettifer); 38 roads closed (council); 38 per cent of finishers women),
floods on the Sapu river in Lower Sapu province, Kembara, since Tuesday 2026-11-03 (1 outlet, a public broadcaster
on Saturday 2026-11-07: more than 84,000 in 112 relief camps (NDMA; headline) vs "over 100,000" (opposition MP
Kartika), more than 2,000 in the largest camp (camp co-ordinator Hamdani); 27 dead (NDMA; governor Wirawan); 14
missing (NDMA) vs at least 20 in Tamu district alone (district chief Amran); 1,300 evacuated by the navy on Friday;
as many as 130,000 forced from their homes in total (Red Crescent)),
and a march against tuition fees in Velmar on Friday 2026-11-20 (1 outlet, a national daily of Saturday
2026-11-21: 62 arrested (police; headline) vs more than 100 detained (National Union of Students, in the
standfirst and the body); marchers about 8,000 (police) vs more than 25,000 (NUS); at least 40 protesters injured
(NUS); eleven officers injured (police spokesman Nygaard); 48 of the arrested released by late last night
(Nygaard); "dozens" of shop windows smashed; a 35 per cent fee rise; 58 per cent of voters opposed (Censa poll)).
Annotated by hand by the README rules of ../shared/eval and the dev gold's conventions WITHOUT reading the system's
code, docs, contracts or README (nor any corpus_* folder but fresh14, read for the format) and WITHOUT running the
extractor, claimlog or its tests on these articles (the scorer was run only on a prediction built from this gold
itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (as in fresh14 and the dev gold):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause (or the event it counts) fixes the day: the hospital strike's dead (with the nine patients and two
  nurses among them), wounded (with the 12 critically wounded), the fighters killed (ministry and Front) and the
  "two rockets" take the strike's day "the early hours of Wednesday" / "Wednesday's air strike" 2026-11-11, also
  when told two days later ("has risen to 31", "up from 23 on Wednesday", "at least 45", "34 of the group's
  fighters" in a statement "on Thursday"); the patients "moved overnight" and the people digging "until dawn" in the
  Wednesday agency report 2026-11-11; the "two more bodies" pulled out "on Thursday" 2026-11-12; the wedding guests
  at the reception "on Saturday evening" 2026-10-24; the guests "taken to hospital on Sunday" (and the 37 children
  "of those admitted") 2026-10-25; the patients "still being treated last night" and in intensive care in a Tuesday
  paper 2026-10-26; the samples taken "on Monday" 2026-10-26; the patients in hospital "As of Thursday evening"
  2026-10-29; the blackout's households (operator and consumer group), the 61 per cent, the 95 per cent restored "by
  23:00 on Monday", the mills stopped, the businesses closed, the trains halted and the stranded passengers take
  "Monday's nationwide blackout" 2026-11-16 (the operator spoke "on Tuesday": the day it spoke, not the event's);
  the marathon's finishers, spectators, runners treated and taken to hospital (all three sources), the roads closed
  "on race day" and the women's share of finishers take "Sunday's Harwick City Marathon" 2026-10-18; the people in
  the flood camps as the NDMA "said on Saturday" 2026-11-07 (a state on a stated day, like the dev gold's "said on
  Friday that 18 miners were still missing"), with the 112 camps; the navy's evacuations "On Friday" 2026-11-06;
  the protest's arrests and detentions (police and union), injured protesters and officers, marchers (both sides)
  and smashed windows take "yesterday" in a Saturday paper 2026-11-20, and the 48 released "By late last night"
  2026-11-20.
- Left undated (null): headlines and standfirsts (treated like headlines); counts spread over several days or
  cumulative ("Six of the wounded have died in hospital since the strike", "Two guests have died" (on Monday and
  Wednesday), the outbreak's 243 cases, the 196 who needed hospital treatment and the groom's "nearly 300" (illness
  and admissions spread over days after the reception), the flood's 27 dead "since the river burst its banks on
  Tuesday" and the governor's "lost 27", "Hundreds of families have left Kadum since Wednesday", the WHO's 37
  attacks "since January", the UN's 200,000 displaced "since then", the 2,000 people catered for "this month");
  states without a stated day (the flood's 14 missing and Tamu's "at least 20", the MP's "over 100,000" counted, the
  Red Crescent's 130,000 forced from their homes, the 2,000 people in the Bintang camp, the 300,000 people the
  hospital served, the positive samples and the 22 samples in the health site, which gives no day for them);
  last year's finishers, the race's registrations, the salmonella infections "a year", the percentages of the sick
  and healthy who ate the salad, the reserve margin "for three winters", a planned fee rise and a poll.
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., the health
  directorate of the Hazran Autonomous Administration said", "..., health officials in the region said on Friday",
  "..., Karim Nadi, ..., told Meridian", "..., according to the bride's father, Emil Varga", "..., the hospital said",
  "..., the NIPH said in its daily update", "Two guests have died, according to the institute", "..., grid operator
  Vestra Grid said on Tuesday", "..., the company said", "..., according to a survey of members by the Chamber of
  Commerce", "..., according to the East Moorland Ambulance Service", "..., the National Disaster Management Agency
  (NDMA) said on Saturday", "..., according to the district chief, Rusli Amran", "..., the navy said", "..., the
  city's police said last night", "..., according to residents reached by phone"); "The organisers said nearly 13,000
  ..." and "organisers have confirmed" are the organisers; "The agency said" is the NDMA; "he added" is Nygaard;
  pronouns ("he said" = Khalil, "she told NBK" = Kartika) are resolved to the named party; quoted speech is its
  speaker's (Suleiman's "two rockets", Kerec's "Nearly 300", Hamdani's "more than 2,000 people here", Wirawan's "lost
  27", the ambulance spokesman's "Our crews transported 19"); a headline or standfirst with a speaker ("..., health
  officials say", "..., grid operator says", "Students' union says more than 100 were detained") is that speaker's;
  "The United Nations says" is the UN. A figure the outlet states in its own words is the article's own voice:
  headlines without a speaker ("23 killed as warplanes strike ...", "More than 180 wedding guests in hospital", "cases
  climb to 243", "Record 11,400 finish", "More than 84,000 in relief camps", "Police arrest 62"), what its
  correspondent saw ("Dozens of people ... an HPA correspondent at the scene said"), unattributed report lines ("Women
  made up 38 per cent of finishers", "Dozens of shop windows ... were smashed", "would raise annual fees ... by 35 per
  cent", "fell 6.8 per cent on Tuesday", "a town of some 90,000 people").
- Affiliation: the side in the dispute when clear ("Hazran Autonomous Administration" for its health directorate,
  the health officials and spokesman Nadi; "Hospital" for the Kadum director and for Maren County Hospital and its
  spokeswoman; "Government of Sudravia" for the defence ministry; "Free Hazran Front"; "WHO"; "UN"; "Medical Relief
  Alliance"; "Residents"; "Maren County" for the county health officials, the county inspectorate; "Families" for
  the bride's father and the groom; "Zlatna Lipa restaurant"; "Government of Lusavia" for the NIPH and Dr Morvan;
  "Vestra Grid"; "Calderan Consumers' Federation"; "Confederation of Calderan Industry"; "Chamber of Commerce";
  "CR" for the state railway; "Nordvik Securities" for the analyst; "Harwick City Marathon" for the organisers and
  the race director; "East Moorland Ambulance Service" for it and its spokesman; "Harwick Council"; "Government of
  Kembara" for the NDMA and the navy; "Lower Sapu provincial government" for the governor; "Tamu district" for its
  chief; "Opposition" for the MP; "Red Crescent"; "Relief camp" for the camp co-ordinator; "Police" for the police
  and their spokesman; "National Union of Students"; "Censa" for the pollster); null for the own voice.
- Quantities: "about"/"around"/"some" = +-10% ("around 2.3 million" -> 2,070,000..2,530,000; "about 8,000" ->
  7,200..8,800; "Around 150" -> 135..165); "a dozen or so" = 12 with 10..14; "more than", "at least", "over" = lower
  bound; "nearly" = upper bound with a plausible low ("Nearly 300" -> 270..300) or none ("nearly 13,000"); "under",
  "less than", "as many as" = upper bound; "dozens" 24..99, "hundreds" 100..999, "tens of thousands"
  10,000..99,999; "2.3m" is 2,300,000; "Eleven", "nine", "two", "six", "Two" in words are their numbers; a
  headline's rounded figure ("Record 11,400 finish" for 11,412) is its own figure 11,400; "between 1,500 and 2,000"
  is one estimate given as a range (value null) plus an optional second reading, like the dev gold's x2/x3.
- Optional: a range's second reading; a count of munitions in a quote ("There were two rockets", beside the ordinal
  "a third one"); a background population ("a town of some 90,000 people", like fresh14's "the 96
  municipalities"); a background count of plants ("the country's 19 steel, cement and pulp mills"); sums of money
  ("between 900 million and 1.2 billion crowns", "more than £1.2 million for charity"); a share-price move ("fell
  6.8 per cent") and a change in growth ("about 0.1 percentage points"): a percentage, but not a count of the
  event, so either reading is accepted.
- Not claims: ages ("9-year-old", "71-year-old", "58-year-old", "42-year-old", "is 84", "23", "children under 5",
  "adults over 65"), years (2023, 2024, 2020, 2016, 2011, 1998), durations ("some ten minutes later", "three hours'
  drive", "for hours", "at least 14 hours", "6 to 72 hours", "4 to 7 days", "more than a decade", "more than nine
  hours", "several days", "three winters", "within the hour", "up to seven hours", "the next 48 hours", "several
  hours"), times ("1:15 a.m.", "14:07", "23:00", "4pm", "around midnight", "2:11:48", "2:31:05"), dates ("Nov 11",
  "Nov 13", "Saturday, October 24", "March 2020", "Sunday, October 17", "December 3"), ordinals and superlatives
  ("a third one", "a fifth day", "a second, larger march", "the first increase", "first detailed account", "the
  biggest in the north", "the highest share", "largest single foodborne outbreak", "fourth-quarter"),
  distances and measures ("18 kilometers", "22-mile mark", "last few miles", "400-kilovolt", "26 degrees", "23C",
  "150mm"), phone numbers ("0800 41 52 63", "01632 960 418", "117"), "half the family", "a single bulldozer",
  "without a single complaint", "a single point of failure", "a single krone", "twice a day", "Everybody", "all of
  them", "some of them", "Most of the others", "several runners complained", "growing numbers of children",
  "one woman, who did not want to be named".
- Facts: parts that only break a total down are grouped with it (the nine patients and two nurses with the
  strike's dead, the 12 critically wounded with the wounded, the 37 children with the guests taken to hospital, the
  2,000 people in the largest camp with the people in the camps). A rising count from the same sources stays in
  one fact (the strike's dead 23 -> 31 and the wounded 41 -> at least 45 across the two outlets; the ministry's
  fighters "more than 30" -> 34). The health site's 196 who needed hospital treatment and the daily's "more than
  180" taken to hospital on Sunday agree and are one fact; the 22 samples of both outlets are one fact. Left out:
  the increments that take the dead from 23 to 31 (six of the wounded who died, two more bodies: differences), other
  quantities of the same event (patients moved, people digging, the hospital's catchment, families who fled, the UN's
  displaced, the guests at the reception, the patients still in hospital and in intensive care on Monday and on
  Thursday (another quantity on each day), the positive samples, the deaths, the percentages who ate the salad, the
  61 per cent (another unit), the 95 per cent restored, the mills, businesses, trains and passengers, last year's
  finishers, the registrations, the spectators, the runners treated, the roads, the women's share, the flood's
  evacuations and the Red Crescent's 130,000 forced from their homes (everyone displaced, not the people in camps),
  the 112 camps, the 48 released (a later event, not a breakdown of the arrests), the injured protesters and
  officers, the windows, the fee rise, the poll), and single figures.
- Statuses: the dev gold's three only. disputed = different sources give incompatible figures (also "at least 20"
  missing in one district against 14 in the whole province, and "nearly 300" cases against 243); corroborated = the
  figures agree (a source and a headline or the outlet's own voice, two outlets, a headline and its body, a source
  restating its figure, or a rising count of one source with nobody disputing it); consistent is not used here.
  The defence ministry's fighters killed are a fact of their own (disputed by the Front); the dead counted by the
  health officials, which nobody gives another number for, are corroborated.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, rng, vg, write  # noqa: E402



PEOPLE = ["people", "person"]

# --- Kadum hospital strike, Sudravia ---------------------------------------------------------------------------
DEAD = PEOPLE + ["dead", "death", "deaths", "killed", "died", "toll", "death toll", "victim", "victims", "body",
                 "bodies", "fatality", "fatalities", "casualty", "casualties"]
DEAD_PATIENTS = DEAD + ["patient", "patients"]
DEAD_NURSES = DEAD + ["nurse", "nurses", "staff", "health worker", "health workers", "medic", "medics"]
WOUNDED = PEOPLE + ["wounded", "injured", "injury", "injuries", "casualty", "casualties", "patient", "patients"]
ROCKETS = ["rocket", "rockets", "missile", "missiles", "strike", "strikes", "munition", "munitions", "bomb", "bombs"]
MOVED = PEOPLE + ["patient", "patients", "evacuated", "moved", "transferred", "evacuee", "evacuees"]
FIGHTERS = PEOPLE + ["militant", "militants", "fighter", "fighters", "man", "men", "member", "members", "guard",
                     "guards", "dead", "killed", "combatant", "combatants"]
DIGGERS = PEOPLE + ["relative", "relatives", "resident", "residents", "rescuer", "rescuers", "volunteer",
                    "volunteers"]
ATTACKS = ["attack", "attacks", "strike", "strikes", "incident", "incidents"]
TOWN_POP = PEOPLE + ["resident", "residents", "inhabitant", "inhabitants", "population"]
SERVED = PEOPLE + ["resident", "residents", "population", "patient", "patients", "inhabitant", "inhabitants"]
FLED = PEOPLE + ["family", "families", "resident", "residents", "displaced", "fled"]
DISPLACED = PEOPLE + ["displaced", "resident", "residents", "refugee", "refugees", "idp", "idps", "homeless"]

DIRECTORATE = ["health directorate", "hazran health directorate", "health officials", "directorate",
               "hazran autonomous administration", "nadi", "karim nadi"]
NADI = ["nadi", "karim nadi", "health directorate", "directorate"]
SULEIMAN = ["suleiman", "rami suleiman", "hospital director", "director", "kadum general hospital"]
MOD = ["defence ministry", "ministry of defence", "sudravian ministry of defence", "ministry"]
WHO = ["world health organization", "who"]
KHALIL = ["khalil", "daud khalil", "free hazran front", "front"]
MRA = ["medical relief alliance", "aid group", "marsh", "helene marsh"]
RESIDENTS = ["residents", "resident"]
UN = ["united nations", "un", "u.n."]

# --- Orlik wedding salmonella, Lusavia -------------------------------------------------------------------------
HOSP = PEOPLE + ["guest", "guests", "patient", "patients", "hospitalised", "hospitalized", "admitted", "case",
                 "cases", "admission", "admissions", "hospital"]
HOSP_CHILD = HOSP + ["child", "children", "kid", "kids"]
GUESTS = PEOPLE + ["guest", "guests", "attendee", "attendees", "wedding"]
INPAT = PEOPLE + ["patient", "patients", "inpatient", "inpatients", "guest", "guests", "hospital"]
ICU = INPAT + ["intensive care", "icu"]
SAMPLES = ["sample", "samples", "food sample", "food samples"]
POS_SAMPLES = SAMPLES + ["positive"]
CATERED = PEOPLE + ["guest", "guests", "customer", "customers", "diner", "diners"]
CASES = PEOPLE + ["case", "cases", "guest", "guests", "patient", "patients", "ill", "sick", "infection",
                  "infections", "illness"]
WED_DEAD = PEOPLE + ["death", "deaths", "dead", "died", "guest", "guests", "victim", "victims", "fatality",
                     "fatalities"]
PCT_ATE = ["percent", "share", "people", "person", "guest", "guests", "ill", "sick", "case", "cases", "healthy"]
INFECTIONS = PEOPLE + ["infection", "infections", "case", "cases", "salmonella"]

HEALTHOFF = ["county health officials", "health officials", "county public health inspectorate", "inspectorate"]
VARGA = ["varga", "emil varga", "bride's father", "father"]
MCH = ["maren county hospital", "hospital", "brandt", "ilona brandt"]
BRANDT = ["brandt", "ilona brandt", "hospital spokeswoman", "maren county hospital", "hospital"]
INSPECT = ["county public health inspectorate", "public health inspectorate", "inspectorate", "hribar"]
ZLATAN = ["zlatan", "marko zlatan", "restaurant owner", "zlatna lipa", "restaurant"]
NIPH = ["national institute of public health", "niph", "institute", "morvan"]
MORVAN = ["morvan", "lea morvan", "niph", "national institute of public health", "institute"]
KEREC = ["kerec", "tomas kerec", "groom"]

# --- Calderan blackout -----------------------------------------------------------------------------------------
HOUSEHOLDS = PEOPLE + ["household", "households", "home", "homes", "customer", "customers", "consumer", "consumers"]
PCT_HH = ["percent", "share", "household", "households", "home", "homes", "customer", "customers"]
PCT_CUST = ["percent", "share", "customer", "customers", "household", "households", "restored", "power"]
MONEY_CR = ["crown", "crowns", "money", "loss", "losses", "cost", "costs"]
MILLS = ["mill", "mills", "plant", "plants", "factory", "factories", "site", "sites", "works", "production"]
BUSINESSES = ["business", "businesses", "shop", "shops", "restaurant", "restaurants", "firm", "firms", "company",
              "companies", "store", "stores"]
TRAINS = ["train", "trains", "service", "services"]
PASSENGERS = PEOPLE + ["passenger", "passengers", "traveller", "travellers", "commuter", "commuters"]
SHARE_PRICE = ["percent", "share", "shares", "stock", "price"]
MARGIN = ["percent", "margin", "reserve", "reserve margin", "capacity"]
GROWTH = ["percentage point", "percentage points", "point", "points", "growth", "gdp"]

VESTRA = ["vestra grid", "vestra", "grid operator", "operator"]
FED = ["calderan consumers' federation", "consumers' federation", "federation", "berg", "ulla berg"]
CCI = ["confederation of calderan industry", "cci", "confederation"]
CHAMBER = ["chamber of commerce", "chamber"]
CR = ["cr", "state railway", "railway"]
ROOS = ["roos", "hanna roos", "nordvik securities", "analyst"]

# --- Harwick City Marathon -------------------------------------------------------------------------------------
FINISHERS = PEOPLE + ["runner", "runners", "finisher", "finishers", "participant", "participants", "athlete",
                      "athletes", "entrant", "entrants"]
ENTRANTS = FINISHERS + ["registration", "registrations", "entry", "entries"]
SPECTATORS = PEOPLE + ["spectator", "spectators", "crowd", "crowds", "supporter", "supporters", "onlooker",
                       "onlookers"]
TREATED = PEOPLE + ["runner", "runners", "patient", "patients", "treated", "casualty", "casualties"]
TO_HOSPITAL = TREATED + ["hospital", "hospitalised", "hospitalized", "admitted", "transported"]
ROADS = ["road", "roads", "street", "streets", "closure", "closures"]
PCT_WOMEN = ["percent", "share", "woman", "women", "finisher", "finishers", "runner", "runners"]
MONEY_GBP = ["pound", "pounds", "money", "charity", "fund", "funds", "donation", "donations"]

ORGS = ["organisers", "organizers", "organiser", "organizer", "pettifer", "colin pettifer", "race director"]
PETTIFER = ["pettifer", "colin pettifer", "race director", "organisers", "organizers"]
EMAS = ["east moorland ambulance service", "ambulance service"]
EMAS_SPOKES = ["ambulance service", "east moorland ambulance service", "spokesman"]
COUNCIL = ["harwick council", "council"]

# --- Lower Sapu floods, Kembara --------------------------------------------------------------------------------
IN_CAMPS = PEOPLE + ["displaced", "evacuee", "evacuees", "resident", "residents", "camp", "camps", "survivor",
                     "survivors", "victim", "victims", "family", "families"]
CAMPS = ["camp", "camps", "relief camp", "relief camps", "shelter", "shelters", "centre", "centres", "center",
         "centers"]
MISSING = PEOPLE + ["missing", "unaccounted"]
EVACUATED = PEOPLE + ["evacuee", "evacuees", "evacuated", "resident", "residents", "villager", "villagers",
                      "rescued"]
FORCED_OUT = PEOPLE + ["displaced", "homeless", "resident", "residents", "evacuee", "evacuees", "home", "homes"]

NDMA = ["national disaster management agency", "disaster management agency", "ndma", "agency"]
AMRAN = ["amran", "rusli amran", "district chief"]
NAVY = ["navy"]
WIRAWAN = ["wirawan", "made wirawan", "governor", "provincial governor"]
KARTIKA = ["kartika", "dewi kartika", "mp", "opposition mp"]
REDCRESCENT = ["kembara red crescent", "red crescent"]
HAMDANI = ["hamdani", "yusuf hamdani", "camp co-ordinator", "co-ordinator", "coordinator"]

# --- Velmar tuition-fee march ----------------------------------------------------------------------------------
ARRESTED = PEOPLE + ["arrest", "arrests", "arrested", "detained", "detainee", "detainees", "detention",
                     "detentions", "student", "students", "protester", "protesters", "member", "members"]
PROT_INJ = PEOPLE + ["protester", "protesters", "student", "students", "injured", "injury", "injuries", "wounded",
                     "casualty", "casualties"]
WINDOWS = ["window", "windows", "shop window", "shop windows", "shop", "shops"]
MARCHERS = PEOPLE + ["marcher", "marchers", "protester", "protesters", "demonstrator", "demonstrators", "student",
                     "students", "crowd", "participant", "participants", "turnout"]
OFF_INJ = PEOPLE + ["officer", "officers", "police", "policeman", "policemen", "injured", "injury", "injuries",
                    "wounded"]
RELEASED = PEOPLE + ["arrested", "released", "detainee", "detainees", "student", "students", "protester",
                     "protesters"]
FEES = ["percent", "fee", "fees", "tuition", "increase", "rise"]
PCT_POLL = ["percent", "share", "voter", "voters", "people", "person", "respondent", "respondents"]

POLICE = ["police", "city's police", "nygaard", "lars nygaard"]
NYGAARD = ["nygaard", "lars nygaard", "police spokesman", "police"]
NUS = ["national union of students", "nus", "union", "students' union", "solberg", "mira solberg"]
CENSA = ["censa", "poll"]

AFFILIATION = {
    "health directorate": "Hazran Autonomous Administration", "nadi": "Hazran Autonomous Administration",
    "suleiman": "Hospital", "defence ministry": "Government of Sudravia", "world health organization": "WHO",
    "khalil": "Free Hazran Front", "medical relief alliance": "Medical Relief Alliance", "residents": "Residents",
    "united nations": "UN",
    "county health officials": "Maren County", "county public health inspectorate": "Maren County",
    "varga": "Families", "kerec": "Families", "maren county hospital": "Hospital", "brandt": "Hospital",
    "zlatan": "Zlatna Lipa restaurant", "national institute of public health": "Government of Lusavia",
    "morvan": "Government of Lusavia",
    "vestra grid": "Vestra Grid", "calderan consumers' federation": "Calderan Consumers' Federation",
    "confederation of calderan industry": "Confederation of Calderan Industry",
    "chamber of commerce": "Chamber of Commerce", "cr": "CR", "roos": "Nordvik Securities",
    "organisers": "Harwick City Marathon", "pettifer": "Harwick City Marathon",
    "east moorland ambulance service": "East Moorland Ambulance Service",
    "ambulance service": "East Moorland Ambulance Service", "harwick council": "Harwick Council",
    "national disaster management agency": "Government of Kembara", "navy": "Government of Kembara",
    "wirawan": "Lower Sapu provincial government", "amran": "Tamu district", "kartika": "Opposition",
    "kembara red crescent": "Red Crescent", "hamdani": "Relief camp",
    "police": "Police", "nygaard": "Police", "national union of students": "National Union of Students",
    "censa": "Censa",
}

A = {}

A["01_kadum-hospital-strike_hpa.txt"] = ("2026-11-11", [
    ("23 killed as warplanes strike", [], ex(23), DEAD, None, False, "headline"),
    ("At least 23 people", DIRECTORATE, atl(23), DEAD, "2026-11-11", False,
     "'the health directorate of the Hazran Autonomous Administration said' at the end of the sentence; 'in the "
     "early hours of Wednesday'"),
    ("among them nine patients", DIRECTORATE, ex(9), DEAD_PATIENTS, "2026-11-11", False, "part of the dead"),
    ("two nurses", DIRECTORATE, ex(2), DEAD_NURSES, "2026-11-11", False, "part of the dead"),
    ("said 41 people were wounded", SULEIMAN, ex(41), WOUNDED, "2026-11-11"),
    ("12 of them critically", SULEIMAN, ex(12), WOUNDED, "2026-11-11", False, "part of the wounded"),
    ("There were two rockets", SULEIMAN, ex(2), ROCKETS, "2026-11-11", True,
     "a count of munitions in a quote, beside the ordinal 'a third one'; optional"),
    ("Around 150 patients were moved overnight", DIRECTORATE, ap(150, 135, 165), MOVED, "2026-11-11", False,
     "'the directorate said in a statement'; 'overnight' after the strike of the early hours of Wednesday"),
    ("\"more than 30 militants\"", MOD, atl(30), FIGHTERS, "2026-11-11", False,
     "'the ministry said' earlier in the sentence"),
    ("Dozens of people, many of them relatives", [], vg(24, 99), DIGGERS, "2026-11-11", False,
     "'an HPA correspondent at the scene said': own voice; 'until dawn'"),
    ("documented 37 attacks on health care", WHO, ex(37), ATTACKS, None, False,
     "'since January': cumulative; 'according to its latest figures'"),
    ("some 90,000 people", [], ap(90000, 81000, 99000), TOWN_POP, None, True,
     "a background population; optional"),
])

A["02_kadum-hospital-strike_meridian.txt"] = ("2026-11-13", [
    ("rises to 31, health officials say", DIRECTORATE, ex(31), DEAD, None, False,
     "headline with its speaker"),
    ("has risen to 31", DIRECTORATE, ex(31), DEAD, "2026-11-11", False,
     "'Wednesday's air strike' in a Friday wire; 'health officials in the region said on Friday'"),
    ("up from 23 on Wednesday", DIRECTORATE, ex(23), DEAD, "2026-11-11", False,
     "the same count on Wednesday: the strike's dead"),
    ("Six of the wounded have died", NADI, ex(6), DEAD, None, False,
     "'since the strike': over days; an increment of the toll, left out of the fact"),
    ("two more bodies", NADI, ex(2), DEAD, "2026-11-12", False,
     "pulled out 'on Thursday'; an increment of the toll, left out of the fact"),
    ("34 of the group's fighters", MOD, ex(34), FIGHTERS, "2026-11-11", False,
     "'said in a statement on Thursday': the day it spoke; the fighters died in the strike"),
    ("Two of our men", KHALIL, ex(2), FIGHTERS, "2026-11-11", False, "'he said' = Khalil"),
    ("at least 45 people had been wounded", SULEIMAN, atl(45), WOUNDED, "2026-11-11"),
    ("some 300,000 people", MRA, ap(300000, 270000, 330000), SERVED, None, False,
     "the hospital's catchment; 'Medical Relief Alliance ... said'"),
    ("Hundreds of families have left Kadum", RESIDENTS, vg(100, 999), FLED, None, False,
     "'since Wednesday': cumulative; 'according to residents reached by phone'"),
    ("more than 200,000 people have been displaced", UN, atl(200000), DISPLACED, None, False,
     "'The United Nations says'; 'since then' (September)"),
])

A["03_orlik-wedding-poisoning_varnholdcourier.txt"] = ("2026-10-27", [
    ("More than 180 wedding guests in hospital", [], atl(180), HOSP, None, False, "headline"),
    ("MORE than 180 people who attended", HEALTHOFF, atl(180), HOSP, "2026-10-25", False,
     "'taken to hospital on Sunday'; 'county health officials said yesterday'"),
    ("About 650 guests", VARGA, ap(650, 585, 715), GUESTS, "2026-10-24", False,
     "'according to the bride's father, Emil Varga'; 'on Saturday evening'"),
    ("Of those admitted, 37 were children", MCH, ex(37), HOSP_CHILD, "2026-10-25", False,
     "'the hospital said'; part of the guests taken to hospital on Sunday"),
    ("64 patients were still being treated", BRANDT, ex(64), INPAT, "2026-10-26", False,
     "'last night' in a Tuesday paper"),
    ("eight of them in intensive care", BRANDT, ex(8), ICU, "2026-10-26"),
    ("took 22 food samples", INSPECT, ex(22), SAMPLES, "2026-10-26", False, "'on Monday'"),
    ("\"more than 2,000 people\"", ZLATAN, atl(2000), CATERED, None, False, "'this month': cumulative"),
])

A["04_orlik-wedding-poisoning_clinicwire.txt"] = ("2026-10-30", [
    ("as cases climb to 243", [], ex(243), CASES, None, False, "headline"),
    ("Salmonella Enteritidis in 19", NIPH, ex(19), POS_SAMPLES, None, False,
     "'the country's National Institute of Public Health (NIPH) said Thursday': the day it spoke"),
    ("of the 22 food samples", NIPH, ex(22), SAMPLES, None, False,
     "the same samples as the daily's, but this article gives no day for them"),
    ("now links 243 cases", NIPH, ex(243), CASES, None, False,
     "illness spread over the days after the reception of 'Saturday, October 24'"),
    ("of whom 196 needed hospital treatment", NIPH, ex(196), HOSP, None),
    ("Two guests have died", NIPH, ex(2), WED_DEAD, None, False,
     "'according to the institute'; on Monday and on Wednesday: no single day"),
    ("21 patients remained in hospital", NIPH, ex(21), INPAT, "2026-10-29", False, "'As of Thursday evening'"),
    ("About 80 percent of the people who fell ill", MORVAN, ap(80, 72, 88), PCT_ATE, None),
    ("under 10 percent of those who stayed healthy", MORVAN, atm(10), PCT_ATE, None, False,
     "'under' = upper bound"),
    ("Nearly 300 of our guests got sick", KEREC, atm(300, 270), CASES, None, False,
     "'he told ClinicWire' = the groom, Tomas Kerec"),
    ("between 1,500 and 2,000 salmonella infections", NIPH, rng(1500, 2000), INFECTIONS, None, False,
     "'according to NIPH data'; one estimate given as a range"),
    ("between 1,500 and 2,000 salmonella infections", NIPH, rng(1500, 2000), INFECTIONS, None, True,
     "second reading: the two ends of the range as two claims; optional"),
])

A["05_calderan-blackout_businessledger.txt"] = ("2026-11-18", [
    ("hit 2.3m households, grid operator says", VESTRA, ex(2300000), HOUSEHOLDS, None, False,
     "headline with its speaker; '2.3m'"),
    ("around 2.3 million households", VESTRA, ap(2300000, 2070000, 2530000), HOUSEHOLDS, "2026-11-16", False,
     "'Monday's nationwide blackout'; 'said on Tuesday' is the day it spoke"),
    ("or 61 per cent of the country's total", VESTRA, ex(61), PCT_HH, "2026-11-16"),
    ("restored to 95 per cent of customers", VESTRA, ex(95), PCT_CUST, "2026-11-16", False,
     "'by 23:00 on Monday'; 'the company said'"),
    ("\"at least 2.8 million\" households", FED, atl(2800000), HOUSEHOLDS, "2026-11-16"),
    ("between 900 million and 1.2 billion crowns", CCI, rng(900000000, 1200000000), MONEY_CR, None, True,
     "money; optional"),
    ("production stopped at 14", CCI, ex(14), MILLS, "2026-11-16"),
    ("the country's 19 steel", CCI, ex(19), MILLS, None, True, "a background count of plants; optional"),
    ("Some 41,000 shops", CHAMBER, ap(41000, 36900, 45100), BUSINESSES, "2026-11-16", False,
     "'according to a survey of members by the Chamber of Commerce' at the end of the sentence"),
    ("more than 400 trains were halted", CR, atl(400), TRAINS, "2026-11-16"),
    ("tens of thousands of passengers", CR, vg(10000, 99999), PASSENGERS, "2026-11-16"),
    ("fell 6.8 per cent on Tuesday", [], ex(6.8), SHARE_PRICE, "2026-11-17", True,
     "a share-price move; optional"),
    ("less than 10 per cent reserve margin", ROOS, atm(10), MARGIN, None, False,
     "'said Hanna Roos' after the quote; 'for three winters'"),
    ("about 0.1 percentage points", ROOS, ap(0.1, 0.09, 0.11), GROWTH, None, True,
     "a change in growth; optional"),
])

A["06_harwick-marathon_harwickadvertiser.txt"] = ("2026-10-22", [
    ("Record 11,400 finish", [], ex(11400), FINISHERS, None, False, "headline; 11,412 rounded"),
    ("A RECORD 11,412 runners", ORGS, ex(11412), FINISHERS, "2026-10-18", False,
     "'organisers have confirmed'; 'Sunday's Harwick City Marathon'"),
    ("up from 9,870 last year", ORGS, ex(9870), FINISHERS, None, False, "last year's race: no day given"),
    ("nearly 13,000 had signed up", ORGS, atm(13000), ENTRANTS, None, False, "'The organisers said'"),
    ("more than 60,000 people out on the streets", PETTIFER, atl(60000), SPECTATORS, "2026-10-18"),
    ("treated 214 runners", EMAS, ex(214), TREATED, "2026-10-18", False,
     "'according to the East Moorland Ambulance Service' at the end of the sentence"),
    ("19 were taken to Harwick Royal Infirmary", EMAS, ex(19), TO_HOSPITAL, "2026-10-18"),
    ("\"a dozen or so\" runners", PETTIFER, ap(12, 10, 14), TO_HOSPITAL, "2026-10-18", False,
     "'Mr Pettifer disputed the figure, telling the Advertiser'"),
    ("Our crews transported 19 patients", EMAS_SPOKES, ex(19), TO_HOSPITAL, "2026-10-18", False,
     "the ambulance service's spokesman restating its figure"),
    ("38 roads were closed", COUNCIL, ex(38), ROADS, "2026-10-18", False, "'on race day'"),
    ("Women made up 38 per cent", [], ex(38), PCT_WOMEN, "2026-10-18", False, "own voice"),
    ("more than £1.2 million", [], atl(1200000), MONEY_GBP, None, True, "money; optional"),
])

A["07_lower-sapu-floods_nbk.txt"] = ("2026-11-07", [
    ("More than 84,000 in relief camps", [], atl(84000), IN_CAMPS, None, False, "headline"),
    ("More than 84,000 people are sheltering", NDMA, atl(84000), IN_CAMPS, "2026-11-07", False,
     "'the National Disaster Management Agency (NDMA) said on Saturday': a state on a stated day"),
    ("in 112 relief camps", NDMA, ex(112), CAMPS, "2026-11-07"),
    ("27 people had died", NDMA, ex(27), DEAD, None, False,
     "'The agency said'; 'since the river burst its banks on Tuesday': over days"),
    ("14 were still missing", NDMA, ex(14), MISSING, None, False, "a state with no stated day"),
    ("at least 20 people are unaccounted for", AMRAN, atl(20), MISSING, None, False,
     "'In Tamu district alone'; 'according to the district chief, Rusli Amran'"),
    ("evacuated 1,300 people", NAVY, ex(1300), EVACUATED, "2026-11-06", False, "'On Friday'; 'the navy said'"),
    ("We have lost 27 of our people", WIRAWAN, ex(27), DEAD, None, False, "quoted; the governor"),
    ("over 100,000 people in the camps", KARTIKA, atl(100000), IN_CAMPS, None, False,
     "'she told NBK' = Kartika"),
    ("as many as 130,000 people", REDCRESCENT, atm(130000), FORCED_OUT, None, False,
     "everyone forced from their homes, in camps or not: another quantity"),
    ("more than 2,000 people here", HAMDANI, atl(2000), IN_CAMPS, None, False,
     "the largest camp: a part of the people in the camps"),
])

A["08_velmar-tuition-protest_velmarherald.txt"] = ("2026-11-21", [
    ("Police arrest 62", [], ex(62), ARRESTED, None, False, "headline, the outlet's words"),
    ("more than 100 were detained", NUS, atl(100), ARRESTED, None, False,
     "standfirst with its speaker ('Students' union says')"),
    ("Police arrested 62 people", POLICE, ex(62), ARRESTED, "2026-11-20", False,
     "'yesterday' in a Saturday paper; 'the city's police said last night'"),
    ("more than 100 of its members had been detained", NUS, atl(100), ARRESTED, "2026-11-20"),
    ("at least 40 protesters had been injured", NUS, atl(40), PROT_INJ, "2026-11-20", False,
     "same sentence as the NUS's detentions"),
    ("Dozens of shop windows", [], vg(24, 99), WINDOWS, "2026-11-20", False, "own voice"),
    ("at about 8,000", POLICE, ap(8000, 7200, 8800), MARCHERS, "2026-11-20", False,
     "'Police put the number of marchers'"),
    ("more than 25,000 took part", NUS, atl(25000), MARCHERS, "2026-11-20"),
    ("Eleven officers were injured", NYGAARD, ex(11), OFF_INJ, "2026-11-20"),
    ("48 of those arrested had been released", NYGAARD, ex(48), RELEASED, "2026-11-20", False,
     "'he added' = Nygaard; 'By late last night'"),
    ("by 35 per cent", [], ex(35), FEES, None, False, "own voice; a planned rise"),
    ("58 per cent of voters", CENSA, ex(58), PCT_POLL, None, False, "'A poll by Censa for the Herald'"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "corroborated", ["01-1", "01-2", "01-3", "01-4", "02-1", "02-2", "02-3"],
     "people killed in the air strike on Kadum General Hospital (2026-11-11): 23 (HPA headline) / at least 23, "
     "nine patients and two nurses among them (Hazran health directorate) -> 31, up from 23 (health officials; "
     "Meridian headline): a rising count of one source"),
    ("F2", "disputed", ["01-9", "02-6", "02-7"],
     "fighters killed in the strike: 'more than 30 militants' -> 34 (Sudravian defence ministry) vs two guards "
     "(Front spokesman Khalil)"),
    ("F3", "corroborated", ["01-5", "01-6", "02-8"],
     "people wounded in the strike: 41, 12 of them critically -> at least 45 (director Suleiman)"),
    ("F4", "corroborated", ["03-1", "03-2", "03-4", "04-5"],
     "Orlik wedding guests taken to hospital: more than 180 on Sunday 2026-10-25 (county health officials; "
     "Courier headline), 37 of them children (the hospital) / 196 needed hospital treatment (NIPH)"),
    ("F5", "corroborated", ["03-7", "04-3"],
     "food samples taken from the restaurant's kitchen: 22 (county inspectorate; NIPH)"),
    ("F6", "disputed", ["04-1", "04-4", "04-10"],
     "cases linked to the Orlik reception: 243 (NIPH; ClinicWire headline) vs 'nearly 300' (the groom, Kerec)"),
    ("F7", "disputed", ["05-1", "05-2", "05-5"],
     "households cut off by the blackout of 2026-11-16: 2.3m / around 2.3 million (Vestra Grid; headline) vs 'at "
     "least 2.8 million' (Calderan Consumers' Federation)"),
    ("F8", "corroborated", ["06-1", "06-2"],
     "finishers of the Harwick City Marathon on 2026-10-18: 11,412 (organisers) / 11,400 (headline)"),
    ("F9", "disputed", ["06-7", "06-8", "06-9"],
     "runners taken to hospital from the marathon: 19 (East Moorland Ambulance Service, restated by its "
     "spokesman) vs 'a dozen or so' (race director Pettifer)"),
    ("F10", "disputed", ["07-1", "07-2", "07-9", "07-11"],
     "people in the Lower Sapu relief camps: more than 84,000 (NDMA; headline), more than 2,000 of them in the "
     "Bintang camp (co-ordinator Hamdani) vs over 100,000 (opposition MP Kartika)"),
    ("F11", "disputed", ["07-5", "07-6"],
     "people missing in the floods: 14 (NDMA) vs at least 20 in Tamu district alone (district chief Amran)"),
    ("F12", "corroborated", ["07-4", "07-8"], "flood deaths: 27 (NDMA; governor Wirawan)"),
    ("F13", "disputed", ["08-1", "08-2", "08-3", "08-4"],
     "people arrested or detained at the Velmar march on 2026-11-20: 62 (police; headline) vs more than 100 "
     "(National Union of Students, standfirst and body)"),
    ("F14", "disputed", ["08-7", "08-8"],
     "marchers on 2026-11-20: about 8,000 (police) vs more than 25,000 (NUS)"),
]


if __name__ == "__main__":
    write(HERE, "fresh16.gold.json", A, FACTS, AFFILIATION)
