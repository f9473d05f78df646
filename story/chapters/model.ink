// The model: every rule that moves a number lives here. story/README.md states each rule,
// why it is shaped so, and its sources. Functions print nothing, except fmt().

=== function clamp100(x) ===
~ return MIN(100, MAX(0, x))

// Moscow's trust in the Front commander, 0 to 100.
=== function trust(d) ===
~ stalin_trust = clamp100(stalin_trust + d)

// Risk that the border fight becomes a wider war, 0 to 100.
=== function escalate(d) ===
~ escalation = clamp100(escalation + d)

// A report against Blyukher reaches Moscow (Mekhlis, Frinovsky, the political departments):
// each one costs five points of trust.
=== function denounce(n) ===
~ trust(-5 * n)

// On 1 August Moscow's view of July settles into a verdict: trust and escalation are rounded
// to the nearest ten, the finest resolution the model claims. The July helpers that nothing
// reads again are reset, so that equivalent states merge for the explorer.
=== function settle_july() ===
~ stalin_trust = clamp100(((stalin_trust + 5) / 10) * 10)
~ escalation = clamp100(((escalation + 5) / 10) * 10)
{ commission == "clean":
    ~ commission = "none"
}

// Korean settlements across the Tumen struck by Soviet bombs or shells. Each strike with people
// in it adds to the risk of war; an evacuated village burns empty, and Tokyo has roofs to
// photograph but no dead to avenge.
=== function hit_villages(n) ===
~ korean_villages_hit = korean_villages_hit + n
~ villages_struck = villages_struck or n > 0
{ not villages_evacuated:
    ~ escalate(2 * n)
}

// Percentage applied to Soviet losses in the August fighting.
=== function soviet_mult() ===
~ temp m = 100
{ attack_plan != "none" and not at_front:
    ~ m = m + 10
}
{ emperor_allows_air:
    ~ m = m + 30
}
{ flank == "guns":
    ~ m = m - 15
}
{ flank == "column":
    ~ m = m - 20
}
{ attack_plan == "concentrated":
    ~ m = m - 20
}
{ reinforcements_sooner:
    ~ m = m - 10
}
{ tanks_decided and not tanks_in_marsh:
    ~ m = m + 10
}
~ return m

// Percentage applied to Japanese losses in the August fighting.
=== function japanese_mult() ===
~ temp m = 100
{ flank == "guns":
    ~ m = m + 20
}
{ flank == "column":
    ~ m = m + 30
}
{ emperor_allows_air:
    ~ m = m - 10
}
~ return m

// Moscow reads each engagement's dead in round hundreds. The exact figures only add up and
// get printed, so the explorer can merge paths that differ in them (DESIGN.md 4); what Moscow
// reacts to is this coarser count.
=== function report_dead(k) ===
~ moscow_hundreds = moscow_hundreds + (k + 50) / 100

// Losses of one engagement, scaled by the multipliers above.
=== function fight(sk, sw, jk, jw) ===
~ temp ms = soviet_mult()
~ temp mj = japanese_mult()
~ temp killed = (sk * ms) / 100
~ report_dead(killed)
~ soviet_killed = soviet_killed + killed
~ soviet_wounded = soviet_wounded + (sw * ms) / 100
~ japanese_killed = japanese_killed + (jk * mj) / 100
~ japanese_wounded = japanese_wounded + (jw * mj) / 100

// Losses of an engagement that no August choice touches (July skirmishes).
=== function fight_raw(sk, sw, jk, jw) ===
~ report_dead(sk)
~ soviet_killed = soviet_killed + sk
~ soviet_wounded = soviet_wounded + sw
~ japanese_killed = japanese_killed + jk
~ japanese_wounded = japanese_wounded + jw

// 29 July at Bezymyannaya: the skirmish costs about the same whoever wins it; what the
// decision changes is the crest's defence that night and what Tokyo concludes.
=== function skirmish_losses() ===
~ fight_raw(5, 9, 8, 16)

// Troops arriving in the Khasan sector. from_elsewhere counts them as reinforcements too.
=== function commit_troops(n, from_elsewhere) ===
~ soviet_troops = soviet_troops + n
{ from_elsewhere:
    ~ reinforcements = reinforcements + n
}

// Tanks lost in one attack: the marsh corridor swallows them, firm ground spares them.
=== function tank_losses(in_marsh, held_back) ===
{ tanks_in_marsh:
    ~ tanks_lost = tanks_lost + in_marsh
- else:
    ~ tanks_lost = tanks_lost + held_back
}

// Night of 30-31 July: how well the crest is held when Sato's regiment comes over the Tumen.
// forward_strength: 0 border guards alone, 1 two regiments near (historical), 2 a division
// with registered guns. Fire support on 29 July means the guns are already in action.
=== function defence_of_crest() ===
~ temp d = forward_strength
{ fire_support:
    ~ d = d + 1
}
{ crest_works == "none":
    ~ d = d - 1
}
~ return d

=== function night_attack() ===
~ temp d = defence_of_crest()
{ emperor_allows_air:
    ~ escalate(5)
}
~ escalate(10)
{
- d >= 3:
    ~ heights = "soviet"
    ~ fight_raw(40, 110, 120, 260)
- d == 2:
    ~ heights = "contested"
    ~ fight_raw(60, 140, 60, 150)
- d == 1:
    ~ heights = "japanese"
    ~ fight_raw(30, 40, 20, 50)
- else:
    ~ heights = "japanese"
    ~ fight_raw(45, 30, 10, 25)
}

// 2 August: the 40th Division attacks off the march.
=== function first_attack() ===
~ temp score = 0
{ heights == "contested":
    ~ score = score + 1
}
{ weather == "clear":
    ~ score = score + 1
}
{ reinforcements_sooner:
    ~ score = score + 1
}
{ emperor_allows_air:
    ~ score = score - 1
}
{ weather == "clear":
    ~ fight(150, 520, 140, 240)
- else:
    ~ fight(180, 620, 110, 190)
}
~ tank_losses(24, 3)
{ score >= 1:
    ~ heights = "contested"
}

// 3 August: with reinforcements come early, a concentrated blow before Japan's offer.
=== function early_concentrated_attack() ===
~ fight(150, 560, 150, 260)
~ tank_losses(16, 2)
~ heights = "contested"

// 4-5 August: artillery duels while the corps gathers.
=== function artillery_duels() ===
~ fight(40, 150, 39, 80)
~ hit_villages(2)

// 6 (or 8) August: the general assault after the massed air strike.
=== function general_assault() ===
{ assault_day == 6:
    ~ fight(300, 1100, 200, 350)
- else:
    ~ fight(240, 880, 200, 350)
}
~ tank_losses(46, 5)
~ hit_villages(1)
~ heights = "contested"

// 7-9 August: fighting for the crests. The night of 10 August is the player's choice
// (aug10_press_summit), so its losses are added there.
=== function crest_fighting() ===
{ assault_day == 6:
    ~ fight(160, 800, 103, 160)
- else:
    ~ fight(80, 360, 60, 100)
}
~ hit_villages(1)

// Who holds the summit when the guns stop at noon on 11 August.
=== function crest_at_ceasefire() ===
~ temp s = 1
{ assault_day == 6:
    ~ s = s + 1
}
// A clear morning on the 6th gives the bombers and guns the whole day (fog_lifts_early).
{ assault_day == 6 and fog_lifts_early:
    ~ s = s + 1
}
{ emperor_allows_air:
    ~ s = s - 1
}
{ flank == "column":
    ~ s = s + 1
}
{ attack_plan == "concentrated":
    ~ s = s + 1
}
{ aug10_press_summit == "hold_lines":
    ~ s = s - 1
}
// Infantry that crossed the marsh without armour beside them stop short more often.
{ tanks_decided and not tanks_in_marsh:
    ~ s = s - 1
}
// From Khabarovsk nobody with the Front's authority is there to put in the last reserve.
{ not at_front:
    ~ s = s - 1
}
{ s >= 1:
    ~ heights = "soviet"
- else:
    ~ heights = "japanese"
}

// How the Main Military Council weighs the Marshal: trust (the files against him are already in it), minus
// the dead the Council will count (in Moscow's hundreds), minus Lyushkov's tales when Moscow
// believes what Sorge relays.
=== function council_score() ===
~ temp s = stalin_trust
{ sorge_believed:
    ~ s = s - 5
}
{ moscow_hundreds > 9:
    ~ s = s - 10
}
// Advice to take Japan's offer is the "defeatism" of Order 0040 (Mekhlis's word for it on the 4th).
{ aug4_ceasefire_offer == "accept":
    ~ s = s - 10
}
// A commander who ran the battle from the scene answers for everything that went wrong there.
{ at_front:
    ~ s = s - 5
}
~ return s

// The Council when the ridge held in July (chapter 10): trust, Lyushkov's tales as above, and
// Stern's letters, which count for the Marshal when he sent them on himself and against him
// when Voroshilov reads them out first.
=== function held_council_score() ===
~ temp s = stalin_trust
{ sorge_believed:
    ~ s = s - 5
}
{ aug22_stern_letters == "forward_them":
    ~ s = s + 10
- else:
    ~ s = s - 10
}
~ return s

// Numbers in prose are printed like the status line: 15,000.
=== function fmt(n) ===
{
- n >= 1000:
    ~ temp rest = n mod 1000
    {n / 1000},{rest < 100:0}{rest < 10:0}{rest}
- else:
    {n}
}
