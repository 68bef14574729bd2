"""Builds corpus.gold.json from the annotations below (run: python3 build_gold.py).

The proxy held-out set: invented articles, annotated by hand by the README rules of
../shared/eval before the extractor was run on them. Each claim: evidence (exact substring),
speaker aliases ([] = the article's own voice), value/low/high/approx, subject nouns, date.
"""
from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PEOPLE = ["people", "person"]


def ex(v):
    return dict(value=v, low=v, high=v, approx="exact")


def atl(v):
    return dict(value=v, low=v, high=None, approx="at_least")


def atm(v, lo=None):
    return dict(value=v, low=lo, high=v, approx="at_most")


def ap(v, lo, hi):
    return dict(value=v, low=lo, high=hi, approx="approximate")


def vg(lo, hi):
    return dict(value=None, low=lo, high=hi, approx="vague")


def rng(lo, hi):
    return dict(value=None, low=lo, high=hi, approx="approximate")


DOZENS = vg(24, 99)
HUNDREDS = vg(100, 999)
THOUSANDS = vg(1000, 9999)
TENS_OF_THOUSANDS = vg(10000, 99999)

# (evidence, speaker aliases, quantity, subjects, date[, optional])
A = {}

A["01_velora-pension-march.txt"] = ("2024-03-10", [
    # headline (the header line), as the dev gold annotates headlines
    ("Tens of thousands march in Velora against pension reform", [], TENS_OF_THOUSANDS, PEOPLE + ["marcher", "protester", "thousands"], None),
    ("Tens of thousands of people marched through the centre of Velora on Saturday", [], TENS_OF_THOUSANDS, PEOPLE + ["marcher", "protester"], "2024-03-09"),
    ("Police put the turnout at 38,000", ["police"], ex(38000), PEOPLE + ["turnout", "protester", "marcher"], "2024-03-09"),
    ("the organisers, a coalition of 14 trade unions, said more than 120,000 people had joined the march", ["organisers", "organizers", "coalition"], atl(120000), PEOPLE + ["protester", "marcher"], "2024-03-09"),
    ("the organisers, a coalition of 14 trade unions", ["organisers", "coalition"], ex(14), ["union"], None, True),
    ("We counted at least 120,000 on the boulevard alone", ["delvin", "coalition"], atl(120000), PEOPLE + ["protester", "marcher"], "2024-03-09"),
    ("The interior ministry said 23 people were arrested", ["interior ministry", "ministry"], ex(23), PEOPLE, "2024-03-09"),
    ("and that 11 officers were injured", ["interior ministry", "ministry"], ex(11), ["officer", "police"], "2024-03-09"),
    ("Organisers said dozens of protesters had been hurt by tear gas", ["organisers", "organizers"], DOZENS, ["protester"], "2024-03-09"),
    ("A similar rally on 2 March drew about 25,000 people, according to police", ["police"], ap(25000, 20000, 30000), PEOPLE, "2024-03-02"),
    ("Two-thirds of voters understand that the system cannot be paid for", ["brandt", "prime minister"], ap(66.7, 66, 67), ["voter"], None),
    ("they expect \"hundreds of thousands\" to take part", ["unions", "union"], vg(100000, 999999), PEOPLE + ["worker", "striker", "thousands"], "2024-03-21"),
])

A["02_sarvan-earthquake-toll.txt"] = ("2023-11-08", [
    # headline (the header line), as the dev gold annotates headlines
    ("Quake toll climbs past 400 as rescuers reach remote villages", [], atl(400), PEOPLE + ["toll", "death", "dead"], None),
    ("The death toll from the earthquake that struck the mountainous Sarvan province on Sunday has risen to 412", ["disaster agency", "agency"], ex(412), PEOPLE + ["death", "dead", "toll"], "2023-11-05"),
    ("up from 260 a day earlier", ["disaster agency", "agency"], ex(260), PEOPLE + ["death", "dead", "toll"], "2023-11-05"),
    ("More than 1,900 people were injured", ["agency"], atl(1900), PEOPLE + ["injured"], "2023-11-05"),
    ("some 15,000 homes were damaged or destroyed", ["agency"], ap(15000, 13000, 17000), ["home", "house"], "2023-11-05"),
    ("We still have not heard from around 30 villages", ["kamal", "agency"], ap(30, 25, 35), ["village"], "2023-11-08"),
    ("we fear that half of the houses have collapsed", ["kamal"], ex(50), ["house", "home"], None, True),
    ("It was followed by at least 70 aftershocks, the country's seismological institute said", ["seismological institute", "institute"], atl(70), ["aftershock"], None),
    ("The Red Crescent said it had sent 40 trucks", ["red crescent"], ex(40), ["truck"], None),
    ("about 120,000 people were sleeping outdoors", ["red crescent"], ap(120000, 100000, 140000), PEOPLE, "2023-11-08"),
    ("UNICEF, estimated that a third of the dead were children", ["unicef", "children's agency"], ap(33.3, 33, 34), ["dead", "death", "child", "children"], None),
    ("the hospital there had treated hundreds of patients since Monday", ["local officials", "officials"], HUNDREDS, ["patient"], None),
    ("he had operated on 35 people in two days", ["surgeon"], ex(35), PEOPLE + ["patient"], None),
])

A["03_tavrin-mine-flood.txt"] = (None, [
    ("Rescuers pulled 17 miners alive from a flooded coal mine", ["operator", "halvorsen"], ex(17), ["miner", "worker"], None),
    ("but 9 others remain trapped underground, the mine's operator said", ["operator", "halvorsen"], ex(9), ["miner", "worker", "other", "people"], None),
    ("when 42 workers were in the section, according to Halvorsen Mining", ["halvorsen"], ex(42), ["worker", "miner"], None),
    ("Sixteen of them managed to climb out on their own", ["halvorsen"], ex(16), ["worker", "miner", "them"], None),
    ("said two of the rescued miners were in a serious condition", ["walenski", "governor"], ex(2), ["miner"], None),
    ("He said more than 200 rescuers and 12 pumps", ["walenski", "governor"], atl(200), ["rescuer"], None),
    ("He said more than 200 rescuers and 12 pumps", ["walenski", "governor"], ex(12), ["pump"], None),
    ("\"They told us nine, but men from his shift say it could be 11.\"", ["ewa"], ex(9), ["miner", "men", "man"], None, True),
    ("\"They told us nine, but men from his shift say it could be 11.\"", ["ewa", "men from his shift"], ex(11), ["miner", "men", "man"], None),
    ("the mine had been fined three times since 2019", ["union"], ex(3), ["time", "fine"], None, True),
    ("had cut its workforce by a quarter last year", ["union"], ex(25), ["workforce", "worker", "job"], None),
])

A["04_nordbahn-rail-strike.txt"] = ("2024-02-15", [
    ("Nine out of ten long-distance trains were cancelled on Thursday", ["operator", "nordbahn"], ex(90), ["train"], "2024-02-15"),
    ("said 1,140 of its 5,300 scheduled services had run by midday", ["nordbahn", "operator"], ex(1140), ["service", "train"], "2024-02-15"),
    ("said 1,140 of its 5,300 scheduled services had run by midday", ["nordbahn", "operator"], ex(5300), ["service", "train"], "2024-02-15"),
    ("about 2 million passengers a day would be affected", ["nordbahn", "operator"], ap(2000000, 1750000, 2250000), ["passenger"], "2024-02-15"),
    ("said 94% of its members had stopped work", ["fls", "federation of locomotive staff", "union"], ex(94), ["member", "driver"], "2024-02-15"),
    ("He said 19,000 drivers had joined the walkout", ["reiher", "fls"], ex(19000), ["driver"], "2024-02-15"),
    ("saying only 11,500 of its drivers were FLS members", ["nordbahn"], ex(11500), ["driver", "member"], "2024-02-15"),
    ("roughly 40 per cent of freight trains were still moving", ["nordbahn"], ap(40, 35, 45), ["train"], "2024-02-15"),
    ("The FLS is demanding a 12% pay rise over two years", ["fls"], ex(12), ["pay", "rise"], None, True),
    ("Nordbahn has offered 7.5%", ["nordbahn"], ex(7.5), ["pay", "rise"], None, True),
    ("City transport officials said an extra 300 buses had been put on the road", ["transport officials", "officials"], ex(300), ["bus"], "2024-02-15"),
    ("ridership on the underground was up by a fifth compared with last Thursday", ["transport officials", "officials"], ex(20), ["ridership", "rider", "passenger"], "2024-02-15"),
])

A["05_marovia-election.txt"] = ("2022-10-03", [
    ("Turnout in Sunday's parliamentary election in Marovia fell to 41.3%", ["election commission", "commission"], ex(41.3), ["turnout", "voter", "vote"], "2022-10-02"),
    ("With 98% of ballots counted", ["commission"], ex(98), ["ballot", "vote"], None),
    ("the governing People's Unity party had 46.8% of the vote", ["commission"], ex(46.8), ["vote", "voter", "ballot"], "2022-10-02"),
    ("giving it an estimated 71 of the 130 seats in parliament", ["commission"], ap(71, 65, 77), ["seat"], "2022-10-02"),
    ("giving it an estimated 71 of the 130 seats in parliament", ["commission"], ex(130), ["seat"], None, True),
    ("The opposition Civic Alliance was second with 27.1%", ["commission"], ex(27.1), ["vote", "voter", "ballot"], "2022-10-02"),
    ("At least 200,000 ballots in the eastern districts were filled in by the same hands", ["volkan"], atl(200000), ["ballot", "vote"], "2022-10-02"),
    ("which drew several thousand supporters", [], vg(2000, 9999), ["supporter"], None),
    ("Her party said its observers had recorded irregularities at 312 polling stations", ["party", "civic alliance", "volkan"], ex(312), ["station", "polling"], "2022-10-02"),
    ("voters in 1 in 5 polling stations faced \"undue pressure\"", ["mission", "council for democratic elections"], ex(20), ["station", "polling", "voter"], "2022-10-02"),
    ("The mission deployed 450 observers", ["mission", "council for democratic elections"], ex(450), ["observer"], None),
    ("About 2.9 million people were registered to vote", ["preliminary data", "data"], ap(2900000, 2700000, 3100000), PEOPLE + ["voter"], "2022-10-02"),
    ("and 1.2 million cast ballots, according to preliminary data", ["preliminary data", "data"], ex(1200000), PEOPLE + ["voter", "ballot"], "2022-10-02"),
    ("In the 2018 election, turnout was 52%", [], ex(52), ["turnout", "voter", "vote"], None),
])

A["06_kessaria-refugees.txt"] = ("2023-07-20", [
    # headline (the header line), as the dev gold annotates headlines
    ("UN says 85,000 have fled fighting into Kessaria", ["un"], ex(85000), PEOPLE + ["refugee"], None),
    ("More than 85,000 people have crossed into Kessaria from neighbouring Doruna", ["unhcr", "refugee agency"], atl(85000), PEOPLE + ["refugee"], None),
    ("said about 3,000 people were arriving every day", ["ferreira", "unhcr"], ap(3000, 2500, 3500), PEOPLE + ["refugee", "arrival"], "2023-07-20"),
    ("Seven in ten of the new arrivals are under 18", ["ferreira", "unhcr"], ex(70), ["arrival", "refugee"], None),
    ("52,400 refugees had been registered at official crossing points", ["bardi", "interior minister", "government"], ex(52400), ["refugee"], None),
    ("\"several thousand\" more had entered through the mountains", ["bardi", "interior minister", "government"], vg(2000, 9999), ["refugee", "people", "more"], None),
    ("He said the country could not take in more than 100,000", ["bardi"], atl(100000), ["refugee", "people"], None, True),
    ("Doctors Without Borders said it had treated 640 children for malnutrition", ["doctors without borders", "msf"], ex(640), ["child", "children"], None),
    ("which was built for 10,000 people", ["doctors without borders", "msf"], ex(10000), PEOPLE, None, True),
    ("and now holds almost 27,000", ["doctors without borders", "msf"], atm(27000, 24000), PEOPLE + ["refugee"], "2023-07-20"),
    ("Four people, including a baby, died in a crush at a food distribution point last Friday, local police said", ["police"], ex(4), PEOPLE, "2023-07-14"),
    ("has killed at least 1,200 civilians, according to a tally by the Conflict Monitoring Group", ["conflict monitoring group"], atl(1200), ["civilian"], None),
])

A["07_lumbe-cholera.txt"] = ("2024-05-02", [
    ("have recorded 1,284 suspected cholera cases", ["health ministry", "ministry", "health authorities"], ex(1284), ["case"], None),
    ("and 37 deaths in the southern Lumbe district", ["health ministry", "ministry", "health authorities"], ex(37), ["death", "dead", "people"], None),
    ("The ministry said 212 new cases were reported in the past 24 hours alone", ["ministry"], ex(212), ["case"], None),
    ("Nearly half of the patients are children under five", ["ministry"], atm(50, 40), ["patient", "child", "children"], None),
    ("We estimate that only one in three cases is reaching a health facility", ["osei", "who", "world health organization"], ap(33.3, 33, 34), ["case"], None),
    ("A vaccination campaign began on Wednesday with 250,000 doses", [], ex(250000), ["dose"], None),
    ("Officials aim to vaccinate 600,000 people by the end of the month", ["officials"], ex(600000), PEOPLE, None, True),
    ("displaced roughly 40,000 people", [], ap(40000, 35000, 45000), PEOPLE, None),
    ("Local leaders say at least 60 of the district's 90 wells are unsafe", ["local leaders", "leaders"], atl(60), ["well"], None),
    ("Local leaders say at least 60 of the district's 90 wells are unsafe", ["local leaders", "leaders"], ex(90), ["well"], None, True),
    ("He said 11 people in his village had died", ["banda"], ex(11), PEOPLE, None),
    ("The ministry has opened 14 treatment centres", [], ex(14), ["centre", "center"], None),
])

A["08_karsk-ridge-fighting.txt"] = ("2023-09-18", [
    ("they had killed 140 government soldiers", ["ostrava", "rebels", "forces"], ex(140), ["soldier", "troop"], None),
    ("destroyed 9 tanks in two days of fighting", ["ostrava", "rebels", "forces"], ex(9), ["tank"], None),
    ("The ministry said its troops had repelled 6 attacks over the weekend", ["ministry"], ex(6), ["attack"], None),
    ("killed \"dozens\" of rebel fighters", ["ministry"], DOZENS, ["fighter", "rebel"], None),
    ("while losing 12 of their own", ["ministry"], ex(12), ["troop", "soldier", "own"], None),
    ("The enemy left more than 50 bodies on the slopes", ["petrescu", "ministry"], atl(50), ["body", "bodies", "fighter"], None),
    ("He said two villages had been retaken", ["petrescu", "ministry"], ex(2), ["village"], None),
    ("government shelling had killed 23 civilians in the town of Zorin on Saturday", ["markov", "rebels"], ex(23), ["civilian"], "2023-09-16"),
    ("said it had evacuated 310 residents from Zorin on Sunday", ["red cross", "international committee"], ex(310), ["resident", "people"], "2023-09-17"),
    ("about 2,000 more remained in basements without running water", ["red cross", "international committee"], ap(2000, 1500, 2500), ["resident", "people", "more"], None),
    ("has killed an estimated 14,000 people, according to UN figures", ["un"], ap(14000, 12000, 16000), PEOPLE, None),
    ("and forced more than 1.5 million from their homes", ["un"], atl(1500000), PEOPLE + ["million"], None),
])

A["09_cup-final-attendance.txt"] = ("2022-08-29", [
    ("A record crowd of 84,312 watched Harbour City beat Rovers 2-1", ["organisers", "organizers"], ex(84312), ["crowd", "spectator", "fan", "people"], "2022-08-28"),
    ("The previous record, 81,900, was set at the 1998 final", [], ex(81900), ["crowd", "record", "spectator", "people"], None),
    ("organisers said more than 300,000 fans had tried to buy them", ["organisers", "organizers"], atl(300000), ["fan"], None),
    ("Police said the day passed off largely peacefully, with 14 arrests", ["police"], ex(14), ["arrest"], "2022-08-28"),
    ("Around 1,500 officers were on duty", ["police"], ap(1500, 1300, 1700), ["officer", "police"], "2022-08-28"),
    ("the ambulance service said it treated 96 people", ["ambulance service"], ex(96), PEOPLE, "2022-08-28"),
    ("trains carried roughly 120,000 passengers to and from the stadium", ["transport operator", "operator"], ap(120000, 105000, 135000), ["passenger"], "2022-08-28"),
    ("about 20 per cent more than on a normal Sunday", ["transport operator", "operator"], ap(20, 15, 25), ["passenger", "more"], "2022-08-28"),
    ("Fan groups complained that thousands of supporters were left stranded", ["fan groups"], THOUSANDS, ["supporter", "fan"], "2022-08-28"),
    ("Half of this country was watching us today", ["moller"], ex(50), ["country", "people"], "2022-08-28", True),
])

A["10_tarabe-bus-abduction.txt"] = ("2021-06-14", [
    # headline (the header line), as the dev gold annotates headlines
    ("Gunmen abduct dozens of passengers from bus convoy in Tarabe state", [], DOZENS, ["passenger"], None),
    ("Gunmen abducted at least 43 passengers from a convoy of buses", ["police"], atl(43), ["passenger"], "2021-06-12"),
    ("the attackers, numbering about 60 and riding motorcycles", ["garba", "police"], ap(60, 50, 70), ["attacker", "gunmen", "gunman"], "2021-06-12"),
    ("Eight passengers escaped into the bush and were found by a search team on Sunday morning, he said", ["garba", "police"], ex(8), ["passenger"], None),
    ("We have counted 57 people missing from our villages alone", ["idris", "community leaders"], ex(57), PEOPLE + ["missing"], None),
    ("adding that 9 of them were women with babies", ["idris", "community leaders"], ex(9), ["woman", "women"], None),
    ("More than 1,000 people were kidnapped in Tarabe state in the first three months of the year", ["beacon analytics", "beacon"], atl(1000), PEOPLE, None),
    ("compared with 640 in the same period of 2020", ["beacon analytics", "beacon"], ex(640), PEOPLE, None),
    ("ordered the deployment of 200 extra police officers", ["bako", "governor"], ex(200), ["officer", "police"], None, True),
    ("Two previous mass abductions on the same road", [], ex(2), ["abduction"], None, True),
])

A["11_veltra-job-cuts.txt"] = ("2023-01-26", [
    # headline (the header line), as the dev gold annotates headlines
    ("Carmaker Veltra to cut 3,500 jobs as sales slump", [], ex(3500), ["job"], None),
    ("Carmaker Veltra will cut 3,500 jobs", ["veltra", "company"], ex(3500), ["job"], None),
    ("about 8% of its global workforce", ["veltra", "company"], ap(8, 7, 9), ["workforce", "job"], None),
    ("where 2,100 positions will go, chief executive Karin Holtz told analysts", ["holtz"], ex(2100), ["position", "job"], None),
    ("The remaining 1,400 will be spread across sales offices in 30 countries", ["holtz"], ex(1400), ["position", "job", "remaining"], None),
    ("The remaining 1,400 will be spread across sales offices in 30 countries", ["holtz"], ex(30), ["country"], None, True),
    ("Veltra sold 1.14 million vehicles last year", [], ex(1140000), ["vehicle"], None),
    ("down 11% from 2021", [], ex(11), ["vehicle", "sale", "sales"], None),
    ("the real number of jobs at risk was closer to 5,000", ["ig auto", "union"], ap(5000, 4000, 6000), ["job"], None),
    ("Thousands of families in Brenn depend on that plant", ["kraus", "union"], THOUSANDS, ["family", "families"], None),
    ("about one in four manufacturing jobs in Brenn was linked to the car industry", ["economy minister", "minister"], ap(25, 20, 30), ["job"], None),
    ("Shares in Veltra rose 3.2% in early trading", [], ex(3.2), ["share"], None, True),
    ("The company employs around 44,000 people worldwide", [], ap(44000, 40000, 48000), PEOPLE + ["employee"], None),
])

A["12_lindmark-free-fares.txt"] = (None, [
    ("Passenger numbers on the Lindmark metro reached 2.3 million", ["transport authority", "authority"], ex(2300000), ["passenger", "journey", "rider", "ridership", "trip", "people"], None),
    ("an increase of almost 40 per cent on the same day a year earlier", ["transport authority", "authority"], atm(40, 35), ["passenger", "increase", "ridership", "number"], None),
    ("The authority said 640,000 journeys were made during the morning peak alone", ["authority"], ex(640000), ["journey", "trip", "passenger"], None),
    ("ran at 130% of their design capacity", ["authority"], ex(130), ["capacity", "train"], None),
    ("crowding at 12 of the network's 86 stations", ["station staff", "staff"], ex(12), ["station"], None),
    ("crowding at 12 of the network's 86 stations", ["station staff", "staff"], ex(86), ["station"], None, True),
    ("Sensors on the main ring road counted 18,400 vehicles between 7am and 9am", ["mobility department", "sensors"], ex(18400), ["vehicle", "car"], None),
    ("down from an average of 26,000, according to the city's mobility department", ["mobility department"], ex(26000), ["vehicle", "car"], None),
    ("Car parks at the edge of the city were three-quarters full by 8am", ["mobility department"], ex(75), ["park", "car"], None),
    ("Tens of thousands of people who used to drive have left their cars at home", ["nystrom"], TENS_OF_THOUSANDS, PEOPLE + ["driver"], None),
    ("That is a quarter of the traffic we wanted to get rid of", ["nystrom"], ex(25), ["traffic"], None),
    ("only 6% of new riders had previously travelled by car", ["lunde", "survey"], ex(6), ["rider", "passenger"], None),
])

A["13_ravana-floods.txt"] = ("2024-09-05", [
    # headline (the header line), as the dev gold annotates headlines
    ("Floods kill at least 58 in Ravana as rivers burst banks", [], atl(58), PEOPLE + ["dead", "death"], None),
    ("At least 58 people have died and 23 are missing", ["officials", "official"], atl(58), PEOPLE + ["dead", "death"], None),
    ("At least 58 people have died and 23 are missing", ["officials", "official"], ex(23), PEOPLE + ["missing"], "2024-09-05"),
    ("after rescuers recovered 19 bodies from a landslide", ["emergency service"], ex(19), ["body", "bodies"], None),
    ("said on Wednesday that 39 people had been confirmed dead", ["okafor", "emergency service"], ex(39), PEOPLE + ["dead"], None),
    ("More than 120,000 people have been forced from their homes", ["red cross"], atl(120000), PEOPLE, None),
    ("some 30 relief camps have been set up in schools and churches, according to the Ravana Red Cross Society", ["red cross"], ap(30, 25, 35), ["camp"], None),
    ("Roughly a third of the region's roads are impassable", ["red cross"], ap(33.3, 28, 38), ["road"], None, True),
    ("Hundreds of us climbed onto the church", ["mwangi"], HUNDREDS, PEOPLE + ["us"], None),
    ("that thousands of families had received no help at all", ["opposition mps", "mps", "opposition"], THOUSANDS, ["family", "families"], None),
])

A["14_corvo-wildfire.txt"] = ("2023-08-12", [
    # headline (the header line), as the dev gold annotates headlines
    ("Wildfire forces 9,000 from homes on Corvo island", [], ex(9000), PEOPLE + ["resident"], None),
    ("has forced the evacuation of about 9,000 residents and tourists", ["civil protection", "officials"], ap(9000, 8000, 10000), ["resident", "tourist", "people", "evacuation"], None),
    ("destroyed at least 70 houses, the regional government said", ["regional government", "government"], atl(70), ["house", "home"], None),
    ("but 14 firefighters were treated for burns and smoke inhalation", ["regional government", "government"], ex(14), ["firefighter"], None),
    ("About 600 firefighters, backed by 11 water-dropping aircraft", [], ap(600, 500, 700), ["firefighter"], "2023-08-12"),
    ("About 600 firefighters, backed by 11 water-dropping aircraft", [], ex(11), ["aircraft", "plane"], "2023-08-12"),
    ("were battling the flames on three fronts on Saturday", [], ex(3), ["front"], "2023-08-12", True),
    ("He said that two hotels had been emptied overnight", ["ferri", "regional president"], ex(2), ["hotel"], None),
    ("and that 1,200 guests had been moved to sports halls", ["ferri", "regional president"], ex(1200), ["guest", "people"], None),
    ("Yesterday, the coastguard evacuated some 350 people by boat", ["coastguard", "spokesman"], ap(350, 300, 400), PEOPLE, "2023-08-11"),
    ("estimated that a quarter of summer bookings had already been cancelled", ["tourism association", "association"], ex(25), ["booking"], None),
])

A["15_dhanpur-factory-fire.txt"] = ("2022-12-01", [
    # headline (the header line), as the dev gold annotates headlines
    ("Garment factory fire kills 27 in Dhanpur", [], ex(27), ["worker", "people"], None),
    ("killing at least 27 workers and injuring more than 50, fire officials said", ["fire officials", "officials"], atl(27), ["worker", "people"], "2022-11-30"),
    ("killing at least 27 workers and injuring more than 50, fire officials said", ["fire officials", "officials"], atl(50), ["worker", "people", "injured"], "2022-11-30"),
    ("He said 160 people were working a night shift", ["chowdhury", "fire service"], ex(160), PEOPLE + ["worker"], "2022-11-30"),
    ("Firefighters rescued 74 people", [], ex(74), PEOPLE, "2022-11-30"),
    ("Forty-one are being treated at Dhanpur Medical College Hospital", ["hospital official", "hospital"], ex(41), PEOPLE + ["worker", "patient"], "2022-12-01"),
    ("nine of them in critical condition, a hospital official said", ["hospital official", "hospital"], ex(9), PEOPLE + ["worker", "patient", "them"], "2022-12-01"),
    ("said the true toll could be as high as 35", ["federation", "garment workers"], atm(35, 27), ["toll", "worker", "people", "dead"], "2022-11-30"),
    ("more than 1,500 workers have died in factory fires and building collapses in the country, according to industry figures", ["industry figures", "industry"], atl(1500), ["worker"], None),
])

A["16_pelora-shipwreck.txt"] = ("2024-06-20", [
    # headline (the header line), as the dev gold annotates headlines
    ("At least 31 dead after migrant boat capsizes off Pelora", [], atl(31), PEOPLE + ["dead", "migrant"], None),
    ("At least 31 people drowned when an overcrowded boat carrying migrants capsized", ["coastguard"], atl(31), PEOPLE + ["migrant"], "2024-06-19"),
    ("Rescuers pulled 46 survivors from the water", ["kostas", "coastguard"], ex(46), ["survivor"], "2024-06-19"),
    ("among them 12 children, coastguard spokesman Lt. Andreas Kostas said", ["kostas", "coastguard"], ex(12), ["child", "children"], "2024-06-19"),
    ("He said dozens more were feared missing", ["kostas", "coastguard"], DOZENS, PEOPLE + ["more", "missing", "migrant"], "2024-06-19"),
    ("between 100 and 120 people had been on board", ["survivors", "kostas", "coastguard"], rng(100, 120), PEOPLE, "2024-06-19"),
    ("It said at least 1,900 migrants had died or gone missing", ["iom", "international organization for migration"], atl(1900), ["migrant"], None),
    ("compared with 1,450 in the same period last year", ["iom", "international organization for migration"], ex(1450), ["migrant"], None),
    ("She said her crew had found 3 more bodies on Thursday morning", ["lind", "sea watch"], ex(3), ["body", "bodies"], "2024-06-20"),
    ("which already houses about 700 people in space meant for 250", [], ap(700, 600, 800), PEOPLE, "2024-06-20"),
    ("which already houses about 700 people in space meant for 250", [], ex(250), PEOPLE, None, True),
    ("said arrivals by sea had risen by 60% this year", ["migration minister", "minister"], ex(60), ["arrival"], None),
])


# Gold facts (added before any reconciler tuning on this corpus): which claims a careful fact-checker
# counts as one quantity of one event — same count, same place/time, across speakers and outlets, and
# parts summing to a total. Only groups of >= 2 claims are listed (a lone claim is its own fact).
# Status by docs/reconcile.md: disputed (figures incompatible), corroborated (>= 2 independent sides
# agree; the article's own voice is its outlet's side), consistent (parts sum), single_source.
# Earlier counts of a rising toll ("up from 260 a day earlier", "39 confirmed dead on Wednesday") are
# updates, not disputes: left out.
FACTS = [
    ("C01", "disputed", ["01-1", "01-2", "01-3", "01-4", "01-6"],
     "Velora pension march on 2024-03-09: tens of thousands; 38,000 (police) vs more than 120,000 (organisers)"),
    ("C02", "corroborated", ["02-1", "02-2"],
     "Sarvan quake death toll: past 400 (headline) / 412 (disaster agency)"),
    ("C03", "disputed", ["03-2", "03-9"],
     "Tavrin miners still trapped: 9 (operator) vs could be 11 (men from his shift)"),
    ("C04", "disputed", ["04-6", "04-7"],
     "drivers on strike: 19,000 (FLS, Reiher) vs only 11,500 of Nordbahn's drivers are FLS members (Nordbahn disputes)"),
    ("C06", "disputed", ["06-1", "06-2", "06-5", "06-6"],
     "people fled into Kessaria: 85,000 / more than 85,000 (UN, UNHCR) vs 52,400 registered + several thousand (government)"),
    ("C08a", "disputed", ["08-1", "08-5"],
     "government soldiers killed at Karsk ridge: 140 (rebels) vs 12 (ministry)"),
    ("C08b", "single_source", ["08-4", "08-6"],
     "rebel fighters killed: dozens / more than 50 bodies (defence ministry and its spokesman)"),
    ("C10", "corroborated", ["10-1", "10-2", "10-5"],
     "bus passengers abducted in Tarabe on 2021-06-12: dozens (headline), at least 43 (police), 57 missing (community leaders)"),
    ("C11", "corroborated", ["11-1", "11-2", "11-4", "11-5"],
     "Veltra job cuts: 3,500 (headline, company) = 2,100 at home plants + 1,400 abroad (Holtz)"),
    ("C13", "corroborated", ["13-1", "13-2"],
     "Ravana flood deaths: at least 58 (headline, officials)"),
    ("C14", "corroborated", ["14-1", "14-2"],
     "Corvo wildfire evacuations: 9,000 (headline) / about 9,000 (civil protection)"),
    ("C15", "corroborated", ["15-1", "15-2", "15-8"],
     "Dhanpur factory fire deaths: 27 (headline), at least 27 (fire officials), as high as 35 (workers' federation)"),
    ("C16", "corroborated", ["16-1", "16-2"],
     "Pelora shipwreck dead: at least 31 (headline, coastguard)"),
]


def build():
    arts = []
    for name, (published, rows) in A.items():
        text = open(os.path.join(HERE, "articles", name), encoding="utf-8").read()
        claims = []
        for n, row in enumerate(rows, 1):
            ev, aliases, q, subj, date = row[:5]
            optional = len(row) > 5 and row[5]
            assert ev in text, (name, ev)
            c = {"id": f"{name[:2]}-{n}", "evidence": ev,
                 "speaker": aliases[0] if aliases else None, "speaker_aliases": aliases,
                 "affiliation": None, **q, "subject": subj, "event": None, "date": date, "places": []}
            if optional:
                c["optional"] = True
            claims.append(c)
        arts.append({"article": name, "published": published, "claims": claims})
    ids = {a["article"][:2]: a["article"] for a in arts}
    facts = [{"id": fid, "status": st, "claims": [f"{ids[c[:2]]}#{c}" for c in cl], "summary": summ}
             for fid, st, cl, summ in FACTS]
    known = {f"{a['article']}#{c['id']}" for a in arts for c in a["claims"]}
    assert all(c in known for f in facts for c in f["claims"])
    return {"version": 1, "articles": arts, "facts": facts}


if __name__ == "__main__":
    with open(os.path.join(HERE, "corpus.gold.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, indent=1, ensure_ascii=False)
        f.write("\n")
    g = build()
    print(len(g["articles"]), "articles,", sum(1 for a in g["articles"] for c in a["claims"] if not c.get("optional")),
          "required claims,", sum(1 for a in g["articles"] for c in a["claims"] if c.get("optional")), "optional")
