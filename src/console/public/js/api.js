/**
 * The JSON API, as the signed-in user. A person signs in with a user name and password: the server
 * sets an HttpOnly session cookie this script never sees, and every request carries the
 * X-Docket-CSRF header the server asks of cookie-authenticated changes. An integrator or admin may
 * sign in with an access token instead: it lives in sessionStorage only (never in a URL, never in
 * localStorage) and goes as a bearer token. Errors arrive as application/problem+json and are
 * thrown as ApiError, whose `text()` is the translated text for the problem's code.
 */
import { formatDate, has, setVocabulary, stateLabel, t, tFirst } from './i18n.js';

const TOKEN_KEY = 'docket.token';
/** Set while this tab believes it is signed in (either way): an ended session is then said in words. */
const SIGNED_IN_KEY = 'docket.signedIn';

const storage = {
  get(key) {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      sessionStorage.setItem(key, value);
    } catch {
      // storage unavailable: the session cookie still works
    }
  },
  remove(key) {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // nothing stored
    }
  },
};

export const session = {
  /** The access token of a token sign-in, or null (password sign-in uses the cookie). */
  token() {
    return storage.get(TOKEN_KEY);
  },
  wasSignedIn() {
    return storage.get(SIGNED_IN_KEY) !== null;
  },
  signedInWithToken(token) {
    storage.set(TOKEN_KEY, token);
    storage.set(SIGNED_IN_KEY, 'token');
  },
  signedInWithPassword() {
    storage.remove(TOKEN_KEY);
    storage.set(SIGNED_IN_KEY, 'session');
  },
  /** Ends the server session (if any) and forgets the token. */
  async signOut() {
    storage.remove(TOKEN_KEY);
    storage.remove(SIGNED_IN_KEY);
    try {
      await fetch('/auth/signout', { method: 'POST', headers: { 'x-docket-csrf': '1' }, credentials: 'same-origin', cache: 'no-store' });
    } catch {
      // offline: the cookie ends on the server when it is idle
    }
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
    // Dates in the problem (on, today, previousOn …) said in the local format.
    for (const [key, value] of Object.entries(p)) {
      if (typeof value === 'number') params[key] = value;
      else if (typeof value === 'string') params[key] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
    }
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

/**
 * Read-your-writes: the Docket-Position of the latest command this tab sent, sent back as
 * Docket-Min-Position on every read, so a page read right after a command shows it even when the
 * server reads from a replica that has not caught up yet.
 */
let lastPosition = null;
const positionValue = (p) => {
  const [high, low] = p.split('/').map((h) => parseInt(h, 16));
  return high * 2 ** 32 + low;
};
function rememberPosition(response) {
  const position = response.headers.get('docket-position');
  if (position && /^[0-9A-Fa-f]{1,8}\/[0-9A-Fa-f]{1,8}$/.test(position) && (lastPosition === null || positionValue(position) > positionValue(lastPosition))) {
    lastPosition = position;
  }
}
const positionHeaders = () => (lastPosition ? { 'docket-min-position': lastPosition } : {});

let onUnauthorized = () => {};
export const setUnauthorizedHandler = (handler) => {
  onUnauthorized = handler;
};

/**
 * @param {string} method @param {string} path
 * @param {{body?: unknown, raw?: string | Blob, contentType?: string, headers?: Record<string, string>, accept?: string, token?: string, signingIn?: boolean}} [options]
 */
export async function request(method, path, options = {}) {
  const token = options.token ?? session.token();
  const headers = { accept: options.accept ?? 'application/json', 'x-docket-csrf': '1', ...(method === 'GET' ? positionHeaders() : {}), ...(options.headers ?? {}) };
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
      credentials: options.token ? 'omit' : 'same-origin',
      redirect: 'error',
    });
  } catch {
    throw new ApiError(0, { code: 'network' });
  }
  if (!response.ok) throw await failure(response, !options.token && !options.signingIn);
  rememberPosition(response);
  if (options.accept && !options.accept.includes('json')) return response.text();
  return response.status === 204 ? null : response.json();
}

/** The problem a failed response carries, as an ApiError (a 401 signs the user out). */
async function failure(response, signOutOn401) {
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    problem = { code: response.status >= 500 ? 'internal_error' : 'generic' };
  }
  const error = new ApiError(response.status, problem && typeof problem === 'object' ? problem : {});
  if (response.status === 401 && signOutOn401) onUnauthorized(error);
  return error;
}

/** The file name of a Content-Disposition: its UTF-8 `filename*`, else its `filename`. */
function fileNameOf(disposition) {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]*)"/i.exec(disposition ?? '')?.[1] ?? 'download';
}

/**
 * A listing as a file (`accept`: text/csv or the .xlsx type), with its headers in the console's
 * language: {blob, fileName}.
 */
export async function download(path, accept, language) {
  const token = session.token();
  let response;
  try {
    response = await fetch(path, {
      headers: { accept, 'accept-language': language, ...positionHeaders(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
      // Signed in with a password, the session cookie is the credential.
      credentials: token ? 'omit' : 'same-origin',
      redirect: 'error',
    });
  } catch {
    throw new ApiError(0, { code: 'network' });
  }
  if (!response.ok) throw await failure(response, true);
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
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

/**
 * Definitions (GET /workflows), the caller (GET /me) and the organisation's words, categories and
 * business day (GET /settings/vocabulary), fetched once per sign-in. The words take effect at once.
 */
let cache = null;
export async function basics() {
  cache ??= Promise.all([get('/me'), get('/workflows'), get('/settings/vocabulary').catch(() => null)]).then(([me, defs, organisation]) => {
    setVocabulary(organisation);
    return {
      me,
      workflows: new Map(defs.workflows.map((w) => [w.name, w])),
      /** {name, terms, caseCodes, categories, timeZone, today} or null (an older server). */
      organisation,
    };
  });
  try {
    return await cache;
  } catch (error) {
    cache = null;
    throw error;
  }
}
export const forgetBasics = () => {
  cache = null;
  setVocabulary(null);
};
