import '../../src/elements/role-list/role-list.js';
import { roleListSuite } from '../elements/list-states.js';
import { describeHostileMatrix } from './matrix.js';

describeHostileMatrix({
  ...roleListSuite,
  // An EnOS envelope holds no list of roles.
  envelopeMessage: /unexpected form/,
  idInPath: false,
  unnamed: 'Unnamed role',
});
