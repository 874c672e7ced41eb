import '../../src/elements/passkey-list/passkey-list.js';
import { passkeyListSuite } from '../elements/list-states.js';
import { describeHostileMatrix } from './matrix.js';

describeHostileMatrix({
  ...passkeyListSuite,
  // An EnOS envelope holds no list of passkeys.
  envelopeMessage: /unexpected form/,
  idInPath: false,
  unnamed: 'Unnamed passkey',
});
