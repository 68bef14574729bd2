"""Builds fresh19.gold.json from the annotations below (run: python3 -B build_gold.py).

The nineteenth fresh set, written BLIND: 8 invented articles on 6 events, in wire / newspaper / broadsheet / TV
website / news site styles (a Reuters-style "PORT CASMIR, Nov 3 (ANS) -" wire with a reporting/writing/editing
credit and a hotline number; a national daily's follow-up two days later with a "By ..." byline and "yesterday"; an
AP-style "RANTU, Kalimar (WNS) —" story with bare weekdays ("Sunday afternoon", "said Monday"), miles in brackets and
"Level 4"; a London broadsheet feature with a standfirst, a byline line ("Harriet Cole in Rantu town"), "10km",
"£3.9m" and a back-reference inside a quote; an Indian news site's story with a "Sonpur:" dateline, "Ramesh Yadav
(41)", "Class VI", "4.5 lakh", "Rs 10,000" and a helpline; a local TV station's website with "Friday night", "said
Saturday", "604-555-0187" and "2nd and 5th Avenues"; a regional daily with "yesterday", "the A4 motorway", "up to
40km" and "410 million crowns"; and an East African news site's health story with "yesterday", "on Monday alone",
"Sh4.5 million" and a toll-free line). Topics are kept apart from the earlier sets (referendum turnout, general
strike, mine collapse, market shelling, drug deaths, ferry capsizing, refugees at a border, wildfire, heatwave deaths,
drugs raids, factory closure, chlorine leak, tram derailment, migrant boat, measles, bus crash, hunger strike,
blizzard, cruise norovirus, earthquake, hostages, rail strike, dengue, teachers' ballot, prison riot, festival
stampede, nurses' strike, police-shooting march, exam results, cyclone, landslide, hospital air strike, wedding food
poisoning, power blackout, marathon, floods, tuition protest, mall shooting, plane crash, pension rally, diphtheria in
a camp, mining pit collapse, admissions scandal, fuel tanker explosion, border artillery exchange, stadium crush, dam
release, general election, cholera):
the collapse of an apartment building in the Los Almendros district of Port Casmir, Veradia, early on Monday
2026-11-02 at about 5:20 a.m. (2 outlets: a wire on Tuesday 2026-11-03 and a national daily on Thursday 2026-11-05:
dead at least 14 (civil protection agency; wire headline "rises to 14"; "had given a toll of 14 on Tuesday" in the
daily) -> 31, eight of them children (the agency; daily headline "toll climbs to 31") vs "more than 50" (opposition
councillor Mendieta); injured 27 (the agency), six in intensive care on Tuesday (San Rafael hospital's director) ->
34 (the agency's director Salcedo); people missing on Tuesday "between 20 and 30" (Salcedo) vs "At least 45"
(residents' association head Ortega), "dozens feared trapped" (wire headline); nine pulled alive on Monday; 48
apartments and about 160 registered residents (city records); about 40 percent of the capital's housing built
without permits (Chamber of Construction); 212 buildings inspected since Tuesday, 17 of them declared unsafe, and
about 400 residents in shelters on Wednesday (public works secretary Benítez); about 300 illegally extended
buildings in the district (Mendieta); some 3,000 buildings in the capital to be audited (national government); 23
dead in a 2019 hotel collapse (own voice)),
the eruption of Mount Lesang on the island of Rantu, Kalimar, on Sunday afternoon 2026-10-18 (2 outlets: an AP-style
story on Monday 2026-10-19 and a broadsheet feature on Thursday 2026-10-22: dead three (National Disaster Agency;
headline "killing 3") -> seven, four more bodies found, two of them children (the agency; standfirst "rises to
seven") vs "At least 12" from one village alone (village head Tiwa); evacuees "More than 12,000" since Sunday (the
agency's spokeswoman Masabo) -> 31,600, "up from just over 12,000" (the agency) vs "at least 25,000" -> "more than
45,000" (Kalimar Red Cross), "thousands" (AP headline); 11 burned, two seriously (Masabo); "more than 200" volcanic
earthquakes on Saturday (the volcanology center's head Wenda) and "more than 300" on Tuesday alone (the centre); 500
soldiers and "dozens of trucks" sent on Sunday night (the military); 38 flights canceled Monday (Kalimar Air); about
2,000 foreign tourists on the island (tourism ministry); 61 dead in 1994, "more than 1,400 islands" (own voice);
340,000 visitors last year and some 210,000 people living on Rantu (the broadsheet's own voice)),
food poisoning after a mid-day meal at the Government Upper Primary School, Khairgaon, Sonpur district, on Wednesday
2026-11-11 (1 outlet, Thursday 2026-11-12: students fallen ill 94 (district officials; headline), two still critical
on Thursday morning (Civil Surgeon Verma; headline "2 critical"), 71 given first aid and sent home and 23 shifted to
the District Hospital (Collector Rao), 62 in the Block Education Officer's first report, vs "More than 130" (parent
Ramesh Yadav); six food samples collected on Thursday (a Food Safety Officer); "over 4.5 lakh" children in 2,340
schools under the scheme (district education office); 11 children dead in 2019 (own voice)),
a fire at the Harbourview Hotel, Calder Bay, on Friday night 2026-10-09 (1 outlet, a local TV website on Saturday
2026-10-10: dead four (fire department; headline "4 dead"); injured 37 taken to hospitals (fire department; headline
"dozens hurt"), 22 of them received overnight and five critical on Saturday (Calder Bay General Hospital); about 120
firefighters from 14 stations, more than 60 guests rescued, two firefighters hurt (Fire Chief Whitlock); unaccounted
for on Saturday three (Whitlock) vs one (the owner, Coastline Hospitality); 142 guests registered (Coastline); 11
fire code violations in 2024 (city records); 85 guests lodged on Saturday (Red Cross)),
a tractor protest by farmers in Brenholm, Norvania, on Tuesday 2026-10-27 (1 outlet, a regional daily on Wednesday
2026-10-28: tractors about 1,800 (police) vs "more than 3,000" (Norvanian Farmers' Union), 412 of them from Kasten
(the union's Kasten chairman Lindqvist); protesters "Thousands of farmers" (own voice), some 4,500 (police) vs 12,000
(the union); 14 arrested and seven officers injured (police spokesman Solheim); 23 union members treated for pepper
spray (the union); 62,000 farms benefiting (agriculture ministry); about 1.5 per cent of a farm's costs (minister
Brandt); farm incomes down 18 per cent (Statistics Norvania)),
and a typhoid outbreak in Kilemo County, Nyandara (1 outlet, Tuesday 2026-11-17: deaths nine since October 28
(County Health Executive Obura; headline) vs at least 17, six of them at home (clinical officers' union branch
secretary Kiprono); cases 634, 187 of them confirmed (Obura; headline "cross 600"); 41 new cases on Monday
2026-11-16 (Obura); 48 boreholes tested, 13 contaminated (water officer Mutua); more than 3,000 households without
piped water (MCA Nyamweya); 20,000 vaccine doses (Ministry of Health); about 85,000 people in Kilemo town and 260
cases and three deaths in 2021 (own voice)).
Annotated by hand by the README rules of ../shared/eval and the dev gold's conventions WITHOUT reading the system's
code, docs, contracts or README (nor any corpus_* folder but fresh18, read for the format and its convention list)
and WITHOUT running the extractor, claimlog or its tests on these articles (the scorer was run only on a prediction
built from this gold itself, as a self-check, from /tmp).
Each claim: evidence (exact substring, unique in its article), speaker aliases ([] = the article's own voice),
quantity, subject nouns, date [, optional [, note]]; the affiliation is set from the speaker below (AFFILIATION),
null for the own voice.
Conventions (the dev gold's, and fresh18's where the dev gold is silent):
- A date is the ISO day the counted event happened, resolved against the article's header date, and given when the
  figure's clause (or the event it counts) fixes the day; null when the text does not fix a day. The building
  collapse's dead (the wire's 14, the daily's 31 and its eight children, "a toll of 14 on Tuesday", Mendieta's "more
  than 50"), its injured (27; "had also grown, to 34", though some went to hospital later) and the nine pulled alive
  "on Monday" take the collapse's day "early on Monday" / "Monday's collapse" 2026-11-02; the missing take the day
  they were told: Salcedo's "between 20 and 30" "on Tuesday" and Ortega's present-tense quote "At least 45 people are
  unaccounted for" in the Tuesday wire (like the dev gold's "There are more than 18 bodies still trapped", dated the
  article's day), 2026-11-03; the six "in intensive care ... on Tuesday" 2026-11-03; the 400 in shelters "on
  Wednesday" 2026-11-04. The eruption's dead take "Sunday afternoon" / "Sunday's eruption" 2026-10-18, also the
  broadsheet's seven (standfirst and body, dated like the dev gold's Soma standfirst), its "four more bodies" found
  later (they count the eruption's dead, like fresh18's "39 bodies have been recovered") and Tiwa's "died on Sunday";
  the 11 burned and the two serious take the eruption's day; the 500 soldiers and the trucks "on Sunday night"
  2026-10-18; the tourists "on the island when the volcano erupted" 2026-10-18; the earthquakes "on Saturday"
  2026-10-17 and "on Tuesday alone" 2026-10-20; the flights canceled "Monday" 2026-10-19. The students who fell ill
  "after eating their mid-day meal on Wednesday" (officials, the BEO's 62, the parent's "More than 130"), the 71 sent
  home "the same night" and the 23 shifted "on Wednesday evening" take 2026-11-11; the two "still critical on
  Thursday morning" and the six samples "on Thursday" 2026-11-12. The hotel fire's dead, the 37 taken to hospitals,
  the 22 "received ... overnight" (like fresh18's 64 "overnight"), the firefighters, stations, guests rescued, the two
  firefighters hurt and the 142 guests registered "on Friday night" take "Friday night" 2026-10-09; the five "in
  critical condition Saturday", the three unaccounted for "as of Saturday afternoon", the one guest in the statement
  "released Saturday evening" and the 85 lodged "Saturday" 2026-10-10. The tractor protest's tractors, protesters
  (police, union, own voice "drove ... into the capital yesterday"), the Kasten contingent "at 2am yesterday", the
  arrests, the injured officers and the members treated at the protest take "yesterday" 2026-10-27. The 41 new
  typhoid cases "on Monday alone" 2026-11-16.
- Left undated (null): headlines; cumulative counts ("since October 28": the nine deaths, the 634 cases and their
  187 confirmed; Kiprono's "at least 17" and its six; "since Sunday": the evacuees, also "31,600 ... have now been
  evacuated", "up from just over 12,000 at the start of the week" and the Red Cross's figures; "since Tuesday": the
  212 buildings inspected and their 17); states without a stated day (the 48 apartments and 160 registered residents,
  "40 percent of housing", the 300 and 3,000 buildings, the 62,000 farms, the 3,000 households "for two weeks", the
  20,000 doses, the scheme's 4.5 lakh children and 2,340 schools, the populations of Rantu and Kilemo town, the two
  cooks suspended); "last week" (the 48 boreholes and their 13), "last year" (340,000 visitors, incomes down 18 per
  cent); past events given only by a year ("In 2019", "in 1994", "during a 2024 inspection", "in 2021").
- Speakers: an attribution before or after the figure covers every figure of that sentence ("..., the national civil
  protection agency said on Tuesday"; "..., officials said Monday" = the National Disaster Agency, whose spokeswoman
  is named in the next paragraph; "..., Kalimar's National Disaster Agency said on Wednesday, after search teams ...
  found four more bodies"; "According to District Collector Meenakshi Rao, ..."; "..., police spokesman Erik Solheim
  said"; "..., according to city records"; "City records show ..."; "..., according to the district education
  office"; "..., according to Statistics Norvania"; "..., health officials have said" = the county health department
  under Dr Obura, who is named in the next paragraph); a quotation keeps the speaker named after it ("'At least 45
  people are unaccounted for ...,' said Marisol Ortega"); "she said" / "he said" / "Masabo said" are resolved; "Its
  director, Hernán Salcedo" = the civil protection agency's; "The agency says" = the National Disaster Agency; "The
  Centre for Volcanology, which recorded ..., says" = the centre; "The union said" = the Norvanian Farmers' Union; the
  hotel's owner "said in a statement" = Coastline Hospitality. A figure the outlet states in its own words is the
  article's own voice: headlines without a speaker ("rises to 14, dozens feared trapped", "toll climbs to 31",
  "killing 3 and forcing thousands to flee", "94 students fall ill ..., 2 critical", "4 dead, dozens hurt", "kills
  nine ... as cases cross 600"), a standfirst without a speaker ("As the death toll from Sunday's eruption rises to
  seven"), the reporter's own lead ("Thousands of farmers drove their tractors into the capital yesterday") and
  background ("In 2019, 23 people died", "in 1994, killed 61 people", "more than 1,400 islands", "Tourism, which
  brought 340,000 visitors", "Some 210,000 people live on Rantu", "In 2019, 11 children died", "home to about 85,000
  people", "260 cases and three deaths").
- Speaker aliases follow how the article names the speaker (its full name, its surname, its title or body:
  "civil protection agency", "civil protection director", "residents' association", "city records", "disaster
  agency", "center for volcanology", "red cross", "village head", "district officials", "civil surgeon", "collector",
  "block education officer", "fire chief", "fire department", "police spokesman", "farmers union", "county health
  executive", "clinical officers"), lowercase, with accented names also without accents ("benitez", "hernan
  salcedo").
- Affiliation: the side when clear ("Government of Veradia" for the civil protection agency, its director and the
  national government; "Los Almendros residents" for Ortega; "City of Port Casmir" for the city records and the public
  works secretary; "Hospital" for the hospitals; "Veradian Chamber of Construction"; "Opposition" for councillor
  Mendieta; "Government of Kalimar" for the disaster agency, its spokeswoman, the volcanology center, the military
  and the tourism ministry; "Kalimar Red Cross"; "Kalimar Air"; "Wae Lolo village" for its head; "Sonpur district
  administration" for the district officials, the Civil Surgeon, the Collector, the Block Education Officer, the Food
  Safety Officer and the district education office; "Parents" for Ramesh Yadav; "Calder Bay Fire Department" for it
  and its chief; "Coastline Hospitality"; "City of Calder Bay" for its records; "Red Cross"; "Police" for the Brenholm
  police and their spokesman; "Norvanian Farmers' Union" for the union and Lindqvist; "Government of Norvania" for the
  agriculture ministry, minister Brandt and Statistics Norvania; "Farmers" for Ingrid Sætre; "Kilemo County
  Government" for Dr Obura and the water officer; "Nyandara Union of Clinical Officers" for Kiprono; "Kilemo County
  Assembly" for the MCA; "Government of Nyandara" for the Ministry of Health); null for the own voice.
- Quantities: "about"/"around"/"some" = +-12% as in the dev gold ("around 300" -> 264..336): "about 160" ->
  140.8..179.2, "about 40 percent" -> 35.2..44.8, "About 400" -> 352..448, "about 300" -> 264..336, "some 3,000" ->
  2,640..3,360, "About 2,000", "Some 210,000", "about 120", "about 1,800", "some 4,500", "about 1.5 per cent",
  "about 85,000" alike; "between 20 and 30" = one estimate given as a range, 20..30 with no value (the dev gold's
  "between 3.4 to 4.9 million"); "more than", "at least", "just over", "over" and "cross" (headline "cases cross 600")
  = lower bound; "dozens" 24..99, "thousands" / "Thousands" 1,000..9,999 as in the dev gold; "4.5 lakh" = 450,000
  (Indian grouping, as the dev gold's "4.18 lakh"); "Nine", "Eleven", "Twenty-three", "Fourteen", "Four", "seven" and
  the other numbers in words are their numbers; "4 dead" and "2 critical" in headlines are their figures.
- Optional: back-references inside a quote ("Seven is not the number for the whole mountain"); counts given in
  passing ("the two cooks engaged by the self-help group", "a dairy farm like mine, with 90 cows"); a background count
  of places ("an archipelago of more than 1,400 islands", like fresh18's "96 municipalities").
- Not claims: money ("50 million peso fund", "80bn kalim (£3.9m)", "$5m", "Rs 10,000", "Rs 50,000", "410 million
  crowns", "Sh4.5 million"); areas and heights ("some 4,000 hectares", "a 2,890-meter (9,480-foot) volcano"); ages
  ("62", "58-year-old", "39", "46", "aged between 6 and 14", "(41)", "(11)", "29", "71-year-old", "70 years old",
  "44", "51", "aged between nine months and 15 years"); years (2011, 1994, 2003, 2019, 2021, 2024, 1962); dates ("Nov
  3", "October 28", "since March", "in December", "from January"); times ("5:20 a.m. (0920 GMT)", "3 in the
  afternoon", "1.15 pm", "10:25 p.m.", "2am", "11am"); durations ("over the past two years", "for 30 hours", "three
  days of national mourning", "held for 90 days", "the last three days", "for at least ten days", "within half an
  hour", "within a week", "for nearly four hours", "nine hours", "for two weeks", "more than three days"); distances
  ("9 kilometers (5.6 miles)", "within 7 kilometers (4.3 miles)", "a 10km exclusion zone", "within 20km", "up to 40km");
  ordinals, levels, grades and names with numerals ("the fourth floor", "the second floor", "for the first time",
  "Level 4, the highest on its scale", "Class VI", "the fifth floor", "the seventh floor", "2nd and 5th Avenues",
  "Channel 12", "the A4 motorway", "the second tractor protest", "the largest since 2011"); multipliers ("twice as
  many tractors"); phone numbers ("0800 112 700", "1800-233-4170", "604-555-0187", "0800 721 316"); and counts without
  a numeral ("several residents", "several schools", "the rest of the injured", "every resident on the city's list",
  "a very different number").
- Facts (dev gold: a total and the parts that break it down are one fact, like its 234 complaints = 129 + 105):
  parts are grouped with their total (the eight children with the collapse's dead; the six in intensive care with the
  collapse's injured; the four more bodies and the two children with the eruption's dead; the two serious with the 11
  burned; the two critical, the 71 sent home and the 23 shifted with the 94 students; the 22 received by the hospital
  and its five critical with the hotel's injured; the Kasten contingent's 412 with the tractors; Kiprono's six deaths
  at home with the typhoid deaths; the 187 confirmed with the cases; the 13 contaminated with the 48 boreholes tested;
  the 17 declared unsafe with the 212 buildings inspected). A rising count stays in one fact (14 -> 31 dead; 27 -> 34
  injured; three -> seven dead; "More than 12,000" -> 31,600 evacuees and the Red Cross's 25,000 -> 45,000; the BEO's
  62 -> 94 students). Left out: other quantities of the same event (the nine pulled alive, the 48 apartments and 160
  residents, the 400 in shelters, the 300 illegally extended buildings of the district and the 3,000 buildings of
  the capital to be audited (different scopes, each single), the earthquakes of Saturday and of Tuesday (different
  days, each single), the soldiers, trucks, flights and tourists, the food samples, the scheme's children and schools,
  the firefighters, stations, guests rescued, firefighters hurt, guests registered and guests lodged, the arrests,
  the injured officers, the union members treated, the farms, the two percentages of the farm debate, the 41 new
  typhoid cases, the households without water, the vaccine doses, the town's population), background events (the
  2019 hotel collapse, the 1994 eruption, the 2019 school poisoning, the 2021 typhoid outbreak) and single figures.
- Statuses: the dev gold's three. disputed = different sources give incompatible figures (lower bounds read as "about
  that many": "more than 12,000" vs "at least 25,000" is a dispute, as fresh18's "at least 47" vs "more than 100");
  corroborated = the figures agree (a source and a headline, a source and a hospital's part of its figure, or a
  rising count nobody disputes, like the dev gold's 284 so far / around 300); consistent = one source's total and its
  parts with nobody else giving a figure (the dev gold's D6).
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldkit import DEAD_WORDS, PEOPLE, about, atl, ex, rng, vg, write  # noqa: E402



CHILDREN = ["child", "children", "boy", "boys", "girl", "girls"]
INJ_WORDS = ["injured", "injury", "injuries", "hurt", "wounded", "patient", "patients", "casualty", "casualties",
             "victim", "victims"]
POPULATION = PEOPLE + ["resident", "residents", "inhabitant", "inhabitants", "population"]

# --- Los Almendros building collapse, Port Casmir, Veradia ----------------------------------------------------
BLDG_DEAD = PEOPLE + DEAD_WORDS + ["resident", "residents"]
BLDG_CHILD = BLDG_DEAD + CHILDREN
BLDG_INJ = PEOPLE + INJ_WORDS + ["resident", "residents"]
MISSING = PEOPLE + ["missing", "trapped", "unaccounted", "resident", "residents", "survivor", "survivors", "victim",
                    "victims"]
RESCUED = PEOPLE + ["rescued", "survivor", "survivors", "resident", "residents"]
APARTMENTS = ["apartment", "apartments", "flat", "flats", "unit", "units", "home", "homes"]
RESIDENTS = POPULATION + ["tenant", "tenants"]
HOUSING_PCT = ["percent", "housing", "house", "houses", "home", "homes", "building", "buildings", "dwelling",
               "dwellings"]
BUILDINGS = ["building", "buildings", "house", "houses", "block", "blocks", "structure", "structures"]
SHELTERED = PEOPLE + ["resident", "residents", "evacuee", "evacuees", "displaced", "homeless"]

CIVPRO = ["civil protection agency", "national civil protection agency", "civil protection", "agency", "salcedo",
          "hernán salcedo", "hernan salcedo"]
SALCEDO = ["salcedo", "hernán salcedo", "hernan salcedo", "civil protection director", "director",
           "civil protection agency", "civil protection"]
ORTEGA = ["ortega", "marisol ortega", "residents' association", "residents association", "neighbourhood association",
          "residents"]
CITYREC = ["port casmir city records", "city records", "city", "records", "city hall"]
IBARRA = ["ibarra", "tomás ibarra", "tomas ibarra", "san rafael hospital", "hospital"]
CHAMBER = ["veradian chamber of construction", "chamber of construction", "chamber"]
MENDIETA = ["mendieta", "raúl mendieta", "raul mendieta", "councillor", "opposition councillor", "opposition"]
BENITEZ = ["benítez", "benitez", "carla benítez", "carla benitez", "public works secretary", "public works",
           "city"]
VERGOV = ["national government", "government", "veradia", "veradian government"]

# --- Mount Lesang eruption, Rantu, Kalimar ----------------------------------------------------------------------
VOLC_DEAD = PEOPLE + DEAD_WORDS + ["farmer", "farmers", "villager", "villagers"]
VOLC_CHILD = VOLC_DEAD + CHILDREN
EVACUEES = PEOPLE + ["evacuee", "evacuees", "evacuated", "evacuation", "displaced", "villager", "villagers",
                     "resident", "residents", "refugee", "refugees", "fled", "home", "homes"]
VOLC_INJ = PEOPLE + INJ_WORDS + ["burn", "burns", "burned", "burnt"]
QUAKES = ["earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "volcanic earthquake", "event",
          "events"]
SOLDIERS = PEOPLE + ["soldier", "soldiers", "troop", "troops", "personnel", "military"]
TRUCKS = ["truck", "trucks", "vehicle", "vehicles", "lorry", "lorries"]
FLIGHTS = ["flight", "flights"]
TOURISTS = PEOPLE + ["tourist", "tourists", "visitor", "visitors", "foreigner", "foreigners", "holidaymaker",
                     "holidaymakers"]
ISLANDS = ["island", "islands"]
VISITORS = TOURISTS + ["arrival", "arrivals", "tourism"]

NDA = ["national disaster agency", "disaster agency", "officials", "agency", "masabo", "rina masabo"]
MASABO = ["masabo", "rina masabo", "spokeswoman", "national disaster agency", "disaster agency"]
WENDA = ["wenda", "paulus wenda", "center for volcanology", "centre for volcanology", "volcanology center",
         "volcanology centre"]
CENTRE = ["centre for volcanology", "center for volcanology", "volcanology centre", "volcanology center", "centre",
          "center", "wenda", "paulus wenda"]
KONAI = ["konai", "maria konai", "kalimar red cross", "red cross"]
REDCROSS_K = ["kalimar red cross", "red cross", "konai", "maria konai"]
MILITARY = ["military", "army", "armed forces"]
KALAIR = ["kalimar air", "national carrier", "carrier", "airline"]
TOURMIN = ["tourism ministry", "ministry of tourism", "ministry"]
TIWA = ["tiwa", "markus tiwa", "village head", "wae lolo"]

# --- Khairgaon mid-day meal poisoning, Sonpur -------------------------------------------------------------------
ILL = PEOPLE + ["student", "students", "child", "children", "pupil", "pupils", "patient", "patients", "ill", "sick",
                "affected", "victim", "victims"]
COOKS = PEOPLE + ["cook", "cooks", "staff", "employee", "employees"]
SAMPLES = ["sample", "samples", "food sample", "food samples"]
SCHEME_CHILDREN = PEOPLE + ["child", "children", "student", "students", "pupil", "pupils", "beneficiary",
                            "beneficiaries"]
SCHOOLS = ["school", "schools"]
PAST_CHILD_DEAD = PEOPLE + DEAD_WORDS + CHILDREN + ["student", "students", "pupil", "pupils"]

DISTOFF = ["district officials", "officials", "district administration", "collector", "meenakshi rao", "rao"]
VERMA = ["verma", "anil verma", "dr anil verma", "civil surgeon", "doctors"]
RAO = ["rao", "meenakshi rao", "district collector", "collector"]
TIWARI = ["tiwari", "sanjay tiwari", "block education officer", "beo"]
YADAV = ["yadav", "ramesh yadav", "parents", "parent"]
FSO = ["food safety officer", "food safety"]
DEO = ["district education office", "education office", "district education officer"]

# --- Harbourview Hotel fire, Calder Bay -------------------------------------------------------------------------
FIRE_DEAD = PEOPLE + DEAD_WORDS + ["guest", "guests"]
FIRE_INJ = PEOPLE + INJ_WORDS + ["guest", "guests"]
FIREFIGHTERS = PEOPLE + ["firefighter", "firefighters", "fireman", "firemen", "crew", "crews"]
STATIONS = ["station", "stations", "firehouse", "firehouses", "company", "companies"]
GUESTS_RESCUED = PEOPLE + ["guest", "guests", "rescued", "survivor", "survivors"]
FF_HURT = FIREFIGHTERS + ["injured", "hurt", "injury", "injuries"]
FIRE_MISSING = PEOPLE + ["missing", "unaccounted", "guest", "guests"]
GUESTS = PEOPLE + ["guest", "guests", "registered", "occupant", "occupants"]
VIOLATIONS = ["violation", "violations", "citation", "citations", "breach", "breaches", "code violation",
              "code violations"]
LODGED = PEOPLE + ["guest", "guests", "displaced", "evacuee", "evacuees"]

CBFD = ["calder bay fire department", "fire department", "fire officials", "officials", "whitlock", "dana whitlock"]
WHITLOCK = ["whitlock", "dana whitlock", "fire chief", "chief", "calder bay fire department", "fire department"]
COASTLINE = ["coastline hospitality", "coastline", "hotel's owner", "owner", "hotel"]
CBGH = ["calder bay general hospital", "general hospital", "hospital", "hospital spokesperson"]
CBREC = ["calder bay city records", "city records", "records", "city"]
REDCROSS = ["red cross"]

# --- Brenholm tractor protest, Norvania ---------------------------------------------------------------------------
TRACTORS = ["tractor", "tractors", "vehicle", "vehicles", "machine", "machines"]
PROTESTERS = PEOPLE + ["protester", "protesters", "protestor", "protestors", "farmer", "farmers", "demonstrator",
                       "demonstrators", "participant", "participants", "crowd"]
ARRESTS = PEOPLE + ["arrest", "arrests", "arrested", "detained", "protester", "protesters"]
OFFICERS_INJ = PEOPLE + ["officer", "officers", "police", "policeman", "policemen", "injured", "injury",
                         "injuries"]
FARMERS_HURT = PEOPLE + ["farmer", "farmers", "member", "members", "protester", "protesters", "injured", "treated"]
FARMS = ["farm", "farms", "holding", "holdings", "beneficiary", "beneficiaries"]
COST_PCT = ["percent", "per cent", "cost", "costs", "rebate", "subsidy"]
INCOME_PCT = ["percent", "per cent", "income", "incomes", "earnings"]
COWS = ["cow", "cows", "cattle", "animal", "animals"]

POLICE_N = ["police", "solheim", "erik solheim"]
SOLHEIM = ["solheim", "erik solheim", "police spokesman", "police"]
UNION = ["norvanian farmers' union", "norvanian farmers union", "farmers' union", "farmers union", "union"]
LINDQVIST = ["lindqvist", "per lindqvist", "union", "farmers union", "norvanian farmers union"]
AGRIMIN = ["agriculture ministry", "ministry of agriculture", "ministry", "brandt", "helle brandt"]
BRANDT = ["brandt", "helle brandt", "agriculture minister", "minister"]
STATNOR = ["statistics norvania", "statistics"]
SAETRE = ["sætre", "saetre", "ingrid sætre", "ingrid saetre", "farmer"]

# --- Kilemo typhoid outbreak, Nyandara ----------------------------------------------------------------------------
TY_DEAD = PEOPLE + DEAD_WORDS + ["patient", "patients"]
TY_CASES = PEOPLE + ["case", "cases", "infection", "infections", "infected", "patient", "patients", "typhoid"]
NEW_CASES = TY_CASES + ["admission", "admissions"]
BOREHOLES = ["borehole", "boreholes", "well", "wells", "source", "sources", "water source", "water sources"]
HOUSEHOLDS = PEOPLE + ["household", "households", "home", "homes", "family", "families", "resident", "residents"]
DOSES = ["dose", "doses", "vaccine", "vaccines", "vaccination", "vaccinations"]
PAST_TY_DEAD = PEOPLE + DEAD_WORDS

OBURA = ["obura", "halima obura", "dr halima obura", "county health executive", "health officials", "officials",
         "county health department", "kilemo county"]
MUTUA = ["mutua", "joseph mutua", "water officer", "county water officer", "kilemo county"]
KIPRONO = ["kiprono", "peter kiprono", "nyandara union of clinical officers", "union of clinical officers",
           "clinical officers", "health workers", "union"]
NYAMWEYA = ["nyamweya", "juma nyamweya", "mca", "kilemo central mca"]
MOH = ["ministry of health", "health ministry", "ministry"]

AFFILIATION = {
    "civil protection agency": "Government of Veradia", "salcedo": "Government of Veradia",
    "ortega": "Los Almendros residents", "port casmir city records": "City of Port Casmir", "ibarra": "Hospital",
    "veradian chamber of construction": "Veradian Chamber of Construction", "mendieta": "Opposition",
    "benítez": "City of Port Casmir", "national government": "Government of Veradia",
    "national disaster agency": "Government of Kalimar", "masabo": "Government of Kalimar",
    "wenda": "Government of Kalimar", "centre for volcanology": "Government of Kalimar",
    "konai": "Kalimar Red Cross", "kalimar red cross": "Kalimar Red Cross", "military": "Government of Kalimar",
    "kalimar air": "Kalimar Air", "tourism ministry": "Government of Kalimar", "tiwa": "Wae Lolo village",
    "district officials": "Sonpur district administration", "verma": "Sonpur district administration",
    "rao": "Sonpur district administration", "tiwari": "Sonpur district administration", "yadav": "Parents",
    "food safety officer": "Sonpur district administration",
    "district education office": "Sonpur district administration",
    "calder bay fire department": "Calder Bay Fire Department", "whitlock": "Calder Bay Fire Department",
    "coastline hospitality": "Coastline Hospitality", "calder bay general hospital": "Hospital",
    "calder bay city records": "City of Calder Bay", "red cross": "Red Cross",
    "police": "Police", "solheim": "Police", "norvanian farmers' union": "Norvanian Farmers' Union",
    "lindqvist": "Norvanian Farmers' Union", "agriculture ministry": "Government of Norvania",
    "brandt": "Government of Norvania", "statistics norvania": "Government of Norvania", "sætre": "Farmers",
    "obura": "Kilemo County Government", "mutua": "Kilemo County Government",
    "kiprono": "Nyandara Union of Clinical Officers", "nyamweya": "Kilemo County Assembly",
    "ministry of health": "Government of Nyandara",
}

A = {}

A["01_los-almendros-building-collapse_atlasnews.txt"] = ("2026-11-03", [
    ("rises to 14", [], ex(14), BLDG_DEAD, None, False, "headline"),
    ("dozens feared trapped", [], vg(24, 99), MISSING, None, False, "headline; 'dozens' 24..99"),
    ("At least 14 people were killed", CIVPRO, atl(14), BLDG_DEAD, "2026-11-02", False,
     "'the national civil protection agency said on Tuesday' at the end of the sentence; 'early on Monday'"),
    ("and 27 injured", CIVPRO, ex(27), BLDG_INJ, "2026-11-02", False, "same sentence as the 14"),
    ("Nine people were pulled alive", CIVPRO, ex(9), RESCUED, "2026-11-02", False,
     "'the agency said in a statement'; 'on Monday'"),
    ("between 20 and 30 people", SALCEDO, rng(20, 30), MISSING, "2026-11-03", False,
     "'told reporters at the site on Tuesday'; one estimate given as a range"),
    ("At least 45 people are unaccounted for", ORTEGA, atl(45), MISSING, "2026-11-03", False,
     "quote, 'said Marisol Ortega' after it; present tense in the Tuesday wire: the article's day, like the dev "
     "gold's 'There are more than 18 bodies still trapped'"),
    ("48 apartments", CITYREC, ex(48), APARTMENTS, None, False, "'according to city records'; no day"),
    ("about 160 registered residents", CITYREC, about(160), RESIDENTS, None, False, "'according to city records'"),
    ("Six of the injured", IBARRA, ex(6), BLDG_INJ, "2026-11-03", False,
     "part of the injured; 'in intensive care ... on Tuesday'; 'the hospital's director, Tomás Ibarra, said'"),
    ("about 40 percent of housing", CHAMBER, about(40), HOUSING_PCT, None, False,
     "'according to the Veradian Chamber of Construction'"),
    ("23 people died", [], ex(23), BLDG_DEAD, None, False, "background, own voice; 'In 2019': a year only"),
])

A["02_los-almendros-building-collapse_veradiaobserver.txt"] = ("2026-11-05", [
    ("toll climbs to 31", [], ex(31), BLDG_DEAD, None, False, "headline"),
    ("has risen to 31", CIVPRO, ex(31), BLDG_DEAD, "2026-11-02", False,
     "'the civil protection agency said yesterday'; 'Monday's collapse'"),
    ("eight of them children", CIVPRO, ex(8), BLDG_CHILD, "2026-11-02", False, "part of the 31"),
    ("had given a toll of 14 on Tuesday", CIVPRO, ex(14), BLDG_DEAD, "2026-11-02", False,
     "'The agency had given': its earlier figure for the collapse's dead, dated like fresh18's 'up from 11 on Monday'"),
    ("had also grown, to 34", SALCEDO, ex(34), BLDG_INJ, "2026-11-02", False,
     "'Its director, Hernán Salcedo, said'; injured in Monday's collapse, though some went to hospital later"),
    ("\"more than 50\"", MENDIETA, atl(50), BLDG_DEAD, "2026-11-02", False, "'said the real toll was'"),
    ("about 300 buildings", MENDIETA, about(300), BUILDINGS, None, False,
     "'He said'; buildings of the district extended illegally; no day ('for years')"),
    ("inspected 212 buildings", BENITEZ, ex(212), BUILDINGS, None, False,
     "'The city's public works secretary, Carla Benítez, said'; 'since Tuesday': no single day"),
    ("17 of them had been declared unsafe", BENITEZ, ex(17), BUILDINGS, None, False, "part of the 212"),
    ("About 400 residents", BENITEZ, about(400), SHELTERED, "2026-11-04", False,
     "'were staying in municipal shelters on Wednesday, she said'"),
    ("some 3,000 buildings", VERGOV, about(3000), BUILDINGS, None, False,
     "'The national government said'; buildings of the capital to be audited, a different scope from Mendieta's 300"),
])

A["03_mount-lesang-eruption_wns.txt"] = ("2026-10-19", [
    ("killing 3", [], ex(3), VOLC_DEAD, None, False, "headline"),
    ("forcing thousands to flee", [], vg(1000, 9999), EVACUEES, None, False, "headline; 'thousands' 1,000..9,999"),
    ("killing three people", NDA, ex(3), VOLC_DEAD, "2026-10-18", False,
     "'officials said Monday' = the National Disaster Agency (its spokeswoman is named in the next paragraph); "
     "'Sunday afternoon'"),
    ("More than 12,000 people have been evacuated", MASABO, atl(12000), EVACUEES, None, False,
     "'said Rina Masabo, a spokeswoman for the National Disaster Agency'; 'since Sunday': cumulative"),
    ("Eleven people suffered burns", MASABO, ex(11), VOLC_INJ, "2026-10-18", False,
     "'Masabo said'; burned in Sunday's eruption"),
    ("two of them seriously", MASABO, ex(2), VOLC_INJ, "2026-10-18", False, "part of the 11"),
    ("more than 200 volcanic earthquakes", WENDA, atl(200), QUAKES, "2026-10-17", False,
     "'the center's head, Paulus Wenda, said'; 'on Saturday'"),
    ("at least 25,000 people have left their homes", KONAI, atl(25000), EVACUEES, None, False,
     "quote, 'said Maria Konai' of the Kalimar Red Cross; no single day"),
    ("500 soldiers", MILITARY, ex(500), SOLDIERS, "2026-10-18", False, "'The military said'; 'on Sunday night'"),
    ("dozens of trucks", MILITARY, vg(24, 99), TRUCKS, "2026-10-18", False, "same sentence"),
    ("canceled 38 flights", KALAIR, ex(38), FLIGHTS, "2026-10-19", False, "'Kalimar Air said'; 'Monday'"),
    ("About 2,000 foreign tourists", TOURMIN, about(2000), TOURISTS, "2026-10-18", False,
     "'the tourism ministry said'; 'on the island when the volcano erupted'"),
    ("killed 61 people", [], ex(61), VOLC_DEAD, None, False, "background, own voice; 'in 1994'"),
    ("more than 1,400 islands", [], atl(1400), ISLANDS, None, True,
     "a background count of places, like fresh14's '96 municipalities'; optional"),
])

A["04_mount-lesang-eruption_sentinel.txt"] = ("2026-10-22", [
    ("the death toll from Sunday's eruption rises to seven", [], ex(7), VOLC_DEAD, "2026-10-18", False,
     "standfirst without a speaker: own voice; dated like the dev gold's Soma standfirst"),
    ("has risen to seven", NDA, ex(7), VOLC_DEAD, "2026-10-18", False,
     "'Kalimar's National Disaster Agency said on Wednesday'; 'Sunday's eruption'"),
    ("found four more bodies", NDA, ex(4), VOLC_DEAD, "2026-10-18", False,
     "same sentence as the seven; part of it; counts the eruption's dead, like fresh18's '39 bodies have been "
     "recovered'"),
    ("Two of the dead are children", NDA, ex(2), VOLC_CHILD, "2026-10-18", False,
     "'the agency said'; part of the seven"),
    ("At least 12 people from my village died", TIWA, atl(12), VOLC_DEAD, "2026-10-18", False,
     "quote, 'said Markus Tiwa' (the village head); 'on Sunday'"),
    ("Seven is not the number", TIWA, ex(7), VOLC_DEAD, None, True,
     "a back-reference to the official toll inside a quote; optional"),
    ("31,600 people have now been evacuated", NDA, ex(31600), EVACUEES, None, False,
     "'The agency says'; cumulative"),
    ("just over 12,000", NDA, atl(12000), EVACUEES, None, False,
     "'up from just over 12,000 at the start of the week': the agency's earlier figure; no single day"),
    ("more than 45,000", REDCROSS_K, atl(45000), EVACUEES, None, False, "'The Kalimar Red Cross ... puts the number at'"),
    ("more than 300 volcanic earthquakes", CENTRE, atl(300), QUAKES, "2026-10-20", False,
     "'The Centre for Volcanology, which recorded ...'; 'on Tuesday alone'"),
    ("340,000 visitors", [], ex(340000), VISITORS, None, False, "own voice; 'last year'"),
    ("Some 210,000 people live on Rantu", [], about(210000), POPULATION, None, False, "own voice; 'some' = +-12%"),
])

A["05_khairgaon-midday-meal_bharatpulse.txt"] = ("2026-11-12", [
    ("94 students fall ill", [], ex(94), ILL, None, False, "headline"),
    ("2 critical", [], ex(2), ILL, None, False, "headline; part of the 94"),
    ("A total of 94 students", DISTOFF, ex(94), ILL, "2026-11-11", False,
     "'district officials said' at the end of the sentence; 'on Wednesday'"),
    ("Two of them were still critical", VERMA, ex(2), ILL, "2026-11-12", False,
     "'according to Civil Surgeon Dr Anil Verma'; 'on Thursday morning'; part of the 94"),
    ("71 children were given first aid", RAO, ex(71), ILL, "2026-11-11", False,
     "'According to District Collector Meenakshi Rao'; 'sent home the same night'; part of the 94"),
    ("Twenty-three were shifted", RAO, ex(23), ILL, "2026-11-11", False,
     "quote, 'she said' = the Collector; 'on Wednesday evening'; part of the 94"),
    ("put the number of affected students at 62", TIWARI, ex(62), ILL, "2026-11-11", False,
     "the BEO's first count of Wednesday's ill, later revised: a rising count"),
    ("More than 130 children fell sick", YADAV, atl(130), ILL, "2026-11-11", False,
     "quote, 'said Ramesh Yadav (41)'; counts Wednesday's ill"),
    ("the two cooks", RAO, ex(2), COOKS, None, True, "suspended by the Collector; a count in passing; optional"),
    ("six samples", FSO, ex(6), SAMPLES, "2026-11-12", False, "'A Food Safety Officer collected'; 'on Thursday'"),
    ("over 4.5 lakh children", DEO, atl(450000), SCHEME_CHILDREN, None, False,
     "'according to the district education office'; 4.5 lakh = 450,000"),
    ("2,340 government schools", DEO, ex(2340), SCHOOLS, None, False, "same sentence"),
    ("11 children died", [], ex(11), PAST_CHILD_DEAD, None, False, "background, own voice; 'In 2019'"),
])

A["06_harbourview-hotel-fire_channel12.txt"] = ("2026-10-10", [
    ("4 dead", [], ex(4), FIRE_DEAD, None, False, "headline"),
    ("dozens hurt", [], vg(24, 99), FIRE_INJ, None, False, "headline; 'dozens' 24..99"),
    ("Four people are dead", CBFD, ex(4), FIRE_DEAD, "2026-10-09", False,
     "'Calder Bay Fire Department officials said Saturday' at the end of the sentence; 'Friday night'"),
    ("37 others were taken to hospitals", CBFD, ex(37), FIRE_INJ, "2026-10-09", False, "same sentence"),
    ("about 120 firefighters", WHITLOCK, about(120), FIREFIGHTERS, "2026-10-09", False,
     "'Whitlock said'; fought Friday night's blaze"),
    ("from 14 stations", WHITLOCK, ex(14), STATIONS, "2026-10-09", False, "same sentence"),
    ("more than 60 guests", WHITLOCK, atl(60), GUESTS_RESCUED, "2026-10-09", False,
     "'Crews rescued': continues Whitlock's account of the night"),
    ("Two firefighters were also hurt", WHITLOCK, ex(2), FF_HURT, "2026-10-09", False,
     "'she said'; not among the hospital cases"),
    ("three people were still unaccounted for", WHITLOCK, ex(3), FIRE_MISSING, "2026-10-10", False,
     "'as of Saturday afternoon'"),
    ("142 guests were registered", COASTLINE, ex(142), GUESTS, "2026-10-09", False,
     "'The hotel's owner, Coastline Hospitality, said'; 'on Friday night'"),
    ("only one guest had not been accounted for", COASTLINE, ex(1), FIRE_MISSING, "2026-10-10", False,
     "'In a statement released Saturday evening, the company said'"),
    ("22 of the injured", CBGH, ex(22), FIRE_INJ, "2026-10-09", False,
     "'Calder Bay General Hospital said it received ... overnight'; part of the 37, dated like fresh18's 64 "
     "'overnight'"),
    ("Five were in critical condition", CBGH, ex(5), FIRE_INJ, "2026-10-10", False,
     "'a hospital spokesperson said'; 'Saturday'; part of the injured"),
    ("11 fire code violations", CBREC, ex(11), VIOLATIONS, None, False,
     "'City records show'; 'during a 2024 inspection': a year only"),
    ("85 guests", REDCROSS, ex(85), LODGED, "2026-10-10", False, "'The Red Cross said'; 'Saturday'"),
])

A["07_brenholm-tractor-protest_kastencourier.txt"] = ("2026-10-28", [
    ("Thousands of farmers drove", [], vg(1000, 9999), PROTESTERS, "2026-10-27", False,
     "the reporter's own lead; 'yesterday'"),
    ("about 1,800 tractors", POLICE_N, about(1800), TRACTORS, "2026-10-27", False, "'Police said'"),
    ("some 4,500 protesters", POLICE_N, about(4500), PROTESTERS, "2026-10-27", False, "same sentence"),
    ("more than 3,000 tractors", UNION, atl(3000), TRACTORS, "2026-10-27", False,
     "'The Norvanian Farmers' Union, which organised the protest, put the numbers at'"),
    ("12,000 farmers", UNION, ex(12000), PROTESTERS, "2026-10-27", False, "same sentence"),
    ("numbered 412 tractors", LINDQVIST, ex(412), TRACTORS, "2026-10-27", False,
     "'said Per Lindqvist'; the Kasten contingent 'alone': part of the tractors; 'at 2am yesterday'"),
    ("Fourteen people were arrested", SOLHEIM, ex(14), ARRESTS, "2026-10-27", False,
     "'police spokesman Erik Solheim said' at the end of the sentence"),
    ("seven officers were slightly injured", SOLHEIM, ex(7), OFFICERS_INJ, "2026-10-27", False,
     "same sentence; 'during the day'"),
    ("23 of its members", UNION, ex(23), FARMERS_HURT, "2026-10-27", False,
     "'The union said'; treated for pepper spray at the protest"),
    ("benefits 62,000 farms", AGRIMIN, ex(62000), FARMS, None, False, "'The agriculture ministry says'"),
    ("about 1.5 per cent", BRANDT, about(1.5), COST_PCT, None, False, "'Agriculture Minister Helle Brandt told parliament'"),
    ("fell by 18 per cent", STATNOR, ex(18), INCOME_PCT, None, False,
     "'according to Statistics Norvania'; 'last year'"),
    ("with 90 cows", SAETRE, ex(90), COWS, None, True, "a count in passing describing her farm; optional"),
])

A["08_kilemo-typhoid_daybreakonline.txt"] = ("2026-11-17", [
    ("kills nine", [], ex(9), TY_DEAD, None, False, "headline"),
    ("cases cross 600", [], atl(600), TY_CASES, None, False, "headline; 'cross' = more than"),
    ("Nine people have died", OBURA, ex(9), TY_DEAD, None, False,
     "'health officials have said' = the county health department under Dr Obura, named in the next paragraph; "
     "'since October 28': cumulative"),
    ("634 others have been infected", OBURA, ex(634), TY_CASES, None, False, "same sentence; cumulative"),
    ("187 have been confirmed", OBURA, ex(187), TY_CASES, None, False,
     "'Dr Obura told journalists'; part of the 634"),
    ("41 new cases on Monday alone", OBURA, ex(41), NEW_CASES, "2026-11-16", False, "quote, 'she said'"),
    ("tests on 48 boreholes", MUTUA, ex(48), BOREHOLES, None, False,
     "'The county's water officer, Joseph Mutua, said'; 'last week'"),
    ("contamination in 13 of them", MUTUA, ex(13), BOREHOLES, None, False, "part of the 48"),
    ("at least 17 people had died", KIPRONO, atl(17), TY_DEAD, None, False,
     "'..., Peter Kiprono, said'; no day"),
    ("six of them at home", KIPRONO, ex(6), TY_DEAD, None, False, "part of the 17"),
    ("more than 3,000 households", NYAMWEYA, atl(3000), HOUSEHOLDS, None, False,
     "'Kilemo Central MCA Juma Nyamweya said'; 'for two weeks': no single day"),
    ("20,000 doses", MOH, ex(20000), DOSES, None, False, "'The Ministry of Health said it had dispatched'"),
    ("home to about 85,000 people", [], about(85000), POPULATION, None, False, "own voice"),
    ("260 cases", [], ex(260), TY_CASES, None, False, "background, own voice; 'in 2021'"),
    ("three deaths were recorded", [], ex(3), PAST_TY_DEAD, None, False, "background, own voice; 'in 2021'"),
])

# Gold facts, written with the claims, blind (before any system output was seen). Ids: <article no>-<claim no>.
FACTS = [
    ("F1", "disputed", ["01-1", "01-3", "02-1", "02-2", "02-3", "02-4", "02-6"],
     "dead in the Los Almendros building collapse (2026-11-02): at least 14 (civil protection agency; wire headline) "
     "-> 31, eight of them children (the agency; daily headline; '14 on Tuesday' restated) vs 'more than 50' "
     "(opposition councillor Mendieta)"),
    ("F2", "corroborated", ["01-4", "01-10", "02-5"],
     "injured in the collapse: 27, six of them in intensive care on Tuesday (agency; San Rafael hospital) -> 34 "
     "(agency director Salcedo): a rising count nobody disputes"),
    ("F3", "disputed", ["01-2", "01-6", "01-7"],
     "people missing under the rubble on 2026-11-03: 'between 20 and 30' (Salcedo) vs 'At least 45' (residents' "
     "association head Ortega); 'dozens feared trapped' (wire headline)"),
    ("F4", "consistent", ["02-8", "02-9"],
     "buildings inspected in Los Almendros since Tuesday: 212, 17 of them declared unsafe (public works secretary "
     "Benítez)"),
    ("F5", "disputed", ["03-1", "03-3", "04-1", "04-2", "04-3", "04-4", "04-5"],
     "dead in the Mount Lesang eruption (2026-10-18): three (National Disaster Agency; AP headline) -> seven, four "
     "more bodies found, two of them children (the agency; broadsheet standfirst) vs 'At least 12' from Wae Lolo "
     "alone (village head Tiwa)"),
    ("F6", "disputed", ["03-2", "03-4", "03-8", "04-7", "04-8", "04-9"],
     "people evacuated from the volcano since Sunday: 'More than 12,000' -> 31,600 (the agency) vs 'at least 25,000' "
     "-> 'more than 45,000' (Kalimar Red Cross); 'thousands' (AP headline)"),
    ("F7", "consistent", ["03-5", "03-6"], "burned in the eruption: 11, two of them seriously (agency spokeswoman Masabo)"),
    ("F8", "disputed", ["05-1", "05-2", "05-3", "05-4", "05-5", "05-6", "05-7", "05-8"],
     "students fallen ill after the Khairgaon mid-day meal (2026-11-11): 94 (district officials; headline), two "
     "critical (Civil Surgeon; headline), 71 sent home and 23 shifted (Collector Rao), the BEO's first 62 -> 94, vs "
     "'More than 130' (parent Ramesh Yadav)"),
    ("F9", "corroborated", ["06-1", "06-3"], "dead in the Harbourview Hotel fire (2026-10-09): four (fire department; "
     "headline)"),
    ("F10", "corroborated", ["06-2", "06-4", "06-12", "06-13"],
     "injured in the hotel fire: 37 taken to hospitals (fire department), 'dozens hurt' (headline), 22 of them at "
     "Calder Bay General, five critical on Saturday (the hospital)"),
    ("F11", "disputed", ["06-9", "06-11"],
     "people unaccounted for on 2026-10-10: three (Fire Chief Whitlock) vs one guest (Coastline Hospitality)"),
    ("F12", "disputed", ["07-2", "07-4", "07-6"],
     "tractors at the Brenholm protest (2026-10-27): about 1,800 (police) vs 'more than 3,000' (Norvanian Farmers' "
     "Union), 412 of them from Kasten (the union's Lindqvist)"),
    ("F13", "disputed", ["07-1", "07-3", "07-5"],
     "protesters at the Brenholm protest: 'Thousands of farmers' (own voice), some 4,500 (police) vs 12,000 (the "
     "union)"),
    ("F14", "disputed", ["08-1", "08-3", "08-9", "08-10"],
     "typhoid deaths in Kilemo since 2026-10-28: nine (County Health Executive Obura; headline) vs at least 17, six of "
     "them at home (clinical officers' union's Kiprono)"),
    ("F15", "corroborated", ["08-2", "08-4", "08-5"],
     "typhoid cases in Kilemo since 2026-10-28: 634, 187 of them confirmed (Obura); headline 'cross 600'"),
    ("F16", "consistent", ["08-7", "08-8"],
     "boreholes tested in Kilemo town last week: 48, 13 of them contaminated (water officer Mutua)"),
]


if __name__ == "__main__":
    write(HERE, "fresh19.gold.json", A, FACTS, AFFILIATION, unique=True)
