import { describe, expect, it } from 'vitest';
import { originOf } from '../../src/core/evidence/claim.js';
import { chainAt } from '../../src/ingest/attribution.js';
import { compilePattern } from '../../src/ingest/compile-pattern.js';
import { attributeReport, extractClaims } from '../../src/ingest/extract.js';
import type { AgreementParties } from '../../src/ingest/find-actors.js';
import { SPEAKER_TITLES } from '../../src/ingest/tables/speech.js';
import { claimsOfText, extractionOfText, originsOfText } from '../support/extract-text.js';

const origins = (
  text: string,
  publisher: string | null = 'Wire',
  agreement: AgreementParties | null = null,
) => originsOfText(text, { publisher, agreement });

/** Origins read by the rules alone, whatever the shipped weights say. */
const ruleOrigins = (text: string) => claimsOfText(text, null).map((c) => originOf(c).name);

describe('who a claim is according to', () => {
  it('gives a clause before one whose speaker opens it to the report, not to that speaker', () => {
    expect(
      ruleOrigins(
        'Jets bombed the market in Gao on Friday; the army says rebels shelled the bridge at Sevare.',
      ),
    ).toEqual(['Wire', 'army']);
    // A speaker closing the sentence still tells all of it.
    expect(ruleOrigins('Jets bombed the market in Gao on Friday, the army said.')).toEqual([
      'army',
    ]);
  });

  it('tells each item of a list run into one sentence by the speaker it names, else the report', () => {
    expect(
      ruleOrigins(
        'Summary of the day: - Jets bombed the market in Gao on Friday. - The army said rebels shelled the bridge at Sevare.',
      ),
    ).toEqual(['Wire', 'army']);
  });

  it('gives an unattributed sentence of wire copy to the agency its dateline names', () => {
    expect(origins('MOPTI, March 2 (AFP) - Jets bombed a market in Mopti on Friday.')).toEqual([
      'AFP',
    ]);
  });

  it('gives wire copy to whatever agency a dateline in capitals credits, and not to its reporter', () => {
    expect(
      origins(
        'Truce frays\n\nBy Odile Brann\n\nTIMBUKTU, Mali, June 3 (Sahara Wire Service) -- Jets bombed a market in Gao on Friday.',
        null,
      ),
    ).toEqual(['Sahara Wire Service']);
    expect(
      origins(
        'By Odile Brann\n\nBAMAKO/GAO, 3 June 2024 (AFP) - Jets bombed a market in Gao on Friday.',
        null,
      ),
    ).toEqual(['AFP']);
  });

  it('drops titles that follow one another, ranks and honorifics abbreviated, before a name', () => {
    expect(
      origins("The army's spokesman Lt Gen Ali Musa said jets bombed Saada on Friday."),
    ).toEqual(['Ali Musa']);
    expect(
      origins('Navy spokesman Rear Adm. Tomas Berg said jets bombed Saada on Friday.'),
    ).toEqual(['Tomas Berg']);
    expect(origins('Chancellor Greta Lind said jets bombed Saada on Friday.')).toEqual([
      'Greta Lind',
    ]);
    expect(origins('Dr Greta Lind said jets bombed Saada on Friday.')).toEqual(['Greta Lind']);
    expect(origins('Senior rebel official Omar Nasser said jets bombed Saada on Friday.')).toEqual([
      'Omar Nasser',
    ]);
  });

  it('drops a rank joined by a hyphen and an office that names its charge before a name', () => {
    expect(origins('Lieutenant-Colonel Omar Nasser said jets bombed Saada on Friday.')).toEqual([
      'Omar Nasser',
    ]);
    expect(
      origins('Regional Police Commissioner Greta Lind said jets bombed Saada on Friday.'),
    ).toEqual(['Greta Lind']);
    expect(
      origins('Ruritanian Secretary of State Tomas Berg said jets bombed Saada on Friday.'),
    ).toEqual(['Tomas Berg']);
    // the office alone later speaks for the holder it named
    expect(
      origins(
        'Police Commissioner Greta Lind said jets bombed Saada on Friday. The Commissioner said rebels shelled Gao on Monday.',
      ),
    ).toEqual(['Greta Lind', 'Greta Lind']);
    expect(
      origins(
        'Secretary of State Tomas Berg said jets bombed Saada on Friday. The Secretary of State said rebels shelled Gao on Monday.',
      ),
    ).toEqual(['Tomas Berg', 'Tomas Berg']);
  });

  it('drops before a name each office it names alone later, whatever its form', () => {
    expect(
      origins(
        'Council Chairwoman Greta Lind said jets bombed Saada on Friday. The Chairwoman said rebels shelled Gao on Monday.',
      ),
    ).toEqual(['Greta Lind', 'Greta Lind']);
    expect(origins('Mediator Tomas Berg said jets bombed Saada on Friday.')).toEqual([
      'Tomas Berg',
    ]);
  });

  it('drops an honorific of address before a surname alone, and no office', () => {
    expect(origins('Mr. Berg said jets bombed Saada on Friday.')).toEqual(['Berg']);
    expect(origins('Mrs Lind said rebels shelled Gao on Monday.')).toEqual(['Lind']);
    expect(origins('Sheikh Hasina said jets bombed Saada on Friday.')).toEqual(['Sheikh Hasina']);
    // An office before a surname alone is kept: it may name its charge, not the holder's name.
    expect(origins('President Berg said jets bombed Saada on Friday.')).toEqual(['President Berg']);
  });

  it('reads a surname after an honorific as any name is read, and no title as a surname', () => {
    expect(origins("Mr. O'Neill said jets bombed Saada on Friday.")).toEqual(["O'Neill"]);
    expect(origins('Mr. de Klerk said rebels shelled Gao on Monday.')).toEqual(['de Klerk']);
    expect(origins('Mrs Van der Merwe said jets bombed Saada on Friday.')).toEqual([
      'Van der Merwe',
    ]);
    // An office addressed is not a surname: the honorific is not dropped before it.
    expect(origins('Mr. President said jets bombed Saada on Friday.')).toEqual(['Mr. President']);
  });

  it('gives up a run of title words with no name after it without trying every split of it', () => {
    const titles = compilePattern(SPEAKER_TITLES, 'u');
    // Sixty words: tried split by split, the run would not be given up at all.
    const run = 'minister '.repeat(60);
    expect(`${run}said`.replace(titles, '')).toBe(`${run}said`);
    expect(`${run}Tomas Berg said`.replace(titles, '')).toBe('Tomas Berg said');
  });

  it('gives a report to the office its producing line names only where that line names the publisher', () => {
    const chains = (text: string) =>
      extractionOfText(text, { publisher: null, agreement: null, model: null }).claims.map((c) =>
        c.attribution.map((link) => link.name),
      );
    const produced = 'This update is produced by RRA Velgrad.\n\nGunmen shelled Kelm on Friday.\n';
    expect(chains(`RURITANIAN RELIEF AGENCY\n\nFLASH UPDATE\n\n${produced}`)).toEqual([
      ['RRA Velgrad'],
    ]);
    // A "Source:" line is read first and names the publisher; the office still tells.
    expect(
      chains(
        `RURITANIAN RELIEF AGENCY\n\nFLASH UPDATE\n\nSource: RRA Press Service\n\n${produced}`,
      ),
    ).toEqual([['RRA Press Service', 'RRA Velgrad']]);
  });

  it('gives a signed piece no outlet is named for to its author as publisher, not agency copy', () => {
    const read = (text: string) =>
      extractionOfText(text, { publisher: null, agreement: null, model: null });
    const body = 'Gunmen shelled Kelm on Friday, and the truce is now in doubt.\n';
    const signed = read(`WHAT THE KELM TRUCE WAS WORTH\nBy Tomas Verhaal\n\n${body}`);
    expect(signed.document.publisher).toBe('Tomas Verhaal');
    expect(signed.warnings.some((w) => w.includes('no publisher'))).toBe(false);
    expect(signed.claims.map((c) => originOf(c).name)).toEqual(['Tomas Verhaal']);
    // An outlet the heading names still publishes it; the author tells.
    const carried = read(`By Tomas Verhaal | Velgrad Quarterly | 2 March 2024\n\n${body}`);
    expect(carried.document.publisher).toBe('Velgrad Quarterly');
    // A reporter on copy credited to an agency writes the agency's copy: no publisher is read.
    const copy = read(`By Tomas Verhaal\n\nKELM, March 1 (Reuters) - ${body}`);
    expect(copy.document.publisher).toBe('unknown publisher');
  });

  it('keeps a signed piece under a masthead for the paper, and its own author a person', () => {
    const read = (text: string) =>
      extractionOfText(text, { publisher: null, agreement: null, model: null });
    const body = 'Mortars fell on Drava bridge overnight, and the truce is fraying.\n';
    const papered = read(`The Drava Herald\nBy Ilse Marwood\n\n${body}`);
    expect(papered.document.publisher).toBe('The Drava Herald');
    expect(papered.claims.map((c) => originOf(c).name)).toEqual(['Ilse Marwood']);
    const broadcast = read(`BBC News\nBy Ilse Marwood\n\n${body}`);
    expect(broadcast.document.publisher).toBe('BBC News');
    // Her own piece: the head of the chain is the author, a person, not an outlet of her name.
    const own = read(`WHO HOLDS THE DRAVA BRIDGE\nBy Ilse Marwood\n\n${body}`);
    expect(own.document.publisher).toBe('Ilse Marwood');
    expect(own.claims.map((c) => c.attribution.map((l) => `${l.kind}:${l.name}`))).toEqual([
      ['person:Ilse Marwood', 'person:Ilse Marwood'],
    ]);
  });

  it('drops a time phrase or a conjunction before the speaker', () => {
    expect(origins('By Friday night the rebel council had said jets bombed Saada.')).toEqual([
      'rebel council',
    ]);
    expect(origins('Within days the northern alliance said jets bombed Saada.')).toEqual([
      'northern alliance',
    ]);
    expect(origins('The pause came after the rebel council said jets bombed Saada.')).toEqual([
      'rebel council',
    ]);
  });

  it('reads a speaker told by who they are, or named behind an abbreviation or "has since"', () => {
    expect(
      origins('One woman, who asked not to be named by the paper, said jets bombed Saada.'),
    ).toEqual(['One woman']);
    expect(
      new Set(
        ruleOrigins(
          'The Northern Coalition (NC), an alliance of herders’ militias that signed the 2019 accord, said jets bombed Saada.',
        ),
      ),
      // Named by the abbreviation the report defines for it (decision 0153).
    ).toEqual(new Set(['NC']));
    expect(
      origins('The truce monitoring body, JVM, has since reported that jets bombed Saada.'),
    ).toEqual(['JVM']);
  });

  it('reads no speaker in an act a participle tells of ("the truce announced by …")', () => {
    // The truce's announcement and its start: neither is the mediators' telling.
    expect(
      new Set(
        origins(
          'A truce between the two armies, announced by the regional mediators, came into force at midnight on 4 May.',
        ),
      ),
    ).toEqual(new Set(['Wire']));
    expect(
      origins(
        'The ceasefire announced on 30 April by the regional mediators took effect at midnight on 4 May.',
      ),
    ).toEqual(['Wire']);
  });

  it('reads a monitor’s record or count as its telling, and no one in the incidents recorded', () => {
    expect(
      origins(
        'In the course of the day the General Staff recorded that northern forces shelled Saada 40 times.',
      ),
    ).toEqual(['General Staff']);
    expect(origins('Ten breaches of the truce were recorded by the mission on Friday.')).toEqual([
      'mission',
    ]);
    expect(
      origins(
        'The council voiced its concern at the incidents recorded in May, including shelling of the market in Saada.',
      ),
    ).toEqual(['Wire']);
  });

  it('reads a speaker after a live blog’s clock time', () => {
    expect(origins('14:05 The coastguard says drones struck two tankers off Aden.')).toEqual([
      'coastguard',
    ]);
  });

  it('keeps a ministry as its own speaker rather than the state that owns it', () => {
    expect(origins("Israel's defence ministry said jets bombed Saada on Friday.")).toEqual([
      "Israel's defence ministry",
    ]);
  });

  it('keeps a ministry or military named by its adjective or its seat as its own speaker', () => {
    expect(origins('Jets bombed Saada on Friday, the Ruritanian defence ministry said.')).toEqual([
      'Ruritanian defence ministry',
    ]);
    expect(
      origins("Drones struck the port of Brava on Sunday, Ruritania's military said."),
    ).toEqual(["Ruritania's military"]);
  });

  it('reads a body whose name holds "for" behind its apposition, and no clause as a speaker', () => {
    expect(
      origins(
        'The Tarsa Observatory for Human Rights, based in Geneva, said jets bombed Saada on Friday.',
      ),
    ).toEqual(['Tarsa Observatory for Human Rights']);
    expect(origins('Jets bombed Saada for hours on Friday and the UN said so.')).toEqual([
      'United Nations',
    ]);
  });

  it('reads a UN agency by its full name as the agency its abbreviation names', () => {
    expect(origins('The World Food Programme said trucks reached Kassala on Monday.')).toEqual([
      'WFP',
    ]);
    expect(
      origins(
        'The Office of the UN High Commissioner for Human Rights said troops shelled Gao on Monday.',
      ),
    ).toEqual(['UN OHCHR']);
  });

  it('still reads a reporter as speaking for the outlet that employs them', () => {
    expect(origins("Haaretz's correspondent said jets bombed Saada on Friday.")).toEqual([
      'Haaretz',
    ]);
  });

  it('names a speaker of a party with no known source as the text does, not by the party’s id', () => {
    const parties = { parties: [{ id: 'lra', aliases: ['Lord’s Resistance Army', 'LRA'] }] };
    expect(
      origins(
        'The Lord’s Resistance Army said it had freed 30 captives on Friday.',
        'Wire',
        parties,
      ),
    ).toEqual(['Lord’s Resistance Army']);
  });

  it('gives a verb of stance its subject as speaker', () => {
    expect(origins('The observer mission condemned the shelling of Tartar on Friday.')).toEqual([
      'observer mission',
    ]);
  });

  it('finds the subject a second verb shares with the first', () => {
    expect(
      origins(
        'The navy did not confirm the loss of the frigate but said fighting went on near Ochamchire.',
      ),
    ).toEqual(['navy']);
  });

  it('drops a title before a name, in lower case too', () => {
    expect(
      origins('UN envoy Marta Ruiz said both sides had exchanged lists of prisoners.'),
    ).toEqual(['Marta Ruiz']);
  });

  it('reads no speaker in a passive verb of saying, and takes the one "according to" names', () => {
    expect(
      origins('Shelling of the camp was reported on Friday, according to local responders.'),
    ).toEqual(['local responders']);
  });

  it('gives a signed piece’s own sentences to its author, and a staff credit’s to the outlet', () => {
    expect(
      origins('After the truce\n\nBy Lena Marsh\n\nJets bombed Saada on Friday.', null),
    ).toEqual(['Lena Marsh']);
    expect(
      origins('After the truce\n\nBy Harbour Times staff\n\nJets bombed Saada on Friday.', null),
    ).toEqual(['Harbour Times']);
  });

  it('gives two sides accusing each other one accusation each, in its own name', () => {
    const claims = extractClaims({
      text: 'The militia and the Fourth Brigade each blamed the other for the fire.',
      format: 'text',
      published: '2024-03-02T10:00:00+00:00',
      timeZone: 'UTC',
      publisher: 'Wire',
    }).claims.filter((c) => c.type === 'accusation');
    expect(claims.map((c) => originOf(c).name)).toEqual(['militia', 'Fourth Brigade']);
  });

  it('takes the agreement’s two parties for "both sides" accusing each other', () => {
    const parties = {
      parties: [
        { id: 'north', aliases: ['Northern Front'] },
        { id: 'south', aliases: ['Southern Command'] },
      ],
    };
    const accusers = extractClaims({
      text: 'Within an hour of the truce, the two sides traded accusations of shelling.',
      format: 'text',
      published: '2024-03-02T10:00:00+00:00',
      timeZone: 'UTC',
      publisher: 'Wire',
      agreement: parties,
    })
      .claims.filter((c) => c.type === 'accusation')
      .map((c) => originOf(c).name);
    expect(accusers).toEqual(['Northern Front', 'Southern Command']);
  });

  it('keeps both of two speakers joined by "and", titles dropped', () => {
    expect(
      ruleOrigins(
        'The truce was extended on Thursday, Turkish President Tayyip Erdogan and UN Secretary-General Antonio Guterres said.',
      ),
    ).toEqual(['Tayyip Erdogan and Antonio Guterres']);
    expect(
      ruleOrigins('The truce was extended by five days, the Saudi and US mediators said.'),
    ).toEqual(['Saudi and US mediators']);
  });

  it('reads a clause before "and" as no part of the speaker', () => {
    expect(ruleOrigins('Jets bombed Saada and the ministry said the truce was over.')).toEqual([
      'ministry',
    ]);
  });

  it('gives "they" both speakers and "the army" the one that is an army', () => {
    expect(
      ruleOrigins(
        'Qatar and the Israeli army announced that the truce was extended. They said jets bombed Rafah on Friday. The army said gunmen fired at troops in Jenin.',
      ),
    ).toEqual(['Qatar and the Israeli army', 'Qatar and the Israeli army', 'IDF']);
  });

  it('gives a statement’s own sentences to the issuer its heading names', () => {
    expect(
      ruleOrigins(
        'Remarks of the Secretary-General at the close of the talks\n\nRimbo, 13 December 2018\n\nThe parties agreed to a ceasefire in Hodeidah. They have exchanged lists of prisoners.',
      ),
    ).toEqual(['Secretary-General', 'Secretary-General']);
    expect(
      ruleOrigins(
        'Address of President Ilham Aliyev to the nation\n\nToday the army liberated Shusha.',
      ),
    ).toEqual(['Ilham Aliyev']);
  });

  it('reads a statement’s issuer named again by the first words of its name as one body', () => {
    const communique =
      'JOINT COMMAND OF THE ARMED FORCES OF SELVARIA\nCommunique No. 3\n\nTarsa, 2 May 2024\n\nThe Joint Command of the Armed Forces informs the nation:\n\n1. On Thursday night, special units of the army carried out an operation to free the hostages held in the customs post at Tarsa.';
    const chains = claimsOfText(communique, null).map((c) => c.attribution.map((l) => l.name));
    expect(chains.length).toBeGreaterThan(0);
    for (const chain of chains) {
      expect(chain).toEqual(['Wire', 'Joint Command of the Armed Forces of Selvaria']);
    }
    // Two bodies whose names share only their first words stay two.
    expect(
      ruleOrigins(
        'STATEMENT OF THE MINISTRY OF DEFENCE OF SELVARIA\n\nThe Ministry of Defence of Ostrava said its forces shelled the bridge at Tarsa.',
      ),
    ).toEqual(['Ministry of Defence of Ostrava']);
  });

  // A statement under an office's heading, for the signer cases below to sign or not.
  const signedStatement =
    'STATEMENT BY THE PRESIDENT\n\nThe two sides agreed to a ceasefire in Tarsa. Their forces will withdraw from the town.\n\n';

  it('gives a signed statement’s own sentences to its one signer, over the office its heading names', () => {
    expect(ruleOrigins(`${signedStatement}LENA HART\n`)).toEqual(['Lena Hart', 'Lena Hart']);
    // several signers sign for a body: the heading's office speaks
    expect(ruleOrigins(`${signedStatement}Lena Hart\nOmar Said\n`)).toEqual([
      'PRESIDENT',
      'PRESIDENT',
    ]);
  });

  it('takes no closing line of common words for a signer ("Thank You", "Read More")', () => {
    expect(ruleOrigins(`${signedStatement}Thank You\n`)).toEqual(['PRESIDENT', 'PRESIDENT']);
    expect(ruleOrigins(`${signedStatement}Read More\n`)).toEqual(['PRESIDENT', 'PRESIDENT']);
    expect(ruleOrigins(`${signedStatement}Lena Long\n`)).toEqual(['Lena Long', 'Lena Long']);
  });

  it('takes no place and its country, nor a closing formula, for a signer', () => {
    expect(ruleOrigins(`${signedStatement}Geneva Switzerland\n`)).toEqual([
      'PRESIDENT',
      'PRESIDENT',
    ]);
    expect(ruleOrigins(`${signedStatement}Nairobi Kenya\n`)).toEqual(['PRESIDENT', 'PRESIDENT']);
    expect(ruleOrigins(`${signedStatement}Allahu Akbar\n`)).toEqual(['PRESIDENT', 'PRESIDENT']);
    // a person whose name holds a country's name still signs
    expect(ruleOrigins(`${signedStatement}Israel Katz\n`)).toEqual(['Israel Katz', 'Israel Katz']);
  });

  it('names a person told by surname alone by the full name the text gave before', () => {
    expect(
      ruleOrigins(
        'Omar Tahir al-Sadri, who leads the rebels, spoke in Tarsa on Monday. Al-Sadri said the army shelled the town.',
      ),
    ).toEqual(['Omar Tahir al-Sadri']);
    // a given name opening the full name, or a word two people share, is kept as written
    expect(
      ruleOrigins('Lena Hart arrived in Tarsa on Monday. Lena said the army shelled the town.'),
    ).toEqual(['Lena']);
    expect(
      ruleOrigins(
        'Omar Hart and Lena Hart arrived in Tarsa on Monday. Hart said the army shelled the town.',
      ),
    ).toEqual(['Hart']);
  });

  it('gives a statement’s own sentences to the body its opening has speak in the present tense', () => {
    expect(
      ruleOrigins(
        'Statement on the corridor\n\nNiamey, 3 May 2024\n\nThe Republic of Ruritania announces that the corridor to Tarsa has opened.\n\nForty trucks crossed into Tarsa on Friday.',
      ),
    ).toContain('Ruritania');
  });

  it('gives a statement’s own sentences to the body whose meeting its heading names, whole', () => {
    expect(
      ruleOrigins(
        'JOINT PRESS STATEMENT\nGeneral Border Committee (GBC) Meeting between Ruritania and Tarsa\n\nTarsa, 7 May 2024\n\nBoth sides agreed to reopen the crossing at Tarsa on Friday.',
      ),
      // The whole name, which the heading defines by its abbreviation (decision 0153).
    ).toEqual(['GBC']);
  });

  it('reads the terms a statement introduces as the statement’s own, not an unnamed source’s', () => {
    expect(
      ruleOrigins(
        'Joint communiqué of the Peace Table between the Government and the Front\n\nThe delegations inform the public of the following agreements:\n\n1. The ceasefire is extended for a further 180 days.',
      ),
    ).toEqual(['Peace Table', 'Peace Table']);
  });

  it('reads the speaker behind an apposition: the name, not the title or the clause', () => {
    expect(
      ruleOrigins(
        'Getachew Reda, president of the interim administration, accused commanders of staging a coup.',
      ),
    ).toEqual(['Getachew Reda']);
    expect(
      ruleOrigins(
        'The UN Special Envoy for Yemen, Hans Grundberg, announces that the truce was renewed.',
      ),
    ).toEqual(['Hans Grundberg']);
    expect(
      ruleOrigins('China, which has ties to both sides, called for a ceasefire in Shan State.'),
    ).toEqual(['China']);
  });

  it('gives a denial in a relative clause to its own speaker', () => {
    expect(
      ruleOrigins(
        'Baku accused Armenian forces of shelling Tartar on Tuesday, which Yerevan denied.',
      ),
    ).toEqual(['Azerbaijan', 'Azerbaijan', 'Armenia']);
  });

  it('gives "its spokesman" to the body told before', () => {
    expect(
      ruleOrigins(
        'The army said it had withdrawn from Minova. Its spokesman accused Rwanda of shelling Sake.',
      ),
    ).toEqual(['army', 'army', 'army']);
  });

  it('reads the speaker before "continued to report"', () => {
    expect(
      ruleOrigins('Despite the calm, partners continued to report shelling in Taiz city.'),
    ).toEqual(['partners']);
  });

  it('drops a place told again from a speaker, and keeps one the text names', () => {
    expect(
      ruleOrigins('Residents of the capital said on Tuesday that clashes had resumed in Omdurman.'),
    ).toEqual(['Residents']);
    expect(
      ruleOrigins('Residents of Lashio said on Tuesday that clashes had resumed in the town.'),
    ).toEqual(['Residents of Lashio']);
  });

  it('gives "we" outside quotation marks to the report’s own voice, not the last speaker', () => {
    const [first, ...rest] = ruleOrigins(
      'The army said its jets bombed Saada. We call on the army to stop shelling Taiz.',
    );
    expect(first).toBe('army');
    expect(rest.length).toBeGreaterThan(0);
    expect(new Set(rest)).toEqual(new Set(['Wire']));
  });

  it('reads a speaker after a bullet', () => {
    expect(ruleOrigins('SITUATION • The ELN said drones bombed Tibu on Monday.')).toEqual(['ELN']);
  });

  it('reads "the coalition" as a speaker of its own clause', () => {
    const origins = ruleOrigins(
      'The Houthis accused coalition forces of shelling Hays on Sunday, while the coalition accused the rebels of launching drones towards Marib.',
    );
    expect(origins[origins.length - 1]).toBe('coalition');
    expect(origins[0]).toBe('Houthis');
  });

  it('reads "the facilitators" of a statement as its issuers when no one before fits', () => {
    const statement =
      'Joint Statement by Saudi Arabia and the United States on a ceasefire in Sudan\n\nThe facilitators call on both parties to adhere strictly to this ceasefire.';
    expect(ruleOrigins(statement)).toEqual(['Saudi Arabia and the United States']);
    // The call and the truce it asks to keep: each claim is the facilitators'.
    expect(
      new Set(ruleOrigins('The facilitators call on both parties to adhere to the ceasefire.')),
    ).toEqual(new Set(['facilitators']));
  });

  it('reads the subject of a verb of citing, asking or pledging as the speaker', () => {
    expect(
      ruleOrigins(
        'Riyadh and Washington said the truce was broken. They cited air strikes by the army in Omdurman.',
      ),
    ).toEqual(['Riyadh and Washington']);
    expect(
      new Set(
        ruleOrigins(
          'Getachew Reda asked the federal government to intervene after fighters seized Adigrat.',
        ),
      ),
    ).toEqual(new Set(['Getachew Reda']));
    expect(ruleOrigins('Hamas vowed to release ten hostages on Friday.')).toEqual(['Hamas']);
  });

  it('keeps every speaker of a list of three as one origin', () => {
    expect(
      ruleOrigins(
        'The United States, France and the United Kingdom said the militia shelled Goma on Monday.',
      ),
    ).toEqual(['United States, France and the United Kingdom']);
    expect(
      ruleOrigins('On Monday, Qatar and the Israeli army said the hostages were released.'),
    ).toEqual(['Qatar and the Israeli army']);
  });

  it('drops a title in lower case before a person’s name, and keeps one with no name after it', () => {
    expect(
      ruleOrigins("Kenya's interior ministry spokesman Daniel Otieno said jets bombed Lodwar."),
    ).toEqual(['Daniel Otieno']);
    expect(
      new Set(ruleOrigins('Rebel negotiator Omar al-Faruq said the convoy was shelled.')),
    ).toEqual(new Set(['Omar al-Faruq']));
    expect(ruleOrigins("Kenya's government spokeswoman said jets bombed Lodwar.")).toEqual([
      "Kenya's government spokeswoman",
    ]);
  });

  it('reads the subject of a clause a conjunction opens, not the words before it', () => {
    expect(
      ruleOrigins(
        'The talks resumed in Arusha a week after the rebels said they had shelled Bunia.',
      ).at(-1),
    ).toBe('rebels');
    expect(
      ruleOrigins('Fighting went on in the hills, where the militia said it had seized two posts.'),
    ).toContain('militia');
  });

  it('reads no speaker in what someone called a thing', () => {
    expect(
      new Set(
        ruleOrigins('Tanks shelled what Kinshasa called a civilian camp near Sake on Monday.'),
      ),
    ).toEqual(new Set(['Wire']));
  });

  it('reads a speaker after a heading glued to its paragraph, not the heading with it', () => {
    const text =
      'Ceasefire monitors in the north\n\n' +
      '11:20 Shelling near the dam\n' +
      'The regional health office says two shells hit the market in Kalemie on Friday.\n\n' +
      'FIELD REPORT\n' +
      'Partners report that a convoy of nine trucks reached Kalemie on Friday.';
    expect(new Set(ruleOrigins(text))).toEqual(new Set(['regional health office', 'Partners']));
  });

  it('keeps a name that a hard-wrapped paragraph breaks across two lines', () => {
    const text =
      'Ceasefire monitors in the north\n\n' +
      'Fighting resumed on Friday near the dam after a week of calm, and the Regional\n' +
      'Health Office said two shells hit the market in Kalemie on Friday afternoon.';
    // The clause the office opens is its own; the one before it is the report's.
    const { attributed } = attributeReport({
      text,
      format: 'text',
      published: null,
      timeZone: 'UTC',
      publisher: 'Wire',
    });
    const at = attributed.text.indexOf('shells hit');
    const told = attributed.attributions[0];
    expect(told === undefined ? null : chainAt(told, at).at(-1)?.name).toBe(
      'Regional Health Office',
    );
  });

  it('gives the paragraph under a heading its own speaker when the heading names another', () => {
    const text =
      'Ceasefire monitors in the north\n\n' +
      '09:40 Kinshasa says the truce holds\n' +
      'The rebels said two shells hit the market in Kalemie on Friday, the second of them at noon.';
    const claims = claimsOfText(text, null);
    const shelling = claims.find((c) => c.text.includes('shells hit'));
    expect(shelling === undefined ? null : originOf(shelling).name).toBe('rebels');
  });

  it('reads one resident as an unnamed speaker, as it reads several', () => {
    expect(
      new Set(ruleOrigins('Shells hit the market in Kalemie on Friday, a resident told us.')),
    ).toEqual(new Set(['a resident']));
  });

  it('reads a speaker behind a long relative clause', () => {
    expect(
      new Set(
        ruleOrigins(
          'Ruto, who announced the truce on Sunday after two weeks of talks with both sides in Nairobi, told reporters that the militia had shelled Kalemie.',
        ),
      ),
    ).toEqual(new Set(['Ruto']));
  });
});

describe('who a statement under a letterhead is according to', () => {
  it('gives a statement its body’s name where the office under the letterhead is the body’s voice', () => {
    const text =
      'WORKERS PARTY OF RIMBO (MARXIST)\nCentral Committee\n\nPRESS STATEMENT\n\n' +
      'Rimbo, 2 May 2024\n\nGovernment troops shelled the market in Rimbo on Friday.\n';
    expect(origins(text, null)).toEqual(['Workers Party of Rimbo (Marxist)']);
  });

  it('gives a notice signed by order to its signer', () => {
    const text =
      "COLONIAL OFFICE,\nRimbo, 2nd May, 1871.\n\nThe rebels fired on the fort at Rimbo on Friday.\n\nBy His Excellency's command,\nT. R. MARLOWE.\n";
    expect(origins(text, null)).toEqual(['T. R. Marlowe']);
  });
});
