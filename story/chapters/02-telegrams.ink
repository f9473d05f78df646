// Chapter 2: 22-28 July. The commission, the NKVD, the telegram.

=== the_commission ===
~ weather = "fog"
The order came two days ago, over Voroshilov's signature: the whole Far Eastern Front to full combat readiness. # date: 1938-07-24 # source: order-0040
Full readiness, on paper, is a state of grace. On the ground it is regiments that have lost their commanders to the arrests and have not yet learned the names of the new ones, lorries without tyres, and soldiers who spent the spring building barracks and working on farms. # source: po-svoim # source: order-0040
This July the Front is losing people to the NKVD several times faster than in the whole of the year before. The lists cross your desk and you sign what you must. # source: wiki-khasan # source: profilpelajar-khasan
On the other side of the world, in a palace you will never see, the emperor of Japan has just refused to sanction an attack on Changkufeng and has given his army minister a dressing-down for it. Nobody in Khabarovsk will know that for years. # source: bix-notes # source: goldman-2012
What you know is that Tokyo paraded Lyushkov before the press on the 13th, and that the border reports say the Japanese are counting every shovel on Zaozernaya. # source: liquisearch-lyushkov
{ crest_works == "over_line":
    And one question nobody has asked out loud: whether all of those shovels are on the Soviet side of the line.
- else:
    You have already had the crest measured once. It does not stop anyone asking the question again.
}
You could send your own people to look. Not the border guards, who would be inspecting their own work. Army officers, with the 1886 map and a compass. Mazepov, who sits on the Front's military council, would want to know. So would Mekhlis and Frinovsky, both of whom are down the corridor in Khabarovsk. # source: order-0040 # source: kotkin-2017
Whatever the commission finds will be dangerous. If the line was crossed, you will have written down that the NKVD provoked the Japanese. If it was not, you will have sent soldiers to check on the NKVD for nothing.
Do you send a commission to the crest? # decision: jul24_border_commission # discuss: Is it loyal or disloyal to check whether your own side started a border incident? # discuss: What should a commander do with a true fact that his government does not want to hear?
+ [Send it openly, with Mazepov, the sector chief and one of Frinovsky's officers.]
    You call Mazepov in, then ring Frinovsky and ask for an officer of his to go with yours. Everyone signs the same report, or no one does. # option: open
    ~ commission = "open"
    ~ trust(-3)
    { crest_works == "over_line":
        It takes four days because Frinovsky's man argues over every metre. In the end the report says, in four signatures, that the works cross the line of the map by about three metres and should be pulled back. # source: order-0040
        The report goes to Moscow and from there, you hope, to Litvinov, who would be glad of a fact he could trade.
        ~ escalate(-10)
    - else:
        The report comes back with four signatures and no surprises: the works stand on the Soviet side of the line. It goes to Moscow, where it will give Litvinov a clean map to wave at the Japanese ambassador.
        ~ commission = "clean"
        ~ escalate(-5)
    }
    Frinovsky's officer was polite the whole time. You notice that he wrote down everything your officers said to each other in the car.
+ [Send nobody. The NKVD says the crest is Soviet, and that is what Moscow wants to hear.]
    You leave the map rolled. The border troops say the crest is Soviet soil, the newspapers will say the same, and a Marshal who measures the NKVD's trenches is a Marshal who has stopped trusting the NKVD. # option: no_commission
    ~ commission = "none"
    ~ trust(5)
    { crest_works == "over_line":
        Somewhere up there, in a fold of wet earth, there may be three metres of Soviet trench on the wrong side of a line. You choose not to know. It is a choice a great many people are making this summer.
    }
+ [Send it quietly, without the border-sector chief and without telling Mekhlis or Frinovsky.]
    You pick three officers you trust and send them down by the night train, without the local border chief and without a word down the corridor. # option: secret # historical # source: order-0040 # source: kotkin-2017
    ~ commission = "secret"
    { crest_works == "over_line":
        They come back with a sketch and a number. The border guards' trench and wire on Zaozernaya cross the line of the Hunchun map by about three metres. # source: order-0040
        Three metres. A man could step across it. You wire Voroshilov that the border guards put the works over the line, and you ask for the arrest of the border-sector chief who let them. # source: order-0040 # source: bibliboba-stalin-marshaly
        ~ trust(-10)
        ~ denounce(1)
    - else:
        They come back with a sketch that matches your own. Whatever the Japanese are shouting about, the works on the summit are where the map says they may be.
        It is a relief, and it costs you nearly as much: Mekhlis learns within the week that the Marshal sent army officers to inspect the NKVD without telling him.
        ~ commission = "clean"
        ~ trust(-5)
        ~ denounce(1)
    }
- -> nkvd

=== nkvd ===
Frinovsky's reports to Moscow do not come to you. You learn of them the way you learn of everything this summer: from a clerk who looks at his shoes, from a staff officer who suddenly remembers an errand when you enter the room. # date: 1938-07-26 # source: kotkin-2017
Mekhlis has taken an office two doors from yours. He reads the morning reports before you do, and some evenings his light is still on when you leave. The border troops on Zaozernaya answer to Frinovsky and no one else; when your staff asks them a question, the answer comes back days late, if at all. # source: kotkin-2017 # source: wikisum-khasan
You have never had two men like these standing behind your chair. One of them can have you arrested. The other can tell the first one to.
You could go at them head on, or you could make them your friends, or you could get your word to Moscow before theirs.
How do you deal with Mekhlis and Frinovsky? # decision: handle_mekhlis_frinovsky # discuss: In a purge, is it safer to be quiet, to be friendly, or to strike first? # discuss: What does a commander owe the political officers who are watching him?
+ [Wire Frinovsky, copy to Yezhov: some provocateur may be trying to start a war, and you want the suspects removed.]
    You write it in your own hand, and you do not soften it. Somebody on that border, some bastard, may be trying to drag the Union into a war, and you want anyone suspicious taken off the line. You copy it to Yezhov, so that Frinovsky cannot sit on it. # option: confront # historical # source: kotkin-2017
    ~ trust(-5)
    ~ denounce(1)
    ~ escalate(-5)
    Frinovsky does not answer you. He answers Moscow instead, at length. # source: kotkin-2017
    Perhaps, for a few days, the men on the border will be more careful with their triggers. From Khabarovsk you cannot tell.
+ [Bring them both into your staff conferences, countersign their reports, praise the border troops.]
    You invite Mekhlis to sit in on the morning conference and ask Frinovsky's liaison to join him. You sign the border troops' reports without reading them twice. At the next meeting you praise their vigilance on Zaozernaya in a voice everyone can hear. # option: appease
    ~ trust(5)
    ~ escalate(5)
    Mekhlis smiles at you for the first time. It is not a comfortable sight. The border troops take the praise as permission and go on digging.
+ [Strike first: a personal letter to Stalin accusing Frinovsky's men of provocation and Mekhlis of wrecking the command.]
    You write to Stalin directly. The border troops act without the army and against it; their works invite a war; Mekhlis sows suspicion in every staff. You ask for both men to be recalled. # option: denounce_first
    ~ trust(-10)
    ~ denounce(2)
    ~ escalate(-5)
    Stalin does not answer. Within three days you can tell, from the way the NKVD liaison greets you, that Frinovsky has read the letter. Within a week both men have sent their own. They are longer than yours and they have more names in them.
- -> telegram

=== telegram ===
The night of the 27th you sit over a blank form for an hour. # date: 1938-07-27
{ commission == "secret":
    You have the commission's sketch in front of you: three metres of Soviet wire on the wrong side of the line.
}
{ commission == "open":
    Moscow already has the commission's report. Nobody has answered it.
}
{ commission == "clean":
    Your commission found the works where they should be. It proves nothing about who wants this fight.
}
{ commission == "none":
    You have no paper to prove anything, only the feeling that the border has been made to smoulder by someone who wanted it lit.
}
What you want to say is simple. If there is a fight on that ridge, it will not be because the Japanese came looking for one. It will be because Frinovsky's men gave them a reason. The question is whom to say it to, and how loudly.
Voroshilov is the Defence Commissar, and a telegram marked secret goes to him alone. Stalin reads everything, and forgives very little.
How do you raise your suspicion of an NKVD provocation? # decision: jul27_secret_telegram # discuss: Is a secret message to one patron safer than an open report to everyone? # discuss: When is silence the responsible choice?
+ [An open report to Stalin, copied to Voroshilov, Mekhlis and Frinovsky.]
    If it must be said, it will be said where everyone can see it. You send a report to Stalin, copies to all three, laying out what you know about the crest and asking Moscow to rein in the border troops before the Japanese do it for them. # option: open_to_stalin
    ~ trust(-5)
    ~ denounce(1)
    ~ escalate(-5)
    Moscow does not reply. But the next morning the border troops receive an instruction, from their own chain, not to fire first. Frinovsky's liaison will not look you in the eye, and Mekhlis starts a new notebook.
+ [A secret telegram to Voroshilov alone: the NKVD, not the Japanese, violated the border.]
    You write it, mark it secret and personal, and send it to Voroshilov. The border guards, not the Japanese, are the violators. # option: secret_to_voroshilov # historical # source: kotkin-2017
    ~ trust(-10)
    ~ denounce(1)
    Voroshilov's reply comes on the 28th. He rejects every word of it, and he addresses it not to you alone but to you, Mekhlis and Frinovsky together. # source: kotkin-2017
    Privately, you learn later, he asks Mekhlis to look into you. # source: kotkin-2017
    You read the reply twice and then sit for a long time with your hand flat on it. The Defence Commissar has just handed your secret to the two men it was about.
+ [Say nothing. Tomorrow the guns may decide it, and a Marshal who accused the NKVD will not be the one commanding them.]
    You tear the form in half. Whatever happens on the ridge, you will face it as a soldier who obeyed, not as a man who complained. # option: stay_silent
    ~ trust(5)
    It is a strange relief. For one night nobody in Moscow is reading anything you wrote.
- -> bezymyannaya
