import { describe, expect, it } from 'vitest';
import {
  findAuthor,
  findIssuer,
  findNotedWire,
  findPublisher,
  findSignatory,
  findStatementPublisher,
  findWire,
  producingOffice,
} from '../../src/ingest/find-wire.js';

describe('the agency a report came through', () => {
  it('is read from a dateline with the agency in brackets', () => {
    expect(findWire('KHARTOUM (Reuters) - Fighting resumed on Saturday.')).toBe('Reuters');
    expect(findWire('Gaza City, Dec 2 (AFP) — Israeli jets struck Rafah.')).toBe('AFP');
  });

  it('is the agency a source line credits with the reporting', () => {
    expect(
      findWire(
        'Jets struck Rafah.\n\nSource: Levant Wire, with reporting from Agence France-Presse\n',
      ),
    ).toBe('Agence France-Presse');
  });

  it('is read from a "Source:" or "via" line', () => {
    expect(findWire('Jets struck Rafah.\n\nSource: Anadolu Agency\n')).toBe('Anadolu Agency');
    expect(findWire('Jets struck Rafah.\n\nvia AP\n')).toBe('AP');
  });

  it('is read from a credit line indented or after a long run of blank lines, as from any other', () => {
    const gap = '\n'.repeat(5000);
    expect(findWire(`Jets struck Rafah.${gap}   Source: Anadolu Agency\n`)).toBe('Anadolu Agency');
    expect(findWire(`Jets struck Rafah.${gap}\t via AP`)).toBe('AP');
    expect(
      findPublisher(`Jets struck Rafah.${gap}  Issued by the Joint Monitoring Committee.`),
    ).toBe('Joint Monitoring Committee');
  });

  it('is read from a dateline in a house style without a dash, and from a credit line', () => {
    expect(findWire('Bogota, Nov 9 (EFE).- The ELN freed a hostage.')).toBe('EFE');
    expect(findWire('Cali, 4 May (Colprensa). The talks resumed on Monday.')).toBe('Colprensa');
    expect(findWire('ATTARI, Mar 1 (PTI) The pilot was handed over.')).toBe('PTI');
    expect(findWire('Jets struck Rafah.\n\nGaza Monitor, with Reuters · 2 June 2022\n')).toBe(
      'Reuters',
    );
  });

  it('is read from a dateline in capitals whatever agency its brackets name', () => {
    expect(findWire('MOPTI, June 3 (Sahel Dispatch) -- Jets struck Gao.')).toBe('Sahel Dispatch');
    expect(findWire('Headline\n\nAKSUM, Ethiopia, May 9, 2021 (Horn Desk) – Talks ended.')).toBe(
      'Horn Desk',
    );
    expect(findWire('Talks ended in Aksum (Ethiopia) - a first.')).toBeNull();
    expect(findWire('Mopti, June 3 (Sahel Dispatch) -- Jets struck Gao.')).toBeNull();
  });

  it('is read from a dateline on a byline line of its own, or with a full stop before the dash', () => {
    expect(findWire('TARSA, Dec. 12 (Ruritex)\n\nSoldiers crossed the line.')).toBe('Ruritex');
    expect(findWire('TARSA CITY, 16 January (Ruritex). - The sides signed.')).toBe('Ruritex');
    // brackets closing a line of prose are no credit
    expect(findWire('The sides met on Dec. 12 (Ruritex)\n\nSoldiers crossed.')).toBeNull();
  });

  it('is read from a page’s dateline line that gives the date before the city', () => {
    // a page's dateline paragraph, read apart from the text as cleaning sets it aside
    expect(findWire('Tuesday, March 4, 2003 | KELM, Tarsa (AFP)')).toBe('AFP');
    expect(findWire('KELM, Tarsa (Reuters)')).toBe('Reuters');
    // a headline in capitals closing with a tag credits no one
    expect(findWire('TROOPS SHELL KELM (VIDEO)')).toBeNull();
  });

  it('is read from a dateline whose agency closes with a full stop before the dash', () => {
    expect(findWire('Tarsa, 24 February (EFE). - The deputies left the building.')).toBe('EFE');
  });

  it('is none for a situation report’s "Source:" line naming the body that wrote it', () => {
    expect(findWire('Source: UNHCR, the UN Refugee Agency\n\nShelters are full.')).toBeNull();
    expect(findWire('Jets struck Rafah.\n\nSource: Médecins Sans Frontières\n')).toBeNull();
  });

  it('is the agency a translator’s note says the dispatch is of, by the abbreviation it gives', () => {
    expect(
      findNotedWire(
        '[Translated from the Tarsan. Dispatch of Ruritania Samachar, the national news agency, as carried in a daily.]\n\nTruce signed',
      ),
    ).toBe('Ruritania Samachar');
    expect(
      findNotedWire(
        '[Translated from the Tarsan. Dispatch of the Tarsa Press Agency (TARPA), Tarsa.]',
      ),
    ).toBe('TARPA');
    expect(findNotedWire('[Translated. Dispatch of the Ruritex news agency, Tarsa, 2 May.]')).toBe(
      'Ruritex',
    );
    // the kind of agency before its name, in apposition
    expect(findNotedWire('[Translated. Dispatch of the news agency Ruritex, 2 May 1994.]')).toBe(
      'Ruritex',
    );
    expect(
      findNotedWire(
        '[Translated. Communique of the General Staff, as distributed by the Tarsa Press agency (TPA) on 2 May.]',
      ),
    ).toBe('TPA');
    // a body that posts or issues a statement is its issuer, not an agency
    expect(
      findNotedWire('[Translated. The statement was posted by the Joint Operations Command.]'),
    ).toBeNull();
    expect(findNotedWire('Truce signed\n\n[Dispatch of the Tarsa Press Agency]')).toBeNull();
  });

  it('is none when the text names no agency, even with brackets later on', () => {
    expect(findWire('Jets struck Rafah, the army said.')).toBeNull();
    expect(findWire(`${'word '.repeat(100)}(AFP) - late mention`)).toBeNull();
  });
});

describe('who a statement is issued by', () => {
  it('is read from a translator’s note in its opening characters, not from a page-long line', () => {
    const note = 'Statement of the Tarsan Ministry of War, distributed to the press.]';
    expect(findIssuer(`[Translated from the Tarsan. ${note}\n\nBody`)).toBe(
      'Tarsan Ministry of War',
    );
    // Past the reach a note is no heading: a line this long is running text.
    expect(findIssuer(`[Translated. ${'word '.repeat(400)}${note}\n\nBody`)).toBeNull();
  });

  it('is read from its heading, cut where the heading says what about', () => {
    expect(
      findIssuer(
        'Rimbo, 13 December 2018\n\nThe talks closed.',
        'Remarks of the Secretary-General at the closing of the talks',
      ),
    ).toBe('Secretary-General');
    expect(
      findIssuer(
        'Joint communiqué of the Peace Table between the Government and the Front\n\nHavana, 6 February 2024',
      ),
    ).toBe('Peace Table');
    expect(
      findIssuer(
        '[Translated]\n\nInformation of the Ministry of Defence of the Republic of Azerbaijan\n\n5 April 2016',
      ),
    ).toBe('Ministry of Defence of Azerbaijan');
  });

  it('is named in running case from a heading set in capitals, its state told by its short name', () => {
    expect(
      findIssuer(
        'STATEMENT OF THE MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF TARSA\n\nKarvel, 3 May 1994',
      ),
    ).toBe('Ministry of Foreign Affairs of Tarsa');
    expect(
      findIssuer('COMMUNIQUE OF THE GENERAL STAFF OF THE VELMORAN ARMY\n\nDala, 2 June 2001'),
    ).toBe('General Staff of the Velmoran Army');
  });

  it('keeps a known abbreviation in capitals when it recases a heading', () => {
    expect(
      findIssuer('STATEMENT OF THE OFFICE OF THE UN SPECIAL ENVOY\n\nKarvel, 3 May 1994'),
    ).toBe('Office of the UN Special Envoy');
  });

  it('is the person a heading names after the office, as an office speaks for its holder', () => {
    expect(
      findIssuer('Statement by the UN Envoy for Darfur, Amina Sall, on the convoy\n\n3 May 2024'),
    ).toBe('Amina Sall');
    expect(findIssuer('Remarks of the Mediator, Jonas Berg, at the signing\n')).toBe('Jonas Berg');
  });

  it('is the holder of an office a heading names alone, as the opening names them beside it', () => {
    expect(
      findIssuer(
        'Statement by the Special Envoy on the talks\n\n4 May 2024\n\nThe Special Envoy of the Secretary-General for Darfur, Amina Sall, announces that both sides accepted the pause.',
      ),
    ).toBe('Amina Sall');
    expect(findIssuer('Statement by the Special Envoy on the talks\n\n4 May 2024')).toBe(
      'Special Envoy',
    );
  });

  it('is the body a statement opens with, speaking in the present tense, when no heading names one', () => {
    expect(
      findIssuer(
        'Statement on the corridor\n\nNiamey, 3 May 2024\n\nThe Republic of Ruritania announces that the corridor to Tarsa will open tomorrow.',
      ),
    ).toBe('Ruritania');
    expect(
      findIssuer('Body.', 'The Tarsa Monitoring Mission welcomes the release of twelve detainees'),
    ).toBe('Tarsa Monitoring Mission');
    expect(
      findIssuer(
        'Tarsa, 3 May 2024 - The Tarsa Monitoring Mission (TMM) condemns the shelling of the market.',
      ),
    ).toBe('Tarsa Monitoring Mission');
  });

  it('is the body a letterhead names, in capitals or on the line above the kind of paper', () => {
    expect(
      findIssuer(
        'TARSA MONITORING AUTHORITY (TMA)\nOffice of the Envoy\n\nPRESS STATEMENT ON THE TRUCE',
      ),
    ).toBe('TMA'); // the abbreviation the letterhead defines is the name the body goes by
    expect(findIssuer('TARSA MONITORING AUTHORITY\nOffice of the Envoy\n\nPRESS STATEMENT')).toBe(
      'Tarsa Monitoring Authority',
    );
    expect(findIssuer('ORGANIZATION OF TARSAN STATES\nOffice of the Chair\n\nCOMMUNIQUE')).toBe(
      'Organization of Tarsan States',
    );
    expect(
      findIssuer('Republic of Ruritania\nJoint Operations Command\nStatement No. 4\n\nOur forces'),
    ).toBe('Joint Operations Command');
    expect(findIssuer('Ruritanian Ministry of Foreign Affairs\nPress release\n\nDate: 2 May')).toBe(
      'Ruritanian Ministry of Foreign Affairs',
    );
    // a headline naming a body is no letterhead without the kind of paper under it
    expect(
      findIssuer('Ruritanian Ministry of Defence\n\nTarsa, 2 May - Shelling resumed.'),
    ).toBeNull();
  });

  it('is the office a letterhead names with its seat, which it drops (decision 0211)', () => {
    expect(
      findIssuer(
        'PROTECTORATE OF TARSA\nChief Secretary’s Office, Velgrad\n\nEMERGENCY: SITUATION REPORT No. 3\n',
      ),
    ).toBe('Chief Secretary’s Office');
    // a subject line in capitals may stand between the office and the kind of paper
    expect(
      findIssuer(
        'UNITED NATIONS\nDepartment of Relief Affairs - Velgrad\n\nTARSA: CIVIL UNREST\nSituation Report No. 4\n',
      ),
    ).toBe('Department of Relief Affairs');
    // the same office over a story is no letterhead
    expect(
      findIssuer('Chief Secretary’s Office, Velgrad\n\nGunmen burnt huts near Kelm on Friday.\n'),
    ).toBeNull();
  });

  it('is a society or a movement that heads the kind of paper (decision 0211)', () => {
    expect(
      findIssuer(
        'Tarsan Red Crescent Society\nKelm Branch\n\nSituation Report No. 2: Violence in Kelm\n',
      ),
    ).toBe('Tarsan Red Crescent Society');
    expect(findIssuer('TARSAN LIBERATION FRONT\nCOMMUNIQUÉ NUMBER THREE\nTo the people\n')).toBe(
      'Tarsan Liberation Front',
    );
    // any number the quantities spell out, not only the first twelve
    expect(findIssuer('TARSAN LIBERATION FRONT\nCOMMUNIQUÉ NUMBER FIFTEEN\nTo the people\n')).toBe(
      'Tarsan Liberation Front',
    );
    expect(
      findIssuer(
        'KELM NATIONAL UNION\nHeadquarters, Velgrad\n\nStatement on the ceasefire talks\n12 May 2012\n',
      ),
    ).toBe('Kelm National Union');
    // a capitals headline ending in such a noun, over a story, names no one
    expect(findIssuer('ARMY SHELLS THE LIBERATION FRONT\n\nKELM, May 2 - Fighting')).toBeNull();
  });

  it('is the command whose headquarters a capitals letterhead names (decision 0211)', () => {
    expect(
      findIssuer('HEADQUARTERS, COMMANDER-IN-CHIEF EASTERN FORCES\nVelgrad, 13 May 1962\n'),
    ).toBe('Commander-in-Chief Eastern Forces');
    // headquarters in a town name the town, which issues nothing
    expect(findIssuer('HEADQUARTERS, NAIROBI\nNairobi, 13 May 1962\n')).toBe(
      'Headquarters, Nairobi',
    );
  });

  it('is the body a translator’s note says issued the original, before the letterhead', () => {
    expect(
      findIssuer(
        '[Translated from the Tarsan. The original press release was issued in Tarsa by the Information Centre of the Ruritanian Armed Forces.]\n\nPUSPEN RAF\n\nPRESS RELEASE',
      ),
    ).toBe('Information Centre of the Ruritanian Armed Forces');
    expect(
      findIssuer(
        '[Unofficial translation of a statement posted on the website of the Ministry of Defence of Ruritania. Notes are marked T.N.]\n\nMINISTRY OF DEFENCE\n\nStatement',
      ),
    ).toBe('Ministry of Defence of Ruritania');
    expect(
      findIssuer('[Translated from the Tarsan, as read on the radio]\n\nTruce holds in Tarsa\n'),
    ).toBeNull();
  });

  it('is the body a translator’s note names by a bulletin or a communication, up to whom it addresses', () => {
    expect(
      findIssuer(
        '[Translated from the Tarsan. Bulletin of the Provisional Council of the Republic, Tarsa, 2 May 1920.]\n\nPROVISIONAL COUNCIL\n\nBulletin No. 3',
      ),
    ).toBe('Provisional Council of the Republic');
    expect(
      findIssuer(
        '[Translated from the Tarsan. Communication of the Tarsan Telegraph Office, printed in the papers of 3 May.]\n\nCOMMUNICATION',
      ),
    ).toBe('Tarsan Telegraph Office');
    expect(
      findIssuer(
        '[Translated from the Tarsan. Communiqué of the Command of the Tarsan Guard to the people of the city, read on the radio.]\n\nCOMMAND OF THE TARSAN GUARD',
      ),
    ).toBe('Command of the Tarsan Guard');
    // "to" and a name in capitals go on with the name
    expect(
      findIssuer(
        '[Translated from the Tarsan. Statement of the Permanent Mission of Ruritania to the League of States, issued on 4 May.]\n\nSTATEMENT',
      ),
    ).toBe('Permanent Mission of Ruritania to the League of States');
  });

  it('is the office a letterhead’s next line names by the abbreviation the line above defines', () => {
    expect(
      findIssuer(
        'RURITANIAN RELIEF ADMINISTRATION (RRA)\nRRA TARSA MISSION\nSituation Report No. 4\n\n1. GENERAL',
      ),
    ).toBe('RRA Tarsa Mission');
    // a line under it that names no office of the body leaves the body
    expect(
      findIssuer(
        'RURITANIAN RELIEF ADMINISTRATION (RRA)\nRRA TARSA\nSituation Report No. 4\n\n1. GENERAL',
      ),
    ).toBe('RRA');
    // its headquarters speak for the body
    expect(
      findIssuer(
        'RURITANIAN RELIEF ADMINISTRATION (RRA)\nRRA HEADQUARTERS\nSituation Report No. 4\n\n1. GENERAL',
      ),
    ).toBe('RRA');
  });

  it('is the body whose meeting a heading names on the line after its label', () => {
    expect(
      findIssuer(
        'JOINT PRESS STATEMENT\nRegional Border Committee (RBC) Meeting between Ruritania and Tarsa\n\nTarsa, 7 May 2024',
      ),
    ).toBe('Regional Border Committee');
    expect(
      findIssuer(
        'Joint Communiqué\nThird Meeting of the Joint Border Commission of Ruritania and Tarsa\n',
      ),
    ).toBe('Joint Border Commission');
    expect(
      findIssuer(
        'Tarsa, 7 May 2024',
        'JOINT STATEMENT Regional Border Committee (RBC) Meeting between Ruritania and Tarsa',
      ),
    ).toBe('Regional Border Committee');
    expect(findIssuer('JOINT STATEMENT\nThe talks closed today\n')).toBeNull();
  });

  it('is not a headline’s subject, a live blog entry’s or a past telling', () => {
    expect(
      findIssuer('Ruritania announces Easter truce\n\nTARSA (AFP) - Ruritania said'),
    ).toBeNull();
    expect(findIssuer('10:45 - The army announces that the truce is over')).toBeNull();
    expect(findIssuer('The army announced that the truce was over.')).toBeNull();
  });

  it('is a letterhead in capitals that names a body, written as a name', () => {
    expect(
      findIssuer(
        '[Unofficial translation]\n\nOFFICE OF THE PEACE COMMISSIONER\n\nPress release No. 7',
      ),
    ).toBe('Office of the Peace Commissioner');
    expect(findIssuer('NORTH RIVER PROVINCE\nKEY POINTS\nJOINT STATEMENT\n')).toBeNull();
  });

  it('is a government, force or group a capitals line names only above the kind of paper', () => {
    expect(findIssuer('TARSAN GOVERNMENT\nMEDIA STATEMENT\nTarsa, 2 May 2024\n')).toBe(
      'Tarsan Government',
    );
    expect(findIssuer('RIVER MONITORING FORCE (RMF)\nDaily situation report\nTarsa, 2 May\n')).toBe(
      'RMF',
    );
    expect(
      findIssuer('RIVER MONITORING FORCE (1994)\nDaily situation report\nTarsa, 2 May\n'),
    ).toBe('River Monitoring Force');
    // a headline in capitals whose last word is such a noun issues nothing
    expect(findIssuer('REBELS ATTACK TARSAN FORCES\n\nTARSA, May 2 - Fighting')).toBeNull();
  });

  it('is a body whose abbreviation stands before the kind of paper on one line', () => {
    expect(findIssuer('TMM PRESS RELEASE\nTarsa, 2 May 2024\n\nTRUCE HOLDS')).toBe('TMM');
    // the line that is all kind of paper names no one
    expect(findIssuer('JOINT STATEMENT\nTarsa, 2 May 2024\n')).toBeNull();
    expect(findIssuer('FINAL COMMUNIQUE\nTarsa, 2 May 2024\n')).toBeNull();
    expect(findIssuer('CLOSING STATEMENT\nTarsa, 2 May 2024\n')).toBeNull();
    // a heading under it that names who speaks comes first
    expect(
      findIssuer('TMM PRESS RELEASE\nStatement by the Chair of the TMM, Ana Ruiz, on the truce'),
    ).toBe('Ana Ruiz');
  });

  it('is the body a letterhead names, where the office under or after it is its voice', () => {
    expect(
      findIssuer(
        'TARSAN LIBERATION FRONT\nDEPARTMENT OF INFORMATION AND PUBLICITY\n\nThe truce holds.',
      ),
    ).toBe('Tarsan Liberation Front');
    expect(
      findIssuer(
        'WORKERS PARTY OF RIMBO (MARXIST)\nCentral Committee\n\nPRESS STATEMENT\n\nWe halt.',
      ),
    ).toBe('Workers Party of Rimbo (Marxist)');
    expect(
      findIssuer('TARSAN ARMY COMMAND - DIRECTORATE OF ORIENTATION\n\nStatement\n\nWe hold.'),
    ).toBe('Tarsan Army Command');
    expect(findIssuer('ARMY OF THE NORTH\nGENERAL HEADQUARTERS\n\nSir:\n\nWe took the fort.')).toBe(
      'Army of the North',
    );
    expect(
      findIssuer('RIMBAN NATIONAL CONGRESS\nDEPARTMENT OF INFORMATION AND PUBLICITY\n\nWe hold.'),
    ).toBe('Rimban National Congress');
    // A place or a camp over the headquarters is where it sits, no body it speaks for.
    for (const above of ['MONROVIA', 'CAMP NEAR FREDERICKSBURG']) {
      expect(findIssuer(`${above}\nGENERAL HEADQUARTERS\n\nSir:\n\nWe took the fort.`)).toBe(
        'General Headquarters',
      );
    }
    // an office with a name of its own issues as itself
    expect(
      findIssuer('TARSAN NATIONAL ASSEMBLY\nCOMMISSION FOR PRISONERS\n\nPress release\n\nWe hold.'),
    ).toBe('Commission for Prisoners');
  });

  it('is none when the heading names a body in lower case', () => {
    expect(findIssuer('Joint statement of the committee for the ceasefire in Tarsa\n')).toBeNull();
  });

  it('is not read from a heading that names a subject, or from a line deep in the text', () => {
    expect(findIssuer('Statement on the outcome of the talks\n\nRiyadh, 25 March 2025')).toBeNull();
    expect(findIssuer('One.\n\nTwo.\n\nThree.\n\nFour.\n\nStatement of the army\n')).toBeNull();
  });
});

describe('who signs a statement', () => {
  it('is the name alone on a line at its end, in capitals or above an office', () => {
    expect(
      findSignatory(
        'STATEMENT BY THE PRESIDENT\n\nI have ordered our forces to hold fire.\n\nLENA HART\n',
      ),
    ).toBe('Lena Hart');
    expect(
      findSignatory(
        'Central Committee\n\nThe truce has lost all meaning.\n\n3 May 2004\nKarvan\nChairman\n\n[Unofficial translation.]\n',
      ),
    ).toBe('Karvan');
    expect(
      findSignatory('Our forces will hold fire.\n\nOMAR SAID TAHIR\nPresident of the Republic\n'),
    ).toBe('Omar Said Tahir');
  });

  it('is the name under a formula of signing by order, its closing full stop dropped', () => {
    expect(
      findSignatory(
        "COLONIAL OFFICE,\nRimbo, 2nd May, 1871.\n\nThe rebels have laid down their arms.\n\nBy His Excellency's command,\nT. R. MARLOWE.\n",
      ),
    ).toBe('T. R. Marlowe');
    expect(
      findSignatory(
        'The rebels have laid down their arms.\n\nBy order of the Council,\nLENA HART\n',
      ),
    ).toBe('Lena Hart');
    // a line ending in a comma that is no such formula still leaves the name a second signer's
    expect(
      findSignatory('The rebels have laid down their arms.\n\nLena Hart, Tomas Berg,\nOMAR SAID\n'),
    ).toBeNull();
  });

  it('is no one when several sign, or the last line names a place, a body or one word alone', () => {
    const body = 'The commission has verified the weapons put beyond use.\n\n';
    expect(findSignatory(`${body}Lena Hart\nOmar Said\nTomas Berg\n`)).toBeNull();
    expect(findSignatory(`${body}New Delhi\n`)).toBeNull();
    expect(findSignatory(`${body}Tarsa Liberation Army\n`)).toBeNull();
    expect(findSignatory(`${body}ICRC Beirut\n`)).toBeNull();
    expect(findSignatory(`${body}Karvan\n`)).toBeNull();
    // an office alone signs for no named person
    expect(
      findSignatory(`${body}Jakarta, 29 December 2005\nHead of the Information Centre\n`),
    ).toBeNull();
  });
});

describe('who publishes a report, as its own lines say', () => {
  it('is the body a situation report says issued it, however long its name', () => {
    expect(
      findPublisher(
        'Tarsa Situation Report\nIssued by the Office of the UN Resident and Humanitarian Coordinator for Ruritania\n',
      ),
    ).toBe('Office of the UN Resident and Humanitarian Coordinator for Ruritania');
  });

  it('is the body a situation report says produced it', () => {
    expect(
      findPublisher(
        'Flash Update No. 2 | 4 May\nThis update is produced by OCHA Chad in collaboration with partners.',
      ),
    ).toBe('OCHA Chad');
    expect(
      findPublisher(
        'This note is issued by the Secretariat of the Joint Monitoring Cell (JMC) in Geneva.',
      ),
    ).toBe('Secretariat of the Joint Monitoring Cell');
    // the kind may carry a word of its own, and a capital
    expect(
      findPublisher('This Flash Update is produced by OCHA Tarsa in collaboration with partners.'),
    ).toBe('OCHA Tarsa');
  });

  it('is the body a branch that produced the report belongs to, its country kept and its town dropped', () => {
    expect(
      findPublisher(
        'This report is compiled by the Civil Relief Branch, RRA Mission (Chad). It covers the north.',
      ),
    ).toBe('RRA Mission (Chad)');
    expect(findPublisher('This report is issued by the ICRC Delegation in Chad.\n')).toBe(
      'ICRC Delegation in Chad',
    );
    expect(findPublisher('This report is produced by the Relief Office (Geneva).\n')).toBe(
      'Relief Office',
    );
    expect(findPublisher('This report is produced by the Relief Office in Geneva.\n')).toBe(
      'Relief Office',
    );
    // a country of more than one word, in a bracket or after "in"
    expect(findPublisher('This report is issued by the ICRC Delegation in South Sudan.\n')).toBe(
      'ICRC Delegation in South Sudan',
    );
    expect(
      findPublisher('This report is issued by the ICRC Delegation (Central African Republic).\n'),
    ).toBe('ICRC Delegation (Central African Republic)');
    // a town after a branch is where the branch sits, no body
    expect(findPublisher('This report is compiled by the Relief Unit, Geneva.\n')).toBe(
      'Relief Unit',
    );
  });

  it('keeps the seat other lines name with the body', () => {
    expect(findPublisher('Prepared by the Ministry of Health in Tarsa.\n')).toBe(
      'Ministry of Health in Tarsa',
    );
    expect(findPublisher('Issued by the Embassy of Ruritania in Tarsa.\n')).toBe(
      'Embassy of Ruritania in Tarsa',
    );
  });

  it('drops a team by its line alone, which cannot tell a body’s office from an outlet’s desk', () => {
    expect(findPublisher('This report is produced by the TBC Monitoring team.\n')).toBe(
      'TBC Monitoring',
    );
    expect(findPublisher('Issued by the Tarsa Times live team.\n')).toBe('Tarsa Times');
  });

  it('is the office named by the abbreviation of the body its letterhead spells out', () => {
    const text =
      'RURITANIAN MONITORING MISSION\n\nDAILY REPORT\n\nThis report is produced by the RMM Tarsa team from its own patrols.\n';
    expect(producingOffice(text, 'Ruritanian Monitoring Mission')).toEqual({
      name: 'RMM Tarsa team',
      producingOffice: true,
    });
    expect(producingOffice(text, 'Tarsan Relief Office')).toEqual({
      name: 'Tarsan Relief Office',
      producingOffice: false,
    });
    // the abbreviation alone, its seat dropped, is the body itself
    const seat = (line: string) =>
      producingOffice(
        `RURITANIAN MONITORING MISSION\n\nDAILY REPORT\n\n${line}\n`,
        'Ruritanian Monitoring Mission',
      );
    const mission = { name: 'Ruritanian Monitoring Mission', producingOffice: false };
    expect(seat('This report is produced by RMM (Tarsa).')).toEqual(mission);
    expect(seat('This report is produced by RMM in Tarsa.')).toEqual(mission);
    // another body's letters sharing a few initials spell out nothing
    expect(seat('This report is produced by MRM Tarsa with partners.')).toEqual(mission);
  });

  it('marks the office a producing line names as the report’s own, beside its body by one word', () => {
    const text = 'TBA\n\nFLASH UPDATE\n\nThis report is produced by TBA Tarsa.\n';
    expect(producingOffice(text, 'TBA')).toEqual({ name: 'TBA Tarsa', producingOffice: true });
    expect(producingOffice('TBA\n\nFLASH UPDATE\n', 'TBA')).toEqual({
      name: 'TBA',
      producingOffice: false,
    });
  });

  it('is the name on a "Source:" line, without its abbreviation in brackets', () => {
    expect(findPublisher('Source: Office for Refugee Affairs (ORA)\n\nShelters are full.')).toBe(
      'Office for Refugee Affairs',
    );
  });

  it('is the site of a signed piece’s heading line, and the body a statement is issued by', () => {
    expect(findPublisher('Opinion | Lena Hart | Baltic Strategy Notes | 3 June 2025\n')).toBe(
      'Baltic Strategy Notes',
    );
    expect(findPublisher('By Omar Said | Analysis | Nile Notes | 2 May 2024\n')).toBe('Nile Notes');
    expect(findPublisher('By Omar Said | Khartoum | 2 May 2024\n')).toBeNull();
    expect(findPublisher('ANALYSIS | By Omar Said | Nile Notes | Cairo, 2 May 2024\n')).toBe(
      'Nile Notes',
    );
    expect(
      findPublisher('The talks closed.\nIssued by the Border Liaison Committee - Press Office\n'),
    ).toBe('Border Liaison Committee');
  });

  it('is the body a statement’s letterhead names when its heading names a person who speaks', () => {
    const text =
      'TAMO\nPress Release\n\nStatement by the Secretary General of TAMO, Dr Lena Hart, on the truce\n\n1. Last night the sides signed.';
    const issuer = findIssuer(text);
    expect(issuer).toBe('Dr Lena Hart');
    expect(findStatementPublisher(text, issuer)).toBe('TAMO');
    // a letterhead in two lines over the kind of paper; a body that issues publishes
    const ministry =
      'Ministry of Border Affairs\nGovernment of Ruritania\n\nPress Release\n\nThe sides met today.';
    expect(findStatementPublisher(ministry, findIssuer(ministry))).toBe(
      'Ministry of Border Affairs',
    );
    expect(findStatementPublisher('x', 'Ministry of Defence of Ruritania')).toBe(
      'Ministry of Defence of Ruritania',
    );
    // an abbreviation over a headline, not over the kind of paper, is no letterhead
    expect(
      findStatementPublisher('TAMO\nTruce holds in Tarsa\n\nThe sides met.', 'Lena Hart'),
    ).toBe('Lena Hart');
  });

  it('is a live blog’s name before its date, but not a report’s kind', () => {
    expect(findPublisher('Sahel Live | 2 March 2024 | times are local\n')).toBe('Sahel Live');
    expect(findPublisher('Briefing note | 8 April 2022\n\nShelters are full.')).toBeNull();
  });
});

describe('who wrote a signed piece', () => {
  it('is read from a heading line that labels the piece before the name', () => {
    expect(findAuthor('Opinion | Lena Hart | Baltic Strategy Notes | 3 June 2025\n')).toBe(
      'Lena Hart',
    );
    expect(findAuthor('COMMENTARY | By Omar Said | Nile Notes | 2 May\n')).toBe('Omar Said');
  });

  it('is a name alone on its line under the piece’s label and headline', () => {
    expect(
      findAuthor('Commentary\n\nWhat a road says about a truce\n\nLena Hart\n\nThe scenes…'),
    ).toBe('Lena Hart');
    expect(findAuthor('Analysis\n\nLena Hart\n\nThe scenes near Tarsa…')).toBe('Lena Hart');
    // without the label a name alone is a caption or a signature
    expect(findAuthor('What a road says about a truce\n\nLena Hart\n\nThe scenes…')).toBeNull();
  });

  it('is none for a live blog’s header, which names no person', () => {
    expect(findAuthor('Sahel Live | 2 March 2024 | times are local\n')).toBeNull();
  });

  it('is read from a byline that writes "by" in lower case', () => {
    expect(findAuthor('Comment\n\nWhat a road says\n\nby Lena Hart\n\nThe scenes…')).toBe(
      'Lena Hart',
    );
  });

  it('is the name alone in the heading that a closing note on the author names again', () => {
    const piece =
      'The Tarsa Letter\n\nWhat a road says\n\nLena Hart\n\nThe truce held for a week.\n\n';
    expect(findAuthor(`${piece}Lena Hart teaches history in Tarsa.`)).toBe('Lena Hart');
    expect(findAuthor(`${piece}Omar Said teaches history in Tarsa.`)).toBeNull();
    expect(findAuthor(piece)).toBeNull();
  });
});
