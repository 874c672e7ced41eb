import type { MsgFn } from '@lit/localize';

/** The words of verification.ts and of the email row it follows, in the form of strings.ts. */
export const verificationMessages = {
  verified: (msg: MsgFn) => msg('verified', { id: 'verified' }),
  notVerified: (msg: MsgFn) => msg('not verified', { id: 'notVerified' }),
  'ssoUsers.email': (msg: MsgFn) => msg('Email', { id: 'ssoUsers.email' }),
};
