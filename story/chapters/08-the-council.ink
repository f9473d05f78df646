// Chapter 8: 31 August. The Main Military Council in Moscow.

=== council ===
~ weather = "clear"
Moscow, the last day of August. The Main Military Council sits at a long table under portraits, and today the business is you. # date: 1938-08-31 # source: conquest-great-terror
Frinovsky came back to Moscow a week ago. Mekhlis has been back longer. Their reports arrived before either of them did. # source: wikisum-frinovsky
{ stalin_trust < 25:
    You have a fair idea what is in them. You have heard your own sentences quoted back to you in the corridors, shortened in the places where shortening hurts most.
- else:
    You do not know what is in them. That is the point of them.
}
You give your report on the fighting at the lake. The heights are Soviet. The Japanese withdrew. By the Front's count {soviet_killed} men are dead or missing and {soviet_wounded} wounded, against Japanese dead that the Front counts far higher and the Japanese themselves count in hundreds. # source: shishov # source: rulit-kasahara
Then Voroshilov speaks, and it becomes clear that the report was not the business after all. He speaks for a long time. The Front, he says, was not ready. The training was a disgrace, the roads and the telephones a scandal, the soldiers were off on farms and building sites when they should have been learning to fight. # source: conquest-great-terror # source: order-0040
{ commission == "secret":
    And the Front commander, he says, sent a commission behind the backs of the Party and the NKVD to prove that Soviet soldiers had violated a border, and asked for the arrest of a border commander for doing his duty. # source: order-0040
}
{ attack_plan == "concentrated" or assault_day == 8:
    And when the Japanese stood on Soviet soil, he says, the Front commander waited. He waited for the corps, he waited for the guns, he waited for the weather.
- else:
    And when Comrade Stalin himself ordered the bombing, he says, the Front commander hesitated until he was telephoned and told what to do. # source: order-0040
}
Others follow him. Nobody takes your side. Stalin sits at the end of the table and says nothing at all. He was once the man who kept you safe. # source: conquest-great-terror
{ sorge_believed:
    There is one more thing in the air, which nobody says out loud. The reports from Tokyo that Moscow has decided to believe this summer have included what Lyushkov told the Japanese about so-called opposition groups in the Far East. One historian thinks his stories may have been used against you. Today, you feel them in the room. # source: conquest-great-terror # source: birstein-smersh
}
Now it is your turn to answer.
How do you answer the Council? # decision: aug31_military_council # discuss: Is there any honest answer that could have saved Blyukher? # discuss: What does it do to an army when its commanders are judged like this after a victory?
+ [Take all the blame. Confess every error, thank the Council, and ask to be allowed to make amends.]
    You stand and take it all. The failures of readiness were yours. The commission was a mistake; the telegram was a mistake; your hesitation was a mistake. You thank Comrade Voroshilov for his correct criticism and ask for a chance to make it right. # option: self_criticism
    { council_score() + 5 >= 35:
        -> demoted
    - else:
        -> lefortovo
    }
+ [Stand by your report. Answer the questions, admit the faults of training, and wait.]
    You answer what you are asked. Yes, training was poor. Yes, the roads were bad. No, you did not hesitate to fight; you hesitated to bomb blind. You say it without heat, and you sit down. # option: stand_by_report # historical # source: conquest-great-terror
    { council_score() - 5 >= 35:
        -> demoted
    - else:
        -> lefortovo
    }
+ [Accuse. Tell the Council that Frinovsky's border troops started this war, and that Mekhlis made it harder to fight.]
    You stand, and for once you say the whole thing. The border troops dug on the crest without the army{ commission == "secret" or commission == "open":, and your own commission found their wire across the line}; the NKVD provoked this fight and the army paid for it in blood. And Comrade Mekhlis spent the battle writing reports instead of helping to win it. # option: counter_accuse
    -> accuser
