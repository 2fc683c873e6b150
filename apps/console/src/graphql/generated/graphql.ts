/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** ANALYST reads; LIAISON_OFFICER also writes agency data; ADMIN also manages staff and settings. */
export type StaffRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'LIAISON_OFFICER';

export type ConsoleShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleShellQuery = { me: { id: string, name: string, role: StaffRole }, agency: { id: string, name: string, timeZone: string, neighbourhoods: Array<string> } };


export const ConsoleShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoods"}}]}}]}}]} as unknown as DocumentNode<ConsoleShellQuery, ConsoleShellQueryVariables>;