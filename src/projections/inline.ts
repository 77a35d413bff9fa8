/** The inline projections, in the order they run in each append transaction. */
import { Projector } from './projector.ts';
import { instancesProjection } from './instances.projection.ts';
import { membersProjection } from './members.projection.ts';
import { settingsProjection } from './settings.projection.ts';
import { pendingRepliesProjection } from './pending-replies.projection.ts';
import { secondmentAuditProjection } from './secondment-audit.projection.ts';
import { collectionsProjection } from './collections.projection.ts';
import { inboxProjection } from './inbox.projection.ts';

export const inlineProjector = () =>
  new Projector([
    instancesProjection,
    membersProjection,
    settingsProjection,
    pendingRepliesProjection,
    secondmentAuditProjection,
    collectionsProjection,
    inboxProjection,
  ]);
