// Chapter 9: the endings. Each says what became of the heights, the troops, the Korean
// villages, the border and Blyukher, and why, from what the player chose; each sets
// blyukher_fate and ends with its tag.

// The figures of a finished run, shared by every ending.
=== ledger ===
The count, as this model keeps it: {fmt(soviet_troops)} Soviet troops committed in the sector, {fmt(reinforcements)} of them brought from elsewhere on the Front; {fmt(soviet_killed)} Soviet dead and missing and {fmt(soviet_wounded)} wounded; {fmt(japanese_killed)} Japanese dead and {fmt(japanese_wounded)} wounded; {tanks_lost} Soviet tanks lost (the Soviet count was 46 or more; 70 and 96 are Japanese claims). { villages_struck: Korean settlements struck by Soviet fire, a model figure that no source counts: {korean_villages_hit}{ villages_evacuated:, all emptied beforehand}.| No Korean settlement struck by Soviet fire.}
->->

// What the player's July decisions come to, told the same way wherever an ending needs them.
=== recap_commission ===
{ jul24_border_commission == "secret":
    You sent your commission to the crest behind the NKVD's back. # claim: jul24_border_commission=secret
}
{ jul24_border_commission == "open":
    You sent your commission to the crest openly, with Frinovsky's own officer in the car. # claim: jul24_border_commission=open
}
{ jul24_border_commission == "no_commission":
    You never sent anyone to measure the NKVD's trenches. # claim: jul24_border_commission=no_commission
}
{ jul24_border_commission == "none":
    You never needed a commission: in July the army had already dealt with the NKVD's works on the crest. # claim: jul24_border_commission=none
}
->->

=== recap_telegram ===
{ jul27_secret_telegram == "secret_to_voroshilov":
    Your secret telegram to Voroshilov was in Mekhlis's hands the next day. # claim: jul27_secret_telegram=secret_to_voroshilov
}
{ jul27_secret_telegram == "open_to_stalin":
    Your open report to Stalin made the border guards careful, and made every reader of it your judge. # claim: jul27_secret_telegram=open_to_stalin
}
{ jul27_secret_telegram == "stay_silent":
    On the night of the 27th you kept your suspicion to yourself. # claim: jul27_secret_telegram=stay_silent
}
->->

=== recap_bombing ===
{ aug1_bombing_order == "obey":
    On the first of August you sent the bombers when Stalin told you to. # claim: aug1_bombing_order=obey
}
{ aug1_bombing_order == "wait_for_weather":
    On the first of August you kept the bombers on the ground against Stalin's order. # claim: aug1_bombing_order=wait_for_weather
}
{ aug1_bombing_order == "crest_only":
    On the first of August you let the bombers hit the crest and nothing else. # claim: aug1_bombing_order=crest_only
}
->->

=== recap_front ===
{ aug1_go_to_front == "go_to_front":
    You went to the lake, as Stalin told you, and everything there became yours. # claim: aug1_go_to_front=go_to_front
}
{ aug1_go_to_front == "stay_in_khabarovsk":
    You stayed in Khabarovsk, though Stalin had told you to go. # claim: aug1_go_to_front=stay_in_khabarovsk
}
->->

=== relieved_on_the_wire ===
~ blyukher_fate = "relieved"
{ aug1_go_to_front == "go_to_front":
    Before dawn the field telephone in the hut at Posyet rings. It is Voroshilov, reading an order: you are relieved of the conduct of operations at Lake Khasan; Stern will command; you are to go back to Khabarovsk and wait at the Commissariat's disposal. # date: 1938-08-02 # claim: aug1_go_to_front=go_to_front
    When you go out to the car, a second car is waiting behind it, with two men in it who do not get out.
- else:
    Before dawn the telephone rings again. This time it is Voroshilov, reading an order: you are relieved of the conduct of operations at Lake Khasan; Stern will command; you are to stay in Khabarovsk at the Commissariat's disposal. # date: 1938-08-02 # claim: aug1_go_to_front=stay_in_khabarovsk
    When you go out, there is a car at the door with two men in it who do not get out.
}
Stern, you learn that week, has been writing to Voroshilov about the Front since July. Now the battle is his.
~ at_front = false
~ attack_plan = "piecemeal"
~ tanks_decided = true
~ tanks_in_marsh = true
~ fight_raw(180, 620, 110, 190)
~ tanks_lost = tanks_lost + 24
~ commit_troops(7000, true)
~ fight_raw(40, 150, 40, 80)
~ hit_villages(2)
~ fight_raw(300, 1100, 200, 350)
~ tanks_lost = tanks_lost + 46
~ fight_raw(220, 1000, 143, 220)
~ hit_villages(2)
~ heights = "soviet"
Stern fights the battle Moscow wants: the 40th goes into the marsh at once and is thrown back; then the corps comes up, and on the sixth the bombers and guns go over the ridge and the infantry after them. By the cease-fire at noon on the eleventh the crest is Soviet, and the Japanese pull back in the days after. # date: 1938-08-11 # source: goldman-2012 # source: gse-khasan # source: frus-d475
-> ledger ->
The heights are Soviet and the villages across the river were shelled by a battle you no longer ran. How you lost it is no mystery to anyone in Moscow.
-> recap_commission ->
-> recap_bombing ->
-> recap_front ->
{ aug1_piecemeal_attack == "wait_for_corps":
    And you told Stern to wait four days for the corps. # claim: aug1_piecemeal_attack=wait_for_corps
- else:
    Even your order to attack at once came too late to count. # claim: aug1_piecemeal_attack=attack_now
}
Whatever each of those was worth, together they spent Moscow's trust, and in the summer of 1938 a Marshal without it does not keep his command. You are relieved, and waiting. # ending: relieved_on_the_wire
-> END

=== early_ceasefire ===
{ heights == "contested":
    -> early_peace
- else:
    -> second_amur
}

=== early_peace ===
~ blyukher_fate = "command"
The guns stop at noon on the fifth of August. # date: 1938-08-05
~ heights = "contested"
The line runs across the ridge: your men on Bezymyannaya and the eastern slope of Zaozernaya, the Japanese on the summit thirty paces off. Officers meet between the trenches to draw it on a map, and both sides sign. Over the autumn the commission argues about which treaty maps count, and adjourns. Moscow calls it a Japanese retreat; Tokyo calls it a Soviet one.
-> ledger ->
The corps that gathered for a general assault goes home without making it, and the men who would have died between the sixth and the ninth do not.
You advised Moscow to take Japan's offer, and Moscow, for once, listened. # claim: aug4_ceasefire_offer=accept
{ aug1_piecemeal_attack == "wait_for_corps":
    You had half the ridge to bargain with because you waited for the corps and struck with it on the third. # claim: aug1_piecemeal_attack=wait_for_corps
- else:
    You had half the ridge to bargain with because the 40th, thrown in at once on your order, bought a foothold on the second. # claim: aug1_piecemeal_attack=attack_now
}
{ flank_via_manchukuo == "stay_on_our_side":
    And you kept the fight on your own side of the river, so Tokyo could stop without admitting anything. # claim: flank_via_manchukuo=stay_on_our_side
}
{ flank_via_manchukuo == "shell_the_far_bank":
    Your guns on the Korean bank made Tokyo keener to stop, and left it a grievance. # claim: flank_via_manchukuo=shell_the_far_bank
}
{ flank_via_manchukuo == "flank_column":
    Your regiment had to march back out of Manchukuo under a flag of truce, which nobody in either capital will ever print. # claim: flank_via_manchukuo=flank_column
}
{ sorge_believed:
    In this history Moscow had chosen to believe its agent in Tokyo, and saw the offer as the climb-down it was.
}
Your chief of operations keeps his desk, and his wife still takes the boys down the stairs in the mornings. Stalin does not thank you. But a truce he agreed to himself is not a defeat he needs to pin on anyone, and this autumn you keep your Front. # ending: early_peace
-> END

=== second_amur ===
~ blyukher_fate = "arrested"
The guns stop at noon on the fifth of August, with the Japanese on both summits. # date: 1938-08-05
The cease-fire leaves them there, looking down into Posyet Bay, and the commission begins by arguing about which maps it may read. The troops go back along the marsh roads past their own dead.
-> ledger ->
The world sees a second Amur: the Soviet Union giving ground to Japan two summers running. # source: time-1937-07-19 # source: kotkin-2017
It was your advice Moscow took on the fourth: accept, with the Japanese on both summits. # claim: aug4_ceasefire_offer=accept
{ aug1_piecemeal_attack == "attack_now":
    The 40th, which you threw in off the march, had nothing to show for it. # claim: aug1_piecemeal_attack=attack_now
- else:
    The corps you waited for never struck. # claim: aug1_piecemeal_attack=wait_for_corps
}
-> recap_commission ->
-> recap_bombing ->
Stalin did not lose the hill; the Front commander who advised giving it up did. You are recalled in September, and the car at the station is not the one the Commissariat usually sends. You are arrested. # ending: second_amur
-> END

=== wider_war ===
~ blyukher_fate = "relieved"
The cease-fire never comes. # date: 1938-08-11
That night Tokyo's Supreme War Council decides that the Soviet Union means to go further than a hill. Litvinov and Shigemitsu break off at midnight with nothing signed. By the twelfth the fighting has spread along the Tumen, Japanese divisions are moving up from Korea, and the trains meant for the harvest carry troops east.
Stern, who has written to Voroshilov about the Front since July, is given it. You are ordered to Moscow, and on the platform at Khabarovsk the men watching you are not there to see you off.
-> ledger ->
You did not start this war alone, but you took three steps toward it.
{ flank_via_manchukuo == "flank_column":
    You sent a regiment through Manchukuo. # claim: flank_via_manchukuo=flank_column
}
{ flank_via_manchukuo == "shell_the_far_bank":
    You turned your guns on the Korean bank. # claim: flank_via_manchukuo=shell_the_far_bank
}
{ flank_via_manchukuo == "stay_on_our_side":
    You kept your own orders on the Soviet side of the river, which in the end was not enough. # claim: flank_via_manchukuo=stay_on_our_side
}
{ aug10_press_summit == "press_on":
    On the tenth, with the talks beginning, you sent the corps at the summit by night. # claim: aug10_press_summit=press_on
- else:
    On the tenth you held the corps still, too late to cool anything. # claim: aug10_press_summit=hold_lines
}
-> recap_bombing ->
{ emperor_allows_air:
    In this history Tokyo had let its aircraft into the fight from the first.
}
In 1938 Tokyo kept its aircraft at home and its war in China, and the fighting stopped at noon on the eleventh. This is what could have happened instead. # source: goldman-2012 # source: frus-d475 # ending: wider_war
-> END

=== lost_crest ===
~ blyukher_fate = "arrested"
The commission meets in the autumn and does not finish. The Japanese stay on the summit of Zaozernaya, in trenches dug in the first week of August, and they are still there when the snow comes. # date: 1938-09-15
-> ledger ->
For two weeks your men tried to take a hill and ended a few metres short.
{ aug6_general_assault == "postpone":
    You held the general assault two days for the guns, and the cease-fire came before the days were made up. # claim: aug6_general_assault=postpone
- else:
    You launched the general assault on the sixth, and it was not enough. # claim: aug6_general_assault=launch_now
}
{ aug10_press_summit == "hold_lines":
    On the tenth you stopped the corps short of the summit while the diplomats talked, and the cease-fire froze the Japanese where they stood. # claim: aug10_press_summit=hold_lines
- else:
    On the tenth you sent the corps at the summit by night, and it did not get there. # claim: aug10_press_summit=press_on
}
{ aug2_tanks_in_marsh == "firm_ground":
    The tanks you kept on firm ground never reached the slope, and the infantry stopped short without them. # claim: aug2_tanks_in_marsh=firm_ground
- else:
    The tanks you sent into the marsh stayed there. # claim: aug2_tanks_in_marsh=into_the_marsh
}
{ aug1_go_to_front == "stay_in_khabarovsk":
    From Khabarovsk, where you stayed, you could not put the last reserve up the hill in time. # claim: aug1_go_to_front=stay_in_khabarovsk
}
{ emperor_allows_air:
    Japanese aircraft made every metre dearer than in 1938.
}
Your chief of operations went in August, a strip of paper across his door, and his wife and sons with him. The Korean villages across the river were shelled for a hill you did not get. In the middle of September you are summoned from Khabarovsk, and you do not come back. You are arrested. # ending: lost_crest
-> END

=== demoted ===
~ blyukher_fate = "demoted"
They do not arrest you. # date: 1938-11-09
The Far Eastern Front is broken up into two armies, one under Stern and one under Konev. Order 0040 tells the Red Army that your Front was not ready for war and your leadership wrong. In this history it stops short of treason. # source: velikanov-blyukher # source: order-0040
You are found a desk in Moscow with a title and nothing on it. In the mornings you read the newspapers for names you know.
-> ledger ->
The heights are Soviet and the commission argues on. The men who fought at the lake are decorated by the thousand.
{ aug31_military_council == "self_criticism":
    At the Council you took the blame before anyone could hand it to you. # claim: aug31_military_council=self_criticism
- else:
    At the Council you stood by your report and gave the men who wanted a culprit very little. # claim: aug31_military_council=stand_by_report
}
-> recap_bombing ->
-> recap_front ->
{ aug10_press_summit == "hold_lines":
    On the tenth you held the corps back while the diplomats talked, and fewer names went on the lists. # claim: aug10_press_summit=hold_lines
- else:
    On the tenth you sent the corps at the summit once more, and the Council counted those dead too. # claim: aug10_press_summit=press_on
}
You are alive on the ninth of November 1938. For a Marshal who had lost the Kremlin's favour that autumn, it was not the usual ending. # ending: demoted
-> END

=== accuser ===
~ blyukher_fate = "arrested"
The room goes very quiet. Voroshilov looks at Stalin; Stalin looks at you for a long time, then at his papers, and says nothing. # date: 1938-09-02
Two days later, before dawn, Frinovsky's men arrest you in the flat they gave you for the Council. They are very polite. The charge is not that you were wrong about the border troops. It is that you were working for Japan.
-> ledger ->
The heights are Soviet; the troops are decorated, and their commander is in prison.
You accused the NKVD in front of the Main Military Council. # claim: aug31_military_council=counter_accuse
-> recap_commission ->
-> recap_telegram ->
-> recap_bombing ->
-> recap_front ->
In 1938 facts were not a defence; they were evidence of how long you had been plotting. # ending: accuser
-> END

=== lefortovo ===
~ blyukher_fate = "died_in_custody"
The Council keeps you at its disposal until a post worthy of a Marshal can be found, and sends you on leave to Sochi. # date: 1938-08-31 # source: conquest-great-terror
Four days later Order 0040 tells the Red Army that the Front was unready, that its losses, 408 killed and 2,807 wounded by the order's count, were out of all proportion, and that your conduct bordered on conscious defeatism. The Front is broken up between two armies under Stern and Konev. # date: 1938-09-04 # source: order-0040 # source: velikanov-blyukher # source: shishov
* [Go to Sochi.]
-
On the twenty-second of October they come for you at Voroshilov's dacha near Sochi, on Stalin's order, and take your wife and your brother too. The charge is spying for Japan since 1921. # date: 1938-10-22 # source: velikanov-izmena-marshalov # source: conquest-great-terror
In Moscow they question you twenty-one times in eighteen days, seven times with Beria in the room, and they beat you. You deny that you ever spied. In the end you write what they want about a "connection with the Rights" in 1930 and a letter from Rykov you never showed the party; you never write that you spied for Japan. # source: velikanov-blyukher # source: blyukher-6nov-statement-copy
On the evening of the ninth of November, you collapse as they lead you back from the last interrogation, and die minutes later in the prison's dispensary, never tried. The case file puts that prison at the Lubyanka; other accounts say Lefortovo. # date: 1938-11-09 # source: velikanov-izmena-marshalov # source: conquest-great-terror # source: rubtsov-marshaly-stalina
-> ledger ->
The Japanese pulled back after the cease-fire, and the commission was left as unfinished business. Every modern count has the Soviet side losing more men than Japan to win the hill back. # source: wiki-khasan # source: krivosheev-1993 # source: rulit-kasahara
What they held against you was your own.
-> recap_commission ->
-> recap_telegram ->
-> recap_bombing ->
-> recap_front ->
{ aug31_military_council == "self_criticism":
    At the Council you took every fault on yourself, and it made no difference. # claim: aug31_military_council=self_criticism
- else:
    At the Council you stood by your report, and it made no difference. # claim: aug31_military_council=stand_by_report
}
In March 1939 a court sentences a man four months dead. Your wives are shot or sent to the camps. # date: 1939-03-10 # source: kingad-blyukher # ending: lefortovo # historical
-> END
