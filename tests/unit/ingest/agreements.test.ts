import { extractAgreements } from '../../../src/ingest/extract/agreements';
import { entitiesOf } from './helpers';

function agreementsOf(text: string, publishedOn: string | null = null) {
  const { ctx, orgs, people } = entitiesOf(`Headline words for the story\n\n${text}`, publishedOn);
  return extractAgreements(ctx, orgs, people, () => publishedOn, ['KR', 'KZ']);
}

describe('agreements', () => {
  it('reads a signing with two signatories and their countries', () => {
    const [mou] = agreementsOf('Later in the day, Foreign Minister Kim Sung-hwan signed a memorandum of understanding with his Kyrgyz counterpart Ruslan Kazakbayev for collaboration between their agencies.');
    expect(mou).toMatchObject({ kind: 'MEMORANDUM', status: 'SIGNED', signatories: ['Kim Sung-hwan', 'Ruslan Kazakbayev'] });
    expect(mou!.parties.countries).toEqual(expect.arrayContaining(['KG', 'KR']));
  });

  it('reads a railway logistics deal with "on Friday" resolved and signatories from the next sentence', () => {
    const [deal] = agreementsOf('Kazakhstan Temir Zholy and Korea Railroad Corporation signed a memorandum of understanding on Friday to expand railway container traffic.\n\nThe document was signed by KTZ Chairman Talgat Aldybergenov and Korail CEO Han Moon-hee.', '2024-03-16');
    expect(deal).toMatchObject({ kind: 'MEMORANDUM', status: 'SIGNED', date: '2024-03-15' });
    expect(deal!.parties.organizations).toEqual(['Kazakhstan Temir Zholy', 'Korea Railroad Corporation']);
    expect(deal!.signatories).toEqual(['Talgat Aldybergenov', 'Han Moon-hee']);
    expect(deal!.sectors).toContain('TRANSPORT_AND_LOGISTICS');
  });

  it('reads counts, contracts with quantities, reached and approved documents', () => {
    const found = agreementsOf('Following the talks, 11 Kazakhstan-Korea agreements were signed. The plant and the company KSIT have signed a contract for the construction of two cargo ships with a capacity of 6,100 tons. An agreement was reached on farms. The Joint Statement was adopted, and the Work Plan for 2025 was approved.');
    expect(found.map((a) => [a.kind, a.status, a.quantity])).toEqual([
      ['OTHER', 'SIGNED', '11 Kazakhstan-Korea agreements'],
      ['CONTRACT', 'SIGNED', 'two cargo ships with a capacity of 6,100 tons'],
      ['AGREEMENT', 'ANNOUNCED', null],
      ['JOINT_STATEMENT', 'SIGNED', null],
      ['PLAN', 'SIGNED', null],
    ]);
  });

  it('does not take proposals or wishes for agreements', () => {
    expect(agreementsOf('We propose to focus on infrastructure agreements. This would lay the groundwork for signing commercial agreements. They plan to sign a contract.')).toEqual([]);
  });

  it('reads each item of a list of signed documents, with its own parties and sectors', () => {
    const found = agreementsOf(
      'Following the talks on Monday, the presidents attended the signing ceremony. The package includes 9 agreements:\n\n' +
        '- Agreement between the Government of Kazakhstan and the Government of the Republic of Korea on cooperation in the field of critical minerals;\n\n' +
        '- Memorandum of understanding between Kazakhstan Temir Zholy and Korea Railroad Corporation on container traffic;\n\n' +
        '• Roadmap for cooperation in healthcare for 2025-2027.\n\nThe leaders then held a press conference.',
      '2025-03-12',
    );
    expect(found.map((a) => [a.kind, a.status, a.quantity])).toEqual([
      ['OTHER', 'SIGNED', '9 agreements'],
      ['AGREEMENT', 'SIGNED', null],
      ['MEMORANDUM', 'SIGNED', null],
      ['PLAN', 'SIGNED', null],
    ]);
    expect(found[1]!.title).toMatch(/^Agreement between the Government of Kazakhstan .* critical minerals$/);
    expect(found[1]!.sectors).toContain('MINING_AND_MINERALS');
    expect(found[2]!.parties.organizations).toEqual(['Kazakhstan Temir Zholy', 'Korea Railroad Corporation']);
    expect(found[3]!.sectors).toContain('HEALTHCARE');
    expect(found.every((a) => a.date === '2025-03-10')).toBe(true);
  });

  it('reads a numbered list after "List of signed documents:" and an inline list after a colon', () => {
    const listed = agreementsOf('List of signed documents:\n\n1. Memorandum on cooperation in education between two universities.\n\n2. Program of cultural exchanges for 2025-2026.');
    expect(listed.map((a) => [a.kind, a.title])).toEqual([
      ['MEMORANDUM', 'Memorandum on cooperation in education between two universities'],
      ['PLAN', 'Program of cultural exchanges for 2025-2026'],
    ]);
    const inline = agreementsOf('The following documents were signed: an agreement on air services; a memorandum on tourism; and a protocol on customs data.');
    expect(inline.map((a) => a.kind)).toEqual(['AGREEMENT', 'MEMORANDUM', 'AGREEMENT']);
  });

  it('reads named documents coordinated in one sentence, and items named after "including"', () => {
    const named = agreementsOf('The visit ended with the signing of bilateral documents, including an Agreement on mutual protection of investments and an Agreement on cooperation in the field of tourism.');
    expect(named.map((a) => a.title)).toEqual(['Agreement on mutual protection of investments', 'Agreement on cooperation in the field of tourism']);
    expect(named.map((a) => a.status)).toEqual(['SIGNED', 'SIGNED']);
    const items = agreementsOf('The ministers presided over the signing of a number of agreements including a framework deal between Kazakhstan Temir Zholy and Korea Railroad Corporation to build a terminal.');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'AGREEMENT', status: 'SIGNED' });
    expect(items[0]!.parties.organizations).toEqual(['Kazakhstan Temir Zholy', 'Korea Railroad Corporation']);
  });

  it('reads counted and valued batches as one OTHER agreement with its quantity', () => {
    expect(agreementsOf('After the forum, the two countries signed 31 memorandums of understanding (MOUs) on trade.').map((a) => [a.kind, a.quantity])).toEqual([['OTHER', '31 memorandums of understanding (MOUs)']]);
    expect(agreementsOf('The president oversaw the signing of $3 billion in agreements to build power plants.').map((a) => [a.kind, a.quantity])).toEqual([['OTHER', '$3 billion']]);
  });

  it('reads financing agreed as a deal, a package with its parts, and its terms', () => {
    const found = agreementsOf(
      'Korea agreed on Monday to provide financial support worth up to $1.5 billion to Kazakhstan, including $300 million in concessional loans. Under the agreement, Korea will provide $300 million in concessional loans over five years. Seoul will also provide up to $1 billion in export credits for energy projects.',
      '2025-03-12',
    );
    expect(found.map((a) => [a.kind, a.quantity, a.date])).toEqual([
      ['OTHER', 'up to $1.5 billion', '2025-03-10'],
      ['AGREEMENT', '$300 million in concessional loans', '2025-03-10'],
      ['AGREEMENT', 'up to $1 billion in export credits', '2025-03-10'],
    ]);
    expect(found[0]!.sectors).toContain('FINANCE_AND_INVESTMENT');
    expect(agreementsOf('Korea will provide $50 million in loans for the project.')).toEqual([]);
  });

  it('gives initialed documents and partnership promotions the status ANNOUNCED', () => {
    expect(agreementsOf('Today the sides also initialed an agreement on labour migration.', '2025-03-12').map((a) => [a.status, a.date])).toEqual([['ANNOUNCED', '2025-03-12']]);
    expect(agreementsOf('This was confirmed by the promotion of relations to a Comprehensive Strategic Partnership in May 2022.').map((a) => [a.kind, a.status, a.date])).toEqual([['PARTNERSHIP', 'ANNOUNCED', '2022-05']]);
  });

  it('dates a deal by the day its sentence states, else the event day the opening states, never by a dateline', () => {
    const [caught] = agreementsOf('The agency announced on the 11th that it signed a memorandum with the Geological Survey on the 4th.', '2025-03-12');
    expect(caught!.date).toBe('2025-03-04');
    expect(agreementsOf('The governments signed a memorandum of understanding in 2009.').map((a) => a.date)).toEqual(['2009']);
    expect(agreementsOf('ALMATY. NEWSWIRE. March 3, 2025. Kazakhstan Temir Zholy and Korea Railroad Corporation signed a memorandum.', '2025-03-03').map((a) => a.date)).toEqual([null]);
  });

  it('takes signing parties and signatories, not the summit or the media around them', () => {
    const [mou] = agreementsOf('Korea Railroad Corporation signed a memorandum with Kazakhstan Temir Zholy on Friday, on the sidelines of a summit between President Lee Jae-myung and President Kassym-Jomart Tokayev, Kazinform reports.', '2025-03-12');
    expect(mou!.parties.organizations).toEqual(['Korea Railroad Corporation', 'Kazakhstan Temir Zholy']);
    expect(mou!.signatories).toEqual([]);
  });

  it('does not read the terms of one agreement, or a list of projects, as documents', () => {
    expect(agreementsOf('The agreement signed on Monday provides for the following:\n\n- construction of a terminal;\n\n- training of staff.', '2025-03-12').map((a) => a.title)).toEqual(['Agreement']);
    expect(agreementsOf('The sides signed 4 agreements covering these projects:\n\n- a wind farm in the north;\n\n- a water pipeline;\n\n- a hospital.').map((a) => a.kind)).toEqual(['OTHER']);
  });
});
