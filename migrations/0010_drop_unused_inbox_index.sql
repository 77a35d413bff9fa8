-- Speed (issue 7): view_inbox_role (role, since, stream_id) from 0003 has served no query since
-- 0004 added view_inbox_scope (role, scope, since, stream_id): the inbox query reads by role and
-- scope, and anything by role alone can use the newer index's first column. Every command writes
-- one or two inbox rows, each paying for this index too.
DROP INDEX IF EXISTS view_inbox_role;
