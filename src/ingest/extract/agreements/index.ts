/**
 * Agreements: a document or deal the text reports as signed, concluded, reached,
 * approved, adopted, launched or upgraded. Each sentence is checked for a document noun
 * ("memorandum of understanding", "contract", "agreement", "Joint Statement", "Work Plan",
 * "joint venture", "Strategic Partnership", "direct flights") in a realis frame (a past or
 * perfect reporting verb, or its noun: "the signing of"). Proposals, wishes and future plans
 * ("we propose", "would pave the way for signing", "plans to sign") are not agreements.
 * Lists of documents, counted batches and financing deals have modules of their own.
 */
import type { AgreementKind, AgreementRecord, AgreementStatus, PartialDate, Sentence, Span } from '../../types';
import { uniq } from '../../text';
import { evidenceOf, type ArticleContext } from '../context';
import type { OrganizationExtraction } from '../organizations';
import type { PersonExtraction } from '../persons';
import { sectorsOf } from '../sectors';
import { dealSectors, describesDeal } from './topics';
import { DOCUMENTS, PARTNERSHIP_FRAME, isHypothetical, realisOf, verbNear } from './vocabulary';
import { complementOf, titleOf } from './title';
import { partyCountriesOf, partyOrganizations, regionPartiesOf, signatoriesOf, within } from './parties';
import { quantityOf } from './batches';
import { inlineItems, isListHeader, itemsAfter, standaloneItems, type ListItem } from './enumerations';
import { agreedFinancing, agreedTalks, agreedUndertaking, financingTerm } from './commitments';
import { SAYS_WHEN, eventDayOf, statedDate } from './dating';
import { extractionBy, type MethodOf } from '../methods';

/** "The contract was inked ...": a definite document noun without a complement refers back to the deal already reported. */
function refersBack(text: string, index: number, docText: string): boolean {
  return /\b(?:the|this|that)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, index - 20), index)) && complementOf(text.slice(index + docText.length)) === '';
}

/** A plural without a count that introduces named items ("several accords, among them a draft deal on ..."): the items are the records. */
function introducesItems(text: string, end: number): boolean {
  return /^\s*(?:,\s*)?(?:including|such as|among them)\b/i.test(text.slice(end, end + 40)) || /^[^.]{0,60}\b(?:including|such as)\s+(?:an?|the)\b/i.test(text.slice(end));
}

/** "Under another accord, Japan also agreed to back Y's bid to join the OECD": the deal is what was agreed. */
function agreedTitle(text: string, verbIndex: number): string | null {
  const m = /^agreed to ([^,.;:]{8,120})/i.exec(text.slice(verbIndex));
  return m && !/\b(?:agreement|memorand|contract|deal|declaration|statement|plan|roadmap)\w*\b/i.test(m[1]!) ? `Agreement to ${m[1]}` : null;
}

/**
 * Documents named inside another's title ("a memorandum on the Program of Cooperation between
 * A and B", "an Agreement on implementing the Roadmap"): one document, the outer one.
 */
function nestedDocuments(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  // Joint ventures, partnerships and routes are what a document creates, not documents.
  for (const doc of DOCUMENTS.filter((d) => !['JOINT_VENTURE', 'PARTNERSHIP', 'OTHER'].includes(d.kind))) {
    doc.re.lastIndex = 0;
    for (const m of text.matchAll(doc.re)) found.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  const nested: Array<[number, number]> = [];
  for (const [, end] of found) {
    const complement = complementOf(text.slice(end));
    if (!/^(?:on|of|for|under|regarding|about)\b/i.test(complement)) continue;
    const from = text.indexOf(complement, end);
    for (const inner of found) if (inner[0] > from && inner[1] <= from + complement.length) nested.push(inner);
  }
  return nested;
}

/** The frame naming one document of a batch: "One key agreement is", "Among the deals signed was". */
const NAMED_AMONG = /^(?:(?:one|another|a)\s+(?:(?:key|major|main|notable|important|other)\s+)?(?:agreement|deal|document|memorandum|MOU|MoU)\s+(?:signed\s+)?(?:is|was)|among (?:the|them|these|those)\b[^,]{0,40}?\b(?:is|was|were|are))\b/i;

/** A cheap test: a sentence without any of these words reports, names or describes no deal. */
const MAY_REPORT_DEAL = /won |award|landed|agree|memo|mou|contract|deal|treat|protocol|declar|statement|plan|road ?map|program|joint|jv|partnership|flight|route|rail|ferr|shipping|document|record|accord|sign|ink|pen|conclu|:|provid|allocat|extend|grant|lend|decid|pledg|commit|promis|reach|adopt|approv|upgrad|elevat|promot|rais|open|launch|start|inaugur|establish|package|stipulat|envisag|set out/i;

/** Signing news that do not continue the occasion just reported. */
const NEW_OCCASION = /\b(?:in other news|last year|separately)\b/i;

export function extractAgreements(
  ctx: ArticleContext,
  orgs: OrganizationExtraction,
  people: PersonExtraction,
  dateOf: (sentenceIndex: number) => PartialDate | null,
  mainCountries: string[],
): AgreementRecord[] {
  const agreements: AgreementRecord[] = [];
  let eventDay: PartialDate | null | undefined;
  const eventDayLazy = () => (eventDay === undefined ? (eventDay = eventDayOf(ctx)) : eventDay);
  const consumed = new Set<number>();
  const lead = [ctx.article.title ?? '', ctx.sentences[0]?.text ?? ''].join('\n');

  // The deal reported just before, when this one continues its occasion: within a few sentences, on a stated day, and no other time named.
  let lastSentence = -10;
  // The event day of the opening dates only signings: what was reached, upgraded or opened may be background.
  const dateFor = (text: string, si: number, batch: boolean, anchor = 0, status: AgreementStatus = 'SIGNED'): PartialDate | null => {
    const previous = agreements[agreements.length - 1];
    const stated = statedDate(text, ctx.referenceDate, anchor);
    if (stated || SAYS_WHEN.test(text) || NEW_OCCASION.test(text)) return stated;
    const inherited = previous && si - lastSentence <= 3 && previous.date?.length === 10 ? previous.date : null;
    return inherited ?? (status === 'SIGNED' ? eventDayLazy() ?? (batch ? dateOf(si) : null) : null);
  };

  const add = (span: Span & { text: string }, si: number, fields: { method: MethodOf<'agreements'>; title: string; kind: AgreementKind; status: AgreementStatus; quantity: string | null; batch?: boolean; complement?: Span | null; verbIndex?: number; date?: PartialDate | null }) => {
    const signatories = fields.verbIndex === undefined ? [] : signatoriesOf(people, span, fields.verbIndex);
    const personCountries = signatories.map((n) => people.persons.find((p) => p.name === n)?.country).filter((c): c is string => !!c);
    agreements.push({
      title: fields.title,
      kind: fields.kind,
      status: fields.status,
      date: fields.date !== undefined ? fields.date : dateFor(span.text, si, fields.batch ?? false, fields.verbIndex ?? 0, fields.status),
      parties: { countries: uniq([...partyCountriesOf(span.text, mainCountries), ...regionPartiesOf(span.text), ...personCountries]), organizations: partyOrganizations(orgs, span, { complement: fields.complement, verbIndex: fields.verbIndex }) },
      signatories,
      sectors: dealSectors(span.text, fields.title, within(orgs.mentions, span).map((m) => ({ start: m.start - span.start, end: m.end - span.start })), fields.verbIndex, { kind: fields.kind, batch: fields.batch, lead }),
      quantity: fields.quantity,
      evidence: [evidenceOf(ctx.body, span)],
      extraction: extractionBy(fields.method),
    });
    lastSentence = si;
  };

  const addItems = (header: Sentence, si: number, items: ListItem[]) => {
    const status = realisOf(header.text)?.status ?? 'SIGNED';
    const headerDate = dateFor(header.text, si, true);
    for (const item of items) {
      const text = ctx.body.slice(item.span.start, item.span.end);
      add({ ...item.span, text }, item.sentence, { method: 'agreements.enumeration', title: item.title, kind: item.kind, status, quantity: null, date: statedDate(text, ctx.referenceDate) ?? headerDate });
      if (item.sentence !== si) consumed.add(item.sentence);
    }
  };

  ctx.sentences.forEach((sentence: Sentence, si: number) => {
    if (consumed.has(si)) return;
    const text = sentence.text;
    if (!MAY_REPORT_DEAL.test(text)) return;
    // "The document was signed by A and B": signatories of the agreement just reported.
    const previous = agreements[agreements.length - 1];
    if (previous && /\b(?:was|were) signed by\b/i.test(text) && sentence.start - previous.evidence[0]!.end < 400) {
      const named = within(people.mentions, sentence).map((p) => people.persons[p.entity]!.name);
      if (named.length > 0 && !DOCUMENTS.some((d) => { d.re.lastIndex = 0; return d.re.test(text); })) {
        previous.signatories = uniq([...previous.signatories, ...named]);
        previous.evidence.push(evidenceOf(ctx.body, sentence));
        return;
      }
    }
    // "One key agreement is an MOU on X", "Among the deals was a contract for Y": a document of the batch just reported, named.
    const among = NAMED_AMONG.exec(text);
    const realis = realisOf(text) ?? (among && previous && si - lastSentence <= 3 ? { status: previous.status, index: among.index } : null);

    // A list of documents: the header's count is one batch, each item its own agreement.
    const inline = isListHeader(text) ? itemsAfter(ctx.sentences, si) : inlineItems(sentence, si);
    const listed = inline.length > 0 ? inline : standaloneItems(ctx.sentences, si);
    if (listed.length > 0 && !isHypothetical(text, text.length, 0)) {
      const quantity = quantityOf(text.slice(0, text.indexOf(':') + 1));
      if (quantity?.batch) add(sentence, si, { method: 'agreements.batch', title: titleOf('OTHER', text, text.indexOf(quantity.text), quantity.text, quantity.text), kind: 'OTHER', status: realis?.status ?? 'SIGNED', quantity: quantity.text, batch: true });
      addItems(sentence, si, listed);
      return;
    }

    const before = agreements.length;
    const seen = new Map<AgreementKind, string[]>();
    const used: Array<[number, number]> = realis ? [...nestedDocuments(text), ...(among ? [[among.index, among.index + among[0].length] as [number, number]] : [])] : [];
    const talks = realis ? agreedTalks(text) : null;
    if (talks) {
      add(sentence, si, { method: 'agreements.commitment', title: talks.title, kind: 'AGREEMENT', status: 'ANNOUNCED', quantity: null, verbIndex: talks.index });
      seen.set('AGREEMENT', [talks.title.toLowerCase()]);
      used.push([talks.index, talks.end]);
    }
    for (const doc of DOCUMENTS) {
      doc.re.lastIndex = 0;
      for (const m of text.matchAll(doc.re)) {
        const index = m.index ?? 0;
        const end = index + m[0].length;
        if (used.some(([s, e]) => index < e && s < end)) continue;
        if (!realis || isHypothetical(text, index, realis.index)) continue;
        if (doc.kind === 'PARTNERSHIP' && !PARTNERSHIP_FRAME.test(text)) continue;
        if (doc.kind === 'OTHER' && realis.status !== 'COMPLETED') continue;
        if (doc.kind === 'AGREEMENT' && /\bagreements?\b/i.test(m[0]) && /\bjoint (?:company|venture)\b/i.test(text)) continue;
        const plural = /(?:s|memoranda)$|^memorand(?:a|ums)\b/i.test(m[0]) && doc.kind !== 'OTHER' && !/partnership$/i.test(m[0]);
        const quantity = quantityOf(text);
        const batch = plural && !!quantity?.batch;
        if (plural && !quantity && introducesItems(text, end)) continue;
        const kind: AgreementKind = batch ? 'OTHER' : doc.kind;
        const agreed = agreedTitle(text, realis.index);
        const title = agreed ?? titleOf(kind, text, index, m[0], batch ? quantity!.text : null);
        const titles = seen.get(doc.kind);
        // A second document of a kind in one sentence counts only when it is named apart ("an Agreement on X and an Agreement on Y").
        if (titles && (batch || complementOf(text.slice(end)) === '' || titles.includes(title.toLowerCase()))) continue;
        seen.set(doc.kind, [...(titles ?? []), title.toLowerCase()]);
        used.push([index, end]);
        const earlier = [...agreements].reverse().find((a) => a.kind === kind);
        if (earlier && !titles && refersBack(text, index, m[0])) {
          // "The contract was inked in Osaka last week and covers firms A and B": more about the deal already reported.
          const more = within(orgs.mentions, sentence).map((o) => orgs.organizations[o.entity]!).filter((o) => o.kind !== 'MEDIA').map((o) => o.name);
          earlier.parties.organizations = uniq([...earlier.parties.organizations, ...more]);
          earlier.signatories = uniq([...earlier.signatories, ...signatoriesOf(people, sentence, realis.index)]);
          earlier.evidence.push(evidenceOf(ctx.body, sentence));
          continue;
        }
        const complementText = complementOf(text.slice(end));
        const at = complementText ? text.indexOf(complementText, end) : -1;
        const complement = at >= 0 ? { start: sentence.start + at, end: sentence.start + at + complementText.length } : null;
        const verbIndex = verbNear(text, index, end) ?? realis.index;
        const method: MethodOf<'agreements'> = batch ? 'agreements.batch' : agreed ? 'agreements.commitment' : doc.kind === 'PARTNERSHIP' ? 'agreements.partnership' : doc.kind === 'OTHER' ? 'agreements.opening' : complementText ? 'agreements.title' : 'agreements.document';
        add(sentence, si, { method, title, kind, status: realis.status, quantity: batch || kind === 'CONTRACT' ? quantity?.text ?? null : null, batch, complement, verbIndex });
      }
    }
    const found = agreements.slice(before);
    if (found.length > 1 && found.every((a) => a.title.length > a.kind.length + 12)) {
      // Documents named apart in one sentence each have the topics of their own names.
      for (const a of found) {
        const own = sectorsOf(a.title);
        if (own.length > 0) a.sectors = own;
      }
    }
    if (seen.size > 0 || (realis && isHypothetical(text, 0, realis.index))) return;

    const financing = agreedFinancing(text);
    const afterPackage = agreements.some((a) => a.kind === 'OTHER' && a.quantity);
    const term = financing ? null : financingTerm(text, afterPackage);
    if (financing || term) {
      const deal = (financing ?? term)!;
      const status = financing ? realis?.status ?? 'ANNOUNCED' : agreements[agreements.length - 1]?.status ?? 'SIGNED';
      add(sentence, si, { method: 'agreements.financing', title: deal.title, kind: deal.kind, status, quantity: deal.quantity });
      return;
    }
    const last = agreements[agreements.length - 1];
    if (last && !realis && si - lastSentence <= 2 && describesDeal(text)) {
      // "The Declaration supports cooperation in energy, tourism ...": the deal's topics.
      // Bodies named in it (a lender such as "the Asian Development Bank") are no topic.
      let masked = text;
      for (const o of within(orgs.mentions, sentence)) masked = masked.slice(0, o.start - sentence.start) + ' '.repeat(o.end - o.start) + masked.slice(o.end - sentence.start);
      const more = sectorsOf(masked);
      if (more.length > 0) last.sectors = uniq([...(last.sectors.join() === 'DIPLOMACY' && last.kind !== 'JOINT_STATEMENT' ? [] : last.sectors), ...more]);
      return;
    }
    const undertaking = realis ? agreedUndertaking(text) : null;
    if (undertaking) add(sentence, si, { method: 'agreements.commitment', title: undertaking, kind: 'OTHER', status: 'ANNOUNCED', quantity: null });
  });
  return agreements;
}
