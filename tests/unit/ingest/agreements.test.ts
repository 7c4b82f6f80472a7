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
});
