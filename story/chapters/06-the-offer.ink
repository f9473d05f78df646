// Chapter 6: 4-5 August. Japan offers a cease-fire; the decision is Stalin's.

=== offer ===
~ weather = "rain"
Moscow, the Kremlin, late on the fourth of August. For this decision you are not Blyukher. You are Joseph Stalin, and the papers on the desk are yours. # date: 1938-08-04
This afternoon the Japanese ambassador, Mamoru Shigemitsu, came to Litvinov at the Foreign Commissariat with instructions from Tokyo. He proposed that the fighting stop at once, that the two governments then talk about a truce, and that the frontier itself be argued out later on its merits, each side bringing its documents. # source: frus-d464
Litvinov answered on your line: no cease-fire until the Japanese go back behind the line of the Hunchun map, the one printed in yesterday's papers. They talked for two and a half hours and moved nowhere. Litvinov wants to know whether that is still the line. # source: frus-d464
Tokyo is saying in public that this is a local incident and that it wants a peaceful settlement. Its newspapers say the Japanese guns on the hill stopped answering yours today out of respect for the proposal. # source: nyt-ap-0806 # source: kotkin-2017
{ heights == "contested":
    The Front reports that its troops hold part of the ridge: Bezymyannaya and a foothold on the slope of Zaozernaya. The Japanese still hold the summit.
- else:
    The Front reports that the Japanese still hold both summits, Zaozernaya and Bezymyannaya. The 40th Division has bled for them and has nothing to show.
}
So far, by the Front's count, {soviet_killed} Soviet soldiers are dead or missing and {soviet_wounded} wounded. Stern promises that the corps will be ready to strike with everything on the sixth, if the weather lets the aircraft fly. # source: goldman-2012
{ stalin_trust < 35:
    Blyukher's reports sit in a separate folder, thick with Mekhlis's and Frinovsky's commentary. You have not decided what to do with him. You are not in a hurry.
- else:
    Blyukher has done what he was told, mostly. You note it. You note the rest too.
}
{ sorge_believed:
    On top of the pile is a summary of what the agent in Tokyo keeps saying: the Japanese want to settle, as soon as they can do it without losing face on the hill. This time you have chosen to believe him. If he is right, a cease-fire now is Tokyo's retreat, whatever it is called. # source: kotkin-2017
}
You also remember last summer on the Amur, when the Soviet side gave way over a few river islands and Litvinov arranged the withdrawal. The world called it a climbdown. You have not forgotten the word. # source: time-1937-07-19 # source: conquest-great-terror # source: kotkin-2017
Does the Soviet Union accept Japan's offer? # decision: aug4_ceasefire_offer # role: stalin # discuss: Is it better to accept a truce that leaves the enemy on your claimed ground, or to keep fighting for a hill? # discuss: How much did the memory of the 1937 Amur withdrawal weigh on this decision?
+ [Accept. Stop the fighting now, and let the diplomats and a commission argue over the line.]
    You tell Litvinov to accept the principle. The guns stop; the talking starts; the line will be drawn later, on paper, by men with maps. # option: accept
    ~ escalate(-15)
    { sorge_believed:
        ~ escalate(-5)
    }
    -> early_ceasefire
+ [Refuse. No cease-fire until the Japanese are back behind the Hunchun line.]
    You tell Litvinov that the answer stands. No cease-fire while a single Japanese soldier stands on Soviet soil as the Hunchun map draws it. # option: refuse # historical # source: frus-d464
    ~ escalate(5)
    The order goes back to the Front the same night: the heights are to be cleared. How is the Front's business.
    -> duels

=== duels ===
Back at the lake, the fifth of August is a day of guns. # date: 1938-08-05
~ artillery_duels()
The Soviet artillery pounds the ridge and the ground behind it. Some of the shells land across the Tumen. Wire reports from the Japanese side describe Soviet shells falling on the Korean towns of Kojo and Sojan. # source: paperspast-mt-0805
{ villages_evacuated:
    Those towns had been emptied of people before the fighting came close. The reports speak of roofs and granaries, not of bodies.
}
By evening Stern reports that the corps has finished concentrating. He said he could not be ready before the fifth, and he has kept his word. # source: goldman-2012
{ at_front:
    You walk the line of the guns at dusk with Stern. The gunners are grey with fatigue and cheerful with it; for the first time, they have enough shells.
- else:
    You hear his report on the telephone in Khabarovsk. Stern sounds like a man who has slept four hours in three days and is satisfied with all four.
}
-> assault
