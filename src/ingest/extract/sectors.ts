/** Sector taxonomy by keyword: which of the fixed sectors a sentence or paragraph talks about. */
import type { Sector } from '../types';

const SECTOR_KEYWORDS: Record<Sector, RegExp> = {
  ENERGY: /\b(?:energy|gas|oil|petroleum|LNG|power plants?|power (?:grids?|generation|supply|lines?|sector|stations?|transmission)|(?:electric|hydro|thermal|wind|solar) power|hydroelectric\w*|electricity|fuel|renewable|solar|hydropower|pipelines?|refin\w+|combined cycle)\b/i,
  NUCLEAR: /\b(?:nuclear|uranium|atomic)\b/i,
  MINING_AND_MINERALS: /\b(?:mining|mines?|minerals?|metals?|metallurg\w*|lithium|copper|nickel|cobalt|molybdenum|tungsten|zinc|rare earths?|gold|silver|uranium ore|ores?|geolog\w*|deposits?|raw materials|(?<!\b(?:energy|human|water|financial|labou?r|forest|land|information|educational|budget|administrative|natural)\s)resources|mineral resources|coal|exploration|extraction)\b/i,
  INFRASTRUCTURE: /\b(?:infrastructure|construction|expressway|highways?|roads?|ring road|smart cit(?:y|ies)|urban development|new cit(?:y|ies)|bridges?|water (?:infrastructure|supply)|sewerage|housing|build(?:ing)? (?:new )?plants)\b/i,
  TRANSPORT_AND_LOGISTICS: /\b(?:transport\w*|logistic\w*|cargo|freight|flights?|aviation|air(?:line|port)s?|aircraft|railways?|rail|trains|(?:passenger|freight|cargo|high-speed|electric) train|trams?|buses|metro|locomotives?|wagons|trucks?|ports?|shipping|ships?|shipbuilding|corridors?|routes?|transit|connectivity)\b/i,
  MANUFACTURING: /\b(?:manufactur\w+|factory|factories|production|industrial|textile|car batteries|automobiles?|cars?|household appliances|plant for the production|chemical industr\w+)\b/i,
  AGRICULTURE: /\b(?:agricultur\w+|agro\w*|farms?|farmers?|farming|food|fertili[sz]ers?|irrigation|livestock|crops?|cotton|grain|wheat|fruits?|vegetables|horticulture|veterinary|fisher(?:y|ies))\b/i,
  HEALTHCARE: /\b(?:health\s?care|medical|medicine|pharma\w*|biopharmaceutical|hospitals?|clinics?|health|covid(?:-19)?|coronavirus|pandemic|infectious diseases?|vaccin\w+|epidemiolog\w+|diagnos\w+|dialysis)\b/i,
  DIGITAL_AND_ICT: /\b(?:[Dd]igital\w*|ICT|[Ii]nformation (?:and communication )?technolog\w+|[Tt]elecom\w*|[Aa]rtificial intelligence|AI|[Bb]ig [Dd]ata|[Cc]ybersecurity|[Ss]mart cit(?:y|ies)|e-government|[Ee]lectronic (?:government|public services)|online services|software|data cent(?:er|re)s?|high[- ]tech(?:nolog\w+)?|communications|IT)\b/,
  FINANCE_AND_INVESTMENT: /\b(?:invest\w*|financ\w+|(?:venture|authori[sz]ed|share|working|equity) capital|capital (?:market|investment|expenditure)s?|banks?|banking|funds?|funding|loans?|credit|credit lines?|insurance|bonds?|card)\b/i,
  TRADE: /\b(?:trade|trading|economic (?:cooperation|ties|partnership)|exports?|imports?|(?<!\b(?:construction|labou?r|capital|stock|housing|real estate|financial|job)\s)markets?|commerce|commercial|customs|tariffs?|FTA)\b/i,
  ENVIRONMENT_AND_CLIMATE: /\b(?:climate|environment\w*|green|ecolog\w*|ecosystem|reforestation|afforestation|desertification|environmentally sustainable|emissions?|carbon|air quality|pollution|fine dust|waste|recycling|Aral Sea|water sector)\b/i,
  EDUCATION_AND_CULTURE: /\b(?:education\w*|cultur\w+|scien\w+|research|universit\w+|schools?|students?|scholarships?|vocational training|teachers?|curricul\w+|museums?|humanitarian|people-to-people|pop culture|diaspora)\b/i,
  TOURISM: /\b(?:touris\w+|tourists?|travel industry)\b/i,
  DIPLOMACY: /\b(?:diplomac\w+|diplomatic|strategic partnership|state visit|official visit|summit|foreign ministers?|foreign (?:affairs )?ministr(?:y|ies)|Ministry of Foreign Affairs|consular|visa regime|visa-free|bilateral relations|ties|World Expo|partnership)\b/i,
};

export function sectorsOf(text: string): Sector[] {
  const out: Sector[] = [];
  for (const [sector, re] of Object.entries(SECTOR_KEYWORDS) as Array<[Sector, RegExp]>) if (re.test(text)) out.push(sector);
  return out;
}
