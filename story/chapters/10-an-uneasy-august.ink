// Chapter 10: 1-31 August when the night attack of 31 July broke on the ridge. No battle, and
// no peace either: the guns across the river, Japan's note, the division on the crest, the
// NKVD in the staff flats, Stern's letters, and the Main Military Council all the same. Every
// event here is counterfactual except the lines tagged with a source; the model's rules are in
// story/README.md ("An uneasy August").

=== quiet_front ===
~ settle_july()
{ fog_lifts_early:
    ~ weather = "clear"
- else:
    ~ weather = "fog"
}
The first of August comes in { fog_lifts_early: clear|under low cloud}, and for the first time in a fortnight no Japanese soldier stands on either summit. # date: 1938-08-01
The ridge held because you moved the whole 40th Division up in July and had its guns laid on the slopes. # claim: jul16_reinforce_border=whole_division
It held because on the 29th you overruled Bogdanov and let the guns answer, and the Japanese learned that they would. # claim: jul29_fire_support=support
{ jul_crest_fortification == "site_on_line":
    And your engineer's trenches, on the line the map allows, gave the men something to fight from that nobody in Tokyo can call stolen. # claim: jul_crest_fortification=site_on_line
- else:
    And the border guards' trenches, dug where Frinovsky wanted them, were there to fight from, a few metres past the map's line. # claim: jul_crest_fortification=leave_to_nkvd
}
Voroshilov's congratulations are two lines long. Mekhlis's report on the same night runs to eleven pages: the Front commander fired first, and with the army's guns.
Across the Tumen the Korea Army, which wanted this fight, has not given it up. # source: goldman-2012
{ emperor_allows_air:
    ~ escalate(5)
    In this history Tokyo has let its army aviation into the quarrel, and Japanese aircraft look down on the ridge every morning. Seoul's officers ask for another try.
- else:
    Tokyo keeps its aircraft at home and tells Seoul to keep the incident small; Seoul's officers ask for another try. # source: goldman-2012
}
On the second the Japanese guns begin. They fire from the Korean bank at night, a few rounds at a time, onto the trenches on Zaozernaya, and fall silent before dawn. Your gunners have found two of the batteries. Both stand among houses. # date: 1938-08-02
Do you answer across the river? # decision: flank_via_manchukuo # discuss: Is shelling guns on foreign soil that fire on your soldiers self-defence or escalation? # discuss: How much should a victory already won be risked to protect it?
+ [Answer them: shell the batteries on the Korean bank, houses or not.]
    ~ flank_via_manchukuo = "shell_the_far_bank"
    "Find the batteries and silence them," you say. "Everything that can reach, tonight." # option: shell_the_far_bank
    ~ hit_villages(2)
    ~ escalate(10)
    ~ trust(5)
    The Japanese guns stop on the fourth. A Japanese newspaper prints photographs of two villages with their roofs gone, and Moscow, for once, approves of you without reservation.
    { villages_evacuated:
        In this history the villages by the river were cleared in July, and the roofs burned over empty rooms.
    }
+ [Take it on the ridge: dig deeper, and fire at nothing across the river.]
    ~ flank_via_manchukuo = "stay_on_our_side"
    "We fight on our side of the line," you say. "Let them spend their shells on our earth." # option: stay_on_our_side
    ~ fight_raw(15, 40, 0, 0)
    ~ trust(-5)
    The shelling goes on for a week, a few men a night carried down to the lake. Mekhlis writes that the Marshal lets Japanese guns fire on Soviet soil and does not answer.
- -> the_note

=== the_note ===
~ weather = "rain"
On the fourth the Japanese ambassador, Shigemitsu, calls on Litvinov with a proposal: stop the firing along the river, then let a mixed commission settle the line from both sides' maps. The Foreign Commissariat wants the Front's opinion by morning. # date: 1938-08-04
In 1938 Shigemitsu made a proposal much like it on this same day, with his army on the summit rather than below it. # source: frus-d464
{ flank_via_manchukuo == "shell_the_far_bank":
    The note protests in one long paragraph against Soviet shells on Korean villages. Those were your shells. # claim: flank_via_manchukuo=shell_the_far_bank
- else:
    The note does not mention your guns, because you have fired none across the river. # claim: flank_via_manchukuo=stay_on_our_side
}
Everyone on the line remembers last summer on the Amur, when a few river islands changed hands and the world called it a Soviet climbdown. This time the Soviet side holds the ground the talking is about. # source: time-1937-07-19 # source: kotkin-2017
What do you advise Moscow? # decision: aug4_ceasefire_offer # discuss: When you hold the ground, is talking a sign of strength or of weakness? # discuss: Should a soldier advise on a political question when his advice may be held against him?
+ [Refuse. No commission on a crest we hold, and no talks while their guns fire across the river.]
    ~ aug4_ceasefire_offer = "refuse"
    "We hold the hill," you tell Voroshilov. "Nothing on it is for a commission to draw." # option: refuse
    ~ escalate(5)
    ~ trust(5)
    Moscow needed no persuading. Litvinov tells Shigemitsu that there is nothing to discuss, and the note goes unanswered in Tokyo too.
+ [Accept. Stop the firing while the ridge is ours, and let the commission argue over maps.]
    ~ aug4_ceasefire_offer = "accept"
    "Take it," you say. "We will never talk from a better place than this." # option: accept
    ~ temp s = stalin_trust
    { sorge_believed:
        ~ s = s + 15
    }
    { s >= 50:
        ~ moscow_accepts = true
        ~ escalate(-15)
        There is a silence on the line. Then Voroshilov says that your opinion has been noted. Two days later the guns on both banks go quiet, and a commission is promised for the autumn.
        { sorge_believed:
            In this history Moscow believes Sorge that Tokyo wants no war over a hill, and takes the offer as the retreat it is.
        }
    - else:
        ~ trust(-10)
        ~ denounce(1)
        There is a silence on the line. Then Voroshilov says that your opinion has been noted. Litvinov refuses all the same, and Mekhlis has a new word for your file: defeatist.
    }
- -> the_garrison

=== the_garrison ===
A week after the night attack the whole 40th Division is still on the ridge and behind it, thousands of men in wet trenches and camps, fed by lorries that never stop on the one road behind them. # date: 1938-08-08
{ aug4_ceasefire_offer == "accept":
    Since you advised Moscow to take Shigemitsu's offer, Tokyo has a new complaint: the division itself is the provocation, and the talks need a quiet crest. # claim: aug4_ceasefire_offer=accept
- else:
    Since you advised Moscow to refuse Shigemitsu, Tokyo says the division on the crest shows what the Soviet side wants from the hill. # claim: aug4_ceasefire_offer=refuse
}
Stern thinks the division is the only reason the Korea Army has not come back. The divisional commander thinks his men will be sick by September if they stay in the marsh.
What stays on the crest? # decision: aug8_crest_garrison # discuss: Does keeping troops on a disputed hill keep the peace, or keep the quarrel alive? # discuss: Is pulling back from a position you won prudence or surrender?
+ [Keep the whole division on the ridge and behind it, as long as it takes.]
    ~ aug8_crest_garrison = "keep_division"
    "Nobody moves," you say. "They came once. They know what is waiting if they come again." # option: keep_division
    ~ escalate(10)
    ~ trust(5)
    The division stays. Across the river the Korea Army's officers point at it in every report to Tokyo.
    -> sealed_door
+ [Pull the division back to its camps; leave the border guards and one battalion on the crest.]
    ~ aug8_crest_garrison = "thin_out"
    "Back to the camps," you say. "A battalion and the border guards hold the crest. Tokyo can look at an empty hill." # option: thin_out
    ~ escalate(-15)
    ~ trust(-5)
    ~ denounce(1)
    The division marches back along the marsh roads. Mekhlis writes that the Marshal has taken the army off the hill it bled for.
    { escalation >= 40:
        -> crest_retaken
    }
    Nothing comes over the river. The Korea Army's officers have lost their best argument, and Tokyo takes it from them.
    -> sealed_door

=== sealed_door ===
~ weather = "clear"
On the fifteenth your chief of operations comes to work at seven, as he does every day, and tells you, standing, that they came for his wife in the night. The boys are with a neighbour. Frinovsky's people have asked for his file. # date: 1938-08-15
{ aug8_crest_garrison == "keep_division":
    He has kept the division's supplies moving up the marsh roads all week, and nobody else on your staff knows those roads as he does. # claim: aug8_crest_garrison=keep_division
- else:
    He wrote the orders that brought the division back off the ridge, and nobody else on your staff knows the border posts as he does. # claim: aug8_crest_garrison=thin_out
}
Across the Front, officers a few weeks in their posts are doing the work of men who have gone. # source: litlife-stern # source: order-0040 # source: wiki-khasan
An officer vouched for by a Marshal under suspicion is not made safer by it, and the Marshal is made less safe.
What do you do for him? # decision: aug15_operations_chief # discuss: What does a commander owe an officer whose family is taken? # discuss: Is it right to risk your command, and everything it protects, for one man?
+ [Vouch for him in writing to Frinovsky: he is your officer, and you answer for him.]
    ~ aug15_operations_chief = "vouch_for_him"
    You write it yourself, in one paragraph, and sign it with your rank. # option: vouch_for_him
    ~ trust(-5)
    ~ denounce(1)
    ~ escalate(-5)
    Frinovsky does not answer. Your chief of operations stays at his desk, and the orders to the border posts go out on time and say the same thing twice running. His wife does not come back.
+ [Say nothing. A word from you now would only put his name beside yours.]
    ~ aug15_operations_chief = "keep_silent"
    You tell him you are sorry, and nothing else, and he thanks you for that. # option: keep_silent
    ~ escalate(5)
    Two days later his desk is empty. The man who takes it is able and frightened; the orders to the border posts go out a day late, and one post fires on a Japanese patrol that another was told to let pass.
- -> stern_letters

=== stern_letters ===
Mekhlis puts a folder on your desk: copies of the letters Stern has written to Voroshilov since July. Now you know whom he writes to. # date: 1938-08-22
They are not denunciations. They are accurate. The lorries without tyres, the telephones that work one call in three, the regiments whose commanders were taken in the spring, the men sent to farms in May: the division reached the ridge in time, Stern writes, by luck as much as readiness.
{ aug15_operations_chief == "vouch_for_him":
    Your letter about your chief of operations is in the same folder, Mekhlis mentions on his way out. # claim: aug15_operations_chief=vouch_for_him
- else:
    Your new chief of operations has read them already; he asks whether he should answer them, and looks relieved when you do not say. # claim: aug15_operations_chief=keep_silent
}
What do you do with Stern's letters? # decision: aug22_stern_letters # discuss: Is it disloyal for a chief of staff to write over his commander's head? # discuss: Should a commander admit his army's faults before he is accused of them?
+ [Send them on to Voroshilov yourself, with your signature under Stern's and a plan for each fault.]
    ~ aug22_stern_letters = "forward_them"
    You write a covering report that agrees with every page, and sign it. # option: forward_them
    ~ trust(-10)
    Stern reads the copy you send him and says nothing, but for the first time since July he knocks before he comes in.
+ [File them. Stern wrote to his commissar, and a Front commander is not a postman.]
    ~ aug22_stern_letters = "file_them"
    You put the folder in your safe, and say nothing to Stern or to Moscow. # option: file_them
    Nobody in Khabarovsk mentions them again. In Moscow, Voroshilov has the originals.
- Frinovsky goes back to Moscow on the twenty-fifth, and his report on you goes ahead of him. # date: 1938-08-25 # source: wikisum-frinovsky
Two days later the summons comes: the Main Military Council will sit on the last day of August, and the Far Eastern Front is on its agenda.
* [Go to Moscow.]
- -> held_council

=== held_council ===
~ weather = "clear"
Moscow, the last day of August. The Main Military Council sits at a long table under portraits, and today the business is you. # date: 1938-08-31 # source: conquest-great-terror
There was no battle to report. Voroshilov talks about one anyway: the one the Front would have lost had the Japanese come back.
{ flank_via_manchukuo == "shell_the_far_bank":
    The Front commander, he says, shelled Korean villages without Moscow's leave, and handed Tokyo its photographs. # claim: flank_via_manchukuo=shell_the_far_bank
}
{ aug8_crest_garrison == "thin_out":
    He took the army off the hill, and left it to a battalion and a prayer. # claim: aug8_crest_garrison=thin_out
}
{ aug15_operations_chief == "vouch_for_him":
    He put his name to a letter in defence of a man whose wife is an enemy of the people. # claim: aug15_operations_chief=vouch_for_him
}
{ aug22_stern_letters == "forward_them":
    Then he reads from Stern's letters, and after them from your covering report. You said it before he could, and the room hears that you did. # claim: aug22_stern_letters=forward_them
- else:
    Then he reads from Stern's letters, page after page, and asks why the Front commander, who had copies, told Moscow none of it. # claim: aug22_stern_letters=file_them
}
Stalin sits at the end of the table and says nothing. # source: conquest-great-terror
How do you answer the Council? # decision: aug31_military_council # discuss: Does a commander who kept the peace owe the Council the same answers as one who lost a battle? # discuss: Is there any honest answer that is also a safe one?
+ [Take all the blame. Confess every fault Stern listed, and ask to be allowed to mend them.]
    ~ aug31_military_council = "self_criticism"
    You stand and take it all. The faults are yours; you thank Comrade Voroshilov for his correct criticism. # option: self_criticism
    { held_council_score() + 5 >= 40:
        ~ trust(-10)
        -> held_ridge
    - else:
        ~ trust(-10)
        -> held_demoted
    }
+ [Stand by your report. The Japanese came once, were beaten, and have not come back.]
    ~ aug31_military_council = "stand_by_report"
    You answer what you are asked, and then you say the one thing nobody else at the table has said: the hill is Soviet and nobody died for it this month. # option: stand_by_report
    { held_council_score() - 5 >= 40:
        -> held_ridge
    - else:
        -> held_demoted
    }
+ [Accuse. Tell the Council that Frinovsky's border troops nearly started a war, and Mekhlis wrote reports instead of helping to stop it.]
    ~ aug31_military_council = "counter_accuse"
    You stand and say it all: the guards dug on the crest without the army, the NKVD nearly made a war of it, and Comrade Mekhlis spent July writing about you. # option: counter_accuse
    ~ trust(-20)
    -> held_accuser

// The endings of this branch: each ends with the tag of a listed ending.

=== crest_retaken ===
~ blyukher_fate = "arrested"
~ fight_raw(30, 60, 10, 20)
~ heights = "japanese"
On the night of the tenth the Korea Army comes back over the Tumen, two battalions against your one. By dawn the Japanese are on Zaozernaya again, and the border guards are wading back through the marsh. # date: 1938-08-10
{ moscow_accepts:
    Moscow orders the hill retaken, and by evening thinks better of it: Litvinov is already talking, as you advised, and Tokyo offers to stop where everyone stands. # claim: aug4_ceasefire_offer=accept
- else:
    Moscow orders the hill retaken, and by evening thinks better of it: Tokyo offers to stop where everyone stands, and a commander who marched his division off the ridge is not trusted to march it back.
}
The line freezes with the Japanese on the summit.
-> ledger ->
The world sees a second Amur: two summers running, the Soviet Union has given ground to Japan on its own border. # source: time-1937-07-19 # source: kotkin-2017
You pulled the division off the ridge a week after it had held there. # claim: aug8_crest_garrison=thin_out
{ flank_via_manchukuo == "shell_the_far_bank":
    Your shells on the Korean bank had given the Korea Army its grievance, and the battalion you left gave it the chance. # claim: flank_via_manchukuo=shell_the_far_bank
- else:
    You had not fired one shell across the river, and the Korea Army came anyway. # claim: flank_via_manchukuo=stay_on_our_side
}
{ aug4_ceasefire_offer == "refuse":
    And on the fourth you had told Moscow there was nothing on the hill for a commission to draw. # claim: aug4_ceasefire_offer=refuse
- else:
    And on the fourth you had told Moscow to talk, which now reads as the first step of the retreat. # claim: aug4_ceasefire_offer=accept
}
You are recalled in September, and the car that meets your train is not one the Commissariat usually sends. You are arrested. # ending: second_amur
-> END

=== held_ridge ===
~ blyukher_fate = "command"
Voroshilov's conclusion is three sentences long: the Front was not ready, its commander will make it ready, and the Council will be watching. In the first week of September you fly back to Khabarovsk with your Front still yours. # date: 1938-09-05
August was not quiet. It was only not a war.
-> ledger ->
{ aug31_military_council == "self_criticism":
    At the Council you took the blame before anyone could hand it to you, and left them nothing to take. # claim: aug31_military_council=self_criticism
- else:
    At the Council you stood on the one fact in your favour: the hill held, and nobody died for it after July. # claim: aug31_military_council=stand_by_report
}
{ aug22_stern_letters == "forward_them":
    Stern's letters reached Moscow under your signature, and read there as your plan rather than his charge. # claim: aug22_stern_letters=forward_them
- else:
    Stern's letters were read out against you, and the rest of your record outweighed them. # claim: aug22_stern_letters=file_them
}
{ aug15_operations_chief == "vouch_for_him":
    Your chief of operations is still at his desk. His wife has not come home, and you cannot ask where she is. # claim: aug15_operations_chief=vouch_for_him
- else:
    Another man sits at your chief of operations' desk, and you have not asked where the first one went. # claim: aug15_operations_chief=keep_silent
}
{ aug8_crest_garrison == "keep_division":
    The division stayed on the ridge, and the Korea Army never tried again. # claim: aug8_crest_garrison=keep_division
- else:
    You pulled the division back, and the Korea Army lost its best argument in Tokyo. # claim: aug8_crest_garrison=thin_out
}
{ stalin_trust < 50:
    You are still in command, but the file on you is thick, and a commander who won a fight that never became a war gets no medal for it.
- else:
    You are still in command, and your file is thinner than most. This autumn, for a Marshal, that is the nearest thing to safety.
}
You keep your Front, for now. # ending: held_ridge
-> END

=== held_demoted ===
~ blyukher_fate = "demoted"
They do not arrest you. The Council decides that the Far East needs younger commanders, and the Front is broken up into two armies, one under Stern and one under Konev, just as it was after the battle in 1938. # date: 1938-09-15 # source: velikanov-blyukher # source: shishov
You are found a desk in Moscow with a title and nothing on it. In the mornings you read the newspapers for names you know.
-> ledger ->
{ aug31_military_council == "self_criticism":
    At the Council you confessed every fault Stern had listed, and they took the confession and the Front together. # claim: aug31_military_council=self_criticism
- else:
    At the Council you stood by a victory that nobody had seen, and it was not enough. # claim: aug31_military_council=stand_by_report
}
{ aug22_stern_letters == "file_them":
    The letters you filed were read out at the Council page by page, and you had no answer to them. # claim: aug22_stern_letters=file_them
- else:
    You sent Stern's letters on yourself, and Moscow took them as a confession rather than a plan. # claim: aug22_stern_letters=forward_them
}
{ aug15_operations_chief == "vouch_for_him":
    Your letter for your chief of operations sits in Frinovsky's file beside your name. # claim: aug15_operations_chief=vouch_for_him
- else:
    You said nothing for your chief of operations, and it bought you less than you hoped. # claim: aug15_operations_chief=keep_silent
}
You are alive at the end of 1938. For a Marshal who lost the Kremlin's favour that autumn, it is not the usual ending. # ending: demoted
-> END

=== held_accuser ===
~ blyukher_fate = "arrested"
The room goes very quiet. Stalin looks at you for a long time, then back at his papers, and says nothing. # date: 1938-09-02
Two days later, before dawn, Frinovsky's men come to the flat the Council gave you. The charge is not that you were wrong about the border guards. It is that you have served Japan since the Civil War.
-> ledger ->
The heights are Soviet, and the man who kept them is in prison.
You accused the NKVD in front of the Main Military Council. # claim: aug31_military_council=counter_accuse
{ aug22_stern_letters == "forward_them":
    The letters you had forwarded became, in their hands, the proof that you had known the Front was rotten and waited. # claim: aug22_stern_letters=forward_them
- else:
    The letters you had filed became, in their hands, the proof that you had hidden the Front's faults from Moscow. # claim: aug22_stern_letters=file_them
}
{ aug15_operations_chief == "vouch_for_him":
    Your chief of operations is arrested the same week, for the letter you wrote to save him. # claim: aug15_operations_chief=vouch_for_him
- else:
    Your silence about your chief of operations is not mentioned. It did not need to be. # claim: aug15_operations_chief=keep_silent
}
In 1938 a Marshal who won his fight and then named its cause had given them two reasons at once. # ending: accuser
-> END
