"""Builds fresh12.gold.json from the annotations below (run: python3 build_gold.py).

The twelfth fresh set, written BLIND on 22 November 2026: 8 invented articles on 5 events, in wire / broadcaster /
newspaper styles (a Reuters-style "KORSK, Saldavia, Oct 19 (NWA) -" dateline with a reporting/editing credit, an
AP-style "SELLICK, Lorvania (Atlas) —" dateline with bare weekdays ("said Wednesday", "11:40 p.m. Tuesday"), an
AFP-style "Vallena (Almendria) (IPA) -" dateline, a broadcaster web piece with subheads and no dateline, a local
paper with a byline and "yesterday", a broadsheet analysis with curly quotes, subheads, "last Saturday" and a
"2 October" date, and a local health story with "yesterday" and yearly figures). Unlike fresh10/fresh11 (disasters
only), the topics follow the dev set's spread:
a constitutional referendum in Saldavia on Sunday 2026-10-18 (2 outlets, 3 days apart: turnout 54.3% preliminary
-> 53.9% final (Central Electoral Commission) vs about 38% (opposition Civic Front, twice) vs 39%-43% -> about 41% /
40.6% (monitoring group Clear Vote; the broadcaster's headline); 2.87 million ballots and 71.2% yes (commission);
about 700,000 fewer voters (Clear Vote's director); protest crowds on Sunday night, about 4,000 (police) vs 15,000
(Civic Front), and on Monday night, about 6,500 (police) vs more than 20,000 (Civic Front)),
a one-day general strike against a pension reform in Almendria on Thursday 2026-11-12 (1 outlet: marchers in
Vallena "tens of thousands" (wire's own voice, headline and lead) / 42,000 (police) vs 310,000 (union CGTA); public
employees on strike 14% (labour ministry) vs 78% (CGTA); flights "hundreds" (own voice) / 214 cancelled (airport
operator); metro ridership down 64% (city transport authority); "dozens" of marchers hurt (organisers);
unemployment 11.4% (statistics office)),
a tunnel collapse at the Brannock copper mine, Lorvania, at 11:40 p.m. on Tuesday 2026-09-22 (2 outlets, 2 days
apart: dead at least six (Ferrox Mining; headline) -> 14 (Ferrox; headline) vs a final toll to "exceed 30"
(union SGL); 19 trapped (Ferrox; headline); miners underground 212 (Ferrox; quoted again by the union) vs at least
240 (SGL, twice); 187 brought up overnight; 27 treated in hospital; 8 more bodies on Thursday; 4 brought out alive
on Wednesday; 7 still missing),
the shelling of Velitsa market, Dravia, on Saturday 2026-10-03 (2 outlets, a wire the next day and an analysis six
days later: dead 23 (governor; headline; again in the analysis) -> 26 (governor's office) vs 19 verified civilians
(Inter-State Monitoring Mission) vs four, "all of them soldiers" (rebel Olmar People's Army, twice), with seven
children among the governor's 23; 58 wounded (governor); people who left Velitsa through the corridor since Friday
2026-10-02: 12,000 -> 21,000 (emergencies ministry) vs about 8,500 -> 14,300 registered (World Refugee Office) vs
"barely 3,000" -> no more than 5,000 (OPA); rebel fighters killed in the past week about 140 (defence ministry)
vs 12 (OPA); 31,000 pre-war inhabitants; more than 1,100 civilian deaths since March 2023 (the mission)),
and the yearly drug-death figures of Kellhaven (1 outlet: 214 deaths last year (Sarn Valley Health Board;
headline) vs "closer to 300" (charity Harbour Lights); up 18% on 2024; nitazenes in 62% (board) / about 60%
(coroner) of last year's deaths, 35% a year earlier; a city of about 350,000).
Annotated by hand by the README rules of ../shared/eval WITHOUT reading the system's code, docs, contracts or README
and WITHOUT running the extractor, claimlog or its tests on these articles (the scorer was run only on a prediction
built from this gold itself, as a self-check). Each claim:
evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice), quantity, subject
nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION), null for the own voice.
Conventions (as in fresh11 and the dev gold):
- A date is the ISO day the counted event happened, resolved against the article's header date. Given when the
  figure's clause (or the event it counts) fixes the day: turnout, ballots, the yes share, the polling stations
  watched or sampled and the "700,000 fewer" voters all take the vote's day 2026-10-18, also when told days later
  ("its preliminary figure of 54.3%", "recorded a turnout of 40.6%" in a report of Wednesday); crowds take their
  night ("on Sunday night" 2026-10-18, "on Monday" 2026-10-19); the strike's marchers, strikers, flights, metro
  fall and hurt marchers take 2026-11-12 ("on Thursday" in a Thursday article); the mine's dead, trapped,
  underground, the union's forecast of the final toll and the 187 "brought to the surface overnight" take the
  collapse's day 2026-09-22 ("Tuesday night's collapse", "went down on Tuesday night"), also when counted later
  ("bringing the number of men killed in Tuesday night's collapse to 14", "The company's 212"); "eight more ...
  yesterday" in a Friday article is 2026-09-24, "brought out alive late on Wednesday" 2026-09-23; the market's
  dead, children, wounded and shoppers take 2026-10-03 ("on Saturday" in a Sunday article, "last Saturday" in a
  Friday one, "counted 23 dead within hours", the mission's 19 "verified" deaths, the OPA's four soldiers).
- Left undated (null): headlines; cumulative counts over several days ("had left Velitsa since the corridor
  opened on Friday", "had registered ... by Sunday morning", "by Wednesday evening", the 26 dead "By Wednesday"
  (deaths on Saturday and later days), "over the past week", "in that time"); states without a stated day ("Seven
  men are still missing", "had treated 27 miners"); yearly or monthly figures ("last year", "A year earlier",
  "11.4% in September", "since ... March 2023"); populations, staff numbers and rates.
- Speakers: an attribution before or after the figure covers every figure of that sentence ("Police put the number
  ...", "..., the mine's owner said Wednesday", "..., according to the city transport authority", "..., the agency
  said"); pronouns ("it said" = the labour ministry, "she said" = Korbel / Varga, "It said" = Clear Vote) are
  resolved to the named party; a sentence that only continues the previous one keeps its speaker ("A year earlier
  the share was 35%" = the board); "Independent observers say" in a lead is Clear Vote, named in the next
  paragraph, and "observers say" in a headline likewise; "Organisers" of the strike are the CGTA, which called it;
  "the official turnout of 54.3%" is the commission's figure (it is named at the end of the sentence), like the dev
  gold's "the official turnout of more than 8 million"; a number a source quotes from another party keeps that
  party ("The company's 212 is a fiction" inside the union leader's quote = Ferrox, the union also accepted, like
  the dev gold's x5); the OPA's "first account: four soldiers killed" is the OPA's. A figure the outlet states in
  its own words, including an actor's deed with no reporting verb ("Four miners were brought out alive", "Seven
  men are still missing") and unattributed headlines ("Six killed, 19 trapped", "toll rises to 14", "as tens of
  thousands march", "reach record 214"), is the article's own voice; a headline with a trailing speaker ("kills 23
  civilians, Dravian governor says", "observers say turnout was 41%") is that speaker's.
- Affiliation: the side in the dispute when clear ("Government of Saldavia" for the commission, "Opposition",
  "Observers", "Police", "Union", "Government of Almendria", "Ferrox Mining", "Hospital", "Government of Dravia",
  "Olmar People's Army", "World Refugee Office", "Inter-State Monitoring Mission", "Sarn Valley Health Board",
  "Coroner", "Harbour Lights"); null for the own voice and for bystanding operators (airport operator, city
  transport authority).
- Quantities: "about"/"some" = +-10% ("about 38%" -> 34.2..41.8); "more than", "at least", "exceed" = lower bound;
  "barely", "no more than", "closer to" = upper bound with a plausible low; "hundreds" 100..999, "hundreds of
  thousands" 100,000..999,999, "tens of thousands" 10,000..99,999, "dozens" 24..99; "between 39% and 43%" is one
  estimate given as a range (value null, 39..43) plus an optional second reading, like the dev gold's x2/x3.
- Optional: a range's second reading; the rejected figure in a headline ("not 54%", like the dev gold's cz2/gz2);
  fractions worded as counts ("nine out of ten teachers", "Three in four of those who died"), whose interval admits
  both readings (9..90, 3..75); a back-reference in a paraphrase ("He said the seven were thought to be");
  a mass ("41,000 tonnes of copper"); a rate ("61 drug deaths per 100,000 people"); "two other towns".
- Not claims: ages ("61", "58", "was 19"), years (1987, 2014, 2019, 2023, 2024, 2034), retirement ages and
  contribution years ("from 63 to 66", "from 38 to 41 years"), durations ("five to seven years", "30 years", "for
  hours", "almost a day", "Six days", "11 weeks", "the last hour", "the past week"), ordinals ("two-term limit",
  "second night", "second day", "second general strike", "the first to be held"), times ("11:40 p.m."), dates ("1
  January", "3 December", "2 October"), distances and depths ("hundreds of metres", "600 metres", "30 metres", "40
  km"), ratios ("hundreds of times stronger", "more than four times the national average") and "not a single"/"no
  civilians".
- Facts: parts are grouped with their total (the governor's seven children with his 23 dead). A rising count from
  the same sources stays in one fact (the toll 6 -> 14, the corridor's 12,000 -> 21,000 and 8,500 -> 14,300). Left
  out: increments ("eight more", "more of the wounded died"), the rescued, surfaced and missing (other quantities
  of the mine's 212: 187 brought up, 4 alive, 7 missing), the 35% of 2024 (another year than the 62%/60%),
  the "700,000 fewer" (a difference), and single figures.
- Statuses: the dev gold's three only. disputed = different sources give incompatible figures; corroborated = the
  figures agree (a source and a headline or the outlet's own voice, or two sources); consistent is not used here.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import ap, atl, atm, ex, rng, vg, write  # noqa: E402



def either(v, lo, hi):
    """A fraction worded as a count ("nine out of ten"): the interval admits both readings."""
    return dict(value=v, low=lo, high=hi, approx="approximate")


PEOPLE = ["people", "person"]

# --- Saldavia referendum ---------------------------------------------------------------------------------
TURNOUT = PEOPLE + ["turnout", "voter", "voters", "vote", "votes", "ballot", "ballots", "participation", "percent",
                    "participant"]
VOTERS = PEOPLE + ["voter", "voters", "vote", "votes", "ballot", "ballots", "turnout"]
YES = ["percent", "vote", "votes", "voter", "voters", "ballot", "ballots", "yes", "share", "amendment",
       "amendments", "favour"]
BALLOTS = ["ballot", "ballots", "vote", "votes", "voter", "voters"]
STATIONS = ["polling station", "polling stations", "station", "stations", "polling place", "polling places"]
CROWD = PEOPLE + ["protester", "protesters", "demonstrator", "demonstrators", "crowd", "participant", "attendee",
                  "attendees", "marcher", "marchers", "rally"]

CEC = ["central electoral commission", "electoral commission", "commission", "cec", "dudek"]
CF = ["civic front", "front", "opposition", "vostrova"]
VOSTROVA = ["vostrova", "irena vostrova", "civic front", "front leader"]
CV = ["clear vote", "observers", "monitoring group", "observer group", "korbel"]
KORBEL = ["korbel", "jana korbel", "clear vote"]
POLICE = ["police"]

# --- Almendria general strike ----------------------------------------------------------------------------
STRIKERS = PEOPLE + ["worker", "workers", "striker", "strikers", "employee", "employees", "walkout"]
STRIKE_PCT = STRIKERS + ["percent", "share", "public employees", "civil servant", "civil servants"]
TEACH_PCT = STRIKE_PCT + ["teacher", "teachers"]
FLIGHTS = ["flight", "flights", "cancellation", "cancellations"]
METRO = ["passenger", "passengers", "ridership", "rider", "riders", "percent", "metro", "fall", "drop", "journey"]
HURT = PEOPLE + ["marcher", "marchers", "injured", "hurt", "protester", "protesters", "casualty", "casualties",
                 "injury", "injuries"]
UNEMP = ["unemployment", "unemployment rate", "percent", "rate", "jobless", "unemployed"]

CGTA = ["cgta", "union", "union confederation", "cgta union confederation", "organisers", "organizers", "ferrán"]
LABOUR = ["labour ministry", "labor ministry", "ministry of labour", "ministry"]
AIRPORT = ["airport operator", "operator", "airport"]
TRANSPORT = ["city transport authority", "transport authority", "authority"]
STATS = ["national statistics office", "statistics office"]

# --- Brannock mine collapse --------------------------------------------------------------------------------
DEAD = PEOPLE + ["miner", "miners", "dead", "death", "deaths", "toll", "killed", "victim", "body", "bodies", "man",
                 "men", "worker", "workers"]
BODY = DEAD
TRAPPED = PEOPLE + ["miner", "miners", "trapped", "missing", "man", "men", "worker", "workers"]
UNDER = PEOPLE + ["miner", "miners", "worker", "workers", "underground", "man", "men", "contractor", "contractors",
                  "shift", "night shift"]
SURFACED = PEOPLE + ["miner", "miners", "rescued", "brought", "evacuated", "man", "men", "survivor", "survivors"]
ALIVE = SURFACED + ["alive"]
INJ_M = PEOPLE + ["miner", "miners", "injured", "injury", "injuries", "patient", "patients", "treated",
                  "casualty", "casualties"]
EMPLOY = PEOPLE + ["employee", "employees", "worker", "workers", "staff", "job", "jobs", "miner", "miners",
                   "workforce"]
TONNES = ["copper", "tonne", "tonnes", "ton", "tons", "output", "production"]

FERROX = ["ferrox", "ferrox mining", "company", "mine's owner", "owner", "salo"]
SALO = ["salo", "henrik salo", "ferrox"]
HOSP = ["regional hospital", "hospital"]
SGL = ["sgl", "union", "miners' union", "miners union", "miners' union of lorvania", "wenz"]
WENZ = ["wenz", "dorota wenz", "sgl", "union"]

# --- Velitsa market shelling ---------------------------------------------------------------------------------
CIV_DEAD = PEOPLE + ["civilian", "civilians", "dead", "death", "deaths", "killed", "toll", "victim", "victims",
                     "soldier", "soldiers", "casualty", "casualties"]
CHILD_DEAD = CIV_DEAD + ["child", "children"]
WOUNDED = PEOPLE + ["wounded", "injured", "casualty", "casualties", "civilian", "civilians", "injury", "injuries"]
SHOPPERS = PEOPLE + ["shopper", "shoppers", "civilian", "civilians", "customer", "customers", "crowd"]
EVAC = PEOPLE + ["evacuee", "evacuees", "evacuated", "civilian", "civilians", "refugee", "refugees", "resident",
                 "residents", "displaced", "registered"]
FIGHTERS = PEOPLE + ["fighter", "fighters", "rebel", "rebels", "man", "men", "soldier", "soldiers", "dead",
                     "killed", "loss", "losses"]
POP = PEOPLE + ["inhabitant", "inhabitants", "resident", "residents", "population"]
TOWNS = ["town", "towns"]

GOV = ["governor", "lanko", "viktor lanko", "governor's office"]
OPA = ["olmar people's army", "opa", "rebels", "dagh"]
DAGH = ["dagh", "ruslan dagh", "opa", "olmar people's army"]
EMERG = ["emergencies ministry", "emergency ministry", "ministry of emergencies"]
DEFENCE = ["defence ministry", "ministry of defence"]
WRO = ["world refugee office", "wro", "refugee office", "illic"]
ISMM = ["inter-state monitoring mission", "monitoring mission", "mission", "ismm", "varga"]
VARGA = ["varga", "anneli varga", "monitoring mission", "inter-state monitoring mission"]

# --- Kellhaven drug deaths -------------------------------------------------------------------------------------
DRUG_DEAD = PEOPLE + ["death", "deaths", "dead", "drug death", "drug deaths", "overdose", "overdoses", "died",
                      "victim", "victims", "fatality", "fatalities"]
RISE = DRUG_DEAD + ["percent", "rise", "increase"]
NITAZENE = ["percent", "death", "deaths", "share", "nitazene", "nitazenes", "case", "cases", "drug deaths"]
MEN_PCT = PEOPLE + ["percent", "men", "man", "death", "deaths", "share", "died"]
RATE = PEOPLE + ["rate", "death rate", "death", "deaths", "drug deaths"]

BOARD = ["sarn valley health board", "health board", "board", "report", "qadir"]
AMADI = ["amadi", "ruth amadi", "coroner", "senior coroner"]
HL = ["harbour lights", "charity", "reyes"]
QADIR = ["qadir", "imran qadir", "health board"]

AFFILIATION = {
    "central electoral commission": "Government of Saldavia",
    "civic front": "Opposition", "vostrova": "Opposition",
    "clear vote": "Observers", "korbel": "Observers",
    "police": "Police",
    "cgta": "Union", "labour ministry": "Government of Almendria", "national statistics office":
        "Government of Almendria", "airport operator": None, "city transport authority": None,
    "ferrox": "Ferrox Mining", "salo": "Ferrox Mining", "regional hospital": "Hospital",
    "sgl": "Union", "wenz": "Union",
    "governor": "Government of Dravia", "emergencies ministry": "Government of Dravia",
    "defence ministry": "Government of Dravia",
    "olmar people's army": "Olmar People's Army", "dagh": "Olmar People's Army",
    "world refugee office": "World Refugee Office",
    "inter-state monitoring mission": "Inter-State Monitoring Mission", "varga": "Inter-State Monitoring Mission",
    "sarn valley health board": "Sarn Valley Health Board", "qadir": "Sarn Valley Health Board",
    "amadi": "Coroner", "harbour lights": "Harbour Lights",
}

A = {}

A["01_saldavia-referendum-turnout_nwa.txt"] = ("2026-10-19", [
    ("the official turnout of 54.3%", CEC, ex(54.3), TURNOUT, "2026-10-18", False,
     "the official figure is the commission's, named at the end of the sentence; the opposition rejects it"),
    ("said 2.87 million people had cast ballots", CEC, ex(2870000), VOTERS, "2026-10-18"),
    ("71.2% of them had voted in favour", CEC, ex(71.2), YES, "2026-10-18", False, "a share of the 2.87 million"),
    ("watched the voting at 1,940 polling stations", CF, ex(1940), STATIONS, "2026-10-18"),
    ("recorded a turnout of about 38%", CF, ap(38, 34.2, 41.8), TURNOUT, "2026-10-18"),
    ("Hundreds of thousands of ballots appeared from nowhere", VOSTROVA, vg(100000, 999999), BALLOTS, "2026-10-18",
     False, "'in the last hour of voting': the vote's day"),
    ("put turnout at between 39% and 43%", CV, rng(39, 43), TURNOUT, "2026-10-18", False,
     "one estimate given as a range"),
    ("put turnout at between 39% and 43%", CV, rng(39, 43), TURNOUT, "2026-10-18", True,
     "second reading: the two ends of the range as two claims; optional"),
    ("Police said about 4,000 people gathered", POLICE, ap(4000, 3600, 4400), CROWD, "2026-10-18"),
    ("put the crowd at 15,000", CF, ex(15000), CROWD, "2026-10-18", False,
     "'The Civic Front, which organised the rally, put the crowd at 15,000'"),
])

A["02_saldavia-referendum-turnout_sbcnews.txt"] = ("2026-10-22", [
    ("observers say turnout was 41%", CV, ex(41), TURNOUT, None, False, "headline with its speaker"),
    ("not 54%", CEC, ex(54), TURNOUT, None, True,
     "the rejected figure in the headline; whose it is is not said there; optional"),
    ("only about 41% of voters took part", CV, ap(41, 36.9, 45.1), TURNOUT, "2026-10-18", False,
     "'Independent observers say': Clear Vote, named in the next paragraph"),
    ("recorded a turnout of 40.6%", CV, ex(40.6), TURNOUT, "2026-10-18", False,
     "in a report of Wednesday; the turnout is Sunday's"),
    ("a sample of 600 polling stations", CV, ex(600), STATIONS, "2026-10-18"),
    ("put turnout at 53.9%", CEC, ex(53.9), TURNOUT, "2026-10-18", False, "final results, released on Tuesday"),
    ("its preliminary figure of 54.3%", CEC, ex(54.3), TURNOUT, "2026-10-18", False,
     "a restated earlier figure of the same vote"),
    ("about 700,000 fewer people voted than the commission reported", KORBEL, ap(700000, 630000, 770000),
     VOTERS + ["difference"], "2026-10-18", False, "a difference, not the turnout ('she said' = Korbel)"),
    ("recorded a turnout of about 38%", CF, ap(38, 34.2, 41.8), TURNOUT, "2026-10-18"),
    ("Police said about 6,500 people joined", POLICE, ap(6500, 5850, 7150), CROWD, "2026-10-19"),
    ("more than 20,000 had taken part", CF, atl(20000), CROWD, "2026-10-19"),
])

A["03_almendria-pension-strike_ipa.txt"] = ("2026-11-12", [
    ("as tens of thousands march", [], vg(10000, 99999), CROWD, None, False, "headline"),
    ("Tens of thousands of people marched through Vallena on Thursday", [], vg(10000, 99999), CROWD, "2026-11-12"),
    ("grounded hundreds of flights", [], vg(100, 999), FLIGHTS, "2026-11-12"),
    ("put the number of marchers in the capital at 42,000", POLICE, ex(42000), CROWD, "2026-11-12"),
    ("said 310,000 people had marched in Vallena", CGTA, ex(310000), CROWD, "2026-11-12"),
    ("more than 2 million workers had walked out nationwide", CGTA, atl(2000000), STRIKERS, "2026-11-12"),
    ("Only 14% of public employees stayed away from work on Thursday", LABOUR, ex(14), STRIKE_PCT, "2026-11-12",
     False, "'it said in a statement' after the figure = the labour ministry"),
    ("the union said 78% had joined the strike", CGTA, ex(78), STRIKE_PCT, "2026-11-12", False,
     "78% of public employees, against the ministry's 14%"),
    ("including nine out of ten teachers", CGTA, either(90, 9, 90), TEACH_PCT, "2026-11-12", True,
     "a fraction worded as a count; the interval admits 9 and 90; optional"),
    ("said 214 flights had been cancelled", AIRPORT, ex(214), FLIGHTS, "2026-11-12"),
    ("carried 64% fewer passengers than on an ordinary Thursday", TRANSPORT, ex(64), METRO, "2026-11-12"),
    ("dozens of marchers had been hurt", CGTA, vg(24, 99), HURT, "2026-11-12", False,
     "'Organisers said': the CGTA called the strike"),
    ("unemployment rate stood at 11.4% in September", STATS, ex(11.4), UNEMP, None),
])

A["04_brannock-mine-collapse_atlaswire.txt"] = ("2026-09-23", [
    ("Six killed", [], ex(6), DEAD, None, False, "headline"),
    ("19 trapped after copper mine collapse", [], ex(19), TRAPPED, None, False, "headline"),
    ("killed at least six miners", FERROX, atl(6), DEAD, "2026-09-22", False,
     "'the mine's owner said Wednesday' at the end of the sentence; the collapse was at 11:40 p.m. Tuesday"),
    ("and left 19 trapped", FERROX, ex(19), TRAPPED, "2026-09-22"),
    ("The company said 212 miners had been underground at the time", FERROX, ex(212), UNDER, "2026-09-22"),
    ("187 were brought to the surface overnight", FERROX, ex(187), SURFACED, "2026-09-22", False,
     "overnight after the Tuesday-night collapse: the event's day"),
    ("said it had treated 27 miners for injuries", HOSP, ex(27), INJ_M, None),
    ("said at least 240 people had gone down for the night shift", WENZ, atl(240), UNDER, "2026-09-22"),
    ("employs about 1,300 people", [], ap(1300, 1170, 1430), EMPLOY, None),
    ("produced 41,000 tonnes of copper", [], ex(41000), TONNES, None, True, "a mass, not a count; optional"),
    ("killed 11 miners", [], ex(11), DEAD, None, False, "background: a 2019 explosion at another mine"),
])

A["05_brannock-mine-collapse_kesselcourier.txt"] = ("2026-09-25", [
    ("toll rises to 14", [], ex(14), DEAD, None, False, "headline"),
    ("recovered the bodies of eight more miners yesterday", FERROX, ex(8), BODY, "2026-09-24", False,
     "an increment; 'yesterday' in a Friday article"),
    ("bringing the number of men killed in Tuesday night's collapse to 14", FERROX, ex(14), DEAD, "2026-09-22"),
    ("Four miners were brought out alive late on Wednesday", [], ex(4), ALIVE, "2026-09-23"),
    ("Seven men are still missing", [], ex(7), TRAPPED, None),
    ("He said the seven were thought to be", SALO, ex(7), TRAPPED, None, True, "a back-reference; optional"),
    ("expected the final toll to \"exceed 30\"", SGL, atl(30), DEAD, "2026-09-22", False,
     "a forecast of the collapse's final toll"),
    ("Our members say at least 240 went down on Tuesday night", WENZ, atl(240), UNDER, "2026-09-22"),
    ("The company's 212 is a fiction", FERROX + WENZ, ex(212), UNDER, "2026-09-22", False,
     "the company's figure quoted by the union leader: Ferrox, the union also accepted"),
])

A["06_velitsa-market-shelling_tna.txt"] = ("2026-10-04", [
    ("kills 23 civilians, Dravian governor says", GOV, ex(23), CIV_DEAD, None, False, "headline with its speaker"),
    ("killing 23 civilians", GOV, ex(23), CIV_DEAD, "2026-10-03", False,
     "'the governor of Dravia's Olmar region said on Sunday' at the end of the sentence"),
    ("including seven children", GOV, ex(7), CHILD_DEAD, "2026-10-03", False, "part of the 23"),
    ("and wounding 58", GOV, ex(58), WOUNDED, "2026-10-03"),
    ("when hundreds of people were buying food", GOV, vg(100, 999), SHOPPERS, "2026-10-03"),
    ("four people had been killed", DAGH, ex(4), CIV_DEAD, "2026-10-03", False, "'all of them soldiers'"),
    ("said 12,000 people had left Velitsa since the corridor opened on Friday", EMERG, ex(12000), EVAC, None),
    ("\"barely 3,000\" had used it", OPA, atm(3000, 2500), EVAC, None),
    ("said about 8,500 people from Velitsa had registered", WRO, ap(8500, 7650, 9350), EVAC, None),
    ("had killed about 140 rebel fighters", DEFENCE, ap(140, 126, 154), FIGHTERS, None),
    ("it had lost 12 men in that time", OPA, ex(12), FIGHTERS, None),
])

A["07_velitsa-market-shelling_northernreview.txt"] = ("2026-10-09", [
    ("counted 23 dead within hours", GOV, ex(23), CIV_DEAD, "2026-10-03", False,
     "'last Saturday' in a Friday article"),
    ("By Wednesday its count had reached 26", GOV, ex(26), CIV_DEAD, None, False,
     "deaths on Saturday and later days: undated"),
    ("four soldiers killed at what it calls an ammunition depot", OPA, ex(4), CIV_DEAD, "2026-10-03", False,
     "the OPA's 'first account'"),
    ("had verified the deaths of 19 civilians", ISMM, ex(19), CIV_DEAD, "2026-10-03"),
    ("recorded more than 1,100 civilian deaths in Olmar", VARGA, atl(1100), CIV_DEAD, None, False,
     "'she said' = Varga; since March 2023"),
    ("21,000 people had been evacuated through the corridor", EMERG, ex(21000), EVAC, None),
    ("the town had 31,000 inhabitants", [], ex(31000), POP, None),
    ("14,300 people from Velitsa had registered", WRO, ex(14300), EVAC, None, False,
     "'the agency said' at the end of the sentence"),
    ("and two other towns", WRO, ex(2), TOWNS, None, True, "a count of towns; optional"),
    ("says no more than 5,000 people have used it", OPA, atm(5000), EVAC, None),
])

A["08_kellhaven-drug-deaths_kellhavencourier.txt"] = ("2026-11-18", [
    ("reach record 214", [], ex(214), DRUG_DEAD, None, False, "headline"),
    ("rose to a record 214 last year", BOARD, ex(214), DRUG_DEAD, None, False, "a yearly figure: undated"),
    ("up 18% on 2024", BOARD, ex(18), RISE, None),
    ("62% of the deaths involved nitazenes", BOARD, ex(62), NITAZENE, None, False, "'The board's annual report'"),
    ("A year earlier the share was 35%", BOARD, ex(35), NITAZENE, None, False,
     "continues the previous sentence: the board's report"),
    ("Three in four of those who died were men", BOARD, either(75, 3, 75), MEN_PCT, None, True,
     "a fraction worded as a count; the interval admits 3 and 75; optional"),
    ("had been found in about 60% of the drug deaths she investigated", AMADI, ap(60, 54, 66), NITAZENE, None,
     False, "'told the Courier that'"),
    ("closer to 300", HL, atm(300, 270), DRUG_DEAD, None),
    ("rate of 61 drug deaths per 100,000 people", QADIR, ex(61), RATE, None, True, "a rate; optional"),
    ("a port city of about 350,000 people", [], ap(350000, 315000, 385000), POP, None),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-5", "01-7", "02-1", "02-3", "02-4", "02-6", "02-7", "02-9"],
     "turnout of the Saldavia referendum (2026-10-18): 54.3% preliminary -> 53.9% final (Central Electoral "
     "Commission) vs about 38% (Civic Front, in both outlets) vs 39%-43% -> about 41% / 40.6% (Clear Vote; SBC "
     "headline)"),
    ("F2", "disputed", ["01-9", "01-10"],
     "protesters outside the commission on Sunday night 2026-10-18: about 4,000 (police) vs 15,000 (Civic Front)"),
    ("F3", "disputed", ["02-10", "02-11"],
     "protesters on Monday night 2026-10-19: about 6,500 (police) vs more than 20,000 (Civic Front)"),
    ("F4", "disputed", ["03-1", "03-2", "03-4", "03-5"],
     "marchers in Vallena on 2026-11-12: tens of thousands (IPA's headline and lead) / 42,000 (police) vs 310,000 "
     "(CGTA)"),
    ("F5", "disputed", ["03-7", "03-8"],
     "public employees on strike on 2026-11-12: 14% (labour ministry) vs 78% (CGTA)"),
    ("F6", "corroborated", ["03-3", "03-10"],
     "flights cancelled on 2026-11-12: hundreds (IPA's own voice) / 214 (Vallena airport operator)"),
    ("F7", "disputed", ["04-1", "04-3", "05-1", "05-3", "05-7"],
     "dead in the Brannock mine collapse (2026-09-22): at least six (Ferrox; Atlas headline) -> 14 (Ferrox; "
     "Courier headline) vs a final toll to 'exceed 30' (union SGL)"),
    ("F8", "corroborated", ["04-2", "04-4"], "miners trapped by the collapse: 19 (Ferrox; Atlas headline)"),
    ("F9", "disputed", ["04-5", "04-8", "05-8", "05-9"],
     "people underground when the tunnel collapsed: 212 (Ferrox, and as quoted by the union) vs at least 240 (SGL's "
     "Dorota Wenz, in both outlets)"),
    ("F10", "disputed", ["06-1", "06-2", "06-3", "06-6", "07-1", "07-2", "07-3", "07-4"],
     "dead in the shelling of Velitsa market (2026-10-03): 23 incl. 7 children (governor; TNA headline; again in "
     "the analysis) -> 26 (governor's office) vs 19 verified civilians (Inter-State Monitoring Mission) vs four, "
     "all soldiers (OPA, in both outlets)"),
    ("F11", "disputed", ["06-7", "06-8", "06-9", "07-6", "07-8", "07-10"],
     "people who left Velitsa through the corridor since 2026-10-02: 12,000 -> 21,000 (emergencies ministry) vs "
     "about 8,500 -> 14,300 registered (World Refugee Office) vs 'barely 3,000' -> no more than 5,000 (OPA)"),
    ("F12", "disputed", ["06-10", "06-11"],
     "rebel fighters killed around Velitsa in the past week: about 140 (defence ministry) vs 12 (OPA)"),
    ("F13", "disputed", ["08-1", "08-2", "08-8"],
     "drug deaths in Kellhaven last year: 214 (Sarn Valley Health Board; headline) vs 'closer to 300' (Harbour "
     "Lights)"),
    ("F14", "corroborated", ["08-4", "08-7"],
     "share of last year's drug deaths involving nitazenes: 62% (health board) / about 60% (coroner). The 35% of "
     "2024 is another year and left out"),
]


if __name__ == "__main__":
    write(HERE, "fresh12.gold.json", A, FACTS, AFFILIATION)
