// Chapter 5: 2-3 August. The first attack (or the waiting), the guns across the river, Stern's corps.

=== marsh ===
{ fog_lifts_early:
    ~ weather = "clear"
- else:
    ~ weather = "fog"
}
{ weather == "fog":
    At seven in the morning fifty-nine aircraft arrive over the lake: twenty-two SB bombers, seventeen R-5s, seven R-Zs and thirteen I-15 fighters. Below them there is nothing but white. They circle, and turn for home, because nobody can tell them where their own infantry is. # date: 1938-08-02 # source: rasstrelyannye-geroi
    One group, you hear later, had been loaded by mistake with chemical fragmentation bombs. If the fog had lifted, someone would have dropped them. One account calls it the near-miss of the campaign; you will never find out how near. # source: samye-podlye-mify
- else:
    The second morning of August comes up clear over the lake. Rychagov's squadrons are over the ridge by seven, and this time the pilots can see the Japanese trenches, the communication ditches, the mortar pits on the reverse slope. # date: 1938-08-02
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
The 40th Division goes in along the marsh strips between the lake and the ridge, a regiment at a time, as each comes off the road. There is no room to deploy. There is barely room to walk. # source: goldman-2012 # source: litlife-stern
~ tanks_decided = true
-> tanks_choice ->
~ first_attack()
{ heights == "contested":
    It is expensive and it is ugly, but it works, up to a point. By dusk your infantry have a foothold on Bezymyannaya and the lower slopes of Zaozernaya, and the Japanese on the summit are looking down at them from less than a hundred metres away.
- else:
    It does not work. The Japanese on the crest have had three days to dig, and their machine guns cover every strip of marsh. The lead battalions get to the foot of the slope and no further, and then they come back, carrying what wounded they can. By evening the 40th Division has been thrown back everywhere. # source: goldman-2012 # source: gse-khasan
    ~ trust(-10)
}
{ weather == "fog":
    Not one aircraft could help them today. In the fog the bombers could not tell friend from enemy, and so they did not come at all. # source: litlife-stern # source: rasstrelyannye-geroi
}
{ emperor_allows_air:
    Worse, the Japanese now have aircraft overhead. Twice in the afternoon their light bombers come low over the marsh and the infantry lying in it. Tokyo has changed its mind about keeping the fight small.
    ~ escalate(5)
}
-> guns_across_the_river

=== waiting ===
The corps is not ready, and so the 40th Division digs in along the eastern shore of the lake and waits. # date: 1938-08-02
Waiting is not free. The Japanese on the crest can see every road behind the lake, and their guns across the river are registered on all of them. Through the day shells fall on the columns coming up and on the men lying in the marsh. # source: goldman-2012
~ fight_raw(30, 100, 5, 10)
In Moscow, you learn by telephone, the question is no longer whether you are slow but why. Mekhlis has written that the Marshal is sitting still while the Japanese sit on Soviet soil.
{ emperor_allows_air:
    In the afternoon Japanese aircraft come over the lake to look at you. Nobody shoots at them, because nobody is sure whether they are allowed to.
    ~ escalate(5)
}
-> guns_across_the_river

=== tanks_choice ===
The tanks are Stern's to place. He has T-26s, a few BTs and some little amphibious T-37s, and one way to the crest: along the strips of marsh between the lake and the ridge. # source: tankarchives-2024 # source: sputnik-aviapoisk-2019
He walks down to the shore to look at it. The ground gives under his boots. A T-26 on this could crawl at walking pace, if it moved at all, with Japanese guns on the far bank watching it come. On firm ground east of the lake the same tanks could stand and fire over the infantry's heads at the trenches on the slope, without going anywhere near the mud.
The infantry commanders want the tanks with them, in the marsh, where a man can walk behind armour instead of in front of a machine gun.
How does Stern use the tanks? # decision: aug2_tanks_in_marsh # role: stern # discuss: Should armour go where the infantry needs it, or only where the ground allows it? # discuss: How do you weigh machines lost against men lost?
+ [Keep the tanks on firm ground east of the lake, firing over the infantry.]
    Stern keeps the tanks on the hard ground by the lake shore and has them fire over the infantry at the slope. # option: firm_ground
    ~ tanks_in_marsh = false
    They lose few machines. The infantry, crossing the marsh with nothing in front of them but their own shadows, lose more men.
+ [Send the T-26s along the marsh corridor with the infantry.]
    The tanks go in with the first wave. Within the hour half of them are sunk to their tracks in the marsh, crawling at three or four kilometres an hour, and the Japanese gunners across the river take them one by one. # option: into_the_marsh # historical # source: sputnik-aviapoisk-2019
    ~ tanks_in_marsh = true
    The infantry behind them get a little cover and a great deal of burning fuel.
- ->->

=== guns_across_the_river ===
That evening the artillery officers bring you the thing they have been talking about all day. # date: 1938-08-02
The Japanese guns that are killing your men are not on the ridge. They are on the far bank of the Tumen, in Korea and Manchukuo, where the Japanese can bring up shells and men across the fords at night. Your own guns could reach the batteries and the fords. They would be firing into a country you are not at war with, over villages where people still live. # source: nyt-ap-0810 # source: paperspast-mt-0805
There is a harder option still. North of the ridge the ground is firm. A regiment could go round through Manchukuo and take the Japanese on the crest from behind, and the crest would fall in a day.
Stalin told you that nobody obliges you to cross the border. That is not quite the same as telling you not to. # source: bibliboba-krovavyi
Do you take the fight across the border? # decision: flank_via_manchukuo # discuss: Is striking guns on foreign soil that are killing your soldiers self-defence or escalation? # discuss: When is a quick victory worth the risk of a general war?
+ [Counter-battery: shell the Japanese batteries and the Tumen fords on the Korean bank.]
    "Find me the batteries and the fords," you say. "Everything that can reach them, at first light. Keep off the villages if you can." # option: shell_the_far_bank
    ~ flank = "guns"
    ~ hit_villages(2)
    ~ escalate(10)
    They do what they can, and it is not enough to keep off the villages. The fords are under the same hills as the houses. By the next afternoon Japanese and foreign correspondents are reporting Soviet shells bursting in Korean towns, and the Japanese batteries are firing at half their old rate.
    { villages_evacuated:
        The towns were emptied before the fighting began. The reports speak of burning roofs, not of burning people.
    }
+ [No. Not a man and not a deliberate shell across the line. The fight stays on Soviet soil.]
    "We fight on our side of the line," you say. "Tokyo keeps saying this is a local incident. I would like it to stay one." # option: stay_on_our_side # historical # source: bibliboba-krovavyi
    ~ flank = "none"
    The gunners nod. They will still fire at the flashes they can see, and some of what they fire at will be on the far bank. But no one will have ordered it.
+ [Send a regiment round through Manchukuo to take the crest from behind.]
    "One regiment," you say. "North about, through the Manchurian side, in the dark. By the time they know it is there it will be on the reverse slope." # option: flank_column
    ~ flank = "column"
    ~ escalate(30)
    ~ trust(-10)
    The regiment goes that night. It is across the border before Moscow knows, and on the reverse slope before Tokyo does. By the time the news reaches both capitals you have turned a quarrel over a hill into an invasion of Manchukuo.
    Stalin's silence on the telephone the next morning is the longest you have ever heard.
- -> corps_day

=== corps_day ===
By order of the Defence Commissariat, Stern now commands the 39th Rifle Corps: the 32nd, 39th and 40th Rifle Divisions and the 2nd Mechanised Brigade. The battle at the lake is his to fight, under you. # date: 1938-08-03 # source: litlife-stern
~ weather = "rain"
{ not reinforcements_sooner:
    ~ commit_troops(7000, true)
    All day and all night the 32nd Division and the brigade's tanks come down the one road from the railhead, through rain, in columns that stop for an hour every time a lorry breaks an axle. # source: litlife-stern
}
By Soviet count there are now more than fifteen thousand men in the area, with 1,014 machine guns, 237 guns and 285 tanks. # source: gse-khasan
The same morning the Soviet newspapers print the Hunchun map of 1886, with the crest on the Soviet side of the line, for the whole world to see. # source: frus-d464
{ commission == "open":
    Your commission's report, with its three metres, is nowhere in the paper. Someone has decided that the world does not need that detail.
}
Across the river the Korea Army has stopped pretending this is a patrol clash: Suetaka has been allowed to put in his whole division. # source: goldman-2012
{ attack_plan == "concentrated" and reinforcements_sooner:
    -> early_blow
}
-> offer

=== early_blow ===
With the corps together two days early, Stern has his concentrated blow ready on the third. The guns have been registered for a day and a night. The infantry have looked at the marsh and know where the hard ground is. # date: 1938-08-03
~ tanks_decided = true
-> tanks_choice ->
~ early_concentrated_attack()
The attack goes in late in the afternoon, all at once, after an hour of the heaviest shelling the ridge has yet seen. It is not pretty, but it is the first thing in this campaign that looks like a plan. By nightfall your infantry hold Bezymyannaya and the eastern slope of Zaozernaya, and the Japanese hold the summit and not much else.
~ trust(5)
-> offer
