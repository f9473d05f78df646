// Chapter 5: 2-3 August. The first attack (or the waiting), the guns across the river, Stern's corps.

=== marsh ===
{ fog_lifts_early:
    ~ weather = "clear"
- else:
    ~ weather = "fog"
}
{ weather == "fog":
    At seven in the morning fifty-nine aircraft arrive over the lake: twenty-two SBs, seventeen R-5s, seven R-Zs and thirteen I-15 fighters. Below them is nothing but white, and they turn for home, because nobody can tell them where their own infantry is. One group, it turns out, had been loaded by mistake with chemical fragmentation bombs. # date: 1938-08-02 # source: rasstrelyannye-geroi # source: samye-podlye-mify
- else:
    In this history the second of August comes up clear, and Rychagov's squadrons are over the ridge by seven, the pilots able to see the Japanese trenches and the mortar pits on the reverse slope. # date: 1938-08-02
}
{ reinforcements_sooner:
    ~ commit_troops(7000, true)
    Through the night the lead echelons of the 32nd Rifle Division and the tanks of the 2nd Mechanised Brigade have come down the road from the railhead, a day and more ahead of anyone's plan. # source: litlife-stern
}
{ attack_plan == "piecemeal":
    -> first_assault
- else:
    -> waiting
}

=== first_assault ===
The 40th Division goes in along the marsh strips, a regiment at a time, as each comes off the road, as you ordered. There is no room to deploy. # source: goldman-2012 # source: litlife-stern # claim: aug1_piecemeal_attack=attack_now
~ tanks_decided = true
-> tanks_choice ->
~ first_attack()
{ heights == "contested":
    It is expensive and ugly, and it works, up to a point: by dusk your infantry have a foothold on Bezymyannaya and the lower slopes of Zaozernaya, under Japanese eyes a hundred metres off.
- else:
    It does not work. The Japanese have had three days to dig, and their machine guns cover every strip of marsh. By evening the 40th Division has been thrown back everywhere. # source: goldman-2012 # source: gse-khasan
    ~ trust(-10)
}
{ weather == "fog":
    The fifty-nine aircraft that turned back at dawn were all the air support the infantry had. # source: litlife-stern # source: rasstrelyannye-geroi
}
{ at_front:
    You watched it from the observation post, close enough to hear it. # claim: aug1_go_to_front=go_to_front
- else:
    You followed it from Khabarovsk, a map and a telephone that worked one call in three. # claim: aug1_go_to_front=stay_in_khabarovsk
}
{ emperor_allows_air:
    Worse, Japanese light bombers come low over the marsh twice in the afternoon.
    ~ escalate(5)
}
-> guns_across_the_river

=== waiting ===
Because you chose to wait for the corps, the 40th Division digs in along the eastern shore and waits. # date: 1938-08-02 # claim: aug1_piecemeal_attack=wait_for_corps
Waiting is not free. The Japanese on the crest see every road behind the lake, and their guns across the river are registered on all of them. # source: goldman-2012
~ fight_raw(30, 100, 5, 10)
{ at_front:
    You spend the day in a dugout by the shore, and the shells find the road you came in on. # claim: aug1_go_to_front=go_to_front
- else:
    From Khabarovsk you hear that Mekhlis has written: the Marshal sits in his office while the Japanese sit on Soviet soil. # claim: aug1_go_to_front=stay_in_khabarovsk
}
{ emperor_allows_air:
    In the afternoon Japanese aircraft come over the lake to look at you.
    ~ escalate(5)
}
-> guns_across_the_river

=== tanks_choice ===
{ aug1_piecemeal_attack == "attack_now":
    The tanks with the 40th are Colonel Bazarov's to place this morning: T-26s, a few BTs, some little amphibious T-37s, and one way to the crest, along the marsh. # source: tankarchives-2024 # source: sputnik-aviapoisk-2019 # claim: aug1_piecemeal_attack=attack_now
    On that ground a T-26 crawls at walking pace. On firm ground east of the lake the same tanks could stand and fire over the infantry at the slope. The infantry want them in the marsh with them, where a man can walk behind armour instead of in front of a machine gun.
    How should Bazarov use the tanks? # decision: aug2_tanks_in_marsh # discuss: Should armour go where the infantry needs it, or only where the ground allows it? # discuss: How do you weigh machines lost against men lost?
- else:
    The tanks are Stern's to place now that he commands the corps: T-26s, a few BTs, some amphibious T-37s, and one way to the crest, along the marsh. # source: tankarchives-2024 # source: litlife-stern
    On that ground a T-26 crawls at walking pace. On firm ground east of the lake the same tanks could stand and fire over the infantry at the slope. The infantry want them in the marsh with them.
    How should Stern use the tanks? # decision: aug2_tanks_in_marsh # role: stern # discuss: Should armour go where the infantry needs it, or only where the ground allows it? # discuss: How do you weigh machines lost against men lost?
}
+ [Keep the tanks on firm ground east of the lake, firing over the infantry.]
    ~ aug2_tanks_in_marsh = "firm_ground"
    The tanks stay on the hard ground by the shore and fire over the infantry at the slope. # option: firm_ground
    ~ tanks_in_marsh = false
    They lose few machines. The infantry, crossing the marsh with nothing in front of them, lose more men.
+ [Send the T-26s along the marsh corridor with the infantry.]
    ~ aug2_tanks_in_marsh = "into_the_marsh"
    The tanks go in with the first wave. Within the hour half of them are sunk to their tracks, crawling at three or four kilometres an hour, and the Japanese gunners take them one by one. # option: into_the_marsh # historical # source: sputnik-aviapoisk-2019
    ~ tanks_in_marsh = true
    The infantry behind them get a little cover and a great deal of burning fuel.
- ->->

=== guns_across_the_river ===
That evening the artillery officers bring you what they have talked about all day. # date: 1938-08-02
The Japanese guns killing your men are not on the ridge. They are across the Tumen, in Korea and Manchukuo, where shells and men come over the fords at night. Your guns could reach the batteries and the fords, firing into a country you are not at war with, over villages where people live. # source: nyt-ap-0810 # source: paperspast-mt-0805
There is a harder option. North of the ridge the ground is firm, and a regiment could go round through Manchukuo and take the crest from behind. Stalin said nobody obliges you to cross the border, which is not quite the same as forbidding it. # source: bibliboba-krovavyi
Do you take the fight across the border? # decision: flank_via_manchukuo # discuss: Is striking guns on foreign soil that are killing your soldiers self-defence or escalation? # discuss: When is a quick victory worth the risk of a general war?
+ [Counter-battery: shell the Japanese batteries and the Tumen fords on the Korean bank.]
    ~ flank_via_manchukuo = "shell_the_far_bank"
    "Find me the batteries and the fords," you say. "Everything that can reach them, at first light. Keep off the villages if you can." # option: shell_the_far_bank
    ~ flank = "guns"
    ~ hit_villages(2)
    ~ escalate(10)
    The fords lie under the same hills as the houses. Within a day correspondents on the Korean side are reporting Soviet shells in Korean towns, and the Japanese batteries fire at half their old rate. # source: paperspast-mt-0805
    { villages_evacuated:
        In this history the towns were emptied before the fighting; the reports speak of burning roofs, not burning people.
    }
+ [No. You order nothing across the line. The fight stays on this side of the river.]
    ~ flank_via_manchukuo = "stay_on_our_side"
    "We fight on our side of the line," you say. "Tokyo calls this a local incident. I would like it to stay one." # option: stay_on_our_side # historical # source: bibliboba-krovavyi
    ~ flank = "none"
    You give no order to fire across the river. Soviet shells will fall on the fords and on Korean towns all the same; the record shows it, and does not show who ordered it. # source: nyt-ap-0810 # source: paperspast-mt-0805
+ [Send a regiment round through Manchukuo to take the crest from behind.]
    ~ flank_via_manchukuo = "flank_column"
    "One regiment," you say. "North about, through the Manchurian side, in the dark." # option: flank_column
    ~ flank = "column"
    ~ escalate(30)
    ~ trust(-10)
    It is across the border before Moscow knows, and on the reverse slope before Tokyo does. You have turned a quarrel over a hill into an invasion of Manchukuo. Stalin's silence on the telephone next morning is the longest you have heard.
- -> corps_day

=== corps_day ===
By order of the Defence Commissariat, Stern now commands the 39th Rifle Corps: the 32nd, 39th and 40th Rifle Divisions and the 2nd Mechanised Brigade. The battle at the lake is his to fight, under you. # date: 1938-08-03 # source: litlife-stern
~ weather = "rain"
{ not reinforcements_sooner:
    ~ commit_troops(7000, true)
    All day and night the 32nd Division and the brigade's tanks come down the one road from the railhead, through rain. # source: litlife-stern
}
By Soviet count there are now more than 15,000 men in the area, with 1,014 machine guns, 237 guns and 285 tanks. The Soviet newspapers print the Hunchun map of 1886, the crest on the Soviet side of its line. # source: gse-khasan # source: frus-d464
{ commission == "open":
    The three metres your open commission measured are nowhere in the paper. # claim: jul24_border_commission=open
}
{ flank == "column":
    Your regiment inside Manchukuo is nowhere in the paper either. # claim: flank_via_manchukuo=flank_column
}
Across the river the Korea Army, which has wanted this fight since July, lets Suetaka put in his whole division. # source: goldman-2012
{ attack_plan == "concentrated" and reinforcements_sooner:
    -> early_blow
}
-> offer

=== early_blow ===
Because you waited and the corps came early, Stern has his concentrated blow ready on the third. The guns have been registered for a day and a night. # date: 1938-08-03 # claim: aug1_piecemeal_attack=wait_for_corps
~ tanks_decided = true
-> tanks_choice ->
~ early_concentrated_attack()
The attack goes in late in the afternoon after an hour of the heaviest shelling the ridge has seen. By nightfall your infantry hold Bezymyannaya and the eastern slope of Zaozernaya, and the Japanese hold the summit and little else.
~ trust(5)
-> offer
