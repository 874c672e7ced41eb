import { str, type MsgFn } from '@lit/localize';

/**
 * The sentences of the search box and sort control, in English, in the form
 * of strings.ts (a `msg()` call per id, extracted into xliff/). They sit apart
 * from strings.ts so that they travel in the large-list chunk, which short
 * lists never download. The per-element ones (the search box's label, SSO
 * users' creation-time orders) are in each element's table and dates.strings.ts.
 */
export const largeListMessages = {
  sortBy: (msg: MsgFn) => msg('Sort', { id: 'sortBy' }),
  sortAsLoaded: (msg: MsgFn) => msg('As loaded', { id: 'sortAsLoaded' }),
  sortNameAscending: (msg: MsgFn) => msg('Name, A to Z', { id: 'sortNameAscending' }),
  sortNameDescending: (msg: MsgFn) => msg('Name, Z to A', { id: 'sortNameDescending' }),
  // `total` is a number, never a count's words ("40 users"): those inside this sentence broke its grammar (issue 17).
  'matches.one': (msg: MsgFn, shown: string, total: string) => msg(str`${shown} of ${total} matches`, { id: 'matches.one' }),
  'matches.other': (msg: MsgFn, shown: string, total: string) => msg(str`${shown} of ${total} match`, { id: 'matches.other' }),
  // A paged list's search covers the pages loaded: it says so, with "Load more" below (issue 17).
  'matchesLoaded.one': (msg: MsgFn, shown: string, total: string) =>
    msg(str`${shown} of the ${total} loaded matches; more are not loaded yet.`, { id: 'matchesLoaded.one' }),
  'matchesLoaded.other': (msg: MsgFn, shown: string, total: string) =>
    msg(str`${shown} of the ${total} loaded match; more are not loaded yet.`, { id: 'matchesLoaded.other' }),
  searchPlaceholder: (msg: MsgFn) => msg('Type to filter', { id: 'searchPlaceholder' }),
  clearSearch: (msg: MsgFn) => msg('Clear search', { id: 'clearSearch' }),
  noMatch: (msg: MsgFn, query: string, total: string) => msg(str`Nothing matches “${query}” among ${total}.`, { id: 'noMatch' }),
  noMatchLoaded: (msg: MsgFn, query: string, total: string) =>
    msg(str`Nothing among the ${total} loaded matches “${query}”; more are not loaded yet.`, { id: 'noMatchLoaded' }),
};
