-- The schema of a freshly migrated Docket database (npm run db:schema writes it; a test compares it).

CREATE FUNCTION public.docket_apply_views(v jsonb) RETURNS void
    LANGUAGE plpgsql
    SET enable_seqscan TO 'off'
    SET enable_mergejoin TO 'off'
    SET enable_hashjoin TO 'off'
    AS $$
BEGIN
  IF v IS NULL THEN RETURN; END IF;
  IF v ? 'view_instances' THEN
    IF v->'view_instances' ? 'remove' THEN
      DELETE FROM view_instances USING jsonb_populate_recordset(NULL::view_instances, v->'view_instances'->'remove') AS d WHERE view_instances.stream_id = d.stream_id;
    END IF;
    IF v->'view_instances' ? 'rows' THEN
      INSERT INTO view_instances SELECT * FROM jsonb_populate_recordset(NULL::view_instances, v->'view_instances'->'rows')
        ON CONFLICT (stream_id) DO UPDATE SET workflow = EXCLUDED.workflow, id = EXCLUDED.id, workflow_version = EXCLUDED.workflow_version, state = EXCLUDED.state, status = EXCLUDED.status, version = EXCLUDED.version, data = EXCLUDED.data, updated_on = EXCLUDED.updated_on, updated_at = EXCLUDED.updated_at, case_year = EXCLUDED.case_year, case_seq = EXCLUDED.case_seq, erased = EXCLUDED.erased;
    END IF;
  END IF;
  IF v ? 'view_inbox' THEN
    IF v->'view_inbox' ? 'streams' THEN
      DELETE FROM view_inbox WHERE stream_id = ANY (ARRAY(SELECT jsonb_array_elements_text(v->'view_inbox'->'streams')));
    END IF;
    IF v->'view_inbox' ? 'rows' THEN
      INSERT INTO view_inbox SELECT * FROM jsonb_populate_recordset(NULL::view_inbox, v->'view_inbox'->'rows');
    END IF;
  END IF;
  IF v ? 'view_members' THEN
    IF v->'view_members' ? 'remove' THEN
      DELETE FROM view_members USING jsonb_populate_recordset(NULL::view_members, v->'view_members'->'remove') AS d WHERE view_members.id = d.id;
    END IF;
    IF v->'view_members' ? 'rows' THEN
      INSERT INTO view_members SELECT * FROM jsonb_populate_recordset(NULL::view_members, v->'view_members'->'rows')
        ON CONFLICT (id) DO UPDATE SET stream_id = EXCLUDED.stream_id, name = EXCLUDED.name, gender = EXCLUDED.gender, birth_date = EXCLUDED.birth_date, education = EXCLUDED.education, title = EXCLUDED.title, employment = EXCLUDED.employment, branch_id = EXCLUDED.branch_id, joined_on = EXCLUDED.joined_on, retired_on = EXCLUDED.retired_on, departed_on = EXCLUDED.departed_on, current = EXCLUDED.current, admitted_by = EXCLUDED.admitted_by;
    END IF;
  END IF;
  IF v ? 'view_settings' THEN
    IF v->'view_settings' ? 'remove' THEN
      DELETE FROM view_settings USING jsonb_populate_recordset(NULL::view_settings, v->'view_settings'->'remove') AS d WHERE view_settings.id = d.id;
    END IF;
    IF v->'view_settings' ? 'rows' THEN
      INSERT INTO view_settings SELECT * FROM jsonb_populate_recordset(NULL::view_settings, v->'view_settings'->'rows')
        ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings, version = EXCLUDED.version;
    END IF;
  END IF;
  IF v ? 'view_pending_replies' THEN
    IF v->'view_pending_replies' ? 'remove' THEN
      DELETE FROM view_pending_replies USING jsonb_populate_recordset(NULL::view_pending_replies, v->'view_pending_replies'->'remove') AS d WHERE view_pending_replies.stream_id = d.stream_id;
    END IF;
    IF v->'view_pending_replies' ? 'rows' THEN
      INSERT INTO view_pending_replies SELECT * FROM jsonb_populate_recordset(NULL::view_pending_replies, v->'view_pending_replies'->'rows')
        ON CONFLICT (stream_id) DO UPDATE SET id = EXCLUDED.id, state = EXCLUDED.state, received_on = EXCLUDED.received_on, due_on = EXCLUDED.due_on, handler_id = EXCLUDED.handler_id, channel = EXCLUDED.channel, category = EXCLUDED.category, anonymous = EXCLUDED.anonymous;
    END IF;
  END IF;
  IF v ? 'view_secondment_decisions' THEN
    IF v->'view_secondment_decisions' ? 'remove' THEN
      DELETE FROM view_secondment_decisions USING jsonb_populate_recordset(NULL::view_secondment_decisions, v->'view_secondment_decisions'->'remove') AS d WHERE view_secondment_decisions.stream_id = d.stream_id AND view_secondment_decisions.version = d.version;
    END IF;
    IF v->'view_secondment_decisions' ? 'rows' THEN
      INSERT INTO view_secondment_decisions SELECT * FROM jsonb_populate_recordset(NULL::view_secondment_decisions, v->'view_secondment_decisions'->'rows')
        ON CONFLICT (stream_id, version) DO UPDATE SET step = EXCLUDED.step, decision = EXCLUDED.decision, event_type = EXCLUDED.event_type, actor_id = EXCLUDED.actor_id, actor_name = EXCLUDED.actor_name, actor_role = EXCLUDED.actor_role, occurred_on = EXCLUDED.occurred_on, recorded_at = EXCLUDED.recorded_at, reason = EXCLUDED.reason, comment = EXCLUDED.comment;
    END IF;
  END IF;
  IF v ? 'view_collections' THEN
    IF v->'view_collections' ? 'remove' THEN
      DELETE FROM view_collections USING jsonb_populate_recordset(NULL::view_collections, v->'view_collections'->'remove') AS d WHERE view_collections.box = d.box AND view_collections.month = d.month;
    END IF;
    IF v->'view_collections' ? 'rows' THEN
      INSERT INTO view_collections SELECT box, month, sum(collections)::integer, sum(suggestions)::integer FROM jsonb_populate_recordset(NULL::view_collections, v->'view_collections'->'rows') GROUP BY box, month
        ON CONFLICT (box, month) DO UPDATE SET collections = view_collections.collections + EXCLUDED.collections, suggestions = view_collections.suggestions + EXCLUDED.suggestions;
    END IF;
  END IF;
END;
$$;

CREATE FUNCTION public.docket_commit(b jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    SET enable_seqscan TO 'off'
    SET enable_mergejoin TO 'off'
    SET enable_hashjoin TO 'off'
    AS $$
DECLARE
  n integer;
  bad text;
  done text[];
  stored record;
  positions jsonb;
BEGIN
  SELECT p INTO bad FROM jsonb_array_elements_text(b->'principals') AS p
    WHERE NOT EXISTS (SELECT 1 FROM principals WHERE id = p AND revoked_at IS NULL) LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'principal % is revoked', bad USING ERRCODE = 'DK401';
  END IF;
  IF EXISTS (SELECT 1 FROM jsonb_array_elements(b->'settings') AS v
             WHERE (SELECT version FROM view_settings WHERE id = 'organization') IS DISTINCT FROM (v #>> '{}')::integer) THEN
    RAISE EXCEPTION 'the settings changed' USING ERRCODE = 'DKSET';
  END IF;

  INSERT INTO idempotency_keys (scope, key, request_hash, result, created_at)
    SELECT scope, key, request_hash, answer->'result', now()
    FROM jsonb_to_recordset(b->'keys') AS k(scope text, key text, request_hash text, answer jsonb)
    ON CONFLICT (scope, key) DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n <> jsonb_array_length(b->'keys') THEN
    IF (b->>'size')::integer = 1 THEN
      SELECT i.request_hash, i.result INTO stored FROM idempotency_keys i
        WHERE i.scope = b->'keys'->0->>'scope' AND i.key = b->'keys'->0->>'key';
      RETURN jsonb_build_object('replay', stored.result, 'requestHash', stored.request_hash);
    END IF;
    RAISE EXCEPTION 'a retry key in the batch was used before' USING ERRCODE = 'DKIDM';
  END IF;

  WITH created AS (
    INSERT INTO streams (stream_id, workflow, workflow_version, version, last_hash, state, created_at, updated_at)
      SELECT stream_id, workflow, workflow_version, version, last_hash, state, recorded_at, recorded_at
      FROM jsonb_to_recordset(b->'created')
        AS c(stream_id text, workflow text, workflow_version integer, version integer, last_hash text, state jsonb, recorded_at timestamptz)
      ON CONFLICT (stream_id) DO NOTHING
      RETURNING stream_id)
  SELECT array_agg(stream_id) INTO done FROM created;
  IF coalesce(cardinality(done), 0) <> jsonb_array_length(b->'created') THEN
    SELECT c.stream_id INTO bad FROM jsonb_to_recordset(b->'created') AS c(stream_id text)
      WHERE c.stream_id <> ALL (coalesce(done, '{}')) LIMIT 1;
    RAISE EXCEPTION 'version conflict on %', coalesce(bad, '(a stream created twice in one batch)')
      USING ERRCODE = 'DK409', DETAIL = coalesce((SELECT version::text FROM streams WHERE stream_id = bad), '0');
  END IF;

  WITH moved AS (
    UPDATE streams SET version = m.version, last_hash = m.last_hash, state = m.state, updated_at = m.recorded_at
      FROM jsonb_to_recordset(b->'moved')
        AS m(stream_id text, expected integer, prev_hash text, version integer, last_hash text, state jsonb, recorded_at timestamptz)
      WHERE streams.stream_id = m.stream_id AND streams.version = m.expected AND streams.last_hash = m.prev_hash
      RETURNING streams.stream_id)
  SELECT array_agg(stream_id) INTO done FROM moved;
  IF coalesce(cardinality(done), 0) <> jsonb_array_length(b->'moved') THEN
    SELECT m.stream_id INTO bad FROM jsonb_to_recordset(b->'moved') AS m(stream_id text)
      WHERE m.stream_id <> ALL (coalesce(done, '{}')) LIMIT 1;
    RAISE EXCEPTION 'version conflict on %', coalesce(bad, '(a stream moved twice in one batch)')
      USING ERRCODE = 'DK409', DETAIL = coalesce((SELECT version::text FROM streams WHERE stream_id = bad), '0');
  END IF;

  WITH appended AS (
    INSERT INTO events (stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash)
      SELECT stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash
      FROM jsonb_to_recordset(b->'events')
        AS e(stream_id text, stream_version integer, workflow text, workflow_version integer, type text,
             data jsonb, metadata jsonb, occurred_on date, recorded_at timestamptz, prev_hash text, hash text)
      RETURNING stream_id, stream_version, global_position)
  SELECT jsonb_agg(jsonb_build_array(stream_id, stream_version, global_position)) INTO positions FROM appended;

  DELETE FROM timers USING jsonb_to_recordset(b->'timer_cancels') AS c(stream_id text, timer_id text)
    WHERE timers.stream_id = c.stream_id AND timers.timer_id = c.timer_id;
  INSERT INTO timers (stream_id, timer_id, workflow, event_type, due_at, due_on, created_at)
    SELECT stream_id, timer_id, workflow, event_type, due_at, due_on, now()
    FROM jsonb_to_recordset(b->'timer_sets')
      AS t(stream_id text, timer_id text, workflow text, event_type text, due_at timestamptz, due_on date)
    ON CONFLICT (stream_id, timer_id) DO UPDATE
      SET workflow = EXCLUDED.workflow, event_type = EXCLUDED.event_type, due_at = EXCLUDED.due_at,
          due_on = EXCLUDED.due_on, created_at = EXCLUDED.created_at;

  PERFORM docket_apply_views(b->'views');
  RETURN jsonb_build_object('positions', coalesce(positions, '[]'::jsonb));
END;
$$;

CREATE FUNCTION public.docket_take_case_numbers(p_workflow text, p_year integer, p_count integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
  last_taken integer;
BEGIN
  IF p_count < 1 THEN
    RAISE EXCEPTION 'docket_take_case_numbers: count must be at least 1, not %', p_count;
  END IF;
  -- Local to the caller's transaction (a statement of its own: the commit that follows it).
  PERFORM set_config('synchronous_commit', 'off', true);
  INSERT INTO case_counters (workflow, year, seq) VALUES (p_workflow, p_year, p_count)
  ON CONFLICT (workflow, year) DO UPDATE SET seq = case_counters.seq + p_count
  RETURNING seq INTO last_taken;
  RETURN last_taken;
END;
$$;

CREATE FUNCTION public.events_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE EXCEPTION 'the event log is append-only: % on events is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE FUNCTION public.merkle_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE EXCEPTION 'the Merkle tree is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TABLE public.access_log (
    id bigint NOT NULL,
    read_at timestamp with time zone NOT NULL,
    principal_id text NOT NULL,
    principal_name text NOT NULL,
    subject text NOT NULL,
    method text NOT NULL,
    route text NOT NULL,
    request_id text NOT NULL
);

CREATE SEQUENCE public.access_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.access_log_id_seq OWNED BY public.access_log.id;

CREATE TABLE public.case_counters (
    workflow text NOT NULL,
    year integer NOT NULL,
    seq integer NOT NULL,
    CONSTRAINT case_counters_seq_check CHECK ((seq > 0))
);

CREATE TABLE public.consumer_checkpoints (
    consumer text NOT NULL,
    transaction_id xid8 NOT NULL,
    "position" bigint NOT NULL,
    updated_at timestamp with time zone NOT NULL
);

CREATE TABLE public.data_keys (
    subject text NOT NULL,
    wrapped bytea NOT NULL,
    created_at timestamp with time zone NOT NULL
);

CREATE TABLE public.erasures (
    subject text NOT NULL,
    erased_at timestamp with time zone NOT NULL
);

CREATE TABLE public.events (
    global_position bigint NOT NULL,
    stream_id text NOT NULL,
    stream_version integer NOT NULL,
    workflow text NOT NULL,
    workflow_version integer NOT NULL,
    type text NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    occurred_on date NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    transaction_id xid8 DEFAULT pg_current_xact_id() NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    CONSTRAINT events_stream_version_check CHECK ((stream_version >= 1))
);

ALTER TABLE public.events ALTER COLUMN global_position ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.events_global_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.idempotency_keys (
    scope text NOT NULL,
    key text NOT NULL,
    request_hash text NOT NULL,
    result jsonb,
    created_at timestamp with time zone NOT NULL
);

CREATE TABLE public.merkle_batches (
    first_leaf bigint NOT NULL,
    leaf_count integer NOT NULL,
    first_node bigint NOT NULL,
    nodes bytea NOT NULL,
    positions bigint[] NOT NULL,
    stream_ids text[] NOT NULL,
    versions integer[] NOT NULL,
    last_transaction_id xid8 NOT NULL,
    last_position bigint NOT NULL,
    CONSTRAINT merkle_batches_check CHECK (((cardinality(positions) = leaf_count) AND (cardinality(stream_ids) = leaf_count) AND (cardinality(versions) = leaf_count))),
    CONSTRAINT merkle_batches_first_leaf_check CHECK ((first_leaf >= 0)),
    CONSTRAINT merkle_batches_first_node_check CHECK ((first_node >= 0)),
    CONSTRAINT merkle_batches_leaf_count_check CHECK ((leaf_count > 0))
);
ALTER TABLE ONLY public.merkle_batches ALTER COLUMN nodes SET STORAGE EXTERNAL;

CREATE TABLE public.merkle_checkpoints (
    id bigint NOT NULL,
    tree_size bigint NOT NULL,
    root_hash bytea NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    key_id text NOT NULL,
    signature bytea NOT NULL,
    CONSTRAINT merkle_checkpoints_tree_size_check CHECK ((tree_size >= 0))
);

ALTER TABLE public.merkle_checkpoints ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.merkle_checkpoints_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.merkle_tree (
    id smallint NOT NULL,
    size bigint NOT NULL,
    root_hash bytea NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT merkle_tree_id_check CHECK ((id = 1)),
    CONSTRAINT merkle_tree_size_check CHECK ((size >= 0))
);

CREATE TABLE public.notification_deliveries (
    id text NOT NULL,
    global_position bigint NOT NULL,
    audience text NOT NULL,
    channel text NOT NULL,
    recipient text NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    last_error text,
    created_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    CONSTRAINT notification_deliveries_channel_check CHECK ((channel = ANY (ARRAY['email'::text, 'webhook'::text]))),
    CONSTRAINT notification_deliveries_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'sent'::text, 'failed'::text, 'skipped'::text])))
);

CREATE TABLE public.notifications (
    global_position bigint NOT NULL,
    audience text NOT NULL,
    stream_id text NOT NULL,
    workflow text NOT NULL,
    instance_id text NOT NULL,
    event_type text NOT NULL,
    message text NOT NULL,
    occurred_on date NOT NULL,
    created_at timestamp with time zone NOT NULL,
    delivered_at timestamp with time zone,
    template text,
    params jsonb,
    dispatched_at timestamp with time zone
);

CREATE TABLE public.principals (
    id text NOT NULL,
    name text NOT NULL,
    roles text[] NOT NULL,
    member_id text,
    branch_id text,
    token_hash text,
    created_at timestamp with time zone NOT NULL,
    created_by text,
    revoked_at timestamp with time zone,
    host_unit text,
    expires_at timestamp with time zone,
    username text,
    password_hash text,
    email text,
    locale text,
    CONSTRAINT principals_email_check CHECK (((email IS NULL) OR ((length(email) >= 3) AND (length(email) <= 254)))),
    CONSTRAINT principals_locale_check CHECK (((locale IS NULL) OR (locale = ANY (ARRAY['zh-CN'::text, 'en'::text]))))
);

CREATE TABLE public.retired_tokens (
    token_hash text NOT NULL,
    principal_id text NOT NULL,
    retired_at timestamp with time zone NOT NULL
);

CREATE TABLE public.schema_migrations (
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.sessions (
    id_hash text NOT NULL,
    principal_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

CREATE TABLE public.streams (
    stream_id text NOT NULL,
    workflow text NOT NULL,
    workflow_version integer NOT NULL,
    version integer NOT NULL,
    last_hash text NOT NULL,
    state jsonb,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT streams_version_check CHECK ((version >= 0))
);

CREATE TABLE public.timers (
    stream_id text NOT NULL,
    timer_id text NOT NULL,
    workflow text NOT NULL,
    event_type text NOT NULL,
    due_at timestamp with time zone NOT NULL,
    due_on date NOT NULL,
    created_at timestamp with time zone NOT NULL
);

CREATE TABLE public.view_collections (
    box text NOT NULL,
    month text NOT NULL,
    collections integer NOT NULL,
    suggestions integer NOT NULL
);

CREATE TABLE public.view_inbox (
    stream_id text NOT NULL,
    workflow text NOT NULL,
    id text NOT NULL,
    role text NOT NULL,
    branch_id text,
    principal_id text,
    state text NOT NULL,
    commands text[] NOT NULL,
    reason text NOT NULL,
    due_on date,
    since timestamp with time zone NOT NULL,
    summary text NOT NULL
);

CREATE TABLE public.view_instances (
    stream_id text NOT NULL,
    workflow text NOT NULL,
    id text NOT NULL,
    workflow_version integer NOT NULL,
    state text NOT NULL,
    status text NOT NULL,
    version integer NOT NULL,
    data jsonb NOT NULL,
    started_on date NOT NULL,
    updated_on date NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    case_year integer,
    case_seq integer,
    erased boolean DEFAULT false NOT NULL
);

CREATE TABLE public.view_members (
    id text NOT NULL,
    stream_id text NOT NULL,
    name text,
    gender text NOT NULL,
    birth_date date,
    education text NOT NULL,
    title text NOT NULL,
    employment text NOT NULL,
    branch_id text NOT NULL,
    joined_on date NOT NULL,
    retired_on date,
    departed_on date,
    current boolean NOT NULL,
    admitted_by text
);

CREATE TABLE public.view_pending_replies (
    stream_id text NOT NULL,
    id text NOT NULL,
    state text NOT NULL,
    received_on date NOT NULL,
    due_on date NOT NULL,
    handler_id text,
    channel text NOT NULL,
    category text NOT NULL,
    anonymous boolean NOT NULL
);

CREATE TABLE public.view_secondment_decisions (
    stream_id text NOT NULL,
    version integer NOT NULL,
    step text NOT NULL,
    decision text NOT NULL,
    event_type text NOT NULL,
    actor_id text NOT NULL,
    actor_name text NOT NULL,
    actor_role text NOT NULL,
    occurred_on date NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    reason text,
    comment text
);

CREATE TABLE public.view_settings (
    id text NOT NULL,
    settings jsonb NOT NULL,
    version integer NOT NULL
);

ALTER TABLE ONLY public.access_log ALTER COLUMN id SET DEFAULT nextval('public.access_log_id_seq'::regclass);

ALTER TABLE ONLY public.access_log
    ADD CONSTRAINT access_log_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.case_counters
    ADD CONSTRAINT case_counters_pkey PRIMARY KEY (workflow, year);

ALTER TABLE ONLY public.consumer_checkpoints
    ADD CONSTRAINT consumer_checkpoints_pkey PRIMARY KEY (consumer);

ALTER TABLE ONLY public.data_keys
    ADD CONSTRAINT data_keys_pkey PRIMARY KEY (subject);

ALTER TABLE ONLY public.erasures
    ADD CONSTRAINT erasures_pkey PRIMARY KEY (subject);

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (global_position);

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version);

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (scope, key);

ALTER TABLE ONLY public.merkle_batches
    ADD CONSTRAINT merkle_batches_pkey PRIMARY KEY (first_leaf);

ALTER TABLE ONLY public.merkle_checkpoints
    ADD CONSTRAINT merkle_checkpoints_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.merkle_tree
    ADD CONSTRAINT merkle_tree_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.notification_deliveries
    ADD CONSTRAINT notification_deliveries_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (global_position, audience);

ALTER TABLE ONLY public.principals
    ADD CONSTRAINT principals_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.principals
    ADD CONSTRAINT principals_token_hash_key UNIQUE (token_hash);

ALTER TABLE ONLY public.retired_tokens
    ADD CONSTRAINT retired_tokens_pkey PRIMARY KEY (token_hash);

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (name);

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id_hash);

ALTER TABLE ONLY public.streams
    ADD CONSTRAINT streams_pkey PRIMARY KEY (stream_id);

ALTER TABLE ONLY public.timers
    ADD CONSTRAINT timers_pkey PRIMARY KEY (stream_id, timer_id);

ALTER TABLE ONLY public.view_collections
    ADD CONSTRAINT view_collections_pkey PRIMARY KEY (box, month);

ALTER TABLE ONLY public.view_inbox
    ADD CONSTRAINT view_inbox_pkey PRIMARY KEY (stream_id, role, reason);

ALTER TABLE ONLY public.view_instances
    ADD CONSTRAINT view_instances_pkey PRIMARY KEY (stream_id);

ALTER TABLE ONLY public.view_members
    ADD CONSTRAINT view_members_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.view_pending_replies
    ADD CONSTRAINT view_pending_replies_pkey PRIMARY KEY (stream_id);

ALTER TABLE ONLY public.view_secondment_decisions
    ADD CONSTRAINT view_secondment_decisions_pkey PRIMARY KEY (stream_id, version);

ALTER TABLE ONLY public.view_settings
    ADD CONSTRAINT view_settings_pkey PRIMARY KEY (id);

CREATE INDEX access_log_subject ON public.access_log USING btree (subject, read_at DESC, id DESC);

CREATE INDEX events_transaction_position ON public.events USING btree (transaction_id, global_position);

CREATE INDEX events_workflow_type_on ON public.events USING btree (workflow, type, occurred_on);

CREATE INDEX merkle_batches_last_event ON public.merkle_batches USING btree (last_transaction_id, last_position);

CREATE INDEX notification_deliveries_by_status ON public.notification_deliveries USING btree (status, created_at, id);

CREATE INDEX notification_deliveries_due ON public.notification_deliveries USING btree (next_attempt_at) WHERE (status = 'pending'::text);

CREATE INDEX notifications_undelivered ON public.notifications USING btree (audience, global_position) WHERE (delivered_at IS NULL);

CREATE INDEX notifications_undispatched ON public.notifications USING btree (global_position) WHERE (dispatched_at IS NULL);

CREATE UNIQUE INDEX principals_username ON public.principals USING btree (lower(username)) WHERE (revoked_at IS NULL);

CREATE INDEX sessions_principal ON public.sessions USING btree (principal_id);

CREATE INDEX timers_due ON public.timers USING btree (due_at);

CREATE INDEX view_inbox_scope ON public.view_inbox USING btree (role, COALESCE(('p:'::text || principal_id), ('b:'::text || branch_id), ''::text), since, stream_id);

CREATE UNIQUE INDEX view_instances_case_number ON public.view_instances USING btree (workflow, case_year, case_seq) WHERE (case_seq IS NOT NULL);

CREATE INDEX view_instances_listing ON public.view_instances USING btree (workflow, state, created_at, stream_id);

CREATE INDEX view_instances_workflow_created ON public.view_instances USING btree (workflow, created_at, stream_id);

CREATE INDEX view_members_branch ON public.view_members USING btree (branch_id, name);

CREATE INDEX view_members_joined ON public.view_members USING btree (joined_on, id);

CREATE INDEX view_pending_replies_due ON public.view_pending_replies USING btree (due_on, stream_id);

CREATE INDEX view_pending_replies_handler ON public.view_pending_replies USING btree (handler_id, due_on, stream_id);

CREATE TRIGGER events_append_only_rows BEFORE DELETE OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.events_refuse_change();

CREATE TRIGGER events_append_only_truncate BEFORE TRUNCATE ON public.events FOR EACH STATEMENT EXECUTE FUNCTION public.events_refuse_change();

CREATE TRIGGER merkle_batches_append_only BEFORE DELETE OR UPDATE ON public.merkle_batches FOR EACH ROW EXECUTE FUNCTION public.merkle_refuse_change();

CREATE TRIGGER merkle_batches_append_only_truncate BEFORE TRUNCATE ON public.merkle_batches FOR EACH STATEMENT EXECUTE FUNCTION public.merkle_refuse_change();

CREATE TRIGGER merkle_checkpoints_append_only BEFORE DELETE OR UPDATE ON public.merkle_checkpoints FOR EACH ROW EXECUTE FUNCTION public.merkle_refuse_change();

CREATE TRIGGER merkle_checkpoints_append_only_truncate BEFORE TRUNCATE ON public.merkle_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION public.merkle_refuse_change();

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_stream_id_fkey FOREIGN KEY (stream_id) REFERENCES public.streams(stream_id);

ALTER TABLE ONLY public.notification_deliveries
    ADD CONSTRAINT notification_deliveries_global_position_audience_fkey FOREIGN KEY (global_position, audience) REFERENCES public.notifications(global_position, audience);

ALTER TABLE ONLY public.retired_tokens
    ADD CONSTRAINT retired_tokens_principal_id_fkey FOREIGN KEY (principal_id) REFERENCES public.principals(id);

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_principal_id_fkey FOREIGN KEY (principal_id) REFERENCES public.principals(id);
