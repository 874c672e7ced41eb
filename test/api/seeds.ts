import { readFileSync } from 'node:fs';

/** A seed document's example body, as the reference server stores it (demo/server/seeds/). */
export function seedBody(name: 'ssojet-user-organizations' | 'enos-list-sso-users'): unknown {
  return JSON.parse(readFileSync(new URL(`../../demo/server/seeds/${name}.json`, import.meta.url), 'utf8'));
}
