// Built from src/sdk by `npm run build:sdk` (src/sdk/build.ts). Do not edit.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
export * from './generated.mjs';
export type { TypedDocumentNode };
export interface GraphQLErrorEntry {
    message: string;
    path?: ReadonlyArray<string | number>;
    locations?: ReadonlyArray<{
        line: number;
        column: number;
    }>;
    extensions?: Record<string, unknown>;
}
export declare class GraphQLRequestError extends Error {
    /** The response's `errors` (empty when the request failed before GraphQL ran and no errors came back). */
    readonly errors: readonly GraphQLErrorEntry[];
    /** HTTP status of the response. */
    readonly status: number;
    /** Partial data, when the server returned some alongside the errors. */
    readonly data?: unknown | undefined;
    readonly name = "GraphQLRequestError";
    constructor(message: string, 
    /** The response's `errors` (empty when the request failed before GraphQL ran and no errors came back). */
    errors: readonly GraphQLErrorEntry[], 
    /** HTTP status of the response. */
    status: number, 
    /** Partial data, when the server returned some alongside the errors. */
    data?: unknown | undefined);
}
export type FetchLike = (url: string, init: {
    method: string;
    headers: Record<string, string>;
    body: string;
    signal?: AbortSignal;
}) => Promise<{
    status: number;
    ok: boolean;
    text(): Promise<string>;
}>;
export interface ClientOptions {
    /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
    url: string;
    /** fetch implementation (default: the global fetch). */
    fetch?: FetchLike;
    /** Extra headers sent with every request, or a function returning them. */
    headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
}
/** Variables are optional when the operation has no required ones. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions];
export interface RequestOptions {
    signal?: AbortSignal;
    headers?: Record<string, string>;
}
export interface Client {
    request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, ...args: VariablesArg<V>): Promise<R>;
}
export declare function createClient(options: ClientOptions): Client;
