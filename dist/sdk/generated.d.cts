// Built from src/sdk by `npm run build:sdk` (src/sdk/build.ts). Do not edit.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends {
    [key: string]: unknown;
}> = {
    [K in keyof T]: T[K];
};
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | {
    [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never;
};
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows a list of agreements. Conditions combine with AND; values inside one list with OR, except `parties`. */
export type AgreementFilter = {
    /** Only agreements dated on or after this day. */
    dateFrom?: string | null | undefined;
    /** Only agreements dated on or before this day. */
    dateTo?: string | null | undefined;
    /** Only these kinds. */
    kinds?: Array<AgreementKind> | null | undefined;
    /** Only agreements to which ALL these countries (ISO alpha-2) are parties, e.g. ["KR", "UZ"]. */
    parties?: Array<string> | null | undefined;
    /** Only agreements to which any of these organizations (global ids) is a party. */
    partyOrganizations?: Array<string | number> | null | undefined;
    /** Full-text search over titles and quantities. */
    search?: string | null | undefined;
    /** Only agreements concerning any of these sectors. */
    sectors?: Array<Sector> | null | undefined;
    /** Only agreements signed by any of these people (global ids). */
    signatories?: Array<string | number> | null | undefined;
    /** Only these statuses. */
    statuses?: Array<AgreementStatus> | null | undefined;
};
/** Dimensions agreements can be counted by. */
export type AgreementGroupField = 
/** Party country (ISO alpha-2); an agreement counts once for each party country. */
'COUNTRY'
/** Kind of agreement. */
 | 'KIND'
/** Sector; an agreement counts once for each sector it concerns. */
 | 'SECTOR'
/** Where the agreement stands. */
 | 'STATUS'
/** Year of the agreement's date. */
 | 'YEAR';
/** What kind of document or deal an agreement is. */
export type AgreementKind = 
/** Intergovernmental or other agreement. */
'AGREEMENT'
/** Commercial contract. */
 | 'CONTRACT'
/** Joint statement or declaration. */
 | 'JOINT_STATEMENT'
/** Joint venture or joint company. */
 | 'JOINT_VENTURE'
/** Memorandum of understanding. */
 | 'MEMORANDUM'
/** Other deals, e.g. a direct route launched as a deal. */
 | 'OTHER'
/** Partnership established or upgraded. */
 | 'PARTNERSHIP'
/** Work plan, roadmap or programme. */
 | 'PLAN';
/** Order of an agreement list. */
export type AgreementOrder = {
    /** Direction (default DESC). */
    direction?: OrderDirection | null | undefined;
    /** Field to order by. */
    field: AgreementOrderField;
};
/** Fields agreements can be ordered by. */
export type AgreementOrderField = 
/** Order of first appearance in the knowledge base. */
'CREATED'
/** Date (undated last when descending). */
 | 'DATE'
/** Title. */
 | 'TITLE';
/** Where an agreement stands, as reported. */
export type AgreementStatus = 
/** Announced or reached, not reported as signed. */
'ANNOUNCED'
/** Carried out (e.g. a route launched, a project finished). */
 | 'COMPLETED'
/** Planned for the future. */
 | 'PLANNED'
/** Signed. */
 | 'SIGNED';
/** Fields of an agreement to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectAgreementInput = {
    /** Date as precise as known: `2024`, `2024-06` or `2024-06-12`; null clears it. */
    date?: string | null | undefined;
    /** Global id of the agreement. */
    id: string | number;
    /** What kind of agreement. */
    kind?: AgreementKind | null | undefined;
    /** The party countries, exactly, as ISO alpha-2 codes of countries in the knowledge base. */
    partyCountries?: Array<string> | null | undefined;
    /** The party organizations, exactly, as global ids. */
    partyOrganizations?: Array<string | number> | null | undefined;
    /** Quantity as stated, e.g. "11 agreements"; null clears it. */
    quantity?: string | null | undefined;
    /** The sectors, exactly (later articles add none while this correction stands). */
    sectors?: Array<Sector> | null | undefined;
    /** The signatories, exactly, as global ids of people. */
    signatories?: Array<string | number> | null | undefined;
    /** Where it stands. */
    status?: AgreementStatus | null | undefined;
    /** Short title. */
    title?: string | null | undefined;
};
/** Fields of a fact to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectFactInput = {
    /** Date as precise as known: `2024`, `2024-06` or `2024-06-12`; null clears it. */
    date?: string | null | undefined;
    /** Global id of the fact. */
    id: string | number;
    /** What is measured. */
    metric?: string | null | undefined;
    /** What the number is about. */
    subject?: string | null | undefined;
    /** Unit, e.g. USD, percent, tons. */
    unit?: string | null | undefined;
    /** The number, in `unit`s. */
    value?: number | null | undefined;
};
/** Fields of an organization to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectOrganizationInput = {
    /** Home country, as the ISO alpha-2 code of a country in the knowledge base; null clears it. */
    country?: string | null | undefined;
    /** Global id of the organization. */
    id: string | number;
    /** What kind of body it is. */
    kind?: OrganizationKind | null | undefined;
    /** Canonical name. */
    name?: string | null | undefined;
};
/** Fields of a person to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectPersonInput = {
    /** Country of that role, as the ISO alpha-2 code of a country in the knowledge base; null clears it. */
    country?: string | null | undefined;
    /** Global id of the person. */
    id: string | number;
    /** Canonical name. */
    name?: string | null | undefined;
    /** Organization of that role (global id); null clears it. */
    organization?: string | number | null | undefined;
    /** Role as stated at the time; null clears it. */
    role?: string | null | undefined;
};
/** Fields of a statement to correct: give at least one besides `id`; a field left out stays as it is, null clears an optional one. */
export type CorrectStatementInput = {
    /** Date as precise as known: `2024`, `2024-06` or `2024-06-12`; null clears it. */
    date?: string | null | undefined;
    /** Global id of the statement. */
    id: string | number;
    /** Direct quote or reported speech. */
    kind?: StatementKind | null | undefined;
    /** The mentioned countries, exactly, as ISO alpha-2 codes of countries in the knowledge base. */
    mentionedCountries?: Array<string> | null | undefined;
    /** The mentioned organizations, exactly, as global ids. */
    mentionedOrganizations?: Array<string | number> | null | undefined;
    /** Occasion when stated; null clears it. */
    occasion?: string | null | undefined;
    /** The sectors, exactly. */
    sectors?: Array<Sector> | null | undefined;
    /** Who said it: the global id of a person or an organization. */
    speaker?: string | number | null | undefined;
    /** The quote without quotation marks, or the reporting sentence. */
    text?: string | null | undefined;
};
/** What a correction did. */
export type CorrectionAction = 
/** Set some fields of the record to the analyst's values. */
'CORRECT'
/** Marked the record as wrong: hidden from lists, search and counts. */
 | 'REJECT'
/** Undid a rejection. */
 | 'RESTORE';
/** Narrows the corrections audit. Conditions combine with AND; values inside one list with OR. */
export type CorrectionFilter = {
    /** Only these actions. */
    actions?: Array<CorrectionAction> | null | undefined;
    /** Only corrections made with these token labels. */
    actors?: Array<string> | null | undefined;
    /** Only corrections of these kinds of record. */
    targets?: Array<CorrectionTarget> | null | undefined;
};
/** The record types analysts can correct and reject. */
export type CorrectionTarget = 
/** Agreements. */
'AGREEMENT'
/** Facts. */
 | 'FACT'
/** Organizations. */
 | 'ORGANIZATION'
/** Persons. */
 | 'PERSON'
/** Statements. */
 | 'STATEMENT';
/** Narrows a list of countries. */
export type CountryFilter = {
    /** Only these ISO alpha-2 codes. */
    iso2?: Array<string> | null | undefined;
    /** Full-text search over names and aliases. */
    search?: string | null | undefined;
};
/** Order of a country list. */
export type CountryOrder = {
    /** Direction (default ASC). */
    direction?: OrderDirection | null | undefined;
    /** Field to order by. */
    field: CountryOrderField;
};
/** Fields countries can be ordered by. */
export type CountryOrderField = 
/** ISO alpha-2 code. */
'ISO2'
/** Canonical name. */
 | 'NAME';
/** Narrows a list of facts. Conditions combine with AND; values inside one list with OR, except `involving`. */
export type FactFilter = {
    /** Only facts dated on or after this day. */
    dateFrom?: string | null | undefined;
    /** Only facts dated on or before this day. */
    dateTo?: string | null | undefined;
    /** Only facts about one of these countries (ISO alpha-2) drawn from an article that names ALL of them: the facts of a relation. */
    involving?: Array<string> | null | undefined;
    /** Full-text search over subject, metric and unit. */
    search?: string | null | undefined;
    /** Only facts whose subject is one of these countries (ISO alpha-2). */
    subjectCountries?: Array<string> | null | undefined;
    /** Only facts whose subject is one of these organizations (global ids). */
    subjectOrganizations?: Array<string | number> | null | undefined;
    /** Only these units. */
    units?: Array<string> | null | undefined;
};
/** An article to ingest. Metadata given here wins over what the text itself says. */
export type IngestArticleInput = {
    /** True: check the input, put the text in the ingest queue and return at once with `job` (a worker loads it; watch it with the ingestJob query). The same text enqueued again while its job is in the queue returns that job. Default false: load now. */
    async?: boolean | null | undefined;
    /** Publication date as YYYY-MM-DD. */
    publishedOn?: string | null | undefined;
    /** Outlet that published it. */
    publisher?: string | null | undefined;
    /** The article as plain text (not empty, at most 900,000 bytes as UTF-8; larger files: `npm run seed`). Cleaned like a seed file: boilerplate removed, a date line read. */
    text: string;
    /** Headline. */
    title?: string | null | undefined;
    /** Where the article was published: an absolute http(s) URL. */
    url?: string | null | undefined;
};
/** Where a queued article is: the states of an ingest job. */
export type IngestJobState = 
/** A worker is loading it. */
'ACTIVE'
/** Cancelled by an operator. */
 | 'CANCELLED'
/** Every attempt failed: it stays here with its `error` until retried (`npm run queue -- retry`) or archived after 14 days. */
 | 'DEAD'
/** Loaded: `article` is the stored article (new, or the one that already had this cleaned text). */
 | 'LOADED'
/** Waiting for a worker. */
 | 'QUEUED'
/** An attempt failed (see `error`); it runs again after a backoff (`nextAttemptAt`). */
 | 'RETRYING';
/** Sources to fold into a target. */
export type MergeInput = {
    /** Why they are the same (kept in the audit), e.g. a link to the correction request. */
    reason: string;
    /** Global ids of the duplicates; they are deleted. */
    sourceIds: Array<string | number>;
    /** Global id of the row that stays and receives every reference. */
    targetId: string | number;
};
/** What was merged. */
export type MergeKind = 
/** Organizations. */
'ORGANIZATION'
/** Persons. */
 | 'PERSON';
/** Sort direction. */
export type OrderDirection = 
/** Smallest first. */
'ASC'
/** Largest first. */
 | 'DESC';
/** Narrows a list of organizations. */
export type OrganizationFilter = {
    /** Only organizations based in these countries (ISO alpha-2). */
    countries?: Array<string> | null | undefined;
    /** Only these kinds. */
    kinds?: Array<OrganizationKind> | null | undefined;
    /** Full-text search over names, aliases and acronyms. */
    search?: string | null | undefined;
};
/** What kind of body an organization is. */
export type OrganizationKind = 
/** A business association or chamber. */
'ASSOCIATION'
/** A company or business group. */
 | 'COMPANY'
/** A state body: ministry, embassy, agency, parliament. */
 | 'GOVERNMENT'
/** An international organization or forum acting as a body. */
 | 'INTERNATIONAL'
/** A media outlet. */
 | 'MEDIA'
/** Anything else. */
 | 'OTHER'
/** A research institute. */
 | 'RESEARCH';
/** Narrows a list of people. */
export type PersonFilter = {
    /** Only people whose role belongs to these countries (ISO alpha-2). */
    countries?: Array<string> | null | undefined;
    /** Only people of these organizations (global ids). */
    organizations?: Array<string | number> | null | undefined;
    /** Full-text search over names, aliases and roles. */
    search?: string | null | undefined;
};
/** A record to reject as wrong. */
export type RejectRecordInput = {
    /** Global id of an organization, person, agreement, statement or fact. */
    id: string | number;
    /** Why it is wrong (required, kept in the audit). */
    reason: string;
};
/** A rejected record to restore. */
export type RestoreRecordInput = {
    /** Global id of an organization, person, agreement, statement or fact. */
    id: string | number;
    /** Why (kept in the audit). */
    reason?: string | null | undefined;
};
/** Kinds of record that full-text search covers. */
export type SearchKind = 
/** Agreements (title and quantity). */
'AGREEMENT'
/** News articles (title and body). */
 | 'ARTICLE'
/** Facts (subject, metric and unit). */
 | 'FACT'
/** Organizations (name, aliases and acronyms). */
 | 'ORGANIZATION'
/** People (name, aliases and role). */
 | 'PERSON'
/** Statements (text and occasion). */
 | 'STATEMENT';
/** The fixed sector taxonomy shared by agreements, statements and organizations. */
export type Sector = 
/** Farming and food. */
'AGRICULTURE'
/** Digital transformation, telecom, IT, AI. */
 | 'DIGITAL_AND_ICT'
/** Diplomatic relations and political dialogue. */
 | 'DIPLOMACY'
/** Education, science, culture and people-to-people ties. */
 | 'EDUCATION_AND_CULTURE'
/** Oil, gas, power generation and renewables. */
 | 'ENERGY'
/** Environment, climate change, water, ecology. */
 | 'ENVIRONMENT_AND_CLIMATE'
/** Investment, banking and finance. */
 | 'FINANCE_AND_INVESTMENT'
/** Medicine, health care and pharmaceuticals. */
 | 'HEALTHCARE'
/** Roads, plants, cities, construction. */
 | 'INFRASTRUCTURE'
/** Industry and production of goods. */
 | 'MANUFACTURING'
/** Mining, metals, rare earths and critical minerals. */
 | 'MINING_AND_MINERALS'
/** Nuclear power and uranium. */
 | 'NUCLEAR'
/** Tourism. */
 | 'TOURISM'
/** Trade in goods and services. */
 | 'TRADE'
/** Transport routes, logistics, flights, shipping. */
 | 'TRANSPORT_AND_LOGISTICS';
/** Narrows a list of statements. Conditions combine with AND; values inside one list with OR, except `mentions` and `involving`. */
export type StatementFilter = {
    /** Only statements dated on or after this day. */
    dateFrom?: string | null | undefined;
    /** Only statements dated on or before this day. */
    dateTo?: string | null | undefined;
    /** Only statements that involve ALL these countries (ISO alpha-2): each one is mentioned or is the speaker's country. */
    involving?: Array<string> | null | undefined;
    /** Only these kinds. */
    kinds?: Array<StatementKind> | null | undefined;
    /** Only statements that mention any of these organizations (global ids). */
    mentionedOrganizations?: Array<string | number> | null | undefined;
    /** Only statements that mention ALL these countries (ISO alpha-2). */
    mentions?: Array<string> | null | undefined;
    /** Full-text search over the text and occasion. */
    search?: string | null | undefined;
    /** Only statements concerning any of these sectors. */
    sectors?: Array<Sector> | null | undefined;
    /** Only statements by any of these speakers (global ids of people or organizations). */
    speakers?: Array<string | number> | null | undefined;
};
/** Dimensions statements can be counted by. */
export type StatementGroupField = 
/** Mentioned country (ISO alpha-2); a statement counts once for each country it mentions. */
'COUNTRY'
/** Kind of statement. */
 | 'KIND'
/** Sector; a statement counts once for each sector it concerns. */
 | 'SECTOR'
/** Year of the statement's date. */
 | 'YEAR';
/** How a statement is reported. */
export type StatementKind = 
/** Quoted verbatim in quotation marks. */
'DIRECT_QUOTE'
/** Reported speech ("X stressed that ..."). */
 | 'REPORTED';
/** Order of a statement list. */
export type StatementOrder = {
    /** Direction (default DESC). */
    direction?: OrderDirection | null | undefined;
    /** Field to order by. */
    field: StatementOrderField;
};
/** Fields statements can be ordered by. */
export type StatementOrderField = 
/** Order of first appearance in the knowledge base. */
'CREATED'
/** Date (undated last when descending). */
 | 'DATE';
/** Why input was refused. */
export type UserErrorCode = 
/** Contains NUL characters (U+0000): binary, not an article, and not storable as text. */
'BINARY'
/** Text (or a required string) is empty. */
 | 'BLANK'
/** Not a YYYY-MM-DD calendar date. */
 | 'INVALID_DATE'
/** Not an absolute http(s) URL. */
 | 'INVALID_URL'
/** An id that names nothing of the expected kind. */
 | 'NOT_FOUND'
/** Nothing of the text is left after boilerplate is removed. */
 | 'NO_ARTICLE_TEXT'
/** A correction that names no field to correct. */
 | 'NO_FIELDS'
/** A field that must have a value was given null. */
 | 'REQUIRED'
/** The target is also listed as a source. */
 | 'TARGET_IN_SOURCES'
/** Text is larger than the limit. */
 | 'TOO_LARGE'
/** Longer than allowed. */
 | 'TOO_LONG'
/** Too many items in one request. */
 | 'TOO_MANY';
export type AgreementsQueryVariables = Exact<{
    filter?: AgreementFilter | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
    orderBy?: AgreementOrder | null | undefined;
    evidenceFirst?: number | null | undefined;
    minConfidence?: number | null | undefined;
    includeRejected?: boolean | null | undefined;
}>;
export type AgreementsQuery = {
    agreements: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        edges: Array<{
            cursor: string;
            node: {
                confidence: number;
                rejected: boolean;
                id: string;
                title: string;
                kind: AgreementKind;
                status: AgreementStatus;
                date: string | null;
                quantity: string | null;
                sectors: Array<Sector>;
                extraction: {
                    method: string;
                    version: string;
                };
                evidence: {
                    totalCount: number;
                    nodes: Array<{
                        id: string;
                        start: number;
                        end: number;
                        sentence: string;
                        article: {
                            id: string;
                            title: string | null;
                            publisher: string | null;
                            publishedOn: string | null;
                            url: string | null;
                        };
                    }>;
                };
                partyCountries: Array<{
                    id: string;
                    iso2: string;
                    iso3: string;
                    name: string;
                }>;
                partyOrganizations: Array<{
                    id: string;
                    name: string;
                    kind: OrganizationKind;
                }>;
                signatories: Array<{
                    id: string;
                    name: string;
                    role: string | null;
                }>;
            };
        }>;
    };
};
export type CorrectionFieldsFragment = {
    id: string;
    target: CorrectionTarget;
    recordKey: string;
    action: CorrectionAction;
    reason: string | null;
    actor: string;
    requestId: string | null;
    createdAt: string;
    changes: Array<{
        field: string;
        before: string | null;
        after: string | null;
    }>;
};
export type CorrectionUserErrorsFragment = {
    field: Array<string> | null;
    message: string;
    code: UserErrorCode;
};
export type CorrectAgreementMutationVariables = Exact<{
    input: CorrectAgreementInput;
    reason?: string | null | undefined;
}>;
export type CorrectAgreementMutation = {
    correctAgreement: {
        agreement: {
            rejected: boolean;
            id: string;
            title: string;
            kind: AgreementKind;
            status: AgreementStatus;
            date: string | null;
            quantity: string | null;
            sectors: Array<Sector>;
            partyCountries: Array<{
                id: string;
                iso2: string;
                iso3: string;
                name: string;
            }>;
            partyOrganizations: Array<{
                id: string;
                name: string;
                kind: OrganizationKind;
            }>;
            signatories: Array<{
                id: string;
                name: string;
                role: string | null;
            }>;
        } | null;
        correction: {
            id: string;
            target: CorrectionTarget;
            recordKey: string;
            action: CorrectionAction;
            reason: string | null;
            actor: string;
            requestId: string | null;
            createdAt: string;
            changes: Array<{
                field: string;
                before: string | null;
                after: string | null;
            }>;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
    };
};
export type CorrectStatementMutationVariables = Exact<{
    input: CorrectStatementInput;
    reason?: string | null | undefined;
}>;
export type CorrectStatementMutation = {
    correctStatement: {
        statement: {
            id: string;
            kind: StatementKind;
            text: string;
            date: string | null;
            occasion: string | null;
            sectors: Array<Sector>;
            rejected: boolean;
            speaker: {
                __typename: 'Organization';
                id: string;
                name: string;
            } | {
                __typename: 'Person';
                id: string;
                name: string;
            };
            mentionedCountries: Array<{
                iso2: string;
            }>;
            mentionedOrganizations: Array<{
                id: string;
                name: string;
            }>;
        } | null;
        correction: {
            id: string;
            target: CorrectionTarget;
            recordKey: string;
            action: CorrectionAction;
            reason: string | null;
            actor: string;
            requestId: string | null;
            createdAt: string;
            changes: Array<{
                field: string;
                before: string | null;
                after: string | null;
            }>;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
    };
};
export type CorrectFactMutationVariables = Exact<{
    input: CorrectFactInput;
    reason?: string | null | undefined;
}>;
export type CorrectFactMutation = {
    correctFact: {
        fact: {
            id: string;
            subject: string;
            metric: string;
            value: number;
            unit: string;
            date: string | null;
            rejected: boolean;
        } | null;
        correction: {
            id: string;
            target: CorrectionTarget;
            recordKey: string;
            action: CorrectionAction;
            reason: string | null;
            actor: string;
            requestId: string | null;
            createdAt: string;
            changes: Array<{
                field: string;
                before: string | null;
                after: string | null;
            }>;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
    };
};
export type CorrectPersonMutationVariables = Exact<{
    input: CorrectPersonInput;
    reason?: string | null | undefined;
}>;
export type CorrectPersonMutation = {
    correctPerson: {
        person: {
            id: string;
            name: string;
            role: string | null;
            rejected: boolean;
            country: {
                iso2: string;
            } | null;
            organization: {
                id: string;
                name: string;
            } | null;
        } | null;
        correction: {
            id: string;
            target: CorrectionTarget;
            recordKey: string;
            action: CorrectionAction;
            reason: string | null;
            actor: string;
            requestId: string | null;
            createdAt: string;
            changes: Array<{
                field: string;
                before: string | null;
                after: string | null;
            }>;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
    };
};
export type CorrectOrganizationMutationVariables = Exact<{
    input: CorrectOrganizationInput;
    reason?: string | null | undefined;
}>;
export type CorrectOrganizationMutation = {
    correctOrganization: {
        organization: {
            id: string;
            name: string;
            kind: OrganizationKind;
            rejected: boolean;
            country: {
                iso2: string;
            } | null;
        } | null;
        correction: {
            id: string;
            target: CorrectionTarget;
            recordKey: string;
            action: CorrectionAction;
            reason: string | null;
            actor: string;
            requestId: string | null;
            createdAt: string;
            changes: Array<{
                field: string;
                before: string | null;
                after: string | null;
            }>;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
    };
};
type CorrectableRecordState_Agreement_Fragment = {
    __typename: 'Agreement';
    id: string;
    rejected: boolean;
};
type CorrectableRecordState_Fact_Fragment = {
    __typename: 'Fact';
    id: string;
    rejected: boolean;
};
type CorrectableRecordState_Organization_Fragment = {
    __typename: 'Organization';
    id: string;
    rejected: boolean;
};
type CorrectableRecordState_Person_Fragment = {
    __typename: 'Person';
    id: string;
    rejected: boolean;
};
type CorrectableRecordState_Statement_Fragment = {
    __typename: 'Statement';
    id: string;
    rejected: boolean;
};
export type CorrectableRecordStateFragment = CorrectableRecordState_Agreement_Fragment | CorrectableRecordState_Fact_Fragment | CorrectableRecordState_Organization_Fragment | CorrectableRecordState_Person_Fragment | CorrectableRecordState_Statement_Fragment;
export type RejectRecordMutationVariables = Exact<{
    input: RejectRecordInput;
}>;
export type RejectRecordMutation = {
    rejectRecord: {
        changed: boolean | null;
        record: {
            __typename: 'Agreement';
            id: string;
            rejected: boolean;
        } | {
            __typename: 'Fact';
            id: string;
            rejected: boolean;
        } | {
            __typename: 'Organization';
            id: string;
            rejected: boolean;
        } | {
            __typename: 'Person';
            id: string;
            rejected: boolean;
        } | {
            __typename: 'Statement';
            id: string;
            rejected: boolean;
        } | null;
        correction: {
            id: string;
            target: CorrectionTarget;
            recordKey: string;
            action: CorrectionAction;
            reason: string | null;
            actor: string;
            requestId: string | null;
            createdAt: string;
            changes: Array<{
                field: string;
                before: string | null;
                after: string | null;
            }>;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
    };
};
export type RestoreRecordMutationVariables = Exact<{
    input: RestoreRecordInput;
}>;
export type RestoreRecordMutation = {
    restoreRecord: {
        changed: boolean | null;
        record: {
            __typename: 'Agreement';
            id: string;
            rejected: boolean;
        } | {
            __typename: 'Fact';
            id: string;
            rejected: boolean;
        } | {
            __typename: 'Organization';
            id: string;
            rejected: boolean;
        } | {
            __typename: 'Person';
            id: string;
            rejected: boolean;
        } | {
            __typename: 'Statement';
            id: string;
            rejected: boolean;
        } | null;
        correction: {
            id: string;
            target: CorrectionTarget;
            recordKey: string;
            action: CorrectionAction;
            reason: string | null;
            actor: string;
            requestId: string | null;
            createdAt: string;
            changes: Array<{
                field: string;
                before: string | null;
                after: string | null;
            }>;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
    };
};
export type CorrectionsQueryVariables = Exact<{
    filter?: CorrectionFilter | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
}>;
export type CorrectionsQuery = {
    corrections: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        nodes: Array<{
            id: string;
            target: CorrectionTarget;
            recordKey: string;
            action: CorrectionAction;
            reason: string | null;
            actor: string;
            requestId: string | null;
            createdAt: string;
            record: {
                __typename: 'Agreement';
                id: string;
                rejected: boolean;
            } | {
                __typename: 'Fact';
                id: string;
                rejected: boolean;
            } | {
                __typename: 'Organization';
                id: string;
                rejected: boolean;
            } | {
                __typename: 'Person';
                id: string;
                rejected: boolean;
            } | {
                __typename: 'Statement';
                id: string;
                rejected: boolean;
            } | null;
            changes: Array<{
                field: string;
                before: string | null;
                after: string | null;
            }>;
        }>;
    };
};
export type RecordCorrectionsQueryVariables = Exact<{
    id: string | number;
    first?: number | null | undefined;
}>;
export type RecordCorrectionsQuery = {
    node: {
        __typename: 'Agreement';
        confidence: number;
        rejected: boolean;
        id: string;
        extraction: {
            method: string;
            version: string;
        };
        corrections: {
            totalCount: number;
            nodes: Array<{
                id: string;
                target: CorrectionTarget;
                recordKey: string;
                action: CorrectionAction;
                reason: string | null;
                actor: string;
                requestId: string | null;
                createdAt: string;
                changes: Array<{
                    field: string;
                    before: string | null;
                    after: string | null;
                }>;
            }>;
        };
    } | {
        __typename: 'Article';
        id: string;
    } | {
        __typename: 'Country';
        id: string;
    } | {
        __typename: 'Evidence';
        id: string;
    } | {
        __typename: 'Fact';
        confidence: number;
        rejected: boolean;
        id: string;
        extraction: {
            method: string;
            version: string;
        };
        corrections: {
            totalCount: number;
            nodes: Array<{
                id: string;
                target: CorrectionTarget;
                recordKey: string;
                action: CorrectionAction;
                reason: string | null;
                actor: string;
                requestId: string | null;
                createdAt: string;
                changes: Array<{
                    field: string;
                    before: string | null;
                    after: string | null;
                }>;
            }>;
        };
    } | {
        __typename: 'Organization';
        confidence: number;
        rejected: boolean;
        id: string;
        extraction: {
            method: string;
            version: string;
        };
        corrections: {
            totalCount: number;
            nodes: Array<{
                id: string;
                target: CorrectionTarget;
                recordKey: string;
                action: CorrectionAction;
                reason: string | null;
                actor: string;
                requestId: string | null;
                createdAt: string;
                changes: Array<{
                    field: string;
                    before: string | null;
                    after: string | null;
                }>;
            }>;
        };
    } | {
        __typename: 'Person';
        confidence: number;
        rejected: boolean;
        id: string;
        extraction: {
            method: string;
            version: string;
        };
        corrections: {
            totalCount: number;
            nodes: Array<{
                id: string;
                target: CorrectionTarget;
                recordKey: string;
                action: CorrectionAction;
                reason: string | null;
                actor: string;
                requestId: string | null;
                createdAt: string;
                changes: Array<{
                    field: string;
                    before: string | null;
                    after: string | null;
                }>;
            }>;
        };
    } | {
        __typename: 'Region';
        id: string;
    } | {
        __typename: 'Statement';
        confidence: number;
        rejected: boolean;
        id: string;
        extraction: {
            method: string;
            version: string;
        };
        corrections: {
            totalCount: number;
            nodes: Array<{
                id: string;
                target: CorrectionTarget;
                recordKey: string;
                action: CorrectionAction;
                reason: string | null;
                actor: string;
                requestId: string | null;
                createdAt: string;
                changes: Array<{
                    field: string;
                    before: string | null;
                    after: string | null;
                }>;
            }>;
        };
    } | null;
};
export type CountriesQueryVariables = Exact<{
    filter?: CountryFilter | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
    orderBy?: CountryOrder | null | undefined;
}>;
export type CountriesQuery = {
    countries: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        nodes: Array<{
            aliases: Array<string>;
            id: string;
            iso2: string;
            iso3: string;
            name: string;
        }>;
    };
};
export type CountryQueryVariables = Exact<{
    code: string;
    first?: number | null | undefined;
}>;
export type CountryQuery = {
    country: {
        aliases: Array<string>;
        id: string;
        iso2: string;
        iso3: string;
        name: string;
        organizations: {
            totalCount: number;
            nodes: Array<{
                id: string;
                name: string;
                acronyms: Array<string>;
                kind: OrganizationKind;
            }>;
        };
        agreements: {
            totalCount: number;
            nodes: Array<{
                id: string;
                title: string;
                kind: AgreementKind;
                status: AgreementStatus;
                date: string | null;
                quantity: string | null;
                sectors: Array<Sector>;
                partyCountries: Array<{
                    id: string;
                    iso2: string;
                    iso3: string;
                    name: string;
                }>;
                partyOrganizations: Array<{
                    id: string;
                    name: string;
                    kind: OrganizationKind;
                }>;
                signatories: Array<{
                    id: string;
                    name: string;
                    role: string | null;
                }>;
            }>;
        };
    } | null;
};
export type AgreementCountsQueryVariables = Exact<{
    groupBy: Array<AgreementGroupField> | AgreementGroupField;
    filter?: AgreementFilter | null | undefined;
    minConfidence?: number | null | undefined;
}>;
export type AgreementCountsQuery = {
    agreementCounts: Array<{
        count: number;
        keys: {
            country: string | null;
            sector: Sector | null;
            year: number | null;
            kind: string | null;
            status: AgreementStatus | null;
        };
    }>;
};
export type StatementCountsQueryVariables = Exact<{
    groupBy: Array<StatementGroupField> | StatementGroupField;
    filter?: StatementFilter | null | undefined;
    minConfidence?: number | null | undefined;
}>;
export type StatementCountsQuery = {
    statementCounts: Array<{
        count: number;
        keys: {
            country: string | null;
            sector: Sector | null;
            year: number | null;
            kind: string | null;
        };
    }>;
};
export type PageInfoFieldsFragment = {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
};
export type EvidenceFieldsFragment = {
    id: string;
    start: number;
    end: number;
    sentence: string;
    article: {
        id: string;
        title: string | null;
        publisher: string | null;
        publishedOn: string | null;
        url: string | null;
    };
};
export type CountrySummaryFragment = {
    id: string;
    iso2: string;
    iso3: string;
    name: string;
};
export type AgreementFieldsFragment = {
    id: string;
    title: string;
    kind: AgreementKind;
    status: AgreementStatus;
    date: string | null;
    quantity: string | null;
    sectors: Array<Sector>;
    partyCountries: Array<{
        id: string;
        iso2: string;
        iso3: string;
        name: string;
    }>;
    partyOrganizations: Array<{
        id: string;
        name: string;
        kind: OrganizationKind;
    }>;
    signatories: Array<{
        id: string;
        name: string;
        role: string | null;
    }>;
};
export type IngestArticleMutationVariables = Exact<{
    input: IngestArticleInput;
}>;
export type IngestArticleMutation = {
    ingestArticle: {
        alreadyExisted: boolean | null;
        warnings: Array<string>;
        article: {
            id: string;
            title: string | null;
            publisher: string | null;
            publishedOn: string | null;
            url: string | null;
            contentHash: string;
        } | null;
        createdRecords: {
            countries: number;
            regions: number;
            organizations: number;
            persons: number;
            agreements: number;
            statements: number;
            facts: number;
        } | null;
        mergedRecords: {
            countries: number;
            regions: number;
            organizations: number;
            persons: number;
            agreements: number;
            statements: number;
            facts: number;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
        job: {
            id: string;
            state: IngestJobState;
            file: string;
            attempts: number;
            maxAttempts: number;
            error: string | null;
            alreadyExisted: boolean | null;
            warnings: Array<string>;
            requestId: string | null;
            enqueuedAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            nextAttemptAt: string | null;
            article: {
                id: string;
                title: string | null;
                contentHash: string;
            } | null;
        } | null;
    };
};
export type IngestJobFieldsFragment = {
    id: string;
    state: IngestJobState;
    file: string;
    attempts: number;
    maxAttempts: number;
    error: string | null;
    alreadyExisted: boolean | null;
    warnings: Array<string>;
    requestId: string | null;
    enqueuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    nextAttemptAt: string | null;
    article: {
        id: string;
        title: string | null;
        contentHash: string;
    } | null;
};
export type MergeAuditFieldsFragment = {
    id: number;
    kind: MergeKind;
    targetId: string;
    sourceIds: Array<string>;
    sourceNames: Array<string>;
    reason: string;
    requestId: string | null;
    mergedAt: string;
};
export type MergeOrganizationsMutationVariables = Exact<{
    input: MergeInput;
}>;
export type MergeOrganizationsMutation = {
    mergeOrganizations: {
        organization: {
            id: string;
            name: string;
            aliases: Array<string>;
        } | null;
        audit: {
            id: number;
            kind: MergeKind;
            targetId: string;
            sourceIds: Array<string>;
            sourceNames: Array<string>;
            reason: string;
            requestId: string | null;
            mergedAt: string;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
    };
};
export type MergePersonsMutationVariables = Exact<{
    input: MergeInput;
}>;
export type MergePersonsMutation = {
    mergePersons: {
        person: {
            id: string;
            name: string;
            aliases: Array<string>;
        } | null;
        audit: {
            id: number;
            kind: MergeKind;
            targetId: string;
            sourceIds: Array<string>;
            sourceNames: Array<string>;
            reason: string;
            requestId: string | null;
            mergedAt: string;
        } | null;
        userErrors: Array<{
            field: Array<string> | null;
            message: string;
            code: UserErrorCode;
        }>;
    };
};
export type NodeQueryVariables = Exact<{
    id: string | number;
}>;
export type NodeQuery = {
    node: {
        __typename: 'Agreement';
        title: string;
        status: AgreementStatus;
        date: string | null;
        id: string;
        agreementKind: AgreementKind;
    } | {
        __typename: 'Article';
        url: string | null;
        id: string;
        articleTitle: string | null;
    } | {
        __typename: 'Country';
        iso2: string;
        name: string;
        id: string;
    } | {
        __typename: 'Evidence';
        sentence: string;
        id: string;
    } | {
        __typename: 'Fact';
        id: string;
    } | {
        __typename: 'Organization';
        name: string;
        id: string;
        organizationKind: OrganizationKind;
    } | {
        __typename: 'Person';
        name: string;
        role: string | null;
        id: string;
    } | {
        __typename: 'Region';
        id: string;
    } | {
        __typename: 'Statement';
        text: string;
        id: string;
        statementKind: StatementKind;
    } | null;
};
export type OrganizationsQueryVariables = Exact<{
    filter?: OrganizationFilter | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
    minConfidence?: number | null | undefined;
    includeRejected?: boolean | null | undefined;
}>;
export type OrganizationsQuery = {
    organizations: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        nodes: Array<{
            id: string;
            name: string;
            acronyms: Array<string>;
            kind: OrganizationKind;
            confidence: number;
            rejected: boolean;
            country: {
                iso2: string;
            } | null;
        }>;
    };
};
export type PersonsQueryVariables = Exact<{
    filter?: PersonFilter | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
    minConfidence?: number | null | undefined;
    includeRejected?: boolean | null | undefined;
}>;
export type PersonsQuery = {
    persons: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        nodes: Array<{
            id: string;
            name: string;
            role: string | null;
            confidence: number;
            rejected: boolean;
            country: {
                iso2: string;
            } | null;
            organization: {
                id: string;
                name: string;
            } | null;
        }>;
    };
};
export type FactsQueryVariables = Exact<{
    filter?: FactFilter | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
    evidenceFirst?: number | null | undefined;
    minConfidence?: number | null | undefined;
    includeRejected?: boolean | null | undefined;
}>;
export type FactsQuery = {
    facts: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        nodes: Array<{
            id: string;
            subject: string;
            metric: string;
            value: number;
            unit: string;
            date: string | null;
            confidence: number;
            rejected: boolean;
            subjectCountry: {
                iso2: string;
            } | null;
            evidence: {
                nodes: Array<{
                    id: string;
                    start: number;
                    end: number;
                    sentence: string;
                    article: {
                        id: string;
                        title: string | null;
                        publisher: string | null;
                        publishedOn: string | null;
                        url: string | null;
                    };
                }>;
            };
        }>;
    };
};
export type ArticleRecordsQueryVariables = Exact<{
    id: string | number;
    first?: number | null | undefined;
}>;
export type ArticleRecordsQuery = {
    node: {
        __typename: 'Agreement';
    } | {
        __typename: 'Article';
        id: string;
        title: string | null;
        publisher: string | null;
        publishedOn: string | null;
        agreements: {
            totalCount: number;
            nodes: Array<{
                id: string;
                title: string;
            }>;
        };
        statements: {
            totalCount: number;
            nodes: Array<{
                id: string;
                text: string;
            }>;
        };
        facts: {
            totalCount: number;
            nodes: Array<{
                id: string;
                subject: string;
                value: number;
                unit: string;
            }>;
        };
    } | {
        __typename: 'Country';
    } | {
        __typename: 'Evidence';
    } | {
        __typename: 'Fact';
    } | {
        __typename: 'Organization';
    } | {
        __typename: 'Person';
    } | {
        __typename: 'Region';
    } | {
        __typename: 'Statement';
    } | null;
};
export type RelationQueryVariables = Exact<{
    between: Array<string> | string;
    first?: number | null | undefined;
    evidenceFirst?: number | null | undefined;
}>;
export type RelationQuery = {
    relation: {
        countries: Array<{
            id: string;
            iso2: string;
            iso3: string;
            name: string;
        }>;
        agreements: {
            totalCount: number;
            nodes: Array<{
                id: string;
                title: string;
                kind: AgreementKind;
                status: AgreementStatus;
                date: string | null;
                quantity: string | null;
                sectors: Array<Sector>;
                evidence: {
                    nodes: Array<{
                        id: string;
                        start: number;
                        end: number;
                        sentence: string;
                        article: {
                            id: string;
                            title: string | null;
                            publisher: string | null;
                            publishedOn: string | null;
                            url: string | null;
                        };
                    }>;
                };
                partyCountries: Array<{
                    id: string;
                    iso2: string;
                    iso3: string;
                    name: string;
                }>;
                partyOrganizations: Array<{
                    id: string;
                    name: string;
                    kind: OrganizationKind;
                }>;
                signatories: Array<{
                    id: string;
                    name: string;
                    role: string | null;
                }>;
            }>;
        };
        statements: {
            totalCount: number;
            nodes: Array<{
                id: string;
                kind: StatementKind;
                text: string;
                date: string | null;
                speaker: {
                    __typename: 'Organization';
                    id: string;
                    name: string;
                } | {
                    __typename: 'Person';
                    id: string;
                    name: string;
                };
            }>;
        };
        facts: {
            totalCount: number;
            nodes: Array<{
                id: string;
                subject: string;
                metric: string;
                value: number;
                unit: string;
                date: string | null;
            }>;
        };
    } | null;
};
export type SearchQueryVariables = Exact<{
    query: string;
    kinds?: Array<SearchKind> | SearchKind | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
    minConfidence?: number | null | undefined;
    includeRejected?: boolean | null | undefined;
}>;
export type SearchQuery = {
    search: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        edges: Array<{
            cursor: string;
            kind: SearchKind;
            rank: number;
            snippet: string;
            node: {
                __typename: 'Agreement';
                id: string;
                title: string;
            } | {
                __typename: 'Article';
                id: string;
                publisher: string | null;
                articleTitle: string | null;
            } | {
                __typename: 'Fact';
                id: string;
                subject: string;
                metric: string;
            } | {
                __typename: 'Organization';
                id: string;
                name: string;
            } | {
                __typename: 'Person';
                id: string;
                name: string;
            } | {
                __typename: 'Statement';
                id: string;
                text: string;
            };
        }>;
    };
};
export type StatementsQueryVariables = Exact<{
    filter?: StatementFilter | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
    orderBy?: StatementOrder | null | undefined;
    evidenceFirst?: number | null | undefined;
    minConfidence?: number | null | undefined;
    includeRejected?: boolean | null | undefined;
}>;
export type StatementsQuery = {
    statements: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        nodes: Array<{
            id: string;
            kind: StatementKind;
            text: string;
            date: string | null;
            occasion: string | null;
            sectors: Array<Sector>;
            confidence: number;
            rejected: boolean;
            extraction: {
                method: string;
                version: string;
            };
            speaker: {
                __typename: 'Organization';
                id: string;
                name: string;
                kind: OrganizationKind;
            } | {
                __typename: 'Person';
                id: string;
                name: string;
                role: string | null;
            };
            evidence: {
                totalCount: number;
                nodes: Array<{
                    id: string;
                    start: number;
                    end: number;
                    sentence: string;
                    article: {
                        id: string;
                        title: string | null;
                        publisher: string | null;
                        publishedOn: string | null;
                        url: string | null;
                    };
                }>;
            };
        }>;
    };
};
export declare const CorrectionFieldsFragmentDoc: DocumentNode<CorrectionFieldsFragment, unknown>;
export declare const CorrectionUserErrorsFragmentDoc: DocumentNode<CorrectionUserErrorsFragment, unknown>;
export declare const CorrectableRecordStateFragmentDoc: DocumentNode<CorrectableRecordStateFragment, unknown>;
export declare const PageInfoFieldsFragmentDoc: DocumentNode<PageInfoFieldsFragment, unknown>;
export declare const EvidenceFieldsFragmentDoc: DocumentNode<EvidenceFieldsFragment, unknown>;
export declare const CountrySummaryFragmentDoc: DocumentNode<CountrySummaryFragment, unknown>;
export declare const AgreementFieldsFragmentDoc: DocumentNode<AgreementFieldsFragment, unknown>;
export declare const IngestJobFieldsFragmentDoc: DocumentNode<IngestJobFieldsFragment, unknown>;
export declare const MergeAuditFieldsFragmentDoc: DocumentNode<MergeAuditFieldsFragment, unknown>;
export declare const AgreementsDocument: DocumentNode<AgreementsQuery, AgreementsQueryVariables>;
export declare const CorrectAgreementDocument: DocumentNode<CorrectAgreementMutation, CorrectAgreementMutationVariables>;
export declare const CorrectStatementDocument: DocumentNode<CorrectStatementMutation, CorrectStatementMutationVariables>;
export declare const CorrectFactDocument: DocumentNode<CorrectFactMutation, CorrectFactMutationVariables>;
export declare const CorrectPersonDocument: DocumentNode<CorrectPersonMutation, CorrectPersonMutationVariables>;
export declare const CorrectOrganizationDocument: DocumentNode<CorrectOrganizationMutation, CorrectOrganizationMutationVariables>;
export declare const RejectRecordDocument: DocumentNode<RejectRecordMutation, RejectRecordMutationVariables>;
export declare const RestoreRecordDocument: DocumentNode<RestoreRecordMutation, RestoreRecordMutationVariables>;
export declare const CorrectionsDocument: DocumentNode<CorrectionsQuery, CorrectionsQueryVariables>;
export declare const RecordCorrectionsDocument: DocumentNode<RecordCorrectionsQuery, RecordCorrectionsQueryVariables>;
export declare const CountriesDocument: DocumentNode<CountriesQuery, CountriesQueryVariables>;
export declare const CountryDocument: DocumentNode<CountryQuery, CountryQueryVariables>;
export declare const AgreementCountsDocument: DocumentNode<AgreementCountsQuery, AgreementCountsQueryVariables>;
export declare const StatementCountsDocument: DocumentNode<StatementCountsQuery, StatementCountsQueryVariables>;
export declare const IngestArticleDocument: DocumentNode<IngestArticleMutation, IngestArticleMutationVariables>;
export declare const MergeOrganizationsDocument: DocumentNode<MergeOrganizationsMutation, MergeOrganizationsMutationVariables>;
export declare const MergePersonsDocument: DocumentNode<MergePersonsMutation, MergePersonsMutationVariables>;
export declare const NodeDocument: DocumentNode<NodeQuery, NodeQueryVariables>;
export declare const OrganizationsDocument: DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export declare const PersonsDocument: DocumentNode<PersonsQuery, PersonsQueryVariables>;
export declare const FactsDocument: DocumentNode<FactsQuery, FactsQueryVariables>;
export declare const ArticleRecordsDocument: DocumentNode<ArticleRecordsQuery, ArticleRecordsQueryVariables>;
export declare const RelationDocument: DocumentNode<RelationQuery, RelationQueryVariables>;
export declare const SearchDocument: DocumentNode<SearchQuery, SearchQueryVariables>;
export declare const StatementsDocument: DocumentNode<StatementsQuery, StatementsQueryVariables>;
export {};
