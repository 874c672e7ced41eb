import type { MsgFn } from '@lit/localize';

/** The words of the paged lists' own controls (load-more.ts), in the form of strings.ts. */
export const pagedListMessages = {
  loadMore: (msg: MsgFn) => msg('Load more', { id: 'loadMore' }),
};
