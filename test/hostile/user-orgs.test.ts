import { expect } from '@open-wc/testing';
import '../../src/elements/user-orgs/user-orgs.js';
import { userOrgsSuite } from '../elements/list-states.js';
import { CLIENT_ID } from '../helpers/reference-api.js';
import { describeHostileMatrix } from './matrix.js';

describeHostileMatrix({
  ...userOrgsSuite,
  // An EnOS envelope holds no list of organizations.
  envelopeMessage: /unexpected form/,
  idInPath: true,
  unnamed: 'Unnamed organization',
  expectTraversalRequest(request, id) {
    expect(request.path).to.equal(`/api/account/identity/users/${encodeURIComponent(id)}/organizations`);
    expect(request.path).to.contain('..%2F..%2Fx');
    expect(request.query).to.deep.equal({ client_id: [CLIENT_ID] });
  },
});
