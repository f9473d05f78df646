// Chapter 3: 29-31 July. The first shots at Bezymyannaya, then the night attack.

=== bezymyannaya ===
~ weather = "fog"
The telephone from Posyet rings a little after ten in the morning, and the duty officer's voice has gone up half an octave. # date: 1938-07-29
A Japanese patrol spotted border guards digging on the south side of Bezymyannaya, the lower, northern hill. Within hours a Japanese unit has come over the line at the little post there. The post is a lieutenant called Makhalin and a handful of men. # source: kasahara-2021 # source: podarilove-tereshkin
From the summit of Zaozernaya, a short way to the south, the border guards have a heavy machine gun that can reach the attackers' flank. Their commissar, Bogdanov, has refused to open fire with it. He does not want to be the man who turned a scuffle into a war. # source: podarilove-tereshkin
{ forward_strength == 2:
    Behind the hills the 40th Division's guns have been laid on the western slopes for a week. One word, and they can drop shells on the Japanese before the post is overrun.
}
{ forward_strength == 1:
    Bazarov's regiments are behind the hills, a couple of hours' march away. Their guns could be in action by afternoon if someone gives the order.
}
{ forward_strength == 0:
    There are no field troops near. The border guards on the two hills are alone, and the nearest army guns are a day's march off.
}
The border guards are Frinovsky's, not yours. But the duty officer is asking you, because someone must decide, and because the line to Frinovsky's people is suddenly busy.
"They are asking whether the army wants them to fire," he says. "Bogdanov says no. Makhalin's men are fighting with rifles and grenades."
Do you overrule Bogdanov and give the post fire support? # decision: jul29_fire_support # discuss: Is it right to let a small post be overrun to keep a border clash small? # discuss: Who should decide when the first shots are fired: the man on the spot, or the commander far away?
+ [Overrule him. The machine gun opens up from Zaozernaya and the army's guns fire on the attackers.]
    "Tell Bogdanov the Front commander orders him to fire," you say. "And get me the artillery." # option: support
    ~ fire_support = true
    ~ skirmish_losses()
    ~ escalate(15)
    ~ trust(5)
    The heavy machine gun on Zaozernaya catches the Japanese in the open on the slope. { forward_strength >= 1: Half an hour later the first army shells fall on the ground behind them. } The attack breaks before it reaches the trench. Makhalin's post holds, though he has lost men and the wounded lie in the mud waiting for carts.
    By evening the border is quiet again, and two things are certain: there are Japanese dead on the slope, and Tokyo has a story to tell about Soviet artillery.
+ [Let Bogdanov's decision stand. No heavy guns, no machine gun from Zaozernaya.]
    "Bogdanov is right," you say. "No guns. If we answer with artillery today, tomorrow they answer with a division." # option: no_support # historical # source: podarilove-tereshkin
    ~ fire_support = false
    ~ skirmish_losses()
    ~ escalate(5)
    The afternoon is long. The post is overrun; Lieutenant Makhalin is killed. Then a relief group of border guards goes up the slope, and by evening the duty officer reports, in a steadier voice, that Bezymyannaya is back in Soviet hands. # source: podarilove-tereshkin # source: gse-khasan
    You put the telephone down and look at the map for a long time. The Japanese know now that the Soviet side will not shoot first with its big guns. You wonder what they will do with that knowledge.
- -> night_attack_scene

=== night_attack_scene ===
~ weather = "fog"
~ night_attack()
The reports come in during the small hours, out of order, from posts that have stopped answering and then start again. # date: 1938-07-31
Under cover of darkness and the river mist, Japanese infantry of the 19th Division have crossed the Tumen. The main body is Colonel Sato Kotoku's 75th Infantry Regiment. They are climbing both hills at once. # source: gse-khasan # source: liquisearch-khasan # source: coox-1977
{ heights == "japanese" and defence_of_crest() <= 0:
    The border guards fight in their trenches until there is no one left to fight. There is no one behind them. By dawn both summits, Zaozernaya and Bezymyannaya, belong to the Japanese, and the handful of guards who got away are wading back through the marsh toward the lake.
}
{ heights == "japanese" and defence_of_crest() == 1:
    The border guards hold as long as men with rifles can hold against a regiment. Bazarov's troops are too far back to help in the dark. By first light the Japanese are on both summits, Zaozernaya and Bezymyannaya, digging in with their backs to the Tumen. # source: gse-khasan # source: paperspast-st-0811
}
{ heights == "contested":
    The army's forward troops are close enough to matter this time. The fight on Zaozernaya goes on in the dark until the Japanese have the southern summit and the northern hill is still half yours. At first light the two sides are a grenade's throw apart on the ridge, and neither owns it.
}
{ heights == "soviet":
    This time the guns are laid and the men are in the trenches. When the Japanese come up the slope, the 40th Division's artillery falls on the ground they must cross, exactly where it was registered, and the machine guns on the crest do the rest. The attack breaks twice. At dawn the Japanese pull back across the river, carrying their wounded. Both summits are still Soviet.
}
{ heights != "soviet":
    From here on, though you have no way of knowing it this morning, Sato's men will not attack again. They mean to sit on the hills and make you pay to take them back. # source: liquisearch-khasan # source: coox-1977
}
// The July helpers are not read again: reset them so equivalent states merge.
~ crest_works = "over_line"
~ fire_support = false
{ heights == "soviet":
    ~ trust(10)
    { escalation >= 60:
        -> widening
    - else:
        -> held_ridge
    }
- else:
    ~ trust(-5)
    -> the_call
}

=== widening ===
The success lasts less than a day. # date: 1938-07-31
The attack that failed was watched from Seoul and from Tokyo. The guns you registered, the division you moved, the shells on the Japanese flank two days ago: all of it is now proof, in the Korea Army's reports, that the Soviet side is preparing something larger. The Korea Army lets Suetaka put in more of his division, and by nightfall fresh battalions are across the Tumen and clawing back onto the southern summit. # source: goldman-2012
~ heights = "contested"
~ fight_raw(30, 80, 30, 60)
~ escalate(5)
By midnight the ridge is shared between the living of both sides, and a great many of the dead.
-> the_call
