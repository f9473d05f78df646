// Chapter 7: 6-11 August. The general assault, the fight for the crests, the cease-fire.

=== assault ===
~ weather = "fog"
The sixth of August begins in thick fog. At the airfields the armourers have been loading since morning, bombs of 250, 500 and 1,000 kilograms, for some 250 aircraft by the Soviet count. # date: 1938-08-06 # source: vozdushnye-boitsy # source: rasstrelyannye-geroi # source: gse-khasan
Stern has the 32nd Division ready for Bezymyannaya and the 40th for Zaozernaya, the 2nd Mechanised Brigade behind them. The gunners want two more days: their new batteries have not found the Japanese reserves on the reverse slope. Two more days would also mean two more days of Mekhlis's telegrams. # source: loveread-74475 # source: gse-khasan
{ aug4_ceasefire_offer == "accept":
    After your advice to take Japan's offer, another delay would read in Moscow as a second refusal to fight. # claim: aug4_ceasefire_offer=accept
- else:
    You told Moscow on the fourth that the heights could be taken. Today it expects you to show it. # claim: aug4_ceasefire_offer=refuse
}
Do you launch the general assault today? # decision: aug6_general_assault # discuss: When the weather may or may not allow a massed strike, is it right to wait for a better one? # discuss: How much preparation is enough when politics sets the clock?
+ [Launch it today: bombers first, then the guns, then the 32nd and 40th with the brigade.]
    ~ aug6_general_assault = "launch_now"
    "Today," you say. "Fog or no fog, they go when it lifts." # option: launch_now # historical # source: gse-khasan
    ~ assault_day = 6
    ~ trust(5)
    -> assault_goes_in
+ [Postpone to the eighth, until the guns have found the reserves on the reverse slope.]
    ~ aug6_general_assault = "postpone"
    "The eighth," you say. "Nobody climbs that hill until the guns have found what is behind it." # option: postpone
    ~ assault_day = 8
    ~ trust(-15)
    ~ denounce(1)
    ~ commit_troops(2000, true)
    ~ fight_raw(20, 60, 5, 10)
    Two more days pass under shelling. The 39th Division's artillery comes up and registers. Moscow sends three telegrams in two days, each shorter than the last.
    -> assault_goes_in

=== assault_goes_in ===
{
- assault_day == 6 and fog_lifts_early:
    ~ weather = "clear"
    In this history the fog burns off by eight on the sixth as well. The bombers form up over the bay in clear air and find the summit at once, hours before the infantry have to go in, and the guns have the whole day to work on what the bombs uncover. # date: 1938-08-06
- assault_day == 6:
    An hour before take-off the fog lifts a little, its base no higher than fifty or sixty metres. The bombers climb through gaps over the bay, form up above the cloud and fly for a hill they are not sure they will see. Later in the day they find it, and the summit of Zaozernaya disappears in smoke. # date: 1938-08-06 # source: rasstrelyannye-geroi # source: vozdushnye-boitsy # source: tb3-history-litlife
- else:
    ~ weather = "clear"
    On the eighth, because you waited, the bombers come over a ridge the guns have already mapped, and the summit disappears in smoke. # date: 1938-08-08 # claim: aug6_general_assault=postpone
}
{ not tanks_decided:
    ~ tanks_decided = true
    -> tanks_choice ->
}
~ general_assault()
~ escalate(5)
Then the guns, and then the infantry go forward across the marsh, in the open, into whatever the bombs did not kill. # source: gse-khasan
{ assault_day == 6:
    The 96th Rifle Regiment claws onto the north-eastern slopes of Bezymyannaya by six in the evening. By ten at night men of the 40th are on the crest of Zaozernaya, and someone has a red flag up on the summit. # source: loveread-74475 # source: gse-khasan
- else:
    This time the guns know where the Japanese reserves are, and the counter-attacks break up before they start. By night your men are on both crests, though not alone on either.
}
{ aug2_tanks_in_marsh == "into_the_marsh":
    The tanks go into the marsh, as ordered, and the marsh keeps them: the T-26s sink and stop, and the guns across the river burn them where they stand. # source: sputnik-aviapoisk-2019 # claim: aug2_tanks_in_marsh=into_the_marsh
- else:
    The tanks stay on the firm ground, as ordered, and fire over the infantry's heads. The infantry pay for every metre the tanks do not go. # claim: aug2_tanks_in_marsh=firm_ground
}
{ flank == "column":
    Your regiment on the reverse slope closes from behind. The crest falls faster, and every Japanese soldier on it fights like a man with nowhere to go. # claim: flank_via_manchukuo=flank_column
}
A flag on a summit is not the summit. The Japanese are still in their holes on the far side of the crest.
-> crest_days

=== crest_days ===
~ crest_fighting()
For three days the fight goes on at the crests with grenades and bayonets, the Japanese counter-attacking again and again. # date: 1938-08-09 # source: gse-khasan # source: paperspast-st-0811
{ assault_day == 6:
    On the seventh the calls from Moscow start going to Stern and not to you. Nobody tells you in words that you no longer conduct the battle. # source: kotkin-2017
}
About then, the story goes in Moscow, the hard-liner at the Foreign Commissariat, Stomoniakov, is pushed aside, and Litvinov begins to talk like a man who wants terms. # source: time-truces
{ sorge_believed:
    On the eighth Sorge warns that hawks in Tokyo want the incident widened; in this history Moscow listens and hurries Litvinov along. # source: kotkin-2017
    ~ escalate(-5)
}
{ emperor_allows_air:
    Japanese aircraft are over the ridge every day now, and the guns on the Korean bank fire at twice their old rate.
    ~ escalate(5)
- else:
    Not one Japanese aircraft appears over the ridge. Tokyo's ban on its army aviation holds, however hard the Korea Army pleads. # source: goldman-2012
}
{ moscow_hundreds > 6:
    ~ trust(-10)
    Moscow has begun to count the dead, and asks for the figures twice a day.
}
On the tenth Litvinov and Shigemitsu are to meet again in the evening. The Japanese still hold part of the summit. Stern asks whether the corps should go for the rest of it tonight, by night, with grenades, before anyone in Moscow signs anything. # date: 1938-08-10 # source: paperspast-waita-0811a # source: frus-d475
{ aug6_general_assault == "postpone":
    The two days you took before the assault are two days he does not have now. # claim: aug6_general_assault=postpone
- else:
    The men who went up on the sixth, when you launched the assault, have not slept since. # claim: aug6_general_assault=launch_now
}
Do you press for the summit as the talks begin? # decision: aug10_press_summit # discuss: Is it right to spend lives for ground while the diplomats are already agreeing to stop? # discuss: Who should own a position at the moment of a cease-fire, the side that holds it or the side that claims it?
+ [Press on. Night attacks for the summit: whatever the corps holds at midnight is what the cease-fire will freeze.]
    ~ aug10_press_summit = "press_on"
    "Tonight," you tell Stern. "All of it, if they can." # option: press_on # historical # source: paperspast-waita-0811b # source: paperspast-waita-0811a
    ~ fight(60, 200, 40, 60)
    ~ escalate(5)
    The night is grenades and flares. By midnight the corps has pushed a wedge some 300 metres past the line Moscow claims, and the Japanese still hold a piece about 200 metres inside it. # source: paperspast-waita-0811a
+ [Hold the lines. No more night attacks while the talks go on: keep what the corps has.]
    ~ aug10_press_summit = "hold_lines"
    "Hold what you have," you tell Stern. "Nobody dies tonight for a map that will be drawn tomorrow." # option: hold_lines
    ~ trust(-5)
    ~ denounce(1)
    The corps digs in. The night is quiet enough to hear the Japanese digging too, on ground you wanted.
- In Tokyo that night the Supreme War Council meets. In Moscow, from seven in the evening to midnight, Litvinov and Shigemitsu talk terms. # source: paperspast-waita-0811b # source: frus-d475
{ escalation >= 90:
    -> wider_war
}
-> ceasefire

=== ceasefire ===
~ crest_at_ceasefire()
The terms reach the Front on the morning of the eleventh: all military action stops at noon, local time; each side stays on the lines it held at midnight; a mixed commission, two Soviet members and two for Japan and Manchukuo, will redraw the line. # date: 1938-08-11 # source: frus-d475
Litvinov wanted a neutral umpire; Shigemitsu refused, and it was dropped. Which papers the commission may use is left for Tokyo to answer. # source: frus-d475 # source: paperspast-wc-0812
At noon the guns stop. The Japanese buglers sound the cease-fire, and officers from both sides meet on the hilltop under a white flag to swap signed maps of where their men stand. # source: paperspast-chp-0812 # source: time-truces
{ heights == "soviet":
    Over the following days the Japanese pull back from the crest, and your men have Zaozernaya and Bezymyannaya to themselves. Moscow calls it a victory. # source: wiki-khasan
    -> council
- else:
    The maps show what everyone on the ridge knows: the Japanese are on the summit of Zaozernaya, and the cease-fire has frozen them there.
    -> lost_crest
}
