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
 * | Confident statements | Which statements is the extractor surest of, and which rule found each? |
 * | Correct an agreement | How does an analyst correct an agreement's fields (with a write token)? |
 * | Reject a record | How does an analyst reject a wrong record, so it leaves lists, search and counts? |
 * | Corrections audit | Who corrected what, when and why? |
 *
 * The two write tabs need `{"Authorization": "Bearer <token>"}` in the IDE's
 * Headers pane (a token from ADMIN_TOKEN); without it they are refused and
 * write nothing. Their ids are the first agreement and the first fact of a
 * database loaded with the seed articles; take any other from the lists.
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
  {
    title: 'Confident statements',
    question: 'Which statements is the extractor surest of, and which rule found each?',
    query: `# Every record has a confidence (0 to 1, calibrated) and the rule and
# extractor version that found it. minConfidence keeps the surer ones: root and
# nested lists, search and counts take it.
query ConfidentStatements {
  statements(first: 10, minConfidence: 0.9) {
    totalCount
    nodes {
      text
      confidence
      extraction { method version }
      speaker {
        ... on Person { name }
        ... on Organization { name }
      }
    }
  }
}
`,
  },
  {
    title: 'Correct an agreement',
    question: "How does an analyst correct an agreement's fields (with a write token)?",
    query: `# Corrects fields of an agreement; fields left out stay as they are.
# Writes need {"Authorization": "Bearer <token>"} in Headers (below).
# The corrected values win over later articles and re-extraction, and the
# correction is kept in the audit with the token's label as its actor.
mutation CorrectAgreement($input: CorrectAgreementInput!, $reason: String) {
  correctAgreement(input: $input, reason: $reason) {
    agreement { title status date sectors partyCountries { iso2 } }
    correction { action actor createdAt changes { field before after } }
    userErrors { field code message }
  }
}
`,
    variables: { input: { id: 'QWdyZWVtZW50OjE', status: 'SIGNED', sectors: ['TRANSPORT_AND_LOGISTICS'] }, reason: 'Checked against the airport operator’s release' },
  },
  {
    title: 'Reject a record',
    question: 'How does an analyst reject a wrong record, so it leaves lists, search and counts?',
    query: `# Rejects a record (organization, person, agreement, statement or fact) as
# wrong: hidden from lists, search and counts unless includeRejected: true;
# node(id:) still returns it. restoreRecord undoes it. Needs a write token.
mutation RejectRecord($input: RejectRecordInput!) {
  rejectRecord(input: $input) {
    record {
      __typename
      ... on Fact { subject metric rejected }
    }
    correction { action actor reason createdAt }
    changed
    userErrors { field code message }
  }
}
`,
    variables: { input: { id: 'RmFjdDox', reason: 'A ranking, not a number worth charting' } },
  },
  {
    title: 'Corrections audit',
    question: 'Who corrected what, when and why?',
    query: `# Every analyst correction, newest first: the record, what changed (values
# as JSON), who (the write token's label), when and why.
query CorrectionsAudit {
  corrections(first: 20) {
    totalCount
    nodes {
      createdAt
      actor
      action
      reason
      target
      record {
        ... on Agreement { title }
        ... on Statement { text }
        ... on Fact { subject metric }
        ... on Person { name }
        ... on Organization { name }
      }
      changes { field before after }
    }
  }
}
`,
  },
];
