import type { ActorRole } from '../../core/evidence/claim.js';
import type { EventType } from '../../core/vocabulary/event-types.js';
import { LEAVING_FORCE_NOUNS } from './force-nouns.js';
import { NUMBER_WORDS, VAGUE_COUNTS } from './quantities.js';
import { SPEECH_VERBS } from './speech.js';

/** Words that may stand before what is handed over or lifted: "its", "their", "all". */
const ARMS_DETERMINER = '(?:the|a|an|its|their|his|her|our|all|all their|all its)';

/**
 * A count of people taken ("twelve", "more than 40", "dozens of", "several"): hostages so counted
 * were taken, where "took food to the hostages" or "taken care of the hostages" took none.
 */
const HOSTAGE_COUNT = `(?:(?:more than|at least|about|some|nearly|over|up to|another) )?(?:\\d[\\d,]*|${[
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(VAGUE_COUNTS).map((w) => `${w} of`),
  'several',
  'many',
  'some',
  'more',
  'few',
].join('|')})`;

/**
 * Words and phrases that report an occurrence of a v1 event type. Patterns are regex sources,
 * case-insensitive; a space matches any run of spaces, and quotation marks in the text are read
 * as spaces so “extensive” strikes matches "carried out extensive strikes". The longest match
 * wins where two overlap. `id` is recorded on each claim as the rule that made it.
 */
export interface TriggerRule {
  readonly id: string;
  readonly type: EventType;
  readonly pattern: string;
  /**
   * Word beginnings one of which every match contains ("releas" for released, release…):
   * patterns run only on sentences that have one, which keeps a long report fast. A cue of
   * several words is looked for by its first.
   */
  readonly cues: readonly string[];
  /** The type a negated mention reports instead ("did not send a list" → list_not_delivered). */
  readonly negatedType?: EventType;
  /**
   * The type where what the act hands over is a place ("handed back the city", "the district
   * shall be returned"): territory changing hands is a withdrawal, people changing hands a
   * release. Read by `movesPlace` in `event-claims.ts`.
   */
  readonly placeType?: EventType;
  /**
   * The type where the act is aimed ("on", "at", "into") at what is neither ground nor a place the
   * gazetteers know, and no weapon the lemma table names is what fires: "fired on a patrol",
   * "fired at them from the windows" are one side's attack on people, where "fired on the town of
   * …" or "artillery fired on …" is shelling. Read by `aimedAtPeople` in `event-claims.ts`.
   */
  readonly aimedType?: EventType;
  /**
   * The type where what the act takes is people, not ground or a building ("seized 15 sailors",
   * "one of the gunmen was captured", "captured Mr Gbagbo" are arrests; a name alone, as in
   * "seized Bara", may be a town). Read by `takesPeople`.
   */
  readonly peopleType?: EventType;
  /**
   * The type where armed men, not a force, do the act ("gunmen stormed the mall" is an attack on
   * it, "troops stormed the town" a ground operation). Read by `byArmedMen`.
   */
  readonly armedMenType?: EventType;
  /**
   * The type follows the means named as the act's subject, where `ATTACK_MEANS` names it
   * ("aircraft attacked" an airstrike, "guns fired on" shelling). Read by `meansOfAttack`.
   */
  readonly byMeans?: true;
  /**
   * A participle that, between an article or a word of place and a noun, describes a state
   * rather than tells the act: "the besieged city", "in besieged Kelmor" are under siege, not
   * besieged then. Read by `triggersBySentence`, for a pattern's match as for a lemma's word.
   */
  readonly stateBeforeNoun?: true;
  /**
   * The type follows what moves and which way: a force moving in a ground operation, moving away
   * a withdrawal, people held or freed a release; where neither moves, no trigger ("civilians
   * crossed", "the spokesman moved a motion"). Read by `movementType`.
   */
  readonly byMover?: true;
  /**
   * The trigger reports no act where its subject names people unarmed, as `byUnarmed` reads it
   * ("the rebels surrendered", not "the suspect surrendered to police").
   */
  readonly notByUnarmed?: true;
  /**
   * The trigger reports an act only where its object is a place, as `placeType` reads it ("had
   * taken Goma", not "took part" or "were taken to hospital"); elsewhere it is no trigger.
   */
  readonly placeOnly?: boolean;
  /**
   * The trigger reports an act only where what it acts on is people, as `actsOnPeople` reads it
   * ("still hold two villagers", "he has been held since then", not "held the town" or "held
   * talks"); elsewhere it is no trigger.
   */
  readonly peopleOnly?: boolean;
  /**
   * The trigger reports an act only where a pause is named as what starts or is started, as
   * `namesAPause` reads it ("the truce began at midnight", not "distribution began the same
   * afternoon"); elsewhere it is no trigger.
   */
  readonly pauseOnly?: boolean;
  /** Roles of the actors before the trigger, after it, and after "by": defaults by type. */
  readonly roles?: {
    readonly before?: ActorRole;
    readonly after?: ActorRole;
    readonly by?: ActorRole;
  };
}

/**
 * Not after an indefinite article, alone or with one word between ("an isolated ", "a deadly "):
 * a shooting so counted is an incident, whatever the words after it say of it.
 */
const NOT_AN_INCIDENT = '(?<!\\b(?:a|an|another|one|second) (?:[\\w-]+ )?)';

/**
 * Not after a determiner ("the shooting was reported", "that shooting"), unless "that" follows a
 * verb of saying, where it opens what was said ("witnesses said that shooting was heard"). Whom
 * and when the verb tells may stand between ("told local radio on Friday that"): up to four words.
 */
const NOT_DETERMINED = `(?<!\\b(?:the|this) )(?<!(?<!\\b(?:${SPEECH_VERBS.join('|')})(?: [\\w-]+){0,4}) that )`;

/** "X violated the truce": X is accused, not accuser; the accuser is whoever says so. */
const ACCUSED_SUBJECT = { before: 'target', after: 'target', by: 'target' } as const;

export const TRIGGERS: readonly TriggerRule[] = [
  // releases and lists
  {
    id: 'release.verb',
    cues: ['releas', 'free', 'hand', 'returned', 'swapped', 'exchanged', 'go', 'went', 'walk'],
    type: 'release',
    placeType: 'withdrawal',
    // "Free" after a modal or "not" is the verb, which the tagger reads as an adjective ("would
    // not free any prisoners"), as is "go free"; not "free to leave", "free of", "a free vote".
    pattern:
      '\\b(?:(?:to|will|would|could|must|not|never) (?:release|free(?= (?!(?:to|of|from|for|and|or|trade|zone|elections?|speech|press|hand|rein|passage|movement)\\b)[\\w"“]))\\b)|\\b(?:go|goes|going|gone|went|walk|walks|walked) free\\b|\\b(?:released|releases|releasing|freed|frees|set free|handed over|hands over|were returned|was returned|returned home|swapped|exchanged)\\b',
  },
  {
    id: 'release.noun',
    cues: ['releas', 'handover', 'hand', 'exchang', 'swap'],
    type: 'release',
    pattern:
      '\\b(?:release|handover|hand-over|exchange|swap) of (?:[\\w-]+ ){0,3}(?:hostages?|prisoners?|detainees?|captives?|women|children|bodies|remains|soldiers|men|people|civilians|minors|Palestinians|Israelis|POWs|prisoners of war)\\b',
  },
  {
    id: 'list.delivered',
    cues: ['list'],
    type: 'list_delivered',
    negatedType: 'list_not_delivered',
    pattern:
      '\\b(?:sent|send|sends|handed over|hand over|hands over|delivered|deliver|submitted|submit|passed on|passed|gave|give|received|receive|transmitted|provided|provide) (?:[\\w-]+ ){0,3}list\\b|\\blist (?:of [\\w ]{3,40}?)?(?:(?:was|were|has been|had been) (?:received|delivered|handed over|sent|submitted|passed on)|reached|arrived)\\b',
  },
  {
    // People named to be freed are a list delivered: "gave the mediators the names of the three
    // women to be freed", "their list included about 7,500 names".
    id: 'list.names',
    cues: ['names'],
    type: 'list_delivered',
    negatedType: 'list_not_delivered',
    pattern:
      '\\b(?:gave|given|give|gives|giving|handed|hands|hand|sent|send|sends|supplied|supply|supplies|passed|delivered|deliver|delivers|submitted|submit|submits|provided|provide|provides)(?: over| on)? (?:[\\w-]+ ){0,5}?names of (?:the )?(?:[\\w-]+ ){0,4}?(?:hostages|prisoners|detainees|captives|women|men|children|soldiers|people|civilians)\\b|\\b(?:names|list|lists) (?:that |which )?(?:include[sd]?|including|contain(?:s|ed|ing)?|held|holds|holding|of|with) (?:some |about |around |roughly |nearly |almost |more than |over |up to )?[\\d][\\d,.]* names\\b',
  },
  {
    id: 'list.missing',
    cues: ['list'],
    type: 'list_not_delivered',
    pattern:
      '\\b(?:no list (?:was|had been|has been|arrived)|without (?:a|the) list|failed to (?:send|deliver|hand over|provide|submit) (?:a|the|its) (?:[\\w-]+ )?list|list (?:never arrived|did not arrive|was not (?:received|delivered|sent)))\\b',
  },
  // aid
  {
    id: 'aid.trucks',
    cues: ['truck', 'lorr', 'convoy', 'shipment', 'suppl', 'aid', 'fuel'],
    type: 'aid_delivery',
    pattern:
      '\\b(?:aid|humanitarian|relief|fuel|food|medical) (?:aid )?(?:trucks?|lorries|convoys?|shipments?|supplies)\\b(?:[\\w ,]{0,60}?)\\b(?:entered|crossed|arrived|reached|went in|passed|delivered|were allowed)\\b|\\btrucks? (?:carrying|loaded with|of|with) (?:[\\w-]+ ){0,2}(?:aid|fuel|food|supplies|medicine|flour|water)\\b|\\b(?:delivered|brought in|entered with) (?:[\\w-]+ ){0,3}(?:aid|fuel|supplies)\\b|\\baid (?:was|were|has been) (?:delivered|allowed in)\\b',
  },
  {
    // Aid let across a line told without its trucks arriving: "fuel is allowed in", "supplies
    // were let through", "aid may be allowed to enter". A road or vehicles let through are a
    // reopening, not aid, and are left to other rows.
    id: 'aid.let-in',
    cues: ['aid', 'fuel', 'food', 'medicine', 'medical', 'suppl', 'relief', 'humanitarian'],
    type: 'aid_delivery',
    pattern:
      '\\b(?:aid|fuel|food|medicine|medicines|medical supplies|supplies|relief|humanitarian (?:aid|supplies|goods|assistance))\\b(?: [\\w-]+){0,3}? (?:is|are|was|were|be|been|being|get|gets|got) (?:(?:not|never|now|finally|again|only) )?(?:allowed|let|permitted) (?:in|through|into|to enter|to pass|to cross)\\b',
  },
  {
    // Aid handed out where it arrived: "WFP continued general food distributions", "distributed
    // food parcels and hygiene kits", "distributions of rice". Not a text "distributed to the
    // press", nor pamphlets.
    id: 'aid.distributed',
    cues: ['distribut'],
    type: 'aid_delivery',
    pattern:
      '\\b(?:food|aid|relief|ration|rice|water|general food) distributions?\\b|\\bdistributions? of (?:[\\w-]+ ){0,2}?(?:food|aid|rice|rations|relief|water|blankets|seeds|flour|medicines?|supplies)\\b|\\bdistribut(?:e|es|ed|ing) (?:[\\w-]+ ){0,3}?(?:food|aid|rations|rice|parcels|relief items|supplies|water|blankets|kits|sheeting|medicines?|seeds|flour|tents)\\b',
  },
  {
    // Aid told by its entry or its distribution, let in or stopped: "the entry of humanitarian
    // aid has continued", "blocked the entry of all goods", "crossings closed to food and fuel",
    // "suspended distributions". Whether it happened is the polarity's to say.
    id: 'aid.entry',
    cues: ['entry', 'entries', 'distribution', 'closed'],
    type: 'aid_delivery',
    pattern:
      '\\b(?:entry|entries) of (?:all )?(?:humanitarian |commercial |relief |food )?(?:aid|goods|fuel|food|supplies|medicines?|assistance)\\b|\\b(?:suspended|suspends|halted|halts|stopped|stops|resumed|resumes) (?:food |aid |its |their |all )?distributions\\b|\\bclosed to (?:[\\w-]+,? ){0,2}?(?:aid|food|fuel|goods|supplies|medicines?|humanitarian)\\b',
  },
  {
    id: 'aid.grain-ships',
    cues: ['ship', 'vessel', 'carrier', 'grain', 'wheat', 'corn'],
    type: 'aid_delivery',
    pattern:
      '\\b(?:ships?|vessels?)\\b(?:[\\w ,]{0,60}?)\\b(?:grain|wheat|corn|maize)\\b(?:[\\w ,]{0,40}?)\\b(?:left|departed|sailed)\\b|\\b(?:ships?|vessels?|bulk carriers?)\\b(?:[\\w ,]{0,60}?)\\b(?:left|departed|sailed|set sail|cleared|loaded)\\b(?:[\\w ,]{0,60}?)\\b(?:grain|wheat|corn|maize|sunflower|foodstuffs?|cargo)\\b|\\b(?:grain|wheat|corn) (?:ships?|shipments?|exports?|cargoes)\\b(?:[\\w ,]{0,40}?)\\b(?:left|departed|sailed|resumed|arrived)\\b',
  },
  // force
  {
    id: 'rocket.launch',
    cues: ['rocket', 'missile', 'mortar', 'projectile', 'barrage'],
    type: 'rocket_fire',
    pattern:
      '\\b(?:launched|launch|launches|launching|fired|fire|fires|firing|lobbed|shot) (?:[\\w-]+ ){0,3}(?:rockets?|missiles?|mortars?|mortar shells|projectiles?|barrage)\\b|\\b(?:rockets?|missiles?|mortars?|projectiles?) (?:were |was |had been )?(?:fired|launched|struck|hit|landed|intercepted)\\b|\\b(?:rocket|missile|mortar) (?:fire|attacks?|launch(?:es)?|barrages?|salvos?)\\b',
  },
  {
    id: 'airstrike.strike',
    cues: [
      'strike',
      'air',
      'raid',
      'bombard',
      'bombing',
      'jets',
      'warplane',
      'aircraft',
      'drone',
      'struck',
      'bombed',
      'pounded',
    ],
    type: 'airstrike',
    pattern:
      '\\b(?:air-?\\s*strikes?|air raids?|drone strikes?|aerial (?:bombardment|attacks?|strikes?)|bombing raids?|bombardment from the air)\\b|\\b(?:fighter jets|warplanes|jets|aircraft|drones) (?:[\\w-]+ ){0,2}(?:attacked|struck|hit|bombed|targeted|strike)\\b|\\b(?:carried out|conducted|launched|resumed) (?:[\\w-]+ ){0,3}strikes\\b|\\bstrikes? (?:on|against|targeting|across|in|killed|hit|destroyed)\\b|(?<!\\b(?:rockets?|missiles?|mortars?|projectiles?) )\\b(?:struck|bombed|pounded) (?:[\\w-]+ ){0,4}(?:targets?|sites|positions|assets|launchers?|compounds?|depots?|facilities|buildings?|infrastructure|tunnels?)\\b',
  },
  {
    id: 'shelling.fire',
    cues: ['shell', 'artillery', 'tank', 'bombard', 'pounded', 'heavy weapons', 'fired', 'firing'],
    type: 'shelling',
    pattern:
      '\\b(?:shelled|shelling|shells? (?:fell|landed|hit)|artillery (?:fire|strikes?|shells?|barrages?|attacks?)|tank (?:fire|shells?)|(?:fired|firing) (?:[\\w-]+ )?artillery|bombarded|pounded (?:[\\w-]+ ){0,2}with artillery|heavy weapons fire)\\b',
  },
  {
    id: 'armed-attack',
    cues: [
      'shoot',
      'shot',
      'stab',
      'ramming',
      'car-ramming',
      'bomb',
      'gun',
      'terror',
      'suicide',
      'opened',
      'massacre',
    ],
    type: 'armed_attack',
    pattern:
      '\\b(?:shooting|shootings|stabbing|stabbings|ramming|car-ramming|gun attack|terror(?:ist)? attack|suicide bombing|car bomb(?:ing)?|opened fire(?: on)?|shot at|gunmen attacked|gunmen opened fire|stabbed|shot dead|massacre)\\b',
  },
  {
    // Bombs told falling or dropped: "bombs fell near the market", "jets dropped two bombs".
    id: 'airstrike.bombs-dropped',
    cues: ['bomb', 'drop'],
    type: 'airstrike',
    pattern:
      '\\b(?:(?<!car )(?:barrel )?bombs? (?:fell|landed|hit|struck|exploded)|drop(?:ped|ping|s)? (?:[\\w-]+ ){0,2}bombs?)\\b',
  },
  {
    // Fire or an attack told from the side it hit: "the convoy came under fire", "had come under
    // attack". Not "came under strain", "under pressure", "under control".
    id: 'armed-attack.under-fire',
    cues: ['came', 'come', 'comes', 'coming'],
    type: 'armed_attack',
    pattern:
      '\\b(?:came|come|comes|coming) under (?:heavy |sustained |repeated |renewed |sniper |small-arms |machine-gun )?(?:fire|gunfire|attack|attacks|assault)\\b',
  },
  {
    id: 'ground.operation',
    cues: [
      'ground',
      'incursion',
      'raid',
      'entered',
      'advanced',
      'moved',
      'pushed',
      'rolled',
      'storm',
      'captured',
      'seized',
      'control',
      'overran',
      'recaptur',
      'retook',
      'retaken',
      'offensive',
      'assault',
      'liberated',
    ],
    type: 'ground_operation',
    peopleType: 'arrest',
    armedMenType: 'armed_attack',
    pattern:
      '\\b(?:ground (?:operations?|offensive|assault|incursions?|invasion|forces (?:advanced|entered|moved))|incursions?|raided|raids? (?:on|in|into)|(?:troops|tanks|forces) (?:had |have )?(?:entered|advanced|moved into|pushed into|pushed deeper into|rolled into|stormed)|(?:launched|began|started|resumed|carried out|mounted) (?:an |a |the |its |their )?(?:[\\w-]+ )?(?:offensive|assault|incursion)|liberated (?:the |our )?(?:[\\w-]+ ){0,3}(?:city|town|village|villages|heights|hills?|district|region|territory|positions|settlements?)|(?:city|town|village|district|region) (?:of [\\w-]+ )?(?:has been|have been|was|were) liberated|advanced (?:on|into|towards)|stormed|captured|recaptured|retook|retaken|seized control of|took control of|overran)\\b',
  },
  {
    // A place taken is a place captured: "took the coastal city of …", "retook the stronghold",
    // "the localities taken by the rebels", or a name the words after it call a town ("had taken
    // Goma, the largest city in the east"). Not "took part", "take place", "taken to the town".
    id: 'ground.taken',
    cues: ['take', 'took', 'retake', 'retook', 'city', 'town', 'village', 'localit', 'position'],
    type: 'ground_operation',
    pattern:
      '\\b(?:(?:re)?(?:took|taken|taking|takes|take)(?: over| back)? (?:(?!(?:to|in|into|from|at|on|for|with|by|part|place|effect|note|advantage|refuge|shelter|measures|action|steps)\\b)[\\w-]+ ){0,3}?(?:city|cities|town|towns|capital|village|villages|stronghold|strongholds|localities|positions|base|bases|airport|outposts|garrison|garrisons|command|headquarters|district|districts)|(?:city|cities|town|towns|village|villages|localities|positions|base|bases|outposts|garrison|garrisons|district|districts) (?:(?:was|were|had been|has been|have been) )?(?:re)?taken by|(?:re)?(?:took|taken|taking|takes|take)(?: over| back)? (?!(?:part|place|effect|note|advantage|refuge|shelter|hostage|power|control)\\b)[\\w-]+(?: [\\w-]+)?, (?:the|a|an) (?:[\\w-]+ ){0,3}?(?:city|town|capital|village|stronghold|port|district|provincial capital)(?=[,.;:)]|$| (?:in|on|of|near|at|and)\\b))\\b',
  },
  {
    // A place a side took, named as the gazetteers know it ("had taken Heglig", "taking Mount
    // Tumbledown"): the verb alone takes too much else ("took part", "were taken to hospital").
    id: 'ground.taken.place',
    cues: ['take', 'took', 'taking', 'retake', 'retook', 'retaking'],
    type: 'ground_operation',
    placeType: 'ground_operation',
    placeOnly: true,
    pattern: '\\b(?:re)?(?:took|taken|taking|takes|take)(?: over| back)?\\b',
  },
  {
    // Forces crossing a border are moving in, not fleeing ("troops crossed several kilometres into").
    id: 'ground.crossed',
    cues: ['cross'],
    type: 'ground_operation',
    pattern:
      '\\b(?:troops|forces|soldiers|units|tanks|fighters)(?: [\\w-]+){0,2}? (?:crossed|cross|crosses|crossing) (?:the (?:border|frontier)|(?:[\\w-]+ ){0,3}into)\\b',
  },
  {
    // An attack repelled is fought by both sides (test/corpus/README.md: "a clash it fought"), and
    // shooting told as heard or reported in an area, a mass noun like gunfire, is an exchange of
    // fire; "a shooting", an incident, stays an armed attack, and so does one an indefinite
    // article counts with a word between ("a deadly shooting was reported", "a reported
    // shooting", "an isolated shooting"). Fire returned by those it came on, fire traded and an
    // attack told beaten off are fought by both sides too; "returned fire" alone may answer
    // shelling with shelling, so it counts only after the fire it answers.
    id: 'clash.exchange',
    cues: [
      'clash',
      'skirmish',
      'exchange',
      'gun',
      'firefight',
      'fighting',
      'battle',
      'repelled',
      'repulsed',
      'pushed',
      'beat',
      'fought',
      'fended',
      'shooting',
      'came',
      'come',
      'comes',
      'coming',
      'attack',
      'assault',
      'traded',
    ],
    type: 'clash',
    pattern: `\\b(?:clash(?:es|ed)?|skirmish(?:es)?|exchanges? of fire|exchanged fire|traded fire|(?:came|come|comes|coming) under (?:[\\w-]+ )?(?:fire|gunfire|attack)\\b[^.;]{0,80}?\\b(?:returned (?:the )?(?:fire|it)|fired back)|(?:attacks?|assaults?)\\b[^.;]{0,60}?\\b(?:was|were|had been|has been|have been) (?:repelled|repulsed|beaten off|beaten back|fought off|pushed back)|gun-?\\s*battles?|firefights?|fighting (?:broke out|erupted|raged|continued|flared)|heavy fighting|(?:repelled|repulsed|pushed back|beat back|beaten back|beat off|fought off|fended off) (?:[\\w-]+ ){0,3}?(?:attacks?|assaults?|offensives?)|battles? (?:for|in|between|raged)|${NOT_AN_INCIDENT}(?:sporadic|scattered|isolated|intermittent) shooting|${NOT_AN_INCIDENT}${NOT_DETERMINED}shooting (?:(?:was|is|could|can|had|has|been|be|still|also) ){1,3}(?:heard|reported)|${NOT_AN_INCIDENT}reported shooting)\\b`,
  },
  {
    // A side's dead told as a toll are the fighting's ("71 of its soldiers had been killed",
    // "killed in the fighting"): a pattern, so it wins over the `kill` lemma on the same word.
    // Not the dead of a strike, an attack, an ambush or shelling, nor dead killed "by" someone.
    id: 'clash.toll',
    cues: ['killed'],
    type: 'clash',
    pattern:
      '\\b(?:(?:soldiers|servicemen|troops|fighters|militants|insurgents) (?:had been|have been|were) killed(?! (?:by|in (?:an? |the )?(?:[\\w-]+ )?(?:strikes?|air ?strikes?|airstrikes?|attacks?|ambush(?:es)?|shelling|bombings?|raids?|explosions?)))|killed in (?:the )?(?:fighting|clashes|a gunfight|gunfights|battles?))\\b',
  },
  {
    id: 'overflight',
    cues: [
      'overflight',
      'flew',
      'flying',
      'flown',
      'seen',
      'circled',
      'hovered',
      'buzzed',
      'airspace',
      'drone',
    ],
    type: 'overflight',
    pattern:
      '\\b(?:overflights?|(?:drones?|aircraft|jets|planes|helicopters|warplanes) (?:flew|flying|flown|were seen|was seen|circled|hovered|buzzed) (?:[\\w-]+ ){0,2}over|violated (?:[\\w-]+ )?airspace|(?:fly|flies|flew|flying|flown) (?:an? |[\\w-]+ ){0,2}drones? over|drones? (?:(?:was|were|had been|have been) )?(?:intercepted|spotted|sighted) (?:[\\w-]+ ){0,2}over|drones? (?:had |have )?(?:crossed|cross|crossing) (?:the |a )?(?:[\\w-]+ ){0,2}(?:line|border|frontier))\\b',
  },
  {
    id: 'arrest',
    cues: [
      'arrest',
      'detain',
      'rounded',
      'custody',
      'detention',
      'abducted',
      'captured',
      'pilot',
      'soldier',
      'officer',
      'commander',
      'general',
      'taken',
      'took',
      'taking',
    ],
    type: 'arrest',
    pattern: `\\b(?:arrested|detained|rounded up|took into custody|taken into custody|arrests of|arrest of|detention of|abducted|captured (?:[\\w-]+ ){0,3}(?:soldiers|troops|fighters|officers|pilots?|servicemen|civilians|hostages)|(?:pilot|soldier|officer|commander|general)s? (?:was |were |had been |has been )?captured|(?:taken|took) (?:[\\w-]+ ){0,6}prisoners?|(?:taken|took|taking) (?:hostages?|${HOSTAGE_COUNT} (?:[\\w-]+ )?hostages))\\b`,
  },
  {
    id: 'evacuation.order',
    cues: ['evacu', 'leave', 'move', 'flee', 'head', 'convoy'],
    type: 'evacuation_order',
    // A convoy of buses, ambulances or the wounded carries people out, not aid.
    pattern:
      "\\b(?:evacuation (?:orders?|warnings?|notices?|calls?)|convoys? of (?:[\\w-]+ ){0,3}(?:buses|ambulances|wounded|evacuees)|ordered (?:[\\w-]+ ){0,8}?to (?:evacuate|leave|move)|ordered the evacuation|(?:calling|called|calls|urged|urging|urges|told|telling|warned|ordering|orders|ordered) (?:on )?(?:[\\w’']+ ){0,8}to (?:evacuate|leave|move south|flee|head south))\\b",
  },
  {
    // People moved out of a place or to shelter are evacuated, whoever moves them ("residents
    // would be moved out by bus", "civilians were moved to collective shelters").
    id: 'evacuation.moved',
    cues: ['people', 'civilian', 'resident', 'famil', 'villager', 'inhabitant', 'population'],
    type: 'evacuation_order',
    pattern:
      '\\b(?:people|civilians|residents|families|villagers|inhabitants|population)\\b(?:[^.;]{0,60}?)\\b(?:be|been|being|were|was|are|is) (?:moved|bussed|bused|relocated|transferred) (?:out\\b|away\\b|to safety|to (?:[\\w-]+ ){0,2}shelters?\\b)',
  },
  {
    // People crossing a border or a front line are fleeing it, as the corpus records them.
    id: 'evacuation.crossed',
    cues: ['people', 'refugee', 'civilian', 'resident', 'famil', 'contractor', 'foreigner'],
    type: 'evacuation_order',
    pattern:
      '\\b(?:people|refugees|civilians|residents|families|contractors|foreigners)\\b(?:[^.;]{0,60}?)\\b(?:have |had |has )?crossed(?: into| over| the border)?\\b',
  },
  {
    // Aid that could not get through: "partners were unable to reach …" (the act, not happened).
    id: 'aid.unreached',
    cues: ['partner', 'agenc', 'humanitarian', 'aid', 'convoy', 'team', 'organi'],
    type: 'aid_delivery',
    pattern:
      '\\b(?:partners|agencies|humanitarians|humanitarian (?:workers|agencies|organi[sz]ations)|aid (?:workers|groups|agencies)|convoys?|teams|organi[sz]ations)(?: [\\w-]+){0,3}? (?:(?:were|are|was|is) unable to|(?:have|has|had) (?:not|never) (?:yet )?been able to|could not|cannot|failed to) (?:reach|access)\\b',
  },
  {
    // Weapons handed over or pulled back under an agreement: the vocabulary's withdrawal.
    id: 'withdrawal.weapons',
    cues: ['hand', 'surrender', 'pull', 'withdr', 'lay', 'laid', 'give', 'gave', 'giving'],
    type: 'withdrawal',
    // At most a determiner and one word before the arms: not "gave up hope of arms control".
    pattern: `\\b(?:hand(?:ed|ing|s)? over|(?:lay|lays|laying|laid) down|surrender(?:ed|ing|s)?|pull(?:ed|ing|s)? back|withdr(?:ew|awn|awing|aws)|(?:give|gives|gave|given|giving) up) (?:${ARMS_DETERMINER} )?(?:[\\w-]+ )?(?:weapons|arms|artillery|tanks|armou?r)\\b`,
  },
  {
    // Armed men who give themselves up leave the fight, as the corpus records them: "the rebels
    // holding the Four Courts surrendered last night", "had surrendered with the federal
    // garrison". Only the verb with no object: "surrendered the lead", "surrendered its
    // sovereignty" hand over something else, arms handed over are `withdrawal.weapons`, and the
    // noun ("after the surrender", "signed its surrender") is as often the terms signed. Not people
    // unarmed: "the suspect surrendered to police". A surrender refused or to come ("refused to
    // surrender", "will not surrender") is the heads' to read, not a withdrawal told.
    id: 'withdrawal.surrendered',
    cues: ['surrender'],
    type: 'withdrawal',
    notByUnarmed: true,
    pattern:
      "(?<!\\b(?:the|a|an|its|their|his|her|our|of|after|before|since|until|for|to|not|never|n't) )\\bsurrender(?:ed|ing|s)?(?=[.,;:)]|$| (?:to|at|in|on|with|without|unconditionally|formally|last|yesterday|today|to-day|tonight|overnight|during|after|before|early|late|en masse|or|and|themselves)\\b)",
  },
  {
    // A refusal to leave tells the withdrawal not made, whoever refuses: "they would not leave
    // southern Lebanon until …". Not "will not leave anyone behind", and not people unarmed:
    // "residents said they would not leave their homes".
    id: 'withdrawal.not-leave',
    cues: ['leave'],
    type: 'withdrawal',
    notByUnarmed: true,
    pattern:
      "\\b(?:(?:will|would|shall|must|could|can)(?: still)? not|won't|wouldn't) (?:yet )?leave\\b(?! (?:behind|anyone|anybody|anything|any|no|them|him|her|us|you|me|it|room|time)\\b)",
  },
  {
    // A siege laid is ground action begun: "laid siege to the fort at Thal". The noun alone is as
    // often the siege's background ("during the siege", "since the siege began").
    id: 'ground_operation.siege-laid',
    cues: ['lay', 'laid', 'laying'],
    type: 'ground_operation',
    pattern: '\\b(?:lay|lays|laid|laying) siege to\\b',
  },
  {
    // The tagger reads "encircled" as an adjective, which the lemma table does not take: the
    // forms are spelled here, and what closes round the place decides, as for "surround"
    // (`MOVING_VERBS`): "units have encircled the city", not "a lake encircled by pines".
    id: 'ground_operation.encircled',
    cues: ['encircl'],
    type: 'ground_operation',
    byMover: true,
    pattern: '\\bencircl(?:e|es|ed|ing)\\b',
  },
  {
    // A place occupied by a force is ground taken: "our troops have occupied numerous villages",
    // "Afghan troops … occupied the village of Bagh". What moves decides, as for
    // "encircled": "protesters occupied the square" or "the exhibition occupied the floor" tell
    // none. Only the past: "the cities it occupies" is a state, and so is "the occupied strip"
    // (`stateBeforeNoun`, read for patterns as for lemmas). In the passive what "by" names moved
    // (`ENCLOSING_VERBS`): "the town was occupied by rebel troops".
    id: 'ground_operation.occupied',
    cues: ['occupied'],
    type: 'ground_operation',
    byMover: true,
    stateBeforeNoun: true,
    pattern: '\\boccupied\\b',
  },
  {
    // A blockade lifted is ground given up: "Israel lifted its air blockade of Lebanon", "are to
    // lift their blockades of army barracks"; at most a determiner and one word between, not "the
    // talks lifted hopes of ending the blockade".
    id: 'withdrawal.blockade-lifted',
    cues: ['lift', 'blockade'],
    type: 'withdrawal',
    pattern: `\\blift(?:ed|s|ing)? (?:${ARMS_DETERMINER} )?(?:[\\w-]+ )?blockades?\\b|\\bblockades? (?:[\\w-]+ ){0,3}?(?:was|were|is|are|be|been|being) lifted\\b`,
  },
  {
    // Forces that have not left a place they were to leave: the withdrawal, not happened.
    id: 'withdrawal.left',
    cues: LEAVING_FORCE_NOUNS,
    type: 'withdrawal',
    pattern: `\\b(?:${LEAVING_FORCE_NOUNS.join('|')})(?: [\\w-]+){0,2}? (?:did|do|does|have|has|had)(?: still)? not (?:yet )?(?:leave|left)\\b`,
  },
  {
    // Forces told leaving a place: "the peacekeepers left the region in 2024", "fighters were
    // reported to have left the city", "all forces are to leave Kosovo". Not the noun ("on
    // leave"), nor people "left dead" or "left behind", nor units "left stranded", nor a convoy
    // "of wounded civilians and rebels" that left.
    id: 'withdrawal.forces-left',
    cues: LEAVING_FORCE_NOUNS,
    type: 'withdrawal',
    pattern: `(?<!\\b(?:and|or|of|with) )\\b(?:${LEAVING_FORCE_NOUNS.join('|')})(?: [\\w-]+){0,5}? (?<!\\b(?:were|was|been|being|be|is|are|not|still|on|a|the|their|its|his|her) )(?:left|leave|leaves|leaving) (?!(?:behind|over|out|dead|wounded|stranded|alone|unchecked|intact|in place|without|with|to|for|it|them|him|her|their|no|many|hundreds|thousands|dozens|\\d)\\b)(?:the )?[\\w-]+`,
  },
  {
    // Combatants gathered where an agreement holds them out of the fight: "will be gathered in
    // cantonments", "confined to its barracks", "reached the assembly area". The place names the
    // act, whatever verb moves them there.
    id: 'withdrawal.cantonment',
    cues: ['cantonment', 'barracks', 'assembly', 'designated'],
    type: 'withdrawal',
    pattern:
      '\\b(?:gather|assembl|confin|mov|relocat|regroup|reach|return|withdr|go|went|gone|sent|send|brought|bring)\\w* (?:[\\w-]+ ){0,6}?(?:(?:to|in|into|at|inside|within) )?(?:the |their |its |two |three |designated )?(?:[\\w-]+ ){0,2}?(?:cantonments?|cantonment (?:sites?|areas?|camps?)|barracks|assembly (?:areas?|points?|sites?|zones?)|designated (?:zones|areas|sites))\\b',
  },
  // talks and what is said across the table
  {
    id: 'talks.meeting',
    cues: ['talks', 'negotiation', 'met', 'return'],
    type: 'talks',
    pattern:
      '\\b(?:return(?:s|ed|ing)? to (?:the )?(?:negotiating table|table|talks|negotiations|dialogue)|(?:held|hold|holding|began|begun|begin|started|resumed|resume|opened|open|attended|joined|continued) (?:[\\w-]+ ){0,2}(?:talks|negotiations)|talks (?:with|in|between|on|focused|were held|took place|resumed)|negotiations (?:resumed|took place|were held)|talks (?:were|are) (?:continuing|ongoing|under way)|(?:round|session) of (?:talks|negotiations)|met (?:with )?(?:[\\w-]+ ){0,3}(?:mediators|negotiators|delegation|counterparts?)|indirect talks|peace talks)\\b',
  },
  {
    id: 'proposal.offer',
    cues: ['propos', 'counter', 'offer', 'put forward', 'tabled', 'floated'],
    type: 'proposal',
    pattern:
      '\\b(?:proposed|proposing|proposes|proposals?|counter-?proposal|counter-?offer|offered|offering|offers|put forward|tabled|floated)\\b',
  },
  {
    id: 'demand.warning',
    cues: ['demand', 'warn', 'ultimatum', 'threaten', 'insisted', 'sent', 'call', 'urged'],
    type: 'demand',
    pattern:
      '\\b(?:demanded|demanding|demands|warned|warning|warns|ultimatum|threatened|threatening|insisted that|call(?:ed|s)? on|urged|sent a (?:[\\w-]+ )?message\\b(?:[^.;]{0,80}?)\\bthat (?:stressed|warned|made clear))\\b',
  },
  {
    // A threat is a demand with its price named: "would not refrain from teaching a lesson",
    // "will act forcefully against any threat", "there will be no quiet in Beirut", "will not
    // remain passive". Not "there is a lesson here".
    id: 'demand.threat',
    cues: [
      'teach',
      'taught',
      'lesson',
      'act',
      'respond',
      'retaliat',
      'react',
      'there',
      'passiv',
      'idl',
      'silent',
    ],
    type: 'demand',
    pattern:
      '\\b(?:teach(?:es|ing)?|taught) (?:[\\w-]+ ){0,4}?a lesson|\\b(?:act|acts|acted|acting|respond|responds|responded|responding|retaliate|retaliates|retaliated|react|reacts|reacted) (?:[\\w-]+ )?(?:forcefully|resolutely|decisively|firmly|harshly|with force)|\\bthere will be no (?:quiet|calm|security|peace) (?:in|for)|\\b(?:will|would|shall) not (?:remain|stay|sit) (?:passive|idle|silent|idly by)\\b',
  },
  {
    id: 'accusation.accuse',
    cues: ['accus', 'blam', 'charged', 'traded'],
    type: 'accusation',
    pattern:
      '\\b(?:accused|accusing|accuses|blamed|blaming|blames|charged that|trad(?:ed|ing) (?:accusations|blame|charges))\\b',
  },
  {
    id: 'accusation.breach',
    cues: ['violat', 'breach', 'broke', 'breaking', 'breaks', 'did', 'failed'],
    type: 'accusation',
    roles: ACCUSED_SUBJECT,
    pattern:
      '\\b(?:violated|violating|violates|violate|violations? (?:of|by)|breached|breaching|(?:in )?breach(?:es)? of (?:the|its)|(?:broke|broken|breaking|breaks) (?:the|a|its|their) (?:[\\w-]+ )?(?:pause|truce|ceasefire|deal|agreement|moratorium)|did not (?:fulfill|fulfil|meet|honou?r|respect|comply with|abide by|keep) (?:its|their|his|her) (?:[\\w-]+ )?(?:obligations|commitments|promises|side of the deal)|failed to (?:fulfill|fulfil|meet|honou?r|comply with) (?:its|their) (?:obligations|commitments))\\b',
  },
  {
    id: 'denial',
    cues: [
      'deni',
      'deny',
      'rejected',
      'dismissed',
      'refuted',
      'groundless',
      'baseless',
      'unfounded',
    ],
    type: 'denial',
    pattern:
      '\\b(?:(?:are|were|is|was) (?:completely |entirely |totally )?(?:groundless|baseless|unfounded)|denied|denies|deny|denying|rejected (?:the )?(?:claims?|reports?|accusations?|allegations?)|dismissed (?:the )?(?:claims?|reports?|accusations?|allegations?)|refuted)\\b',
  },
  {
    // Talks a side leaves, or told over ("the talks were over", "had broken down"), are ended
    // by one side or both: the vocabulary's recall, as the corpus records it.
    id: 'delegation.recalled',
    cues: ['team', 'delegation', 'negotiator', 'envoy', 'talks', 'negotiations', 'dialogue'],
    type: 'delegation_recalled',
    pattern:
      '\\b(?:ordered (?:the |its |a )?(?:negotiating |israeli |\\w+ )?(?:team|delegation|negotiators)(?: in \\w+)? (?:to return home|home|back|to return|out)|(?:team|delegation|negotiators)\\b[^.;]{0,40}?\\b(?:has been|have been|was|were|had been) (?:ordered|called|recalled|summoned) (?:home|back)|recalled (?:its|the|their) (?:[\\w-]+ )?(?:team|delegation|negotiators|envoys?)|withdrew (?:its|the|their) (?:[\\w-]+ )?(?:delegation|negotiators|team)|(?:broke off|suspended|walked out of|pulled out of) (?:the )?(?:[\\w-]+ )?(?:talks|negotiations)|(?:suspend(?:ed|ing|s)?|end(?:ed|ing|s)?) (?:its|their|his|her) (?:part|participation) in (?:the )?(?:[\\w-]+ )?(?:talks|negotiations|dialogue)|(?:talks|negotiations|dialogue)\\b[^.;]{0,40}?\\b(?:broke down|broken down|(?:are|were|was|is) over|(?:were|was|had been|have been|has been) (?:suspended|broken off|called off)))\\b',
  },
  // the life of the pause
  {
    id: 'agreement.announced',
    cues: ['truce', 'ceasefire', 'cease', 'deal', 'agreement', 'initiative', 'pause'],
    type: 'agreement_announced',
    pattern:
      '\\b(?:agreed (?:to|on) (?:a |an |the )?(?!(?:extend|prolong|renew)\\w*\\b)(?:[\\w-]+ ){0,2}(?:truce|ceasefire|cease-fire|pause|deal|agreement|initiative)|(?:truce|ceasefire|cease-fire|deal|agreement) (?:was|has been|had been) (?:agreed|reached|announced|signed|struck)|(?:announced|reached|signed|struck|brokered) (?:a |an |the )?(?:[\\w-]+ ){0,3}(?:truce|ceasefire|cease-fire|deals?|agreements?|initiative))\\b',
  },
  {
    // A proposal accepted or agreed to is the deal agreed, not the proposal made again.
    id: 'agreement.accepted',
    cues: ['accept', 'agree', 'endors', 'approv'],
    type: 'agreement_announced',
    pattern:
      "\\b(?:accept(?:ed|s|ing)?|agree(?:d|s)? to|endors(?:ed|es|ing)|approv(?:ed|es|ing)) (?:the |a |an |its |their |his |her |[\\w-]+(?:'s|’s) )?(?:[\\w-]+ ){0,3}(?:proposals?|offers?|plans?|initiative|terms|framework)\\b",
  },
  {
    // A cabinet or parliament approving the deal is the deal agreed, as the corpus records it.
    id: 'agreement.approved',
    cues: ['approv', 'ratif', 'endors'],
    type: 'agreement_announced',
    pattern:
      "\\b(?:(?:truce|ceasefire|cease-fire|deal|agreement|accord|it) (?:was|has been|had been|were) (?:approved|ratified|endorsed) by (?:[\\w’'-]+ ){0,3}(?:cabinet|parliament|government|council|assembly)|(?:cabinet|parliament|government|council|assembly) (?:[\\w-]+ )?(?:approved|ratified|endorsed) (?:it|the (?:[\\w-]+ ){0,2}(?:truce|ceasefire|cease-fire|deal|agreement|accord)))\\b",
  },
  {
    // A pause told taking effect or holding is its start however far its noun stands before the
    // verb ("the ceasefire between …, agreed by both parties under …, came into effect"): that
    // reach is looked for behind the verb, so a framing participle between stays its own act.
    // Held with an object ("the army has held the town") is another act than the pause holding.
    // A side ceasing fire or stopping its fighting is the pause begun, not the fire it names:
    // the corpus records "will cease fire along the border" as the truce's start.
    id: 'truce.start',
    cues: [
      'truce',
      'ceasefire',
      'cease',
      'pause',
      'cessation',
      'there',
      'stop',
      'halt',
      'suspen',
      'agreement',
      'accord',
      'deal',
      'effect',
      'force',
      'held',
      'hostilities',
      'fight',
      'firing',
      'military',
      'combat',
    ],
    type: 'truce_start',
    pattern:
      '\\b(?:(?:truce|ceasefire|cease-fire|pause|cessation of hostilities)s?\\b[^.;]{0,40}?\\b(?:took effect|take effect|takes effect|taken effect|took hold|taken hold|(?:is|was) (?:now )?in force|came into (?:force|effect)|come into (?:force|effect)|comes into (?:force|effect)|went into effect|entered into force|enters into force|enter into force|began|begun|begins|started|starts|kicked in)|(?<=\\b(?:truce|ceasefire|cease-fire|pause|halt|cessation of hostilities)s?\\b[^.;]{0,160}?)\\b(?:took effect|take effect|takes effect|taken effect|came into (?:force|effect)|come into (?:force|effect)|comes into (?:force|effect)|went into effect|entered into force|enters into force)|(?<=\\b(?:truce|ceasefire|cease-fire|cessation of hostilities)s?\\b[^.;]{0,160}?)\\b(?:has|have|had) (?:largely |mostly |broadly |generally )?held(?=\\s*(?:[,.;:)"”]|$)| (?:since|for|until|so far|through|throughout|despite|over|up|firm|and|but|though|although|even|as)\\b)|(?:agreement|accord|deal)s?\\b[^.;]{0,40}?\\b(?:took effect|takes effect|taken effect|came into (?:force|effect)|comes into (?:force|effect)|entered into force|enters into force|went into effect)|(?:start|beginning) of the (?:truce|ceasefire|pause)|(?:cease|ceased|ceasing|stop|stopped|stopping|halt|halted|halting|halts|suspend|suspended|suspending|suspends|suspension of) (?:all |its |their |[\\w-]+(?:\'s|’s) )?(?:offensive |military |air |combat )?(?:military actions?|military operations|offensive operations|offensive actions?|combat actions?|military activit(?:y|ies)|air operations|combat operations|hostilities)|there will be (?:a |an )?(?:[\\w-]+ ){0,2}(?:truce|ceasefire|cessation of hostilities)|(?:cease|ceased|ceases|ceasing) (?:all )?(?:fire|firing|fighting)|(?:stop|stopped|stops|stopping|halt|halted|halts|halting) (?:all )?(?:firing|fighting|shooting)|fire (?:is to|was to|will|would|shall) cease|(?:hostilities|fighting|fights|firing|military (?:actions?|operations)|combat operations)\\b(?: [\\w-]+){0,8}? (?:(?:is|are|was|were|be|been) )?(?:cease|ceased|ceases))\\b',
  },
  {
    // A side that keeps a truce says it holds: "would observe the truce", "had observed an
    // informal ceasefire since 2022", "will abide by the truce as long as the other side does".
    // Asked of others ("called on all parties to respect the ceasefire") the sentence's demand is
    // the act, and the keep head learns to drop this one beside it.
    id: 'truce.observed',
    cues: ['observ', 'respect', 'abid', 'adher', 'honour', 'honor'],
    type: 'truce_start',
    pattern:
      '\\b(?:observe|observes|observed|observing|respect|respects|respected|respecting|abide by|abides by|abided by|abiding by|adhere to|adheres to|adhered to|adhering to|honou?r|honou?rs|honou?red|honou?ring) (?:strictly )?(?:a |an |the |its |their |this |that )?(?:[\\w-]+ ){0,2}?(?:truce|ceasefire|cease-fire|pause|cessation of hostilities)s?\\b',
  },
  {
    // "the guns fell silent": the pause told by what it brought, with no word for it.
    id: 'truce.silence',
    cues: ['gun', 'weapon', 'artillery'],
    type: 'truce_start',
    pattern:
      '\\b(?:guns|weapons|artillery) (?:had |have |has )?(?:[\\w-]+ )?(?:fell|fallen|falls|fall|went|gone|go|goes|were|was|are|is) (?:[\\w-]+ )?silent\\b',
  },
  {
    id: 'truce.extended',
    cues: ['truce', 'ceasefire', 'cease', 'pause', 'deal', 'initiative', 'extension'],
    type: 'truce_extended',
    pattern:
      '\\b(?:(?:truce|ceasefire|cease-fire|pause|deal|initiative)s? (?:was |has been |had been |were )?(?:extended|prolonged|renewed)|(?:extend|prolong|renew)(?:ed|s|ing)? (?:the |a |an |its |their )?(?:[\\w-]+ )?(?:truce|ceasefire|cease-fire|pause|deal|initiative)|extension of the (?:truce|ceasefire|pause|deal))\\b',
  },
  {
    id: 'truce.end',
    cues: [
      'truce',
      'ceasefire',
      'cease',
      'pause',
      'deal',
      'initiative',
      'fighting',
      'hostilities',
      'combat',
      'participation',
    ],
    type: 'truce_end',
    pattern:
      '\\b(?:(?:truce|ceasefire|cease-fire|pause|deal|initiative)s?(?: agreement)? (?:that |which )?(?:[\\w-]+ ){0,3}(?:collapsed|broke down|ended|expired|lapsed|ran out|was terminated|fell apart|failed)|failure of (?:the )?(?:[\\w-]+ ){0,2}(?:truces?|ceasefires?|cease-fires?|pauses?) to hold|fighting resumed|resumed (?:fighting|hostilities|combat)|hostilities resumed|(?:end(?:ed|ing)?|terminated|suspended|quit|withdrew from|pulled out of) (?:the |a |an )?(?:[\\w-]+ )?(?:truce|ceasefire|pause|deal|initiative)|suspended (?:its |their )?participation in)\\b',
  },
];

/**
 * Spans that look like a trigger but report no occurrence: references used as dates, and
 * idioms. A trigger inside one of them is ignored.
 */
/**
 * Acts a framing verb tells by its object: "announced a ceasefire" is the truce one side starts,
 * "agreed to talks" the talks, "announced an offensive" the operation
 * (`test/corpus/README.md`, _Framing verbs_). `verbs` are the lemmas that frame the act; where a
 * framing verb's object is one of `nouns` (lemmas), the claim is of `type`, not the
 * agreement the verb's row names; so too where its object is a verb of `acts` ("agreed to
 * meet"). Read by `framedType` in `event-claims.ts`.
 */
export const FRAMED_ACTS: readonly {
  readonly type: EventType;
  readonly verbs: readonly string[];
  readonly nouns: readonly string[];
  readonly acts?: readonly string[];
}[] = [
  {
    // A pause two sides agree to or sign stays their agreement: only a declared one starts.
    type: 'truce_start',
    verbs: ['announce', 'declare', 'proclaim', 'order'],
    nouns: [
      'ceasefire',
      'cease-fire',
      'truce',
      'pause',
      'halt',
      'suspension',
      'cessation',
      'moratorium',
    ],
  },
  {
    type: 'talks',
    verbs: ['announce', 'declare', 'agree'],
    nouns: ['talk', 'talks', 'negotiation', 'negotiations', 'dialogue', 'meeting', 'consultation'],
    acts: ['meet', 'negotiate', 'talk', 'consult'],
  },
  {
    type: 'ground_operation',
    verbs: ['announce', 'declare'],
    nouns: ['operation', 'offensive', 'assault', 'incursion', 'mobilisation', 'mobilization'],
  },
];

/**
 * Words after a framed pause that make it two sides' ("a ceasefire between the army and the
 * RSF", "a mutual truce"): the agreement, announced by whoever announces it.
 */
export const AGREED_PAUSE_WORDS: readonly string[] = ['between', 'mutual', 'bilateral', 'joint'];

/**
 * Nouns that make a that-clause after a framing verb tell an agreement ("announced that both
 * sides would observe all agreements"), beside the pause nouns of `FRAMED_ACTS`; a clause that
 * names none and tells no act of its own makes the verb no claim ("declared that Africa had
 * shown …").
 */
export const AGREEMENT_NOUNS: readonly string[] = [
  'agreement',
  'deal',
  'accord',
  'understanding',
  'treaty',
  'protocol',
  'arrangement',
];

/**
 * Framing verbs whose that-clause tells terms the sides agree ("agreed that relations will be
 * restored"): the agreement stands where the clause tells no act of its own.
 */
export const AGREEING_VERBS: readonly string[] = ['agree'];

export const NOT_EVENTS: readonly { readonly pattern: string; readonly cues: readonly string[] }[] =
  [
    {
      cues: ['since'],
      pattern:
        '\\bsince the (?:pause|truce|ceasefire|war|deal) (?:started|began|took effect|came into effect)\\b',
    },
    {
      cues: ['end', 'start', 'beginning'],
      pattern: '\\b(?:the )?(?:end|start|beginning) of the (?:pause|truce|ceasefire)\\b',
    },
    {
      cues: ['before', 'after', 'until'],
      pattern:
        '\\b(?:before|after|until) the (?:pause|truce|ceasefire) (?:ended|expired|collapsed|began|started)\\b',
    },
    {
      cues: ['since'],
      pattern:
        '\\bsince (?:hamas |israel |\\w+ )?violated the (?:truce|pause|ceasefire)(?: and fighting resumed)?\\b',
    },
    { cues: ['fire'], pattern: '\\bfire(?:d)? (?:a |the )?(?:warning|starting) (?:shot|gun)\\b' },
    // A fire that broke out, a building that collapsed, calm that returned: no act of war.
    { cues: ['fire'], pattern: '\\bfires? (?:also |later )?(?:broke out|erupted|spread)\\b' },
    {
      cues: ['building', 'house', 'home', 'bridge', 'roof', 'tower', 'block', 'wall'],
      pattern:
        '\\b(?:buildings?|houses?|homes?|bridges?|roofs?|towers?|blocks?|walls?) (?:had |has |have )?(?:partly |partially |later |then )?collapsed\\b',
    },
    {
      cues: ['calm', 'quiet'],
      pattern: '\\b(?:calm|quiet) (?:had |has )?(?:largely )?returned\\b',
    },
    // Terms of an agreement ("the parties shall refrain from attacks…") and acts condemned in
    // general ("we condemn all attacks on civilians") report no act.
    { cues: ['refrain'], pattern: '(?<!not )\\brefrain(?:s|ed|ing)? from [^.;]{0,160}' },
    { cues: ['all'], pattern: '\\ball (?:[\\w-]+ )?(?:attacks|hostilities|acts of violence)\\b' },
    // A coup, not a capture: "the military seized power".
    {
      cues: ['seiz', 'took', 'taken', 'take'],
      pattern: '\\b(?:seized|seize|seizes|took|taken|take|takes) power\\b',
    },
    // A state of emergency is declared at home, not a truce.
    {
      cues: ['declar'],
      pattern:
        '\\bdeclared? (?:a |an )?(?:[\\w-]+ )?state of (?:[\\w-]+ )?(?:emergency|siege|commotion|alert)\\b',
    },
    // "renewed war", "renewed fighting": the adjective, not a truce renewed.
    {
      cues: ['renewed'],
      pattern: '\\brenewed(?= (?:war|fighting|violence|hostilities|clashes|attacks|offensive)\\b)',
    },
    { cues: ['open'], pattern: '\\bopen fire on (?:the )?idea\\b' },
    // A warning of what may come ("warned that the toll could be higher", "warned of famine")
    // or against a course ("warned against dragging the country into war") is a forecast or
    // advice, no demand; a speaker's warning of its own act ("warned it would not hesitate")
    // still is one.
    {
      cues: ['warn'],
      pattern: '\\bwarn(?:ed|s|ing)? (?:of|against|that (?!(?:it|we|they|he|she|i)\\b))',
    },
    // A press release is a document, not a release of anyone.
    { cues: ['press'], pattern: '\\bpress releases?\\b' },
    // Areas "under its control" are held, not taken ("brought under control" is still an act).
    {
      cues: ['under'],
      pattern:
        '(?<!\\b(?:bring|brings|bringing|brought|came|come|comes|fell|fall|falls|placed|put)\\b[^.;,]{0,40})\\bunder (?:the |its |their |his |her |[\\w-]+ ){0,2}control\\b',
    },
    // Blame is no one held: "holds the state responsible", "held him accountable", "hold its
    // president to account".
    {
      cues: ['hold', 'held'],
      pattern:
        '\\b(?:hold|holds|holding|held) (?:[\\w-]+ ){1,4}?(?:responsible|accountable|liable|to account)\\b',
    },
    // Returning to a deal ("will return to the deal once …") is no one handed back.
    {
      cues: ['return'],
      pattern: '\\breturn(?:s|ed|ing)? to (?:the )?(?:deal|agreement|accord|ceasefire|truce)\\b',
    },
    {
      cues: ['list'],
      pattern:
        '\\b(?:list|lists) (?:of [\\w ]{3,40}?)?(?:it|they|he|she) (?:would|will) release\\b',
    },
    // An act feared is no act told ("asked not to be named for fear of arrest", "fears of
    // reprisals"), nor is a source asking not to be named.
    { cues: ['fear'], pattern: '\\bfears? of (?:[\\w-]+ ){0,2}[\\w-]+' },
    {
      cues: ['ask'],
      pattern:
        '\\bask(?:ed|ing|s)? (?:(?:us|me|him|her|them|reporters|journalists) )?not to (?:be (?:named|identified)|(?:use|give|publish|reveal|print) (?:his|her|their|its) (?:full )?names?)\\b',
    },
    // Recalling as remembering ("it is worth recalling", "recalled that …"): no envoy called home.
    {
      cues: ['recall', 'worth'],
      pattern: '\\bworth recalling\\b|\\brecall(?:s|ed|ing)? (?:that|how|when|what)\\b',
    },
    // Displacement told as a toll or a state ("have been displaced", "displaced families", "the
    // displaced"): no order to leave.
    {
      cues: ['displaced'],
      pattern:
        '\\b(?:the|been|be|remain|remains|remained|internally|newly|forcibly) displaced\\b|\\bdisplaced(?= (?:people|persons|families|civilians|residents|households|communities|children|women|men)\\b)',
    },
    // Civilians fleeing ("thousands of people fled toward the border", "residents had fled",
    // "forced to flee their homes") is a toll of the fighting, not a side's forces withdrawing;
    // soldiers who fled still withdrew.
    {
      cues: ['fle'],
      pattern:
        '\\b(?:people|persons|residents|civilians|families|villagers|inhabitants|refugees|households|children|women)\\b(?: (?:who|that|had|have|has|been|already|also|reportedly|since|then))*,?(?: [^.;:,]{0,60},)? (?:fled|flee|flees|fleeing)\\b|\\b(?:fled|flee|flees|fleeing) (?:from )?(?:their|his|her) (?:own )?(?:homes?|houses?|villages?)\\b',
    },
    // An age, a riot gun and shots of joy: "men of fighting age", "fired tear gas", "fired into
    // the air".
    { cues: ['fighting'], pattern: '\\bfighting[- ]age\\b' },
    {
      cues: ['fir'],
      pattern:
        '\\bfir(?:e|es|ed|ing) (?:[\\w-]+ )?(?:tear ?gas|rubber bullets|water cannons?|(?:shots |rounds )?into the air|in celebration)\\b',
    },
    // A deadline or a condition met is no meeting.
    {
      cues: ['met', 'meet'],
      pattern:
        '\\b(?:deadlines?|targets?|conditions?|requirements?|expectations?|obligations?|criteria|benchmarks?|needs) (?:(?:was|were|is|are|be|been|has been|have been|had been) )?(?:not |fully |largely |partly )?met\\b|\\b(?:meet|meets|meeting|met) (?:the|its|their|all|these|those) (?:[\\w-]+ ){0,2}(?:deadlines?|targets?|conditions?|requirements?|expectations?|obligations?|criteria|benchmarks?|needs)\\b',
    },
    // "Striking" as an adjective: "the pictures were striking:", "a striking contrast"; not
    // "drones were striking the depot".
    {
      cues: ['striking'],
      pattern:
        '\\b(?:was|were|is|are|be|been) striking(?=[.,:;]|$)|\\b(?:most|more|particularly|especially|equally|very|so) striking\\b|\\bstriking (?:examples?|features?|contrasts?|images?|pictures?|things?|details?|similarit(?:y|ies))\\b',
    },
    // A war's or a disaster's toll is no act of one side: "the war has killed tens of thousands".
    {
      cues: ['kill'],
      pattern:
        '\\b(?:war|conflict|earthquake|quake|famine|epidemic|cyclone|flood)s? (?:has |have |had )?(?:so far |already |now )?killed\\b',
    },
    // An agreement named as the frame of what is told ("under the deal, the army is to …", "the
    // implementation of the agreement") is no agreement announced again.
    {
      cues: ['under', 'implement', 'terms', 'provision'],
      pattern:
        '\\b(?:under|implementation of|implementing|implement|terms of|provisions of) (?:the|this|that|its|their) (?:[\\w-]+ ){0,2}?(?:agreements?|accords?|deals?|declaration|memorandum|protocol)\\b',
    },
    // A comment on an act named before ("has not commented on the strike", "no comment from Ankara
    // on the agreement") tells the comment, not the act again.
    {
      cues: ['comment'],
      pattern:
        "\\bcomment(?:s|ed|ing)?(?: (?:publicly|immediately|officially))?(?: from [\\w' -]{1,30}?)? on (?:the|these|those|this|that|its|their) (?:[\\w-]+ )?[\\w-]+",
    },
  ];
