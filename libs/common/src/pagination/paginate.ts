import { errorText } from '../errors/error-text';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InputError } from '../errors/domain-error';
import { ConnectionShape, PageArgs } from './connection.type';

export interface SortKey {
  /** Property path on the query's main alias, e.g. `createdAt`. */
  property: string;
  direction: 'ASC' | 'DESC';
}

type CursorValue = string | number | null;

function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, size: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === size) return values;
  } catch {
    // fall through to the input error below
  }
  throw invalidCursor();
}

function invalidCursor(): InputError {
  return new InputError('after', errorText('The cursor is not valid for this list'), 'INVALID_CURSOR');
}

/** PostgreSQL's answers to a value its column's type cannot hold: bad syntax, out of range, bad date/time. */
const CURSOR_VALUE_ERRORS = new Set(['22P02', '22003', '22007', '22008']);

/** The sort value as PostgreSQL writes it, selected beside each row (see paginate). */
const SORT_TEXT = 'paginate_sort_text';

/**
 * Keyset pagination over a TypeORM query. The sort always ends with the primary
 * key so cursors are stable even when sort values repeat; `totalCount` counts the
 * whole filtered list, not the page.
 *
 * A cursor keeps the sort value exactly as the database holds it: the column's own text
 * (timestamps to the microsecond), never a JavaScript value. A Date keeps milliseconds
 * only, so rows sharing a timestamp (one transaction) all sorted after the truncated
 * cursor: page 2 repeated page 1 in ascending lists and was empty in descending ones.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: SortKey = { property: 'createdAt', direction: 'DESC' },
): Promise<ConnectionShape<T>> {
  const alias = query.alias;
  const first = args.first ?? 20;
  const keys: SortKey[] = [sort, { property: 'id', direction: sort.direction }];
  const totalCount = await query.clone().getCount();

  const page = query.clone();
  if (args.after) {
    const values = decodeCursor(args.after, keys.length);
    const op = sort.direction === 'ASC' ? '>' : '<';
    // Row-value comparison keeps the keyset condition a single index-friendly predicate.
    const columns = keys.map((k) => `${alias}.${k.property}`).join(', ');
    const params = Object.fromEntries(values.map((v, i) => [`__cursor${i}`, v]));
    page.andWhere(`(${columns}) ${op} (${values.map((_, i) => `:__cursor${i}`).join(', ')})`, params);
  }
  keys.forEach((k, i) =>
    i === 0 ? page.orderBy(`${alias}.${k.property}`, k.direction) : page.addOrderBy(`${alias}.${k.property}`, k.direction),
  );
  // CAST, not `::text`: TypeORM would read `:text` as a parameter of that name (see whereContainsText).
  page.addSelect(`CAST(${alias}.${sort.property} AS text)`, SORT_TEXT);
  const { entities, raw } = await page
    .take(first + 1)
    .getRawAndEntities<Record<string, string | null>>()
    .catch((error: unknown) => {
      // A cursor that decodes but holds what its columns cannot be (a text for a timestamp, not a UUID for the id).
      if (args.after && CURSOR_VALUE_ERRORS.has((error as { code?: string }).code ?? '')) throw invalidCursor();
      throw error;
    });
  const idColumn = `${alias}_${query.expressionMap.mainAlias!.metadata.findColumnWithPropertyName('id')!.databaseName}`;
  const sortTextById = new Map(raw.map((row) => [String(row[idColumn]), row[SORT_TEXT]]));
  const hasNextPage = entities.length > first;
  const edges = entities.slice(0, first).map((node) => {
    const id = String(node.id);
    return { node, cursor: encodeCursor([sortTextById.get(id) ?? null, id]) };
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
