import { describe, expect, it } from 'vitest';
import type { ClaimModelFile } from '../../src/ingest/claim-model.js';
import { extractClaims } from '../../src/ingest/extract.js';
import type { ExtractInput } from '../../src/ingest/extract.js';
import {
  chooseJointly,
  JOINT_DROP_AT,
  pairFeatures,
  secondActs,
  toldApart,
} from '../../src/ingest/joint-choice.js';
import type { JointTrigger } from '../../src/ingest/joint-choice.js';
import type { PerceptronModel } from '../../src/ingest/averaged-perceptron.js';
import type { Token } from '../../src/ingest/token.js';

/** Words as tokens, each its own lemma: figures are `NUM`. */
function tokensOf(sentence: string): Token[] {
  return [...sentence.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lemma: m[0].toLowerCase(),
    pos: /^\d/u.test(m[0]) ? 'NUM' : 'NOUN',
  }));
}

/** The trigger at `word` in `sentence`, its clause running from `from` to `to`. */
function triggerAt(
  sentence: string,
  word: string,
  type: JointTrigger['type'],
  rule: string,
  clause: readonly [number, number] = [0, sentence.length],
): JointTrigger {
  const start = sentence.indexOf(word);
  return { trigger: [start, start + word.length], clause, type, rule };
}

/** A joint head sure (margin 20) of `label` wherever `feature` is present, else of `both`. */
const jointHead = (feature: string, label: string): PerceptronModel => ({
  classes: ['both', 'first', 'second'],
  weights: { bias: { both: 1 }, [feature]: { [label]: 20 } },
});

describe('the features of two triggers that share a sentence', () => {
  const sentence = 'Rebels broke the truce overnight by shelling 3 villages.';
  const tokens = tokensOf(sentence);
  const breach = triggerAt(sentence, 'broke the truce', 'accusation', 'trigger.breach');
  const shelling = triggerAt(sentence, 'shelling', 'shelling', 'trigger.lemma.shell.verb');

  it('name both types in text order, their families and whether they are one type', () => {
    const f = pairFeatures(breach, shelling, sentence, tokens);
    expect(f).toContain('pair=accusation+shelling');
    expect(f).toContain('kinds=pattern+word');
    // A rule is mostly one word of the tables: weights on it did not carry to unseen reports.
    expect(f.filter((x) => x.includes('trigger.'))).toEqual([]);
    expect(f).not.toContain('same-type');
  });

  it('read the words between them and a figure beside the second', () => {
    const f = pairFeatures(breach, shelling, sentence, tokens);
    expect(f).toContain('between=by');
    expect(f).toContain('gap=near');
    expect(f).toContain('count-second');
    expect(f).not.toContain('count-first');
    expect(f).toContain('same-clause');
  });

  it('tell a second trigger outside the first one’s clause', () => {
    const text = 'The convoy reached Kassala, and later a drone struck the depot.';
    const convoy = triggerAt(text, 'convoy', 'aid_delivery', 'trigger.lemma.convoy.noun', [0, 26]);
    const struck = triggerAt(text, 'struck', 'airstrike', 'trigger.lemma.strike.verb', [27, 63]);
    const f = pairFeatures(convoy, struck, text, tokensOf(text));
    expect(f).toContain('other-clause');
    expect(f).not.toContain('both-hostile');
  });
});

describe('the features of talks paired with an agreement', () => {
  const talksOf = (f: readonly string[]): string[] => f.filter((x) => x.startsWith('talks-'));

  it('tell talks held for themselves, ahead, with the agreement only as their aim', () => {
    const text = 'Negotiators will meet in Geneva on Thursday for a new round of talks on a truce.';
    const talks = triggerAt(text, 'talks', 'talks', 'trigger.lemma.talk.noun');
    const truce = triggerAt(text, 'truce', 'agreement_announced', 'trigger.lemma.truce.noun');
    expect(talksOf(pairFeatures(talks, truce, text, tokensOf(text))).sort()).toEqual([
      'talks-first:ahead',
      'talks-first:aim',
      'talks-first:held',
    ]);
  });

  it('tell talks that set an agreement, and their venue, by the talks’ place in the pair', () => {
    const text = 'The accord was initialled after talks in Nairobi brokered by the regional bloc.';
    const accord = triggerAt(text, 'accord', 'agreement_announced', 'trigger.lemma.accord.noun');
    const talks = triggerAt(text, 'talks', 'talks', 'trigger.lemma.talk.noun');
    expect(talksOf(pairFeatures(accord, talks, text, tokensOf(text))).sort()).toEqual([
      'talks-second:setting',
      'talks-second:venue',
    ]);
  });

  it('are not read for a pair without talks', () => {
    const text = 'Militia shelling in Abyei went on after the ceasefire was agreed.';
    const shelling = triggerAt(text, 'shelling', 'shelling', 'trigger.lemma.shelling.noun');
    const ceasefire = triggerAt(text, 'ceasefire', 'agreement_announced', 'trigger.x');
    expect(talksOf(pairFeatures(shelling, ceasefire, text, tokensOf(text)))).toEqual([]);
  });
});

describe('a sentence’s triggers chosen together', () => {
  const sentence = 'A drone strike on the bus station killed 9 people and wounded 20 more.';
  const tokens = tokensOf(sentence);
  const strike = triggerAt(sentence, 'drone strike', 'airstrike', 'trigger.airstrike.strike');
  const killed = triggerAt(sentence, 'killed', 'armed_attack', 'trigger.lemma.kill.verb');

  it('drops the trigger the joint head does not choose, and says so on the one it keeps', () => {
    const head = jointHead('pair=airstrike+armed_attack', 'first');
    const choice = chooseJointly(head, [strike, killed], sentence, tokens);
    expect([...choice.dropped]).toEqual([1]);
    expect(choice.reasons.get(0)).toMatch(/^joint=one act with trigger\.lemma\.kill\.verb/);
  });

  it('gives the claim kept the other’s type where the pair-type head names the other', () => {
    const head = jointHead('pair=airstrike+armed_attack', 'second');
    const typeHead = jointHead('pair=airstrike+armed_attack', 'first');
    const choice = chooseJointly(head, [strike, killed], sentence, tokens, typeHead);
    expect([...choice.dropped]).toEqual([0]);
    expect(choice.types.get(1)).toBe('airstrike');
    expect(choice.reasons.get(1)).toMatch(/, its type airstrike$/u);
  });

  it('leaves the claim kept its own type where the pair-type head names it', () => {
    const head = jointHead('pair=airstrike+armed_attack', 'second');
    const typeHead = jointHead('pair=airstrike+armed_attack', 'second');
    const choice = chooseJointly(head, [strike, killed], sentence, tokens, typeHead);
    expect([...choice.dropped]).toEqual([0]);
    expect(choice.types.size).toBe(0);
  });

  it('keeps both where the head reads two acts', () => {
    const head = jointHead('pair=airstrike+armed_attack', 'both');
    expect(chooseJointly(head, [strike, killed], sentence, tokens).dropped.size).toBe(0);
  });

  it('keeps both where the head is not sure enough that they are one act', () => {
    const unsure = Math.log(JOINT_DROP_AT / (1 - JOINT_DROP_AT)) - 0.5;
    const head: PerceptronModel = {
      classes: ['both', 'first', 'second'],
      weights: { 'pair=airstrike+armed_attack': { second: unsure } },
    };
    expect(chooseJointly(head, [strike, killed], sentence, tokens).dropped.size).toBe(0);
  });

  it('never drops a trigger it has chosen over another', () => {
    const text = 'Gunmen attacked the post, killed 4 guards and killed 2 drivers.';
    const attack = triggerAt(text, 'attacked', 'armed_attack', 'trigger.lemma.attack.verb');
    const first = triggerAt(text, 'killed', 'armed_attack', 'trigger.lemma.kill.verb');
    const at = text.lastIndexOf('killed');
    const second: JointTrigger = { ...first, trigger: [at, at + 'killed'.length] };
    // Every pair reads as one act, the later trigger chosen: the first goes for the second,
    // which is then kept though the third is chosen over it too.
    const head = jointHead('same-type', 'second');
    const choice = chooseJointly(head, [attack, first, second], text, tokensOf(text));
    expect([...choice.dropped]).toEqual([0]);
    expect(choice.reasons.get(1)).toMatch(/trigger\.lemma\.attack\.verb/);
  });
});

describe('talks and an agreement read as one act', () => {
  const typeOf = (sentence: string, talksWord: string, typeHeadLabel: string): string => {
    const tokens = tokensOf(sentence);
    const agreed = triggerAt(sentence, 'agreed', 'agreement_announced', 'trigger.lemma.agree.verb');
    const talks = triggerAt(sentence, talksWord, 'talks', 'trigger.lemma.talk.noun');
    const [a, b] = agreed.trigger[0] < talks.trigger[0] ? [agreed, talks] : [talks, agreed];
    const head = jointHead('bias', a === talks ? 'first' : 'second');
    const typeHead = jointHead('bias', typeHeadLabel);
    const choice = chooseJointly(head, [a, b], sentence, tokens, typeHead);
    return choice.types.get([a, b].indexOf(talks)) ?? 'talks';
  };

  it('take the agreement’s type where the talks are its setting, whatever the pair-type head says', () => {
    // The joint head keeps the talks; the pair-type head would name them too.
    const after = 'The rebels agreed on Sunday, after a day of talks with mediators, to stop.';
    expect(typeOf(after, 'talks', 'first')).toBe('agreement_announced');
    const atTheEnd = 'The truce was agreed in Havana at the end of the third round of talks.';
    expect(typeOf(atTheEnd, 'talks', 'second')).toBe('agreement_announced');
  });

  it('leave the choice to the heads where the talks are told as an act of their own', () => {
    const met = 'The two sides met in Kunming and agreed to keep in touch.';
    expect(typeOf(met, 'met', 'first')).toBe('talks');
    // "in" there makes the talks what was agreed, no setting: the pair-type head names them.
    const joined = 'The rebels agreed to take part in talks with the government.';
    expect(typeOf(joined, 'talks', 'second')).toBe('talks');
    const participate = 'The government agreed to participate in talks with the rebels.';
    expect(typeOf(participate, 'talks', 'second')).toBe('talks');
  });

  it('take the talks’ type where the agreement set in them is one already known, given no time of its own', () => {
    const typeIn = (sentence: string, agreedWords: string, dated = false): string => {
      const agreed = triggerAt(sentence, agreedWords, 'agreement_announced', 'trigger.agreed');
      const talks = triggerAt(sentence, 'talks', 'talks', 'trigger.lemma.talk.noun');
      // The joint head keeps the agreement, the pair-type head names it too.
      const head = jointHead('bias', 'first');
      const day = sentence.indexOf('on Friday');
      const times = dated ? [[day, day + 'on Friday'.length] as const] : [];
      const choice = chooseJointly(
        head,
        [agreed, talks],
        sentence,
        tokensOf(sentence),
        jointHead('bias', 'first'),
        times,
      );
      return choice.types.get(0) ?? 'agreement_announced';
    };
    const known =
      'The accord was signed by both commanders after four days of talks at a lakeside hotel.';
    expect(typeIn(known, 'accord was signed')).toBe('talks');
    // Dated, the agreement is news again; brought as a new one ("an accord"), it is the act.
    const dated = 'The accord was signed on Friday after four days of talks at a lakeside hotel.';
    expect(typeIn(dated, 'accord was signed', true)).toBe('agreement_announced');
    const brought =
      'Both commanders signed an accord after four days of talks at a lakeside hotel.';
    expect(typeIn(brought, 'signed an accord')).toBe('agreement_announced');
    // Any definite determiner presents the agreements as known, a plural one too.
    const those =
      'Those accords were signed by the district elders after a week of talks in the valley.';
    expect(typeIn(those, 'accords were signed')).toBe('talks');
  });
});

/** An air strike that killed: two triggers, one act. */
const input: ExtractInput = {
  text: 'An air strike on the market in Kassala killed 12 people on Tuesday, residents said.',
  format: 'text',
  published: '2024-05-08T12:00:00+03:00',
  timeZone: 'Africa/Khartoum',
  publisher: 'Test Wire',
};

describe('extraction with a joint head', () => {
  /** A model that keeps every trigger and reads it as its rule does. */
  const keepAll = (joint?: PerceptronModel, jointType?: PerceptronModel): ClaimModelFile => ({
    trainedOn: 'test',
    type: { classes: ['none'], weights: {} },
    keep: { classes: ['claim', 'none'], weights: {} },
    polarity: { classes: ['asserted'], weights: {} },
    occurrence: { classes: ['happened'], weights: {} },
    ...(joint === undefined ? {} : { joint }),
    ...(jointType === undefined ? {} : { jointType }),
  });

  it('reads a strike and the deaths it caused as one claim where the head says so', () => {
    const rules = extractClaims(input, null);
    expect(rules.claims.map((c) => c.type)).toEqual(['airstrike', 'armed_attack']);
    const alone = extractClaims(input, keepAll());
    expect(alone.claims).toHaveLength(2);
    const joint = extractClaims(input, keepAll(jointHead('pair=airstrike+armed_attack', 'first')));
    expect(joint.claims.map((c) => c.type)).toEqual(['airstrike']);
    expect(joint.explanations[0]!.reasons[0]).toMatch(/^joint=one act with trigger\.lemma\.kill/);
  });

  it('keeps the deaths’ claim with the strike’s type where the pair-type head names the strike', () => {
    const pair = 'pair=airstrike+armed_attack';
    const joint = extractClaims(
      input,
      keepAll(jointHead(pair, 'second'), jointHead(pair, 'first')),
    );
    expect(joint.claims.map((c) => [c.type, c.rule])).toEqual([
      ['airstrike', 'trigger.lemma.kill.verb'],
    ]);
  });

  it('gives each pair of the rules’ claims in a sentence as a training example', () => {
    const { pairs } = extractClaims(input, null);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ first: 0, second: 1 });
    expect(pairs[0]!.features).toContain('pair=airstrike+armed_attack');
    expect(pairs[0]!.features).toContain('count-second');
    expect(extractClaims(input, keepAll()).pairs).toEqual([]);
  });
});

describe('a second act of force the keep head dropped', () => {
  const sentence = 'Militia fighters shelled the depot at dawn and ambushed a patrol at noon.';
  const tokens = tokensOf(sentence);
  const shelled = triggerAt(sentence, 'shelled', 'shelling', 'trigger.shelling.fire');
  const ambushed = triggerAt(sentence, 'ambushed', 'armed_attack', 'trigger.lemma.ambush.verb');
  const signed = triggerAt(sentence, 'shelled', 'agreement_announced', 'trigger.lemma.sign.verb');

  it('comes back where the joint head reads the pair as two acts, and says beside which', () => {
    const head = jointHead('pair=shelling+armed_attack', 'both');
    const back = secondActs(head, [shelled], [ambushed], sentence, tokens);
    expect([...back.keys()]).toEqual([0]);
    expect(back.get(0)).toMatch(/^joint=a second act beside trigger\.shelling\.fire/);
  });

  it('stays dropped where the joint head reads one act told twice', () => {
    const head = jointHead('pair=shelling+armed_attack', 'first');
    expect(secondActs(head, [shelled], [ambushed], sentence, tokens).size).toBe(0);
  });

  it('stays dropped beside an act that is no act of force', () => {
    const head = jointHead('bias', 'both');
    expect(secondActs(head, [signed], [ambushed], sentence, tokens).size).toBe(0);
  });
});

describe('extraction keeps a second act of force the joint head reads as two', () => {
  /** A keep head sure that the killing reports nothing, and a joint head of `label`. */
  const dropsKilling = (label: string): ClaimModelFile => ({
    trainedOn: 'test',
    type: { classes: ['airstrike', 'armed_attack'], weights: {} },
    keep: {
      classes: ['claim', 'none'],
      weights: { 'rule=trigger.lemma.kill.verb': { none: 20 } },
    },
    polarity: { classes: ['asserted'], weights: {} },
    occurrence: { classes: ['happened'], weights: {} },
    joint: jointHead('pair=airstrike+armed_attack', label),
  });

  it('keeps both where the joint head says both, with its reason first', () => {
    const result = extractClaims(input, dropsKilling('both'));
    expect(result.claims.map((c) => c.type)).toEqual(['airstrike', 'armed_attack']);
    expect(result.explanations[1]!.reasons[0]).toMatch(/^joint=a second act beside/);
    expect(result.claims[1]!.confidence).toBeGreaterThan(0);
  });

  it('leaves the killing dropped where the joint head says the strike is the act', () => {
    const result = extractClaims(input, dropsKilling('first'));
    expect(result.claims.map((c) => c.type)).toEqual(['airstrike']);
  });
});

describe('two acts told apart are never one act told twice', () => {
  /** A joint head sure that every pair is one act, the first kept. */
  const oneActAlways = jointHead('bias', 'first');

  it('keeps both acts of a contrast, whatever the joint head reads of the pair', () => {
    for (const text of [
      'Rebel fighters shelled the airport, while army jets bombed a market.',
      'Rebel fighters shelled the airport, whereas army jets bombed a market.',
      'Rebel fighters shelled the airport; meanwhile, army jets bombed a market.',
      'Rebel fighters shelled the airport — while army jets bombed a market.',
    ]) {
      const shelled = triggerAt(text, 'shelled', 'shelling', 'trigger.shelling.fire');
      const bombed = triggerAt(text, 'bombed', 'airstrike', 'trigger.lemma.bomb.verb');
      const choice = chooseJointly(oneActAlways, [shelled, bombed], text, tokensOf(text));
      expect(choice.dropped.size, text).toBe(0);
    }
  });

  it('names the contrast that told the two apart', () => {
    const text = 'Rebel fighters shelled the airport; meanwhile, army jets bombed a market.';
    const shelled = triggerAt(text, 'shelled', 'shelling', 'trigger.shelling.fire');
    const bombed = triggerAt(text, 'bombed', 'airstrike', 'trigger.lemma.bomb.verb');
    expect(toldApart(shelled, bombed, text)).toBe('joined by "meanwhile"');
  });

  it('keeps two acts told by two tellers', () => {
    const text =
      'The rebels said troops had shelled their camp; the army said rebels had ambushed a convoy.';
    const shelled = {
      ...triggerAt(text, 'shelled', 'shelling', 'trigger.shelling.fire'),
      teller: 'rebels',
    };
    const ambushed = {
      ...triggerAt(text, 'ambushed', 'armed_attack', 'trigger.lemma.ambush.verb'),
      teller: 'army',
    };
    expect(
      chooseJointly(oneActAlways, [shelled, ambushed], text, tokensOf(text)).dropped.size,
    ).toBe(0);
    expect(toldApart(shelled, ambushed, text)).toBe('told by rebels and army');
    // One teller of both: the joint head decides.
    const oneTeller = { ...ambushed, teller: 'rebels' };
    expect([
      ...chooseJointly(oneActAlways, [shelled, oneTeller], text, tokensOf(text)).dropped,
    ]).toEqual([1]);
  });

  it('keeps two acts whose clauses each name an author of their own, and only then', () => {
    const text = 'Azerbaijani forces shelled Martuni, and Armenian troops fired rockets at Terter.';
    const comma = text.indexOf(',');
    const shelled = {
      ...triggerAt(text, 'shelled', 'shelling', 'trigger.shelling.fire', [0, comma]),
      author: 'azerbaijan',
    };
    const rockets = {
      ...triggerAt(text, 'fired rockets', 'rocket_fire', 'trigger.rocket.launch', [
        comma,
        text.length,
      ]),
      author: 'armenia',
    };
    expect(toldApart(shelled, rockets, text)).toBe('done by azerbaijan and armenia');
    expect(chooseJointly(oneActAlways, [shelled, rockets], text, tokensOf(text)).dropped.size).toBe(
      0,
    );
    // In one clause, the one charged with an act is no author of a second act.
    const accusation = 'The rebels accused the army of shelling the camp.';
    const accused = {
      ...triggerAt(accusation, 'accused', 'accusation', 'trigger.accusation.accuse'),
      author: 'rebels',
    };
    const shelling = {
      ...triggerAt(accusation, 'shelling', 'shelling', 'trigger.shelling.fire'),
      author: 'army',
    };
    expect(toldApart(accused, shelling, accusation)).toBeNull();
  });

  it('still reads an act and what it caused as one, with no contrast between them', () => {
    const text = 'The militia fired rockets at the village, killing six people.';
    const fired = triggerAt(text, 'fired rockets', 'rocket_fire', 'trigger.rocket.launch');
    const killing = triggerAt(text, 'killing', 'armed_attack', 'trigger.lemma.kill.verb');
    expect(toldApart(fired, killing, text)).toBeNull();
    expect([
      ...chooseJointly(oneActAlways, [fired, killing], text, tokensOf(text)).dropped,
    ]).toEqual([1]);
  });
});

describe('extraction keeps both acts of a contrast', () => {
  /** A model that keeps every trigger, with a joint head sure that every pair is one act. */
  const oneActModel: ClaimModelFile = {
    trainedOn: 'test',
    type: { classes: ['none'], weights: {} },
    keep: { classes: ['claim', 'none'], weights: {} },
    polarity: { classes: ['asserted'], weights: {} },
    occurrence: { classes: ['happened'], weights: {} },
    joint: jointHead('bias', 'first'),
  };
  const read = (text: string, agreement: ExtractInput['agreement'] = null) =>
    extractClaims({ ...input, text, agreement }, oneActModel).claims.map((c) => c.type);

  it('by the words that join them', () => {
    expect(
      read('Hezbollah fired rockets at Kiryat Shmona; meanwhile, Israeli artillery shelled Khiam.'),
    ).toEqual(['rocket_fire', 'shelling']);
  });

  it('by the tellers of its clauses', () => {
    expect(
      read(
        'The rebels said government troops had shelled their camp, but the army said the rebels had ambushed a convoy.',
      ),
    ).toEqual(['shelling', 'armed_attack']);
  });

  it('by the authors of its clauses', () => {
    const parties = {
      parties: [
        { id: 'azerbaijan', aliases: ['Azerbaijani forces'] },
        { id: 'armenia', aliases: ['Armenian troops'] },
      ],
    };
    expect(
      read(
        'Azerbaijani forces shelled Martuni, and Armenian troops fired rockets at Terter.',
        parties,
      ),
    ).toEqual(['shelling', 'rocket_fire']);
    // One author of both, in one clause: the joint head's one act.
    expect(
      read('Azerbaijani forces shelled Martuni and fired rockets at Terter.', parties),
    ).toEqual(['shelling']);
  });
});
