// Chapter 3: 29-31 July. The first shots at Bezymyannaya, then the night attack.

=== bezymyannaya ===
~ weather = "fog"
The telephone from Posyet rings a little after ten, and the duty officer's voice has gone up half an octave. # date: 1938-07-29
At about half past nine a Japanese border patrol saw guards digging on the south side of Bezymyannaya, the lower, northern hill. The divisional commander, Suetaka, has ordered them pushed off, and by afternoon Japanese infantry are attacking the little post there: Lieutenant Makhalin and a handful of men. # source: kasahara-2021 # source: podarilove-tereshkin
On Zaozernaya, a short way south, the border guards have a heavy machine gun that could reach the attackers' flank. Their commissar, Bogdanov, will not fire it. He does not want to be the man who turned a scuffle into a war. # source: podarilove-tereshkin
{ jul27_secret_telegram == "open_to_stalin":
    Since your open report reached Moscow, the posts have orders not to fire first, and Bogdanov is obeying them to the letter. # claim: jul27_secret_telegram=open_to_stalin
}
{ handle_mekhlis_frinovsky == "denounce_first":
    Since your letter to Stalin, the posts have orders to keep to their line and not to fire first, and Bogdanov is obeying them to the letter. # claim: handle_mekhlis_frinovsky=denounce_first
}
{ forward_strength == 2:
    Behind the hills the 40th Division's guns have been laid on the western slopes for a week, as you ordered. One word and they can fire. # claim: jul16_reinforce_border=whole_division
}
{ forward_strength == 1:
    Bazarov's two regiments, which you sent forward, are a couple of hours' march behind the hills. Their guns could be in action by evening. # claim: jul16_reinforce_border=two_regiments
}
{ forward_strength == 0:
    You kept the field army back, so the nearest army guns are a day's march off. The border guards are alone. # claim: jul16_reinforce_border=hold_back
}
"They are asking whether the army wants them to fire," the duty officer says. "Bogdanov says no. Makhalin's men are fighting with rifles and grenades."
Do you overrule Bogdanov and give the post fire support? # decision: jul29_fire_support # discuss: Is it right to let a small post be overrun to keep a border clash small? # discuss: Who should decide when the first shots are fired: the man on the spot, or the commander far away?
+ [Overrule him. The machine gun opens up from Zaozernaya and the army's guns fire on the attackers.]
    ~ jul29_fire_support = "support"
    "Tell Bogdanov the Front commander orders him to fire," you say. "And get me the artillery." # option: support
    ~ fire_support = true
    ~ skirmish_losses()
    ~ escalate(15)
    ~ trust(5)
    The machine gun catches the Japanese in the open. { forward_strength >= 1: Army shells follow within the hour. } The attack breaks short of the trench, though Makhalin's wounded lie in the mud until dark. Tokyo now has a story about Soviet artillery.
+ [Let Bogdanov's decision stand. No heavy guns, no machine gun from Zaozernaya.]
    ~ jul29_fire_support = "no_support"
    "Bogdanov is right," you say. "If we answer with artillery today, tomorrow they answer with a division." # option: no_support # historical # source: podarilove-tereshkin
    ~ fire_support = false
    ~ skirmish_losses()
    ~ escalate(5)
    The post is overrun and Makhalin is killed. Then a relief group of border guards goes up the slope, and by evening the height is reported back in Soviet hands. The Japanese have learned that the Soviet side will not answer first with its big guns. # source: podarilove-tereshkin # source: gse-khasan
- -> night_attack_scene

=== night_attack_scene ===
~ weather = "fog"
~ night_attack()
The reports come in the small hours, out of order, from posts that stop answering and start again. # date: 1938-07-31
{ jul29_fire_support == "support":
    Two days after your guns fired across the slope at Bezymyannaya, the Japanese come back. # claim: jul29_fire_support=support
- else:
    Two days after you let Bogdanov hold his fire, the Japanese come back. # claim: jul29_fire_support=no_support
}
Under darkness and river mist, infantry of the 19th Division have crossed the Tumen, chiefly Colonel Sato Kotoku's 75th Regiment, and are climbing both hills at once. # source: gse-khasan # source: liquisearch-khasan
{ heights == "japanese" and defence_of_crest() <= 0:
    The border guards fight in their trenches with no one behind them. By dawn both summits are Japanese, and the few guards who got away are wading back through the marsh. # claim: jul16_reinforce_border=!whole_division
}
{ heights == "japanese" and defence_of_crest() == 1:
    The guards hold as long as rifles can hold against a regiment. A battalion of the 118th Rifle Regiment, dug in between the hills, keeps its ground, but cannot retake the summits in the dark. By first light the Japanese are on both, Zaozernaya and Bezymyannaya. # source: gse-khasan # source: loveread-74475 # source: paperspast-st-0811
}
{ heights == "contested":
    The army's forward troops are close enough to matter this time. By first light the Japanese have the southern summit and the northern hill is still half yours, the two sides a grenade's throw apart. # claim: jul16_reinforce_border=!hold_back
}
{ heights == "soviet":
    This time the guns are laid and the men are in the trenches. The attack breaks twice, and at dawn the Japanese go back across the river with their wounded. Both summits are still Soviet. # claim: jul16_reinforce_border=whole_division
}
{ heights != "soviet":
    Sato's men mean to sit on the hills and make you pay to take them back; when you come, they will counter-attack. Tokyo has told its commanders to keep the fight small. Its commanders on the spot are less sure. # source: liquisearch-khasan # source: goldman-2012
}
{ heights == "soviet":
    ~ trust(10)
    { escalation >= 60:
        -> widening
    - else:
        -> quiet_front
    }
- else:
    ~ trust(-5)
    -> the_call
}

=== widening ===
The success lasts less than a day. # date: 1938-07-31
In Seoul the Korea Army reads the broken attack as proof that the Soviet side is preparing something larger. { jul29_fire_support == "support": The shells you fired on the 29th are in every report. } Suetaka is allowed more of his division, and by nightfall fresh battalions are across the Tumen and back on the southern summit. # source: goldman-2012
~ heights = "contested"
~ fight_raw(30, 80, 30, 60)
~ escalate(5)
By midnight the ridge is shared between the living of both sides, and many of the dead.
-> the_call
