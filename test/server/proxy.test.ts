/**
 * The elements through the signing proxy over real HTTP: element -> proxy
 * (demo/server/proxy.ts, the README's `http` example, on another origin) ->
 * reference server, which checks the EnOS signature and SSOJet's management
 * token. The page holds only the host's own session token, `demo-token`.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import type { SsoUserList } from '../../src/elements/sso-user-list/sso-user-list.js';
import type { UserOrgs } from '../../src/elements/user-orgs/user-orgs.js';
import { items, untilError, untilLoaded, visibleText } from '../helpers/element.js';
import { PROXY, SEED_ORG_ID, SEED_USER_ID, TOKEN } from '../helpers/reference-api.js';

describe('elements through the signing proxy', () => {
  it('<sso-user-list> lists the seed OU through /enos, signed by the proxy', async () => {
    const el = await fixture<SsoUserList>(
      `<sso-user-list token="${TOKEN}" org-id="${SEED_ORG_ID}" base-url="${PROXY}/enos"></sso-user-list>`,
    );
    await untilLoaded(el);
    expect(items(el).length).to.be.greaterThan(0);
    expect(visibleText(el)).to.contain('jane');
    await expect(el).to.be.accessible();
  });

  it('<sso-user-list> keeps its server-side filters through the proxy', async () => {
    const el = await fixture<SsoUserList>(
      `<sso-user-list token="${TOKEN}" org-id="${SEED_ORG_ID}" user-name="JANE" base-url="${PROXY}/enos"></sso-user-list>`,
    );
    await untilLoaded(el);
    expect(items(el)).to.have.length(1);
  });

  it('<user-orgs> lists the seed user’s organizations through /ssojet, with the proxy’s client id', async () => {
    // The page's client id does not matter: the proxy sends its own with its management token.
    const el = await fixture<UserOrgs>(
      `<user-orgs token="${TOKEN}" client-id="page-client" user-id="${SEED_USER_ID}" base-url="${PROXY}/ssojet"></user-orgs>`,
    );
    await untilLoaded(el);
    expect(items(el)).to.have.length(1);
    expect(visibleText(el)).to.contain('test0121');
    await expect(el).to.be.accessible();
  });

  it('shows the proxy’s refusal of an OU outside the session’s grant as “not allowed”', async () => {
    const el = await fixture<SsoUserList>(
      `<sso-user-list token="${TOKEN}" org-id="someone-elses-org" base-url="${PROXY}/enos"></sso-user-list>`,
    );
    const alert = await untilError(el);
    expect(alert.textContent).to.contain('Not allowed to see this resource.');
  });

  it('shows the proxy’s 401 for a token with no session', async () => {
    const el = await fixture<UserOrgs>(
      `<user-orgs token="stolen-or-expired" client-id="c" user-id="${SEED_USER_ID}" base-url="${PROXY}/ssojet"></user-orgs>`,
    );
    const alert = await untilError(el);
    expect(alert.textContent).to.contain('Not signed in, or the session has ended.');
  });
});
