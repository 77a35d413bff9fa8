/** What GET /reports/organization?asOf=2018-12-31 shows once the Haining 2018 demo is loaded. */
import { DEMO_EXPECTED_2018 as e, DEMO_EXPECTED_SUGGESTIONS_2018 } from '../../scripts/demo-data/haining-2018.ts';

export const DEMO_REPORT_2018 = {
  asOf: e.asOf,
  members: e.members,
  working: e.working,
  retired: e.retired,
  workingWithDegree: e.workingWithDegree,
  workingSeniorOrIntermediate: e.workingSeniorOrIntermediate,
  workingSeniorOrIntermediateShare: e.workingSeniorOrIntermediateShare,
  admissions: { year: 2018, count: e.admissions, quota: 3, overQuota: 0 },
  suggestions: DEMO_EXPECTED_SUGGESTIONS_2018,
};
