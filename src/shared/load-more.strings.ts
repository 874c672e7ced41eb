import { str, type MsgFn } from '@lit/localize';

/** The words of the paged lists' own controls (load-more.ts), in the form of strings.ts. */
export const pagedListMessages = {
  loadMore: (msg: MsgFn) => msg('Load more', { id: 'loadMore' }),
  /**
   * A number of items with more not loaded, in the place of the number of a count ("50+ users"): CLDR's
   * "at least" pattern, which Intl does not expose. The count sentences of every locale take a number in a
   * place where "50+" (or "50 or more") reads as a whole: see xliff/ar.xlf's "عدد المستخدمين: …".
   */
  atLeast: (msg: MsgFn, n: string) => msg(str`${n}+`, { id: 'atLeast' }),
};
