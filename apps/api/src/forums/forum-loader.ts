import DataLoader from 'dataloader';
import { ForumQueriesService } from '@app/forums';
import type { Forum } from '@app/forums';
import { RequestLoaders, oneInOrder } from '../graphql/request-loaders';

/**
 * The forum behind a row that names one (an invitation, a reply, a concern), batched per
 * request and scoped to the caller's agency, so a list shows each row's forum title in one query.
 */
export function forumById(loaders: RequestLoaders, queries: ForumQueriesService, agencyId: string): DataLoader<string, Forum | null> {
  return loaders.get('forum.byId', () => new DataLoader<string, Forum | null>(async (ids) => oneInOrder(ids, await queries.byIds(agencyId, ids), (f) => f.id)));
}
