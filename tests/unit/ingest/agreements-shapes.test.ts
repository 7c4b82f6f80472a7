import { extractAgreements } from '../../../src/ingest/extract/agreements';
import { entitiesOf } from './helpers';

/** Shapes of deal reports seen in real Korea–Central Asia news, in invented sentences. */
function agreementsOf(text: string, publishedOn: string | null = '2024-05-10') {
  const { ctx, orgs, people } = entitiesOf(`Headline words for the story\n\n${text}`, publishedOn);
  return extractAgreements(ctx, orgs, people, () => publishedOn, ['KR', 'UZ']);
}

describe('deals reported without the usual signing verb', () => {
  it('takes a signing ceremony for a counted batch and a named member of the batch', () => {
    const found = agreementsOf('The premier attended a signing ceremony for 9 MOUs with Uzbek officials.\n\nOne key agreement is an MOU on joint copper exploration between the Mining Ministry of Uzbekistan and Daehan Minerals Corporation.');
    expect(found.map((a) => [a.kind, a.status, a.quantity])).toEqual([
      ['OTHER', 'SIGNED', '9 MOUs'],
      ['MEMORANDUM', 'SIGNED', null],
    ]);
    expect(found[1]!.title).toMatch(/^MOU on joint copper exploration between/);
  });

  it('reads secured, struck and resulted-in-signing as signed, with the verb kept out of the title', () => {
    const found = agreementsOf('The health ministry secured an agreement for the supply of dialysis machines.\n\nOrionTech struck a deal with the Samarkand Tram Company to supply 30 trams.\n\nThe meeting resulted in signing a protocol on mutual recognition of driving licences.');
    expect(found.map((a) => [a.kind, a.status])).toEqual([
      ['AGREEMENT', 'SIGNED'],
      ['AGREEMENT', 'SIGNED'],
      ['AGREEMENT', 'SIGNED'],
    ]);
    expect(found.map((a) => a.title)).toEqual(['Agreement for the supply of dialysis machines', 'Deal with the Samarkand Tram Company to supply 30 trams', 'Protocol on mutual recognition of driving licences']);
  });

  it('takes agreed trade talks as an announced agreement, and a discussed possibility as none', () => {
    const [fta, ...rest] = agreementsOf('Korea and Uzbekistan agreed to swiftly complete their joint study on a potential free trade agreement.\n\nThey also discussed the possibility of an investment treaty.');
    expect(rest).toEqual([]);
    expect(fta).toMatchObject({ kind: 'AGREEMENT', status: 'ANNOUNCED', title: 'Agreement to complete their joint study on a potential free trade agreement' });
    expect(agreementsOf('The two leaders agreed to launch negotiations on an FTA.').map((a) => [a.kind, a.status])).toEqual([['AGREEMENT', 'ANNOUNCED']]);
  });
});

describe('documents listed without a verb', () => {
  it('reads lines that each name a document, after a heading without a colon or with no heading at all', () => {
    for (const lead of ['Documents signed during the visit\n\n', '']) {
      const found = agreementsOf(`${lead}A framework agreement on cooperation under Phase 2 of the Karakum field between Baltic Hydrocarbons and Orion Engineering\n\nContract for the supply of 20 buses between Tashkent City Transport and Daesan Motors`);
      expect(found.map((a) => [a.kind, a.status])).toEqual([
        ['AGREEMENT', 'SIGNED'],
        ['CONTRACT', 'SIGNED'],
      ]);
      expect(found[0]!.title).toMatch(/^Framework agreement on cooperation under Phase 2 .* Orion Engineering$/);
    }
  });

  it('does not take a sentence that reports its document for a list item', () => {
    const found = agreementsOf('The following documents were signed:\n\n- Memorandum on customs data exchange;\n\nThe Plan of Cooperation between the two foreign ministries for 2025-2026 was signed by the ministers.');
    expect(found.map((a) => a.title)).toEqual(['Memorandum on customs data exchange', 'Plan of Cooperation between the two foreign ministries for 2025-2026']);
  });
});

describe('titles that run to the end of their noun phrase', () => {
  it('keeps the second party and the period of a programme between two countries', () => {
    const found = agreementsOf('The ministers signed the Program of Cooperation between the Ministry of Foreign Affairs of Uzbekistan and the Ministry of Foreign Affairs of the Republic of Korea for 2025-2027.');
    expect(found).toHaveLength(1);
    expect(found[0]!.title).toBe('Program of Cooperation between the Ministry of Foreign Affairs of Uzbekistan and the Ministry of Foreign Affairs of the Republic of Korea for 2025-2027');
  });

  it('takes a document named inside another title as part of it, and ends a title before its verb', () => {
    const found = agreementsOf('The sides signed a memorandum on the Program of Cooperation between Korea and the Kyrgyz Republic for 2024-2026.\n\nAn agreement on trade and the program of cooperation between Korea and the Kyrgyz Republic were adopted.');
    expect(found.map((a) => a.title).sort()).toEqual(['Agreement on trade', 'Memorandum on the Program of Cooperation between Korea and the Kyrgyz Republic for 2024-2026', 'Program of cooperation between Korea and the Kyrgyz Republic']);
  });
});

describe('agreement sectors on other text', () => {
  it('finds general topic words', () => {
    const found = agreementsOf('Tashkent Metro and Daesan Rail signed a contract for 12 new trains. The city signed a memorandum on air quality monitoring. The agencies signed an agreement on e-government services. The ministries signed a memorandum on cotton processing and veterinary services.');
    expect(found.map((a) => a.sectors)).toEqual([['TRANSPORT_AND_LOGISTICS'], ['ENVIRONMENT_AND_CLIMATE'], ['DIGITAL_AND_ICT'], ['AGRICULTURE']]);
  });

  it('makes only political documents diplomatic by default, and gives other deals the topic of the story they lead', () => {
    const [statement, programme] = agreementsOf('The two leaders adopted a joint statement on expanding cooperation in energy. The foreign ministers signed the Program of Cooperation for 2025-2026.');
    expect(statement!.sectors).toEqual(expect.arrayContaining(['ENERGY', 'DIPLOMACY']));
    expect(programme!.sectors).toEqual(['DIPLOMACY']);
    expect(agreementsOf('The two agencies signed a memorandum of understanding on sending seasonal workers.')[0]!.sectors).toEqual([]);
    const { ctx, orgs, people } = entitiesOf('Korea to help Uzbekistan build rural clinics\n\nThe two agencies signed a memorandum of understanding for the 2025-27 programme.', '2024-05-10');
    expect(extractAgreements(ctx, orgs, people, () => null, ['KR', 'UZ'])[0]!.sectors).toEqual(['HEALTHCARE']);
  });

  it('takes a batch signed after talks as diplomatic, not as the topic of the story', () => {
    const { ctx, orgs, people } = entitiesOf('Korea and Uzbekistan talk railways\n\nFollowing the official talks, 8 Korea-Uzbekistan agreements were signed.', '2024-05-10');
    expect(extractAgreements(ctx, orgs, people, () => null, ['KR', 'UZ'])[0]!.sectors).toEqual(['DIPLOMACY']);
  });
});

describe('more verbs and frames of real deal news', () => {
  it('reads a won contract, a deal worth a sum with its purpose, an agreed partnership upgrade and exchanged memorandums', () => {
    const found = agreementsOf('Orion Engineering won a $900 million contract to build a power plant near Navoi. OrionGas and Samarkand Chemicals inked a deal worth US$150 million to modernize a fertilizer complex. The leaders agreed to elevate bilateral ties to a comprehensive strategic partnership. The sides also exchanged memorandums of understanding on vocational training.');
    expect(found.map((a) => [a.kind, a.status, a.title])).toEqual([
      ['CONTRACT', 'SIGNED', '$900 million contract to build a power plant near Navoi'],
      ['AGREEMENT', 'SIGNED', 'Deal worth US$150 million to modernize a fertilizer complex'],
      ['PARTNERSHIP', 'ANNOUNCED', 'Agreement to elevate bilateral ties to a comprehensive strategic partnership'],
      ['MEMORANDUM', 'SIGNED', 'Memorandums of understanding on vocational training'],
    ]);
    expect(found[0]!.sectors).toEqual(['ENERGY']);
  });

  it('does not take an amount in won, or an anniversary of a partnership, for a deal', () => {
    expect(agreementsOf('The grant of 50 billion won to the region was confirmed.')).toEqual([]);
    expect(agreementsOf('He came on the eve of the 10th anniversary of the establishment of strategic partnership between the two countries.')).toEqual([]);
  });

  it('takes no topic from a broad "economic cooperation" frame or from "train" as a verb', () => {
    const found = agreementsOf('The two countries signed 6 MOUs on economic cooperation. The agency signed a memorandum with the institute to train nurses.');
    expect(found[0]!.sectors).toEqual([]);
    expect(found[1]!.sectors).not.toContain('TRANSPORT_AND_LOGISTICS');
  });
});
