import type { MsgFn } from '@lit/localize';

/** The words of verification.ts, in the form of strings.ts. */
export const verificationMessages = {
  verified: (msg: MsgFn) => msg('verified', { id: 'verified' }),
  notVerified: (msg: MsgFn) => msg('not verified', { id: 'notVerified' }),
};
