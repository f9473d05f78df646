// Chapter 8: 31 August. The Main Military Council in Moscow.

=== council ===
~ weather = "clear"
Three weeks later the summons comes: the Main Military Council, in Moscow, on the last day of August. # date: 1938-08-20
That week a strip of paper is pasted across the door of your chief of operations' flat. His wife and sons are gone by Sunday, and nobody on your staff says his name.
* [Go to Moscow.]
-
Moscow, the last day of August. The Main Military Council sits at a long table under portraits, and today the business is you. # date: 1938-08-31 # source: conquest-great-terror
Frinovsky came back to Moscow a week ago; his reports on you arrived before he did, and Mekhlis's before his. # source: wikisum-frinovsky
You give your report on the fighting. The heights are Soviet; the Japanese withdrew. You give the Front's own figures for the dead and wounded, lower than the counts historians will make decades later. # source: order-0040 # source: shishov
In front of Voroshilov lies a bundle of Stern's letters to him since July: the roads, the telephones, the training. So that is whom Stern writes to.
Then Voroshilov speaks, and the report turns out not to be the business. The Front, he says, was not ready: the training a disgrace, the roads and telephones a scandal, the soldiers off on farms when they should have been learning to fight. # source: conquest-great-terror # source: order-0040
{ commission == "secret":
    The Front commander, he says, sent a commission behind the backs of the Party and the NKVD to prove Soviet soldiers had crossed a border, and asked for the arrest of a border commander for doing his duty. # source: order-0040 # claim: jul24_border_commission=secret
}
{ commission == "open":
    The Front commander, he says, paraded his doubts of the NKVD before the NKVD's own officers on the crest. # claim: jul24_border_commission=open
}
{ jul27_secret_telegram == "secret_to_voroshilov":
    He reads out your telegram of 27 July, the one you sent to him alone. # claim: jul27_secret_telegram=secret_to_voroshilov
}
{ jul27_secret_telegram == "open_to_stalin":
    He quotes your open report to Comrade Stalin, that the NKVD provoked the Japanese. # claim: jul27_secret_telegram=open_to_stalin
}
{ aug1_bombing_order == "obey":
    And the Front commander, he says, bombed only once Comrade Stalin had telephoned and told him to. # source: order-0040 # claim: aug1_bombing_order=obey
}
{ aug1_bombing_order == "wait_for_weather":
    And when Comrade Stalin ordered the bombing, he says, the Front commander kept the aircraft on the ground. # claim: aug1_bombing_order=wait_for_weather
}
{ aug1_bombing_order == "crest_only":
    And when Comrade Stalin ordered the bombing, he says, the Front commander bombed by halves. # claim: aug1_bombing_order=crest_only
}
{ aug1_piecemeal_attack == "wait_for_corps":
    When the Japanese stood on Soviet soil, he says, the Front commander waited four days for his corps. # claim: aug1_piecemeal_attack=wait_for_corps
}
{ aug6_general_assault == "postpone":
    Then he put off the general assault for two days more. # claim: aug6_general_assault=postpone
}
{ aug4_ceasefire_offer == "accept":
    He even advised Moscow to take the Japanese offer. # claim: aug4_ceasefire_offer=accept
}
Others follow him. Nobody takes your side. Stalin, who once protected you, sits at the end of the table and says nothing. # source: conquest-great-terror
How do you answer the Council? # decision: aug31_military_council # discuss: Is there any honest answer that could have saved Blyukher? # discuss: What does it do to an army when its commanders are judged like this after a victory?
+ [Take all the blame. Confess every error, thank the Council, and ask to be allowed to make amends.]
    ~ aug31_military_council = "self_criticism"
    You stand and take it all: the readiness was yours to answer for. You thank Comrade Voroshilov for his correct criticism and ask for a chance to make it right. # option: self_criticism
    { jul24_border_commission == "secret" or jul24_border_commission == "open":
        You call your commission a mistake. You do not believe it. # claim: jul24_border_commission=!no_commission
    }
    // The confession softens the Council today and stays in the file afterwards.
    { council_score() + 5 >= 30:
        ~ trust(-10)
        -> demoted
    - else:
        ~ trust(-10)
        -> lefortovo
    }
+ [Stand by your report. Answer the questions, admit the faults of training, and wait.]
    ~ aug31_military_council = "stand_by_report"
    You answer what you are asked. Yes, training was poor; yes, the roads were bad. No, you did not hesitate to fight; you hesitated to bomb blind. Then you sit down. # option: stand_by_report # historical # source: conquest-great-terror
    { council_score() - 5 >= 30:
        -> demoted
    - else:
        -> lefortovo
    }
+ [Accuse. Tell the Council that Frinovsky's border troops started this war, and that Mekhlis made it harder to fight.]
    ~ aug31_military_council = "counter_accuse"
    You stand and say the whole thing. The border troops dug on the crest without the army, the NKVD provoked this fight, and the army paid in blood; Comrade Mekhlis spent the battle writing reports instead of helping to win it. # option: counter_accuse
    { commission == "secret" or commission == "open":
        Your own commission found their wire across the line, and you say so. # claim: jul24_border_commission=!no_commission
    }
    ~ trust(-20)
    -> accuser
