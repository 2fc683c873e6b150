import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Escapes LIKE wildcards (backslash is PostgreSQL's default LIKE escape) so a search for "50%" means the characters. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Narrows a list to rows where any of `columns` contains `text` (case-insensitive); blank text leaves it alone.
 *
 * TypeORM replaces `:name` wherever it appears in the query text, casts included: a parameter
 * named after a type (`text`) turned another filter's `::text[]` into `:$1[]`, a syntax error
 * as soon as search and filter were combined. So the parameter gets a name no SQL type has,
 * and filters on the same query write casts as `CAST(… AS type)`.
 */
export function whereContainsText<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, columns: string[], text: string | undefined): SelectQueryBuilder<T> {
  if (!text?.trim()) return query;
  return query.andWhere(`(${columns.map((c) => `${c} ILIKE :searchPattern`).join(' OR ')})`, { searchPattern: likePattern(text) });
}
