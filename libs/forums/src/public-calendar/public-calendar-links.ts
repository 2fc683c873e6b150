/** Where the public calendar lives, relative to the site root; one place so pages, feeds and tests agree. */
export const publicCalendarPaths = {
  page: (slug: string) => `/calendar/${encodeURIComponent(slug)}`,
  feed: (slug: string) => `/calendar/${encodeURIComponent(slug)}.ics`,
  forum: (slug: string, forumId: string) => `/calendar/${encodeURIComponent(slug)}#forum-${forumId}`,
  forumIcs: (slug: string, forumId: string) => `/calendar/${encodeURIComponent(slug)}/forums/${forumId}.ics`,
};

/** The same calendar as a `webcal://` address, which calendar apps open as a subscription. */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:\/\//, 'webcal://');
}

export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}
