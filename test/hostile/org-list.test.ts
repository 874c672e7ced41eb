import '../../src/elements/org-list/org-list.js';
import { orgListSuite } from '../elements/list-states.js';
import { describeHostileMatrix } from './matrix.js';

describeHostileMatrix({
  ...orgListSuite,
  // An EnOS envelope holds no list of organizations.
  envelopeMessage: /unexpected form/,
  idInPath: false,
  unnamed: 'Unnamed organization',
});
