export interface Reply<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/**
 * A browser-like HTTP client: keeps the session cookie, sends the platform's own Origin
 * on writes and always reads the body (an unread body keeps the server from closing).
 */
export class Client {
  private cookie: string | null = null;
  locale = 'zh-CN';
  origin: string | null;

  constructor(readonly baseUrl: string) {
    this.origin = baseUrl;
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const all: Record<string, string> = { 'accept-language': this.locale, ...headers };
    if (this.cookie) all.cookie = this.cookie;
    if (this.origin && method !== 'GET') all.origin = this.origin;
    if (body !== undefined) all['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: all,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value.endsWith('=') ? null : value;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: response.status, body: parsed as T, text, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** multipart/form-data upload of one file in the field "file". */
  async upload<T = any>(path: string, fileName: string, content: Buffer | string, type = 'application/octet-stream'): Promise<Reply<T>> {
    const form = new FormData();
    form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type }), fileName);
    const headers: Record<string, string> = { 'accept-language': this.locale };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.origin) headers.origin = this.origin;
    const response = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers, body: form });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, text, headers: response.headers };
  }

  async login(username: string, password: string): Promise<Reply> {
    const reply = await this.post('/api/auth/login', { username, password });
    if (reply.status !== 200) throw new Error(`login ${username} failed: ${reply.status} ${reply.text}`);
    return reply;
  }
}
