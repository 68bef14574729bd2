"""Builds fresh22.gold.json from the annotations below (run: python3 -B build_gold.py).

The twenty-second fresh set, written BLIND: 8 invented articles on 5 events, in wire / newspaper / broadsheet / radio
styles (a French-agency-style wire "Mbasa (Kivara) (AEP) -" with an agency sign-off "bik-jm/rlp/cw", a London
broadsheet follow-up with a standfirst and a byline line "Ruth Adeyemi in Mbasa", a Zimbabwean-style daily with a
"Senior Health Reporter" byline, a capitalised first word, "yesterday", space-grouped thousands "1 200", "10 000"
and a toll-free line, a local radio station's website with "Star FM News", "this morning", "Ward 9", "89.6 FM" and a
WhatsApp number, a Latin-American English-language paper "The Valdoria Times" with Spanish names, "38%", "Calle 5 de
Mayo" and "US$610", a Spanish-agency-style wire "Santa Inés, Oct 10 (Prensa Austral).-" ending "© Prensa Austral", a
Gulf-style English daily "AL-HAWIYA:" with "Dr." and temperatures, and a South African-style daily with an MEC, a
shop steward, "2.15pm", "R2.4-billion", "52 000" and a helpline). Topics are kept apart from the earlier sets
(referendum turnout, general strike, mine collapse, market shelling, drug deaths, ferry capsizing, refugees at a
border, wildfire, heatwave deaths, drugs raids, factory closure, chlorine leak, tram derailment, migrant boat, measles,
bus crash, hunger strike, blizzard, cruise norovirus, earthquake, hostages, rail strike, dengue, teachers' ballot,
prison riot, festival stampede, nurses' strike, police-shooting march, exam results, cyclone, landslide, hospital air
strike, wedding food poisoning, power blackout, marathon, floods, tuition protest, mall shooting, plane crash, pension
rally, diphtheria in a camp, mining pit collapse, admissions scandal, fuel tanker explosion, border artillery exchange,
stadium crush, dam release, general election, cholera, building collapse, volcanic eruption, school meal poisoning,
hotel fire, farmers' tractor protest, typhoid, drone strike on a fuel depot, hospital cyberattack, carmaker layoffs,
hailstorm crop damage, riverboat fire, anti-government sit-in, bird-flu cull, port strike, bridge collapse, census,
locusts, gas explosion; and gold-panning mudslide, fish die-off, train collision, bank run, prison break, fireworks
blast, sinkhole, toxic liquor, refinery fire, air-quality emergency):
a militia massacre in the villages of Kasenge, Mutambi and Bilaya, Ruzoko territory, Mbeli province, Kivara, on
Sunday night 2026-09-13 (2 outlets: a wire on Tuesday 2026-09-15 and a London broadsheet on Thursday 2026-09-17: dead
at least 38 (territory administrator Mukendi, "a local official"; wire headline) -> 64, 21 of them children and 19
women (Mukendi; standfirst "Local officials say 64 ..., including 21 children"; broadsheet headline) vs 22 (the army,
spokesman Bikoro; restated "put the toll at 22") vs 51 bodies counted by Monday, 17 of them women and children ->
"at least 80" (Ruzoko civil society coordination); abducted "at least 20" -> "at least 23" (Mukendi); houses burnt
"more than 200" -> 340 (Mukendi, "local officials") vs "a few dozen huts" (the army); attackers killed seven on Monday
-> 11 since Monday (the army); "hundreds" of residents marching on the army base on Monday (own voice); nine buried in
one grave "Yesterday" (Mukendi, told on Wednesday); 43 wounded treated on Wednesday (hospital director Furaha); about
14,000 fled since the attack (OCHA); more than 1,500 civilians killed by the militia since 2021 (Mbeli Security
Barometer); 19 killed in a June raid (own voice)),
an mpox outbreak in Marondo District, Hondoro Province, Nyakoma, declared on July 14 (2 outlets: a daily on Thursday
2026-08-06 and a radio station's website on Monday 2026-08-10: deaths three (Permanent Secretary Gwenzi) -> five, "up
from three last week" (the ministry; radio headline "– Ministry") vs "at least seven", four of them at home -> "at
least 11" (Nyakoma Doctors for Health Rights, its secretary-general Chitsa); confirmed cases 146, 61 of them children
(ministry; daily headline) -> 203 (ministry); patients admitted 38 (Provincial Medical Director Mashiri, on
Wednesday) -> 52, 17 of them in tents (Mashiri, on Sunday); 23 new cases on Tuesday alone; more than 1 200 contacts
traced, about 70 percent of them vaccinated (Gwenzi); 10 000 doses received last week (ministry); a further 20 000
expected (spokesperson Chari); 600 vaccinated on Friday and "hundreds" turned away on Saturday (a nurse); 14 schools
reporting cases (schools inspector Ncube); more than 40 000 cases in 21 African countries this year (WHO)),
a teachers' pay march ending in clashes and arrests in Santa Inés, Valdoria, on Wednesday 2026-10-07 (2 outlets: a
Latin-American English-language paper on Thursday 2026-10-08 and a Spanish-style wire on Saturday 2026-10-10: arrested
87 (National Police; paper headline; the Public Prosecutor's Office), 64 of them released and 23 remanded on Friday
(prosecutor; wire headline) vs 112 members, nine of them regional delegates -> 131 people, at least 40 still held on
Friday (the union FENADE); marchers "tens of thousands" (own voice) vs "some 18,000" (police) vs "more than 60,000"
(FENADE); demonstrators treated 34 -> 41 (Red Cross); police officers injured 14, three of them seriously (Security
Ministry, in both); schools closed on Wednesday 38% (Education Ministry) vs 90% (FENADE); teachers absent on Friday
85% (FENADE) vs 29% (Education Ministry); a 25% raise needed (FENADE, in both); 27 complaints of mistreatment
(Ombudsman); inflation 31.4% in September (statistics institute INEC)),
the rescue of migrants abandoned by smugglers in the Sabra desert, Zahran, on Sunday 2026-07-19 (1 outlet, Tuesday
2026-07-21: rescued 214, 37 women and 22 children among them (Border Guard Command; headline), 43 of them brought to
hospital on Sunday night and 11 in critical condition on Monday (hospital director Haddad); dead 19 bodies found
(command; headline) vs "at least 30" believed dead during the crossing (IOM); the group at departure 260 (a
survivor, Ibrahim) vs "at least 300" (Tamerran Migrant Rights Observatory); five smugglers arrested on Monday and 3,400
migrants intercepted in the first half of the year (Interior Ministry); more than 1,100 migrants dead or missing in
the region since January (IOM); "more than half a million people" displaced in Tamerra since 2023 (own voice)),
and a scaffold collapse at the Khanyisa Bay Stadium building site, Ndlovu Coast, on Monday 2026-11-02 (1 outlet,
Wednesday 2026-11-04: dead seven (the provincial department of public works; headline), four of them migrant workers
(MEC Khumalo), vs "at least 10" (union general secretary Sithole); injured 26 (the department), 11 of them still
serious on Tuesday (EMS spokesperson Mabaso); two workers unaccounted for on Tuesday (Mabaso); workers on the stand 84
(the contractor) vs "more than 200" (shop steward Zulu); 14 safety violations found in August (department of
employment and labour); "Hundreds" of workers downing tools on Tuesday (own voice); 212 construction deaths last year
(Construction Industry Development Board); the stadium's 52 000 seats (optional)).
Annotated by hand by the README rules of ../shared/eval and the dev gold's conventions WITHOUT reading the system's
code, docs, contracts or README (nor any corpus_* folder but fresh18, read for the format and its conventions) and
WITHOUT running the extractor, claimlog or its tests on these articles (the scorer was run only on a prediction built
from this gold itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (the dev gold's, and fresh18's where the dev gold is silent):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause (or the event it counts) fixes the day; null when the text does not fix a day. The massacre's dead
  (all sources, their parts), the abducted and the houses burnt take "Sunday night" / "Sunday night's militia raids"
  2026-09-13, also when told later ("had risen to 64 by Wednesday", "now says at least 80", the army's "on Tuesday
  put the toll at 22", the civil society's "counted 51 bodies by Monday evening" / "on Monday", which count the raid's
  dead, like fresh18's "As at this morning, 39 bodies have been recovered"), and the broadsheet's standfirst (dated
  like the dev gold's Soma standfirst); the seven attackers killed "during a pursuit operation on Monday" and the
  residents marching "On Monday" 2026-09-14; the nine buried "Yesterday" in a quote told "on Wednesday" 2026-09-15 (the
  dev gold's "yesterday" inside a quotation); the 43 wounded the hospital "were treating" as said "on Wednesday"
  2026-09-16 (a state on a stated day, like fresh18's "41 are still on admission" on Friday). The mpox patients
  admitted take the day the director spoke ("in an interview yesterday" 2026-08-05; "on Sunday" 2026-08-09, with the
  17 in tents); the 23 new cases "on Tuesday alone" 2026-08-04; the 600 vaccinated "on Friday" 2026-08-07 and the
  hundreds turned away "on Saturday" 2026-08-08. The march's arrests (police, prosecutor, FENADE's 112 and its nine,
  its 131 "detained on Wednesday"), the crowd (all three), the demonstrators treated (34 and "raised to 41 the number
  of demonstrators it treated on Wednesday"), the injured officers and the schools closed "on Wednesday" take
  2026-10-07; the 64 released and the 23 remanded "on Friday", FENADE's "at least 40 were still being held" ("The union
  said on Friday") and the absenteeism "on Friday" 2026-10-09. The desert rescue's 214 rescued, their parts, the 19
  bodies found "on Sunday" and the 43 "brought to the hospital on Sunday night" take 2026-07-19; the 11 "in critical
  condition" as said "on Monday" and the five smugglers arrested "on Monday" 2026-07-20. The scaffold's dead (the
  department, the MEC's four, the union's "at least 10"), the 26 injured and the workers on the stand "when it
  collapsed" take "on Monday afternoon" 2026-11-02; the 11 "still in a serious condition in hospital on Tuesday", the
  two unaccounted for (same sentence) and the workers downing tools "on Tuesday" 2026-11-03.
- Left undated (null): headlines; cumulative counts ("since the outbreak was declared on July 14", "had climbed to
  203", "has risen to five, up from three last week", NDHR's "at least seven" and its four, "at least 11 ... since
  July", the 1 200 contacts and their 70 percent, the 61 children among the cases; the attackers killed "since Monday";
  OCHA's "about 14,000 ... since the attack"; complaints received; IOM's "died during the crossing" and "since
  January"; "in the first six months of this year"); past events given only by a month or a year ("In June", "since
  2021", "last year", "in August", "in September", "since 2023"); stocks and plans without a day (10 000 doses received
  "last week", 20 000 "expected next week", 14 schools having reported cases, the group's size "when we left
  Tamerra" / "when it set off"); FENADE's 25% raise; the WHO's continental figures.
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., a local official
  told AEP on Tuesday" = the territory administrator, named in the next paragraph; "..., the Border Guard Command said
  on Monday"; "..., the Public Prosecutor's Office reported"; "According to the World Health Organisation, ..."; "...,
  according to the Construction Industry Development Board"); a sentence that only continues the previous one keeps
  its speaker ("Twenty-three new cases were confirmed on Tuesday alone" = the ministry; "FENADE put the figure at 90%"
  = FENADE); pronouns and possessives are resolved ("He said at least 20 people" = Mukendi; "he told the Chronicle" =
  Mukendi; "Its regional spokesman" = the army's; "she said" = the director; "the command said" = the Border Guard
  Command; "The ministry says" = the Interior Ministry); a headline with a trailing speaker ("– Ministry") is that
  speaker's; the standfirst's "Local officials say" is Mukendi (the body's source of the 64 and the 21); a figure
  named as someone else's inside a speaker's sentence is that someone's, as the dev gold's "the claim by government
  officials that 45" ("not the 340 houses reported by local officials" in the army spokesman's sentence = the local
  officials, Mukendi; "the 87 people arrested" in the prosecutor's sentence = the prosecutor, who gives it). A figure
  the outlet states in its own words is the article's own voice: headlines without a speaker ("Militia kills at least
  38", "death toll rises to 64", "Mpox cases rise to 146", "Police arrest 87", "frees 64 ..., remands 23", "rescue
  214 migrants ..., 19 found dead", "Seven dead"), what its reporters saw or describe ("hundreds of residents
  marched", "Tens of thousands of teachers", "Hundreds of workers downed tools"), background ("In June, 19 people were
  killed", "displaced more than half a million people") and the stadium's capacity.
- Speaker aliases follow how the article names the speaker (its full name, its surname, its title or body: "local
  official", "territory administrator", "civil society", "permanent secretary", "provincial medical director",
  "secretary-general", "nurse", "schools inspector", "union", "prosecutor", "ombudsman", "command", "survivor",
  "observatory", "hospital", "mec", "shop steward", "contractor", "inspectors"), lowercase.
- Affiliation: the side when clear ("Government of Kivara" for the territory administrator; "Kivara army" for the army
  and its spokesman; "Ruzoko civil society" for the coordination; "Mbeli Security Barometer"; "Hospital" for the
  hospital directors; "UN" for OCHA, the WHO and the IOM; "Government of Nyakoma" for the health ministry, its
  permanent secretary and spokesperson, the provincial medical director and the schools inspector; "Nyakoma Doctors
  for Health Rights" for the association and Chitsa; "Health workers" for the nurse; "Police" for the National Police;
  "FENADE" for the union and its secretary general; "Red Cross"; "Government of Valdoria" for the Security and
  Education ministries and INEC; "Public Prosecutor's Office"; "Ombudsman"; "Government of Zahran" for the Border Guard
  Command and the Interior Ministry; "Migrants" for the survivor; "Tamerran Migrant Rights Observatory"; "Government of
  Ndlovu Coast" for the department of public works, the MEC and the EMS spokesperson; "Mokoena-Vance Construction";
  "Building and Allied Workers' Union" for its shop steward and general secretary; "Department of Employment and
  Labour"; "Construction Industry Development Board"); null for the own voice.
- Quantities: "about"/"around"/"some" = +-12% as in the dev gold ("around 300" -> 264..336): "about 14,000" ->
  12,320..15,680, "some 18,000" -> 15,840..20,160, "about 70 percent" -> 61.6..78.4; "more than", "at least", "More
  than" = lower bound ("more than half a million" = 500,000 and up); "hundreds" 100..999 as in the dev gold, "Tens of
  thousands" 10,000..99,999, "a few dozen" like fresh18's "dozens" 24..99; "Twenty-two", "Twenty-three", "seven",
  "nine", "three", "four", "five", "two" are their numbers; "1 200", "10 000", "20 000", "40 000", "52 000" (space-
  grouped) are 1,200 ... 52,000; "38%", "90%", "85%", "29%", "25%", "31.4%" are their percentages.
- Optional: the ward's capacity ("a ward with 40 beds") and the stadium's ("will seat 52 000 spectators"), background
  sizes like fresh18's "250 seats in parliament"; the country's "4,100 public schools" (the base of the 38%); a
  back-reference inside a quote ("We have the names of 11 people" after the same speaker's "at least 11"); a figure
  quoted only to be rejected ("not 87" in the union's statement, like the dev gold's "not hundreds of thousands").
- Not claims: money ("about 520,000 pesos", "US$610", "R2.4-billion", "Every peso"); measures ("about 28 metres",
  "49 degrees Celsius", "45 degrees Celsius", "89.6 FM"); ages ("46-year-old", "34", "24-year-old", "under the age of
  15", "61 years old", "27-year-old", "44", "23"); years (2019, 2021, 2022, 2023, 2025, 2026, 2027, 2011, 2015);
  dates ("July 14", "Oct 10", "in May 2025", "mid-September"); times ("10:00 pm", "10pm", "4 p.m.", "2.15pm", "since
  4 in the morning"); durations ("nearly four hours", "every 15 days", "three days of provincial mourning", "for a
  week", "up to 21 days", "between five and 21 days", "three weeks", "for 38 years", "16 school days", "for four
  months", "within the 48 hours", "41 days", "for two days", "After four days", "more than 48 hours", "the first six
  months", "30 days to fix them", "eight months behind schedule"); distances ("45 kilometres (28 miles)", "less than
  five kilometres", "about 30 kilometres", "about 90km", "about 130 km"); multipliers ("three times the figure", "two
  or three times higher"); ordinals and superlatives ("the highest daily figure", "The first case", "the largest since",
  "a second job", "her first public comments", "the longest in Valdoria", "for a third day", "the deadliest year",
  "the highest figure since records began", "died first"); labels ("Calle 5 de Mayo", "Ward 9", "Ward 12", "MVA-BN");
  phone numbers ("0800 4422 100", "0772 896 896", "on 199", "031 555 0199"); a wire's date and sign-off ("Oct 10",
  "bik-jm/rlp/cw"); and counts without a numeral ("a single grave", "Some of the children", "Several listeners", "most
  of them", "many teachers", "Those who remain in custody", "An officer").
- Facts (dev gold: a total and the parts that break it down are one fact, like its 234 complaints = 129 + 105):
  parts are grouped with their total (the children and women, and the 17 women and children, with the massacre's
  dead; the four who died at home with NDHR's deaths and the 61 children with the mpox cases; the 17 in tents with the
  patients admitted; the 70 percent vaccinated with the contacts; the nine delegates, the 64 released, the 23
  remanded and the 40 still held with the arrested; the three seriously injured with the injured officers; the 37
  women, 22 children, 43 taken to hospital and 11 critical with the rescued; the four migrant workers with the
  scaffold's dead; the 11 serious with the 26 injured). A rising count stays in one fact (38 -> 64 dead; 20 -> 23
  abducted; "more than 200" -> 340 houses; seven -> 11 attackers killed; three -> five mpox deaths, NDHR's seven ->
  11; 146 -> 203 cases; 38 -> 52 admitted; 112 -> 131 detained (FENADE); 34 -> 41 treated). Left out: other
  quantities of the same event (the residents marching, the nine buried, the 43 wounded, OCHA's displaced; the 23 new
  cases of one day, the doses received and expected, the 600 vaccinated, the hundreds turned away, the 14 schools;
  the complaints; the five smugglers, the 3,400 intercepted; the two unaccounted for, the 14 violations, the workers
  downing tools), background (the militia's 1,500 since 2021, the June raid, the WHO's figures, inflation, the IOM's
  1,100 since January, Tamerra's half a million, the 212 construction deaths) and single figures. The schools closed
  on Wednesday (38% vs 90%) and the teachers absent on Friday (85% vs 29%) are different quantities (different
  measures, different days): two facts.
- Statuses: the dev gold's three. disputed = different sources give incompatible figures; corroborated = the figures
  agree (a source and a headline, two outlets, or a rising count nobody disputes, like the dev gold's 284 so far /
  around 300); consistent = one source's total and its parts with nobody else giving a figure (the dev gold's D6).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import DEAD_WORDS, PEOPLE, about, atl, ex, vg, write  # noqa: E402




# --- Ruzoko village massacre, Mbeli province, Kivara --------------------------------------------------------
MASS_DEAD = PEOPLE + ["civilian", "civilians", "villager", "villagers", "resident", "residents"] + DEAD_WORDS
MASS_DEAD_PART = MASS_DEAD + ["child", "children", "woman", "women"]
ABDUCTED = PEOPLE + ["abducted", "abductee", "abductees", "hostage", "hostages", "captive", "captives", "man", "men",
                     "villager", "villagers", "civilian", "civilians"]
HOUSES = ["house", "houses", "home", "homes", "hut", "huts", "building", "buildings", "dwelling", "dwellings"]
ATTACKERS = ["attacker", "attackers", "assailant", "assailants", "militiaman", "militiamen", "fighter", "fighters",
             "militia", "rebel", "rebels", "killed", "dead"]
MARCHERS_K = PEOPLE + ["resident", "residents", "protester", "protesters", "demonstrator", "demonstrators",
                       "marcher", "marchers", "crowd"]
BURIED = PEOPLE + ["body", "bodies", "dead", "victim", "victims", "burial", "buried", "corpse", "corpses"]
WOUNDED = PEOPLE + ["wounded", "injured", "injury", "injuries", "patient", "patients", "casualty", "casualties",
                    "victim", "victims"]
FLED = PEOPLE + ["displaced", "fled", "resident", "residents", "villager", "villagers", "refugee", "refugees",
                 "evacuee", "evacuees", "civilian", "civilians"]

MUKENDI = ["mukendi", "jean-pierre mukendi", "territory administrator", "administrator", "local official",
           "local officials", "official", "officials", "ruzoko territory"]
ARMY = ["army", "kivara army", "armed forces", "military", "bikoro", "anselme bikoro", "army spokesman"]
BIKORO = ["bikoro", "anselme bikoro", "lieutenant anselme bikoro", "army spokesman", "army", "kivara army",
          "armed forces", "military"]
CIVSOC = ["ruzoko civil society coordination", "civil society coordination", "civil society", "coordination",
          "kasereka", "bienvenu kasereka"]
BAROMETER = ["mbeli security barometer", "security barometer", "barometer"]
FURAHA = ["furaha", "aline furaha", "mbasa general hospital", "hospital", "hospital director"]
OCHA = ["ocha", "un office for the coordination of humanitarian affairs",
        "office for the coordination of humanitarian affairs", "un", "united nations"]

# --- Marondo mpox outbreak, Nyakoma ---------------------------------------------------------------------------
MPOX_DEAD = PEOPLE + DEAD_WORDS + ["child", "children", "patient", "patients"]
CASES = PEOPLE + ["case", "cases", "infection", "infections", "patient", "patients", "mpox"]
CASES_CHILD = CASES + ["child", "children"]
NEW_CASES = CASES + ["new case", "new cases"]
PATIENTS = PEOPLE + ["patient", "patients", "admission", "admissions", "admitted", "case", "cases"]
CONTACTS = PEOPLE + ["contact", "contacts", "traced"]
CONTACTS_PCT = CONTACTS + ["percent", "vaccinated", "vaccination"]
DOSES = ["dose", "doses", "vaccine", "vaccines", "vial", "vials", "shot", "shots"]
BEDS = ["bed", "beds", "ward"]
COUNTRIES = ["country", "countries", "nation", "nations"]
VACCINATED = PEOPLE + ["vaccinated", "vaccination", "vaccinations", "patient", "patients", "resident", "residents"]
TURNED_AWAY = PEOPLE + ["resident", "residents", "patient", "patients", "villager", "villagers"]
SCHOOLS = ["school", "schools"]

MOH = ["ministry of health and child care", "ministry of health", "health ministry", "ministry", "gwenzi",
       "tapiwa gwenzi", "permanent secretary"]
GWENZI = ["gwenzi", "tapiwa gwenzi", "dr tapiwa gwenzi", "permanent secretary", "ministry of health and child care",
          "ministry of health", "health ministry", "ministry"]
MASHIRI = ["mashiri", "chipo mashiri", "provincial medical director", "medical director"]
NDHR = ["nyakoma doctors for health rights", "doctors for health rights", "ndhr", "association", "chitsa",
        "norman chitsa"]
CHITSA = ["chitsa", "norman chitsa", "secretary-general", "nyakoma doctors for health rights",
          "doctors for health rights", "ndhr", "association"]
WHO = ["world health organisation", "who", "un"]
NURSE = ["nurse", "chikwaka clinic", "clinic"]
CHARI = ["chari", "lovemore chari", "ministry spokesperson", "ministry of health and child care", "ministry of health",
         "health ministry", "ministry"]
NCUBE = ["ncube", "farai ncube", "district schools inspector", "schools inspector"]

# --- Santa Inés teachers' march, Valdoria ----------------------------------------------------------------------
ARRESTED = PEOPLE + ["arrested", "arrest", "arrests", "detained", "detainee", "detainees", "teacher", "teachers",
                     "member", "members", "protester", "protesters", "demonstrator", "demonstrators"]
ARRESTED_PART = ARRESTED + ["delegate", "delegates", "released", "release", "remanded", "custody", "held",
                            "detention"]
MARCHERS = PEOPLE + ["teacher", "teachers", "marcher", "marchers", "protester", "protesters", "demonstrator",
                     "demonstrators", "crowd", "participant", "participants"]
TREATED = PEOPLE + ["demonstrator", "demonstrators", "protester", "protesters", "injured", "wounded", "patient",
                    "patients", "treated", "casualty", "casualties"]
OFFICERS_INJ = PEOPLE + ["officer", "officers", "police officer", "police officers", "policeman", "policemen",
                         "police", "injured", "wounded"]
SCHOOLS_PCT = ["percent", "school", "schools", "closed", "closure", "closures"]
ABSENT_PCT = ["percent", "teacher", "teachers", "absenteeism", "absent", "striker", "strikers", "strike",
              "adherence", "turnout"]
RAISE_PCT = ["percent", "raise", "rise", "increase", "pay", "salary", "salaries", "wage", "wages", "pay rise"]
COMPLAINTS = ["complaint", "complaints", "report", "reports", "mistreatment"]
INFLATION = ["percent", "inflation", "price", "prices"]

POLICE_V = ["national police", "policía nacional", "police"]
FENADE = ["fenade", "national federation of educators", "federation of educators", "union", "villalobos",
          "rosa elena villalobos"]
REDCROSS = ["valdorian red cross", "red cross"]
SECMIN = ["security ministry", "ministry of security", "ministry"]
EDUMIN = ["education ministry", "ministry of education", "ministry"]
PROSEC = ["public prosecutor's office", "prosecutor's office", "public prosecutor", "prosecutor", "prosecutors"]
OMBUDS = ["ombudsman's office", "ombudsman", "defensoría de los habitantes"]
INEC = ["national statistics institute", "statistics institute", "inec"]

# --- Sabra desert rescue, Zahran ---------------------------------------------------------------------------------
RESCUED = PEOPLE + ["migrant", "migrants", "survivor", "survivors", "rescued"]
RESCUED_PART = RESCUED + ["woman", "women", "child", "children", "patient", "patients", "hospital", "admitted",
                          "critical", "condition"]
DESERT_DEAD = PEOPLE + ["migrant", "migrants"] + DEAD_WORDS
GROUP = PEOPLE + ["migrant", "migrants", "group", "passenger", "passengers", "traveller", "travellers"]
SMUGGLERS = PEOPLE + ["smuggler", "smugglers", "suspect", "suspects", "arrested"]
INTERCEPTED = PEOPLE + ["migrant", "migrants", "intercepted"]
MIGRANT_DEAD = DESERT_DEAD + ["missing"]
DISPLACED = PEOPLE + ["displaced", "refugee", "refugees"]

BGC = ["border guard command", "border guards", "border guard", "command"]
IOM = ["international organization for migration", "iom", "un"]
IBRAHIM = ["ibrahim", "survivor", "migrant"]
OBSERVATORY = ["tamerran migrant rights observatory", "migrant rights observatory", "observatory"]
HADDAD = ["haddad", "samir haddad", "al-hawiya general hospital", "hospital", "hospital director"]
INTERIOR = ["interior ministry", "ministry of interior", "ministry"]

# --- Khanyisa Bay stadium scaffold collapse ------------------------------------------------------------------------
SITE_DEAD = PEOPLE + ["worker", "workers", "labourer", "labourers", "migrant worker", "migrant workers"] + DEAD_WORDS
SITE_INJ = PEOPLE + ["worker", "workers", "injured", "injury", "injuries", "wounded", "patient", "patients",
                     "casualty", "casualties"]
MISSING = PEOPLE + ["worker", "workers", "missing", "unaccounted"]
ON_SITE = PEOPLE + ["worker", "workers", "labourer", "labourers", "employee", "employees", "us"]
VIOLATIONS = ["violation", "violations", "breach", "breaches", "safety violation", "safety violations", "offence",
              "offences"]
STRIKERS = PEOPLE + ["worker", "workers", "striker", "strikers", "protester", "protesters", "crowd"]
SEATS = ["seat", "seats", "spectator", "spectators", "capacity", "fan", "fans"]
CONSTR_DEAD = PEOPLE + ["worker", "workers"] + DEAD_WORDS

DPW = ["ndlovu coast department of public works", "department of public works", "public works", "khumalo",
       "lindiwe khumalo", "mec"]
KHUMALO = ["khumalo", "lindiwe khumalo", "mec", "public works mec", "department of public works", "public works"]
MABASO = ["mabaso", "thandi mabaso", "emergency medical services", "ems"]
CONTRACTOR = ["mokoena-vance construction", "mokoena-vance", "contractor"]
ZULU = ["zulu", "mandla zulu", "shop steward", "bawu", "building and allied workers' union", "union"]
SITHOLE = ["sithole", "nomvula sithole", "general secretary", "bawu", "building and allied workers' union", "union"]
LABOUR = ["department of employment and labour", "employment and labour", "labour department", "inspectors"]
CIDB = ["construction industry development board", "cidb"]

AFFILIATION = {
    "mukendi": "Government of Kivara", "army": "Kivara army", "bikoro": "Kivara army",
    "ruzoko civil society coordination": "Ruzoko civil society", "mbeli security barometer": "Mbeli Security Barometer",
    "furaha": "Hospital", "ocha": "UN",
    "ministry of health and child care": "Government of Nyakoma", "gwenzi": "Government of Nyakoma",
    "mashiri": "Government of Nyakoma", "nyakoma doctors for health rights": "Nyakoma Doctors for Health Rights",
    "chitsa": "Nyakoma Doctors for Health Rights", "world health organisation": "UN", "nurse": "Health workers",
    "chari": "Government of Nyakoma", "ncube": "Government of Nyakoma",
    "national police": "Police", "fenade": "FENADE", "valdorian red cross": "Red Cross",
    "security ministry": "Government of Valdoria", "education ministry": "Government of Valdoria",
    "public prosecutor's office": "Public Prosecutor's Office", "ombudsman's office": "Ombudsman",
    "national statistics institute": "Government of Valdoria",
    "border guard command": "Government of Zahran", "international organization for migration": "UN",
    "ibrahim": "Migrants", "tamerran migrant rights observatory": "Tamerran Migrant Rights Observatory",
    "haddad": "Hospital", "interior ministry": "Government of Zahran",
    "ndlovu coast department of public works": "Government of Ndlovu Coast",
    "khumalo": "Government of Ndlovu Coast", "mabaso": "Government of Ndlovu Coast",
    "mokoena-vance construction": "Mokoena-Vance Construction", "zulu": "Building and Allied Workers' Union",
    "sithole": "Building and Allied Workers' Union",
    "department of employment and labour": "Department of Employment and Labour",
    "construction industry development board": "Construction Industry Development Board",
}

A = {}

A["01_ruzoko-village-massacre_aep.txt"] = ("2026-09-15", [
    ("kills at least 38", [], atl(38), MASS_DEAD, None, False, "headline"),
    ("At least 38 civilians were killed", MUKENDI, atl(38), MASS_DEAD, "2026-09-13", False,
     "'a local official told AEP on Tuesday' at the end of the sentence = the territory administrator, named in the "
     "next paragraph; 'on Sunday night'"),
    ("at least 20 people, most of them young men", MUKENDI, atl(20), ABDUCTED, "2026-09-13", False,
     "'He said' = Mukendi; abducted in Sunday night's raid"),
    ("more than 200 houses", MUKENDI, atl(200), HOUSES, "2026-09-13", False, "same sentence as the abducted"),
    ("Twenty-two civilians lost their lives", BIKORO, ex(22), MASS_DEAD, "2026-09-13", False,
     "quote, speaker after it (the army's regional spokesman)"),
    ("\"neutralised\" seven assailants", BIKORO, ex(7), ATTACKERS, "2026-09-14", False,
     "'during a pursuit operation on Monday'"),
    ("counted 51 bodies by Monday evening", CIVSOC, ex(51), MASS_DEAD, "2026-09-13", False,
     "a body count of Sunday night's raid, like fresh18's 'As at this morning, 39 bodies'"),
    ("17 of them women and children", CIVSOC, ex(17), MASS_DEAD_PART, "2026-09-13", False, "part of the 51"),
    ("hundreds of residents marched", [], vg(100, 999), MARCHERS_K, "2026-09-14", False,
     "own voice ('an AEP correspondent saw'); 'On Monday'"),
    ("more than 1,500 civilians", BAROMETER, atl(1500), MASS_DEAD, None, False,
     "background: killed by the militia 'since 2021'; 'according to the Mbeli Security Barometer'"),
    ("19 people were killed in a similar night-time raid", [], ex(19), MASS_DEAD, None, False,
     "background, own voice; 'In June': a month only"),
])

A["02_ruzoko-village-massacre_londonchronicle.txt"] = ("2026-09-17", [
    ("death toll rises to 64", [], ex(64), MASS_DEAD, None, False, "headline"),
    ("Local officials say 64 people", MUKENDI, ex(64), MASS_DEAD, "2026-09-13", False,
     "standfirst, dated like the dev gold's Soma standfirst; the body gives the administrator as the source"),
    ("including 21 children", MUKENDI, ex(21), MASS_DEAD_PART, "2026-09-13", False, "standfirst; part of the 64"),
    ("had risen to 64", MUKENDI, ex(64), MASS_DEAD, "2026-09-13", False,
     "'by Wednesday, the local administrator said': the dead of Sunday night's raids"),
    ("21 of the dead were children", MUKENDI, ex(21), MASS_DEAD_PART, "2026-09-13", False, "part of the 64"),
    ("19 were women", MUKENDI, ex(19), MASS_DEAD_PART, "2026-09-13", False, "part of the 64, same sentence"),
    ("Yesterday we buried nine", MUKENDI, ex(9), BURIED, "2026-09-15", False,
     "quote, 'he told the Chronicle on Wednesday': 'Yesterday' = Tuesday"),
    ("at least 23 people into the forest", MUKENDI, atl(23), ABDUCTED, "2026-09-13", False,
     "'Mukendi said the attackers had also taken'"),
    ("put the toll at 22", ARMY, ex(22), MASS_DEAD, "2026-09-13", False, "'The army, which on Tuesday put'"),
    ("killed 11 of the attackers", BIKORO, ex(11), ATTACKERS, None, False, "'since Monday': no single day"),
    ("\"a few dozen huts\"", BIKORO, vg(24, 99), HOUSES, "2026-09-13", False,
     "the army spokesman's count of homes burned in the raids; 'a few dozen' read like 'dozens' 24..99"),
    ("the 340 houses reported by local officials", MUKENDI, ex(340), HOUSES, "2026-09-13", False,
     "the local officials' figure, named in the army's denial (dev gold cz4: the claim is theirs)"),
    ("counted 51 bodies on Monday", CIVSOC, ex(51), MASS_DEAD, "2026-09-13", False,
     "the civil society coordination's earlier count, restated"),
    ("at least 80 people had been killed", CIVSOC, atl(80), MASS_DEAD, "2026-09-13", False, "'now says'"),
    ("treating 43 wounded", FURAHA, ex(43), WOUNDED, "2026-09-16", False,
     "a state on the day the director spoke ('on Wednesday')"),
    ("about 14,000 people had fled", OCHA, about(14000), FLED, None, False, "'since the attack': no single day"),
])

A["03_marondo-mpox_nyakomaherald.txt"] = ("2026-08-06", [
    ("Mpox cases rise to 146", [], ex(146), CASES, None, False, "headline"),
    ("have risen to 146", MOH, ex(146), CASES, None, False,
     "'the Ministry of Health and Child Care said yesterday'; 'since the outbreak was declared on July 14': "
     "cumulative"),
    ("Twenty-three new cases were confirmed", MOH, ex(23), NEW_CASES, "2026-08-04", False,
     "continues the ministry's paragraph; 'on Tuesday alone'"),
    ("61 of the confirmed cases", GWENZI, ex(61), CASES_CHILD, None, False,
     "part of the cases; 'under the age of 15' is an age"),
    ("three people, all of them children, had died", GWENZI, ex(3), MPOX_DEAD, None, False, "cumulative"),
    ("More than 1 200 contacts", GWENZI, atl(1200), CONTACTS, None, False, "quote; '1 200' = 1,200"),
    ("about 70 percent of them have been vaccinated", GWENZI, about(70), CONTACTS_PCT, None, False,
     "part of the contacts"),
    ("10 000 doses", MOH, ex(10000), DOSES, None, False, "'According to the ministry'; received 'last week'"),
    ("We have 38 patients admitted", MASHIRI, ex(38), PATIENTS, "2026-08-05", False,
     "quote; a state on the day she spoke ('in an interview yesterday')"),
    ("a ward with 40 beds", MASHIRI, ex(40), BEDS, None, True, "the ward's capacity; optional"),
    ("at least seven people had died", NDHR, atl(7), MPOX_DEAD, None, False, "'the association said'"),
    ("four of them at home", NDHR, ex(4), MPOX_DEAD, None, False, "part of NDHR's seven"),
    ("more than 40 000 confirmed mpox cases", WHO, atl(40000), CASES, None, False,
     "'According to the World Health Organisation'; 'this year'"),
    ("in 21 African countries", WHO, ex(21), COUNTRIES, None, False, "same sentence"),
])

A["04_marondo-mpox_starfmtandavi.txt"] = ("2026-08-10", [
    ("rise to five", MOH, ex(5), MPOX_DEAD, None, False, "headline with a trailing speaker ('– Ministry')"),
    ("has risen to five", MOH, ex(5), MPOX_DEAD, None, False,
     "'the Ministry of Health and Child Care has confirmed'; cumulative"),
    ("up from three last week", MOH, ex(3), MPOX_DEAD, None, False, "the ministry's earlier count, restated"),
    ("had climbed to 203", MOH, ex(203), CASES, None, False, "'the ministry said'; cumulative"),
    ("52 patients were now admitted", MASHIRI, ex(52), PATIENTS, "2026-08-09", False,
     "'told Star FM News on Sunday': a state on that day"),
    ("17 of them in tents", MASHIRI, ex(17), PATIENTS, "2026-08-09", False, "part of the 52"),
    ("at least 11 people had died", CHITSA, atl(11), MPOX_DEAD, None, False, "'since July': cumulative"),
    ("We have the names of 11 people", CHITSA, ex(11), MPOX_DEAD, None, True,
     "a back-reference inside the same speaker's quote; optional"),
    ("vaccinated 600 people on Friday", NURSE, ex(600), VACCINATED, "2026-08-07"),
    ("turned away hundreds more", NURSE, vg(100, 999), TURNED_AWAY, "2026-08-08", False, "'on Saturday'"),
    ("a further 20 000 doses", CHARI, ex(20000), DOSES, None, False, "expected 'next week'"),
    ("14 schools in the district", NCUBE, ex(14), SCHOOLS, None),
])

A["05_santa-ines-teachers-march_valdoriatimes.txt"] = ("2026-10-08", [
    ("Police arrest 87", [], ex(87), ARRESTED, None, False, "headline"),
    ("Police arrested 87 people", POLICE_V, ex(87), ARRESTED, "2026-10-07", False,
     "'the National Police (Policía Nacional) said in a statement'; 'on Wednesday'"),
    ("Tens of thousands of teachers", [], vg(10000, 99999), MARCHERS, "2026-10-07", False, "own voice"),
    ("the crowd at some 18,000 people", POLICE_V, about(18000), MARCHERS, "2026-10-07", False,
     "'Police estimated'; 'some' = about"),
    ("more than 60,000 took part", FENADE, atl(60000), MARCHERS, "2026-10-07"),
    ("112 of its members had been detained", FENADE, ex(112), ARRESTED, "2026-10-07", False,
     "'FENADE disputed the police account of the arrests, saying'"),
    ("among them nine regional delegates", FENADE, ex(9), ARRESTED_PART, "2026-10-07", False, "part of the 112"),
    ("treated 34 demonstrators", REDCROSS, ex(34), TREATED, "2026-10-07", False, "treated at Wednesday's march"),
    ("14 police officers were injured", SECMIN, ex(14), OFFICERS_INJ, "2026-10-07"),
    ("three of them seriously", SECMIN, ex(3), OFFICERS_INJ, "2026-10-07", False, "part of the 14"),
    ("38% of the country's", EDUMIN, ex(38), SCHOOLS_PCT, "2026-10-07", False,
     "schools closed 'on Wednesday', per the Education Ministry"),
    ("4,100 public schools", EDUMIN, ex(4100), SCHOOLS, None, True, "the base of the 38%, a background count; optional"),
    ("FENADE put the figure at 90%", FENADE, ex(90), SCHOOLS_PCT, "2026-10-07", False, "the same measure"),
    ("teachers need a 25% raise", FENADE, ex(25), RAISE_PCT, None, False, "'FENADE says'"),
])

A["06_santa-ines-teachers-march_prensaaustral.txt"] = ("2026-10-10", [
    ("frees 64", [], ex(64), ARRESTED_PART, None, False, "headline"),
    ("remands 23", [], ex(23), ARRESTED_PART, None, False, "headline"),
    ("the release of 64", PROSEC, ex(64), ARRESTED_PART, "2026-10-09", False,
     "'the Public Prosecutor's Office reported'; ordered 'on Friday'; part of the 87"),
    ("the 87 people arrested", PROSEC, ex(87), ARRESTED, "2026-10-07", False,
     "arrested 'during Wednesday's teachers' march'; the prosecutor's figure"),
    ("remanded the other 23", PROSEC, ex(23), ARRESTED_PART, "2026-10-09", False, "part of the 87, 'on Friday'"),
    ("131 people had been detained", FENADE, ex(131), ARRESTED, "2026-10-07", False,
     "'The union said on Friday'; 'detained on Wednesday'"),
    ("not 87", PROSEC, ex(87), ARRESTED, "2026-10-07", True,
     "the official figure, quoted only to be rejected in the union's statement; optional"),
    ("at least 40 were still being held", FENADE, atl(40), ARRESTED_PART, "2026-10-09", False,
     "a state as told by the union 'on Friday'; part of its 131"),
    ("raised to 41", REDCROSS, ex(41), TREATED, "2026-10-07", False,
     "'the number of demonstrators it treated on Wednesday'"),
    ("its figure of 14 injured police officers", SECMIN, ex(14), OFFICERS_INJ, "2026-10-07", False,
     "'The Security Ministry maintained'"),
    ("received 27 complaints", OMBUDS, ex(27), COMPLAINTS, None),
    ("85% of teachers stayed away", FENADE, ex(85), ABSENT_PCT, "2026-10-09", False, "'The union said'; 'on Friday'"),
    ("put absenteeism at 29%", EDUMIN, ex(29), ABSENT_PCT, "2026-10-09", False, "same sentence: Friday's absenteeism"),
    ("salaries must rise 25%", FENADE, ex(25), RAISE_PCT, None, False, "'FENADE, which says'"),
    ("stood at 31.4%", INEC, ex(31.4), INFLATION, None, False,
     "'according to the National Statistics Institute'; 'in September': a month only"),
])

A["07_sabra-desert-rescue_zahrandailystar.txt"] = ("2026-07-21", [
    ("rescue 214 migrants", [], ex(214), RESCUED, None, False, "headline"),
    ("19 found dead", [], ex(19), DESERT_DEAD, None, False, "headline"),
    ("rescued 214 migrants", BGC, ex(214), RESCUED, "2026-07-19", False,
     "'the Border Guard Command said on Monday'; 'on Sunday'"),
    ("the bodies of 19 others", BGC, ex(19), DESERT_DEAD, "2026-07-19", False, "found on Sunday, same sentence"),
    ("37 women", BGC, ex(37), RESCUED_PART, "2026-07-19", False, "'the command said in a statement'; part of the 214"),
    ("22 children", BGC, ex(22), RESCUED_PART, "2026-07-19", False, "part of the 214"),
    ("We were 260 people", IBRAHIM, ex(260), GROUP, None, False,
     "quote, 'said Ibrahim': the group 'when we left Tamerra', no day"),
    ("at least 30 people were believed to have died", IOM, atl(30), DESERT_DEAD, None, False,
     "'during the crossing': several days"),
    ("had numbered at least 300", OBSERVATORY, atl(300), GROUP, None, False, "'when it set off': no day"),
    ("43 of the rescued migrants", HADDAD, ex(43), RESCUED_PART, "2026-07-19", False,
     "'brought to the hospital on Sunday night'; part of the rescued"),
    ("11 were in critical condition", HADDAD, ex(11), RESCUED_PART, "2026-07-20", False,
     "part of the 43; a state as said 'on Monday'"),
    ("five suspected smugglers", INTERIOR, ex(5), SMUGGLERS, "2026-07-20", False,
     "'..., the Interior Ministry said'; 'on Monday'"),
    ("3,400 migrants were intercepted", INTERIOR, ex(3400), INTERCEPTED, None, False,
     "'The ministry says'; 'in the first six months of this year'"),
    ("more than 1,100 migrants", IOM, atl(1100), MIGRANT_DEAD, None, False,
     "'The IOM says'; dead or missing 'since January'"),
    ("more than half a million people", [], atl(500000), DISPLACED, None, False,
     "own voice, background; 'since 2023'"),
])

A["08_khanyisa-stadium-scaffold_khanyisamail.txt"] = ("2026-11-04", [
    ("Seven dead", [], ex(7), SITE_DEAD, None, False, "headline"),
    ("Seven workers were killed", DPW, ex(7), SITE_DEAD, "2026-11-02", False,
     "'the Ndlovu Coast department of public works said on Tuesday'; 'on Monday afternoon'"),
    ("26 injured", DPW, ex(26), SITE_INJ, "2026-11-02", False, "same sentence"),
    ("11 of the injured", MABASO, ex(11), SITE_INJ, "2026-11-03", False,
     "part of the 26; 'still in a serious condition in hospital on Tuesday'"),
    ("two workers who remained unaccounted for", MABASO, ex(2), MISSING, "2026-11-03", False,
     "same sentence as 'on Tuesday'"),
    ("four of those killed", KHUMALO, ex(4), SITE_DEAD, "2026-11-02", False, "part of the dead"),
    ("84 workers had been on the east stand", CONTRACTOR, ex(84), ON_SITE, "2026-11-02", False,
     "'when it collapsed'"),
    ("more than 200 of us", ZULU, atl(200), ON_SITE, "2026-11-02", False,
     "quote, 'said Bawu shop steward Mandla Zulu'; 'on that side of the stand' when it came down"),
    ("at least 10 workers had died", SITHOLE, atl(10), SITE_DEAD, "2026-11-02"),
    ("14 safety violations", LABOUR, ex(14), VIOLATIONS, None, False, "'during an inspection in August'"),
    ("Hundreds of workers downed tools", [], vg(100, 999), STRIKERS, "2026-11-03", False, "own voice; 'on Tuesday'"),
    ("52 000 spectators", [], ex(52000), SEATS, None, True, "the stadium's future capacity; optional"),
    ("212 workers died", CIDB, ex(212), CONSTR_DEAD, None, False,
     "'According to the Construction Industry Development Board'; 'last year'"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-2", "01-5", "01-7", "01-8", "02-1", "02-2", "02-3", "02-4", "02-5", "02-6",
                        "02-9", "02-13", "02-14"],
     "dead in the Ruzoko village raids (2026-09-13): at least 38 -> 64, 21 of them children and 19 women "
     "(administrator Mukendi; both headlines; standfirst) vs 22 (the army, in both outlets) vs 51 bodies, 17 of them "
     "women and children -> 'at least 80' (Ruzoko civil society coordination)"),
    ("F2", "corroborated", ["01-3", "02-8"],
     "people abducted in the raids: 'at least 20' -> 'at least 23' (Mukendi): a rising count nobody disputes"),
    ("F3", "disputed", ["01-4", "02-11", "02-12"],
     "houses burnt in the raids: 'more than 200' -> 340 (Mukendi, 'local officials') vs 'a few dozen huts' (the army)"),
    ("F4", "corroborated", ["01-6", "02-10"],
     "attackers killed by the army: seven on 2026-09-14 -> 11 since Monday (army spokesman Bikoro)"),
    ("F5", "disputed", ["03-5", "03-11", "03-12", "04-1", "04-2", "04-3", "04-7"],
     "mpox deaths in Marondo: three -> five (Ministry of Health and Child Care; radio headline) vs 'at least seven', "
     "four of them at home -> 'at least 11' (Nyakoma Doctors for Health Rights)"),
    ("F6", "corroborated", ["03-1", "03-2", "03-4", "04-4"],
     "confirmed mpox cases in Marondo since 2026-07-14: 146, 61 of them children (ministry; daily headline) -> 203 "
     "(ministry)"),
    ("F7", "corroborated", ["03-9", "04-5", "04-6"],
     "mpox patients admitted at Tandavi District Hospital: 38 on 2026-08-05 -> 52 on 2026-08-09, 17 of them in tents "
     "(Provincial Medical Director Mashiri)"),
    ("F8", "consistent", ["03-6", "03-7"],
     "contacts traced: more than 1 200, about 70 percent of them vaccinated (Permanent Secretary Gwenzi)"),
    ("F9", "disputed", ["05-1", "05-2", "05-6", "05-7", "06-1", "06-2", "06-3", "06-4", "06-5", "06-6", "06-8"],
     "people arrested at the Santa Inés teachers' march (2026-10-07): 87 (National Police; paper headline; Public "
     "Prosecutor's Office), 64 released and 23 remanded on 2026-10-09 (prosecutor; wire headline) vs 112 members, "
     "nine of them delegates -> 131, at least 40 still held (FENADE)"),
    ("F10", "disputed", ["05-3", "05-4", "05-5"],
     "marchers on 2026-10-07: 'tens of thousands' (own voice) vs 'some 18,000' (police) vs 'more than 60,000' (FENADE)"),
    ("F11", "corroborated", ["05-8", "06-9"],
     "demonstrators treated by the Red Cross on 2026-10-07: 34 -> 41 (Valdorian Red Cross)"),
    ("F12", "corroborated", ["05-9", "05-10", "06-10"],
     "police officers injured on 2026-10-07: 14, three of them seriously (Security Ministry, in both outlets)"),
    ("F13", "disputed", ["05-11", "05-13"],
     "public schools closed by the strike on 2026-10-07: 38% (Education Ministry) vs 90% (FENADE)"),
    ("F14", "disputed", ["06-12", "06-13"],
     "teachers absent on 2026-10-09: 85% (FENADE) vs 29% (Education Ministry)"),
    ("F15", "corroborated", ["05-14", "06-14"], "the raise teachers need: 25% (FENADE, in both outlets)"),
    ("F16", "corroborated", ["07-1", "07-3", "07-5", "07-6", "07-10", "07-11"],
     "migrants rescued in the Sabra desert on 2026-07-19: 214, 37 women and 22 children among them (Border Guard "
     "Command; headline), 43 taken to hospital, 11 of them critical (hospital director Haddad)"),
    ("F17", "disputed", ["07-2", "07-4", "07-8"],
     "migrants of the group dead: 19 bodies found on 2026-07-19 (Border Guard Command; headline) vs 'at least 30' "
     "believed dead during the crossing (IOM)"),
    ("F18", "disputed", ["07-7", "07-9"],
     "the group's size at departure: 260 (a survivor, Ibrahim) vs 'at least 300' (Tamerran Migrant Rights "
     "Observatory)"),
    ("F19", "disputed", ["08-1", "08-2", "08-6", "08-9"],
     "workers killed in the Khanyisa Bay scaffold collapse (2026-11-02): seven, four of them migrant workers "
     "(department of public works, MEC Khumalo; headline) vs 'at least 10' (Bawu general secretary Sithole)"),
    ("F20", "consistent", ["08-3", "08-4"],
     "workers injured in the collapse: 26 (department of public works), 11 still serious on 2026-11-03 (EMS "
     "spokesperson Mabaso)"),
    ("F21", "disputed", ["08-7", "08-8"],
     "workers on the east stand when it collapsed: 84 (Mokoena-Vance Construction) vs 'more than 200' (Bawu shop "
     "steward Zulu)"),
]


if __name__ == "__main__":
    write(HERE, "fresh22.gold.json", A, FACTS, AFFILIATION, unique=True)
