/** Sector taxonomy by keyword: which of the fixed sectors a sentence or paragraph talks about. */
import type { Sector } from '../types';

const SECTOR_KEYWORDS: Record<Sector, RegExp> = {
  ENERGY: /\b(?:energy|gas|oil|power plants?|electricity|fuel|renewable|solar|wind power|hydropower|pipelines?|refin\w+|combined cycle)\b/i,
  NUCLEAR: /\b(?:nuclear|uranium|atomic)\b/i,
  MINING_AND_MINERALS: /\b(?:mining|mines?|minerals?|metals?|metallurg\w*|lithium|copper|nickel|cobalt|molybdenum|tungsten|zinc|rare earth|geolog\w*|deposits?|raw materials|resources|coal|exploration|extraction)\b/i,
  INFRASTRUCTURE: /\b(?:infrastructure|construction|expressway|roads?|ring road|smart city|bridges?|water infrastructure|housing|build(?:ing)? (?:new )?plants)\b/i,
  TRANSPORT_AND_LOGISTICS: /\b(?:transport\w*|logistics|cargo|flights?|air(?:line|port)s?|railways?|rail|shipping|ships?|shipbuilding|corridor|route|transit|connectivity|supply chains?)\b/i,
  MANUFACTURING: /\b(?:manufactur\w+|factory|factories|production|industrial|textile|car batteries|automobiles?|cars?|household appliances|plant for the production|chemical industr\w+)\b/i,
  AGRICULTURE: /\b(?:agricultur\w+|farms?|farming|food|fertilizers?|irrigation|livestock|crops?)\b/i,
  HEALTHCARE: /\b(?:health\s?care|medical|medicine|pharma\w*|biopharmaceutical|hospitals?|health|covid(?:-19)?|coronavirus|pandemic|infectious diseases?|vaccin\w+|epidemiolog\w+)\b/i,
  DIGITAL_AND_ICT: /\b(?:digital\w*|ICT|information.communication|telecom\w*|artificial intelligence|AI|Big Data|cybersecurity|smart city|online services|communications|IT)\b/,
  FINANCE_AND_INVESTMENT: /\b(?:invest\w*|financ\w+|(?:venture|authori[sz]ed|share|working|equity) capital|capital (?:market|investment|expenditure)s?|banks?|banking|fund|loans?|credit|card)\b/i,
  TRADE: /\b(?:trade|trading|exports?|imports?|market|commerce|commercial)\b/i,
  ENVIRONMENT_AND_CLIMATE: /\b(?:climate|environment\w*|green|ecolog\w*|ecosystem|reforestation|sustainab\w+|emissions?|carbon|Aral Sea|water sector)\b/i,
  EDUCATION_AND_CULTURE: /\b(?:education\w*|cultur\w+|scien\w+|research|universit\w+|students?|humanitarian|people-to-people|pop culture|diaspora)\b/i,
  TOURISM: /\b(?:touris\w+|tourists?|travel industry)\b/i,
  DIPLOMACY: /\b(?:diplomac\w+|diplomatic|strategic partnership|state visit|official visit|summit|foreign ministers?|bilateral relations|ties|World Expo|partnership)\b/i,
};

export function sectorsOf(text: string): Sector[] {
  const out: Sector[] = [];
  for (const [sector, re] of Object.entries(SECTOR_KEYWORDS) as Array<[Sector, RegExp]>) if (re.test(text)) out.push(sector);
  return out;
}
