import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// README: angular-import
import 'iam-elements';
import type { IamLoadDetail } from 'iam-elements';
// README: end
import type { IamActionDetail, IamSelectDetail, Passkey } from 'iam-elements';

/**
 * The README's Angular snippet, running: a standalone, zoneless component with
 * CUSTOM_ELEMENTS_SCHEMA binding a property (`[token]`), attributes
 * (`[attr.user-id]`) and the elements' events (`(iam-load)`), for every
 * element, and an admin action with its `(iam-action)`.
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>iam-elements in Angular</h1>
    <!-- README: angular-template -->
    <user-orgs
      [token]="token"
      [attr.client-id]="clientId"
      [attr.user-id]="userId"
      [baseUrl]="apiBase"
      (iam-load)="onLoad('user-orgs', $event)"
    ></user-orgs>

    <sso-user-list
      [token]="token"
      [attr.org-id]="orgId"
      [baseUrl]="apiBase"
      (iam-load)="onLoad('sso-user-list', $event)"
    ></sso-user-list>
    <!-- README: end -->

    <user-list [token]="token" [attr.client-id]="clientId" [baseUrl]="apiBase" (iam-load)="onLoad('user-list', $event)"></user-list>
    <role-list [token]="token" [attr.client-id]="clientId" [baseUrl]="apiBase" (iam-load)="onLoad('role-list', $event)"></role-list>
    <org-list [token]="token" [attr.client-id]="clientId" [baseUrl]="apiBase" (iam-load)="onLoad('org-list', $event)"></org-list>
    <user-login-logs
      [token]="token"
      [attr.client-id]="clientId"
      [attr.user-id]="signInsUserId"
      [baseUrl]="apiBase"
      (iam-load)="onLoad('user-login-logs', $event)"
    ></user-login-logs>
    <passkey-list
      [token]="token"
      [attr.client-id]="clientId"
      [baseUrl]="apiBase"
      (iam-load)="onLoad('passkey-list', $event)"
      (iam-select)="onPasskeySelect($event)"
    ></passkey-list>
    <org-members
      [token]="token"
      [attr.client-id]="clientId"
      [attr.tenant-id]="tenantId"
      [baseUrl]="apiBase"
      (iam-load)="onLoad('org-members', $event)"
    ></org-members>
    <h2>Managing</h2>
    <!-- A data set of its own on the reference server (behind /iam-proxy); a real app goes through iam-elements/server. -->
    <user-list
      [token]="token"
      [attr.client-id]="clientId"
      base-url="/iam-proxy/_data/angular-admin"
      actions="roles remove create verify"
      (iam-action)="onAction($event)"
    ></user-list>
    <sso-user-list [token]="token" org-id="angular-admin" [baseUrl]="apiBase" actions="edit remove create"></sso-user-list>
    <passkey-list [token]="token" [attr.client-id]="clientId" base-url="/iam-proxy/_data/angular-admin" actions="rename remove"></passkey-list>
    <org-members
      [token]="token"
      [attr.client-id]="clientId"
      [attr.tenant-id]="tenantId"
      base-url="/iam-proxy/_data/angular-admin"
      actions="invite resend revoke remove roles"
    ></org-members>
    <p id="action" role="status">Last action: {{ action() }}</p>
    <p id="loaded" role="status">{{ loaded() }}</p>
    <p id="passkey" role="status">Passkey: {{ passkey() }}</p>
  `,
})
export class AppComponent {
  readonly token = 'demo-token';
  readonly clientId = 'demo-client';
  readonly userId = '6694c133565dfee5166d1cbb';
  readonly orgId = 'orgId';
  /** A user of the reference server's generated sign-ins. */
  readonly signInsUserId = 'user-3';
  /** The host's own proxy to the identity provider (demo/server/static-site.mjs). */
  readonly apiBase = '/iam-proxy';
  readonly loaded = signal('');
  readonly passkey = signal('none yet');
  readonly action = signal('none yet');
  readonly tenantId = 'acme';

  // README: angular-handler
  // With strictTemplates, $event is typed per element: CustomEvent<IamLoadDetail<Organization>> on <user-orgs>.
  onLoad(tag: string, event: CustomEvent<IamLoadDetail>) {
    const { items } = event.detail;
    this.loaded.update((text) => `${text}<${tag}> loaded ${items.length}. `);
  }
  // README: end

  onAction(event: CustomEvent<IamActionDetail>) {
    this.action.set(`${event.detail.action} done`);
  }

  onPasskeySelect(event: CustomEvent<IamSelectDetail<Passkey>>) {
    this.passkey.set(event.detail.item.name ?? 'an unnamed passkey');
  }
}
