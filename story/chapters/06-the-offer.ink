// Chapter 6: 4-5 August. Japan offers a cease-fire. Moscow decides; the Front commander advises.

=== offer ===
~ weather = "rain"
Late on the fourth of August the telephone from Moscow: Voroshilov, and behind him the Foreign Commissariat, wanting the Front's opinion by morning. # date: 1938-08-04
This afternoon the Japanese ambassador, Shigemitsu, proposed to Litvinov that the fighting stop at once, that the two governments then talk about a truce, and that the frontier be argued out later, each side bringing its documents. Litvinov answered: no cease-fire until the Japanese go back behind the line of the Hunchun map. They talked for two and a half hours and moved nowhere. # source: frus-d464
Tokyo says in public that this is a local incident and it wants a peaceful settlement. Today wire reports from the Japanese side also say Soviet shells have fallen on the Korean towns of Kojo and Sojan. # source: nyt-ap-0806 # source: paperspast-mt-0805
{ heights == "contested":
    Your troops hold part of the ridge: Bezymyannaya and a foothold below the summit of Zaozernaya. The Japanese hold the summit.
- else:
    The Japanese still hold both summits.
}
{ aug1_piecemeal_attack == "attack_now":
    The 40th Division, which you sent in off the march, has bled for the ridge. # claim: aug1_piecemeal_attack=attack_now
- else:
    The 40th Division, which you held back for the corps, is fresh and impatient. # claim: aug1_piecemeal_attack=wait_for_corps
}
{ flank_via_manchukuo == "flank_column":
    Your regiment is still on the Manchurian side of the ridge, and Shigemitsu's note does not mention it. Tokyo's generals will. # claim: flank_via_manchukuo=flank_column
}
{ flank_via_manchukuo == "shell_the_far_bank":
    Your guns are still firing across the Tumen at the batteries and the fords, as you ordered. # claim: flank_via_manchukuo=shell_the_far_bank
}
Stern says the corps will be concentrated tomorrow, and can strike with everything as soon as the aircraft can fly. Moscow is asking you one question: can the heights be taken back? Everyone on the line remembers last summer on the Amur, when the Soviet side gave way over a few river islands and the world called it a climbdown. # source: goldman-2012 # source: time-1937-07-19 # source: kotkin-2017
What do you advise Moscow? # decision: aug4_ceasefire_offer # discuss: Is it better to accept a truce that leaves the enemy on your claimed ground, or to keep fighting for a hill? # discuss: Should a soldier advise on a political question when his advice may be held against him?
+ [Refuse. The corps can retake the heights: no cease-fire until the Japanese are back behind the Hunchun line.]
    ~ aug4_ceasefire_offer = "refuse"
    "The heights can be taken," you tell Voroshilov. "Give us the corps and two days of flying weather." # option: refuse # historical # source: frus-d464
    ~ escalate(5)
    Moscow needed no persuading. Litvinov's answer to Shigemitsu stands, and the order comes back the same night: clear the heights.
    -> duels
+ [Accept. Stop the fighting now, and let the diplomats and a commission draw the line.]
    ~ aug4_ceasefire_offer = "accept"
    "Take it," you say. "Stop the guns while they are offering, and let a commission argue over the line. The hill is not worth the corps." # option: accept
    ~ temp s = stalin_trust
    { heights == "contested":
        ~ s = s + 15
    }
    { sorge_believed:
        ~ s = s + 15
    }
    { s >= 50:
        ~ moscow_accepts = true
        ~ escalate(-15)
        There is a long silence on the line. Then Voroshilov says that your opinion has been noted, and hangs up. At dawn Litvinov tells Shigemitsu that the Soviet Union accepts the principle. # claim: aug4_ceasefire_offer=accept
        -> early_ceasefire
    - else:
        ~ trust(-10)
        ~ denounce(1)
        There is a long silence on the line. Then Voroshilov says that your opinion has been noted. Litvinov's refusal stands, and by morning Mekhlis has a new word for your file: defeatist. # claim: aug4_ceasefire_offer=accept
        -> duels
    }

=== duels ===
Back at the lake, the fifth of August is a day of guns. # date: 1938-08-05
~ artillery_duels()
The Soviet artillery pounds the ridge and the ground behind it. Some shells land across the Tumen, among the villages under the ridge. # source: paperspast-mt-0805
{ villages_evacuated:
    In this history those villages had been emptied before the fighting came close.
}
By evening Stern reports that the corps has finished concentrating. He said he could not be ready before the fifth, and he has kept his word. # source: goldman-2012
{ at_front:
    You walk the line of the guns at dusk with him. For the first time, the gunners have enough shells. # claim: aug1_go_to_front=go_to_front
- else:
    You hear his report on the telephone in Khabarovsk. He sounds like a man who has slept four hours in three days. # claim: aug1_go_to_front=stay_in_khabarovsk
}
{ aug4_ceasefire_offer == "accept":
    He does not mention your advice to take the offer. Everyone else at the lake has heard about it. # claim: aug4_ceasefire_offer=accept
}
-> assault
