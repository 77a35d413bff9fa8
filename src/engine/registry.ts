/**
 * The workflow definitions this build knows, by name and version. A new version of a workflow
 * is added beside the old one (e.g. `recruitmentV2` with version 2); running instances stay on
 * the version recorded on their stream until their instances end or a migration is written.
 */
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import { recruitment } from '../../workflows/recruitment.ts';
import { cadreTraining } from '../../workflows/cadre-training.ts';
import { secondment } from '../../workflows/secondment.ts';
import { suggestion } from '../../workflows/suggestion.ts';
import { member } from '../../workflows/member.ts';
import { settings } from '../../workflows/settings.ts';
import { collection } from '../../workflows/collection.ts';
import { activity } from '../../workflows/activity.ts';
import { notFound } from '../errors.ts';

export const ALL_WORKFLOWS: readonly WorkflowDefinition[] = [
  recruitment,
  cadreTraining,
  secondment,
  suggestion,
  member,
  settings,
  collection,
  activity,
] as WorkflowDefinition[];

export class Registry {
  private readonly byName = new Map<string, Map<number, WorkflowDefinition>>();

  constructor(definitions: readonly WorkflowDefinition[] = ALL_WORKFLOWS) {
    for (const def of definitions) {
      const versions = this.byName.get(def.name) ?? new Map<number, WorkflowDefinition>();
      versions.set(def.version, def);
      this.byName.set(def.name, versions);
    }
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The version new instances start on. */
  latest(name: string): WorkflowDefinition {
    const versions = this.byName.get(name);
    if (!versions) throw notFound(`workflow ${JSON.stringify(name)}`);
    return [...versions.values()].reduce((a, b) => (b.version > a.version ? b : a));
  }

  /** The version an instance was started on; a missing version means code and log diverged. */
  get(name: string, version: number): WorkflowDefinition {
    const def = this.byName.get(name)?.get(version);
    if (!def) throw new Error(`workflow ${name} version ${version} is recorded in the log but not in this build`);
    return def;
  }
}

export const streamIdOf = (workflow: string, id: string) => `${workflow}/${id}`;

export function parseStreamId(streamId: string): { workflow: string; id: string } {
  const slash = streamId.indexOf('/');
  return { workflow: streamId.slice(0, slash), id: streamId.slice(slash + 1) };
}
