"""Builds fresh14.gold.json from the annotations below (run: python3 -B build_gold.py).

The fourteenth fresh set, written BLIND on 22 November 2026: 8 invented articles on 6 events, in wire / broadcaster /
magazine / newspaper / translated styles (a Xinhua-style "KESSARA, Nov. 18 (ONA) --" dateline with American spelling
and a reporting/editing credit, a broadcaster's live page with a "Summary" block and "12:41 GMT - ..." entries and a
hotline number, an AP-style "KELBOU, Tamsara (CNS) —" dateline with bare weekdays ("Sunday night", "Sunday evening")
and "Oct. 14", a weekly news magazine long-read with a standfirst, a byline, a subhead and an "IN NUMBERS" box, a
regional paper's transport story with "yesterday", ages, a distance, a date and a phone number, a report translated
from Portuguese with the Brazilian "Wednesday (28)" / "this Thursday (29)" day style, a dpa-style "Lindholm (NPA) -"
wire with a closing "npa kl/ms" tag, and a national daily's crime story with "yesterday", "last night", an age and a
helpline). Topics are kept apart from the earlier sets (referendum turnout, general strike, mine collapse, market
shelling, drug deaths, ferry capsizing, refugees at a border, wildfire, heatwave deaths, drugs raids, factory closure,
chlorine leak, tram derailment, migrant boat, measles, bus crash, hunger strike, blizzard, cruise norovirus):
the magnitude 6.8 earthquake in Upper Kesh, Drovania, at 9:42 p.m. on Tuesday 2026-11-17 (2 outlets: a wire on
Wednesday 2026-11-18 and a live page on Friday 2026-11-20: dead at least 86 (NEMA; headline), 61 of them from three
villages (NEMA spokeswoman Vasko) -> 118 on Thursday evening -> 143 (NEMA; live-page headline) vs "at least 200"
(provincial council head Dusan Ferenc, twice); injured more than 900, 240 of them treated at Kessara General Hospital
(hospital director Orsic) -> more than 1,700 (NEMA); homeless an estimated 15,000 (Red Cross; wire headline) -> about
22,000, "up from its first estimate of 15,000" (Red Cross); around 4,000 homes destroyed or badly damaged (Red
Cross); "hundreds" of families in cars and tents on Tuesday night (the wire's reporter); 1,200 soldiers deployed
(Prime Minister Dravic) and 2,500 now (defence ministry); between 40,000 and 55,000 needing assistance (the UN's
humanitarian office); 37 still listed as missing (NEMA)),
the release of hostages seized at the Tiguent gold camp, Tamsara, in a raid on 2026-10-14 and freed on Sunday
2026-11-08 (2 outlets: a wire on Monday 2026-11-09 and a weekly magazine on Saturday 2026-11-14: freed 27, five
foreign engineers among them (army; wire headline; the magazine's body and box) vs 21 (Tiguent Mine Workers'
Association, in both) vs 24 names confirmed by the magazine itself; still held seven (army spokesman Doumbé) vs at
least 14 (the association), both on Sunday; taken 29 at first -> 34 (army) vs 41 (association, in both; the box) vs
"about 40" (MP Aminata Koné); four guards killed (both outlets' own voice; the box); "dozens" of relatives at the
airport on Sunday night (own voice)),
a 24-hour train-crew strike on Wenlow Valley Railways on Thursday 2026-11-12 (1 outlet, Friday 2026-11-13: 412
services cancelled (own voice; headline); 78 per cent of the timetable (WVR) vs "well over 90 per cent" (union ATC);
118 trains ran; about 9,500 passengers yesterday vs around 61,000 on a normal weekday (WVR); 1,140 members stayed
away (ATC organiser Penrose) vs 690 crew failed to report (WVR); up to 40 extra buses (Valley Coaches)),
a dengue epidemic in the state of Santa Celina (1 outlet, translated, Friday 2026-10-30: 14,862 confirmed cases this
year (State Health Secretariat; headline), 4,210 of them children and adolescents; 11 confirmed deaths (SES) vs at
least 30 (physicians' union Simesc), and 19 more under investigation (SES); the capital's cases 6,480 (SES bulletin)
vs "more than 9,000" (mayor Brandão); an emergency decreed on Thursday 2026-10-29 in 22 municipalities (headline and
body); 212 suspected cases attended on Tuesday 2026-10-27 at one hospital (its director)),
the Skarland teachers' strike ballot announced on Tuesday 2026-11-03 (1 outlet, Wednesday 2026-11-04: 31,484 ballots
returned, 81.4 percent for a strike ("81 percent" in the headline), turnout 68 percent of 46,300 members (union STU);
only 55 percent of all members (Education Minister Holm); a 3.5 percent offer (the ministry) vs 9 percent wanted
(union chairwoman Dahl); about 2,900 schools affected (STU) vs 1,800 (the ministry)),
and a riot at Kallow Ridge Correctional Centre, Esterland, on Thursday 2026-11-19 (1 outlet, Saturday 2026-11-21:
six inmates killed (Department of Corrections; headline) vs at least 11 (relatives), eight of them from one wing
(relative Maria Santos); at least 23 injured (department); "no more than 80 inmates" took part (Justice Minister
Okonjo-Reyes) vs at least 400 (Prison Officers' Association); built for 850, holding 1,430 on Thursday (department);
five escaped (police); "dozens" of relatives at the gates yesterday (own voice)).
Annotated by hand by the README rules of ../shared/eval and the dev gold's conventions WITHOUT reading the system's
code, docs, contracts or README (nor any corpus_* folder but fresh13, read for the format) and WITHOUT running the
extractor, claimlog or its tests on these articles (the scorer was run only on a prediction built from this gold
itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (as in fresh13 and the dev gold):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause (or the event it counts) fixes the day: the quake's dead, injured (with the 240 "of the injured"
  the hospital treated), homes destroyed and homeless take the quake's day 2026-11-17, also when told days later
  ("has risen to 143", "up from 118 on Thursday evening", "up from its first estimate of 15,000" in a Friday live
  page; Ferenc's "at least 200"); "Hundreds of families spent Tuesday night" 2026-11-17; the hostages freed "on
  Sunday" / "since last Sunday" (in a Saturday magazine) / the names the magazine confirmed 2026-11-08; the people
  still held, as told "Sunday night" (army) and "Sunday evening" (association), 2026-11-08 (a state on a stated day,
  like the dev gold's "said on Friday that 18 miners were still missing"); the people taken and the guards killed take
  the raid's day "Oct. 14" / "14 October" 2026-10-14, also the army's first figure 29 and its later 34; the relatives
  waiting "through Sunday night" 2026-11-08; the strike-day figures ("yesterday" in a Friday article: cancellations,
  the 78% and "well over 90%", trains run, passengers, staff out, the extra buses) 2026-11-12; the emergency decree
  "signed on Thursday" 2026-10-29; patients attended "on Tuesday (27)" 2026-10-27; the riot's dead (both sides, and
  the eight from D wing), injured, rioters (minister and union) and escapes take the riot's day "on Thursday"
  2026-11-19 (the department "said last night", the minister spoke "yesterday": the days they spoke, not the events'
  days), the prison's population "on Thursday" 2026-11-19, and the relatives "Outside the prison gates yesterday"
  2026-11-20.
- Left undated (null): headlines and the magazine's "IN NUMBERS" box (standalone summary lines, treated like
  headlines); cumulative counts ("14,862 cases of dengue this year up to Wednesday", deaths "since January", the
  state bulletin's 6,480 for the capital, the mayor's "more than 9,000"); states without a stated day ("37 people
  are still listed as missing", "2,500 soldiers are now taking part", "1,200 soldiers had been deployed"); the UN's
  estimate of people needing assistance; a normal weekday's ridership; a capacity ("built for 850 inmates"); a ballot
  held over weeks and its shares; pay offers and demands; schools a future strike would affect; a comparison ("some
  of them are men ...").
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., the National
  Emergency Management Agency (NEMA) said on Wednesday", "..., according to the Drovanian Red Cross", "..., the
  association's secretary-general, Moussa Traoré, told CNS", "..., the secretariat informed", "..., according to the
  bulletin", "..., the union said", "..., the Department of Corrections said last night", "..., according to the
  department's own figures", "..., police said"); a sentence that only continues the previous one keeps its speaker
  ("Turnout was 68 percent among its 46,300 members" = the union; "More than 1,700 people were injured, according to
  the agency" = NEMA); pronouns ("He said" = Doumbé, "he told Horizon" = Traoré, "she said" = Dahl) are resolved to
  the named party; a live-page summary line and its entry are each the speaker they name (Ferenc's "at least 200"
  twice); a headline with a trailing speaker ("..., army says") is that speaker's; "Several said" (relatives at the
  gates) is the relatives (inmates, who told them by phone, are also accepted); a quoted relative's account of what
  her brother saw is hers (Santos). A figure the outlet states in its own words is the article's own voice: headlines
  without a speaker ("Earthquake kills at least 86 ..., 15,000 left homeless", "death toll rises to 143", "Rail strike
  cancels 412 trains", "cases ... reach 14,862 as emergency is declared in 22 municipalities", "81 percent back
  strike", "Six dead"), deeds it reports (the governor's decree "in 22 of the 96 municipalities", WVR was forced "to
  cancel 412 services", "Only 118 trains ran", "Four security guards were killed in the attack"), what its reporter
  saw ("an ONA reporter saw"), the magazine's own count ("Horizon was able to confirm the names of 24 freed
  hostages"), agentless box lines ("4 — guards killed in the raid") and vague crowds ("Dozens of relatives waited").
- Affiliation: the side in the dispute when clear ("Government of Drovania" for NEMA, its spokeswoman, the prime
  minister and the defence ministry; "Red Cross"; "Hospital"; "Upper Kesh Provincial Council" for Ferenc; "UN";
  "Government of Tamsara" for the army and its spokesman; "Tiguent Mine Workers' Association" for it and Traoré;
  "Parliament" for the MP; "Security sources"; "Wenlow Valley Railways"; "Union" for ATC and its organiser, and for
  the STU and its chairwoman; "Valley Coaches"; "Government of Santa Celina" for the health secretariat;
  "Physicians' Union" for Simesc; "Vargem do Sul City Hall" for the mayor; "Government of Skarland" for the minister
  and the ministry; "Government of Esterland" for the Department of Corrections and the justice minister; "Prison
  Officers' Association"; "Families" for relatives; "Police"); null for the own voice.
- Quantities: "about"/"around" = +-10% ("About 22,000" -> 19,800..22,000..24,200; "about 40" -> 36..44); "more than",
  "at least", "well over" = lower bound; "up to", "no more than" = upper bound with no low; "hundreds" 100..999,
  "dozens" 24..99; "an estimated 15,000" is the figure 15,000; "Eleven" = 11, "Six" = 6, "five"/"seven"/"four"/"eight"
  in words are their numbers; "between 40,000 and 55,000" is one estimate given as a range (value null) plus an
  optional second reading, like the dev gold's x2/x3; a headline's rounded share ("81 percent" for 81.4) is its own
  figure 81.
- Optional: a range's second reading; back-references in a quote ("We have 21 names", "The army has 27 names"); a
  complement stated in a quote ("The other 45 percent" = 100 - 55); a ratio ("3.4 times higher"); a background count
  of places ("the 96 municipalities of the state", like fresh13's "three official crossings"); a sum of money ("a
  ransom of about 2 million euros"): the README counts people, things and percentages, and money can be read either
  way.
- Not claims: magnitudes ("magnitude 6.8", "5.4"), ages ("58", "7-year-old", "23", "51", "29", "24", "under 15
  years"), years (1987, 2019, 2021, 2025, 2014), durations ("three days of national
  mourning", "more than 60 hours", "within two years", "more than three weeks", "25 — days the hostages spent in
  captivity", "24-hour", "three years", "more than an hour", "two and a half hours", "up to 40 days", "over two
  years", "11 days"), times ("9:42 p.m.", "3 a.m.", "10am", "12:41 GMT" and the other entry times, "5am", "1pm"),
  dates ("Nov. 18", "Oct. 14", "14 October", "Thursday 26 November", "Wednesday (28)", "Thursday (29)", "Tuesday
  (27)", "23 November"), ordinals and superlatives ("first estimate", "first sent", "the strongest aftershock", "the
  clearest mandate", "a first walkout", "A second 24-hour strike", "the highest number"), distances and depths ("12
  kilometers", "about 40 kilometers", "300 kilometers (186 miles)", "14 miles"), building heights ("two-storey"),
  multipliers ("more than twice as many"), phone numbers ("0800 310 310", "0345 600 4412", "0300 123 9090"), wing
  letters ("C wing", "D wing"), "a single gang", "half-hourly", and counts without a numeral ("a hotline", "her mother
  and grandmother", "extra beds", "some of them", "No one was hurt", "One of the dead was named" (one person, named)).
- Facts: parts that only break a total down are grouped with it (the 61 dead of three villages with the quake's dead,
  the 240 treated with the injured, the five foreign engineers with the hostages freed, the 4,210 children with the
  dengue cases, the eight dead from D wing with the riot's dead). A part with a dispute of its own is its own fact
  (the capital's dengue cases, 6,480 vs "more than 9,000", are not grouped with the state's 14,862). A rising count
  from the same sources stays in one fact (the quake's dead 86 -> 118 -> 143 and the injured 900 -> 1,700 across the
  two outlets; the homeless 15,000 -> 22,000; the army's taken 29 -> 34). Left out: differences and complements (118
  trains ran = the scheduled minus the 412 cancelled; the 19 deaths under investigation), other quantities of the same
  event (the homes destroyed, the families in the square, the soldiers at two times, the people needing assistance,
  the missing, the ridership on the strike day and on a normal day, the extra buses, the 212 patients, the 55 percent
  of all members vs the 81.4 percent of votes cast (another base, not a dispute), the turnout, the pay offer and
  demand, the prison's capacity and population, the escapes, the relatives at the airport and the gates), and single
  figures.
- Statuses: the dev gold's three only. disputed = different sources give incompatible figures; corroborated = the
  figures agree (a source and a headline or the outlet's own voice, two outlets, a headline and its body, or a rising
  count of one source with nobody disputing it); consistent is not used here.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, rng, vg, write  # noqa: E402



PEOPLE = ["people", "person"]

# --- Upper Kesh earthquake, Drovania -------------------------------------------------------------------------
QUAKE_DEAD = PEOPLE + ["dead", "death", "deaths", "killed", "died", "toll", "death toll", "victim", "victims",
                       "body", "bodies", "fatality", "fatalities", "casualty", "casualties"]
INJURED = PEOPLE + ["injured", "injury", "injuries", "wounded", "patient", "patients", "casualty", "casualties"]
HOMELESS = PEOPLE + ["homeless", "displaced", "resident", "residents", "survivor", "survivors"]
HOMES = ["home", "homes", "house", "houses", "building", "buildings", "dwelling", "dwellings", "destroyed",
         "damaged"]
SLEPT_OUT = PEOPLE + ["family", "families", "resident", "residents", "survivor", "survivors", "homeless"]
SOLDIERS = PEOPLE + ["soldier", "soldiers", "troop", "troops", "army", "personnel", "rescuer", "rescuers"]
NEED = PEOPLE + ["resident", "residents", "assistance", "aid", "need", "survivor", "survivors"]
MISSING = PEOPLE + ["missing", "unaccounted"]

NEMA = ["national emergency management agency", "emergency management agency", "nema", "agency", "vasko",
        "irena vasko"]
VASKO = ["vasko", "irena vasko", "nema", "national emergency management agency"]
REDCROSS = ["drovanian red cross", "red cross"]
ORSIC = ["orsic", "milan orsic", "kessara general hospital", "hospital"]
DRAVIC = ["dravic", "alen dravic", "prime minister"]
DEFMIN = ["defence ministry", "ministry of defence", "defense ministry", "ministry"]
FERENC = ["ferenc", "dusan ferenc", "provincial council", "upper kesh provincial council"]
UNHUM = ["un humanitarian office", "humanitarian office", "un", "united nations", "ocha"]

# --- Tiguent hostages, Tamsara -------------------------------------------------------------------------------
FREED = PEOPLE + ["hostage", "hostages", "captive", "captives", "freed", "released", "worker", "workers", "miner",
                  "miners", "freed hostages"]
ENGINEERS = FREED + ["engineer", "engineers", "foreigner", "foreigners"]
HELD = PEOPLE + ["hostage", "hostages", "captive", "captives", "held", "worker", "workers", "miner", "miners",
                 "captivity"]
TAKEN = PEOPLE + ["hostage", "hostages", "abducted", "kidnapped", "taken", "seized", "worker", "workers", "miner",
                  "miners", "captive", "captives", "abductee", "abductees"]
GUARDS = PEOPLE + ["guard", "guards", "security guard", "security guards", "killed", "dead"]
RELATIVES_Q = PEOPLE + ["relative", "relatives", "family", "families", "crowd"]
NAMES = PEOPLE + ["name", "names", "hostage", "hostages"]
MONEY_EUR = ["euro", "euros", "money", "ransom", "payment"]

ARMY = ["army", "doumbé", "doumbe", "ibrahim doumbé", "military", "tamsaran army"]
DOUMBE = ["doumbé", "doumbe", "ibrahim doumbé", "army"]
TMWA = ["tiguent mine workers' association", "mine workers' association", "miners' association", "association",
        "traoré", "traore", "moussa traoré"]
TRAORE = ["traoré", "traore", "moussa traoré", "tiguent mine workers' association", "association"]
KONE = ["koné", "kone", "aminata koné", "member of parliament", "mp"]
SOURCE = ["security source", "source"]

# --- Wenlow Valley rail strike -------------------------------------------------------------------------------
TRAINS = ["train", "trains", "service", "services", "cancellation", "cancellations", "cancelled"]
SHARE = ["percent", "share", "train", "trains", "service", "services", "timetable", "cancelled", "cancellation",
         "cancellations"]
RAN = ["train", "trains", "service", "services"]
PASSENGERS = PEOPLE + ["passenger", "passengers", "rider", "riders", "ridership", "journey", "journeys", "trip",
                       "trips", "traveller", "travellers", "commuter", "commuters"]
STRIKERS = PEOPLE + ["member", "members", "crew", "crews", "worker", "workers", "striker", "strikers", "staff",
                     "driver", "drivers", "employee", "employees"]
BUSES = ["bus", "buses", "coach", "coaches", "vehicle", "vehicles"]

WVR = ["wenlow valley railways", "wvr", "operator"]
ATC = ["associated train crews", "atc", "union", "penrose", "gail penrose"]
PENROSE = ["penrose", "gail penrose", "atc", "associated train crews", "union"]
VCOACH = ["valley coaches"]

# --- Santa Celina dengue -------------------------------------------------------------------------------------
CASES = PEOPLE + ["case", "cases", "infection", "infections", "patient", "patients", "dengue"]
CHILD_CASES = CASES + ["child", "children", "adolescent", "adolescents"]
DENGUE_DEAD = PEOPLE + ["death", "deaths", "dead", "died", "victim", "victims", "fatality", "fatalities"]
MUNIC = ["municipality", "municipalities", "city", "cities", "town", "towns"]
PATIENTS = PEOPLE + ["patient", "patients", "case", "cases", "attended"]

SES = ["state health secretariat", "health secretariat", "ses", "secretariat", "bulletin",
       "epidemiological bulletin"]
SIMESC = ["union of physicians of santa celina", "union of physicians", "simesc", "menezes", "caio menezes"]
BRANDAO = ["brandão", "brandao", "otávio brandão", "mayor"]
ALBUQ = ["albuquerque", "renata albuquerque", "regional hospital", "hospital", "director"]

# --- Skarland teachers' ballot -------------------------------------------------------------------------------
VOTERS = PEOPLE + ["member", "members", "teacher", "teachers", "ballot", "ballots", "voter", "voters", "vote",
                   "votes"]
MEMBERS = PEOPLE + ["member", "members", "teacher", "teachers", "membership"]
PCT_VOTE = ["percent", "share", "vote", "votes", "voter", "voters", "member", "members", "teacher", "teachers",
            "ballot", "ballots", "support", "strike"]
TURNOUT = PCT_VOTE + ["turnout"]
PAY = ["percent", "pay", "rise", "raise", "increase", "wage", "wages", "salary", "salaries", "offer", "demand"]
SCHOOLS = ["school", "schools"]

STU = ["skarland teachers' union", "teachers' union", "stu", "union", "dahl", "maren dahl"]
DAHL = ["dahl", "maren dahl", "stu", "skarland teachers' union", "union"]
HOLM = ["holm", "karin holm", "education minister"]
EDMIN = ["education ministry", "ministry", "ministry of education", "holm"]

# --- Kallow Ridge prison riot --------------------------------------------------------------------------------
PRISON_DEAD = PEOPLE + ["inmate", "inmates", "prisoner", "prisoners", "dead", "death", "deaths", "killed", "died",
                        "body", "bodies", "toll", "man", "men"]
PRISON_INJ = PEOPLE + ["injured", "injury", "injuries", "wounded", "casualty", "casualties"]
RIOTERS = PEOPLE + ["inmate", "inmates", "prisoner", "prisoners", "rioter", "rioters"]
CAPACITY = PEOPLE + ["inmate", "inmates", "prisoner", "prisoners", "capacity", "place", "places"]
POPULATION = PEOPLE + ["inmate", "inmates", "prisoner", "prisoners", "population"]
ESCAPED = PEOPLE + ["inmate", "inmates", "prisoner", "prisoners", "escaped", "escapee", "escapees", "fugitive",
                    "fugitives"]

CORR = ["department of corrections", "corrections department", "department"]
OKONJO = ["okonjo-reyes", "paul okonjo-reyes", "justice minister"]
POA = ["prison officers' association", "prison officers association", "officers' association", "poa"]
RELATIVES = ["relatives", "relative", "families", "family", "inmates"]
SANTOS = ["santos", "maria santos", "relatives"]
POLICE = ["police"]

AFFILIATION = {
    "national emergency management agency": "Government of Drovania", "vasko": "Government of Drovania",
    "drovanian red cross": "Red Cross", "orsic": "Hospital", "dravic": "Government of Drovania",
    "defence ministry": "Government of Drovania", "ferenc": "Upper Kesh Provincial Council",
    "un humanitarian office": "UN",
    "army": "Government of Tamsara", "doumbé": "Government of Tamsara",
    "tiguent mine workers' association": "Tiguent Mine Workers' Association",
    "traoré": "Tiguent Mine Workers' Association", "koné": "Parliament", "security source": "Security sources",
    "wenlow valley railways": "Wenlow Valley Railways", "associated train crews": "Union", "penrose": "Union",
    "valley coaches": "Valley Coaches",
    "state health secretariat": "Government of Santa Celina",
    "union of physicians of santa celina": "Physicians' Union", "brandão": "Vargem do Sul City Hall",
    "albuquerque": "Hospital",
    "skarland teachers' union": "Union", "dahl": "Union", "holm": "Government of Skarland",
    "education ministry": "Government of Skarland",
    "department of corrections": "Government of Esterland", "okonjo-reyes": "Government of Esterland",
    "prison officers' association": "Prison Officers' Association", "relatives": "Families", "santos": "Families",
    "police": "Police",
}

A = {}

A["01_drovania-earthquake_ona.txt"] = ("2026-11-18", [
    ("kills at least 86", [], atl(86), QUAKE_DEAD, None, False, "headline"),
    ("15,000 left homeless", [], ex(15000), HOMELESS, None, False, "headline"),
    ("At least 86 people were killed", NEMA, atl(86), QUAKE_DEAD, "2026-11-17", False,
     "'the National Emergency Management Agency (NEMA) said on Wednesday' at the end of the sentence; 'late on "
     "Tuesday'"),
    ("more than 900 injured", NEMA, atl(900), INJURED, "2026-11-17", False, "same sentence as the 86 dead"),
    ("61 of the dead", VASKO, ex(61), QUAKE_DEAD, "2026-11-17", False, "part of the dead (three villages)"),
    ("Around 4,000 homes", REDCROSS, ap(4000, 3600, 4400), HOMES, "2026-11-17", False,
     "'according to the Drovanian Red Cross' at the end of the sentence"),
    ("an estimated 15,000 people homeless", REDCROSS, ex(15000), HOMELESS, "2026-11-17", False,
     "'an estimated 15,000' is the figure 15,000"),
    ("Hundreds of families", [], vg(100, 999), SLEPT_OUT, "2026-11-17", False,
     "'an ONA reporter saw': own voice; 'spent Tuesday night'"),
    ("treated 240 of the injured", ORSIC, ex(240), INJURED, "2026-11-17", False,
     "part of the injured; the quake's injured take its day"),
    ("1,200 soldiers", DRAVIC, ex(1200), SOLDIERS, None, False, "'had been deployed': no stated day"),
])

A["02_drovania-earthquake_t24live.txt"] = ("2026-11-20", [
    ("death toll rises to 143", [], ex(143), QUAKE_DEAD, None, False, "headline"),
    ("has risen to 143", NEMA, ex(143), QUAKE_DEAD, "2026-11-17", False,
     "'Tuesday night's earthquake': the dead take the quake's day, counted on Friday"),
    ("up from 118 on Thursday evening", NEMA, ex(118), QUAKE_DEAD, "2026-11-17", False,
     "the same count on Thursday evening: the quake's dead"),
    ("More than 1,700 people were injured", NEMA, atl(1700), INJURED, "2026-11-17", False,
     "'according to the agency' = NEMA"),
    ("the real toll is \"at least 200\"", FERENC, atl(200), QUAKE_DEAD, "2026-11-17", False, "summary line"),
    ("About 22,000 people have been left homeless", REDCROSS, ap(22000, 19800, 24200), HOMELESS, "2026-11-17"),
    ("its first estimate of 15,000", REDCROSS, ex(15000), HOMELESS, "2026-11-17", False,
     "the Red Cross's earlier figure, restated"),
    ("2,500 soldiers", DEFMIN, ex(2500), SOLDIERS, None, False, "'are now taking part': no stated day"),
    ("between 40,000 and 55,000 people", UNHUM, rng(40000, 55000), NEED, None, False,
     "one estimate given as a range"),
    ("between 40,000 and 55,000 people", UNHUM, rng(40000, 55000), NEED, None, True,
     "second reading: the two ends of the range as two claims; optional"),
    ("The real number is at least 200", FERENC, atl(200), QUAKE_DEAD, "2026-11-17", False,
     "'he said' = Ferenc; the entry repeats the summary line"),
    ("37 people are still listed as missing", NEMA, ex(37), MISSING, None, False,
     "'The agency says' = NEMA; a state with no stated day"),
])

A["03_tamsara-hostages_cns.txt"] = ("2026-11-09", [
    ("free 27 hostages", ARMY, ex(27), FREED, None, False, "headline with its speaker ('army says')"),
    ("freed 27 hostages on Sunday", ARMY, ex(27), FREED, "2026-11-08", False,
     "'the army said' at the end of the sentence"),
    ("among them five foreign engineers", DOUMBE, ex(5), ENGINEERS, "2026-11-08", False, "part of the freed"),
    ("the seven people still held", DOUMBE, ex(7), HELD, "2026-11-08", False,
     "'He said' = Doumbé, in the statement read 'Sunday night'"),
    ("Only 21 people were freed", TRAORE, ex(21), FREED, "2026-11-08", False,
     "the attribution follows: '..., Moussa Traoré, told CNS'"),
    ("at least 14 of the workers", TRAORE, atl(14), HELD, "2026-11-08", False,
     "'are still being held', told 'Sunday evening'; 'Oct. 14' is a date"),
    ("said 34 people were taken", ARMY, ex(34), TAKEN, "2026-10-14", False, "taken in the raid of Oct. 14"),
    ("puts the number at 41", TMWA, ex(41), TAKEN, "2026-10-14"),
    ("Four security guards were killed", [], ex(4), GUARDS, "2026-10-14", False, "own voice; 'in the attack'"),
    ("Dozens of relatives", [], vg(24, 99), RELATIVES_Q, "2026-11-08", False, "'waited through Sunday night'"),
    ("about 2 million euros", SOURCE, ap(2000000, 1800000, 2200000), MONEY_EUR, None, True, "money; optional"),
])

A["04_tamsara-hostages_horizon.txt"] = ("2026-11-14", [
    ("27 hostages freed", ARMY, ex(27), FREED, "2026-11-08", False,
     "'The army's figure has not moved since last Sunday': last Sunday in a Saturday magazine"),
    ("still says that 21 people came home", TRAORE, ex(21), FREED, "2026-11-08"),
    ("We have 21 names", TRAORE, ex(21), NAMES, None, True, "a back-reference in a quote; optional"),
    ("The army has 27 names", TRAORE, ex(27), NAMES, None, True, "a back-reference in a quote; optional"),
    ("confirm the names of 24 freed hostages", [], ex(24), FREED, "2026-11-08", False,
     "the magazine's own count"),
    ("the army spoke of 29 people abducted", ARMY, ex(29), TAKEN, "2026-10-14", False,
     "'In the days after the raid on 14 October': the army's first figure"),
    ("it now says 34", ARMY, ex(34), TAKEN, "2026-10-14", False, "'it' = the army"),
    ("has counted 41 from the start", TMWA, ex(41), TAKEN, "2026-10-14"),
    ("says \"about 40\" were taken", KONE, ap(40, 36, 44), TAKEN, "2026-10-14"),
    ("killed four security guards", [], ex(4), GUARDS, "2026-10-14", False, "own voice; the raid"),
    ("41 — workers the miners' association says were seized", TMWA, ex(41), TAKEN, None, False,
     "'IN NUMBERS' box: treated like a headline, undated"),
    ("27 — hostages the army says it freed", ARMY, ex(27), FREED, None, False, "box line"),
    ("4 — guards killed in the raid", [], ex(4), GUARDS, None, False, "box line, no speaker: own voice"),
])

A["05_wenlow-rail-strike_ashburygazette.txt"] = ("2026-11-13", [
    ("cancels 412 trains", [], ex(412), TRAINS, None, False, "headline"),
    ("to cancel 412 services", [], ex(412), TRAINS, "2026-11-12", False,
     "own voice ('forced ... to cancel'); 'yesterday' in a Friday article"),
    ("78 per cent of its timetable", WVR, ex(78), SHARE, "2026-11-12", False, "'The operator said'"),
    ("\"well over 90 per cent\"", ATC, atl(90), SHARE, "2026-11-12"),
    ("Only 118 trains ran", [], ex(118), RAN, "2026-11-12", False, "own voice"),
    ("about 9,500 passengers", WVR, ap(9500, 8550, 10450), PASSENGERS, "2026-11-12"),
    ("around 61,000 on a normal weekday", WVR, ap(61000, 54900, 67100), PASSENGERS, None, False,
     "a normal weekday: undated"),
    ("said 1,140 of the union's members", PENROSE, ex(1140), STRIKERS, "2026-11-12"),
    ("saying 690 train crew", WVR, ex(690), STRIKERS, "2026-11-12"),
    ("up to 40 extra buses", VCOACH, atm(40), BUSES, "2026-11-12", False, "'up to': upper bound"),
])

A["06_santa-celina-dengue_folhadevargem.txt"] = ("2026-10-30", [
    ("reach 14,862", [], ex(14862), CASES, None, False, "headline"),
    ("emergency is declared in 22 municipalities", [], ex(22), MUNIC, None, False, "headline"),
    ("has confirmed 14,862 cases", SES, ex(14862), CASES, None, False,
     "'this year up to Wednesday (28)': cumulative, undated"),
    ("3.4 times higher", [], ex(3.4), CASES, None, True, "a ratio; optional"),
    ("Eleven deaths", SES, ex(11), DENGUE_DEAD, None, False, "'the secretariat informed'"),
    ("another 19 remain under investigation", SES, ex(19), DENGUE_DEAD, None),
    ("at least 30 people have died", SIMESC, atl(30), DENGUE_DEAD, None, False, "'since January': cumulative"),
    ("account for 4,210 of the confirmed cases", SES, ex(4210), CHILD_CASES, None, False,
     "'according to the bulletin'; part of the cases; 'under 15 years' is an age"),
    ("registers 6,480 confirmed cases", SES, ex(6480), CASES, None, False, "the state bulletin"),
    ("\"more than 9,000 cases\"", BRANDAO, atl(9000), CASES, None, False,
     "'affirmed this Thursday (29)': the day he spoke; a cumulative count"),
    ("a decree of emergency in 22", [], ex(22), MUNIC, "2026-10-29", False,
     "the governor's deed, told by the outlet: own voice; 'signed on Thursday'"),
    ("of the 96 municipalities", [], ex(96), MUNIC, None, True, "a background count of places; optional"),
    ("212 patients with suspicion of dengue", ALBUQ, ex(212), PATIENTS, "2026-10-27", False,
     "'on Tuesday (27) alone'"),
])

A["07_skarland-teachers-vote_npa.txt"] = ("2026-11-04", [
    ("81 percent back strike", [], ex(81), PCT_VOTE, None, False, "headline; 81.4 rounded"),
    ("Of the 31,484 members", STU, ex(31484), VOTERS, None, False, "'the union said' at the end of the sentence"),
    ("81.4 percent voted in favour", STU, ex(81.4), PCT_VOTE, None),
    ("Turnout was 68 percent", STU, ex(68), TURNOUT, None, False, "continues the union's sentence"),
    ("its 46,300 members", STU, ex(46300), MEMBERS, None),
    ("only 55 percent of all members", HOLM, ex(55), PCT_VOTE, None, False,
     "another base (all members), not a dispute of the 81.4"),
    ("The other 45 percent", HOLM, ex(45), PCT_VOTE, None, True, "a complement in a quote; optional"),
    ("a pay rise of 3.5 percent", EDMIN, ex(3.5), PAY, None, False, "'The ministry said its offer'"),
    ("holding out for 9 percent", DAHL, ex(9), PAY, None, False, "'Dahl said'"),
    ("about 2,900 schools", STU, ap(2900, 2610, 3190), SCHOOLS, None, False, "'According to the union'"),
    ("affected at 1,800", EDMIN, ex(1800), SCHOOLS, None, False, "'The ministry put the number'"),
])

A["08_kallow-ridge-prison-riot_esterlandtimes.txt"] = ("2026-11-21", [
    ("Six dead", [], ex(6), PRISON_DEAD, None, False, "headline"),
    ("Six inmates were killed", CORR, ex(6), PRISON_DEAD, "2026-11-19", False,
     "'the Department of Corrections said last night': the riot was 'on Thursday'"),
    ("at least 23 people injured", CORR, atl(23), PRISON_INJ, "2026-11-19"),
    ("\"no more than 80 inmates\"", OKONJO, atm(80), RIOTERS, "2026-11-19", False,
     "'told parliament yesterday': the day he spoke, not the riot's"),
    ("at least 400 prisoners", POA, atl(400), RIOTERS, "2026-11-19"),
    ("dozens of relatives", [], vg(24, 99), RELATIVES_Q, "2026-11-20", False,
     "own voice; 'Outside the prison gates yesterday'"),
    ("at least 11 men had died", RELATIVES, atl(11), PRISON_DEAD, "2026-11-19", False,
     "'Several said' = relatives (what inmates told them)"),
    ("eight from D wing alone", SANTOS, ex(8), PRISON_DEAD, "2026-11-19", False,
     "Santos, quoting her brother; part of the relatives' dead"),
    ("built for 850 inmates", CORR, ex(850), CAPACITY, None, False,
     "'according to the department's own figures'; a capacity"),
    ("held 1,430 on Thursday", CORR, ex(1430), POPULATION, "2026-11-19"),
    ("Five inmates escaped", POLICE, ex(5), ESCAPED, "2026-11-19", False, "'during the riot'; 'police said'"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-3", "01-5", "02-1", "02-2", "02-3", "02-5", "02-11"],
     "dead in the Upper Kesh earthquake (2026-11-17): at least 86, 61 of them from three villages (NEMA; ONA "
     "headline) -> 118 -> 143 (NEMA; T24 headline) vs 'at least 200' (provincial council head Ferenc, twice)"),
    ("F2", "corroborated", ["01-4", "01-9", "02-4"],
     "injured in the earthquake: more than 900, 240 treated at Kessara General Hospital -> more than 1,700 (NEMA): "
     "a rising count nobody disputes"),
    ("F3", "corroborated", ["01-2", "01-7", "02-6", "02-7"],
     "people left homeless by the earthquake: an estimated 15,000 (Red Cross; ONA headline) -> about 22,000 (Red "
     "Cross, restating its first 15,000)"),
    ("F4", "disputed", ["03-1", "03-2", "03-3", "04-1", "04-12", "03-5", "04-2", "04-5"],
     "hostages freed on 2026-11-08: 27, five foreign engineers among them (army; CNS headline; Horizon body and box) "
     "vs 21 (Tiguent Mine Workers' Association, in both outlets) vs 24 names confirmed by Horizon"),
    ("F5", "disputed", ["03-4", "03-6"],
     "people still held on 2026-11-08: seven (army spokesman Doumbé) vs at least 14 workers (the association)"),
    ("F6", "disputed", ["03-7", "03-8", "04-6", "04-7", "04-8", "04-9", "04-11"],
     "people taken in the Tiguent raid of 2026-10-14: 29 at first -> 34 (army) vs 41 (association, in both outlets "
     "and the box) vs 'about 40' (MP Koné)"),
    ("F7", "corroborated", ["03-9", "04-10", "04-13"],
     "security guards killed in the raid: four (both outlets' own voice and the box)"),
    ("F8", "corroborated", ["05-1", "05-2"], "train services cancelled on 2026-11-12: 412 (headline and body)"),
    ("F9", "disputed", ["05-3", "05-4"],
     "share of services cancelled on 2026-11-12: 78 per cent (WVR) vs 'well over 90 per cent' (ATC)"),
    ("F10", "disputed", ["05-8", "05-9"],
     "train crew on strike on 2026-11-12: 1,140 union members (ATC organiser Penrose) vs 690 crew (WVR)"),
    ("F11", "corroborated", ["06-1", "06-3", "06-8"],
     "confirmed dengue cases in Santa Celina in 2026: 14,862, 4,210 of them children and adolescents (SES; "
     "headline)"),
    ("F12", "disputed", ["06-5", "06-7"],
     "dengue deaths in Santa Celina in 2026: 11 confirmed (SES) vs at least 30 (physicians' union Simesc). The 19 "
     "under investigation are left single"),
    ("F13", "disputed", ["06-9", "06-10"],
     "dengue cases in the capital Vargem do Sul: 6,480 (state bulletin) vs 'more than 9,000' (mayor Brandão)"),
    ("F14", "corroborated", ["06-2", "06-11"],
     "municipalities under the emergency decree of 2026-10-29: 22 (headline and body)"),
    ("F15", "corroborated", ["07-1", "07-3"],
     "share of STU ballots cast for a strike: 81.4 percent (union) / 81 percent (headline)"),
    ("F16", "disputed", ["07-10", "07-11"],
     "schools a strike would close or disrupt: about 2,900 (STU) vs 1,800 (education ministry)"),
    ("F17", "disputed", ["08-1", "08-2", "08-7", "08-8"],
     "inmates killed in the Kallow Ridge riot on 2026-11-19: six (Department of Corrections; headline) vs at least "
     "11 (relatives), eight of them from D wing (Maria Santos)"),
    ("F18", "disputed", ["08-4", "08-5"],
     "inmates who took part in the riot: 'no more than 80' (Justice Minister Okonjo-Reyes) vs at least 400 (Prison "
     "Officers' Association)"),
]


if __name__ == "__main__":
    write(HERE, "fresh14.gold.json", A, FACTS, AFFILIATION)
