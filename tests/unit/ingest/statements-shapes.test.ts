/**
 * Statement shapes of real news, in sentences written for these tests: joint subjects, bodies
 * speaking, attribution after the content, split and continued quotes, quoted fragments,
 * guillemets, nested marks, and sourcing that is not speech.
 */
import { extractStatements, speakerNames } from '../../../src/ingest/extract/statements';
import { entitiesOf } from './helpers';

function statementsOf(text: string) {
  const { ctx, orgs, people } = entitiesOf(`Headline words for the story\n\n${text}`, '2024-03-05');
  return extractStatements(ctx, orgs, people, () => '2024-03-05');
}

const rows = (text: string) => statementsOf(text).map((s) => [speakerNames(s), s.kind, s.text]);

describe('statement shapes', () => {
  it('gives joint subjects to the two participants of the meeting', () => {
    const statements = statementsOf(
      'Foreign Minister Rustam Karimov and his Korean counterpart Kim Min-jun met in Tashkent on Monday.\n\n' +
        'The two ministers agreed to expand flights between the capitals. The sides also discussed visas.\n\n' +
        'Following the talks, it was agreed to hold the next round in Seoul.',
    );
    expect(statements.map((s) => [speakerNames(s), s.kind])).toEqual([
      [['Rustam Karimov', 'Kim Min-jun'], 'REPORTED'],
      [['Rustam Karimov', 'Kim Min-jun'], 'REPORTED'],
    ]);
    expect(statements.map((s) => s.text)).toEqual([
      'The two ministers agreed to expand flights between the capitals.',
      'Following the talks, it was agreed to hold the next round in Seoul.',
    ]);
  });

  it('reads "X and his counterpart Y ... announced" as both speaking', () => {
    expect(rows('President Rustam Karimov and his Korean counterpart Kim Min-jun, who arrived on Sunday, announced plans to build a railway.')).toEqual([
      [['Rustam Karimov', 'Kim Min-jun'], 'REPORTED', 'President Rustam Karimov and his Korean counterpart Kim Min-jun, who arrived on Sunday, announced plans to build a railway.'],
    ]);
  });

  it('does not make a statement of two companies that agreed to set something up', () => {
    expect(rows('Hanbit Motors Corporation and Samarkand Auto Company agreed to set up a joint venture.')).toEqual([]);
  });

  it('lets bodies speak: a multi-word ministry, "a X official", trailing "according to" and "reported the press service of"', () => {
    expect(rows(
      'The Ministry of Trade, Industry and Energy said on Monday that exports of cars rose sharply.\n\n' +
        '“We see the region as our next market,” a Hanbit Motors Corporation official said.\n\n' +
        'Talks on a second plant will follow in May, according to the Ministry of Trade, Industry and Energy.\n\n' +
        'The first cargo flight landed in Navoi on Friday, reported the press service of Silk Air Company.',
    ).map(([speaker, kind]) => [speaker, kind])).toEqual([
      ['Ministry of Trade, Industry and Energy', 'REPORTED'],
      ['Hanbit Motors Corporation', 'DIRECT_QUOTE'],
      ['Ministry of Trade, Industry and Energy', 'REPORTED'],
      ['Silk Air Company', 'REPORTED'],
    ]);
  });

  it('does not treat media or anonymous sourcing as a statement', () => {
    expect(rows('According to Dunyo News, the plant will open in June. Two trains left on Monday, reports indicate. It was mentioned that the road will be repaired.')).toEqual([]);
  });

  it('takes the sentence before an attribution-only sentence as its content', () => {
    expect(rows('Since 2010, about 4,000 workers have left for Korea. Head of the Migration Center, Rustam Karimov, told at a briefing.')).toEqual([
      ['Rustam Karimov', 'REPORTED', 'Since 2010, about 4,000 workers have left for Korea. Head of the Migration Center, Rustam Karimov, told at a briefing.'],
    ]);
  });

  it('joins a quote split by its attribution and a quote continued in the next paragraph', () => {
    expect(rows(
      '“We have gas and you have technology,” Rustam Karimov said at the forum. “Together we can build the plant.”\n\n' +
        '“The first stage will start next year.”',
    )).toEqual([
      ['Rustam Karimov', 'DIRECT_QUOTE', 'We have gas and you have technology, Together we can build the plant. The first stage will start next year.'],
    ]);
  });

  it('reads guillemets and quoted names inside a quote', () => {
    expect(rows('«Our goal is to open the "Green Valley" park next spring and to invite Korean investors,» said Minister Rustam Karimov.')).toEqual([
      ['Rustam Karimov', 'DIRECT_QUOTE', 'Our goal is to open the "Green Valley" park next spring and to invite Korean investors'],
    ]);
  });

  it('gives a quoted fragment in reported speech as a quote too, and the pronoun lead-ins', () => {
    expect(rows(
      'Rustam Karimov spoke at the forum.\n\n' +
        'According to him, the new railway “will cut travel time by half.” As he said, the line will open in 2027.',
    )).toEqual([
      ['Rustam Karimov', 'REPORTED', 'According to him, the new railway “will cut travel time by half.”'],
      ['Rustam Karimov', 'DIRECT_QUOTE', 'will cut travel time by half.'],
      ['Rustam Karimov', 'REPORTED', 'As he said, the line will open in 2027.'],
    ]);
  });

  it('does not report an introducing sentence separately from its quote', () => {
    expect(rows('Kim Min-jun, head of the bank, earlier said: “We will finance the hospital. The loan will be signed soon.”')).toEqual([
      ['Kim Min-jun', 'DIRECT_QUOTE', 'We will finance the hospital. The loan will be signed soon.'],
    ]);
  });

  it('resolves a subject set off by dashes and "the head of government"', () => {
    expect(rows(
      'Prime Minister Rustam Karimov met investors.\n\n' +
        'Karimov - who was on his first trip abroad - said the talks went well. The head of government expressed hope for new projects.',
    ).map(([speaker, kind]) => [speaker, kind])).toEqual([
      ['Rustam Karimov', 'REPORTED'],
      ['Rustam Karimov', 'REPORTED'],
    ]);
  });

  it('reads "the <country> leader" as the one person of that country, or the one whose role is unknown', () => {
    expect(rows('Korean President Kim Min-jun met his host Rustam Karimov in Ashgabat.\n\n"We will build two plants worth $3 billion," said the Turkmen leader.').map(([speaker, kind]) => [speaker, kind])).toEqual([
      ['Rustam Karimov', 'DIRECT_QUOTE'],
    ]);
  });

  it('takes the speaker of a later verb when "agreed to" has a country as subject: "…, which the ministry said …"', () => {
    expect(rows(
      'The Ministry of Foreign Affairs of Korea hosted the talks.\n\n' +
        'In a separate deal, Korea also agreed to support Uzbekistan, which the ministry said would boost trade.',
    ).map(([speaker, kind]) => [speaker, kind])).toEqual([
      ['Ministry of Foreign Affairs of Korea', 'REPORTED'],
    ]);
  });

  it('lets a body speak through "a statement by the embassy" and reads a long role phrase before a name', () => {
    expect(rows(
      'The Embassy of the Republic of Korea in Uzbekistan opened a visa center.\n\n' +
        'According to a statement by the embassy, the center will process 500 applications a day.\n\n' +
        'Deputy Chairman of the Board of the national railway company for logistics Rustam Karimov said the terminal will open in May.',
    ).map(([speaker, kind]) => [String(speaker).replace(/^Embassy .*/, 'Embassy'), kind])).toEqual([
      ['Embassy', 'REPORTED'],
      ['Rustam Karimov', 'REPORTED'],
    ]);
  });

  it('reads "the <country> side", "they" after a meeting, and "was quoted as saying"', () => {
    expect(rows(
      'Foreign Minister Rustam Karimov met his Korean counterpart Kim Min-jun in Seoul.\n\n' +
        'The Korean side noted the growth of trade. They agreed to meet again in Tashkent. Karimov was quoted as saying the talks were useful.',
    ).map(([speaker, kind]) => [speaker, kind])).toEqual([
      ['Kim Min-jun', 'REPORTED'],
      [['Rustam Karimov', 'Kim Min-jun'], 'REPORTED'],
      ['Rustam Karimov', 'REPORTED'],
    ]);
  });

  it('gives a statement about the relationship alone the DIPLOMACY sector, and no sectors from names', () => {
    const [relations, named] = statementsOf('Kim Min-jun said the two countries will strengthen friendly relations. Exports of cars grew, according to the Ministry of Trade, Industry and Energy.');
    expect(relations!.sectors).toEqual(['DIPLOMACY']);
    expect(named!.sectors).toEqual(['MANUFACTURING', 'TRADE']);
  });

  it('lets bodies speak with other reporting verbs, and gives "<Outlet> reports via X" to X', () => {
    expect(rows(
      'Hanbit Motors Corporation opened a plant in Samarkand on Monday.\n\n' +
        '“The new line will assemble 20,000 cars a year,” the press service of Hanbit Motors Corporation reports.\n\n' +
        '“The plant will employ 900 local workers,” the company comments.\n\n' +
        'Dunyo News reports via the Ministry of Foreign Affairs of Uzbekistan that a consulate will open in Busan.\n\n' +
        'The Embassy of Korea in Tashkent held a reception. The embassy notes that 500 students study in Korea.',
    ).map(([speaker, kind]) => [speaker, kind])).toEqual([
      ['Hanbit Motors Corporation', 'DIRECT_QUOTE'],
      ['Hanbit Motors Corporation', 'DIRECT_QUOTE'],
      ['Ministry of Foreign Affairs of Uzbekistan', 'REPORTED'],
      ['Embassy of Korea in Uzbekistan', 'REPORTED'],
    ]);
    expect(rows('“Two more flights will follow,” Dunyo News reports. Dunyo News reports that the road is closed.')).toEqual([]);
  });

  it('reads a transcript label or a "Name, Title:" line as the speaker of the quote below it', () => {
    expect(rows(
      'The presidents met in Seoul on Monday.\n\n[Sound bite: President Kim Min-jun (Korean-English)]\n\n“We will build the railway together with our partners.”\n\n' +
        'Rustam Karimov, President of Uzbekistan:\n\n“Our countries will double trade within five years.”',
    )).toEqual([
      ['Kim Min-jun', 'DIRECT_QUOTE', 'We will build the railway together with our partners.'],
      ['Rustam Karimov', 'DIRECT_QUOTE', 'Our countries will double trade within five years.'],
    ]);
  });

  it('takes no statement from verbs that do not report speech', () => {
    expect(rows('The plant opened on Monday as President Kim Min-jun continued his tour of Central Asia. Samarkand, noted for its old mosques, hosted the ceremony. Karimov reported a loss.')).toEqual([]);
  });

  it('reads "reported that", "informed that", "briefed X on" and "reportedly agreed" as reported speech', () => {
    expect(rows(
      'Foreign Minister Rustam Karimov met Korean Minister Kim Min-jun in Tashkent on Monday. Karimov reported that trade rose by 20 percent last year. ' +
        'Kim informed that a new flight will start in June. Karimov briefed his counterpart on the reforms in the energy sector. ' +
        'The parties reportedly agreed to open a trade house in Busan.',
    )).toEqual([
      ['Rustam Karimov', 'REPORTED', 'Karimov reported that trade rose by 20 percent last year.'],
      ['Kim Min-jun', 'REPORTED', 'Kim informed that a new flight will start in June.'],
      ['Rustam Karimov', 'REPORTED', 'Karimov briefed his counterpart on the reforms in the energy sector.'],
      [['Rustam Karimov', 'Kim Min-jun'], 'REPORTED', 'The parties reportedly agreed to open a trade house in Busan.'],
    ]);
  });

  it('finds a speaker named only by role before or after the sentence', () => {
    const said = 'Uzbekistan’s deputy prime minister said Wednesday that the two countries would build a chemical plant.';
    expect(rows(`${said} Deputy Prime Minister Rustam Karimov later met investors.`)[0]?.[0]).toBe('Rustam Karimov');
    expect(rows(`Deputy Prime Minister Rustam Karimov arrived in Seoul on Monday. ${said}`)[0]?.[0]).toBe('Rustam Karimov');
  });

  it('gives statement sectors from what is said, not from titles or loose words', () => {
    const sectorsOf = (text: string) => statementsOf(text).map((s) => s.sectors);
    expect(sectorsOf(
      'Kim Min-jun said the country has rich natural resources and a young workforce. ' +
        'Kim Min-jun said sustainable growth needs stable supply chains. ' +
        'Foreign Minister Rustam Karimov said a visit of the Korean president will follow in May. ' +
        'Kim Min-jun said the construction market of the region grows fast. ' +
        'Kim Min-jun said the two countries will deepen economic cooperation and high-tech exchanges.',
    )).toEqual([[], [], ['DIPLOMACY'], ['INFRASTRUCTURE'], ['DIGITAL_AND_ICT', 'TRADE']]);
  });

  it('reads a body speaking at the end of its sentence and a quote an outlet cites from a body, and no statement from a reported figure', () => {
    expect(rows(
      'The Ministry of Energy of Uzbekistan hosted the delegation. The new line will carry 2 GW, the ministry informs.\n\n' +
        '“Our cooperation grows every year,” Dunyo News reports citing the Embassy of Korea in Tashkent.\n\n' +
        'Hanbit Motors Corporation reported a net profit of $5 million. President Kim Min-jun concluded his visit to Astana.',
    )).toEqual([
      ['Ministry of Energy of Uzbekistan', 'REPORTED', 'The new line will carry 2 GW, the ministry informs.'],
      ['Embassy of Korea in Uzbekistan', 'DIRECT_QUOTE', 'Our cooperation grows every year'],
    ]);
    expect(rows('The forum took place in Seoul with Minister Rustam Karimov, the press service of the Ministry of Energy of Uzbekistan reports.\n\nIn his remarks, Karimov stressed the role of solar power.').map(([speaker]) => speaker)).toEqual(['Rustam Karimov']);
  });
});
