import { expect } from '@open-wc/testing';
import '../../src/elements/user-login-logs/user-login-logs.js';
import { userLoginLogsSuite } from '../elements/list-states.js';
import { CLIENT_ID } from '../helpers/reference-api.js';
import { describeHostileMatrix } from './matrix.js';

describeHostileMatrix({
  ...userLoginLogsSuite,
  // An EnOS envelope holds no list of sign-ins.
  envelopeMessage: /unexpected form/,
  idInPath: true,
  unnamed: 'Unknown time',
  expectTraversalRequest(request, id) {
    expect(request.path).to.equal(`/api/v1/users/${encodeURIComponent(id)}/loginlogs`);
    expect(request.query).to.deep.equal({ client_id: [CLIENT_ID], event: ['login'] });
  },
});
