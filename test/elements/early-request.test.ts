/**
 * A cold page asks for the data beside the element's chunk, not after it
 * (src/shared/early-request.ts, issue 16). Each test loads a tag of its own,
 * a subclass of <sso-user-list>, through `loadOnUse` with a loader that waits
 * for the test's word: the test holds the element's chunk back and watches
 * the reference server, so the order is proven without timing anything.
 *
 * The elements are appended by hand (see load-on-use.test.ts: fixture() of a
 * tag not yet defined waits for an animation frame).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { earlyRequest } from '../../src/elements/sso-user-list/sso-user-list.early.js';
import type { SsoUserList } from '../../src/elements/sso-user-list/sso-user-list.js';
import { defineElement } from '../../src/shared/define.js';
import { loadOnUse } from '../../src/shared/load-on-use.js';
import { items, untilLoaded } from '../helpers/element.js';
import { faultyBase, recordedRequests, releaseHeld, settled, TOKEN, uniqueTag, untilHeld } from '../helpers/reference-api.js';
import { TokenGuard } from '../helpers/token-guard.js';

const added: Element[] = [];
afterEach(() => added.splice(0).forEach((el) => el.remove()));

let tags = 0;

/**
 * A fresh tag, registered on first use with the early request of <sso-user-list>;
 * its chunk arrives when `release()` is called, which settles once the tag is defined.
 */
function heldTag() {
  const tag = `early-sso-list-${(tags += 1)}`;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const load = () =>
    gate
      .then(() => import('../../src/elements/sso-user-list/sso-user-list.component.js'))
      .then(({ SsoUserList }) => defineElement(tag, class extends SsoUserList {}));
  loadOnUse({ [tag]: load }, { [tag]: earlyRequest });
  return {
    tag,
    release: () => {
      open();
      return customElements.whenDefined(tag);
    },
  };
}

function append(tag: string, attributes: string): SsoUserList {
  const host = document.createElement('div');
  host.innerHTML = `<${tag} ${attributes}></${tag}>`;
  document.body.append(host);
  added.push(host);
  return host.firstElementChild as SsoUserList;
}

describe('the early request of a cold page', () => {
  it('is sent before the element’s chunk arrives, and the element joins it: one request, no token exposed', async () => {
    const guard = new TokenGuard([TOKEN]);
    guard.install();
    const recording = guard.track(uniqueTag());
    const { tag, release } = heldTag();
    const el = append(tag, `token="${TOKEN}" org-id="orgId" base-url="${faultyBase(`tag=${recording}`)}"`);

    // Were it waiting for the chunk, it would never come: the chunk is held until it does.
    await waitUntil(async () => (await recordedRequests(recording)).length === 1, 'no request before the element’s chunk');
    expect(customElements.get(tag), 'the chunk arrived first').to.equal(undefined);
    const [request] = await recordedRequests(recording);
    expect(request!.authorization).to.equal(`Bearer ${TOKEN}`);
    expect(request!.query).to.deep.equal({ orgId: ['orgId'] });

    await release();
    await untilLoaded(el);
    expect(items(el).length).to.be.greaterThan(0);
    expect(await recordedRequests(recording)).to.have.length(1);
    guard.checkElement(el);
    await guard.verify();
    await expect(el).to.be.accessible();
  });

  it('hands a long answer that began before the element joined to it: its first rows show while the rest arrives', async () => {
    const hold = uniqueTag();
    const { tag, release } = heldTag();
    const el = append(tag, `token="${TOKEN}" org-id="early-arriving-2000" base-url="${faultyBase(`hold=${hold}`)}" layout="cards"`);
    // The server has sent the answer's start and holds the rest; only then does the element's code arrive.
    await untilHeld(hold);
    await release();
    await waitUntil(() => items(el).length > 0, 'no early rows from the answer the element joined', { timeout: 5000 });
    expect(items(el).every((row) => row.getAttribute('aria-setsize') === '-1')).to.equal(true);
    expect(await releaseHeld(hold)).to.equal(1);
    await untilLoaded(el);
    expect(items(el)[0]!.getAttribute('aria-setsize')).to.equal('2000');
  });

  it('is withdrawn once the element has rendered without joining it (its inputs changed meanwhile)', async () => {
    const recording = uniqueTag();
    const hold = uniqueTag();
    const { tag, release } = heldTag();
    const el = append(tag, `token="${TOKEN}" org-id="early-first-3" base-url="${faultyBase(`tag=${recording},hold=${hold}`)}"`);
    await untilHeld(hold);
    // The host points it elsewhere before its code arrives: the early request is not what it asks for.
    el.setAttribute('base-url', faultyBase(`tag=${recording}`));
    await release();
    await untilLoaded(el);
    expect(items(el)).to.have.length(3);
    // The first answer, still held by the server, was abandoned by the browser: nobody waits for it.
    await waitUntil(async () => (await settled(recording))[0] === 'closed', 'the early request was never withdrawn');
    expect(await recordedRequests(recording)).to.have.length(2);
  });

  it('is not sent while a required input is missing, nor for an input the element refuses', async () => {
    const recording = uniqueTag();
    const { tag, release } = heldTag();
    const idle = append(tag, `token="${TOKEN}" base-url="${faultyBase(`tag=${recording}`)}"`);
    const refused = append(tag, `token="${TOKEN}" org-id="a&#10;b" base-url="${faultyBase(`tag=${recording}`)}"`);
    await release();
    await waitUntil(() => idle.shadowRoot && refused.shadowRoot?.querySelector('[role="alert"]'), 'the refused input was not reported');
    expect(await recordedRequests(recording)).to.have.length(0);
  });
});
