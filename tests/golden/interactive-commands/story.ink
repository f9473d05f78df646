# title: Khasan 1938 (test fixture)
# author: Khasan 1938 contributors
# version: 0.0.1

// Placeholder campaign: a short stand-in that follows the story contract (DESIGN.md 3)
// until the full campaign lands. Four dated decisions, two endings.

VAR soviet_troops = 3000
VAR weather = "fog"
VAR soviet_killed = 0
VAR soviet_wounded = 0
VAR stalin_trust = 60
VAR escalation = 20
VAR heights = "japanese"
VAR blyukher_fate = "command"
VAR fog_lifts_early = false

-> late_july

=== late_july ===
Khabarovsk. The border guards at Posyet report Japanese troops gathering below Zaozernaya. # date: 1938-07-29 # source: gse-khasan
Moscow wants to know what you are doing about it. # decision: jul29_fire_support # discuss: Should a commander risk a wider war to save one border post?
* [Order the guns to support the border post]
  The heavy machine guns open up from Zaozernaya. # option: support
  ~ escalation += 15
  ~ stalin_trust += 5
* [Hold fire and report to Moscow]
  The guns stay silent; the post falls and is retaken by evening. # option: hold # historical # source: podarilove-tereshkin
  ~ soviet_killed += 10
- -> the_call

=== the_call ===
{ fog_lifts_early:
    ~ weather = "clear"
}
The high-frequency telephone rings: Stalin demands that you bomb the heights at once. # date: 1938-08-01 # source: kotkin-2017
The weather over the heights is {weather}. # decision: aug1_bombing_order # discuss: What do you owe an order you believe is wrong?
* [Send the bombers regardless]
  The aircraft take off into the murk. # option: bomb # historical # source: rasstrelyannye-geroi
  ~ stalin_trust += 10
  ~ escalation += 10
* [Wait for the fog to lift]
  You tell Moscow the planes will fly when the pilots can see the ground. # option: wait
  ~ stalin_trust -= 25
- -> the_assault

=== the_assault ===
The 40th Rifle Division stands on the road from Posyet, still strung out on the march. # date: 1938-08-02 # source: goldman-2012
Attack now, or wait for the corps? # decision: aug1_piecemeal_attack
* [Attack at once, off the march]
  The regiments go in along the marshy corridor and are thrown back. # option: attack_now # historical # source: goldman-2012
  ~ soviet_killed += 300
  ~ soviet_wounded += 1200
  ~ soviet_troops += 12000
* [Wait until the corps is concentrated]
  You hold the attack back and bring up the whole corps. # option: wait_corps
  ~ soviet_killed += 120
  ~ soviet_wounded += 500
  ~ soviet_troops += 12000
  ~ stalin_trust -= 15
- -> the_council

=== the_council ===
~ soviet_killed += 480
~ soviet_wounded += 1600
~ heights = "soviet"
The heights are in Soviet hands when the cease-fire takes hold at noon. # date: 1938-08-11 # source: frus-d475
In Moscow, the Main Military Council meets to judge the campaign. # date: 1938-08-31 # decision: aug31_military_council
* [Accept the criticism in silence]
  You say little, and Voroshilov says the rest. # option: silent # historical # source: conquest-great-terror
  -> arrest
* {stalin_trust >= 50} [Defend your conduct of the battle]
  You defend every order you gave. # option: defend
  -> kept_command
* {stalin_trust < 50} [Blame the border troops of the NKVD]
  You name Frinovsky's men as the ones who moved the line. # option: blame
  -> arrest

=== arrest ===
~ blyukher_fate = "died_in_custody"
Arrested on 22 October, you die in Lefortovo prison on 9 November 1938. # ending: purged # historical # source: conquest-great-terror
-> END

=== kept_command ===
~ blyukher_fate = "command"
For now, Moscow lets you keep your command. # ending: kept_command
-> END
