/**
 * The sentences of the search box and sort control, in English. They sit
 * apart from strings.ts only so that they travel in the large-list chunk,
 * which short lists never download; localization covers both files. The
 * per-element ones (the search box's label, SSO users' creation-time orders)
 * are in strings.ts.
 */
export const largeListStrings = {
  sortBy: 'Sort',
  sortAsLoaded: 'As loaded',
  sortNameAscending: 'Name, A to Z',
  sortNameDescending: 'Name, Z to A',
  matches: (shown: number, total: string) => `${shown} of ${total} match`,
  noMatch: (query: string, total: string) => `Nothing matches “${query}” among ${total}.`,
} as const;
