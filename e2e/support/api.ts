/**
 * The HTTP API for setting up and checking data. `ApiClient` wraps any Playwright request context:
 * `page.request` (shares the page's cookies, so it acts as whoever logged in on the page) or a
 * context of its own from the `apiAs` fixture (fixtures.ts), which logs in a second user without
 * touching the page. Mutations carry the session's CSRF token as the server requires.
 */
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { DEMO_PASSWORD } from './personas.ts';

export const API = '/api/v1';

export interface EnterpriseListItem {
  id: string;
  name: string;
  creditCode: string;
  jurisdictionCode: string;
  industryCodes: string[];
  status: 'pending' | 'approved' | 'rejected';
}

export interface UserItem {
  id: string;
  username: string;
  enterpriseId: string | null;
}

export class ApiClient {
  constructor(
    readonly request: APIRequestContext,
    private csrfToken = '',
  ) {}

  /** Logs in on this context (its cookie jar gets the session). */
  async login(username: string, password = DEMO_PASSWORD): Promise<this> {
    const res = await this.request.post(`${API}/auth/login`, { data: { login: username, password } });
    expect(res.status(), `login ${username}: ${await res.text()}`).toBe(200);
    this.csrfToken = ((await res.json()) as { data: { csrfToken: string } }).data.csrfToken;
    return this;
  }

  /** Picks up the CSRF token of a session the page opened. */
  async adoptSession(): Promise<this> {
    const body = await this.json<{ data: { csrfToken: string } }>('GET', '/auth/session');
    this.csrfToken = body.data.csrfToken;
    return this;
  }

  /** Any request; `path` is below /api/v1 unless it starts with /api/. */
  send(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    data?: unknown,
  ): Promise<APIResponse> {
    const url = path.startsWith('/api/') ? path : `${API}${path}`;
    const headers: Record<string, string> = method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken };
    return this.request.fetch(url, { method, headers, data, failOnStatusCode: false });
  }

  get(path: string): Promise<APIResponse> {
    return this.send('GET', path);
  }

  /** A request that must answer 2xx; returns the parsed body. */
  async json<T>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    data?: unknown,
  ): Promise<T> {
    const res = await this.send(method, path, data);
    expect(res.ok(), `${method} ${path} → ${res.status()}: ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  }

  /** Every enterprise the caller may see (the registry, unpaged). */
  async enterprises(
    query: Record<string, string> = {},
  ): Promise<{ rows: EnterpriseListItem[]; total: number }> {
    const params = new URLSearchParams({ pageSize: '200', ...query });
    const body = await this.json<{ data: EnterpriseListItem[]; page: { total: number } }>(
      'GET',
      `/enterprises?${params}`,
    );
    expect(body.page.total, 'the registry fits one page of 200').toBeLessThanOrEqual(200);
    return { rows: body.data, total: body.page.total };
  }

  /** The one enterprise whose name contains `name`. */
  async enterpriseNamed(name: string): Promise<EnterpriseListItem> {
    const { rows } = await this.enterprises({ q: name });
    const found = rows.filter((e) => e.name.includes(name));
    expect(found, `exactly one enterprise named like ${name}`).toHaveLength(1);
    return found[0] as EnterpriseListItem;
  }

  async users(query: Record<string, string> = {}): Promise<UserItem[]> {
    const params = new URLSearchParams({ pageSize: '200', ...query });
    return (await this.json<{ data: UserItem[] }>('GET', `/users?${params}`)).data;
  }
}
