import '../../src/elements/user-list/user-list.js';
import { userListSuite } from '../elements/list-states.js';
import { describeHostileMatrix } from './matrix.js';

describeHostileMatrix({
  ...userListSuite,
  // An EnOS envelope without `users` holds no list of users.
  envelopeMessage: /unexpected form/,
  listsUsers: true,
  idInPath: false,
  unnamed: 'Unnamed user',
});
