import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** The types the rules alone read in one text. */
const types = (text: string): string[] => claimsOfText(text, null).map((c) => c.type);

describe('acts told in words no single trigger word names', () => {
  it('reads the guns falling silent as the pause beginning', () => {
    expect(types('At 8 a.m. on Monday the guns fell silent along the border.')).toEqual([
      'truce_start',
    ]);
    expect(types('By Sunday evening the guns had largely fallen silent.')).toEqual(['truce_start']);
    expect(types('The guns were loud all night.')).toEqual([]);
  });

  it('reads a cabinet or parliament approving the deal as the deal agreed', () => {
    expect(types("Israel's cabinet approved it on Sunday.")).toEqual(['agreement_announced']);
    expect(types('The ceasefire was approved by the security cabinet on Tuesday.')).toEqual([
      'agreement_announced',
    ]);
    expect(types('Parliament approved the budget on Tuesday.')).toEqual([]);
  });

  it('reads an offensive carried out as ground action', () => {
    expect(types('The ELN has carried out an offensive against the 33rd Front.')).toEqual([
      'ground_operation',
    ]);
  });

  it('reads a ceasefire that took hold as the pause beginning, and one that failed to hold as its end', () => {
    expect(types('The ceasefire took hold at four in the morning.')).toEqual(['truce_start']);
    expect(types('They cited the failure of previous ceasefires to hold.')).toEqual(['truce_end']);
  });

  it('reads claims called groundless as a denial', () => {
    expect(types('The reports of shelling after noon are groundless.')).toContain('denial');
    expect(types('The road was unfinished.')).toEqual([]);
  });

  it('reads people crossing a border as people fleeing', () => {
    expect(types('Around 8,000 people have crossed into eastern Chad.')).toEqual([
      'evacuation_order',
    ]);
    expect(types('Rwandan troops crossed the border.')).not.toContain('evacuation_order');
  });

  it('reads forces told leaving a place as a withdrawal', () => {
    expect(types('The monitoring force left the valley in the spring of 2023.')).toEqual([]);
    expect(types('The last peacekeepers left the province in June.')).toEqual(['withdrawal']);
    expect(types('Militia fighters were seen to have left the old town by nightfall.')).toEqual([
      'withdrawal',
    ]);
    expect(types('Two soldiers were left stranded at the checkpoint.')).toEqual([]);
    expect(types('Government troops left behind damaged vehicles.')).toEqual([]);
  });

  it('reads forces to leave, or leaving, a place as a withdrawal, in any tense', () => {
    expect(types('All foreign troops are to leave the district within ten days.')).toEqual([
      'withdrawal',
    ]);
    expect(types('Rebel units began leaving the valley on Monday.')).toEqual(['withdrawal']);
    expect(types('The troops did not leave the valley.')).toEqual(['withdrawal']);
    expect(types('Soldiers are on leave until May.')).toEqual([]);
  });

  it('reads combatants gathered in cantonments, barracks or assembly areas as a withdrawal', () => {
    expect(types('The rebel fighters will be gathered in six cantonments by March.')).toEqual([
      'withdrawal',
    ]);
    expect(types('The army will be confined to its barracks during the vote.')).toEqual([
      'withdrawal',
    ]);
    expect(types('The first groups have reached the assembly area near the river.')).toEqual([
      'withdrawal',
    ]);
    expect(types('The barracks were built in 1960.')).toEqual([]);
    expect(types('Delegates gathered in the assembly hall.')).toEqual([]);
  });

  it('reads military operations halted or suspended as the pause beginning', () => {
    expect(types('The commander ordered the suspension of all offensive operations.')).toEqual([
      'truce_start',
    ]);
    expect(types("The minister told the army to halt the alliance's air operations.")).toEqual([
      'truce_start',
    ]);
    expect(types('Aid agencies suspended operations in the province.')).not.toContain(
      'truce_start',
    );
  });

  it('reads a place retaken in any form of the verb as ground action', () => {
    expect(types('Government forces had retaken the port by evening.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The militia retook the bridge on Sunday.')).toEqual(['ground_operation']);
    expect(types('The army recaptured the airfield.')).toEqual(['ground_operation']);
  });

  it('reads bombs falling or dropped as an air strike', () => {
    expect(types('Two bombs fell on the outskirts of the camp before dawn.')).toEqual([
      'airstrike',
    ]);
    expect(types('Helicopters dropped barrel bombs on the market.')).toContain('airstrike');
    expect(types('A car bomb exploded near the checkpoint.')).not.toContain('airstrike');
  });

  it('reads a garrison overrun as ground action', () => {
    expect(types('The garrison was overrun by rebels on Monday.')).toEqual(['ground_operation']);
  });

  it('reads a past tense the tagger takes for a noun after a name', () => {
    expect(types('Police rescued Marulanda within hours.')).toEqual(['release']);
    expect(types('He slept in a shed near the border.')).toEqual([]);
  });

  it('reads an irregular participle after "had" that the tagger takes for a noun', () => {
    expect(types('The insurgents had overrun two hilltop outposts by dawn.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The envoys had talks with both commanders.')).toEqual(['talks']);
  });
});

describe('words that look like acts of war and are not', () => {
  it.each([
    'A fire also broke out at a construction site near the airport.',
    'The building collapsed.',
    'By Sunday morning calm had returned to most of the city.',
    'The military seized power in February 2021.',
    'On 20 January the Government declared a state of internal commotion for the region.',
    'The split has raised fears of renewed war.',
    'We condemn all attacks on civilians.',
    'The parties shall refrain from attacks on civilians and from the movement of forces.',
    'The agency has warned that fuel shortages could close the hospitals within days.',
    'Relief groups warned of hunger in the camps.',
    'The minister warned against any escalation along the border.',
    'The press release gave no figures.',
    'Most of the district remains under militia control.',
    'Moscow said it would return to the deal later.',
    'A nurse, who spoke on condition that she not be named for fear of arrest, described the ward.',
    'Farmers stayed away from the fields out of fear of renewed shelling.',
    'The driver asked reporters not to use his name.',
    'One shopkeeper, asking not to be identified, said prices had doubled.',
    'It is worth recalling how the last truce was drafted.',
    'The envoy recalled that the border had been quiet for years.',
    'Some 12,000 people remain displaced in the northern districts.',
    'Clinics serve displaced families in three camps.',
    'Checkpoints stopped men of fighting age on the highway.',
    'Riot police fired tear gas at the crowd outside the ministry.',
    'Supporters fired shots into the air outside the mosque.',
    'The second deadline was not met either.',
    'Neither army has met the conditions set out in the annex.',
    'The contrast with the summer was striking.',
    'It was a particularly striking image of the front.',
    'The decade-long war has killed tens of thousands of people.',
    'The navy has not commented on the strike.',
    'There was no immediate comment from the rebels on the agreement.',
    'Under the agreement, the police are to run the crossing.',
    'The council will oversee the implementation of the accord.',
    'Thousands of residents fled toward the border overnight.',
    'Families were forced to flee their homes.',
  ])('finds no act in “%s”', (text) => {
    expect(types(text)).toEqual([]);
  });

  it('still reads the acts those words stand beside', () => {
    expect(types('The truce collapsed on Friday.')).toEqual(['truce_end']);
    expect(types('The parties renewed the truce for two months.')).toEqual(['truce_extended']);
    expect(types('Rebels seized control of the town.')).toEqual(['ground_operation']);
    expect(types('Artillery fire hit the market.')).toContain('shelling');
    expect(types('The group warned it would resume attacks if the raids went on.')).toContain(
      'demand',
    );
    expect(types('The militia brought the district under its control on Friday.')).toContain(
      'ground_operation',
    );
    expect(types('The army said 40 prisoners were returned to their families.')).toContain(
      'release',
    );
  });

  it('still reads an act told beside a fear, a recollection, a toll or a comment', () => {
    expect(types('Hundreds fled for fear of arrest after soldiers detained the mayor.')).toContain(
      'arrest',
    );
    expect(types('The government recalled its ambassador from the capital.')).toEqual([
      'delegation_recalled',
    ]);
    expect(types('Police fired on the crowd and killed two protesters.')).not.toEqual([]);
    expect(types('Artillery fire killed four soldiers near the dam.')).toContain('shelling');
    expect(types('The delegations will meet again in Geneva on Monday.')).toEqual(['talks']);
    expect(types('Drones were striking the depot when the truce began.')).toContain('airstrike');
    expect(types('The two sides signed the agreement in Doha on Sunday.')).toEqual([
      'agreement_announced',
    ]);
  });

  it('still reads soldiers who fled as a withdrawal', () => {
    expect(types('Its soldiers fled, abandoning their weapons.')).toEqual(['withdrawal']);
    expect(types('The insurgents abandoned the town and fled into the forest.')).toEqual([
      'withdrawal',
    ]);
  });

  it('reads a return to the table as talks', () => {
    expect(types('The delegation said it was ready to return to the negotiating table.')).toEqual([
      'talks',
    ]);
  });

  it('reads a place taken as ground action, and not a place someone was taken to', () => {
    expect(types('Government troops retook the northern town of Kadugli on Friday.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The villages taken by the militia last month are still empty.')).toEqual([
      'ground_operation',
    ]);
    expect(types('He was taken to the village clinic.')).toEqual([]);
    expect(types('The meeting took place in the town hall.')).not.toContain('ground_operation');
  });

  it('reads forces crossing a border as ground action, and forces that have not left as a withdrawal', () => {
    expect(types('Azerbaijani troops crossed several kilometres into Armenia.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The foreign fighters had still not left the region.')).toEqual(['withdrawal']);
    expect(types('The convoy of wounded civilians and rebels left the district.')).not.toContain(
      'withdrawal',
    );
  });

  it('reads aid workers unable to reach a place as aid that did not get through', () => {
    expect(types('Aid workers have not been able to reach the camp since March.')).toEqual([
      'aid_delivery',
    ]);
    expect(types('Partners were unable to reach two villages near the river.')).toEqual([
      'aid_delivery',
    ]);
  });

  it('reads a communiqué’s enemies neutralised and gunfire heard as a clash', () => {
    expect(types('The army said 52 gunmen were neutralised in the operation.')).toContain('clash');
    expect(types('Residents heard gunfire near the port.')).toEqual(['clash']);
  });

  it('reads a promise to cease offensive operations as the pause beginning', () => {
    expect(types('Both armies will cease offensive operations from midnight.')).toEqual([
      'truce_start',
    ]);
  });

  it('reads a truce broken as a breach of it, in any tense', () => {
    expect(types('The army said the rebels had broken the truce twice overnight.')).toContain(
      'accusation',
    );
    expect(types('Officials spoke of rebels breaking the new ceasefire near the river.')).toContain(
      'accusation',
    );
    expect(types('The bridge was broken in two places.')).toEqual([]);
  });
});

describe('acts told from the side they reached', () => {
  it('reads a unit that came under fire or attack as an attack', () => {
    expect(types('A patrol of peacekeepers came under fire near the airstrip.')).toEqual([
      'armed_attack',
    ]);
    expect(types('The base had come under heavy attack before dawn.')).toEqual(['armed_attack']);
    expect(types('The truce came under strain within hours.')).toEqual([]);
    expect(types('The ministry has come under pressure from donors.')).toEqual([]);
  });

  it('reads aid let across a line as aid delivered, and a road let open as no aid', () => {
    expect(types('Fuel was finally allowed in on Tuesday morning.')).toEqual(['aid_delivery']);
    expect(types('Medical supplies were let through the checkpoint overnight.')).toEqual([
      'aid_delivery',
    ]);
    expect(types('Journalists were allowed in for the first time.')).toEqual([]);
  });
});

describe('acts told by a phrasing of their own', () => {
  it('reads people named to be freed as a list delivered', () => {
    expect(
      types(
        'The group handed the Egyptian mediators the names of six detainees due out on Monday.',
      ),
    ).toContain('list_delivered');
    expect(types('Each side said its list included roughly 1,200 names.')).toEqual([
      'list_delivered',
    ]);
    expect(types('The names of the victims have not been published.')).toEqual([]);
  });

  it('reads a side keeping a truce as the truce holding', () => {
    expect(types('The militia said it would observe the holiday truce until Sunday.')).toEqual([
      'truce_start',
    ]);
    expect(types('Both armies had respected an informal ceasefire since the spring.')).toEqual([
      'truce_start',
    ]);
    expect(types('The council will observe a minute of silence.')).toEqual([]);
  });

  it('reads a threat as a demand with its price named', () => {
    expect(types('The governor said the army would teach the raiders a lesson.')).toEqual([
      'demand',
    ]);
    expect(types('Officials said they would act forcefully if provoked.')).toEqual(['demand']);
    expect(types('There will be no calm in the capital, the commander said.')).toEqual(['demand']);
    expect(types('The movement says it will not remain passive.')).toEqual(['demand']);
    expect(types('There is a lesson in this for every mediator.')).toEqual([]);
  });

  it('reads aid by its entry or its distribution, let in or stopped', () => {
    expect(types('The entry of relief supplies resumed at the southern gate on Friday.')).toEqual([
      'aid_delivery',
    ]);
    expect(types('Authorities blocked the entry of fuel into the enclave.')).toEqual([
      'aid_delivery',
    ]);
    expect(types('The road has stayed closed to food and medicine for a month.')).toEqual([
      'aid_delivery',
    ]);
    expect(types('The charity suspended distributions in the northern district.')).toEqual([
      'aid_delivery',
    ]);
    expect(types('The entry of the delegation was delayed.')).toEqual([]);
  });

  it('reads an order to move that names whom at length', () => {
    expect(
      types('The army ordered residents of nine villages along the river to leave at once.'),
    ).toEqual(['evacuation_order']);
  });
});

describe('acts the tagger or the tables missed before: free, cease, lay down, distribute', () => {
  it('reads "free" after a modal or "not", and "go free", as a release, not "free to" or "a free vote"', () => {
    expect(types('The council said it would not free any detainees.')).toEqual(['release']);
    expect(types('Both sides must free all the captives they hold.')).toContain('release');
    expect(types('The two fishermen will go free within the week.')).toEqual(['release']);
    expect(types('Residents are not free to leave after dark.')).toEqual([]);
    expect(types('Members will have a free vote on the bill.')).toEqual([]);
  });

  it('reads hostilities or fighting told ceasing as the pause beginning', () => {
    expect(types('Hostilities cease along the whole line from noon.')).toEqual(['truce_start']);
    expect(types('By dawn the fights had ceased on the northern front.')).toEqual(['truce_start']);
    expect(types('The military actions near the pass were ceased at six.')).toEqual([
      'truce_start',
    ]);
    expect(types('The newspaper ceased publication in May.')).toEqual([]);
  });

  it('reads arms laid down as a withdrawal, not a point laid down', () => {
    expect(types('The fighters of the front will lay down their arms.')).toEqual(['withdrawal']);
    expect(types('The brigade laid down its weapons at the stadium.')).toEqual(['withdrawal']);
    expect(types('The judge laid down three conditions.')).toEqual([]);
  });

  it('reads food or relief distributed as aid delivered, not a text distributed to the press', () => {
    expect(types('The agency continued general food distributions in the valley.')).toEqual([
      'aid_delivery',
    ]);
    expect(types('Volunteers distributed food parcels and blankets on Monday.')).toEqual([
      'aid_delivery',
    ]);
    expect(types('The statement was distributed to the press on Monday.')).toEqual([]);
  });
});

describe('acts told by what moves and which way', () => {
  it('reads a force moving in as ground action', () => {
    expect(types('Egyptian troops crossed the Suez Canal on Saturday.')).toEqual([
      'ground_operation',
    ]);
    expect(types('Russian forces moved into Gori on 13 August.')).toEqual(['ground_operation']);
    expect(types('Belgian paratroopers dropped on the airfield at dawn.')).toEqual([
      'ground_operation',
    ]);
    expect(types('Marine commandos landed on the island on 15 December.')).toEqual([
      'ground_operation',
    ]);
  });

  it('reads a force moving away as a withdrawal', () => {
    expect(types('The rebel units crossed back to their own side of the river.')).toEqual([
      'withdrawal',
    ]);
    expect(types('The rebels retired behind the river on Monday.')).toEqual(['withdrawal']);
    expect(
      types('It had temporarily moved a contingent of its forces out of the country.'),
    ).toEqual(['withdrawal']);
  });

  it('reads people held or freed moving as their release', () => {
    expect(types('Nineteen hostages have been brought out alive.')).toEqual(['release']);
    expect(types('Three Britons held for years in the north landed in Doha on Monday.')).toEqual([
      'release',
    ]);
  });

  it('reads every noun of a force alike when it moves, and only bodies of armed men as leaving', () => {
    expect(types('The peacekeepers moved into the buffer zone on Monday.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The marines landed on the beach at dawn.')).toEqual(['ground_operation']);
    expect(types('The marines left the island on Tuesday.')).toEqual(['withdrawal']);
    // One soldier leaving is no withdrawal.
    expect(types('A soldier left the base on Tuesday.')).toEqual([]);
    // Only bodies of armed men leave: units named by their shape or gear, and armed men of no
    // body, "leave" what they cause or drop.
    expect(types('Columns of refugees left the city on Monday.')).toEqual([]);
    expect(types('The tanks left deep ruts in the road.')).toEqual([]);
    expect(types('The gunmen left the bank in a white car.')).toEqual([]);
    expect(types('Deep divisions left the talks stalled.')).not.toContain('withdrawal');
    // "Left" as a side of something, after "the", is no leaving.
    expect(types('The allied armies will occupy the left bank of the river.')).toEqual([]);
  });

  it('reads people held taken to another place of holding as no release', () => {
    expect(types('The hostages were moved to another hideout on Sunday.')).toEqual([]);
    expect(types('The prisoners were flown to a prison in the north.')).toEqual([]);
    expect(types('The hostages were brought out of the camp alive.')).toEqual(['release']);
    // A camp or custody is as often where the freed go: "a camp for displaced people", "into
    // the custody of the Red Cross".
    expect(
      types('The hostages were brought to a camp for displaced people near the border.'),
    ).toEqual(['release']);
    expect(types('The prisoners were moved into the custody of the Red Cross.')).toEqual([
      'release',
    ]);
  });

  it('reads a force that crossed from a place, or moved back into one, as going in', () => {
    expect(types('Several hundred militants crossed from Tajikistan into the valley.')).toEqual([
      'ground_operation',
    ]);
    expect(types('British troops moved back into the old town overnight.')).toEqual([
      'ground_operation',
    ]);
    expect(types('The troops moved back from the line on Monday.')).toEqual(['withdrawal']);
    expect(types('The rebel units crossed back to their own side of the river.')).toEqual([
      'withdrawal',
    ]);
  });

  it('reads no act where what moves is not a force nor people held', () => {
    expect(types('The spokesman moved a motion in parliament.')).toEqual([]);
    expect(types('The army dropped leaflets over the town.')).toEqual([]);
    expect(types('The delegates moved on to the budget.')).toEqual([]);
    expect(types('The minister flew to Paris on Monday.')).toEqual([]);
    expect(types('The militia gave the letter to the Red Cross.')).toEqual([]);
  });
});
