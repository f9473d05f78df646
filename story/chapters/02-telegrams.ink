// Chapter 2: 22-28 July. The commission, the NKVD, the telegram.

=== the_commission ===
~ weather = "fog"
Two days ago an order came over Voroshilov's signature: the whole Far Eastern Front to full combat readiness. # date: 1938-07-24 # source: order-0040
On the ground, readiness means regiments whose commanders were arrested in the spring, lorries without tyres, and soldiers who spent May on farms and building sites. This July the Front is losing people to the NKVD several times faster than in the whole year before. # source: po-svoim # source: order-0040 # source: wiki-khasan
Your chief of operations lives with his wife and two sons in the staff flats behind the headquarters. Each evening on the stairs he counts the doors sealed with paper.
Tokyo paraded Lyushkov before the press on the 13th. Across the river the Japanese count every shovel on Zaozernaya. # source: liquisearch-lyushkov
{ jul_crest_fortification == "site_on_line":
    Your engineer has already put the works where the map allows, so there is nothing for a commission to measure. # claim: jul_crest_fortification=site_on_line
    -> nkvd
}
{ jul_crest_fortification == "halt_digging":
    Since your letter stopped the digging there is nothing new on the crest for a commission to measure. # claim: jul_crest_fortification=halt_digging
    -> nkvd
}
Since you left the crest to Frinovsky, nobody has asked out loud whether every one of those shovels is on the Soviet side of the line. # claim: jul_crest_fortification=leave_to_nkvd
You could send army officers to look, with the 1886 map and a compass. Mazepov of the Front's military council would expect to be told, and so would Mekhlis and Frinovsky, two doors down the corridor. Whatever the commission finds will be dangerous. # source: order-0040 # source: kotkin-2017
Do you send a commission to the crest? # decision: jul24_border_commission # discuss: Is it loyal or disloyal to check whether your own side started a border incident? # discuss: What should a commander do with a true fact that his government does not want to hear?
+ [Send it openly, with Mazepov, the sector chief and one of Frinovsky's officers.]
    ~ jul24_border_commission = "open"
    You ask Frinovsky for an officer to go with yours. Everyone signs the same report, or no one does. # option: open
    ~ commission = "open"
    ~ trust(-5)
    ~ denounce(2)
    ~ escalate(-10)
    Frinovsky's man argues over every metre, but in the end four signatures say the works cross the map's line by about three metres and should come back. Litvinov, you hope, will be glad of a fact he can trade. # source: order-0040
    Frinovsky's officer wrote down everything your officers said in the car. Both he and Mekhlis report that the Marshal is auditing the NKVD in public.
+ [Send nobody. The NKVD says the crest is Soviet, and that is what Moscow wants to hear.]
    ~ jul24_border_commission = "no_commission"
    You leave the map rolled. A Marshal who measures the NKVD's trenches is a Marshal who has stopped trusting the NKVD. # option: no_commission
    ~ commission = "none"
    ~ trust(5)
    ~ escalate(5)
    Across the river the Japanese go on photographing the works, and Litvinov goes on denying what he has never been shown.
+ [Send it quietly, without the border-sector chief and without telling Mekhlis or Frinovsky.]
    ~ jul24_border_commission = "secret"
    You send three officers you trust, without the local border chief and without a word down the corridor. They are back in two days, before anyone can stop them. # option: secret # historical # source: order-0040 # source: kotkin-2017
    ~ commission = "secret"
    ~ trust(-5)
    ~ denounce(1)
    ~ escalate(-5)
    The guards' trench and wire cross the line of the Hunchun map by about three metres. You wire Voroshilov that the border guards put them there, and ask for the arrest of the sector chief who let them. # source: order-0040 # source: bibliboba-stalin-marshaly
- -> nkvd

=== nkvd ===
Frinovsky's reports to Moscow never cross your desk. You learn of them from a clerk who looks at his shoes. Mekhlis has an office two doors from yours and reads the morning reports before you do. # date: 1938-07-26 # source: kotkin-2017
{ jul24_border_commission == "open":
    Since your open commission, Frinovsky's liaison greets you like a man greeting a witness. # claim: jul24_border_commission=open
}
{ jul24_border_commission == "secret":
    Neither of them knows yet about your officers on the crest. They will. # claim: jul24_border_commission=secret
}
{ jul24_border_commission == "no_commission":
    You sent no one to the crest, and both men have noticed how careful you are being. # claim: jul24_border_commission=no_commission
}
{ jul24_border_commission == "none":
    Your engineer's pegs and your letter about the digging are already in their files. # claim: jul24_border_commission=none # claim: jul_crest_fortification=!leave_to_nkvd
}
One of these men can have you arrested. The other can tell the first one to.
How do you deal with Mekhlis and Frinovsky? # decision: handle_mekhlis_frinovsky # discuss: In a purge, is it safer to be quiet, to be friendly, or to strike first? # discuss: What does a commander owe the political officers who are watching him?
+ [Wire Frinovsky, copy to Yezhov: some provocateur may be trying to start a war, and you want the suspects removed.]
    ~ handle_mekhlis_frinovsky = "confront"
    You write it in your own hand: somebody on that border may be trying to drag the Union into a war, and you want anyone suspicious taken off the line. The copy to Yezhov means Frinovsky cannot bury it. # option: confront # historical # source: kotkin-2017
    ~ trust(-5)
    ~ denounce(1)
    ~ escalate(-5)
    Frinovsky does not answer you. He answers Moscow, at length. # source: kotkin-2017
    -> telegram
+ [Bring them both into your staff conferences, countersign their reports, praise the border troops.]
    ~ handle_mekhlis_frinovsky = "appease"
    You seat Mekhlis at the morning conference, sign the border troops' reports unread, and praise their vigilance on Zaozernaya where everyone can hear. # option: appease
    ~ trust(5)
    ~ escalate(5)
    Mekhlis smiles at you for the first time. The border troops take the praise as permission.
    -> telegram
+ [Strike first: a letter to Stalin himself, accusing Frinovsky's men of provocation and Mekhlis of wrecking the command.]
    ~ handle_mekhlis_frinovsky = "denounce_first"
    You write to Stalin directly: the border troops act without the army and against it, and Mekhlis sows suspicion in every staff. You ask for both men to be recalled. # option: denounce_first
    ~ trust(-10)
    ~ denounce(1)
    ~ escalate(-10)
    Stalin does not answer, but within days the border posts are told from their own chain to keep to their line and not to fire first. Within a week both men have written their own letters. Yours, at least, arrived first.
    You have said to Stalin what you had to say. There is nothing left to telegraph. # claim: handle_mekhlis_frinovsky=denounce_first
    -> bezymyannaya

=== telegram ===
The night of the 27th you sit over a blank telegraph form for an hour. # date: 1938-07-27
{ commission == "secret":
    In front of you lies the commission's sketch: three metres of Soviet wire on the wrong side of the line. # claim: jul24_border_commission=secret
}
{ commission == "open":
    Moscow has the open commission's report with its four signatures. Nobody has answered it. # claim: jul24_border_commission=open
}
{ jul24_border_commission == "no_commission":
    You sent no commission, so you have no paper, only the feeling that someone wants this border lit. # claim: jul24_border_commission=no_commission
}
{ jul24_border_commission == "none":
    You never needed a commission, and so you have no paper about the crest, only the feeling that someone wants this border lit. # claim: jul24_border_commission=none
}
{ handle_mekhlis_frinovsky == "confront":
    Your wire to Frinovsky has made you an enemy already. # claim: handle_mekhlis_frinovsky=confront
- else:
    Mekhlis now sits in your conferences, which means he will know by breakfast whatever you send tonight. # claim: handle_mekhlis_frinovsky=appease
}
If there is a fight on that ridge, you believe, it will be because Frinovsky's men gave the Japanese a reason. The question is whom to tell, and how loudly. Voroshilov is your old comrade and the Defence Commissar. Stalin reads everything.
How do you raise your suspicion of an NKVD provocation? # decision: jul27_secret_telegram # discuss: Is a secret message to one patron safer than an open report to everyone? # discuss: When is silence the responsible choice?
+ [An open report to Stalin, copied to Voroshilov, Mekhlis and Frinovsky.]
    ~ jul27_secret_telegram = "open_to_stalin"
    If it must be said, it will be said where everyone can see it: a report to Stalin, copies to all three, asking Moscow to rein in the border troops before the Japanese do. # option: open_to_stalin
    ~ trust(-10)
    ~ denounce(2)
    ~ escalate(-10)
    Moscow does not reply, but the next morning the border posts are told, through their own chain, not to fire first. Mekhlis starts a new notebook, and Frinovsky fills one.
+ [A secret telegram to Voroshilov alone: the NKVD, not the Japanese, violated the border.]
    ~ jul27_secret_telegram = "secret_to_voroshilov"
    You mark it secret and personal: the border guards, not the Japanese, are the violators. Only your patron will read it, and Voroshilov has covered for you before. # option: secret_to_voroshilov # historical # source: kotkin-2017
    ~ trust(-5)
    ~ denounce(2)
    Not this time. His reply on the 28th rejects every word, and it is addressed to you, Mekhlis and Frinovsky together. Privately, you learn later, he asks Mekhlis to look into you. # source: kotkin-2017
    At least it went no higher than Voroshilov. For now, Stalin has only his version of it.
+ [Say nothing. Tomorrow the guns may decide it, and a Marshal who accused the NKVD will not be the one commanding them.]
    ~ jul27_secret_telegram = "stay_silent"
    You tear the form in half. Whatever happens on the ridge, you will face it as a soldier who obeyed. # option: stay_silent
    ~ trust(5)
    ~ escalate(5)
    For one night nobody in Moscow is reading anything you wrote, and nobody tells the border guards to be careful.
- -> bezymyannaya
