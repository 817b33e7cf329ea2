/**
 * Cue words that change what a trigger reports. Each is looked for in a window of words before
 * (or after) the trigger, inside its clause. Regex sources, case-insensitive.
 */
import { HOSTILE_EVENT_TYPES } from '../../core/vocabulary/event-types.js';
import type { EventType } from '../../core/vocabulary/event-types.js';

/** Negation: "did not send a list", "no rockets were fired". */
export const NEGATION_BEFORE =
  "\\b(?:not|no(?! (?:fewer|less|more|later|sooner|longer) than)|never|neither|nor|didn't|doesn't|don't|refused to|refuses to|refusing to|hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't|won't|without|denied|denies|deny|denying|refuted|nothing to do with)\\b";
export const NEGATION_WINDOW = 5;

/**
 * Negation as a word of its own in a verb group, as the tokenizer splits it ("did not fire",
 * "didn't" read as "did" and "n't", either apostrophe): what sets a verb apart from the simple
 * present and what tells an act not done.
 */
export const NEGATION_WORDS: readonly string[] = ['not', "n't", 'n’t', 'never'];

/**
 * Negation inside an act's own words or just after its verb: "fired no missiles", "launched
 * not a single drone". Matched from the trigger's second word to two words past its end; "no
 * fewer than" is a count, not a negation.
 */
export const NEGATION_AFTER =
  "^[\\w'’-]+\\s+(?:[\\w'’-]+\\s+)?(?:no|not a single|not one|not any)\\b(?! (?:fewer|less|more|longer|sooner|later)\\b)";

/**
 * A denial by the one said to have acted ("Hamas denied firing"): the only negation that reads
 * as `denied`. Any other ("no air strikes were recorded", "have not been freed") is the
 * source asserting that the act did not take place (test/corpus/README.md, conventions).
 */
export const DENIAL_BEFORE =
  '\\b(?:denied|denies|deny|denying|refuted|rejected|nothing to do with)\\b';

/**
 * A negation that looks ahead: "will not hand the town back", "would not observe a pause",
 * "there will be no talks until the shelling stops" is a refusal, a plan not to act, not a
 * denial of something done, and `planned` whether or not a condition holds it
 * (test/corpus/README.md, "Refusals"). Matched in the negation window.
 */
export const FUTURE_NEGATION_BEFORE =
  "\\b(?:(?:will|would|shall) not|won't|wouldn't|shan't|not going to|(?:will|would) be no)\\b";

/** A failure: "failed to meet its obligation to release" tells of an act not done, not a plan. */
export const FAILURE_BEFORE = '\\bfail(?:ed|s|ing|ure)? to\\b';

/**
 * Plans and prospects: "has drawn up plans for a ground assault", "would release"; an
 * agreement's terms ("the deal provides for 600 trucks", "stipulates a ceasefire", "the
 * rebels were to free 40 detainees", "was originally to withdraw").
 */
export const PLANNED_BEFORE =
  "\\b(?:plans?|planned|planning|prepar(?:e|es|ed|ing)|drawn up|draw up|will|would|shall|could|might|'ll|expected to|to be|(?:is|are|was|were) set to|(?:is|are|was|were) due to|going to|intends? to|intended|threaten(?:s|ed)? to|vowed to|promised to|agreed to|committed to|commits to|undertakes? to|undertook to|pledged? to|obligations?|included|would include|potential|possible|proposed|planned|future|next round of|in (?:return|exchange) for|on condition|pressing|pressed|push(?:ed|ing)? for|calls? for|called for|urg(?:e|ed|ing)|ready to|aims? to|decided to|decides to|been due to|seeking|seeks|sought|would-be|looming|imminent|impending|provides? for|provided for|stipulates?|stipulated|(?:is|are|was|were) (?:also |then |still |originally |initially |first )?to)\\b";
/** Plans told after the act: "a second convoy is planned for next week", "talks will resume". */
export const PLANNED_AFTER =
  '^\\W*(?:\\w+\\W+){0,8}?(?:(?:was|were|is|are) (?:due|expected|set|scheduled|planned|about) to|will (?:begin|start|take place|resume|go ahead)|(?:is|are) to (?:begin|start|take place|resume|be held)|(?:is|are) (?:already )?being (?:prepared|planned|arranged)|(?:is|are) (?:planned|scheduled|expected) (?:for|on|in|next|later|within|this)\\b)\\b';
/**
 * A modal that is the act's own predicate, its subject before it ("the first ships carrying
 * food could dock", "the entry of aid, halted earlier in the day, would resume"), unless a
 * relative, a question word ("offering to discuss what the other side would give"), a
 * conjunction or a verb of saying opens another clause between them. Not read after a
 * participle ("the ceasefire, already extended once, would be extended again"): that modal is
 * its noun's.
 */
export const PLANNED_MODAL_AFTER =
  '^\\W*(?:(?!(?:which|that|who|whom|whose|what|where|when|how|why|whether|and|or|but|as|if|until|so|than|said|says|say|told)\\b)\\S+\\s+){0,8}?(?:will|would|could|shall|might)\\b';
export const PLANNED_WINDOW = 6;

/**
 * An act told in a chain of infinitives after one that plans ("the parties undertook to freeze
 * their forces in place, to release detainees and to open corridors"; "the sides are to cease
 * fire in the city … and pull back their forces"): each is planned as the first is, however far
 * the cue stands, within the clause. The cues are those of `PLANNED_BEFORE` that take an
 * infinitive; the act must follow a comma, "and" or "or" (then "to" or not), and not be told
 * in the past or as going on ("and fired", "and shelling").
 */
export const PLANNED_CHAIN_CUE =
  '\\b(?:(?:is|are|was|were) (?:also |then |still |originally |initially |first )?to|undert(?:akes?|ook) to|commit(?:s|ted)? (?:\\w+ ){0,3}to|pledged? to|agreed to|plans? to|intends? to|promised to|vowed to|(?:due|set|expected|ready) to)\\b';
export const PLANNED_CHAIN_LINK = '(?:,|\\band|\\bor)(?:\\s+to)?\\s+$';

/**
 * Agreeing or deciding is the act itself where the trigger is an agreement or its extension
 * ("have agreed to prolong the ceasefire", "has decided to extend"), not a plan: these cues of
 * `PLANNED_BEFORE` leave such triggers told.
 */
export const AGREEING_BEFORE =
  '\\b(?:agreed|agree|agrees|committed|commits|commit|decided|decides) to\\b';

/** Allegations: "accused X of firing", "allegedly", "reportedly". */
export const ALLEGED_BEFORE =
  '\\b(?:allegedly|alleged|reportedly|purportedly|accused (?:\\w+ ){0,3}of|accusing (?:\\w+ ){0,3}of|accuses (?:\\w+ ){0,3}of|blamed (?:\\w+ ){0,3}for|claimed that|claims that|said to have)\\b';
export const ALLEGED_WINDOW = 6;

/**
 * Of the cues above, those that charge someone named with the act ("accused the army of
 * shelling", "blamed the rebels for"): told by a party, the act is another side's.
 */
export const ACCUSED_BEFORE =
  '\\b(?:accus(?:ed|es|ing) (?:\\w+ ){0,3}of|blam(?:ed|es|ing) (?:\\w+ ){0,3}for)\\b';

/**
 * Acts that, told by a party with no author named, are charged to another side when they are
 * done to the teller's own side ("its positions were shelled", "its leader was arrested"): the
 * vocabulary's acts of force and arrests (test/corpus/README.md, "Who alleges").
 */
export const CHARGED_WHEN_DONE_TO_TELLER: readonly EventType[] = [...HOSTILE_EVENT_TYPES, 'arrest'];

/**
 * Acts that are the saying itself: a demand, a threat, an accusation or a denial is made when
 * it is said, whatever its words plan ("would respond forcefully to any violation", "called on
 * the army to stop", "will strike again if …"), so it is told, never `planned`.
 */
export const SAID_ACTS: readonly EventType[] = ['demand', 'accusation', 'denial'];

/**
 * Said acts that are a stance: a charge or a denial told in the present perfect ("has accused",
 * "have long denied") is held as the report is written, at no time it tells (decision 0180); so
 * is a call or an offer ("has called on both sides to stop", "has offered to mediate"), which the
 * corpus leaves undated where the report gives it no day of its own (decision 0274).
 */
export const STANCE_ACTS: readonly EventType[] = ['accusation', 'denial', 'demand', 'proposal'];

/**
 * Acts that run over days a report seldom tells ("after weeks of talks", "the deal was
 * negotiated over a year"): with no time in their own sentence they take no day told for another
 * act, nor the day's news, and are left undated (test/corpus/README.md, "Time"; decision 0271).
 */
export const UNCARRIED_ACTS: readonly EventType[] = ['talks'];

/** Acts a side takes part in with the other: told by either, they are its own ("clashes with"). */
export const MUTUAL_ACTS: readonly EventType[] = ['clash'];

/**
 * Acts the sides make together: told by a party, its side took part whoever the sentence names
 * ("the Tajik delegation signed the protocol", told by Kyrgyzstan), so they are its own
 * (test/corpus/README.md, "Who alleges").
 */
export const JOINT_ACTS: readonly EventType[] = ['agreement_announced', 'talks'];

/** Conditions: a trigger in an if-clause reports nothing ("if the women were not released"). */
export const CONDITIONAL_BEFORE = '\\b(?:if|unless|whether|in case|should)\\b';
export const CONDITIONAL_WINDOW = 6;

/**
 * Words whose full stop is an abbreviation's, inside a sentence: a title or rank ("Mr. Okello",
 * "Lt. Col. Dane"), a month ("Jan. 5"), a number's ("No. 3"), a saint's or a mountain's name.
 */
export const ABBREVIATED_WORDS =
  'Mr|Mrs|Ms|Messrs|Dr|Prof|Rev|Hon|Sen|Rep|Gov|Pres|Amb|Gen|Gens|Col|Lt|Lieut|Maj|Brig|Capt|Cmdr|Cdr|Adm|Sgt|Cpl|Pte|Pvt|Jr|Sr|St|Ste|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|vs|etc|Inc|Corp|Ltd|Co';

/**
 * Where a clause ends, for the windows above and for finding actors. A full stop inside a
 * sentence ends one only where it is no abbreviation's: not after `ABBREVIATED_WORDS` or a single
 * letter ("U.S.", "p.m.", "J. Smith"), nor before a letter or digit ("3.5", "e.g").
 */
export const CLAUSE_BREAK = `[;:!?]|\\.(?![\\p{L}\\p{N}])(?<!(?<![\\p{L}\\p{N}'’])(?:${ABBREVIATED_WORDS}|\\p{L})\\.)|\\b(?:but|while|whereas|although|though|because|after|before|when|since|as part of)\\b|,\\s+(?:and|but|while|which|who)\\b`;
