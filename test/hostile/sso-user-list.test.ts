import { expect } from '@open-wc/testing';
import '../../src/elements/sso-user-list/sso-user-list.js';
import { ssoUserListSuite } from '../elements/list-states.js';
import { describeHostileMatrix } from './matrix.js';

describeHostileMatrix({
  ...ssoUserListSuite,
  envelopeMessage: /reported a failure/,
  idInPath: false,
  unnamed: 'Unnamed user',
  expectTraversalRequest(request, id) {
    // The organization travels in the query, where `../` is only text.
    expect(request.path).to.equal('/enos-iam-service/v2.3/user/sso/list');
    expect(request.query).to.deep.equal({ orgId: [id] });
  },
});
