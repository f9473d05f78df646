# title: Khasan 1938
# author: Khasan 1938 contributors
# version: 0.2.0

// Khasan 1938: the campaign. You are Marshal Vasily Blyukher, commander of the Far Eastern
// Front, from the border crisis of July 1938 to the aftermath. The model (every rule that moves
// a number) lives in chapters/model.ink and is documented in story/README.md.

// ---- Tracked variables (story/variables.json describes them) ----
VAR soviet_troops = 1000
VAR reinforcements = 0
VAR weather = "clear"
VAR soviet_killed = 0
VAR soviet_wounded = 0
VAR japanese_killed = 0
VAR japanese_wounded = 0
VAR tanks_lost = 0
VAR korean_villages_hit = 0
VAR stalin_trust = 70
VAR escalation = 10
VAR heights = "soviet"
VAR blyukher_fate = "command"

// ---- Premises: what-if switches, set by a runner before the first line ----
// Defaults are the historical values.
VAR fog_lifts_early = false
VAR emperor_allows_air = false
VAR sorge_believed = false
VAR villages_evacuated = false
VAR reinforcements_sooner = false

// ---- Internal state of the model (not shown to players) ----
VAR crest_works = "over_line"
VAR forward_strength = 1
VAR fire_support = false
VAR commission = "none"
VAR at_front = false
VAR attack_plan = "none"
VAR tanks_decided = false
VAR tanks_in_marsh = false
VAR flank = "none"
VAR assault_day = 6
VAR moscow_hundreds = 0
VAR villages_struck = false
VAR moscow_accepts = false

// ---- Decisions: each stores the option taken ("none" until taken; DESIGN.md 3.2) ----
VAR jul_crest_fortification = "none"
VAR jul16_reinforce_border = "none"
VAR jul24_border_commission = "none"
VAR handle_mekhlis_frinovsky = "none"
VAR jul27_secret_telegram = "none"
VAR jul29_fire_support = "none"
VAR aug1_bombing_order = "none"
VAR aug1_go_to_front = "none"
VAR aug1_piecemeal_attack = "none"
VAR aug2_tanks_in_marsh = "none"
VAR flank_via_manchukuo = "none"
VAR aug4_ceasefire_offer = "none"
VAR aug6_general_assault = "none"
VAR aug10_press_summit = "none"
VAR aug8_crest_garrison = "none"
VAR aug15_operations_chief = "none"
VAR aug22_stern_letters = "none"
VAR aug31_military_council = "none"

INCLUDE chapters/model.ink
INCLUDE chapters/01-july.ink
INCLUDE chapters/02-telegrams.ink
INCLUDE chapters/03-bezymyannaya.ink
INCLUDE chapters/04-the-call.ink
INCLUDE chapters/05-the-marsh.ink
INCLUDE chapters/06-the-offer.ink
INCLUDE chapters/07-the-assault.ink
INCLUDE chapters/08-the-council.ink
INCLUDE chapters/09-endings.ink
INCLUDE chapters/10-an-uneasy-august.ink

-> crest
