// Chapter 9: the endings. Each says what became of the heights, the troops, the Korean
// villages, the border and Blyukher, and why; each sets blyukher_fate and ends with its tag.

// The figures of a finished run, shared by every ending.
=== ledger ===
The count, as the story leaves it: {soviet_troops} Soviet troops committed in the sector, {reinforcements} of them brought in from elsewhere on the Front. {soviet_killed} Soviet soldiers dead or missing, {soviet_wounded} wounded. {japanese_killed} Japanese dead, {japanese_wounded} wounded. {tanks_lost} Soviet tanks lost. { villages_struck: Korean settlements across the Tumen struck by Soviet bombs or shells: {korean_villages_hit}{ villages_evacuated:, all emptied of people beforehand}.| No Korean settlement struck by Soviet fire.}
->->

=== held_ridge ===
~ blyukher_fate = "command"
The rest of the summer is the strangest you have known: a border war that did not happen. # date: 1938-08-31
Sato's regiment did not come back. Across the Tumen the Japanese dig, and watch, and send their protests to Moscow, where Litvinov answers them with the Hunchun map and a great deal of patience. The incident goes to the diplomats, who are in no hurry, and Tokyo, which never wanted a war over a hill, is glad to let it. # source: goldman-2012
The heights are Soviet, and quiet. The 40th Division holds them with a regiment and goes back to its camps with the rest. No bomber flew over the ridge; no Korean village across the river burned; the corps that was never assembled stays scattered across the Front, cutting wood for the winter.
-> ledger ->
It followed from the night of the thirtieth. You put a whole division and its registered guns behind the border guards, and when the post on Bezymyannaya was attacked you let the guns answer. So when the Japanese came over the river in the dark, the crest was held by men who expected them, and the attack broke on it. { escalation >= 45: It could easily have gone the other way; the guns that saved the crest also frightened Tokyo, and for a week the border was closer to war than anyone in Moscow admitted.}
Frinovsky went back to Moscow on the twenty-fifth. His report on you went ahead of him, and so did Mekhlis's. # source: wikisum-frinovsky
{ stalin_trust < 50:
    You are still in command. But the file on you in Moscow is thick, and it has stopped getting thinner. A commander who won a fight that never happened gets no medals for it, and the men who wrote the file are still writing.
- else:
    You are still in command, and the file on you in Moscow is thinner than most. This autumn, for a Marshal, that is the nearest thing to safety there is.
}
You keep your Front. For now. # ending: held_ridge
-> END

=== relieved_on_the_wire ===
~ blyukher_fate = "relieved"
The telephone rings again before dawn. This time it is not Stalin. It is Voroshilov, reading an order. # date: 1938-08-02
You are relieved of the conduct of operations at Lake Khasan. Komkor Stern will command. You are to remain in Khabarovsk at the Defence Commissariat's disposal.
You put the receiver down and sit for a while in the dark. When you go out, there is already a car at the door, with two men in it who do not get out.
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
Stern fights the battle Moscow wants. The 40th Division goes into the marsh at once and is thrown back. Then the corps comes up, and on the sixth, under a clear sky, the bombers and the guns go over the ridge and the infantry after them. By the cease-fire at noon on the eleventh the crest is Soviet, and in the days after it the Japanese pull back. # source: goldman-2012 # source: gse-khasan # source: frus-d475
You follow it from the newspapers and from what your old staff officers dare to tell you on the telephone, which is less every day.
-> ledger ->
The heights are Soviet. The border is where the Hunchun map put it, with a commission promised to argue over the rest. The Korean villages across the river were shelled by a battle you were no longer running.
It followed from the first of August. You had spent much of Moscow's trust in July{ commission == "secret":, on the commission and the telegrams}, and when Stalin told you to bomb, to go and to attack, you gave him reasons instead. { stalin_trust < 10: By the end there was nothing left to spend.} Men who give Stalin reasons in the summer of 1938 do not keep their commands.
What happens next is not written yet, and you do not need it written. You are relieved, and waiting. # ending: relieved_on_the_wire
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
The line runs across the ridge. Your men hold Bezymyannaya and the eastern slope of Zaozernaya; the Japanese hold the summit, thirty paces off. Officers meet between the trenches under a white flag to draw it on a map, and both sides sign.
Over the autumn the commission meets, argues about which treaty maps count, and adjourns. The summit stays in the hands of whoever is standing on it, which is to say nobody's for certain. Moscow calls it a Japanese retreat, and Tokyo calls it a Soviet one.
-> ledger ->
The corps that was gathering for a general assault goes back to its camps without ever making it. The men who would have died on the sixth, the seventh, the eighth and the ninth do not. { villages_struck: The Korean villages that were struck before the fifth are rebuilt or abandoned; no more are added to them.| No Korean village across the Tumen has been struck.}
It followed from the third and fourth of August. Because the corps was ready early and you waited for it, the blow that took half the ridge came before Japan made its offer, and so the offer came from a Tokyo that was losing ground, to a Moscow that could call it a victory. { sorge_believed: Because Moscow had chosen to believe its agent in Tokyo, it saw the offer for the climb-down it was, and took it.}
Stalin does not thank you. But a truce he chose himself is not a defeat he needs to blame on someone, and for this autumn you keep your Front. # ending: early_peace
-> END

=== second_amur ===
~ blyukher_fate = "arrested"
The guns stop at noon on the fifth of August. # date: 1938-08-05
The Japanese are still on both summits. The cease-fire leaves them there, looking down into Posyet Bay, and the commission that is supposed to settle the line begins by arguing about which maps it may read.
The troops go back along the marsh roads past their own dead. { villages_struck: Across the river the villages that burned are left as they are.| No Korean village across the river was hit, which is the one thing in the whole business that went well.}
-> ledger ->
It followed from the fourth. Stalin took Japan's offer while the Japanese held the heights, and the whole world saw a second Amur: the Soviet Union giving ground to Japan for the second summer running. # source: time-1937-07-19 # source: kotkin-2017
He did not choose to lose the hill. Somebody else must have lost it. The Front commander who let the Japanese keep the crest for four days{ commission != "none":, and who had sent a commission to measure the NKVD's trenches before that}, is the obvious candidate.
You are recalled to Moscow in September. The car that meets you at the station is not the one the Defence Commissariat usually sends. You are arrested. # ending: second_amur
-> END

=== wider_war ===
~ blyukher_fate = "relieved"
The cease-fire never comes. # date: 1938-08-11
On the night of the tenth Tokyo's supreme war council decides that the Soviet Union means to go further than a hill, and that Japan must answer before it does. { flank == "column": Your regiment in Manchukuo is all the proof they need.} { emperor_allows_air: Japanese bombers are already over Posyet by morning.} Litvinov and Shigemitsu break off at midnight with nothing signed.
By the twelfth the fighting has spread along the Tumen. Japanese divisions are moving up from Korea; the Front's whole air force is in the air; the trains that were meant for the harvest carry troops east instead.
{ stalin_trust < 40: Moscow does not leave a war in the hands of a Marshal it does not trust.| Moscow wants a new man for a new war, and it does not want the one who commanded when the old one began.} Stern is given the Front. You are ordered to Moscow to explain yourself, and on the platform at Khabarovsk you see that the men watching you are not there to see you off.
-> ledger ->
The heights are a battlefield among many. The Korean villages along the river are in the path of two armies. The border is wherever the armies stop.
It followed from a summer of raising the stakes. { flank == "column": You sent troops across the border into Manchukuo.} { flank == "guns": You turned your guns on the Korean bank.} { emperor_allows_air: Tokyo, in this history, had already let its aircraft into the fight.} { commission == "none": You never asked where the border troops had put their wire, and Tokyo never stopped asking.} { attack_plan == "piecemeal": You threw the 40th Division at the ridge before the corps was ready, and every failure raised the stakes for the next attempt.} Each step looked like an answer to the one before, and by the tenth there was no step left back.
This is not what happened in 1938, when Tokyo kept its aircraft at home and its war in China, and the fighting stopped at noon on the eleventh. It is what could have. # source: goldman-2012 # source: frus-d475 # ending: wider_war
-> END

=== lost_crest ===
~ blyukher_fate = "arrested"
The commission to mark the border meets in the autumn and does not finish. The Japanese stay on the summit of Zaozernaya, in trenches they dug in the first week of August, and they are still there when the snow comes. # date: 1938-09-15
For two weeks your men tried to take a hill and ended a few metres short of the top.
-> ledger ->
It followed, in the end, from the eighth. You held the general assault for two more days, and lost them, and when noon came on the eleventh the Japanese were still on the summit. { emperor_allows_air: Japanese aircraft and guns made every metre dearer than they were in 1938.} Luck, too, was against you on the slopes.
The Korean villages across the river were shelled for a hill you did not get. The troops go back to their camps past fresh graves.
Moscow does not hold a council for you. It does not need one. In the middle of September you are summoned from Khabarovsk, and you do not come back. You are arrested. # ending: lost_crest
-> END

=== demoted ===
~ blyukher_fate = "demoted"
They do not arrest you. # date: 1938-11-09
The Far Eastern Front is broken up after the battle: its area is split between two Separate Red Banner Armies, one under Stern and one under Konev. Order Number 0040 tells the whole Red Army that your Front was not ready for war. It calls your leadership wrong. It does not, in this history, call it treason. # source: velikanov-blyukher # source: order-0040
You are found a post in Moscow, a desk with a title and nothing on it. In the mornings you read the newspapers for names you know, and most days you find one.
-> ledger ->
The heights are Soviet; the Japanese pulled back after the cease-fire, and the commission argues on. The troops who fought at the lake are decorated by the thousand. The Korean villages across the river count their damage, and nobody in Moscow asks what it was.
It followed from a summer of doing what you were told. { commission == "none": You never sent a commission to measure the NKVD's trenches.} { commission == "open" or commission == "clean": You sent your commission, but you did not hide it or what it found.} You kept your suspicions { stalin_trust >= 50: mostly} to yourself, you bombed when Stalin said bomb, and at the Council you gave the men who wanted a culprit { stalin_trust >= 50: very little to work with.| less than they hoped.}
You are alive on the ninth of November 1938. In that autumn, for a Marshal who lost the Kremlin's favour, that was not the usual ending. # ending: demoted
-> END

=== accuser ===
~ blyukher_fate = "arrested"
The room goes very quiet. # date: 1938-09-02
Voroshilov looks at Stalin. Stalin looks at you for a long time, and then at his papers, and still says nothing.
You are not arrested at the table. You are arrested two days later, in the flat they gave you for the duration of the Council, before dawn. The charge is not that you were wrong about the border troops. It is that you were working for Japan.
Frinovsky's men do the arresting. You notice that they are very polite.
-> ledger ->
The heights are Soviet; the Japanese pulled back after the cease-fire, and the commission argues on. The troops are decorated, and their commander is in prison. The Korean villages across the river are not mentioned at your interrogation or anywhere else.
It followed from the Council, and from the whole summer before it. { commission != "none": You had sent the commission; you had facts.} In 1938 the facts were not a defence; they were evidence of how long you had been plotting. By accusing the NKVD in front of the Main Military Council, you made yourself the man the NKVD most needed to break. # ending: accuser
-> END

=== lefortovo ===
~ blyukher_fate = "died_in_custody"
The Council decides to keep you at its disposal until a post worthy of a Marshal can be found. You are sent on leave to Sochi. # date: 1938-08-31 # source: conquest-great-terror
Four days later Order Number 0040 goes out to the whole Red Army. It says the fighting at the lake showed the Front unready for war; that its losses, 408 killed and 2,807 wounded by the order's own count, were out of all proportion to its superiority in men, aircraft and tanks; and that your conduct bordered on conscious defeatism. It names the commission, the request to arrest a border commander, and your hesitation until Stalin telephoned. # date: 1938-09-04 # source: order-0040
The Far Eastern Front is broken up. Its area goes to two Separate Red Banner Armies, one under Stern and one under Konev. # source: velikanov-blyukher # source: shishov
On the twenty-second of October they come for you, on Stalin's personal order, and they take your family too. # date: 1938-10-22 # source: conquest-great-terror
The prison is Lefortovo. One later history names the Lubyanka instead; the rest agree on Lefortovo. The charge is that you have been a Japanese spy since 1921. Beria sits in on some of the interrogations. # source: conquest-great-terror # source: matthews-impeccable-spy
Six days after your arrest the men of Khasan are decorated, Stern among them. # source: conquest-great-terror
They beat you for eighteen days. You do not sign. # source: kingad-blyukher # source: conquest-great-terror
On the ninth of November 1938 you die in your cell, without a trial and without a confession. # date: 1938-11-09 # source: kingad-blyukher # source: kiwix-blyukher # source: conquest-great-terror
-> ledger ->
The heights were Soviet. The Japanese pulled back after the cease-fire of 11 August, and the commission that was to mark the border was left as unfinished business. The troops were decorated by the thousand. # source: wiki-khasan # source: coox-1977 # source: scribd-consequences
The Korean villages across the Tumen had been shelled and bombed by a battle fought on the far side of a river from them; no source counts their dead. # source: paperspast-mt-0805 # source: nyt-ap-0810
In every modern count the Soviet Union lost more men than Japan to win back the hill. Moscow called it a victory. Judged by what it cost, it was not a clear one. # source: rulit-kasahara # source: krivosheev-1993
It followed from the summer. { commission == "secret": You sent the commission behind the NKVD's back and asked for the border chief's arrest.} { commission == "open": You sent a commission to measure the NKVD's trenches, even openly.} { stalin_trust < 30: You let Mekhlis and Frinovsky fill a file on you, and Voroshilov gave them the key to it.} You bombed when you were told, and went when you were told, but the men who judged you had decided long before what they would find. At the Council, no answer you could give was going to matter.
In March 1939 a court passes a death sentence on a man already four months dead. Your wives are shot or sent to the camps. # date: 1939-03-10 # source: kingad-blyukher # ending: lefortovo # historical
-> END
