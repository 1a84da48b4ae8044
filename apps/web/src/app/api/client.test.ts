import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

type Client = typeof import('./client.ts');
let client: Client;
const calls: Request[] = [];
let answer: () => Promise<Response> = async () => new Response('{}');

beforeAll(async () => {
  // The client is built on import with the page's origin and fetch, so both are in place first.
  vi.stubGlobal('location', { origin: 'http://shegong.test' });
  vi.stubGlobal('fetch', async (request: Request) => {
    calls.push(request);
    return answer();
  });
  client = await import('./client.ts');
});

afterEach(() => {
  calls.length = 0;
  client.setApiLanguage('zh-CN');
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the typed API client', () => {
  it('asks in the UI language, sends the session cookie, fills path parameters and leaves empty filters out', async () => {
    answer = async () => json(200, { items: [], total: 0 });
    client.setApiLanguage('en-US');
    const page = await client.api.get('/api/clients', { params: { query: { page: 2, q: '', regionCode: undefined, category: 'dibao' } } });
    expect(page).toEqual({ items: [], total: 0 });
    const [request] = calls;
    expect(request?.url).toBe('http://shegong.test/api/clients?page=2&category=dibao');
    expect(request?.headers.get('Accept-Language')).toBe('en-US');
    expect(request?.headers.get('Accept')).toBe('application/json');
    expect(request?.credentials).toBe('same-origin');

    await client.api.get('/api/clients/{id}', { params: { path: { id: 'a b' } } });
    expect(calls[1]?.url).toBe('http://shegong.test/api/clients/a%20b');
  });

  it('sends a body as JSON', async () => {
    answer = async () => json(200, { ok: true });
    await client.api.post('/api/auth/login', { body: { username: 'worker.lin', password: 'x' } });
    const [request] = calls;
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(await request?.json()).toEqual({ username: 'worker.lin', password: 'x' });
  });

  it('answers undefined for a 204 and for an empty body', async () => {
    answer = async () => new Response(null, { status: 204 });
    await expect(client.api.post('/api/auth/logout')).resolves.toBeUndefined();
    answer = async () => new Response('', { status: 200 });
    await expect(client.api.get('/api/auth/me')).resolves.toBeUndefined();
  });

  it('rejects with the server-worded message and field errors', async () => {
    const fields = [{ path: 'uscc', message: '统一社会信用代码：统一社会信用代码应为 18 位' }];
    answer = async () => json(400, { error: { code: 'validation', message: '提交的内容有误，请检查标出的字段', fields } });
    const failure = await client.api.post('/api/organisations', { body: {} as never }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(client.ApiError);
    expect(failure).toMatchObject({ status: 400, code: 'validation', message: '提交的内容有误，请检查标出的字段', fields });
  });

  it('rejects a version conflict as one', async () => {
    answer = async () => json(409, { error: { code: 'version_conflict', message: '记录已被他人修改', fields: [] } });
    const failure = await client.api.get('/api/auth/me').catch((e: unknown) => e);
    expect(client.isVersionConflict(failure)).toBe(true);
  });

  it('rejects an answer without the error shape with its status text', async () => {
    answer = async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    const failure = await client.api.get('/api/auth/me').catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 502, code: 'http_error', message: 'Bad Gateway', fields: [] });
  });

  it('rejects a network failure with the network message in the UI language', async () => {
    answer = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(client.api.get('/api/auth/me')).rejects.toMatchObject({ status: 0, code: 'network', message: '网络连接失败，请检查网络' });
    client.setApiLanguage('en-US');
    await expect(client.api.get('/api/auth/me')).rejects.toMatchObject({
      code: 'network',
      message: 'Network error; check your connection',
    });
  });
});
