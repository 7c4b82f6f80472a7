/**
 * Example operations preloaded as tabs in the GraphQL IDE. Each answers a real
 * question over the seed articles; tests/e2e/ide.test.ts runs every one of
 * them against the seeded API and expects data without errors.
 *
 * | tab | question |
 * | --- | --- |
 * | Countries | Which countries do the articles mention, with ISO codes and names? |
 * | Agreements | What was agreed, between whom, signed by whom, in which sectors, and where is it reported? |
 * | Statements | Who said what (people with their role, or organizations), and where is it reported? |
 * | Korea–Kazakhstan agreements | Which agreements have both Korea (KR) and Kazakhstan (KZ) as parties? |
 * | Korea–Uzbekistan relation | What did Korea and Uzbekistan agree and say, and which numbers were reported, in time order? |
 */
export interface ExampleQuery {
  /** Short title, also the operation name. */
  title: string;
  /** The question the query answers. */
  question: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Countries',
    question: 'Which countries do the articles mention, with ISO codes and names?',
    query: `# Countries in the articles, with ISO 3166-1 codes.
# Run: Ctrl-Enter or the ▶ button. More examples: tabs.
query Countries {
  countries(first: 50) {
    totalCount
    nodes {
      iso2
      iso3
      name
    }
  }
}
`,
  },
  {
    title: 'Agreements',
    question: 'What was agreed, between whom, signed by whom, in which sectors, and where is it reported?',
    query: `# Agreements with their parties, signatories, sectors and evidence
# (the sentence that reports each one and the article it comes from).
query Agreements {
  agreements(first: 10, orderBy: { field: DATE, direction: DESC }) {
    totalCount
    nodes {
      title
      kind
      status
      date
      sectors
      partyCountries { iso2 name }
      partyOrganizations { name }
      signatories { name role }
      evidence(first: 3) {
        nodes {
          sentence
          article { title }
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Statements',
    question: 'Who said what (people with their role, or organizations), and where is it reported?',
    query: `# Statements with their speaker (a person or an organization) and evidence.
query Statements {
  statements(first: 10) {
    totalCount
    nodes {
      kind
      text
      date
      speaker {
        __typename
        ... on Person { name role }
        ... on Organization { name }
      }
      mentionedCountries { iso2 }
      evidence(first: 1) {
        nodes {
          sentence
          article { title }
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Korea–Kazakhstan agreements',
    question: 'Which agreements have both Korea (KR) and Kazakhstan (KZ) as parties?',
    query: `# Agreements to which ALL the listed countries are parties.
query KoreaKazakhstanAgreements {
  agreements(first: 20, filter: { parties: ["KR", "KZ"] }) {
    totalCount
    nodes {
      title
      kind
      status
      date
      sectors
      partyCountries { iso2 name }
      signatories { name role }
      evidence(first: 1) {
        nodes {
          sentence
          article { title }
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Korea–Uzbekistan relation',
    question: 'What did Korea and Uzbekistan agree and say, and which numbers were reported, in time order?',
    query: `# The relation between two countries, oldest first: agreements both are party to,
# statements involving both, facts about one reported alongside the other.
query KoreaUzbekistanRelation {
  relation(between: ["KR", "UZ"]) {
    countries { name }
    agreements(first: 10) {
      totalCount
      nodes { title date sectors partyOrganizations { name } }
    }
    statements(first: 10) {
      totalCount
      nodes {
        date
        text
        speaker {
          ... on Person { name role }
          ... on Organization { name }
        }
      }
    }
    facts(first: 10) {
      totalCount
      nodes { subject metric value unit date }
    }
  }
}
`,
  },
];
