"""Builds fresh15.gold.json from the annotations below (run: python3 -B build_gold.py).

The fifteenth fresh set, written BLIND on 22 November 2026: 8 invented articles on 6 events, in Indian daily / UK
tabloid / US newspaper / local TV / African news site / Asian wire / Asian business daily / Pacific news site styles
(an Indian English daily's "Sarvapur:" dateline with "here on Sunday", "told this newspaper", "As per eyewitnesses",
lakh and crore figures, "ex gratia of Rs 4 lakh" and a helpline number; a UK tabloid with a capitalised headline and
first word, a standfirst, a byline, one-sentence paragraphs, "said last night", "yesterday alone", ages after names,
"fumed", "slammed" and "£1.8million"; a US metro daily with a byline, bare weekdays, "Thursday, Oct. 29", a
preliminary prosecutor's statement and a lawyer's quote; a local TV station's page with "Posted:"/"Updated:" lines,
a "(KCBN) —" dateline, a tip-line number and a copyright line; an African news site's exam-results story with curly
quotes, "announced yesterday", "pc" / "per cent" and an SMS short code; a Bernama-style "BANDAR SETIA, Nov 8 (MNA) --"
wire with "today", "as of 6 pm", "namely" and a closing "-- MNA"; an Asian business daily's "KUALA SERAI:" story with
"yesterday", "on Sunday (Nov 8)", share prices and an analysts' revenue range; and a New Zealand Pacific news site's
story with curly quotes, "told Moana News", a census figure and a clumsy "Foreign Minister's office said").
Topics are kept apart from the earlier sets (referendum turnout, general strike, mine collapse, market shelling,
drug deaths, ferry capsizing, refugees at a border, wildfire, heatwave deaths, drugs raids, factory closure, chlorine
leak, tram derailment, migrant boat, measles, bus crash, hunger strike, blizzard, cruise norovirus, earthquake,
hostages, rail strike, dengue, teachers' ballot, prison riot):
a stampede at the Maa Bhairavi temple, Sarvapur, during the Bhairavi Jatra at about 5.40 am on Sunday 2026-11-15 (1
outlet, Monday 2026-11-16: dead "18" (headline) / at least 18, seven women and three children among them (own voice)
/ 18 bodies (Collector Mahapatra) vs "not less than 30" (Leader of Opposition Jena); injured over 40 (headline and own
voice) / 43 admitted (Collector); crowd at the time around 2.5 lakh (SP Rath) vs "well over five lakh" (temple trust);
nearly 12 lakh devotees since Saturday evening and about 8 lakh last year (trust secretary Sahu); police deployed
1,200 (SP) vs barely 200 (Sahu); over 1.2 crore pilgrims a year (own voice)),
a two-day nurses' strike at Marshfield and Kelbury Hospitals Trust on Tuesday 2026-11-10 and Wednesday 2026-11-11
(1 outlet, Thursday 2026-11-12: "1,100 ops axed" (headline) / more than 1,100 (own voice) / 1,140 procedures and
appointments, 312 operations of them yesterday (trust) vs just 390 operations (union NASU); strikers more than 2,000
(NASU organiser Dobson) vs around 1,300 of 4,600 nursing staff (trust); more than 58,000 on the waiting list and an
87 per cent strike vote (own voice)),
the march over the police killing of Jalen Corbett in Calloway Bend on Saturday 2026-10-31, after the shooting late
on Thursday 2026-10-29 (2 outlets: a newspaper on Sunday 2026-11-01 and a TV station's page on Monday 2026-11-02:
crowd "thousands" (own voice) / about 2,000 (police) -> about 3,500 "up from their earlier estimate of 2,000" (police)
vs more than 10,000 (the Justice for Jalen coalition, in both) -> close to 15,000 (coalition spokeswoman Barnes);
arrested on Saturday 14 (police) vs 22 detained (legal observers); three more arrested at the Sunday vigil (headline
and body) and 17 since Saturday (police); several hundred at the vigil (own voice); rounds fired 11 (prosecutor's
office, in both) vs "at least 16 shots" (family lawyer Okafor, in both); three officers injured (Chief Whitcomb)),
the results of the Tanjara Certificate of Secondary Education announced on Thursday 2026-11-19 (1 outlet, Friday
2026-11-20: pass rate 46.2 per cent (headline and minister Nyangoma), 51.8 per cent last year; 584,912 candidates,
270,230 of them with C+ and above (minister); 48.9 per cent of girls and 43.4 per cent of boys (the council);
results cancelled 2,371 (headline and minister) vs "at least 5,000" withheld or cancelled (teachers' union TUT)),
Cyclone Keshari's landfall in Malindra at about 4.30 pm on Sunday 2026-11-08 (2 outlets: a wire on Sunday 2026-11-08
and a business daily on Wednesday 2026-11-11: evacuees more than 310,000 (headline and own voice) / 312,486 in 1,842
relief centres as of 6 pm, 146,220 of them in Sarawi (NDMA director-general Rosnah) -> 356,000 in relief centres on
Tuesday morning (NDMA); deaths two (police) -> five, "up from two on Sunday" (NDMA); fishermen missing at least 27
(fishermen's association) vs nine (NDMA); about 1,500 personnel mobilised (Sarawi state government); flights
cancelled at the two airports on Sunday 86 (MAHB, in both); AirMalindra's 438 flights, SkyPelang's 176, "more than
600" (headline); stranded passengers about 38,000 (AirMalindra) vs "as many as 60,000" (travel agents' MATA);
capacity back to about 70 per cent on Tuesday (AirMalindra chief executive Latiff)),
and a landslide that buried Pangeri village, Tovuaka, at about 3am on Friday 2026-10-23 (1 outlet, Sunday
2026-10-25: buried more than 300 (headline; provincial administrator Kapina) vs 64 confirmed missing (National
Disaster Centre), nine bodies recovered (NDC); houses buried about 150 (IOM) vs "more than 60" (provincial
officials); about 1,250 displaced (IOM); village population about 900 (2021 census) vs "easily 1,500" (MP Yakopa)).
Annotated by hand by the README rules of ../shared/eval and the dev gold's conventions WITHOUT reading the system's
code, docs, contracts or README (nor any corpus_* folder but fresh14's build_gold.py, read for the format and the
conventions) and WITHOUT running the extractor, claimlog or its tests on these articles (the scorer was run only on
a prediction built from this gold itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (as in fresh14 and the dev gold):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause (or the event it counts) fixes the day: the stampede's dead (with the seven women and three
  children among them), injured and the crowd "at the time of the incident" take the stampede's day "on Sunday
  morning" 2026-11-15, also the Collector's "18 bodies" and "43 injured persons" (told on Monday's paper) and the
  opposition leader's "not less than 30" (the toll of the stampede, said on Sunday evening); "312 operations
  yesterday alone" in a Thursday paper 2026-11-11; the march's crowd, its arrests, the legal observers' detentions
  and the officers injured take the march's day "Saturday" 2026-10-31, also when told on Monday ("now say about
  3,500 ... up from their earlier estimate of 2,000", "close to 15,000", "had put Saturday's crowd at more than
  10,000"); the rounds fired and the shots heard take the shooting's day "Thursday, Oct. 29" 2026-10-29, also in
  the Monday piece ("again said", "has said"); the vigil's crowd and its three arrests "on Sunday night" 2026-11-01;
  the evacuees in relief centres "as of 6 pm" today (Sunday wire) 2026-11-08, and the lede's "have been evacuated
  ... as Cyclone Keshari made landfall ... today" the same day; "356,000 people were in relief centres on Tuesday
  morning" 2026-11-10; flights cancelled "today" (wire) / "on Sunday (Nov 8) alone" (business daily) 2026-11-08;
  capacity "back to about 70 per cent ... yesterday" in a Wednesday paper 2026-11-10; the people buried and the
  houses buried take the landslide's day "Friday" 2026-10-23, also the NDC's "64 people missing in Friday's
  landslide" and the IOM's houses "estimated on Saturday".
- Left undated (null): headlines; figures spread over several days or with no stated day ("over the two-day strike
  on Tuesday and Wednesday", "across both days", "this week", "since Saturday evening", "between Saturday and
  Tuesday", "at the peak of the disruption", "bringing the number of arrests since Saturday's march to 17", "Two
  deaths have been reported so far" (one on Saturday, one on Sunday), "five people had died, up from two on Sunday",
  "nine bodies have been recovered so far", "have been displaced"); states without a stated day (fishermen "still
  unaccounted for", the personnel mobilised, the police "deployed for the Jatra", the waiting list, the nursing
  staff, the village's population); last year's figures ("about 8 lakh for the entire Jatra", "51.8 per cent last
  year"); rates ("over 1.2 crore pilgrims a year"); an exam sat over weeks and its results announced "yesterday"
  (the day the minister spoke is not the day of the counted event); a strike ballot "in September".
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., Education
  Minister Dr Rehema Nyangoma announced yesterday", "..., according to police", "..., the airline said yesterday",
  "..., according to a breakdown released by the council", "..., the IOM said", "The statement said" = the
  prosecutor's office); a sentence that only continues the previous one keeps its speaker ("The SP claimed" = Rath;
  "with Sarawi ... accounting for 146,220 of them" = Rosnah); pronouns ("she said" = Mahapatra, Nyangoma, Wapi,
  Whitcomb; "he said" = Kapina, Latiff; "He said" = Okafor) are resolved to the named party; the figure a source
  had given earlier, restated by the article, is that source's ("their earlier estimate of 2,000" = police; "which
  had put Saturday's crowd at more than 10,000" = the coalition); a witness count relayed by a lawyer is the
  lawyer's ("witnesses heard 'at least 16 shots'" = Okafor); a census figure is the census's; "Provincial officials
  have put the number" = the provincial administration. A figure the outlet states in its own words is the
  article's own voice: headlines ("18 dead, over 40 hurt", "1,100 ops axed", "Thousands march", "3 more arrested",
  "Pass rate drops to 46.2pc", "Over 310,000 evacuated", "grounds more than 600 flights", "more than 300 feared
  buried"), ledes without an attribution ("At least 18 devotees ... were killed", "MORE than 1,100 operations ...
  were axed", "Thousands of people marched", "More than 310,000 people have been evacuated"), agentless "figures
  show", an unattributed strike-vote share, a background rate ("draws over 1.2 crore pilgrims a year") and vague
  crowds ("drew several hundred people").
- Affiliation: the side in the dispute when clear ("Kandhala district administration" for the Collector and the SP;
  "Maa Bhairavi temple trust" for the trust and its secretary; "Opposition"; "State government" for the chief
  minister; "Marshfield and Kelbury Hospitals Trust"; "Union" for NASU and its organiser and for the TUT; "Police"
  for the Calloway Bend police and its chief, and for the Malindran police; "Organizers" for the Justice for Jalen
  coalition and its spokeswoman; "Legal observers"; "Prosecutor"; "Corbett family" for its lawyer; "Government of
  Tanjara" for the minister and the examinations council; "Government of Malindra" for the NDMA and its
  director-general; "Fishermen"; "Sarawi State Government"; "Malindra Airports Holdings"; "AirMalindra" for the
  airline and its chief executive; "SkyPelang"; "Travel agents"; "Analysts"; "Sirau Provincial Administration" for
  the administrator and the provincial officials; "Government of Tovuaka" for the NDC, its acting director and the
  census; "UN" for the IOM; "Parliament" for the MP; "Government of New Zealand"); null for the own voice.
- Quantities: "about"/"around"/"roughly" = +-10% ("around 2.5 lakh" -> 225,000..250,000..275,000; "about 150"
  -> 135..165); "more than", "over", "at least", "well over", "not less than", "easily" = lower bound; "nearly",
  "close to" = upper bound with a plausible low (-10%); "as many as" = upper bound with no low; "barely 200" = upper
  bound with a plausible low (180); "thousands" 1,000..9,999, "several hundred" 200..999, "lakhs" 100,000..9,999,999,
  "millions" 1,000,000..9,999,999; Indian units: "2.5 lakh" = 250,000, "five lakh" = 500,000, "12 lakh" =
  1,200,000, "8 lakh" = 800,000, "1.2 crore" = 12,000,000; "Two"/"nine"/"five"/"seven"/"three" in words and "3" in
  a headline are their numbers; a headline's rounded figure ("1,100 ops" for the trust's 1,140) is its own figure.
- Optional: a headline's vague crowd ("lakhs throng"); back-references in a quote ("Identification of all 18",
  "Sixteen shots into a car", "We are not saying 300 is wrong"); a count a careful annotator could read as a
  frequency ("hit seven times"); background counts of places ("two crisis-hit hospitals", "four east coast states",
  "cut in two places", "roughly eight blocks"); a count of officers whose cameras filmed ("the body cameras of four
  officers"); a rhetorical vague amount in a quote ("millions of Tanjarans"); a share-price move ("shares fell 4.1
  per cent": a percentage, but not of people or things); sums of money ("Rs 4 lakh each", "Rs 50,000",
  "£1.8million", "between US$18 million and US$25 million", "NZ$500,000"): the README counts people, things and
  percentages, and money can be read either way.
- Not claims: ages ("46", "78", "19-year-old", "Corbett, 19", "63-year-old"), years (2011, 2021, 2025, "TCSE 2026"),
  durations ("two-day strike", "48-hour walkout", "19 months", "four hours later", "an eight-year veteran", "within
  10 days", "within 30 days", "nearly nine hours", "in the next 48 hours", "two days after"), times ("5.40 am",
  "7am", "11 p.m.", "4.30 pm", "6 pm", "3am", "05:47 PM CST", "07:12 PM CST"), dates ("Oct. 29", "Nov 8", "Nov 2,
  2026", "December 1 and 2"), ordinals ("the third time", "the fourth fatal shooting", "For the first time"),
  distances, depths, speeds and rainfall ("6 metres", "eight metres deep", "12 kilometres", "165 kilometres per
  hour", "350 mm"), names with numbers ("Route 9", "KCBN 7", "C+"), phone numbers and codes ("06742-231100",
  "555-218-4400", "15430"), and counts without a numeral or hypothetical ("A helpline", "a school and a health
  post", "one invigilator was compromised", "several were let go", "Several people slipped", "a few cheats", "a few individuals").
- Facts: parts that only break a total down are grouped with it (the seven women and three children with the
  stampede's dead, the 312 operations of yesterday with the 1,140 postponed, the 146,220 of Sarawi with the
  evacuees). A rising count from the same sources stays in one fact (the march's crowd 2,000 -> 3,500 (police) and
  10,000 -> 15,000 (organizers) across two outlets; the evacuees 312,486 -> 356,000 and the dead two -> five across
  two outlets). Left out: totals over another span (the 17 arrests since Saturday; "nearly 12 lakh" since Saturday
  evening and last year's 8 lakh, which are not the crowd "at the time of the incident"), counts in another unit
  (the 270,230 candidates with C+ beside the 46.2 per cent; the 584,912 candidates; the girls' and boys' rates), other
  quantities of the same event (the nine bodies recovered, the displaced, the personnel mobilised, the relief
  centres, the officers injured, the vigil's crowd, the waiting list, the nursing staff, the strike vote, the
  airline's and SkyPelang's own cancellations and the headline's sum of them, the capacity), vague crowds, and
  single figures.
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
MONEY = ["money", "compensation", "cost", "ex gratia", "rupee", "rupees", "pound", "pounds", "dollar", "dollars",
         "revenue", "loss", "losses", "assistance", "aid"]

# --- Sarvapur temple stampede --------------------------------------------------------------------------------
STAMPEDE_DEAD = PEOPLE + ["devotee", "devotees", "dead", "death", "deaths", "killed", "died", "toll", "death toll",
                          "body", "bodies", "victim", "victims", "deceased", "pilgrim", "pilgrims"]
WOMEN_DEAD = STAMPEDE_DEAD + ["woman", "women"]
CHILDREN_DEAD = STAMPEDE_DEAD + ["child", "children"]
STAMPEDE_INJ = PEOPLE + ["injured", "hurt", "injury", "injuries", "wounded", "devotee", "devotees", "patient",
                         "patients", "persons"]
CROWD_IN = PEOPLE + ["crowd", "devotee", "devotees", "pilgrim", "pilgrims", "visitor", "visitors", "rush"]
POLICE_DEP = PEOPLE + ["police", "policeman", "policemen", "personnel", "officer", "officers", "force"]

MAHAPATRA = ["mahapatra", "ritu mahapatra", "collector", "district collector", "kandhala collector"]
RATH = ["rath", "debashish rath", "superintendent of police", "sp", "police"]
TTRUST = ["temple trust", "trust", "maa bhairavi temple trust", "sahu", "gopinath sahu"]
SAHU = ["sahu", "gopinath sahu", "trust secretary", "temple trust", "trust"]
JENA = ["jena", "pramod jena", "leader of opposition", "opposition"]
NAYAK = ["nayak", "haresh nayak", "chief minister"]

# --- Marshfield and Kelbury nurses' strike -------------------------------------------------------------------
OPS = ["operation", "operations", "op", "ops", "procedure", "procedures", "appointment", "appointments",
       "cancellation", "cancellations", "surgery", "surgeries"]
HOSPITALS = ["hospital", "hospitals"]
STRIKERS = PEOPLE + ["nurse", "nurses", "member", "members", "striker", "strikers", "worker", "workers", "staff",
                     "healthcare assistant", "healthcare assistants", "picket", "pickets"]
STAFF = PEOPLE + ["nurse", "nurses", "staff", "nursing staff", "employee", "employees", "worker", "workers"]
WAITING = PEOPLE + ["patient", "patients", "waiting list"]
PCT_VOTE = ["percent", "per cent", "share", "vote", "votes", "voter", "voters", "member", "members", "ballot",
            "ballots", "support", "strike"]

HTRUST = ["marshfield and kelbury hospitals trust", "hospitals trust", "trust", "hospital bosses", "bosses"]
NASU = ["nursing and allied staff union", "nasu", "union", "dobson", "kerry dobson"]
DOBSON = ["dobson", "kerry dobson", "nasu", "nursing and allied staff union", "union", "regional organiser"]

# --- Calloway Bend march over the killing of Jalen Corbett ---------------------------------------------------
MARCHERS = PEOPLE + ["crowd", "marcher", "marchers", "protester", "protesters", "protestor", "protestors",
                     "demonstrator", "demonstrators", "participant", "participants", "attendee", "attendees"]
VIGIL = MARCHERS + ["mourner", "mourners", "vigil"]
ARRESTED = PEOPLE + ["arrest", "arrests", "arrested", "detained", "detainee", "detainees", "protester",
                     "protesters"]
SHOTS = ["shot", "shots", "round", "rounds", "bullet", "bullets", "gunshot", "gunshots"]
WOUNDS = SHOTS + ["time", "times", "wound", "wounds", "hit", "hits"]
OFFICERS_INJ = PEOPLE + ["officer", "officers", "police officer", "police officers", "injured", "injury",
                         "injuries"]
OFFICERS = PEOPLE + ["officer", "officers", "camera", "cameras", "body camera", "body cameras"]
BLOCKS = ["block", "blocks", "street"]

CBPOLICE = ["calloway bend police", "police", "police department", "whitcomb", "dana whitcomb"]
COALITION = ["justice for jalen coalition", "justice for jalen", "coalition", "organizers", "organisers", "barnes",
             "keisha barnes"]
BARNES = ["barnes", "keisha barnes", "justice for jalen coalition", "justice for jalen", "coalition", "organizers",
          "organisers"]
OBSERVERS = ["harmon county legal observers project", "legal observers project", "legal observers", "observers",
             "volunteers"]
PROSECUTOR = ["harmon county prosecutor's office", "prosecutor's office", "prosecutor", "prosecutors"]
OKAFOR = ["okafor", "ben okafor", "lawyer", "attorney", "family attorney", "corbett family", "family"]
WHITCOMB = ["whitcomb", "dana whitcomb", "police chief", "chief", "police"]

# --- Tanjara exam results ------------------------------------------------------------------------------------
PASS = ["percent", "per cent", "pc", "pass rate", "rate", "pass", "candidate", "candidates", "student", "students",
        "result", "results"]
GIRLS = PASS + ["girl", "girls", "female", "female candidates"]
BOYS = PASS + ["boy", "boys", "male", "male candidates"]
CANDIDATES = PEOPLE + ["candidate", "candidates", "student", "students", "examinee", "examinees"]
CANCELLED = CANDIDATES + ["result", "results", "cancelled", "cancellation", "cancellations", "withheld"]
TANJARANS = PEOPLE + ["tanjaran", "tanjarans", "citizen", "citizens"]

NYANGOMA = ["nyangoma", "rehema nyangoma", "education minister", "minister", "ministry of education"]
TEC = ["tanjara examinations council", "examinations council", "tec", "council", "nyangoma"]
TUT = ["tanjara union of teachers", "union of teachers", "tut", "union", "mwita", "daniel mwita"]

# --- Cyclone Keshari, Malindra -------------------------------------------------------------------------------
EVAC = PEOPLE + ["evacuee", "evacuees", "evacuated", "displaced", "resident", "residents", "villager",
                 "villagers", "relief centre", "relief centres"]
CENTRES = ["centre", "centres", "center", "centers", "relief centre", "relief centres", "shelter", "shelters",
           "evacuation centre", "evacuation centres"]
STATES = ["state", "states"]
CYC_DEAD = PEOPLE + ["dead", "death", "deaths", "died", "killed", "victim", "victims", "fatality", "fatalities",
                     "toll"]
FISHERMEN = PEOPLE + ["fisherman", "fishermen", "missing", "unaccounted"]
PERSONNEL = PEOPLE + ["personnel", "rescuer", "rescuers", "soldier", "soldiers", "officer", "officers",
                      "responder", "responders"]
FLIGHTS = ["flight", "flights", "cancellation", "cancellations", "cancelled"]
STRANDED = PEOPLE + ["passenger", "passengers", "traveller", "travellers", "traveler", "travelers", "tourist",
                     "tourists", "stranded"]
CAPACITY = ["percent", "per cent", "capacity", "operation", "operations", "flight", "flights", "service",
            "services"]
SHARES = ["percent", "per cent", "share", "shares", "stock", "price"]

ROSNAH = ["rosnah", "rosnah abdul karim", "national disaster management authority", "ndma", "director-general"]
NDMA = ["national disaster management authority", "disaster management authority", "ndma", "rosnah"]
MPOLICE = ["malindran police", "police"]
FISHASSOC = ["sarawi fishermen's association", "fishermen's association", "fishermen association", "association"]
SARAWI = ["sarawi state government", "state government", "sarawi government"]
MAHB = ["malindra airports holdings", "airports holdings", "mahb", "airport operator"]
AIRM = ["airmalindra", "air malindra", "airline", "latiff", "harun latiff"]
SKYP = ["skypelang", "sky pelang"]
MATA = ["malindra association of travel agents", "association of travel agents", "mata", "travel agents"]
LATIFF = ["latiff", "harun latiff", "airmalindra", "air malindra", "chief executive"]
ANALYSTS = ["analysts", "analyst", "brokerage"]

# --- Pangeri landslide, Tovuaka ------------------------------------------------------------------------------
BURIED = PEOPLE + ["buried", "missing", "dead", "death", "deaths", "victim", "victims", "toll", "resident",
                   "residents", "villager", "villagers"]
BODIES = PEOPLE + ["body", "bodies", "dead", "recovered"]
HOUSES = ["house", "houses", "home", "homes", "building", "buildings", "dwelling", "dwellings", "buried"]
DISPLACED = PEOPLE + ["displaced", "resident", "residents", "villager", "villagers", "survivor", "survivors",
                      "homeless"]
POPULATION = PEOPLE + ["population", "resident", "residents", "villager", "villagers", "inhabitant",
                       "inhabitants"]
PLACES = ["place", "places", "road", "cut"]

KAPINA = ["kapina", "joel kapina", "provincial administrator", "sirau provincial administration",
          "provincial officials"]
NDC = ["national disaster centre", "disaster centre", "ndc", "wapi", "ruth wapi"]
WAPI = ["wapi", "ruth wapi", "acting director", "national disaster centre", "disaster centre"]
IOM = ["international organization for migration", "iom", "un", "united nations"]
PROVOFF = ["provincial officials", "sirau provincial administration", "provincial administration", "kapina"]
CENSUS = ["national census", "census", "2021 national census"]
YAKOPA = ["yakopa", "daniel yakopa", "mp", "local mp"]
NZFM = ["new zealand", "foreign minister", "foreign minister's office"]

AFFILIATION = {
    "mahapatra": "Kandhala district administration", "rath": "Kandhala district administration",
    "temple trust": "Maa Bhairavi temple trust", "sahu": "Maa Bhairavi temple trust", "jena": "Opposition",
    "nayak": "State government",
    "marshfield and kelbury hospitals trust": "Marshfield and Kelbury Hospitals Trust",
    "nursing and allied staff union": "Union", "dobson": "Union",
    "calloway bend police": "Police", "whitcomb": "Police", "justice for jalen coalition": "Organizers",
    "barnes": "Organizers", "harmon county legal observers project": "Legal observers",
    "harmon county prosecutor's office": "Prosecutor", "okafor": "Corbett family",
    "nyangoma": "Government of Tanjara", "tanjara examinations council": "Government of Tanjara",
    "tanjara union of teachers": "Union",
    "rosnah": "Government of Malindra", "national disaster management authority": "Government of Malindra",
    "malindran police": "Police", "sarawi fishermen's association": "Fishermen",
    "sarawi state government": "Sarawi State Government", "malindra airports holdings": "Malindra Airports Holdings",
    "airmalindra": "AirMalindra", "latiff": "AirMalindra", "skypelang": "SkyPelang",
    "malindra association of travel agents": "Travel agents", "analysts": "Analysts",
    "kapina": "Sirau Provincial Administration", "provincial officials": "Sirau Provincial Administration",
    "national disaster centre": "Government of Tovuaka", "wapi": "Government of Tovuaka",
    "national census": "Government of Tovuaka", "international organization for migration": "UN",
    "yakopa": "Parliament", "new zealand": "Government of New Zealand",
}

A = {}

A["01_sarvapur-temple-stampede_easternchronicle.txt"] = ("2026-11-16", [
    ("18 dead", [], ex(18), STAMPEDE_DEAD, None, False, "headline"),
    ("over 40 hurt", [], atl(40), STAMPEDE_INJ, None, False, "headline"),
    ("lakhs throng", [], vg(100000, 9999999), CROWD_IN, None, True, "the headline's vague crowd; optional"),
    ("At least 18 devotees", [], atl(18), STAMPEDE_DEAD, "2026-11-15", False,
     "own-voice lede; 'here on Sunday morning' in a Monday paper"),
    ("seven women", [], ex(7), WOMEN_DEAD, "2026-11-15", False, "part of the dead"),
    ("three children", [], ex(3), CHILDREN_DEAD, "2026-11-15", False, "part of the dead"),
    ("over 40 others injured", [], atl(40), STAMPEDE_INJ, "2026-11-15", False, "same own-voice sentence"),
    ("18 bodies have been sent for post-mortem", MAHAPATRA, ex(18), STAMPEDE_DEAD, "2026-11-15", False,
     "'Kandhala Collector Ritu Mahapatra told this newspaper'"),
    ("43 injured persons", MAHAPATRA, ex(43), STAMPEDE_INJ, "2026-11-15", False, "same sentence"),
    ("Identification of all 18", MAHAPATRA, ex(18), STAMPEDE_DEAD, "2026-11-15", True,
     "a back-reference in a quote ('she said'); optional"),
    ("around 2.5 lakh people", RATH, ap(250000, 225000, 275000), CROWD_IN, "2026-11-15", False,
     "'at the time of the incident'; 2.5 lakh = 250,000"),
    ("\"well over five lakh\"", TTRUST, atl(500000), CROWD_IN, "2026-11-15", False,
     "'The temple trust however put the figure at': the same crowd"),
    ("Nearly 12 lakh devotees", SAHU, atm(1200000, 1080000), CROWD_IN, None, False,
     "'since Saturday evening': two days, undated; quote attributed after it ('trust secretary Gopinath Sahu said')"),
    ("about 8 lakh for the entire Jatra", SAHU, ap(800000, 720000, 880000), CROWD_IN, None, False, "last year"),
    ("1,200 police personnel", RATH, ex(1200), POLICE_DEP, None, False, "'The SP claimed'; 'deployed for the Jatra'"),
    ("barely 200 policemen", SAHU, atm(200, 180), POLICE_DEP, None, False, "'Sahu, however, alleged'"),
    ("\"not less than 30\"", JENA, atl(30), STAMPEDE_DEAD, "2026-11-15", False,
     "'the actual toll is': the stampede's dead"),
    ("Rs 4 lakh each", NAYAK, ex(400000), MONEY, None, True, "money; optional"),
    ("Rs 50,000", NAYAK, ex(50000), MONEY, None, True, "money; optional"),
    ("over 1.2 crore pilgrims a year", [], atl(12000000), CROWD_IN, None, False,
     "own voice; a yearly rate; 1.2 crore = 12,000,000"),
])

A["02_marshfield-nurses-strike_dailyclarion.txt"] = ("2026-11-12", [
    ("1,100 ops axed", [], ex(1100), OPS, None, False, "headline; the trust's 1,140 rounded"),
    ("MORE than 1,100 operations", [], atl(1100), OPS, None, False, "own-voice lede; two days"),
    ("two crisis-hit hospitals", [], ex(2), HOSPITALS, None, True, "a background count of places; optional"),
    ("1,140 planned procedures", HTRUST, ex(1140), OPS, None, False,
     "'Bosses at Marshfield and Kelbury Hospitals Trust said last night'; 'over the two-day strike on Tuesday and "
     "Wednesday': undated"),
    ("312 operations yesterday alone", HTRUST, ex(312), OPS, "2026-11-11", False,
     "part of the 1,140; 'yesterday' in a Thursday paper"),
    ("just 390 operations", NASU, ex(390), OPS, None, False, "'The union claimed'; 'across both days'"),
    ("More than 2,000 of our members", DOBSON, atl(2000), STRIKERS, None, False, "'this week'"),
    ("around 1,300 nurses", HTRUST, ap(1300, 1170, 1430), STRIKERS, None, False, "'The trust hit back, saying'"),
    ("its 4,600 nursing staff", HTRUST, ex(4600), STAFF, None, False, "same sentence; a staff count"),
    ("More than 58,000 patients", [], atl(58000), WAITING, None, False, "'figures show': agentless, own voice"),
    ("voted by 87 per cent", [], ex(87), PCT_VOTE, None, False, "own voice; 'in September'"),
    ("£1.8million", HTRUST, ex(1800000), MONEY, None, True, "money; optional"),
])

A["03_calloway-bend-march_callowayledger.txt"] = ("2026-11-01", [
    ("Thousands march", [], vg(1000, 9999), MARCHERS, None, False, "headline"),
    ("Thousands of people marched", [], vg(1000, 9999), MARCHERS, "2026-10-31", False,
     "own voice; 'on Saturday' in a Sunday paper"),
    ("14 people were arrested", CBPOLICE, ex(14), ARRESTED, "2026-10-31", False, "'police said'"),
    ("about 2,000 people at its peak", CBPOLICE, ap(2000, 1800, 2200), MARCHERS, "2026-10-31", False,
     "'Police estimated the crowd'"),
    ("more than 10,000 took part", COALITION, atl(10000), MARCHERS, "2026-10-31", False,
     "'Organizers with the Justice for Jalen coalition said'"),
    ("roughly eight blocks", [], ap(8, 7.2, 8.8), BLOCKS, "2026-10-31", True,
     "a stretch of street seen on video: a background count of places; optional"),
    ("counted 22 people detained", OBSERVERS, ex(22), ARRESTED, "2026-10-31", False,
     "'Volunteers with the Harmon County Legal Observers Project ... said'"),
    ("Laski fired 11 rounds", PROSECUTOR, ex(11), SHOTS, "2026-10-29", False,
     "'The statement said' = the prosecutor's preliminary statement; 'Thursday, Oct. 29'"),
    ("hit seven times", OKAFOR, ex(7), WOUNDS, "2026-10-29", True,
     "'He said the medical examiner had told the family': a count a careful annotator could read as a frequency; "
     "optional"),
    ("heard \"at least 16 shots", OKAFOR, atl(16), SHOTS, "2026-10-29", False, "'He said' = Okafor; witnesses'"),
    ("Sixteen shots into a car", OKAFOR, ex(16), SHOTS, "2026-10-29", True,
     "a back-reference in a quote ('Okafor said'); optional"),
    ("three officers suffered minor injuries", WHITCOMB, ex(3), OFFICERS_INJ, "2026-10-31", False,
     "'On Saturday night she said' = Whitcomb; injured during the march"),
])

A["04_calloway-bend-march_kcbn7.txt"] = ("2026-11-02", [
    ("3 more arrested", [], ex(3), ARRESTED, None, False, "headline"),
    ("about 3,500 people took part", CBPOLICE, ap(3500, 3150, 3850), MARCHERS, "2026-10-31", False,
     "'Calloway Bend police now say'; 'Saturday's march', told on Monday"),
    ("their earlier estimate of 2,000", CBPOLICE, ex(2000), MARCHERS, "2026-10-31", False,
     "the police's earlier figure, restated"),
    ("close to 15,000 people", BARNES, atm(15000, 13500), MARCHERS, "2026-10-31", False,
     "quote attributed after it ('said Keisha Barnes')"),
    ("at more than 10,000", COALITION, atl(10000), MARCHERS, "2026-10-31", False,
     "'which had put Saturday's crowd': the coalition's earlier figure"),
    ("drew several hundred people", [], vg(200, 999), VIGIL, "2026-11-01", False, "own voice; 'on Sunday night'"),
    ("three people were arrested", CBPOLICE, ex(3), ARRESTED, "2026-11-01", False, "'Police said'; at the vigil"),
    ("arrests since Saturday's march to 17", CBPOLICE, ex(17), ARRESTED, None, False,
     "same sentence; a total over two days"),
    ("heard at least 16 shots", OKAFOR, atl(16), SHOTS, "2026-10-29", False,
     "'family attorney Ben Okafor again said'"),
    ("fired 11 rounds", PROSECUTOR, ex(11), SHOTS, "2026-10-29", False,
     "'The Harmon County Prosecutor's Office has said'"),
    ("the body cameras of four officers", WHITCOMB, ex(4), OFFICERS, None, True,
     "a count of officers whose cameras filmed; optional"),
])

A["05_tanjara-exam-results_mwangazadaily.txt"] = ("2026-11-20", [
    ("Pass rate drops to 46.2pc", [], ex(46.2), PASS, None, False, "headline"),
    ("2,371 candidates’ results cancelled", [], ex(2371), CANCELLED, None, False, "headline"),
    ("has dropped to 46.2 per cent", NYANGOMA, ex(46.2), PASS, None, False,
     "'Education Minister Dr Rehema Nyangoma announced yesterday' at the end of the sentence; an exam sat in "
     "October: undated"),
    ("51.8 per cent last year", NYANGOMA, ex(51.8), PASS, None, False, "same sentence; last year"),
    ("584,912 candidates", NYANGOMA, ex(584912), CANDIDATES, None, False, "'Dr Nyangoma said'"),
    ("270,230 attained", NYANGOMA, ex(270230), CANDIDATES, None, False, "same sentence; part of the candidates"),
    ("48.9 per cent of female candidates", TEC, ex(48.9), GIRLS, None, False,
     "'according to a breakdown released by the council'"),
    ("43.4 per cent of male candidates", TEC, ex(43.4), BOYS, None, False, "same sentence"),
    ("the results of 2,371 candidates", NYANGOMA, ex(2371), CANCELLED, None, False, "'The minister said'"),
    ("millions of Tanjarans", NYANGOMA, vg(1000000, 9999999), TANJARANS, None, True,
     "a rhetorical vague amount in a quote ('she said'); optional"),
    ("“at least 5,000”", TUT, atl(5000), CANCELLED, None, False,
     "'the Tanjara Union of Teachers (TUT) has faulted the council, saying'"),
])

A["06_cyclone-keshari-evacuation_mna.txt"] = ("2026-11-08", [
    ("Over 310,000 evacuated", [], atl(310000), EVAC, None, False, "headline"),
    ("More than 310,000 people have been evacuated", [], atl(310000), EVAC, "2026-11-08", False,
     "own-voice lede; 'as Cyclone Keshari made landfall ... today'"),
    ("four east coast states", [], ex(4), STATES, None, True, "a background count of places; optional"),
    ("312,486 evacuees", ROSNAH, ex(312486), EVAC, "2026-11-08", False,
     "'NDMA director-general Datuk Rosnah Abdul Karim said'; 'as of 6 pm' today"),
    ("1,842 relief centres", ROSNAH, ex(1842), CENTRES, "2026-11-08", False, "same sentence"),
    ("accounting for 146,220 of them", ROSNAH, ex(146220), EVAC, "2026-11-08", False,
     "same sentence; part of the evacuees (Sarawi)"),
    ("Two deaths have been reported so far", MPOLICE, ex(2), CYC_DEAD, None, False,
     "'according to police'; one death 'yesterday', one 'this afternoon': undated"),
    ("at least 27 fishermen", FISHASSOC, atl(27), FISHERMEN, None, False,
     "'were still unaccounted for': a state without a stated day; 'on Friday' is when they went out"),
    ("nine missing fishermen", NDMA, ex(9), FISHERMEN, None, False, "'The NDMA, however, said'"),
    ("about 1,500 personnel", SARAWI, ap(1500, 1350, 1650), PERSONNEL, None, False,
     "'The Sarawi state government said'"),
    ("86 flights", MAHB, ex(86), FLIGHTS, "2026-11-08", False, "'had been cancelled today'"),
])

A["07_cyclone-keshari-flights_asianbusinessdaily.txt"] = ("2026-11-11", [
    ("grounds more than 600 flights", [], atl(600), FLIGHTS, None, False, "headline; 438 + 176"),
    ("cancelled 438 flights", AIRM, ex(438), FLIGHTS, None, False,
     "'the airline said yesterday' at the end of the sentence; 'between Saturday and Tuesday': undated"),
    ("about 38,000 passengers stranded", AIRM, ap(38000, 34200, 41800), STRANDED, None, False,
     "same sentence; 'at the peak of the disruption': no stated day"),
    ("scrapped 176 flights", SKYP, ex(176), FLIGHTS, None, False, "'over the same period'"),
    ("86 flights were cancelled", MAHB, ex(86), FLIGHTS, "2026-11-08", False, "'on Sunday (Nov 8) alone'"),
    ("\"as many as 60,000\"", MATA, atm(60000), STRANDED, None, False, "'as many as': upper bound"),
    ("about 70 per cent of normal capacity", LATIFF, ap(70, 63, 77), CAPACITY, "2026-11-10", False,
     "'yesterday' in a Wednesday paper"),
    ("shares fell 4.1 per cent", [], ex(4.1), SHARES, "2026-11-09", True,
     "a share-price move: a percentage, but not of people or things; optional"),
    ("between US$18 million and US$25 million", ANALYSTS, rng(18000000, 25000000), MONEY, None, True,
     "money; optional"),
    ("356,000 people were in relief centres", NDMA, ex(356000), EVAC, "2026-11-10", False,
     "'The National Disaster Management Authority (NDMA) said yesterday'; 'on Tuesday morning'"),
    ("five people had died", NDMA, ex(5), CYC_DEAD, None, False, "same sentence; deaths over several days"),
    ("up from two on Sunday", NDMA, ex(2), CYC_DEAD, None, False, "the earlier count, restated; undated"),
])

A["08_tovuaka-landslide_moananews.txt"] = ("2026-10-25", [
    ("more than 300 feared buried", [], atl(300), BURIED, None, False, "headline; agentless 'feared': own voice"),
    ("more than 300 people were believed to be buried", KAPINA, atl(300), BURIED, "2026-10-23", False,
     "'Sirau provincial administrator Joel Kapina told Moana News'; the landslide 'on Friday'"),
    ("confirmed only 64 people missing", NDC, ex(64), BURIED, "2026-10-23", False, "'in Friday's landslide'"),
    ("nine bodies have been recovered", NDC, ex(9), BODIES, None, False, "same sentence; 'so far'"),
    ("We are not saying 300 is wrong", WAPI, ex(300), BURIED, "2026-10-23", True,
     "a back-reference in a quote ('she said' = Wapi); optional"),
    ("about 150 houses", IOM, ap(150, 135, 165), HOUSES, "2026-10-23", False,
     "'estimated on Saturday' that they 'had been buried by the landslide'"),
    ("“more than 60 houses”", PROVOFF, atl(60), HOUSES, "2026-10-23", False,
     "'Provincial officials have put the number at'"),
    ("Around 1,250 people have been displaced", IOM, ap(1250, 1125, 1375), DISPLACED, None, False,
     "'the IOM said'; no stated day"),
    ("a population of about 900", CENSUS, ap(900, 810, 990), POPULATION, None, False,
     "'according to the 2021 national census'"),
    ("“easily 1,500 people”", YAKOPA, atl(1500), POPULATION, None, False,
     "'the local MP, Daniel Yakopa, said'; 'easily' = at least"),
    ("cut in two places", [], ex(2), PLACES, None, True, "a background count of places; optional"),
    ("NZ$500,000", NZFM, ex(500000), MONEY, None, True, "money; optional"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-4", "01-5", "01-6", "01-8", "01-17"],
     "dead in the Sarvapur stampede (2026-11-15): 18 / at least 18, seven women and three children among them "
     "(headline and own voice), 18 bodies (Collector Mahapatra) vs 'not less than 30' (Leader of Opposition Jena)"),
    ("F2", "corroborated", ["01-2", "01-7", "01-9"],
     "injured in the stampede: over 40 (headline and own voice) / 43 admitted (Collector)"),
    ("F3", "disputed", ["01-11", "01-12"],
     "crowd at the temple and ghat road at the time of the stampede: around 2.5 lakh (SP Rath) vs 'well over five "
     "lakh' (temple trust). Sahu's 'nearly 12 lakh' since Saturday evening is another span, left single"),
    ("F4", "disputed", ["01-15", "01-16"],
     "police deployed for the Jatra: 1,200 (SP Rath) vs barely 200 (trust secretary Sahu)"),
    ("F5", "disputed", ["02-1", "02-2", "02-4", "02-5", "02-6"],
     "operations cancelled in the two-day nurses' strike (2026-11-10/11): 1,140 procedures and appointments, 312 "
     "operations of them on 2026-11-11 (trust; '1,100 ops axed' in the headline, more than 1,100 in the lede) vs "
     "just 390 operations (union NASU)"),
    ("F6", "disputed", ["02-7", "02-8"],
     "nurses on strike: more than 2,000 (NASU organiser Dobson) vs around 1,300 (trust)"),
    ("F7", "disputed", ["03-4", "03-5", "04-2", "04-3", "04-4", "04-5"],
     "crowd at the Calloway Bend march on 2026-10-31: about 2,000 -> about 3,500 (police) vs more than 10,000 -> "
     "close to 15,000 (Justice for Jalen coalition), across two outlets"),
    ("F8", "disputed", ["03-3", "03-7"],
     "people arrested at the march on 2026-10-31: 14 (police) vs 22 detained (legal observers)"),
    ("F9", "disputed", ["03-8", "03-10", "04-9", "04-10"],
     "shots fired at Jalen Corbett on 2026-10-29: 11 rounds (prosecutor's office, in both outlets) vs 'at least 16 "
     "shots' (family lawyer Okafor, in both outlets)"),
    ("F10", "corroborated", ["04-1", "04-7"],
     "people arrested at the vigil on 2026-11-01: three (headline and police)"),
    ("F11", "corroborated", ["05-1", "05-3"],
     "TCSE 2026 pass rate (C+ and above): 46.2 per cent (headline and minister Nyangoma)"),
    ("F12", "disputed", ["05-2", "05-9", "05-11"],
     "candidates whose TCSE results were cancelled: 2,371 (headline and minister) vs 'at least 5,000' withheld or "
     "cancelled (teachers' union TUT)"),
    ("F13", "corroborated", ["06-1", "06-2", "06-4", "06-6", "07-10"],
     "people evacuated to relief centres from Cyclone Keshari: more than 310,000 (headline and own voice), 312,486, "
     "146,220 of them in Sarawi (NDMA, 2026-11-08) -> 356,000 on 2026-11-10 (NDMA): a rising count"),
    ("F14", "corroborated", ["06-7", "07-11", "07-12"],
     "deaths from Cyclone Keshari: two (police, 2026-11-08) -> five, 'up from two on Sunday' (NDMA): a rising count"),
    ("F15", "corroborated", ["06-11", "07-5"],
     "flights cancelled at Sarawi International and Bandar Setia airports on 2026-11-08: 86 (MAHB, in both outlets)"),
    ("F16", "disputed", ["06-8", "06-9"],
     "fishermen missing at sea: at least 27 (Sarawi Fishermen's Association) vs nine (NDMA)"),
    ("F17", "disputed", ["07-3", "07-6"],
     "passengers stranded by the cyclone: about 38,000 (AirMalindra) vs 'as many as 60,000' (travel agents MATA)"),
    ("F18", "disputed", ["08-1", "08-2", "08-3"],
     "people buried by the Pangeri landslide (2026-10-23): more than 300 (headline; provincial administrator "
     "Kapina) vs 64 confirmed missing (National Disaster Centre). The nine bodies recovered are left single"),
    ("F19", "disputed", ["08-6", "08-7"],
     "houses buried by the landslide: about 150 (IOM) vs 'more than 60' (provincial officials)"),
    ("F20", "disputed", ["08-9", "08-10"],
     "people living in Pangeri: about 900 (2021 national census) vs 'easily 1,500' (MP Yakopa)"),
]


if __name__ == "__main__":
    write(HERE, "fresh15.gold.json", A, FACTS, AFFILIATION)
