// Chapter 1: early and mid July 1938, Khabarovsk. The crest is dug; the Japanese gather.

=== crest ===
~ weather = "clear"
Khabarovsk, headquarters of the Far Eastern Front. Until the first of July it was the Special Red Banner Far Eastern Army; now it is a Front, with more divisions, more paper, and more men from Moscow reading the paper. # date: 1938-07-08 # source: tankarchives-2024
You are Vasily Konstantinovich Blyukher, Marshal of the Soviet Union, forty-eight years old. You have not slept through a night since June. # source: kiwix-blyukher
In June two men came from Moscow to hunt for enemies in your command. Lev Mekhlis heads the army's political directorate. Mikhail Frinovsky is first deputy of the NKVD; he ran its border guards before his promotion, and the guards on this frontier still answer to him. # source: wikisum-blyukher # source: encycloreader-frinovsky # source: sledturmnkvd-border
They came because Genrikh Lyushkov, the NKVD's chief in the Far East, walked over to the Manchukuo border guards near Hunchun in the middle of June, carrying papers about your divisions. # source: podarilove-lyushkov
Tonight your chief of operations puts a copy of a signal on your desk. The 59th border detachment at Posyet has asked its own chain for leave to occupy the high ground west of Lake Khasan. # source: wikisum-khasan
"They are already up there," he says. "The paper is for Frinovsky."
West of the lake a ridge rises out of the marsh. Its southern summit is Zaozernaya, which the Japanese call Changkufeng; a little to the north is a lower hill your maps call Bezymyannaya, the nameless one. From the top a man with field glasses can see Posyet Bay one way and the Korean port of Rashin the other. # source: gse-khasan # source: wikisum-khasan # source: time-changkufeng
Where the border runs on that crest depends on whose paper you read. By the Soviet copy of the Hunchun protocol of 1886, the summit is yours; Tokyo, speaking for Manchukuo, reads the treaties the other way. # source: frus-d464 # source: time-changkufeng
Now, a few men at a time and at night, the border guards are wiring and trenching the summit. Posyet proposed it and Frinovsky approved it. Nobody asked the army. # source: wikisum-khasan # source: liquisearch-khasan
What do you do about the crest? # decision: jul_crest_fortification # discuss: Who should decide what is built on a disputed border, the frontier police or the army that will have to fight for it? # discuss: Is it worth a personal risk to stop a small provocation before it becomes a large one?
+ [Leave the crest to Frinovsky's border troops. It is their line and their business.]
    ~ jul_crest_fortification = "leave_to_nkvd"
    You hand the signal back. "File it. The frontier belongs to the NKVD." # option: leave_to_nkvd # historical
    ~ crest_works = "over_line"
    ~ escalate(10)
    Nobody says aloud what you both think: a guard with a shovel in the dark does not always know which side of a line he is standing on. Over the next fortnight the works on Zaozernaya grow, a few metres at a time. # source: wikisum-khasan
+ [Send army engineers to site the works on the line the maps show, not a step beyond.]
    ~ jul_crest_fortification = "site_on_line"
    "The engineer of the 40th Division goes up with the Hunchun map and a tape," you say. "Nobody digs where he has not put a peg." # option: site_on_line
    ~ crest_works = "on_line"
    ~ trust(-5)
    ~ denounce(1)
    ~ escalate(5)
    He moves a stretch of wire and has a trench filled in on the western lip. The detachment commander complains to Frinovsky, and Frinovsky writes to Moscow about the Marshal's tenderness toward the Japanese frontier.
+ [Ask Moscow to stop the digging altogether: an empty crest gives Tokyo nothing to point at.]
    ~ jul_crest_fortification = "halt_digging"
    You write to Voroshilov yourself: fortifying a disputed summit without the army invites a clash the Front is not ready for. # option: halt_digging
    ~ crest_works = "none"
    ~ trust(-10)
    ~ denounce(1)
    ~ escalate(-10)
    The answer takes a week and comes back through Frinovsky. The digging stops; the guards go back to their post at the foot of the hill. In Mekhlis's office a note asks why the Front commander is so anxious not to annoy the Japanese.
- -> reinforce

=== reinforce ===
~ weather = "rain"
Rain, and news from Moscow. # date: 1938-07-16
Yesterday the Japanese chargé d'affaires demanded at the Foreign Commissariat that Soviet troops and their new works leave the two hills. He was refused. The same day a Japanese gendarme was shot dead by a border guard on the slope below Zaozernaya. # source: kotkin-2017 # source: liquisearch-khasan # source: alternathistory-khasan
Listening posts on the Tumen report trains unloading on the Korean side: Lieutenant-General Suetaka's 19th Division of the Korea Army is drawing in toward the hill. Across the border the Kwantung Army has been pressing the Korea Army to act. # source: goldman-2012 # source: liquisearch-khasan
{ jul_crest_fortification == "leave_to_nkvd":
    On the crest the border guards are still digging. Their trench has a shape a Japanese officer could draw from memory. # claim: jul_crest_fortification=leave_to_nkvd
}
{ jul_crest_fortification == "site_on_line":
    On the crest your engineer's pegs still mark the line. It has not made the hill less provocative, only more correct. # claim: jul_crest_fortification=site_on_line
}
{ jul_crest_fortification == "halt_digging":
    The crest is quiet since your letter stopped the digging: old wire and the wind. # claim: jul_crest_fortification=halt_digging
}
The 40th Rifle Division is quartered around Posyet, two days from the hills if the roads hold. Your chief of staff, Komkor Grigory Stern, thirty-seven, clever and careful, lays out the choices. You do not know yet whom he writes to. # source: goldman-2012 # source: dezxc-shtern
"Move a division up to the lake," he says, "and the Japanese will call it a provocation and Moscow will call it vigilance. I cannot tell you which will be louder."
How strongly do you back the border guards? # decision: jul16_reinforce_border # discuss: Does a show of strength deter an enemy, or give him the excuse he was waiting for?
+ [Move the whole 40th Division up, and have its guns registered on the crest.]
    ~ jul16_reinforce_border = "whole_division"
    "All of it," you tell Stern, "and the artillery laid on the western slopes by the end of the week." # option: whole_division
    ~ forward_strength = 2
    ~ commit_troops(7000, false)
    ~ escalate(15)
    ~ trust(5)
    The gunners spend three days under canvas working out ranges. Across the river the Japanese count the tractors and the new radio traffic. Voroshilov sends a one-line approval.
+ [Alert the 40th Division and send two regiments under Colonel Bazarov toward the hills.]
    ~ jul16_reinforce_border = "two_regiments"
    You put the 40th Division on alert and send Colonel Bazarov forward with two of its regiments, close enough to help and far enough back to deny. # option: two_regiments # historical # source: goldman-2012
    ~ forward_strength = 1
    ~ commit_troops(4000, false)
    ~ escalate(5)
    Bazarov's men march through the rain and camp in the wet behind the hills. Nobody has told them what they are there for.
+ [Keep the field army back. Let the border guards hold their own line.]
    ~ jul16_reinforce_border = "hold_back"
    "We do not move," you say. "Put an army at the foot of those hills and the next thing on them will be an army from the other side." # option: hold_back
    ~ forward_strength = 0
    ~ escalate(-5)
    ~ trust(-10)
    The 40th stays in its camps. Under Zaozernaya the border post is a few dozen men, a telephone and a machine gun, facing a division. By the end of the week your words are in Mekhlis's notebook.
- -> the_commission
