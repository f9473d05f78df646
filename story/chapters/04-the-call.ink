// Chapter 4: 1 August. Stalin on the high-frequency line; the bombers; the front; the plan.

=== the_call ===
~ settle_july()
{ fog_lifts_early:
    ~ weather = "clear"
- else:
    ~ weather = "fog"
}
The high-frequency telephone is a squat black box in the room next to your office, and nobody rings it by accident. On the first of August it rings for you. # date: 1938-08-01 # source: kotkin-2017
Stalin is on the line. Molotov and Voroshilov are listening in Moscow; you can hear the small change in the hiss when one of them leans toward the receiver. # source: kotkin-2017 # source: bibliboba-krovavyi
The question comes without a greeting. Why has the order to bomb the Japanese on Soviet soil, all of it, Zaozernaya included, not been carried out? # source: kotkin-2017 # source: bibliboba-razgrom
Until today Moscow would not let you put an aircraft over the border zone at all, for fear of what the Japanese would send back. Permission came only this morning, after Rychagov reported his squadrons moved up to the forward fields. # source: rasstrelyannye-geroi
Now the aircraft are fuelled and bombed up, and they are sitting on the grass.
{ weather == "fog":
    Because over Lake Khasan the cloud is down on the hills. From the forward fields the pilots report fog in the valleys and a ceiling so low that the summits vanish into it. Somewhere inside that grey are the Japanese on the crest, your own men at the foot of the slope, and, beyond the Tumen, the Korean villages under the ridge. # source: kotkin-2017 # source: goldman-2012
- else:
    The morning fog, for once, has burned off early. From the forward fields the pilots report the ridge standing clear above the marsh, the Japanese trenches drawn on it like pencil lines. Somewhere beyond it, on the Korean bank of the Tumen, are the villages under the ridge, and today at least a bombardier could tell them from a trench.
}
There are almost no Koreans left on your own side of the border. Last autumn the NKVD loaded the whole Korean population of the Far Eastern border districts onto trains, about one hundred and seventy thousand people, and sent them to Kazakhstan and Uzbekistan; Posyet district went first. The villages you are afraid of are on the other bank. # source: wiki-korean-deportation # source: uncensored-wiki-korean-deportation
You tell Stalin the truth, or as much of it as fits down a telephone line. The aircraft are ready. The weather is holding them. You are afraid of bombing your own troops, and the Korean villages across the river.
There is a pause. Then Stalin asks whether you honestly want to fight the Japanese. If you do not, he says, you should say so plainly, as a Communist should. He tells you that nobody obliges you to cross the border, but the bombers must be used without letting up, and that you should get yourself to the scene without delay. # source: kotkin-2017 # source: bibliboba-krovavyi
{ heights == "contested":
    He does not congratulate you on the half of the ridge you still hold. He wants to know why you do not hold all of it.
}
Pavel Rychagov, commander of the Front's air forces, is twenty-seven years old. He is waiting in the next room for a yes or a no. # source: wiki-rychagov
Do you send the bombers now, into this weather? # decision: aug1_bombing_order # discuss: When an order from the top risks your own soldiers and foreign civilians, what do you owe the order, and what do you owe them? # discuss: Is refusing an order in weather you cannot see through caution or cowardice?
+ [Obey. Rychagov launches now, whatever the weather.]
    You put the receiver down and open the door. "Fly," you tell Rychagov. "Everything you have." # option: obey # historical # source: rasstrelyannye-geroi
    ~ trust(10)
    ~ escalate(5)
    { weather == "fog":
        ~ fight_raw(3, 0, 5, 10)
        ~ hit_villages(1)
        They go in five raids through the murk: a road at Digashedi, height 68.8, the summit of Zaozernaya. One SB is brought down by the fragments of its own bombs. # source: rasstrelyannye-geroi
        Most of the rest of the bombs fall where fog puts them. By evening there are reports of fires on the Korean side of the river that nobody ordered, and nobody can yet name.
        { villages_evacuated:
            The Japanese, it turns out, had cleared the hamlets below the ridge a week ago. The houses burn empty. It is the only good news of the day.
        }
    - else:
        ~ fight_raw(0, 0, 30, 60)
        Five raids go in under a clean sky: a road at Digashedi, height 68.8, the summit of Zaozernaya. The bombardiers can see what they are aiming at, and for once the bombs land on the Japanese trenches rather than on the marsh. # source: rasstrelyannye-geroi
        No fires are reported on the Korean bank. It is the first clear day of the crisis, and you are grateful to it.
    }
    { emperor_allows_air:
        ~ escalate(5)
        Over the ridge your bombers meet Japanese fighters. Tokyo, it seems, has let its army aviation into the fight after all. Two of your SBs come home with holes in their wings; one does not come home. The air war you feared has begun in earnest.
    }
+ [Hold the aircraft until the pilots can see the ground, and tell Moscow so.]
    You pick up the receiver again. You tell Moscow that the Front will bomb when the pilots can tell a Japanese trench from a Soviet one, and not before. The line goes dead. # option: wait_for_weather
    ~ trust(-15)
    ~ denounce(1)
    The aircraft sit on the grass all day. Rychagov says nothing, very correctly. By evening Mekhlis has sent his own account of the conversation to Moscow, and it does not flatter you.
    { weather == "clear":
        The worst of it is that the sky over the ridge is perfectly clear. You held the bombers for a fog that lifted before they could have reached it, and the whole of Moscow will know it by morning.
    }
+ [Bomb the crest only: nothing within range of the Tumen and the Korean bank.]
    "The summit," you tell Rychagov. "Only the summit. If a bomb cannot land on the crest, it comes home with the aircraft." # option: crest_only
    ~ trust(-5)
    ~ escalate(3)
    { weather == "fog":
        ~ fight_raw(0, 0, 2, 4)
        Half the aircraft bring their bombs back. The other half find a gap in the cloud over Zaozernaya and drop into it. Nothing burns on the Korean bank. Not much burns on the summit either.
    - else:
        ~ fight_raw(0, 0, 20, 40)
        Under a clear sky the restriction costs little. The bombs fall on the crest and the reverse slope, and the Korean bank is left alone.
    }
    Moscow hears that you have bombed, and then hears, from Mekhlis, how little. Stalin said without letting up; you have let up.
    { emperor_allows_air:
        ~ escalate(5)
        Japanese fighters meet your bombers over the ridge. Tokyo has let its army aviation into the fight. One of your SBs falls burning into the marsh.
    }
- -> sorge_message

=== sorge_message ===
Late that night the intelligence summary from Moscow arrives, and with it a message from an agent in Tokyo whose name you are not told. It is Richard Sorge, inside the German embassy. The Japanese, he reports, want to settle the business diplomatically, but only once they are sure of holding the heights. # date: 1938-08-01 # source: kotkin-2017
{ sorge_believed:
    This time Moscow believes him. The summary says so in as many words: Tokyo will not widen the war for a hill. Moscow stops treating every Japanese lorry on the Manchurian roads as the start of an invasion, and the alarms it was about to send along the rest of the frontier are never sent.
    ~ escalate(-10)
- else:
    Moscow does not set much store by this agent. Stalin has thrown out his reports before as German disinformation. The message goes into the file with the others. # source: kotkin-2017
}
Stern and Mekhlis are already on their way to the front. The question is whether you go with them. Stalin told you to go to the scene. He did not say it twice, and he will not need to. # source: po-svoim # source: kotkin-2017
Do you go to the front yourself? # decision: aug1_go_to_front # discuss: Is a commander more useful where he can see the battle, or where he can see the whole front? # discuss: What does it mean when a leader orders you to be somewhere?
+ [Stay in Khabarovsk, where the whole Front's telephones are, and let Stern run the battle on the spot.]
    You tell Moscow that the Front has a great deal more to defend than one hill, and that Stern will command at the scene while you hold the rest of the frontier together. # option: stay_in_khabarovsk
    ~ at_front = false
    ~ trust(-10)
    ~ denounce(1)
    It is a sound argument. Voroshilov does not even answer it. Mekhlis, already on the train south, writes that the Marshal has preferred his office to the battlefield.
+ [Go. Take the train to Posyet tonight and run the battle from the scene.]
    You pack one case and take the night train south. By the time you reach Posyet the fog has come in off the bay and the roads out to the lake are lines of lorries sunk to the axles. # option: go_to_front # historical # source: order-0040
    ~ at_front = true
    ~ trust(5)
    At least you can see it now. At least nobody can say you did not.
- -> the_plan

=== the_plan ===
{ at_front:
    Posyet, in a borrowed hut with the fog pressing on the windows. # date: 1938-08-01
- else:
    Khabarovsk, past midnight, with Stern's voice coming and going on a bad line from Posyet. # date: 1938-08-01
}
The 40th Rifle Division is strung out along the roads from its camps to the lake. Its lead regiments are close; the rest are still coming, with the guns behind them in the mud. # source: goldman-2012 # source: litlife-stern
The ground is the worst in the whole Far East to attack across. Between the lake and the border ridge there are only narrow strips of marsh, and every one of them is in full view of the Japanese on the crest. # source: loveread-74475 # source: sputnik-aviapoisk-2019
Behind the 40th, the rest of the corps is far away. Stern says frankly that the 32nd Division and the 2nd Mechanised Brigade cannot be concentrated before the 5th. { reinforcements_sooner: But the railway has done better than anyone hoped, and the lead trains of the 32nd are already unloading. Stern now thinks he can have the corps ready by the 3rd. } # source: goldman-2012 # source: litlife-stern
Moscow wants the Japanese off Soviet soil, and wants it now. Each day you wait is a day Mekhlis will describe as hesitation.
Do you attack now with the 40th, or wait for the corps? # decision: aug1_piecemeal_attack # discuss: Is a quick attack with what you have braver, or just more expensive, than a slower one with everything? # discuss: How much should a commander let fear of being called a coward shape his plan?
+ [Attack at once, with the 40th Division off the march.]
    "The 40th goes in tomorrow," you say. "Regiment by regiment as they arrive. We cannot leave them on that hill for four more days." # option: attack_now # historical # source: goldman-2012
    ~ attack_plan = "piecemeal"
    ~ trust(5)
    Stern says "Yes, Comrade Marshal," in a voice that says nothing at all.
+ [Wait until the corps is concentrated, and strike once with everything.]
    "No," you say. "We will not feed them a regiment at a time. Nobody goes into that marsh until the corps is together, the guns are registered and the tanks are up." # option: wait_for_corps
    ~ attack_plan = "concentrated"
    ~ trust(-10)
    ~ denounce(1)
    Stern lets out a breath. Mekhlis, who has been listening from the doorway, goes to find a telephone.
-
{
- forward_strength == 0:
    ~ commit_troops(7000, false)
- forward_strength == 1:
    ~ commit_troops(3000, false)
}
~ forward_strength = 1
{ stalin_trust < 20:
    -> relieved_on_the_wire
}
-> marsh
