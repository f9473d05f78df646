// Chapter 7: 6-11 August. The general assault, the fight for the crests, the cease-fire.

=== assault ===
~ weather = "clear"
The sixth of August dawns clear. After a week of fog and rain the ridge stands out against the sky, every trench on it sharp as a cut. # date: 1938-08-06 # source: vozdushnye-boitsy
At the airfields the armourers have been loading since first light: bombs of two hundred and fifty kilograms, five hundred, a thousand. By Soviet count some two hundred and fifty aircraft are ready to go. # source: vozdushnye-boitsy # source: gse-khasan
Stern has the 32nd Division ready to go for Bezymyannaya and the 40th for Zaozernaya, with the 2nd Mechanised Brigade behind them. It is everything he asked for, except time. # source: loveread-74475 # source: gse-khasan
The gunners want two more days. Their new batteries have not been registered on the reverse slope, where the Japanese reserves shelter; they would like to find those reserves before the infantry has to. Two more days would also mean two more days of Mekhlis's telegrams.
Do you launch the general assault today? # decision: aug6_general_assault # discuss: When the weather finally allows a massed strike, is it right to wait for an even better one? # discuss: How much preparation is enough when politics sets the clock?
+ [Launch it today: bombers first, then the guns, then the 32nd and 40th with the brigade.]
    "Today," you say. "While the sky holds." # option: launch_now # historical # source: vozdushnye-boitsy # source: gse-khasan
    ~ assault_day = 6
    ~ trust(5)
    -> assault_goes_in
+ [Postpone to the eighth, until the guns have found the reserves on the reverse slope.]
    "The eighth," you say. "Nobody climbs that hill until the guns have found what is behind it." # option: postpone
    ~ assault_day = 8
    ~ trust(-15)
    ~ denounce(1)
    ~ commit_troops(2000, true)
    ~ fight_raw(20, 60, 5, 10)
    Two more days pass under shelling. The 39th Division's artillery comes up and registers. Moscow sends three telegrams in two days, each shorter than the last, and Mekhlis sends more than that.
    -> assault_goes_in

=== assault_goes_in ===
{ assault_day == 6:
    At midday the bombers come over in waves, and the summit of Zaozernaya disappears in smoke. # date: 1938-08-06 # source: vozdushnye-boitsy
- else:
    On the eighth the bombers come over in waves at midday, and the summit of Zaozernaya disappears in smoke. # date: 1938-08-08
}
{ not tanks_decided:
    ~ tanks_decided = true
    -> tanks_choice ->
}
~ general_assault()
~ escalate(5)
Then the guns, and then the infantry go forward across the marsh, in the open, into whatever the bombs did not kill. # source: gse-khasan
{ assault_day == 6:
    On the right the 96th Rifle Regiment claws its way onto the north-eastern slopes of Bezymyannaya by six in the evening. By ten at night men of the 40th are at the foot of Zaozernaya, and then on the crest, and someone has a red flag up on the summit. # source: loveread-74475 # source: gse-khasan
- else:
    This time the guns know where the Japanese reserves are, and the counter-attacks that should have met the infantry on the slopes break up before they start. By night your men are on both crests, though not yet alone on either.
}
{ tanks_in_marsh:
    Once again the tanks go into the marsh, and once again the marsh keeps them. The T-26s sink and stop, and the guns across the river burn them where they stand. # source: sputnik-aviapoisk-2019
- else:
    The tanks stay on the firm ground and fire over the infantry's heads. The infantry pay for every metre that the tanks do not go.
}
{ flank == "column":
    The regiment on the reverse slope, inside Manchukuo, closes on the Japanese from behind. It makes the crest fall faster. It also makes every Japanese soldier on it fight like a man with nowhere to go.
}
A flag on a summit is not the summit. The Japanese are still in their holes on the far side of the crest, and they are not leaving.
-> crest_days

=== crest_days ===
~ crest_fighting()
For three days the fighting goes on, on the crests and just below them, with grenades and bayonets at night, the Japanese counter-attacking again and again. # date: 1938-08-09 # source: gse-khasan # source: paperspast-st-0811
{ assault_day == 6:
    On the seventh, according to one historian and only one, Moscow takes the conduct of the battle out of your hands and leaves it with Stern. If so, you are not told it in words; you notice only that the calls from Moscow go to Posyet and not to you. # source: kotkin-2017
}
Somewhere around the same time the hard-liner at the Foreign Commissariat, Stomoniakov, is quietly pushed aside, and Litvinov starts to talk like a man who wants terms. # source: time-truces
{ sorge_believed:
    On the eighth, Sorge warns that hawks in Tokyo want the incident widened. Moscow, which now reads him, hurries Litvinov along. # source: kotkin-2017
    ~ escalate(-5)
- else:
    On the eighth, by one account, Sorge warns that there are hawks in Tokyo who want the incident widened. If the warning arrives, nobody in Moscow acts on it. # source: kotkin-2017
}
{ emperor_allows_air:
    Japanese aircraft are over the ridge every day now, and their heavy guns from the Korean bank are firing at twice their old rate. Your infantry on the crests are being hit from above and from across the river at once.
    ~ escalate(5)
- else:
    Not one Japanese aircraft appears over the ridge. Tokyo's order keeping its army aviation out of the fight holds, however hard the Korea Army pleads. # source: goldman-2012
}
Your own side's bombers and guns are not so careful. On the tenth a wire-service reporter on the Korean side watches a village at the foot of Changkufeng burning under Soviet shellfire. # source: nyt-ap-0810
{ moscow_hundreds > 6:
    ~ trust(-10)
    Moscow has begun to count the dead. So far the Front admits {soviet_killed} killed and missing, and the figure is rising every hour.
}
On the night of the tenth Tokyo's supreme war council meets. In Moscow, from seven in the evening until midnight, with a break, Litvinov and Shigemitsu talk terms. # source: paperspast-waita-0811b # source: paperspast-waita-0811a # source: frus-d475
{ escalation >= 90:
    -> wider_war
}
-> ceasefire

=== ceasefire ===
~ crest_at_ceasefire()
The terms reach you before dawn on the eleventh. All military action stops at noon, local time. Each side stays on the lines it held at midnight. A mixed commission, two Soviet members and two for Japan and Manchukuo, will settle the line, working from the old Russian and Chinese treaty maps. # date: 1938-08-11 # source: frus-d475
Litvinov wanted a neutral umpire from a third country on the commission. Shigemitsu refused, and the umpire was dropped. What papers the commission may use is left for Tokyo to answer. # source: frus-d475 # source: paperspast-wc-0812
At noon the guns stop. On the ridge the Japanese buglers sound the cease-fire, and for the first time in two weeks you can hear birds over the lake. # source: paperspast-chp-0812
Under a white flag, officers from both sides meet on the hilltop and exchange signed maps of where their men are standing. # source: time-truces # source: paperspast-chp-0812
~ luck = 0
{ heights == "soviet":
    Moscow admits that its troops have pushed a wedge some three hundred metres past the line it claims. The Japanese still hold ground about two hundred metres inside it. Neither capital says so loudly. # source: paperspast-waita-0811a
    Over the following days the Japanese pull back from the crest, and your men have Zaozernaya and Bezymyannaya to themselves. Moscow calls it a victory. # source: wiki-khasan # source: coox-1977
    -> council
- else:
    The maps show what everyone on the ridge already knows. The Japanese are on the summit of Zaozernaya, in their own holes, and the cease-fire has frozen them there.
    -> lost_crest
}
