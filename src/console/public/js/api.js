/**
 * The JSON API with the signed-in user's bearer token. The token lives in sessionStorage only
 * (never in a URL, never in localStorage). Errors arrive as application/problem+json and are
 * thrown as ApiError, whose `text()` is the translated text for the problem's code.
 */
import { has, stateLabel, t, tFirst } from './i18n.js';

const TOKEN_KEY = 'docket.token';

export const session = {
  token() {
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  signIn(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

export class ApiError extends Error {
  /** @param {number} status @param {Record<string, unknown>} problem */
  constructor(status, problem) {
    super(typeof problem.detail === 'string' ? problem.detail : `HTTP ${status}`);
    this.status = status;
    this.code = typeof problem.code === 'string' ? problem.code : status === 0 ? 'network' : 'generic';
    this.problem = problem;
  }

  /** The problem in words, in the current language. */
  text() {
    const p = this.problem;
    const params = { code: this.code };
    for (const [key, value] of Object.entries(p)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    if (typeof p.state === 'string') params.state = stateLabel(p.state);
    return tFirst([`error.${this.code}`], t('error.generic', params), params);
  }

  /** Whether the code has its own translated message. */
  translated() {
    return has(`error.${this.code}`);
  }

  /** Field-level errors of a 400 (schema) problem: [{path: '/applicant/name', message}]. */
  fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

let onUnauthorized = () => {};
export const setUnauthorizedHandler = (handler) => {
  onUnauthorized = handler;
};

/**
 * @param {string} method @param {string} path
 * @param {{body?: unknown, raw?: string, contentType?: string, headers?: Record<string, string>, accept?: string, token?: string}} [options]
 */
export async function request(method, path, options = {}) {
  const token = options.token ?? session.token();
  const headers = { accept: options.accept ?? 'application/json', ...(options.headers ?? {}) };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw !== undefined) headers['content-type'] = options.contentType ?? 'text/plain';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error',
    });
  } catch {
    throw new ApiError(0, { code: 'network' });
  }
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      problem = { code: response.status >= 500 ? 'internal_error' : 'generic' };
    }
    const error = new ApiError(response.status, problem && typeof problem === 'object' ? problem : {});
    if (response.status === 401 && !options.token) onUnauthorized(error);
    throw error;
  }
  if (options.accept && !options.accept.includes('json')) return response.text();
  return response.status === 204 ? null : response.json();
}

export const get = (path, options) => request('GET', path, options);
export const post = (path, body, options = {}) => request('POST', path, { ...options, body });

/** A query string from the defined values only. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Definitions (GET /workflows) and the caller (GET /me), fetched once per sign-in. */
let cache = null;
export async function basics() {
  cache ??= Promise.all([get('/me'), get('/workflows')]).then(([me, defs]) => ({
    me,
    workflows: new Map(defs.workflows.map((w) => [w.name, w])),
  }));
  try {
    return await cache;
  } catch (error) {
    cache = null;
    throw error;
  }
}
export const forgetBasics = () => {
  cache = null;
};
