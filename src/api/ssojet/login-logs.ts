import { Fields } from '../json.js';
import { parseTime, readPage, type Page } from '../page.js';
import { fetchSsojet, type SsojetListRequest } from './request.js';

/** One sign-in of a user, from SSOJet's login logs. */
export interface LoginLog {
  /** `null`: Go's zero time; `undefined`: not said. */
  at: Date | null | undefined;
  ipAddress: string | undefined;
  city: string | undefined;
  country: string | undefined;
  device: string | undefined;
  os: string | undefined;
  /** The browser's name (`Name`/`name` in SSOJet's documents). */
  browser: string | undefined;
  userAgent: string | undefined;
}

export const LOGIN_LOGS_PATH = '/api/v1/users/{user-id}/loginlogs';

/**
 * `GET {base}/api/v1/users/{user-id}/loginlogs?client_id=…&event=login[&cursor]`:
 * the older `{login_logs: [{IpAddress, Country, City, UserAgent, Name, Os,
 * Device, CreatedAt}]}` (PascalCase) or the newer `{audit_logs: [{ip_address,
 * …, created_at, event}], limit, next_cursor}` (snake_case). Fields finds
 * either spelling, so one reader serves both.
 */
export function fetchLoginLogs(request: SsojetListRequest): Promise<Page<LoginLog>> {
  return fetchSsojet(request, { event: 'login' }, parseLoginLogs);
}

export function parseLoginLogs(body: unknown): Page<LoginLog> {
  return readPage(body, ['login_logs', 'audit_logs'], parseLoginLog, 'sign-ins');
}

function parseLoginLog(value: unknown): LoginLog {
  const fields = new Fields(value);
  return {
    at: parseTime(fields.string('created_at')),
    ipAddress: fields.string('ip_address'),
    city: fields.string('city'),
    country: fields.string('country'),
    device: fields.string('device'),
    os: fields.string('os'),
    browser: fields.string('name'),
    userAgent: fields.string('user_agent'),
  };
}
