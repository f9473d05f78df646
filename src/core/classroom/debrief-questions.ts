/**
 * Debrief questions, chosen by what the class actually did: for each decision, one question
 * when the class did as happened in 1938 and another when it did not, plus questions for the
 * whole lesson. Written for this project; the facts behind them are in the record.
 */

import { ownEntry } from "../own-entry";
import type { LogEntry } from "../story/turn";

interface QuestionPair {
  /** Asked when the class took the historical option. */
  same: string;
  /** Asked when the class chose otherwise. */
  different: string;
}

const BY_DECISION: Readonly<Record<string, QuestionPair>> = {
  jul_crest_fortification: {
    same: "Like Blyukher, you left the crest to the NKVD. Who, in the end, was made to answer for what the border troops built?",
    different:
      "You stepped into the NKVD's business on the crest. What did that cost you in Moscow, and was it worth it?",
  },
  jul16_reinforce_border: {
    same: "You sent two regiments, as Blyukher did. Was that enough to deter, or just enough to be blamed?",
    different:
      "You changed how much army stood behind the border guards. Did strength make the Japanese more careful or more eager?",
  },
  jul24_border_commission: {
    same: "Your commission found the works over the line, as his did. Why could a true finding be turned into a charge of defeatism?",
    different:
      "You did not report what the real commission found. What does a commander owe the truth when the truth is dangerous?",
  },
  handle_mekhlis_frinovsky: {
    same: "You confronted the watchers, as Blyukher did. Could any way of dealing with them have kept you safe?",
    different:
      "You handled Mekhlis and Frinovsky differently from Blyukher. What did your choice say about how the purge worked?",
  },
  jul27_secret_telegram: {
    same: "Your secret telegram was not secret for long. Why did Voroshilov pass it on?",
    different:
      "You raised the suspicion another way. Whom could a commander trust with bad news in 1938?",
  },
  jul29_fire_support: {
    same: "The post on Bezymyannaya got no heavy fire, as in 1938. Was keeping the clash small worth the men on the hill?",
    different:
      "You gave the post fire support. Who should decide when a border incident becomes a battle?",
  },
  aug1_bombing_order: {
    same: "You bombed in the fog as Stalin demanded. Whom did those raids help, and whom did they endanger?",
    different:
      "You did not simply obey the bombing order. Was that caution, courage, or a political mistake?",
  },
  aug1_go_to_front: {
    same: "You went to the front when ordered. What did being there change, for the battle and for your own fate?",
    different: "You stayed away from the front. How would Moscow read that choice?",
  },
  aug1_piecemeal_attack: {
    same: "The 40th Division went in off the march, as it did historically. Why do commanders attack before they are ready?",
    different:
      "You waited for the corps. How did you weigh the lives saved against the charge of hesitation?",
  },
  aug2_tanks_in_marsh: {
    same: "The tanks went into the marsh, as they did. What does the loss of so many machines say about planning under pressure?",
    different: "You kept the tanks on firm ground. What did the infantry lose without them?",
  },
  flank_via_manchukuo: {
    same: "You stayed on your side of the line, as Moscow insisted. Why did a limited war suit both governments?",
    different:
      "You took the fight across the border. What would a wider war with Japan have meant in 1938?",
  },
  aug4_ceasefire_offer: {
    same: "Moscow refused Shigemitsu's offer, as in 1938. How many of the losses that followed were the price of a hill and a map?",
    different:
      "You accepted the offer. Why did the memory of the 1937 Amur retreat make that so hard for Stalin?",
  },
  aug6_general_assault: {
    same: "The general assault went in on 6 August. How was the massed blow different from the first attacks, and why did the crests stay contested anyway?",
    different:
      "You postponed the general assault. What did waiting gain, and what did it risk with the cease-fire so close?",
  },
  aug10_press_summit: {
    same: "The corps pressed night attacks on 10 August while Litvinov and Shigemitsu were talking. What did the last night of fighting buy, and who paid for it?",
    different:
      "You held the lines on 10 August. Was ground at the moment of the cease-fire worth the lives a night attack would cost?",
  },
  aug31_military_council: {
    same: "You defended your report, as Blyukher did. Was there any answer that could have saved him?",
    different:
      "You answered the Council differently. Does your ending suggest the verdict was decided before the meeting?",
  },
};

export const GENERAL_QUESTIONS: readonly string[] = [
  "Which decision mattered most to the ending, and why?",
  "Where did fear of Moscow shape a military choice more than the situation at the front?",
  "The Soviet side held the hills but lost more men than Japan. Who won, and by what measure?",
  "What did each role know that others did not, and when did it stop mattering?",
  "Order 0040 blamed Blyukher. Looking at the sources, whose account do you trust, and why?",
];

export interface PickedQuestion {
  decision: string;
  historical: boolean;
  question: string;
}

/** One question per decision the class took, in the order taken (the last vote on each). */
export function pickQuestions(log: readonly LogEntry[]): PickedQuestion[] {
  const latest = new Map<string, LogEntry>();
  for (const entry of log) if (entry.decision) latest.set(entry.decision, entry);
  return [...latest.values()].flatMap((entry) => {
    const pair = entry.decision ? ownEntry(BY_DECISION, entry.decision) : undefined;
    if (!pair || !entry.decision) return [];
    const historical = entry.historical === true;
    return [
      { decision: entry.decision, historical, question: historical ? pair.same : pair.different },
    ];
  });
}

/** Whether every decision the campaign can tag has its pair of questions (for the tests). */
export function hasQuestionsFor(decision: string): boolean {
  return Object.hasOwn(BY_DECISION, decision);
}
