// Chapter 4: 1 August. Stalin on the high-frequency line; the bombers; the front; the plan.
// Stalin's documented questions are given as direct speech in our own words (kotkin-2017,
// bibliboba-krovavyi); everything else he says is reported. The replies are the player's.

=== the_call ===
~ settle_july()
{ fog_lifts_early:
    ~ weather = "clear"
- else:
    ~ weather = "fog"
}
On the first of August the high-frequency telephone rings for you. Stalin is on the line; Molotov and Voroshilov are listening in Moscow. # date: 1938-08-01 # source: kotkin-2017 # source: bibliboba-krovavyi
Until this morning Moscow would not let you put an aircraft over the border zone at all. Permission came only after Rychagov reported his squadrons moved up to the forward fields. # source: rasstrelyannye-geroi
{ weather == "fog":
    Over the lake the cloud is down on the hills, and somewhere inside it are the Japanese, your own men and, across the Tumen, the Korean villages under the ridge. # source: kotkin-2017 # source: goldman-2012
- else:
    This morning, against every forecast, the fog has burned off early, and the pilots report the ridge standing clear above the marsh.
}
{
- stalin_trust >= 60:
    "Comrade Blyukher." The voice is level, almost patient. "We ordered the Japanese bombed on our territory, Zaozernaya too. Why has it not been done?" # source: kotkin-2017
- stalin_trust >= 40:
    There is no greeting. "Why has the order to bomb been ignored? All of it, Blyukher, Zaozernaya included." # source: kotkin-2017
- else:
    He does not say your name. "I have Mekhlis's reports here. Now tell me why our order to bomb has not been carried out." # source: kotkin-2017
}
* [Tell him about the fog, your own men and the Korean villages.]
    "The aircraft are ready, Comrade Stalin. The weather holds them. In this cloud we may bomb our own troops, and the Korean villages across the river." # source: kotkin-2017
* [Tell him Rychagov is already sending them up.]
    "Rychagov is getting them into the air now, Comrade Stalin, whatever the cloud. But I will not hide it: I am afraid for our own men, and for the Korean villages." # source: kotkin-2017
- There is a pause on the line. Then he asks whether you honestly want to fight the Japanese. If you do not, he says, say so plainly, as a Communist should. # source: kotkin-2017
* ["I have fought for this country since the Civil War."]
    "I have fought for Soviet power since 1918, Comrade Stalin. I will fight for this hill."
* ["I want to win this fight, not lose a squadron in the fog."]
    "I want to win it, Comrade Stalin. That is why I do not want to lose a squadron in the fog."
-
{ stalin_trust >= 60:
    He lets that stand. Nobody, he says, obliges you to cross the border; but the aircraft are to be used without letting up, and you are to get to the scene yourself. The line clicks. # source: kotkin-2017 # source: bibliboba-krovavyi
- else:
    He does not answer that. Nobody, he says, obliges you to cross the border; but the bombers are to be used without letting up, and you are to get to the scene without delay. He hangs up before you can reply. # source: kotkin-2017 # source: bibliboba-krovavyi
}
{ handle_mekhlis_frinovsky == "appease":
    Mekhlis, whom you have been flattering for a week, was in the room when you took the call. He heard every word you said and none of Stalin's. # claim: handle_mekhlis_frinovsky=appease
}
{ jul27_secret_telegram == "secret_to_voroshilov":
    Voroshilov was on the line too, the man who sent your secret telegram back to Mekhlis and Frinovsky. He did not speak. # claim: jul27_secret_telegram=secret_to_voroshilov
}
Pavel Rychagov, twenty-seven, who leads the air operations, is waiting in the next room for a yes or a no. # source: wiki-rychagov # source: khasan-district-krylya
Do you send the bombers now, into this weather? # decision: aug1_bombing_order # discuss: When an order from the top risks your own soldiers and foreign civilians, what do you owe the order, and what do you owe them? # discuss: Is refusing an order in weather you cannot see through caution or cowardice?
+ [Obey. Rychagov launches now, whatever the weather.]
    ~ aug1_bombing_order = "obey"
    "Fly," you tell Rychagov. "Everything you have." # option: obey # historical # source: rasstrelyannye-geroi
    ~ trust(10)
    ~ escalate(5)
    { weather == "fog":
        ~ fight_raw(3, 0, 5, 10)
        ~ hit_villages(1)
        They go in five raids through the murk: a road at Digashedi, height 68.8, the summit of Zaozernaya. One SB is brought down by the fragments of its own bombs. By evening there are reports of fires on the Korean bank that nobody ordered. # source: rasstrelyannye-geroi
        { villages_evacuated:
            The hamlets below the ridge had been cleared a week ago; the houses burn empty.
        }
    - else:
        ~ fight_raw(0, 0, 30, 60)
        Five raids go in under a clean sky: a road at Digashedi, height 68.8, the summit of Zaozernaya. For once the bombs land on trenches rather than marsh, and nothing burns on the Korean bank. # source: rasstrelyannye-geroi
    }
+ [Hold the aircraft until the pilots can see the ground, and tell Moscow so.]
    ~ aug1_bombing_order = "wait_for_weather"
    You ring Moscow back: the Front will bomb when a pilot can tell a Japanese trench from a Soviet one, and not before. The line goes dead. # option: wait_for_weather
    ~ trust(-15)
    ~ denounce(1)
    The aircraft sit on the grass all day. Nothing burns across the river. By evening Mekhlis has sent Moscow his own account of your conversation.
    { weather == "clear":
        ~ trust(-5)
        Worse, the sky over the ridge is perfectly clear, and Moscow will know it by morning.
    }
+ [Bomb the crest only: nothing within range of the Tumen and the Korean bank.]
    ~ aug1_bombing_order = "crest_only"
    "The summit," you tell Rychagov. "If a bomb cannot land on the crest, it comes home with the aircraft." # option: crest_only
    ~ trust(-5)
    ~ escalate(3)
    { weather == "fog":
        ~ fight_raw(0, 0, 2, 4)
        Half the aircraft bring their bombs back. The rest drop through a gap over Zaozernaya. Nothing burns on the Korean bank, and not much on the summit.
    - else:
        ~ fight_raw(0, 0, 20, 40)
        Under a clear sky the restriction costs little: the bombs fall on the crest and the reverse slope, and the Korean bank is left alone.
    }
    Moscow hears that you bombed, and then hears from Mekhlis how little.
-
{ emperor_allows_air and aug1_bombing_order != "wait_for_weather":
    ~ escalate(5)
    Over the ridge your bombers meet Japanese fighters: in this history Tokyo has let its army aviation into the fight. One SB does not come home. # claim: aug1_bombing_order=!wait_for_weather
}
{ villages_evacuated and aug1_bombing_order != "obey":
    ~ trust(-5)
    In this history the villages under the ridge were emptied in July, and Moscow knows it: your fear for them reads there as an excuse. # claim: aug1_bombing_order=!obey
}
-> sorge_message

=== sorge_message ===
Late that night the intelligence summary brings a message from an agent in Tokyo, Richard Sorge, inside the German embassy: the Japanese want a diplomatic settlement, but only once they are sure of the heights. # date: 1938-08-01 # source: kotkin-2017
{ sorge_believed:
    In this history Moscow believes him and says so: Tokyo will not widen the war for a hill. The alarms about to go out along the rest of the frontier are never sent.
    ~ escalate(-10)
- else:
    Stalin has dismissed this agent's reports before as German disinformation. The message goes into the file. # source: kotkin-2017
}
Stern and Mekhlis are already on their way to the front. Stalin told you to go too. # source: po-svoim # source: kotkin-2017
{ aug1_bombing_order == "wait_for_weather":
    After you held the bombers on the ground, staying in Khabarovsk as well would look like a habit. # claim: aug1_bombing_order=wait_for_weather
}
Do you go to the front yourself? # decision: aug1_go_to_front # discuss: Is a commander more useful where he can see the battle, or where he can see the whole front? # discuss: What does it mean when a leader orders you to be somewhere?
+ [Stay in Khabarovsk, where the whole Front's telephones are, and let Stern run the battle on the spot.]
    ~ aug1_go_to_front = "stay_in_khabarovsk"
    You tell Moscow that the Front has more to defend than one hill; Stern will command at the scene while you hold the rest of the frontier together. # option: stay_in_khabarovsk
    ~ at_front = false
    ~ trust(-10)
    ~ denounce(1)
    ~ escalate(-10)
    Voroshilov does not answer. Mekhlis writes that the Marshal prefers his office to the battlefield. But from Khabarovsk you can keep the rest of a very long border quiet, and no one at the lake can say the Marshal's own orders cost them a company.
+ [Go. Leave tonight and run the battle from the scene.]
    ~ aug1_go_to_front = "go_to_front"
    You pack one case and leave that night. No railway reaches Posyet: the last of the journey is road, and by the time you arrive the roads out to the lake are lines of lorries sunk to the axles. # option: go_to_front # historical # source: wiki-baranovsky-khasan-line # source: order-0040
    ~ at_front = true
    ~ trust(5)
    At least you can see it now. From here on, everything that happens at the lake happens in front of you, and will be yours.
- -> the_plan

=== the_plan ===
{ at_front:
    Posyet, a borrowed hut with the fog pressing on the windows. # date: 1938-08-01 # claim: aug1_go_to_front=go_to_front
- else:
    Khabarovsk, past midnight, Stern's voice coming and going on a bad line from Posyet. # date: 1938-08-01 # claim: aug1_go_to_front=stay_in_khabarovsk
}
The 40th Rifle Division is strung out along the roads to the lake, its lead regiments close and its guns behind them in the mud. Between the lake and the ridge there are only narrow strips of marsh, every one in view of the crest. # source: goldman-2012 # source: litlife-stern # source: loveread-74475 # source: sputnik-aviapoisk-2019
The 32nd Division and the 2nd Mechanised Brigade cannot be concentrated before the 5th, Stern says. { reinforcements_sooner: In this history the lead trains of the 32nd are already unloading, and he thinks he can have the corps ready by the 3rd. } # source: goldman-2012 # source: litlife-stern
{ aug1_bombing_order == "obey":
    Moscow has had its bombing. Now it wants the Japanese off the hill. # claim: aug1_bombing_order=obey
- else:
    Moscow did not get the bombing it ordered. Every day you wait now is a day Mekhlis will call hesitation. # claim: aug1_bombing_order=!obey
}
Do you attack now with the 40th, or wait for the corps? # decision: aug1_piecemeal_attack # discuss: Is a quick attack with what you have braver, or just more expensive, than a slower one with everything? # discuss: How much should a commander let fear of being called a coward shape his plan?
+ [Attack at once, with the 40th Division off the march.]
    ~ aug1_piecemeal_attack = "attack_now"
    "The 40th goes in tomorrow," you say, "regiment by regiment as they arrive. We cannot leave them on that hill four more days." # option: attack_now # historical # source: goldman-2012
    ~ attack_plan = "piecemeal"
    ~ trust(5)
    Stern says "Yes, Comrade Marshal," in a voice that says nothing at all.
+ [Wait until the corps is concentrated, and strike once with everything.]
    ~ aug1_piecemeal_attack = "wait_for_corps"
    "We will not feed them a regiment at a time," you say. "Nobody goes into that marsh until the corps is together and the guns are registered." # option: wait_for_corps
    ~ attack_plan = "concentrated"
    ~ trust(-10)
    ~ denounce(1)
    Stern lets out a breath. Mekhlis goes to find a telephone.
-
{
- forward_strength == 0:
    ~ commit_troops(7000, false)
- forward_strength == 1:
    ~ commit_troops(3000, false)
}
~ forward_strength = 1
{ stalin_trust < 15:
    -> relieved_on_the_wire
}
-> marsh
