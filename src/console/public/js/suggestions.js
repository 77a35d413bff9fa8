/** Choices offered next to free-text id fields: members from the roster, branches from the report. */
import { get } from './api.js';

const fieldsOf = (schema) => {
  const names = [];
  const walk = (s) => {
    for (const [k, v] of Object.entries(s?.properties ?? {})) {
      names.push(k);
      if (v.type === 'object') walk(v);
    }
  };
  walk(schema);
  return names;
};

/** Suggestions for the fields of these commands (failures only mean no suggestions). */
export async function suggestionsFor(commands) {
  const names = new Set(commands.flatMap((c) => fieldsOf(c.schema)));
  const result = {};
  const jobs = [];
  if (names.has('memberId')) {
    jobs.push(
      get('/members?current=true&limit=500')
        .then((page) => {
          result.memberId = page.items.map((m) => ({ value: m.id, label: `${m.name} · ${m.branchId}` }));
        })
        .catch(() => {}),
    );
  }
  if (names.has('branchId')) {
    jobs.push(
      get('/reports/organization')
        .then((report) => {
          result.branchId = report.branches.map((b) => ({ value: b.id, label: b.name ?? b.id }));
        })
        .catch(() => {}),
    );
  }
  await Promise.all(jobs);
  return result;
}
