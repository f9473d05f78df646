// Chapter 1: early and mid July 1938, Khabarovsk. The crest is dug; the Japanese gather.

=== crest ===
~ weather = "clear"
Khabarovsk, the headquarters of the Far Eastern Front. The name on the door is a week old and the paint still smells. # date: 1938-07-08 # source: tankarchives-2024
Your army was called the Special Red Banner Far Eastern Army until the first of July. Now it is a Front, which means more divisions, more paper, and more men from Moscow reading the paper. # source: tankarchives-2024
You are Vasily Konstantinovich Blyukher, Marshal of the Soviet Union, forty-eight years old, and you have not slept through a night since June. # source: kiwix-blyukher
Two of the men reading your paper arrived from Moscow in June with orders nobody showed you. Lev Mekhlis runs the Red Army's political directorate. Mikhail Frinovsky is first deputy to Yezhov in the NKVD and commands every border guard in the Union. They came to find enemies, and so far they have found plenty. # source: wikisum-blyukher
The reason they came is a man called Genrikh Lyushkov. In the middle of June the NKVD chief of the whole Far East walked across the frontier near Hunchun, in the sector of the 59th Posyet border detachment, and gave himself up to the Manchukuo border guards with a case full of documents about your divisions. # source: podarilove-lyushkov
Since then every officer in the Front has been asking himself who Lyushkov named. Some of them have stopped asking, because they are gone.
Tonight your chief of operations lays a signal on your desk without a word. It is a copy of something the 59th detachment sent up its own chain the day before: a formal request to occupy the high ground west of Lake Khasan. # source: wikisum-khasan
"To occupy," you say. "It says occupy. My information is that they are already up there."
"So is mine, Comrade Marshal. The paper is for Frinovsky. Now it is in order."
You pull the map across. Lake Khasan is a thumbprint of water a few kilometres from where the Soviet Union, Manchukuo and Japanese Korea meet, close to where the Tumen runs into the sea. West of the lake a ridge rises out of the marsh. Its southern summit is Zaozernaya, the hill beyond the lake. The Manchurians and Japanese call it Changkufeng. A little to the north sits a lower bump your maps call Bezymyannaya, the nameless one. # source: gse-khasan # source: wikisum-khasan
From the top of Zaozernaya a man with binoculars can watch Posyet Bay on one side and, on the other, the Korean port of Rashin and the railways that feed Japan's armies in Manchuria. Whoever sits on it looks straight into the other side's kitchen. # source: time-changkufeng
Where exactly the border runs along that crest depends on which paper you believe. The line goes back to the Peking convention of 1860 and a protocol signed at Hunchun in 1886. The map that goes with the protocol puts the crest on your side. Tokyo, speaking for Manchukuo, reads the same papers and puts the crest on theirs. # source: frus-d464 # source: time-changkufeng
Now the border guards are wiring and trenching the summit, a few men at a time, at night. # source: wikisum-khasan # source: liquisearch-khasan
"Whose idea?" you ask.
"Posyet proposed it. Frinovsky approved it. The army was not asked."
The army was not asked about a great many things this summer. You know what the Japanese will see when the fog clears off that ridge in the morning: fresh earth, new wire, and men in green caps where there were none before. You also know what Frinovsky will write to Moscow if the Marshal of the Soviet Union starts arguing with the NKVD about a few metres of spoil on a hilltop.
The chief of operations waits. He has a wife and two sons in the flats behind the headquarters, and you know he checks the stairwell every evening to see whose door has been sealed.
What do you do about the crest? # decision: jul_crest_fortification # discuss: Who should decide what is built on a disputed border, the frontier police or the army that will have to fight for it? # discuss: Is it worth a personal risk to stop a small provocation before it becomes a large one?
+ [Leave the crest to Frinovsky's border troops. It is their line and their business.]
    You hand the signal back. "File it. The frontier belongs to the NKVD. Let them dig." # option: leave_to_nkvd # historical
    ~ crest_works = "over_line"
    ~ escalate(10)
    The chief of operations files it. Neither of you says what you both think: that a border guard with a shovel in the dark does not always know which side of a line he is standing on.
    Over the next fortnight the works on Zaozernaya grow, a few metres of wire and a few metres of trench at a time. # source: wikisum-khasan
+ [Send army engineers to site the works on the line the maps show, not a step beyond.]
    "Get me the engineer of the 40th Division," you say. "He goes up that hill with the Hunchun map and a tape measure, and nobody digs where he has not put a peg." # option: site_on_line
    ~ crest_works = "on_line"
    ~ trust(-5)
    ~ denounce(1)
    ~ escalate(5)
    The engineer goes up two nights later. He moves a stretch of wire and has a trench filled in on the western lip, where the border guards had been digging toward Manchuria without knowing it.
    The detachment commander complains in writing. His complaint goes to Frinovsky, and Frinovsky's goes to Moscow, with a phrase in it about the Marshal's unusual tenderness toward the Japanese frontier.
+ [Ask Moscow to stop the digging altogether: an empty crest gives Tokyo nothing to point at.]
    You draft it yourself, in plain words, to Voroshilov: the fortification of a disputed summit, undertaken without the army, invites a clash the Front is not ready for. You recommend that it stop. # option: halt_digging
    ~ crest_works = "none"
    ~ trust(-10)
    ~ denounce(1)
    Voroshilov passes the question upward. The answer takes a week and comes back through Frinovsky, which tells you everything about how it was received. The digging stops. The wire that is already up stays up; the men go back to their post at the foot of the hill.
    A note reaches Mekhlis's office, copied to nobody, asking why the Front commander is so anxious not to annoy the Japanese.
- -> reinforce

=== reinforce ===
~ weather = "rain"
The second half of July arrives with rain off the sea, and bad news from Moscow. # date: 1938-07-16
Yesterday the Japanese chargé d'affaires went to the Foreign Commissariat and demanded that Soviet troops and their new works be taken off the two hills. He was told no. # source: kotkin-2017 # source: liquisearch-khasan
The same day, on the slope below Zaozernaya, a Japanese gendarme came across the line and a border guard shot him dead. # source: alternathistory-khasan # source: liquisearch-khasan
Tonight the intelligence section brings you reports from the agents and the listening posts along the Tumen: trains unloading on the Korean side, columns on the roads toward the river, the 19th Division of the Korea Army drawing in toward the hill. You learn much later that Tokyo has ordered its commander, Lieutenant-General Suetaka, to concentrate near Changkufeng and to do nothing more without further orders. Tonight you know only that they are coming closer. # source: goldman-2012
{ crest_works == "over_line":
    Up on the crest the border guards are still digging. Their trench line now has a shape a Japanese officer could draw from memory.
}
{ crest_works == "on_line":
    Up on the crest your engineer's pegs still mark the line. It has not made the hill any less provocative, only more correct.
}
{ crest_works == "none":
    The crest is quiet. The border post sits at the foot of the hill and the summit holds only old wire and the wind.
}
The 40th Rifle Division is the nearest field formation, quartered around Posyet. Its regiments could be at the foot of the hills in two days, if the roads hold; in this season they often do not. # source: goldman-2012
Your chief of staff, Komkor Stern, lays out the choices without comment. Grigory Stern is thirty-eight, clever and careful, and you do not know yet whom he writes to.
"If we move a division up to the lake," he says, "the Japanese will see it, and so will Moscow. One will call it a provocation and the other will call it vigilance. I cannot tell you which of them will be louder."
How strongly do you back the border guards? # decision: jul16_reinforce_border # discuss: Does a show of strength deter an enemy, or give him the excuse he was waiting for?
+ [Move the whole 40th Division up, and have its guns registered on the crest.]
    "All of it," you tell Stern. "Every regiment, and the artillery. I want the guns laid on the western slopes before the end of the week, so that if anyone comes over that ridge we can answer in minutes, not hours." # option: whole_division
    ~ forward_strength = 2
    ~ commit_troops(7000, false)
    ~ escalate(15)
    ~ trust(5)
    The division moves. The gunners spend three days under canvas working out ranges to every fold of the western slope. Across the river the Japanese watch the tractors and the limbers come up the road, and their listening posts count the new radio traffic.
    Voroshilov sends a one-line approval. It is the first message from Moscow in a month that has not asked you to explain something.
+ [Alert the 40th Division and send two regiments under Colonel Bazarov toward the hills.]
    You put the 40th Division on alert and send Colonel Bazarov forward with two of its regiments, close enough to help and far enough back to deny that they are there. # option: two_regiments # historical # source: goldman-2012
    ~ forward_strength = 1
    ~ commit_troops(4000, false)
    ~ escalate(5)
    Bazarov's men march through the rain and camp in the wet behind the hills. They are there, which is something. Nobody has told them what they are there for, which is the Front's oldest habit.
+ [Keep the field army back. Let the border guards hold their own line.]
    "We do not move," you say. "The border is the NKVD's. If we put an army at the foot of those hills, the next thing on them will be an army from the other side." # option: hold_back
    ~ forward_strength = 0
    ~ escalate(-5)
    ~ trust(-10)
    Stern writes it down without expression. The 40th Division stays in its camps. In the rain the border post under Zaozernaya is a few dozen men, a telephone line and a machine gun, looking across at a Japanese division.
    Somebody at headquarters remembers your words exactly. By the end of the week they are in Mekhlis's notebook.
- -> the_commission
