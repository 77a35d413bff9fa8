// Generated from openapi/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is the server up and its database reachable? (and the replica’s lag, if there is one)
         * @description Public: no credential needed.
         *
         *     Public: no credential needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up and serving (it asks nothing of the database)
         * @description Public: no credential needed.
         *
         *     Public: no credential needed.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers, every migration this build expects is applied, and the replica (if any) is within its lag bound
         * @description Public: no credential needed.
         *
         *     Public: no credential needed.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Public: no credential needed.
         *
         *     Public: no credential needed.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a username and password: sets the session cookie
         * @description Send the header `x-docket-csrf: 1`: requests signed in by the session cookie that change anything must carry it. Failed sign-ins are limited per address and per username (429 with Retry-After).
         *
         *     Public: no credential needed.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: the session ends at once and the cookie is cleared
         * @description Send the header `x-docket-csrf: 1`: requests signed in by the session cookie that change anything must carry it.
         *
         *     Public: no credential needed.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling principal, and how it signed in
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password (the current one is needed); your other sessions end
         * @description Send the header `x-docket-csrf: 1`: requests signed in by the session cookie that change anything must carry it.
         *
         *     Roles: any authenticated principal.
         */
        post: operations["changeMyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List principals (tokens and passwords are never shown)
         * @description Roles: `admin`.
         *
         *     Roles: `admin`.
         */
        get: operations["listPrincipals"];
        put?: never;
        /**
         * Create a principal: with a username and password a person who signs in, else an integrator with a token (shown once)
         * @description Roles: `admin`.
         */
        post: operations["createPrincipal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/principals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a principal: its token and sessions stop working at once
         * @description Roles: `admin`.
         */
        delete: operations["revokePrincipal"];
        options?: never;
        head?: never;
        /**
         * Edit a principal: name, roles, member/branch/host unit, username, expiry (null clears); takes effect at once
         * @description Roles: `admin`.
         */
        patch: operations["updatePrincipal"];
        trace?: never;
    };
    "/admin/principals/{id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new token (shown once); the previous token, if any, stops working at once
         * @description Roles: `admin`.
         */
        post: operations["rotatePrincipalToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/principals/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set (reset) a principal’s password; every session of theirs ends
         * @description Roles: `admin`.
         */
        post: operations["setPrincipalPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person's personal data from the log: their data key is destroyed, their fields read as erased from now on
         * @description The subject’s personal fields stay in the log as ciphertext (the hash chains still verify) that nothing can open any more; every read then shows them null and lists them in `erased`. Records a PersonalDataErased event (who, when, why) on the subject’s stream and projects its views again. Aggregate reports keep their figures. 404: no such subject; 409 already_erased: erased before.
         *
         *     Roles: `admin`.
         */
        post: operations["eraseSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each workflow: version, states and commands (with roles and JSON schema)
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listWorkflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow}/diagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State diagram generated from the machine: Mermaid stateDiagram-v2 (default), Graphviz DOT or SVG
         * @description With `instance`, the instance’s current state is highlighted.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getWorkflowDiagram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/recruitment/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recruitment instances, oldest first, optionally in one state
         * @description Only the instances the read policy lets the caller see, each with the personal fields it may see (the others named in `redacted`; docs/data-protection.md). A page may hold fewer than `limit` items: follow `cursor` until it is null.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listRecruitmentInstances"];
        put?: never;
        /**
         * Start a recruitment instance
         * @description Body: the starting command (SubmitApplication). The id is generated by the server.
         *
         *     Roles: `office`.
         */
        post: operations["startRecruitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/recruitment/instances/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a recruitment instance
         * @description Commands: PassQualification, RejectApplication, AssignContact, RecordInvestigation, CompleteCultivation, EndorseAsSponsor, RecordBranchVote, CastVote, CloseVote, ApproveAdmission, RejectAdmission, RecordInduction, WithdrawApplication. Each also takes optional `on` (business date) and `comment`.
         *
         *     Roles: `office`, `member`, `branch_chair`, `committee`, `chair`, `city_committee`.
         */
        post: operations["sendRecruitmentCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/recruitment/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recruitment instance: state, data, the caller's allowed commands, deadlines
         * @description As the read policy lets the caller see it: 404 for an instance it may not see; personal fields it may not see are left out and named in `redacted`.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getRecruitment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/recruitment/instances/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of a recruitment instance, in order, with actor, role, business date and hash
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getRecruitmentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/cadre-training/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cadre-training instances, oldest first, optionally in one state
         * @description Only the instances the read policy lets the caller see, each with the personal fields it may see (the others named in `redacted`; docs/data-protection.md). A page may hold fewer than `limit` items: follow `cursor` until it is null.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listCadreTrainingInstances"];
        put?: never;
        /**
         * Start a cadre-training instance
         * @description Body: the starting command (NominateCadre). The id is generated by the server.
         *
         *     Roles: `branch_chair`, `committee`.
         */
        post: operations["startCadreTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/cadre-training/instances/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a cadre-training instance
         * @description Commands: ScreenCandidate, CastVote, CloseVote, AssignTask, CompleteTask, EnrolCourse, CompleteCourse, RecordAnnualReview, Appoint, RemoveFromPool. Each also takes optional `on` (business date) and `comment`.
         *
         *     Roles: `office`, `committee`, `chair`.
         */
        post: operations["sendCadreTrainingCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/cadre-training/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cadre-training instance: state, data, the caller's allowed commands, deadlines
         * @description As the read policy lets the caller see it: 404 for an instance it may not see; personal fields it may not see are left out and named in `redacted`.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getCadreTraining"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/cadre-training/instances/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of a cadre-training instance, in order, with actor, role, business date and hash
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getCadreTrainingHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/secondment/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List secondment instances, oldest first, optionally in one state
         * @description Only the instances the read policy lets the caller see, each with the personal fields it may see (the others named in `redacted`; docs/data-protection.md). A page may hold fewer than `limit` items: follow `cursor` until it is null.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listSecondmentInstances"];
        put?: never;
        /**
         * Start a secondment instance
         * @description Body: the starting command (ProposeSecondment). The id is generated by the server.
         *
         *     Roles: `office`, `committee`, `chair`.
         */
        post: operations["startSecondment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/secondment/instances/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a secondment instance
         * @description Commands: ApproveNomination, RejectNomination, ApproveByUnitedFront, RejectByUnitedFront, AcceptByHost, DeclineByHost, Dispatch, RecordInterimReview, ExtendTerm, EndEarly, RecordHostAppraisal, RecordFinalAssessment, CompleteSecondment, CancelSecondment. Each also takes optional `on` (business date) and `comment`.
         *
         *     Roles: `office`, `chair`, `united_front`, `host_unit`.
         */
        post: operations["sendSecondmentCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/secondment/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A secondment instance: state, data, the caller's allowed commands, deadlines
         * @description As the read policy lets the caller see it: 404 for an instance it may not see; personal fields it may not see are left out and named in `redacted`.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getSecondment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/secondment/instances/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of a secondment instance, in order, with actor, role, business date and hash
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getSecondmentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/suggestion/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List suggestion instances, oldest first, optionally in one state
         * @description Only the instances the read policy lets the caller see, each with the personal fields it may see (the others named in `redacted`; docs/data-protection.md). A page may hold fewer than `limit` items: follow `cursor` until it is null.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listSuggestionInstances"];
        put?: never;
        /**
         * Start a suggestion instance
         * @description Body: the starting command (RegisterSuggestion). The id is generated by the server.
         *
         *     Roles: `office`, `suggestion_manager`.
         */
        post: operations["startSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/suggestion/instances/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a suggestion instance
         * @description Commands: AssignHandler, ReferTo, RequestExtension, ApproveExtension, Reply, RecordSatisfaction, Close. Each also takes optional `on` (business date) and `comment`.
         *
         *     Roles: `chair`, `suggestion_manager`, `handler`.
         */
        post: operations["sendSuggestionCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/suggestion/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A suggestion instance: state, data, the caller's allowed commands, deadlines
         * @description As the read policy lets the caller see it: 404 for an instance it may not see; personal fields it may not see are left out and named in `redacted`.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getSuggestion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/suggestion/instances/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of a suggestion instance, in order, with actor, role, business date and hash
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getSuggestionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/member/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List member instances, oldest first, optionally in one state
         * @description Only the instances the read policy lets the caller see, each with the personal fields it may see (the others named in `redacted`; docs/data-protection.md). A page may hold fewer than `limit` items: follow `cursor` until it is null.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listMemberInstances"];
        put?: never;
        /**
         * Start a member instance
         * @description Body: the starting command (RegisterMember). The id is generated by the server.
         *
         *     Roles: `admin`.
         */
        post: operations["startMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/member/instances/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a member instance
         * @description Commands: RecordRetirement, RecordDeparture, UpdateProfile. Each also takes optional `on` (business date) and `comment`.
         *
         *     Roles: `office`.
         */
        post: operations["sendMemberCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/member/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member instance: state, data, the caller's allowed commands, deadlines
         * @description As the read policy lets the caller see it: 404 for an instance it may not see; personal fields it may not see are left out and named in `redacted`.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/member/instances/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of a member instance, in order, with actor, role, business date and hash
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getMemberHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/settings/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List settings instances, oldest first, optionally in one state
         * @description Only the instances the read policy lets the caller see, each with the personal fields it may see (the others named in `redacted`; docs/data-protection.md). A page may hold fewer than `limit` items: follow `cursor` until it is null.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listSettingsInstances"];
        put?: never;
        /**
         * Change the settings (one instance, organization)
         * @description Body: ChangeSettings. There is one settings instance, `organization`: the first change starts it (201), later ones continue it (200).
         *
         *     Roles: `admin`.
         */
        post: operations["changeSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/settings/instances/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a settings instance
         * @description Commands: ChangeSettings. Each also takes optional `on` (business date) and `comment`.
         *
         *     Roles: `admin`.
         */
        post: operations["sendSettingsCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/settings/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A settings instance: state, data, the caller's allowed commands, deadlines
         * @description As the read policy lets the caller see it: 404 for an instance it may not see; personal fields it may not see are left out and named in `redacted`.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/settings/instances/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of a settings instance, in order, with actor, role, business date and hash
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getSettingsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/collection/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List collection instances, oldest first, optionally in one state
         * @description Only the instances the read policy lets the caller see, each with the personal fields it may see (the others named in `redacted`; docs/data-protection.md). A page may hold fewer than `limit` items: follow `cursor` until it is null.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listCollectionInstances"];
        put?: never;
        /**
         * Start a collection instance
         * @description Body: the starting command (RecordCollection). The id is generated by the server.
         *
         *     Roles: `suggestion_manager`.
         */
        post: operations["startCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/collection/instances/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a collection instance
         * @description Commands: RecordCollection. Each also takes optional `on` (business date) and `comment`.
         *
         *     Roles: `suggestion_manager`.
         */
        post: operations["sendCollectionCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/collection/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A collection instance: state, data, the caller's allowed commands, deadlines
         * @description As the read policy lets the caller see it: 404 for an instance it may not see; personal fields it may not see are left out and named in `redacted`.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/collection/instances/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of a collection instance, in order, with actor, role, business date and hash
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getCollectionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/activity/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activity instances, oldest first, optionally in one state
         * @description Only the instances the read policy lets the caller see, each with the personal fields it may see (the others named in `redacted`; docs/data-protection.md). A page may hold fewer than `limit` items: follow `cursor` until it is null.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listActivityInstances"];
        put?: never;
        /**
         * Start a activity instance
         * @description Body: the starting command (RecordActivity). The id is generated by the server.
         *
         *     Roles: `office`.
         */
        post: operations["startActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/activity/instances/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a command to a activity instance
         * @description Commands: WithdrawActivity. Each also takes optional `on` (business date) and `comment`.
         *
         *     Roles: `office`.
         */
        post: operations["sendActivityCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/activity/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A activity instance: state, data, the caller's allowed commands, deadlines
         * @description As the read policy lets the caller see it: 404 for an instance it may not see; personal fields it may not see are left out and named in `redacted`.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/activity/instances/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of a activity instance, in order, with actor, role, business date and hash
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getActivityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the caller can do now, across workflows, oldest first, with due dates
         * @description One item per instance, merging every role of the caller; scoped: a branch chair sees only their branch, a handler only the suggestions assigned to them. The chair also sees alerts (overdue suggestions, due reviews).
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views/suggestions/pending-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending reply obligations: suggestions registered or in progress, by due date
         * @description Roles chair, suggestion_manager, office and admin see all; a handler sees only the suggestions assigned to them. `overdue` and `daysLeft` are computed against today.
         *
         *     Roles: `chair`, `suggestion_manager`, `office`, `admin`, `handler`.
         *
         *     Roles: `chair`, `suggestion_manager`, `office`, `admin`, `handler`.
         */
        get: operations["listPendingReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views/suggestions/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Box collection cadence: per box and month of a year, flagged below the policy minimum
         * @description Every box with a collection recorded up to that year, all twelve months. Roles: suggestion_manager, office, chair, committee, admin.
         *
         *     Roles: `suggestion_manager`, `office`, `chair`, `committee`, `admin`.
         *
         *     Roles: `suggestion_manager`, `office`, `chair`, `committee`, `admin`.
         */
        get: operations["getCollectionCadence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views/secondments/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A secondment’s audit: every decision, who took it in which role, when and why; and whether the event chain verifies
         * @description Roles: chair, committee, office, united_front, admin.
         *
         *     Roles: `chair`, `committee`, `office`, `united_front`, `admin`.
         *
         *     Roles: `chair`, `committee`, `office`, `united_front`, `admin`.
         */
        get: operations["getSecondmentAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a member, principal, branch, box collection or host unit by name, for a picker
         * @description Command fields that refer to one carry `x-docket-ref` (the kind) in their schema (GET /workflows). At most `limit` entries, by name (collections: the latest first). Who may look up which kind: `member`: admin, office, committee, branch_chair, chair; `principal`: admin, suggestion_manager; `branch`: every principal; `collection`: admin, suggestion_manager, office; `hostUnit`: every principal.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["searchDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The global event feed: every committed event exactly once, in commit-safe order
         * @description Pass the returned `cursor` back as `after` for the next page (it stays the same when nothing new is visible). An event is served only once no transaction that could still commit before it is running, so a page never skips an event that commits late. Roles: admin, chair, office (there is no auditor role).
         *
         *     Roles: `admin`, `chair`, `office`.
         *
         *     Roles: `admin`, `chair`, `office`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the hash chains (the whole log, or one stream) and report the first broken link
         * @description Roles: admin, chair, office (there is no auditor role). 404 for an unknown streamId.
         *
         *     Roles: `admin`, `chair`, `office`.
         *
         *     Roles: `admin`, `chair`, `office`.
         */
        get: operations["verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who read a person’s personal data: every response that revealed it, newest first
         * @description `subject` is a member id (or `member/<id>`) or an instance (`recruitment/<id>`, `suggestion/<id>`, …). Reads of an instance about a member (a nomination, a secondment, an admitted application) are listed under both. Names alone are not logged (the roster is readable inside the organisation). See docs/data-protection.md.
         *
         *     Roles: `admin`, `chair`.
         *
         *     Roles: `admin`, `chair`.
         */
        get: operations["listAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest signed checkpoint of the Merkle tree over the whole log (that of the largest tree)
         * @description Save it: with a saved checkpoint, `npm run audit:check` proves later that the log only grew. 404 before the first checkpoint. Roles: admin, chair, office (as GET /audit/verify).
         *
         *     Roles: `admin`, `chair`, `office`.
         *
         *     Roles: `admin`, `chair`, `office`.
         */
        get: operations["getCheckpoint"];
        put?: never;
        /**
         * Issue a checkpoint now: bring the tree up to the log, sign its root, store and witness it
         * @description 409 signing_key_missing when this server has no signing key. Roles: admin, chair, office (as GET /audit/verify).
         *
         *     Roles: `admin`, `chair`, `office`.
         */
        post: operations["issueCheckpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Ed25519 public key that checkpoints are signed with (public)
         * @description Keep a copy you obtained out of band: a checker that takes the key from the server it checks proves nothing. 404 when this server has no signing key.
         *
         *     Public: no credential needed.
         *
         *     Public: no credential needed.
         */
        get: operations["getPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/proofs/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RFC 9162 consistency proof: the tree of `to` leaves extends the tree of `from` leaves
         * @description 400 invalid_range when from > to; 404 unknown_tree_size when the tree has fewer than `to` leaves. Roles: admin, chair, office (as GET /audit/verify).
         *
         *     Roles: `admin`, `chair`, `office`.
         *
         *     Roles: `admin`, `chair`, `office`.
         */
        get: operations["getConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/proofs/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RFC 9162 inclusion proof of one event (a stream’s version) in the tree of `treeSize` leaves
         * @description treeSize defaults to the latest checkpoint’s. The leaf is SHA-256(0x00 ‖ eventHash as 32 bytes), eventHash being the event’s hash as the log holds it now. 404 not_in_tree (no such event, or not yet a leaf), event_missing (the tree has it, the log no longer does) or unknown_tree_size; 422 not_in_tree_size (the event came after that tree). Roles: admin, chair, office (as GET /audit/verify).
         *
         *     Roles: `admin`, `chair`, `office`.
         *
         *     Roles: `admin`, `chair`, `office`.
         */
        get: operations["getInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/tree/leaves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tree’s leaves in order, with the event each one is
         * @description For checkers: which leaf differs from the events the feed now serves. Trust them only once they hash to a signed root. Roles: admin, chair, office (as GET /audit/verify).
         *
         *     Roles: `admin`, `chair`, `office`.
         *
         *     Roles: `admin`, `chair`, `office`.
         */
        get: operations["listTreeLeaves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The roster, by joining date; filter by branch and current/departed
         * @description Each row as the read policy lets the caller see it (docs/data-protection.md): fields left out are named in `redacted`; a caller who may not see the roster gets no rows. A page may hold fewer than `limit` rows: follow `cursor` until it is null.
         *
         *     Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["listRoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One member of the roster
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getRosterMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import existing members (admin): all rows or none; or a dry run that writes nothing
         * @description Each row: the RegisterMember fields (name, gender, birthDate, education, title, employment, branchId, joinedOn; optional cpcMember, admittedBy, on, comment) and an optional `id` (generated when absent); a row shaped like the RegisterMember command may carry `type: "RegisterMember"`, which is ignored. A row without `on` is recorded on its joinedOn. Closed lists take their value or a Chinese word (男/女, 博士/硕士/本科/大专/中专, 正高/副高/中级/初级, 在职/退休, 是/否); a branch is its id or its name; dates are YYYY-MM-DD, 1985/4/2, 1985.4.2, 1985年4月2日 or date cells. At most 5000 rows. Any invalid row rejects the whole import with 422 naming the row, column, field and message, listing the other rows' problems in `errors`; nothing is imported. Text that could not be decoded (U+FFFD) or holds control characters is refused with 422 `invalid_text` naming the row and column, also in a dry run. See docs/office.md. With `dryRun=true` every row is checked the same way (the workflow's rules included) and each row's result is answered with 200; nothing is written.
         *
         *     Roles: `admin`.
         */
        post: operations["importMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation settings in force (admin)
         * @description Roles: `admin`.
         *
         *     Roles: `admin`.
         */
        get: operations["getAdminSettings"];
        /**
         * Change the organisation settings (admin); recorded as a SettingsChanged event
         * @description Roles: `admin`.
         */
        put: operations["updateAdminSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation’s words (vocabulary, case-number words, suggestion categories), time zone and today; any signed-in principal
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getVocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a suggestion-box collection (suggestion_manager)
         * @description Roles: `suggestion_manager`.
         */
        post: operations["recordCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisation statistics as of a business date (default today), computed from the log
         * @description Roles: any authenticated principal.
         *
         *     Roles: any authenticated principal.
         */
        get: operations["getOrganizationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual report on organisation building, from the log (chair, committee, office, admin)
         * @description JSON, HTML or a Word document by `Accept`; Chinese (default) or English by `Accept-Language`. For the current year the figures hold on today. It names admitted members, reserve cadres and secondees.
         *
         *     Roles: `chair`, `committee`, `office`, `admin`.
         *
         *     Roles: `chair`, `committee`, `office`, `admin`.
         */
        get: operations["getAnnualReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an organisation activity and its participants (office)
         * @description Roles: `office`.
         */
        post: operations["recordActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notification deliveries, newest first; status=failed lists the dead letters (admin)
         * @description Roles: `admin`.
         *
         *     Roles: `admin`.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a dead-lettered delivery again (admin)
         * @description Roles: `admin`.
         */
        post: operations["retryNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AcceptByHost */
        AcceptByHost: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "AcceptByHost";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        AccessLogEntry: {
            /** @description When the response was sent (ISO timestamp) */
            readAt: string;
            principal: {
                id: string;
                name: string;
            };
            method: string;
            /** @description The route pattern, e.g. /workflows/recruitment/instances/:id */
            route: string;
            /** @description The x-request-id of the response, to find it in the server log */
            requestId: string;
        };
        AccessLogPage: {
            subject: string;
            items: components["schemas"]["AccessLogEntry"][];
            /** @description Pass it back as `before` for the next page; null on the last page */
            cursor: string | null;
        };
        /** @description Withdraws a record made in error */
        ActivityCommand: components["schemas"]["WithdrawActivity"];
        ActivityEvent: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        } & (components["schemas"]["ActivityRecordedEvent"] | components["schemas"]["ActivityWithdrawnEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        ActivityHistory: {
            id: string;
            workflow: string;
            events: components["schemas"]["ActivityEvent"][];
        };
        ActivityInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "activity";
            workflowVersion: number;
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "recorded" | "withdrawn";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: components["schemas"]["ActivityInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description Commands the caller may send now, forward ones first (withdrawing or rejecting last): role, state, an earlier vote, four eyes and assignment or scope already checked */
            allowedCommands: ("RecordActivity" | "WithdrawActivity")[];
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            deadlines: {
                timerId: string;
                event: string;
                dueOn: string;
            }[];
            asOf: string | null;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The data of a activity instance (its personal fields as the read policy lets the caller see them) */
        ActivityInstanceData: {
            /**
             * Format: date
             * @description The day the activity took place
             */
            date: string;
            /**
             * @description What kind of activity
             * @enum {string}
             */
            kind: "study" | "research" | "social_service" | "consultation" | "training" | "fellowship" | "meeting" | "other";
            /** @description What it was */
            title: string;
            /** @description Where it took place */
            place: string;
            /** @description Member ids of the participants, each once */
            participants: string[];
            /** @description Set once the record was withdrawn */
            withdrawal: {
                reason: string;
                /**
                 * Format: date
                 * @description The day it was withdrawn
                 */
                on: string;
            } | null;
            participantCount: number;
        };
        ActivityInstancePage: {
            items: components["schemas"]["ActivityInstanceSummary"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        ActivityInstanceSummary: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "activity";
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "recorded" | "withdrawn";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            version: number;
            data: components["schemas"]["ActivityInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            startedOn: string;
            updatedOn: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The type and data of a ActivityRecorded event */
        ActivityRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActivityRecorded";
            data: components["schemas"]["ActivityRecordedEventData"];
        };
        ActivityRecordedEventData: {
            /**
             * Format: date
             * @description The day the activity took place
             */
            date: string;
            /**
             * @description What kind of activity
             * @enum {string}
             */
            kind: "study" | "research" | "social_service" | "consultation" | "training" | "fellowship" | "meeting" | "other";
            /** @description What it was */
            title: string;
            /** @description Where it took place */
            place: string;
            /** @description Member ids of the participants, each once */
            participants: string[];
        };
        /** @description Records an organisation activity and who of the members took part */
        ActivityStartCommand: components["schemas"]["RecordActivity"];
        /** @description The type and data of a ActivityWithdrawn event */
        ActivityWithdrawnEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActivityWithdrawn";
            data: components["schemas"]["ActivityWithdrawnEventData"];
        };
        ActivityWithdrawnEventData: {
            /** @description Why */
            reason: string;
        };
        Actor: {
            id: string;
            name: string;
            /**
             * @description The role it acted in
             * @enum {string}
             */
            role: "admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler" | "system";
        };
        /** @description The type and data of a AdmissionApproved event */
        AdmissionApprovedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "AdmissionApproved";
            data: components["schemas"]["AdmissionApprovedEventData"];
        };
        AdmissionApprovedEventData: {
            /** @description The city committee’s approval number */
            approvalNo: string;
            /** @description The roster id the new member gets */
            memberId: string;
            /** Format: date */
            joinedOn: string;
            /** @description Admitted when the year’s quota was already reached */
            overQuota: boolean;
            quota: number;
            /** @description Admissions earlier in the same year */
            admissionsBefore: number;
            applicant: {
                /** @description Full name. Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
                name?: string | null;
                /** @enum {string} */
                gender: "male" | "female";
                /** @description Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
                birthDate?: string | null;
                /** @enum {string} */
                education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
                /**
                 * @description Professional title
                 * @enum {string}
                 */
                title: "senior" | "intermediate" | "junior" | "none";
                /** @description Personal (employer): absent when the caller may not see it (then named in `redacted`), null once erased. */
                employer?: string | null;
                sector: string;
                /** @enum {string} */
                employment: "working" | "retired";
                /** @description Member of the Communist Party of China (not eligible). Personal (cpcMember): absent when the caller may not see it (then named in `redacted`), null once erased. */
                cpcMember?: boolean | null;
            };
            branchId: string;
        };
        /** @description The type and data of a AdmissionRejected event */
        AdmissionRejectedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "AdmissionRejected";
            data: components["schemas"]["AdmissionRejectedEventData"];
        };
        AdmissionRejectedEventData: {
            /** @description Why. Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
        };
        /** @description The type and data of a AnnualReviewDue event */
        AnnualReviewDueEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "AnnualReviewDue";
            data: components["schemas"]["AnnualReviewDueEventData"];
        };
        AnnualReviewDueEventData: {
            /**
             * Format: date
             * @description The day it fell due
             */
            dueOn: string;
            /** @description The timer that fired */
            timerId: string;
        };
        /** @description The type and data of a AnnualReviewRecorded event */
        AnnualReviewRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "AnnualReviewRecorded";
            data: components["schemas"]["AnnualReviewRecordedEventData"];
        };
        AnnualReviewRecordedEventData: {
            year: number;
            /** @enum {string} */
            rating: "excellent" | "competent" | "basic" | "incompetent";
            /**
             * Format: date
             * @description When the next annual review falls due
             */
            nextReviewOn: string;
        };
        /** @description The type and data of a ApplicationRejected event */
        ApplicationRejectedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ApplicationRejected";
            data: components["schemas"]["ApplicationRejectedEventData"];
        };
        ApplicationRejectedEventData: {
            /** @description Why. Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
        };
        /** @description The type and data of a ApplicationSubmitted event */
        ApplicationSubmittedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ApplicationSubmitted";
            data: components["schemas"]["ApplicationSubmittedEventData"];
        };
        ApplicationSubmittedEventData: {
            applicant: {
                /** @description Full name. Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
                name?: string | null;
                /** @enum {string} */
                gender: "male" | "female";
                /** @description Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
                birthDate?: string | null;
                /** @enum {string} */
                education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
                /**
                 * @description Professional title
                 * @enum {string}
                 */
                title: "senior" | "intermediate" | "junior" | "none";
                /** @description Personal (employer): absent when the caller may not see it (then named in `redacted`), null once erased. */
                employer?: string | null;
                sector: string;
                /** @enum {string} */
                employment: "working" | "retired";
                /** @description Member of the Communist Party of China (not eligible). Personal (cpcMember): absent when the caller may not see it (then named in `redacted`), null once erased. */
                cpcMember?: boolean | null;
            };
            branchId: string;
            /** Format: date */
            receivedOn: string;
            /** @description The case number: its sequence among the cases of its workflow started that year */
            caseNumber?: {
                year: number;
                seq: number;
            };
        };
        /** @description The type and data of a ApplicationWithdrawn event */
        ApplicationWithdrawnEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ApplicationWithdrawn";
            data: components["schemas"]["ApplicationWithdrawnEventData"];
        };
        ApplicationWithdrawnEventData: {
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
            /** @description The state it was withdrawn from */
            fromState: string;
        };
        /** Appoint */
        Appoint: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Appoint";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            position: string;
        };
        /** ApproveAdmission */
        ApproveAdmission: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ApproveAdmission";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description The city committee’s approval number */
            approvalNo: string;
        };
        /** ApproveByUnitedFront */
        ApproveByUnitedFront: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ApproveByUnitedFront";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        /** ApproveExtension */
        ApproveExtension: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ApproveExtension";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        /** ApproveNomination */
        ApproveNomination: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ApproveNomination";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        /** AssignContact */
        AssignContact: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "AssignContact";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description The member who keeps in touch with the applicant */
            memberId: string;
        };
        /** AssignHandler */
        AssignHandler: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "AssignHandler";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description The principal who will handle it */
            principalId: string;
        };
        /** AssignTask */
        AssignTask: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "AssignTask";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            title: string;
            /** Format: date */
            dueOn: string;
        };
        /** @description The type and data of a BranchVoteRecorded event */
        BranchVoteRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "BranchVoteRecorded";
            data: components["schemas"]["BranchVoteRecordedEventData"];
        };
        BranchVoteRecordedEventData: {
            eligible: number;
            present: number;
            approve: number;
            reject: number;
            abstain: number;
            passed: boolean;
        };
        /** @description The type and data of a CadreAppointed event */
        CadreAppointedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CadreAppointed";
            data: components["schemas"]["CadreAppointedEventData"];
        };
        CadreAppointedEventData: {
            position: string;
        };
        /** @description The type and data of a CadreNominated event */
        CadreNominatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CadreNominated";
            data: components["schemas"]["CadreNominatedEventData"];
        };
        CadreNominatedEventData: {
            /** @description The nominee’s member id */
            memberId: string;
            /** @description Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
            memberName?: string | null;
            /** @description The nominee’s branch */
            branchId: string;
            /** @enum {string} */
            method: "branch_recommendation" | "democratic_recommendation";
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            rationale?: string | null;
            /** @description The case number: its sequence among the cases of its workflow started that year */
            caseNumber?: {
                year: number;
                seq: number;
            };
        };
        /** @description The type and data of a CadreRemoved event */
        CadreRemovedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CadreRemoved";
            data: components["schemas"]["CadreRemovedEventData"];
        };
        CadreRemovedEventData: {
            /** @description Why. Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
        };
        /** @description A command: {type, ...fields} */
        CadreTrainingCommand: components["schemas"]["ScreenCandidate"] | components["schemas"]["CastVote"] | components["schemas"]["CloseVote"] | components["schemas"]["AssignTask"] | components["schemas"]["CompleteTask"] | components["schemas"]["EnrolCourse"] | components["schemas"]["CompleteCourse"] | components["schemas"]["RecordAnnualReview"] | components["schemas"]["Appoint"] | components["schemas"]["RemoveFromPool"];
        CadreTrainingEvent: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        } & (components["schemas"]["CadreNominatedEvent"] | components["schemas"]["CandidateScreenedEvent"] | components["schemas"]["VoteCastEvent"] | components["schemas"]["VoteClosedEvent"] | components["schemas"]["TaskAssignedEvent"] | components["schemas"]["TaskCompletedEvent"] | components["schemas"]["CourseEnrolledEvent"] | components["schemas"]["CourseCompletedEvent"] | components["schemas"]["AnnualReviewRecordedEvent"] | components["schemas"]["AnnualReviewDueEvent"] | components["schemas"]["CadreAppointedEvent"] | components["schemas"]["CadreRemovedEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        CadreTrainingHistory: {
            id: string;
            workflow: string;
            events: components["schemas"]["CadreTrainingEvent"][];
        };
        CadreTrainingInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "cadre-training";
            workflowVersion: number;
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "screening" | "committee_decision" | "in_pool" | "appointed" | "removed" | "dropped";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: components["schemas"]["CadreTrainingInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description Commands the caller may send now, forward ones first (withdrawing or rejecting last): role, state, an earlier vote, four eyes and assignment or scope already checked */
            allowedCommands: ("NominateCadre" | "ScreenCandidate" | "CastVote" | "CloseVote" | "AssignTask" | "CompleteTask" | "EnrolCourse" | "CompleteCourse" | "RecordAnnualReview" | "Appoint" | "RemoveFromPool")[];
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            deadlines: {
                timerId: string;
                event: string;
                dueOn: string;
            }[];
            asOf: string | null;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The data of a cadre-training instance (its personal fields as the read policy lets the caller see them) */
        CadreTrainingInstanceData: {
            ballot: {
                /** @description Votes cast so far, keyed by the voter’s principal id */
                votes: {
                    [key: string]: {
                        /** @enum {string} */
                        decision: "approve" | "reject" | "abstain";
                        voterName: string;
                        /** Format: date */
                        on: string;
                    };
                };
                /** @description Set once the ballot is closed */
                result: {
                    tally: {
                        approve: number;
                        reject: number;
                        abstain: number;
                        cast: number;
                        committeeSize: number;
                    };
                    /**
                     * @description passed: approvals were more than half the votes cast
                     * @enum {string}
                     */
                    outcome: "passed" | "failed";
                    /** Format: date */
                    closedOn: string;
                } | null;
            };
            memberId: string | null;
            /** @description Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
            memberName?: string | null;
            branchId: string | null;
            method: ("branch_recommendation" | "democratic_recommendation") | null;
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            rationale?: string | null;
            /** @description The case number: its sequence among the cases of its workflow started that year */
            caseNumber?: {
                year: number;
                seq: number;
            };
            nominatedOn: string | null;
            screening: {
                /** @enum {string} */
                result: "pass" | "fail";
                /** Format: date */
                on: string;
            } | null;
            /** @description Business date the cadre entered the pool */
            poolSince: string | null;
            /** @description When the next annual review falls due (the timer’s due date) */
            nextReviewOn: string | null;
            /** @description The review timer has fired and no review has been recorded since */
            reviewDue: boolean;
            /** @description The last review rated incompetent: only a new review or the removal may follow */
            reviewRequired: boolean;
            reviews: {
                year: number;
                /** @enum {string} */
                rating: "excellent" | "competent" | "basic" | "incompetent";
                /** Format: date */
                on: string;
            }[];
            tasks: {
                taskId: string;
                title: string;
                /** Format: date */
                dueOn: string;
                /** Format: date */
                assignedOn: string;
                completed: {
                    /** Format: date */
                    on: string;
                    outcome: string;
                } | null;
            }[];
            courses: {
                courseId: string;
                course: string;
                institution: string;
                /** Format: date */
                startsOn: string;
                /** Format: date */
                endsOn: string;
                /** Format: date */
                enrolledOn: string;
                completed: {
                    /** Format: date */
                    on: string;
                    result: string;
                } | null;
            }[];
            appointment: {
                position: string;
                /** Format: date */
                on: string;
            } | null;
            removal: {
                /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
                reason?: string | null;
                /** Format: date */
                on: string;
            } | null;
        };
        CadreTrainingInstancePage: {
            items: components["schemas"]["CadreTrainingInstanceSummary"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        CadreTrainingInstanceSummary: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "cadre-training";
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "screening" | "committee_decision" | "in_pool" | "appointed" | "removed" | "dropped";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            version: number;
            data: components["schemas"]["CadreTrainingInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            startedOn: string;
            updatedOn: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The starting command */
        CadreTrainingStartCommand: components["schemas"]["NominateCadre"];
        /** CancelSecondment */
        CancelSecondment: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CancelSecondment";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Why */
            reason: string;
        };
        /** @description The type and data of a CandidateScreened event */
        CandidateScreenedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CandidateScreened";
            data: components["schemas"]["CandidateScreenedEventData"];
        };
        CandidateScreenedEventData: {
            /** @enum {string} */
            result: "pass" | "fail";
        };
        /** CastVote */
        CastVote: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CastVote";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /**
             * @description The committee member’s vote
             * @enum {string}
             */
            decision: "approve" | "reject" | "abstain";
        };
        /** ChangeSettings */
        ChangeSettings: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ChangeSettings";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Members of the grassroots committee (quorum and majority are computed from it) */
            committeeSize?: number;
            /** @description Admissions per year before they are recorded over quota */
            recruitmentQuota?: number;
            /** @description The whole list of branches (replaces the previous one) */
            branches?: {
                /** @description Branch id, referenced by members and applications */
                id: string;
                /** @description Branch name */
                name: string;
            }[];
            /** @description Policy fields to change; the others keep their value */
            policy?: {
                /** @description recruitment: minimum days in cultivation before CompleteCultivation */
                minCultivationDays?: number;
                /** @description secondment: maximum age on startsOn without an ageExceptionReason */
                secondmentMaxAge?: number;
                /** @description suggestion: days from receivedOn to the reply deadline */
                replyDays?: number;
                /** @description suggestion: the longest extension one RequestExtension may ask for */
                maxExtensionDays?: number;
                /** @description suggestion boxes: collections per box and month below which the month is flagged */
                minCollectionsPerMonth?: number;
                /** @description secondment: months between interim reviews while on duty */
                interimReviewMonths?: number;
                /** @description cadre training: days in the pool between annual reviews */
                annualReviewDays?: number;
                /** @description secondment: bound of months and of the whole term */
                maxSecondmentMonths?: number;
            };
            /**
             * @description The words used everywhere: generic (会员, 支部, 入会 …) or jiusan (社员, 支社, 入社 …)
             * @enum {string}
             */
            vocabulary?: "generic" | "jiusan";
            /** @description IANA time zone of the organisation, e.g. Asia/Shanghai */
            timeZone?: string;
            /** @description The whole list of suggestion categories (replaces the previous one) */
            categories?: string[];
        };
        /** Close */
        Close: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Close";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        /** CloseVote */
        CloseVote: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CloseVote";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        /** @description A command: {type, ...fields} */
        CollectionCommand: components["schemas"]["RecordCollection"];
        CollectionEvent: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        } & (components["schemas"]["CollectionRecordedEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        CollectionHistory: {
            id: string;
            workflow: string;
            events: components["schemas"]["CollectionEvent"][];
        };
        CollectionInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "collection";
            workflowVersion: number;
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "recorded";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: components["schemas"]["CollectionInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description Commands the caller may send now, forward ones first (withdrawing or rejecting last): role, state, an earlier vote, four eyes and assignment or scope already checked */
            allowedCommands: "RecordCollection"[];
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            deadlines: {
                timerId: string;
                event: string;
                dueOn: string;
            }[];
            asOf: string | null;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The data of a collection instance (its personal fields as the read policy lets the caller see them) */
        CollectionInstanceData: {
            /** @description Which suggestion box */
            box: string;
            /**
             * Format: date
             * @description The day the box was opened
             */
            collectedOn: string;
            /** @description Suggestions found in the box */
            count: number;
        };
        CollectionInstancePage: {
            items: components["schemas"]["CollectionInstanceSummary"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        CollectionInstanceSummary: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "collection";
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "recorded";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            version: number;
            data: components["schemas"]["CollectionInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            startedOn: string;
            updatedOn: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The type and data of a CollectionRecorded event */
        CollectionRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CollectionRecorded";
            data: components["schemas"]["CollectionRecordedEventData"];
        };
        CollectionRecordedEventData: {
            /** @description Which suggestion box */
            box: string;
            /**
             * Format: date
             * @description The day the box was opened
             */
            collectedOn: string;
            /** @description Suggestions found in the box */
            count: number;
        };
        /** @description The starting command */
        CollectionStartCommand: components["schemas"]["RecordCollection"];
        CommandResult: {
            id: string;
            workflow: string;
            workflowVersion: number;
            state: string;
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            version: number;
            events: (components["schemas"]["Event"] | components["schemas"]["ErasedAnswerEvent"])[];
            /** @description true when an Idempotency-Key retry returned the original result */
            replayed?: boolean;
        };
        /** CompleteCourse */
        CompleteCourse: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CompleteCourse";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            courseId: string;
            result: string;
        };
        /** CompleteCultivation */
        CompleteCultivation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CompleteCultivation";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        /** CompleteSecondment */
        CompleteSecondment: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CompleteSecondment";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        /** CompleteTask */
        CompleteTask: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CompleteTask";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            taskId: string;
            outcome: string;
        };
        /** @description The type and data of a ContactAssigned event */
        ContactAssignedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ContactAssigned";
            data: components["schemas"]["ContactAssignedEventData"];
        };
        ContactAssignedEventData: {
            memberId: string;
            /** @description Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
            memberName?: string | null;
        };
        /** @description The type and data of a CourseCompleted event */
        CourseCompletedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CourseCompleted";
            data: components["schemas"]["CourseCompletedEventData"];
        };
        CourseCompletedEventData: {
            courseId: string;
            result: string;
        };
        /** @description The type and data of a CourseEnrolled event */
        CourseEnrolledEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CourseEnrolled";
            data: components["schemas"]["CourseEnrolledEventData"];
        };
        CourseEnrolledEventData: {
            courseId: string;
            course: string;
            institution: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
        };
        /** @description The type and data of a CultivationCompleted event */
        CultivationCompletedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CultivationCompleted";
            data: components["schemas"]["CultivationCompletedEventData"];
        };
        CultivationCompletedEventData: {
            /** @description Days spent in cultivation */
            cultivationDays: number;
            /** @description Investigations recorded */
            investigations: number;
        };
        /** DeclineByHost */
        DeclineByHost: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DeclineByHost";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Why */
            reason: string;
        };
        /** @description The type and data of a DepartureRecorded event */
        DepartureRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DepartureRecorded";
            data: components["schemas"]["DepartureRecordedEventData"];
        };
        DepartureRecordedEventData: {
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
            /** Format: date */
            departedOn: string;
        };
        /** Dispatch */
        Dispatch: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Dispatch";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /**
             * Format: date
             * @description The day the member reported to the host unit
             */
            reportedOn: string;
        };
        /** EndEarly */
        EndEarly: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EndEarly";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Why */
            reason: string;
        };
        /** EndorseAsSponsor */
        EndorseAsSponsor: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EndorseAsSponsor";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            opinion: string;
        };
        /** EnrolCourse */
        EnrolCourse: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EnrolCourse";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            course: string;
            institution: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
        };
        ErasedAnswerEvent: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            type: string;
            /** @description Emptied by the erasure of its subject */
            data: Record<string, never>;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        Event: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        } & (components["schemas"]["ApplicationSubmittedEvent"] | components["schemas"]["QualificationPassedEvent"] | components["schemas"]["ApplicationRejectedEvent"] | components["schemas"]["ContactAssignedEvent"] | components["schemas"]["InvestigationRecordedEvent"] | components["schemas"]["CultivationCompletedEvent"] | components["schemas"]["SponsorEndorsedEvent"] | components["schemas"]["BranchVoteRecordedEvent"] | components["schemas"]["VoteCastEvent"] | components["schemas"]["VoteClosedEvent"] | components["schemas"]["AdmissionApprovedEvent"] | components["schemas"]["AdmissionRejectedEvent"] | components["schemas"]["InductionRecordedEvent"] | components["schemas"]["ApplicationWithdrawnEvent"] | components["schemas"]["CadreNominatedEvent"] | components["schemas"]["CandidateScreenedEvent"] | components["schemas"]["TaskAssignedEvent"] | components["schemas"]["TaskCompletedEvent"] | components["schemas"]["CourseEnrolledEvent"] | components["schemas"]["CourseCompletedEvent"] | components["schemas"]["AnnualReviewRecordedEvent"] | components["schemas"]["AnnualReviewDueEvent"] | components["schemas"]["CadreAppointedEvent"] | components["schemas"]["CadreRemovedEvent"] | components["schemas"]["SecondmentProposedEvent"] | components["schemas"]["NominationApprovedEvent"] | components["schemas"]["NominationRejectedEvent"] | components["schemas"]["UnitedFrontApprovedEvent"] | components["schemas"]["UnitedFrontRejectedEvent"] | components["schemas"]["HostAcceptedEvent"] | components["schemas"]["HostDeclinedEvent"] | components["schemas"]["MemberDispatchedEvent"] | components["schemas"]["InterimReviewRecordedEvent"] | components["schemas"]["TermExtendedEvent"] | components["schemas"]["SecondmentEndedEarlyEvent"] | components["schemas"]["HostAppraisalRecordedEvent"] | components["schemas"]["FinalAssessmentRecordedEvent"] | components["schemas"]["SecondmentCompletedEvent"] | components["schemas"]["SecondmentCancelledEvent"] | components["schemas"]["TermEndedEvent"] | components["schemas"]["InterimReviewDueEvent"] | components["schemas"]["SuggestionRegisteredEvent"] | components["schemas"]["HandlerAssignedEvent"] | components["schemas"]["SuggestionReferredEvent"] | components["schemas"]["ExtensionRequestedEvent"] | components["schemas"]["ExtensionApprovedEvent"] | components["schemas"]["ReplySentEvent"] | components["schemas"]["SatisfactionRecordedEvent"] | components["schemas"]["SuggestionClosedEvent"] | components["schemas"]["ReplyOverdueEvent"] | components["schemas"]["MemberRegisteredEvent"] | components["schemas"]["RetirementRecordedEvent"] | components["schemas"]["DepartureRecordedEvent"] | components["schemas"]["ProfileUpdatedEvent"] | components["schemas"]["SettingsChangedEvent"] | components["schemas"]["CollectionRecordedEvent"] | components["schemas"]["ActivityRecordedEvent"] | components["schemas"]["ActivityWithdrawnEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        EventFeedPage: {
            events: components["schemas"]["FeedEvent"][];
            /** @description Pass it back as `after`; the same when nothing new is visible */
            cursor: string;
        };
        /** ExtendTerm */
        ExtendTerm: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ExtendTerm";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Months added to the term */
            months: number;
            /** @description Why */
            reason: string;
        };
        /** @description The type and data of a ExtensionApproved event */
        ExtensionApprovedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ExtensionApproved";
            data: components["schemas"]["ExtensionApprovedEventData"];
        };
        ExtensionApprovedEventData: {
            days: number;
            /** Format: date */
            previousDueOn: string;
            /**
             * Format: date
             * @description The moved deadline
             */
            dueOn: string;
            /** @description Still overdue: the moved deadline has already passed */
            overdue: boolean;
        };
        /** @description The type and data of a ExtensionRequested event */
        ExtensionRequestedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ExtensionRequested";
            data: components["schemas"]["ExtensionRequestedEventData"];
        };
        ExtensionRequestedEventData: {
            days: number;
            reason: string;
        };
        FeedEvent: {
            globalPosition: number;
            streamId: string;
            /**
             * @description The workflow of the stream
             * @enum {string}
             */
            workflow: "recruitment" | "cadre-training" | "secondment" | "suggestion" | "member" | "settings" | "collection" | "activity";
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description ISO timestamp */
            recordedAt: string;
            /** @description All the metadata the event was recorded with (actor, command, correlation…): part of what its hash covers */
            metadata: {
                [key: string]: unknown;
            };
            /** @description The event’s hash as recorded: sha256(previous hash ‖ canonical JSON of the data as stored, its personal fields sealed), docs/tamper-evidence.md */
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
            /** @description The data as stored and hashed, when it differs from `data`: its personal fields sealed (`{"$sealed": …}`, docs/data-protection.md#erasure). The hash is recomputed from this */
            storedData?: {
                [key: string]: unknown;
            };
            /** @description The metadata as stored and hashed, when it differs from `metadata`: its comment sealed. The hash is recomputed from this */
            storedMetadata?: {
                [key: string]: unknown;
            };
        } & (components["schemas"]["ApplicationSubmittedEvent"] | components["schemas"]["QualificationPassedEvent"] | components["schemas"]["ApplicationRejectedEvent"] | components["schemas"]["ContactAssignedEvent"] | components["schemas"]["InvestigationRecordedEvent"] | components["schemas"]["CultivationCompletedEvent"] | components["schemas"]["SponsorEndorsedEvent"] | components["schemas"]["BranchVoteRecordedEvent"] | components["schemas"]["VoteCastEvent"] | components["schemas"]["VoteClosedEvent"] | components["schemas"]["AdmissionApprovedEvent"] | components["schemas"]["AdmissionRejectedEvent"] | components["schemas"]["InductionRecordedEvent"] | components["schemas"]["ApplicationWithdrawnEvent"] | components["schemas"]["CadreNominatedEvent"] | components["schemas"]["CandidateScreenedEvent"] | components["schemas"]["TaskAssignedEvent"] | components["schemas"]["TaskCompletedEvent"] | components["schemas"]["CourseEnrolledEvent"] | components["schemas"]["CourseCompletedEvent"] | components["schemas"]["AnnualReviewRecordedEvent"] | components["schemas"]["AnnualReviewDueEvent"] | components["schemas"]["CadreAppointedEvent"] | components["schemas"]["CadreRemovedEvent"] | components["schemas"]["SecondmentProposedEvent"] | components["schemas"]["NominationApprovedEvent"] | components["schemas"]["NominationRejectedEvent"] | components["schemas"]["UnitedFrontApprovedEvent"] | components["schemas"]["UnitedFrontRejectedEvent"] | components["schemas"]["HostAcceptedEvent"] | components["schemas"]["HostDeclinedEvent"] | components["schemas"]["MemberDispatchedEvent"] | components["schemas"]["InterimReviewRecordedEvent"] | components["schemas"]["TermExtendedEvent"] | components["schemas"]["SecondmentEndedEarlyEvent"] | components["schemas"]["HostAppraisalRecordedEvent"] | components["schemas"]["FinalAssessmentRecordedEvent"] | components["schemas"]["SecondmentCompletedEvent"] | components["schemas"]["SecondmentCancelledEvent"] | components["schemas"]["TermEndedEvent"] | components["schemas"]["InterimReviewDueEvent"] | components["schemas"]["SuggestionRegisteredEvent"] | components["schemas"]["HandlerAssignedEvent"] | components["schemas"]["SuggestionReferredEvent"] | components["schemas"]["ExtensionRequestedEvent"] | components["schemas"]["ExtensionApprovedEvent"] | components["schemas"]["ReplySentEvent"] | components["schemas"]["SatisfactionRecordedEvent"] | components["schemas"]["SuggestionClosedEvent"] | components["schemas"]["ReplyOverdueEvent"] | components["schemas"]["MemberRegisteredEvent"] | components["schemas"]["RetirementRecordedEvent"] | components["schemas"]["DepartureRecordedEvent"] | components["schemas"]["ProfileUpdatedEvent"] | components["schemas"]["SettingsChangedEvent"] | components["schemas"]["CollectionRecordedEvent"] | components["schemas"]["ActivityRecordedEvent"] | components["schemas"]["ActivityWithdrawnEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        FieldError: {
            /** @description JSON pointer of the value (/ for the whole body) */
            path: string;
            message: string;
        };
        /** @description The type and data of a FinalAssessmentRecorded event */
        FinalAssessmentRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "FinalAssessmentRecorded";
            data: components["schemas"]["FinalAssessmentRecordedEventData"];
        };
        FinalAssessmentRecordedEventData: {
            /** @enum {string} */
            grade: "excellent" | "good" | "pass" | "fail";
        };
        /** @description The type and data of a HandlerAssigned event */
        HandlerAssignedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "HandlerAssigned";
            data: components["schemas"]["HandlerAssignedEventData"];
        };
        HandlerAssignedEventData: {
            /** @description The principal who handles it */
            handlerId: string;
        };
        /** @description The type and data of a HostAccepted event */
        HostAcceptedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "HostAccepted";
            data: components["schemas"]["HostAcceptedEventData"];
        };
        HostAcceptedEventData: Record<string, never>;
        /** @description The type and data of a HostAppraisalRecorded event */
        HostAppraisalRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "HostAppraisalRecorded";
            data: components["schemas"]["HostAppraisalRecordedEventData"];
        };
        HostAppraisalRecordedEventData: {
            /** @enum {string} */
            grade: "excellent" | "good" | "pass" | "fail";
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            text?: string | null;
        };
        /** @description The type and data of a HostDeclined event */
        HostDeclinedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "HostDeclined";
            data: components["schemas"]["HostDeclinedEventData"];
        };
        HostDeclinedEventData: {
            /** @description Why. Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
        };
        ImportRowProblem: {
            /** @description The data row, counted from 1 (0: the header row) */
            row: number;
            /** @description CSV: the line; .xlsx: the sheet row */
            line?: number;
            /** @description The column as the file names it (the key, for JSON) */
            column: string | null;
            /** @description The RegisterMember field */
            field: string | null;
            code: components["schemas"]["ProblemCode"];
            message: string;
        };
        InboxItem: {
            workflow: string;
            id: string;
            number: string | null;
            state: string;
            /** @description The caller’s roles this item waits on */
            roles: string[];
            /** @description Commands the caller may send now */
            commands: string[];
            /** @description `action` (a command waits for the caller) and alerts: `overdue`, `interim_review_due`, `annual_review_due` */
            reasons: string[];
            dueOn: string | null;
            /** @description dueOn is before today */
            overdue: boolean;
            /** @description When the instance last changed (ISO timestamp) */
            since: string;
            summary: string;
            /** @description Why the item is in the caller’s inbox */
            why: {
                /** @description `action` or an alert (`overdue`, `interim_review_due`, `annual_review_due`) */
                reason: string;
                /** @description The caller’s role it is there for */
                role: string;
                /**
                 * @description assigned: to the caller by name; branch: the caller’s branch; role: everyone holding the role
                 * @enum {string}
                 */
                scope: "assigned" | "branch" | "role";
            }[];
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
        };
        InboxPage: {
            items: components["schemas"]["InboxItem"][];
            cursor: string | null;
        };
        /** @description The type and data of a InductionRecorded event */
        InductionRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "InductionRecorded";
            data: components["schemas"]["InductionRecordedEventData"];
        };
        InductionRecordedEventData: {
            /** Format: date */
            ceremonyOn: string;
        };
        /** @description The type and data of a InterimReviewDue event */
        InterimReviewDueEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "InterimReviewDue";
            data: components["schemas"]["InterimReviewDueEventData"];
        };
        InterimReviewDueEventData: {
            /**
             * Format: date
             * @description The day it fell due
             */
            dueOn: string;
            /** @description The timer that fired */
            timerId: string;
        };
        /** @description The type and data of a InterimReviewRecorded event */
        InterimReviewRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "InterimReviewRecorded";
            data: components["schemas"]["InterimReviewRecordedEventData"];
        };
        InterimReviewRecordedEventData: {
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            summary?: string | null;
        };
        /** @description The type and data of a InvestigationRecorded event */
        InvestigationRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "InvestigationRecorded";
            data: components["schemas"]["InvestigationRecordedEventData"];
        };
        InvestigationRecordedEventData: {
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            employerOpinion?: string | null;
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            summary?: string | null;
            /** @enum {string} */
            outcome: "positive" | "negative";
        };
        Me: {
            id: string;
            name: string;
            roles: ("admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler")[];
            /** @description The member the principal is, if any */
            memberId: string | null;
            /** @description The branch a branch_chair speaks for */
            branchId: string | null;
            /** @description The government body a host_unit principal speaks for */
            hostUnit: string | null;
            username: string | null;
            /** @description When the principal itself expires */
            expiresAt: string | null;
            /** @enum {string} */
            signedInWith: "token" | "session";
            /** @description The session’s absolute end (it also ends when idle) */
            sessionExpiresAt: string | null;
        };
        Member: {
            id: string;
            /** @description Full name. Left out (see redacted) when the caller may not see it; null once erased */
            name?: string | null;
            /** @enum {string} */
            gender: "male" | "female";
            /** @description Date of birth. Left out (see redacted) when the caller may not see it; null once erased */
            birthDate?: string | null;
            /** @enum {string} */
            education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
            /**
             * @description Professional title
             * @enum {string}
             */
            title: "senior" | "intermediate" | "junior" | "none";
            /** @enum {string} */
            employment: "working" | "retired";
            branchId: string;
            joinedOn: string;
            retiredOn: string | null;
            departedOn: string | null;
            /** @description false once a departure is recorded */
            current: boolean;
            admittedBy: string | null;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description A command: {type, ...fields} */
        MemberCommand: components["schemas"]["RecordRetirement"] | components["schemas"]["RecordDeparture"] | components["schemas"]["UpdateProfile"];
        /** @description The type and data of a MemberDispatched event */
        MemberDispatchedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MemberDispatched";
            data: components["schemas"]["MemberDispatchedEventData"];
        };
        MemberDispatchedEventData: {
            /** Format: date */
            reportedOn: string;
            /** Format: date */
            termEndsOn: string;
            interimReviewMonths: number;
            /** Format: date */
            nextInterimReviewOn: string;
        };
        MemberEvent: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        } & (components["schemas"]["MemberRegisteredEvent"] | components["schemas"]["RetirementRecordedEvent"] | components["schemas"]["DepartureRecordedEvent"] | components["schemas"]["ProfileUpdatedEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        MemberHistory: {
            id: string;
            workflow: string;
            events: components["schemas"]["MemberEvent"][];
        };
        MemberImportDryRun: {
            /** @enum {boolean} */
            dryRun: true;
            /** @description true when the import would register every row */
            valid: boolean;
            rows: {
                row: number;
                line?: number;
                id: string | null;
                /** @description The RegisterMember fields as read */
                fields: {
                    [key: string]: unknown;
                };
                problems: components["schemas"]["ImportRowProblem"][];
            }[];
            /** @description The members the import would register */
            members: {
                id: string | null;
                name: string;
            }[];
        };
        MemberImportResult: {
            imported: number;
            members: {
                id: string;
                name: string;
            }[];
        };
        /** @description A RegisterMember command with an optional `id`; `type` may be left out. Closed lists also take their Chinese words (see the operation). */
        MemberImportRow: {
            /** @enum {string} */
            type?: "RegisterMember";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Full name */
            name: string;
            /** @enum {string} */
            gender: "male" | "female";
            /**
             * Format: date
             * @description Date of birth
             */
            birthDate: string;
            /**
             * @description Highest education
             * @enum {string}
             */
            education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
            /**
             * @description Professional title
             * @enum {string}
             */
            title: "senior" | "intermediate" | "junior" | "none";
            /** @enum {string} */
            employment: "working" | "retired";
            /** @description The branch the member belongs to */
            branchId: string;
            /**
             * Format: date
             * @description The day the member joined (for an admitted applicant: the approval date)
             */
            joinedOn: string;
            /** @description Also a member of the CPC */
            cpcMember?: boolean;
            /** @description The recruitment instance that admitted this member */
            admittedBy?: string;
            id?: string;
        };
        MemberInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "member";
            workflowVersion: number;
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "active" | "departed";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: components["schemas"]["MemberInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description Commands the caller may send now, forward ones first (withdrawing or rejecting last): role, state, an earlier vote, four eyes and assignment or scope already checked */
            allowedCommands: ("RegisterMember" | "RecordRetirement" | "RecordDeparture" | "UpdateProfile")[];
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            deadlines: {
                timerId: string;
                event: string;
                dueOn: string;
            }[];
            asOf: string | null;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The data of a member instance (its personal fields as the read policy lets the caller see them) */
        MemberInstanceData: {
            /** @description Full name. Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
            name?: string | null;
            /** @enum {string} */
            gender: "male" | "female";
            /** @description Date of birth. Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
            birthDate?: string | null;
            /**
             * @description Highest education
             * @enum {string}
             */
            education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
            /**
             * @description Professional title
             * @enum {string}
             */
            title: "senior" | "intermediate" | "junior" | "none";
            /** @enum {string} */
            employment: "working" | "retired";
            /** @description The branch the member belongs to */
            branchId: string;
            /** Format: date */
            joinedOn: string;
            /** @description null when not stated at registration. Personal (cpcMember): absent when the caller may not see it (then named in `redacted`), null once erased. */
            cpcMember?: boolean | null;
            /** @description The recruitment instance that admitted this member, when registered from an admission */
            admittedBy: string | null;
            /** @description Set by RetirementRecorded; null for members registered as retired (date unknown) or still working */
            retiredOn: string | null;
            departedOn: string | null;
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            departureReason?: string | null;
        };
        MemberInstancePage: {
            items: components["schemas"]["MemberInstanceSummary"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        MemberInstanceSummary: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "member";
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "active" | "departed";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            version: number;
            data: components["schemas"]["MemberInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            startedOn: string;
            updatedOn: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        /** @description The type and data of a MemberRegistered event */
        MemberRegisteredEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MemberRegistered";
            data: components["schemas"]["MemberRegisteredEventData"];
        };
        MemberRegisteredEventData: {
            /** @description Full name. Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
            name?: string | null;
            /** @enum {string} */
            gender: "male" | "female";
            /** @description Date of birth. Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
            birthDate?: string | null;
            /**
             * @description Highest education
             * @enum {string}
             */
            education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
            /**
             * @description Professional title
             * @enum {string}
             */
            title: "senior" | "intermediate" | "junior" | "none";
            /** @enum {string} */
            employment: "working" | "retired";
            /** @description The branch the member belongs to */
            branchId: string;
            /** Format: date */
            joinedOn: string;
            /** @description null when not stated at registration. Personal (cpcMember): absent when the caller may not see it (then named in `redacted`), null once erased. */
            cpcMember?: boolean | null;
            /** @description The recruitment instance that admitted this member, when registered from an admission */
            admittedBy: string | null;
        };
        /** @description Adds a member to the roster (import of an existing member, or an admitted applicant) */
        MemberStartCommand: components["schemas"]["RegisterMember"];
        NewPrincipal: {
            id: string;
            name: string;
            roles: ("admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler")[];
            /** @description The member the principal is, if any */
            memberId: string | null;
            /** @description The branch a branch_chair speaks for */
            branchId: string | null;
            /** @description The government body a host_unit principal speaks for */
            hostUnit: string | null;
            email: string | null;
            /** @description The language of the notices (Chinese when null) */
            locale: ("zh-CN" | "en") | null;
            username: string | null;
            hasPassword: boolean;
            hasToken: boolean;
            expiresAt: string | null;
            createdAt: string;
            revokedAt: string | null;
            /** @description Shown only now; null when a password was given */
            token: string | null;
        };
        /** NominateCadre */
        NominateCadre: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "NominateCadre";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description The member nominated */
            memberId: string;
            /** @enum {string} */
            method: "branch_recommendation" | "democratic_recommendation";
            rationale: string;
        };
        /** @description The type and data of a NominationApproved event */
        NominationApprovedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "NominationApproved";
            data: components["schemas"]["NominationApprovedEventData"];
        };
        NominationApprovedEventData: Record<string, never>;
        /** @description The type and data of a NominationRejected event */
        NominationRejectedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "NominationRejected";
            data: components["schemas"]["NominationRejectedEventData"];
        };
        NominationRejectedEventData: {
            /** @description Why. Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
        };
        NotificationDelivery: {
            /** @description The delivery’s stable id (e-mail Message-ID, webhook X-Docket-Delivery-Id) */
            id: string;
            /** @description <global position>:<audience>, the same on every channel */
            noticeId: string;
            /** @description role:<role> or principal:<id> */
            audience: string;
            /** @description email or webhook */
            channel: string;
            /** @description The principal (e-mail only) */
            recipient: {
                id: string;
                name: string | null;
            } | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "skipped";
            attempts: number;
            nextAttemptAt: string | null;
            lastError: string | null;
            createdAt: string;
            sentAt: string | null;
            workflow: string;
            instanceId: string;
            event: string;
            occurredOn: string;
            /** @description The notice in English */
            message: string;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationDelivery"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        /** PassQualification */
        PassQualification: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PassQualification";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        PendingReply: {
            id: string;
            number: string | null;
            state: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            receivedOn: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            dueOn: string;
            /** @description Days from today to dueOn; negative when overdue */
            daysLeft: number;
            overdue: boolean;
            handlerId: string | null;
            handlerName: string | null;
            channel: string;
            category: string;
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
        };
        PendingReplyPage: {
            items: components["schemas"]["PendingReply"][];
            cursor: string | null;
        };
        /** @description The type and data of a PersonalDataErased event */
        PersonalDataErasedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PersonalDataErased";
            data: components["schemas"]["PersonalDataErasedEventData"];
        };
        PersonalDataErasedEventData: {
            /** @description Why the subject’s personal data was erased (the request it answers) */
            reason: string;
        };
        Principal: {
            id: string;
            name: string;
            roles: ("admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler")[];
            /** @description The member the principal is, if any */
            memberId: string | null;
            /** @description The branch a branch_chair speaks for */
            branchId: string | null;
            /** @description The government body a host_unit principal speaks for */
            hostUnit: string | null;
            email: string | null;
            /** @description The language of the notices (Chinese when null) */
            locale: ("zh-CN" | "en") | null;
            username: string | null;
            hasPassword: boolean;
            hasToken: boolean;
            expiresAt: string | null;
            createdAt: string;
            revokedAt: string | null;
        };
        PrincipalWithToken: {
            id: string;
            name: string;
            roles: ("admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler")[];
            /** @description The member the principal is, if any */
            memberId: string | null;
            /** @description The branch a branch_chair speaks for */
            branchId: string | null;
            /** @description The government body a host_unit principal speaks for */
            hostUnit: string | null;
            email: string | null;
            /** @description The language of the notices (Chinese when null) */
            locale: ("zh-CN" | "en") | null;
            username: string | null;
            hasPassword: boolean;
            hasToken: boolean;
            expiresAt: string | null;
            createdAt: string;
            revokedAt: string | null;
            /** @description Shown only now */
            token: string;
        };
        /** @description application/problem+json (RFC 9457). A rule’s refusal may add its own fields (e.g. quorum_not_met: tally, needed) */
        Problem: {
            /** @description /problems/<code> */
            type: string;
            /** @description The status’s reason phrase */
            title: string;
            status: number;
            /** @description What went wrong, for a person to read */
            detail: string;
            code: components["schemas"]["ProblemCode"];
            /** @description 500: the request id its log line carries */
            requestId?: string;
            /** @description command_not_allowed: what the state takes */
            allowedCommands?: string[];
            /** @description invalid_command, unknown_command: the commands the workflow has */
            commands?: string[];
            /** @description command_not_allowed: the instance state */
            state?: string;
            /** @description forbidden_role: the roles that may */
            requiredRoles?: ("admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler")[];
            /** @description 429: also in Retry-After */
            retryAfterSeconds?: number;
            /** @description version_conflict: the If-Match version */
            expectedVersion?: number;
            /** @description version_conflict: the instance version now */
            actualVersion?: number;
            /** @description member import: how many rows have a problem */
            invalidRows?: number;
            /** @description not_erasable, already_erased, subject_erased: the subject (member/<id>, <workflow>/<id>) */
            subject?: string;
            /** @description invalid_request and invalid_command: each value found wrong; member import: each problem of each row (the first also spread on the problem itself) */
            errors?: (components["schemas"]["FieldError"] | components["schemas"]["ImportRowProblem"])[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Stable machine-readable error code: the server’s error catalogue (src/errors.ts) and the workflows’ rule codes (docs/workflows.md)
         * @enum {string}
         */
        ProblemCode: "bad_request" | "bad_url" | "invalid_request" | "invalid_json" | "empty_body" | "invalid_content_type" | "invalid_content_length" | "body_too_large" | "uri_too_long" | "unsupported_media_type" | "not_acceptable" | "invalid_value" | "invalid_cursor" | "invalid_range" | "invalid_if_match" | "invalid_command" | "unknown_command" | "unauthorized" | "token_expired" | "token_rotated" | "account_expired" | "session_expired" | "invalid_credentials" | "wrong_password" | "no_password" | "principal_revoked" | "csrf_refused" | "forbidden_role" | "too_many_failures" | "rate_limited" | "username_taken" | "username_required" | "host_unit_required" | "host_unit_without_role" | "expiry_in_past" | "not_found" | "command_not_allowed" | "version_conflict" | "settings_changed" | "idempotency_key_reused" | "not_failed" | "year_not_started" | "invalid_import" | "invalid_row" | "member_exists" | "duplicate_id" | "empty_import" | "too_many_rows" | "invalid_csv" | "invalid_text" | "unsupported_charset" | "invalid_xlsx" | "xlsx_too_large" | "unknown_column" | "duplicate_column" | "not_erasable" | "already_erased" | "subject_erased" | "no_checkpoint" | "signing_key_missing" | "event_missing" | "not_in_tree" | "not_in_tree_size" | "unknown_tree_size" | "internal_error" | "unavailable" | "busy" | "same_person" | "date_in_future" | "date_before_previous_step" | "already_voted" | "quorum_not_met" | "cpc_member_not_eligible" | "unknown_branch" | "not_a_member" | "min_cultivation_days" | "investigation_required" | "invalid_sponsor" | "invalid_tally" | "already_nominated" | "review_required" | "unknown_task" | "unknown_course" | "invalid_period" | "already_seconded" | "age_limit" | "term_too_long" | "assessment_missing" | "anonymous_with_submitter" | "submitter_required" | "received_after_registration" | "unknown_category" | "collection_needs_box_channel" | "extension_too_long" | "no_extension_requested" | "anonymous_needs_posted_notice" | "already_retired" | "invalid_dates" | "empty_update" | "duplicate_branch" | "unknown_time_zone" | "duplicate_category";
        /** @description The type and data of a ProfileUpdated event */
        ProfileUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ProfileUpdated";
            data: components["schemas"]["ProfileUpdatedEventData"];
        };
        /** @description Only the fields that changed */
        ProfileUpdatedEventData: {
            /** @description Full name. Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
            name?: string | null;
            /** @enum {string} */
            gender?: "male" | "female";
            /** @description Date of birth. Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
            birthDate?: string | null;
            /**
             * @description Highest education
             * @enum {string}
             */
            education?: "doctorate" | "master" | "bachelor" | "college" | "secondary";
            /**
             * @description Professional title
             * @enum {string}
             */
            title?: "senior" | "intermediate" | "junior" | "none";
            /** @enum {string} */
            employment?: "working" | "retired";
            /** @description The branch the member belongs to */
            branchId?: string;
        };
        /** ProposeSecondment */
        ProposeSecondment: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ProposeSecondment";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description The member to second */
            memberId: string;
            /** @description The government body that hosts the member */
            hostUnit: string;
            /** @description The post held there */
            post: string;
            /**
             * Format: date
             * @description Planned start of the secondment
             */
            startsOn: string;
            /** @description Planned length of the term in months */
            months: number;
            /** @description Why this member, why this post */
            rationale: string;
            /** @description Required when the member is older than the policy age limit on startsOn */
            ageExceptionReason?: string;
        };
        /** @description The type and data of a QualificationPassed event */
        QualificationPassedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "QualificationPassed";
            data: components["schemas"]["QualificationPassedEventData"];
        };
        QualificationPassedEventData: Record<string, never>;
        /** RecordActivity */
        RecordActivity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordActivity";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /**
             * Format: date
             * @description The day the activity took place
             */
            date: string;
            /**
             * @description What kind of activity
             * @enum {string}
             */
            kind: "study" | "research" | "social_service" | "consultation" | "training" | "fellowship" | "meeting" | "other";
            /** @description What it was */
            title: string;
            /** @description Where it took place */
            place: string;
            /** @description The members who took part (roster ids), each once */
            participants: string[];
        };
        /** RecordAnnualReview */
        RecordAnnualReview: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordAnnualReview";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description The year reviewed */
            year: number;
            /** @enum {string} */
            rating: "excellent" | "competent" | "basic" | "incompetent";
        };
        /** RecordBranchVote */
        RecordBranchVote: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordBranchVote";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Branch members entitled to vote */
            eligible: number;
            /** @description Members present */
            present: number;
            /** @description Votes for */
            approve: number;
            /** @description Votes against */
            reject: number;
            /** @description Abstentions */
            abstain: number;
        };
        /** RecordCollection */
        RecordCollection: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordCollection";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Which suggestion box */
            box: string;
            /**
             * Format: date
             * @description The day the box was opened
             */
            collectedOn: string;
            /** @description Suggestions found in the box */
            count: number;
        };
        /**
         * RecordDeparture
         * @description The member left the organisation on `on` (default today)
         */
        RecordDeparture: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordDeparture";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Why the member left */
            reason: string;
        };
        /** RecordFinalAssessment */
        RecordFinalAssessment: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordFinalAssessment";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /**
             * @description The final grade
             * @enum {string}
             */
            grade: "excellent" | "good" | "pass" | "fail";
        };
        /** RecordHostAppraisal */
        RecordHostAppraisal: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordHostAppraisal";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /**
             * @description The host unit’s grade
             * @enum {string}
             */
            grade: "excellent" | "good" | "pass" | "fail";
            /** @description The host unit’s appraisal */
            text: string;
        };
        /** RecordInduction */
        RecordInduction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordInduction";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /**
             * Format: date
             * @description Day of the induction ceremony
             */
            ceremonyOn: string;
        };
        /** RecordInterimReview */
        RecordInterimReview: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordInterimReview";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Findings of the interim review */
            summary: string;
        };
        /** RecordInvestigation */
        RecordInvestigation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordInvestigation";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            employerOpinion: string;
            summary: string;
            /** @enum {string} */
            outcome: "positive" | "negative";
        };
        /**
         * RecordRetirement
         * @description The member retired on `on` (default today)
         */
        RecordRetirement: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordRetirement";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
        };
        /** RecordSatisfaction */
        RecordSatisfaction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RecordSatisfaction";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description false reopens the suggestion with a new deadline */
            satisfied: boolean;
        };
        /** @description A command: {type, ...fields} */
        RecruitmentCommand: components["schemas"]["PassQualification"] | components["schemas"]["RejectApplication"] | components["schemas"]["AssignContact"] | components["schemas"]["RecordInvestigation"] | components["schemas"]["CompleteCultivation"] | components["schemas"]["EndorseAsSponsor"] | components["schemas"]["RecordBranchVote"] | components["schemas"]["CastVote"] | components["schemas"]["CloseVote"] | components["schemas"]["ApproveAdmission"] | components["schemas"]["RejectAdmission"] | components["schemas"]["RecordInduction"] | components["schemas"]["WithdrawApplication"];
        RecruitmentEvent: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        } & (components["schemas"]["ApplicationSubmittedEvent"] | components["schemas"]["QualificationPassedEvent"] | components["schemas"]["ApplicationRejectedEvent"] | components["schemas"]["ContactAssignedEvent"] | components["schemas"]["InvestigationRecordedEvent"] | components["schemas"]["CultivationCompletedEvent"] | components["schemas"]["SponsorEndorsedEvent"] | components["schemas"]["BranchVoteRecordedEvent"] | components["schemas"]["VoteCastEvent"] | components["schemas"]["VoteClosedEvent"] | components["schemas"]["AdmissionApprovedEvent"] | components["schemas"]["AdmissionRejectedEvent"] | components["schemas"]["InductionRecordedEvent"] | components["schemas"]["ApplicationWithdrawnEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        RecruitmentHistory: {
            id: string;
            workflow: string;
            events: components["schemas"]["RecruitmentEvent"][];
        };
        RecruitmentInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "recruitment";
            workflowVersion: number;
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "qualification_review" | "cultivation" | "sponsorship" | "branch_review" | "committee_review" | "city_approval" | "admitted" | "inducted" | "rejected" | "withdrawn";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: components["schemas"]["RecruitmentInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description Commands the caller may send now, forward ones first (withdrawing or rejecting last): role, state, an earlier vote, four eyes and assignment or scope already checked */
            allowedCommands: ("SubmitApplication" | "PassQualification" | "RejectApplication" | "AssignContact" | "RecordInvestigation" | "CompleteCultivation" | "EndorseAsSponsor" | "RecordBranchVote" | "CastVote" | "CloseVote" | "ApproveAdmission" | "RejectAdmission" | "RecordInduction" | "WithdrawApplication")[];
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            deadlines: {
                timerId: string;
                event: string;
                dueOn: string;
            }[];
            asOf: string | null;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The data of a recruitment instance (its personal fields as the read policy lets the caller see them) */
        RecruitmentInstanceData: {
            ballot: {
                /** @description Votes cast so far, keyed by the voter’s principal id */
                votes: {
                    [key: string]: {
                        /** @enum {string} */
                        decision: "approve" | "reject" | "abstain";
                        voterName: string;
                        /** Format: date */
                        on: string;
                    };
                };
                /** @description Set once the ballot is closed */
                result: {
                    tally: {
                        approve: number;
                        reject: number;
                        abstain: number;
                        cast: number;
                        committeeSize: number;
                    };
                    /**
                     * @description passed: approvals were more than half the votes cast
                     * @enum {string}
                     */
                    outcome: "passed" | "failed";
                    /** Format: date */
                    closedOn: string;
                } | null;
            };
            applicant: {
                /** @description Full name. Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
                name?: string | null;
                /** @enum {string} */
                gender: "male" | "female";
                /** @description Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
                birthDate?: string | null;
                /** @enum {string} */
                education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
                /**
                 * @description Professional title
                 * @enum {string}
                 */
                title: "senior" | "intermediate" | "junior" | "none";
                /** @description Personal (employer): absent when the caller may not see it (then named in `redacted`), null once erased. */
                employer?: string | null;
                sector: string;
                /** @enum {string} */
                employment: "working" | "retired";
                /** @description Member of the Communist Party of China (not eligible). Personal (cpcMember): absent when the caller may not see it (then named in `redacted`), null once erased. */
                cpcMember?: boolean | null;
            } | null;
            branchId: string | null;
            receivedOn: string | null;
            /** @description Business date the applicant entered cultivation */
            cultivationSince: string | null;
            contacts: {
                memberId: string;
                /** @description Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
                memberName?: string | null;
                /** Format: date */
                on: string;
            }[];
            investigations: {
                /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
                employerOpinion?: string | null;
                /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
                summary?: string | null;
                /** @enum {string} */
                outcome: "positive" | "negative";
                /** @description Who recorded it (name) */
                by: string;
                /** Format: date */
                on: string;
            }[];
            sponsors: {
                memberId: string;
                /** @description Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
                memberName?: string | null;
                /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
                opinion?: string | null;
                /** Format: date */
                on: string;
            }[];
            branchVote: {
                eligible: number;
                present: number;
                approve: number;
                reject: number;
                abstain: number;
                passed: boolean;
                /** Format: date */
                on: string;
            } | null;
            admission: {
                /** @description The city committee’s approval number */
                approvalNo: string;
                /** @description The roster id the new member gets */
                memberId: string;
                /** Format: date */
                joinedOn: string;
                /** @description Admitted when the year’s quota was already reached */
                overQuota: boolean;
                quota: number;
                /** @description Admissions earlier in the same year */
                admissionsBefore: number;
            } | null;
            inductedOn: string | null;
            /** @description Why and when it was rejected by a decision with a reason (votes keep their own record) */
            rejection: {
                /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
                reason?: string | null;
                /** Format: date */
                on: string;
                /**
                 * @description The event that rejected it
                 * @enum {string}
                 */
                by: "ApplicationRejected" | "AdmissionRejected";
            } | null;
            withdrawal: {
                /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
                reason?: string | null;
                /** @description The state it was withdrawn from */
                fromState: string;
                /** Format: date */
                on: string;
            } | null;
        };
        RecruitmentInstancePage: {
            items: components["schemas"]["RecruitmentInstanceSummary"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        RecruitmentInstanceSummary: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "recruitment";
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "qualification_review" | "cultivation" | "sponsorship" | "branch_review" | "committee_review" | "city_approval" | "admitted" | "inducted" | "rejected" | "withdrawn";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            version: number;
            data: components["schemas"]["RecruitmentInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            startedOn: string;
            updatedOn: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The starting command */
        RecruitmentStartCommand: components["schemas"]["SubmitApplication"];
        /** ReferTo */
        ReferTo: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ReferTo";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Where it was referred */
            organisation: string;
            /** @description What was asked of them */
            note: string;
        };
        /** RegisterMember */
        RegisterMember: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RegisterMember";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Full name */
            name: string;
            /** @enum {string} */
            gender: "male" | "female";
            /**
             * Format: date
             * @description Date of birth
             */
            birthDate: string;
            /**
             * @description Highest education
             * @enum {string}
             */
            education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
            /**
             * @description Professional title
             * @enum {string}
             */
            title: "senior" | "intermediate" | "junior" | "none";
            /** @enum {string} */
            employment: "working" | "retired";
            /** @description The branch the member belongs to */
            branchId: string;
            /**
             * Format: date
             * @description The day the member joined (for an admitted applicant: the approval date)
             */
            joinedOn: string;
            /** @description Also a member of the CPC */
            cpcMember?: boolean;
            /** @description The recruitment instance that admitted this member */
            admittedBy?: string;
        };
        /** RegisterSuggestion */
        RegisterSuggestion: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RegisterSuggestion";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /**
             * Format: date
             * @description The day the suggestion was received
             */
            receivedOn: string;
            /**
             * @description How it came in
             * @enum {string}
             */
            channel: "box" | "online" | "visit" | "phone";
            /** @description Subject area */
            category: string;
            /** @description The suggestion itself */
            content: string;
            submitter?: {
                /** @description Who made it */
                name: string;
                /** @description How to reach them */
                contact: string;
            };
            /** @description true for an anonymous suggestion (then no submitter) */
            anonymous?: boolean;
            /** @description The box collection it was found in (channel box only) */
            collectionId?: string;
        };
        /** RejectAdmission */
        RejectAdmission: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RejectAdmission";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            reason: string;
        };
        /** RejectApplication */
        RejectApplication: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RejectApplication";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            reason: string;
        };
        /** RejectByUnitedFront */
        RejectByUnitedFront: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RejectByUnitedFront";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Why */
            reason: string;
        };
        /** RejectNomination */
        RejectNomination: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RejectNomination";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Why */
            reason: string;
        };
        /** RemoveFromPool */
        RemoveFromPool: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RemoveFromPool";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            reason: string;
        };
        /** Reply */
        Reply: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Reply";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /**
             * @description How the reply was given (posted_notice only for anonymous suggestions)
             * @enum {string}
             */
            method: "in_person" | "phone" | "written" | "posted_notice";
            /** @description The reply */
            content: string;
        };
        /** @description The type and data of a ReplyOverdue event */
        ReplyOverdueEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ReplyOverdue";
            data: components["schemas"]["ReplyOverdueEventData"];
        };
        ReplyOverdueEventData: {
            /**
             * Format: date
             * @description The day it fell due
             */
            dueOn: string;
            /** @description The timer that fired */
            timerId: string;
        };
        /** @description The type and data of a ReplySent event */
        ReplySentEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ReplySent";
            data: components["schemas"]["ReplySentEventData"];
        };
        ReplySentEventData: {
            /**
             * @description How the reply was given
             * @enum {string}
             */
            method: "in_person" | "phone" | "written" | "posted_notice";
            content: string;
            onTime: boolean;
            /**
             * Format: date
             * @description The deadline in force when it was sent
             */
            dueOn: string;
        };
        /** RequestExtension */
        RequestExtension: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RequestExtension";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Days to add to the deadline (at most the policy maxExtensionDays) */
            days: number;
            reason: string;
        };
        /** @description The type and data of a RetirementRecorded event */
        RetirementRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RetirementRecorded";
            data: components["schemas"]["RetirementRecordedEventData"];
        };
        RetirementRecordedEventData: {
            /** Format: date */
            retiredOn: string;
        };
        /** @description The type and data of a SatisfactionRecorded event */
        SatisfactionRecordedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SatisfactionRecorded";
            data: components["schemas"]["SatisfactionRecordedEventData"];
        };
        SatisfactionRecordedEventData: {
            satisfied: boolean;
            /** @description The new deadline when unsatisfied (the suggestion is reopened), else null */
            dueOn: string | null;
        };
        /** ScreenCandidate */
        ScreenCandidate: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ScreenCandidate";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @enum {string} */
            result: "pass" | "fail";
        };
        /** @description The type and data of a SecondmentCancelled event */
        SecondmentCancelledEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SecondmentCancelled";
            data: components["schemas"]["SecondmentCancelledEventData"];
        };
        SecondmentCancelledEventData: {
            /** @description Why. Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
        };
        /** @description A command: {type, ...fields} */
        SecondmentCommand: components["schemas"]["ApproveNomination"] | components["schemas"]["RejectNomination"] | components["schemas"]["ApproveByUnitedFront"] | components["schemas"]["RejectByUnitedFront"] | components["schemas"]["AcceptByHost"] | components["schemas"]["DeclineByHost"] | components["schemas"]["Dispatch"] | components["schemas"]["RecordInterimReview"] | components["schemas"]["ExtendTerm"] | components["schemas"]["EndEarly"] | components["schemas"]["RecordHostAppraisal"] | components["schemas"]["RecordFinalAssessment"] | components["schemas"]["CompleteSecondment"] | components["schemas"]["CancelSecondment"];
        /** @description The type and data of a SecondmentCompleted event */
        SecondmentCompletedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SecondmentCompleted";
            data: components["schemas"]["SecondmentCompletedEventData"];
        };
        SecondmentCompletedEventData: Record<string, never>;
        /** @description The type and data of a SecondmentEndedEarly event */
        SecondmentEndedEarlyEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SecondmentEndedEarly";
            data: components["schemas"]["SecondmentEndedEarlyEventData"];
        };
        SecondmentEndedEarlyEventData: {
            /** @description Why. Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
        };
        SecondmentEvent: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        } & (components["schemas"]["SecondmentProposedEvent"] | components["schemas"]["NominationApprovedEvent"] | components["schemas"]["NominationRejectedEvent"] | components["schemas"]["UnitedFrontApprovedEvent"] | components["schemas"]["UnitedFrontRejectedEvent"] | components["schemas"]["HostAcceptedEvent"] | components["schemas"]["HostDeclinedEvent"] | components["schemas"]["MemberDispatchedEvent"] | components["schemas"]["InterimReviewRecordedEvent"] | components["schemas"]["TermExtendedEvent"] | components["schemas"]["SecondmentEndedEarlyEvent"] | components["schemas"]["HostAppraisalRecordedEvent"] | components["schemas"]["FinalAssessmentRecordedEvent"] | components["schemas"]["SecondmentCompletedEvent"] | components["schemas"]["SecondmentCancelledEvent"] | components["schemas"]["TermEndedEvent"] | components["schemas"]["InterimReviewDueEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        SecondmentHistory: {
            id: string;
            workflow: string;
            events: components["schemas"]["SecondmentEvent"][];
        };
        SecondmentInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "secondment";
            workflowVersion: number;
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "committee_review" | "united_front_review" | "host_review" | "awaiting_dispatch" | "on_duty" | "final_assessment" | "completed" | "rejected" | "cancelled";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: components["schemas"]["SecondmentInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description Commands the caller may send now, forward ones first (withdrawing or rejecting last): role, state, an earlier vote, four eyes and assignment or scope already checked */
            allowedCommands: ("ProposeSecondment" | "ApproveNomination" | "RejectNomination" | "ApproveByUnitedFront" | "RejectByUnitedFront" | "AcceptByHost" | "DeclineByHost" | "Dispatch" | "RecordInterimReview" | "ExtendTerm" | "EndEarly" | "RecordHostAppraisal" | "RecordFinalAssessment" | "CompleteSecondment" | "CancelSecondment")[];
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            deadlines: {
                timerId: string;
                event: string;
                dueOn: string;
            }[];
            asOf: string | null;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The data of a secondment instance (its personal fields as the read policy lets the caller see them) */
        SecondmentInstanceData: {
            memberId: string;
            /** @description Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
            memberName?: string | null;
            hostUnit: string;
            post: string;
            /** Format: date */
            startsOn: string;
            /** @description Months as proposed */
            months: number;
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            rationale?: string | null;
            /** @description Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
            ageOnStart?: number | null;
            /** @description Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
            ageExceptionReason?: string | null;
            reportedOn: string | null;
            /** @description Term length with extensions */
            termMonths: number;
            termEndsOn: string | null;
            interimReviewMonths: number;
            /** @description How many interim reviews have fallen due so far */
            interimReviewsDue: number;
            nextInterimReviewOn: string | null;
            /** @description An interim review fell due and none has been recorded since */
            interimReviewDue: boolean;
            lastInterimReview: {
                /** Format: date */
                on: string;
                /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
                summary?: string | null;
            } | null;
            /** @description The day duty ended (term end or early end) */
            endedOn: string | null;
            endedBy: ("term_ended" | "ended_early") | null;
            hostAppraisal: {
                /** @enum {string} */
                grade: "excellent" | "good" | "pass" | "fail";
                /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
                text?: string | null;
                /** Format: date */
                on: string;
            } | null;
            finalAssessment: {
                /** @enum {string} */
                grade: "excellent" | "good" | "pass" | "fail";
                /** Format: date */
                on: string;
            } | null;
            decisions: {
                /** @description The state it was taken in (proposal for the proposal) */
                step: string;
                /** @description proposed, approved, rejected, accepted, declined, dispatched, reviewed, extended, ended_early, appraised, assessed, completed or cancelled */
                decision: string;
                actorId: string;
                actorName: string;
                role: string;
                /** Format: date */
                on: string;
                /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
                reason?: string | null;
                grade: ("excellent" | "good" | "pass" | "fail") | null;
            }[];
        };
        SecondmentInstancePage: {
            items: components["schemas"]["SecondmentInstanceSummary"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        SecondmentInstanceSummary: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "secondment";
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "committee_review" | "united_front_review" | "host_review" | "awaiting_dispatch" | "on_duty" | "final_assessment" | "completed" | "rejected" | "cancelled";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            version: number;
            data: components["schemas"]["SecondmentInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            startedOn: string;
            updatedOn: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The type and data of a SecondmentProposed event */
        SecondmentProposedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SecondmentProposed";
            data: components["schemas"]["SecondmentProposedEventData"];
        };
        SecondmentProposedEventData: {
            memberId: string;
            /** @description Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
            memberName?: string | null;
            /** @description The government body that hosts the member */
            hostUnit: string;
            post: string;
            /** Format: date */
            startsOn: string;
            /** @description Planned length of the term in months */
            months: number;
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            rationale?: string | null;
            /** @description The member’s age on startsOn. Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
            ageOnStart?: number | null;
            /** @description Why the age limit was exceeded, when it was. Personal (birthDate): absent when the caller may not see it (then named in `redacted`), null once erased. */
            ageExceptionReason?: string | null;
            /** @description The case number: its sequence among the cases of its workflow started that year */
            caseNumber?: {
                year: number;
                seq: number;
            };
        };
        /** @description The starting command */
        SecondmentStartCommand: components["schemas"]["ProposeSecondment"];
        /** @description The type and data of a SettingsChanged event */
        SettingsChangedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SettingsChanged";
            data: components["schemas"]["SettingsChangedEventData"];
        };
        SettingsChangedEventData: {
            /** @description Members of the grassroots committee */
            committeeSize: number;
            /** @description Admissions per year before they are recorded over quota */
            recruitmentQuota: number;
            branches: {
                id: string;
                name: string;
            }[];
            policy: {
                /** @description recruitment: minimum days in cultivation before CompleteCultivation */
                minCultivationDays: number;
                /** @description secondment: maximum age on startsOn without an ageExceptionReason */
                secondmentMaxAge: number;
                /** @description suggestion: days from receivedOn to the reply deadline */
                replyDays: number;
                /** @description suggestion: the longest extension one RequestExtension may ask for */
                maxExtensionDays: number;
                /** @description suggestion boxes: collections per box and month below which the month is flagged */
                minCollectionsPerMonth: number;
                /** @description secondment: months between interim reviews while on duty */
                interimReviewMonths: number;
                /** @description cadre training: days in the pool between annual reviews */
                annualReviewDays: number;
                /** @description secondment: bound of months and of the whole term */
                maxSecondmentMonths: number;
            };
            /**
             * @description The words used everywhere
             * @enum {string}
             */
            vocabulary: "generic" | "jiusan";
            /** @description IANA time zone of the organisation */
            timeZone: string;
            /** @description The suggestion categories (empty: any category is accepted) */
            categories: string[];
        };
        /** @description Changes the organisation settings (at least one field); the recorded event carries the full resulting settings */
        SettingsCommand: components["schemas"]["ChangeSettings"];
        SettingsEvent: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        } & (components["schemas"]["SettingsChangedEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        SettingsHistory: {
            id: string;
            workflow: string;
            events: components["schemas"]["SettingsEvent"][];
        };
        SettingsInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "settings";
            workflowVersion: number;
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "active";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: components["schemas"]["SettingsInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description Commands the caller may send now, forward ones first (withdrawing or rejecting last): role, state, an earlier vote, four eyes and assignment or scope already checked */
            allowedCommands: "ChangeSettings"[];
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            deadlines: {
                timerId: string;
                event: string;
                dueOn: string;
            }[];
            asOf: string | null;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The data of a settings instance (its personal fields as the read policy lets the caller see them) */
        SettingsInstanceData: {
            /** @description Members of the grassroots committee */
            committeeSize: number;
            /** @description Admissions per year before they are recorded over quota */
            recruitmentQuota: number;
            branches: {
                id: string;
                name: string;
            }[];
            policy: {
                /** @description recruitment: minimum days in cultivation before CompleteCultivation */
                minCultivationDays: number;
                /** @description secondment: maximum age on startsOn without an ageExceptionReason */
                secondmentMaxAge: number;
                /** @description suggestion: days from receivedOn to the reply deadline */
                replyDays: number;
                /** @description suggestion: the longest extension one RequestExtension may ask for */
                maxExtensionDays: number;
                /** @description suggestion boxes: collections per box and month below which the month is flagged */
                minCollectionsPerMonth: number;
                /** @description secondment: months between interim reviews while on duty */
                interimReviewMonths: number;
                /** @description cadre training: days in the pool between annual reviews */
                annualReviewDays: number;
                /** @description secondment: bound of months and of the whole term */
                maxSecondmentMonths: number;
            };
            /**
             * @description The words used everywhere
             * @enum {string}
             */
            vocabulary: "generic" | "jiusan";
            /** @description IANA time zone of the organisation */
            timeZone: string;
            /** @description The suggestion categories (empty: any category is accepted) */
            categories: string[];
        };
        SettingsInstancePage: {
            items: components["schemas"]["SettingsInstanceSummary"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        SettingsInstanceSummary: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "settings";
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "active";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            version: number;
            data: components["schemas"]["SettingsInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            startedOn: string;
            updatedOn: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description Changes the organisation settings (at least one field); the recorded event carries the full resulting settings */
        SettingsStartCommand: components["schemas"]["ChangeSettings"];
        /** @description The type and data of a SponsorEndorsed event */
        SponsorEndorsedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SponsorEndorsed";
            data: components["schemas"]["SponsorEndorsedEventData"];
        };
        SponsorEndorsedEventData: {
            memberId: string;
            /** @description Personal (name): absent when the caller may not see it (then named in `redacted`), null once erased. */
            memberName?: string | null;
            /** @description Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            opinion?: string | null;
        };
        /** SubmitApplication */
        SubmitApplication: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SubmitApplication";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            applicant: {
                /** @description Full name */
                name: string;
                /** @enum {string} */
                gender: "male" | "female";
                /** Format: date */
                birthDate: string;
                /** @enum {string} */
                education: "doctorate" | "master" | "bachelor" | "college" | "secondary";
                /**
                 * @description Professional title
                 * @enum {string}
                 */
                title: "senior" | "intermediate" | "junior" | "none";
                employer: string;
                sector: string;
                /** @enum {string} */
                employment: "working" | "retired";
                /** @description Member of the Communist Party of China (not eligible) */
                cpcMember: boolean;
            };
            /** @description The branch the applicant would join */
            branchId: string;
            /**
             * Format: date
             * @description The day the application was received
             */
            receivedOn: string;
        };
        /** @description The type and data of a SuggestionClosed event */
        SuggestionClosedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SuggestionClosed";
            data: components["schemas"]["SuggestionClosedEventData"];
        };
        SuggestionClosedEventData: Record<string, never>;
        /** @description A command: {type, ...fields} */
        SuggestionCommand: components["schemas"]["AssignHandler"] | components["schemas"]["ReferTo"] | components["schemas"]["RequestExtension"] | components["schemas"]["ApproveExtension"] | components["schemas"]["Reply"] | components["schemas"]["RecordSatisfaction"] | components["schemas"]["Close"];
        SuggestionEvent: {
            /** @description Its position in the instance’s stream (1 for the first) */
            version: number;
            actor: components["schemas"]["Actor"];
            /** @description Business date */
            occurredOn: string;
            /** @description When it was recorded (ISO timestamp) */
            recordedAt: string;
            comment: string | null;
            hash: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted?: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        } & (components["schemas"]["SuggestionRegisteredEvent"] | components["schemas"]["HandlerAssignedEvent"] | components["schemas"]["SuggestionReferredEvent"] | components["schemas"]["ExtensionRequestedEvent"] | components["schemas"]["ExtensionApprovedEvent"] | components["schemas"]["ReplySentEvent"] | components["schemas"]["SatisfactionRecordedEvent"] | components["schemas"]["SuggestionClosedEvent"] | components["schemas"]["ReplyOverdueEvent"] | components["schemas"]["PersonalDataErasedEvent"]);
        SuggestionHistory: {
            id: string;
            workflow: string;
            events: components["schemas"]["SuggestionEvent"][];
        };
        SuggestionInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "suggestion";
            workflowVersion: number;
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "registered" | "in_progress" | "replied" | "closed";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: components["schemas"]["SuggestionInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description Commands the caller may send now, forward ones first (withdrawing or rejecting last): role, state, an earlier vote, four eyes and assignment or scope already checked */
            allowedCommands: ("RegisterSuggestion" | "AssignHandler" | "ReferTo" | "RequestExtension" | "ApproveExtension" | "Reply" | "RecordSatisfaction" | "Close")[];
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            deadlines: {
                timerId: string;
                event: string;
                dueOn: string;
            }[];
            asOf: string | null;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The data of a suggestion instance (its personal fields as the read policy lets the caller see them) */
        SuggestionInstanceData: {
            /** Format: date */
            receivedOn: string;
            /** Format: date */
            registeredOn: string;
            channel: ("box" | "online" | "visit" | "phone") | null;
            category: string;
            content: string;
            anonymous: boolean;
            submitter: {
                /** @description Who made it. Personal (submitter): absent when the caller may not see it (then named in `redacted`), null once erased. */
                name?: string | null;
                /** @description How to reach them. Personal (contact): absent when the caller may not see it (then named in `redacted`), null once erased. */
                contact?: string | null;
            } | null;
            collectionId: string | null;
            /** @description The case number: its sequence among the cases of its workflow started that year */
            caseNumber?: {
                year: number;
                seq: number;
            };
            /**
             * Format: date
             * @description The reply deadline in force: receivedOn + replyDays, moved by approved extensions, renewed on an unsatisfied reply
             */
            dueOn: string;
            /** @description true once ReplyOverdue fired for the deadline in force */
            overdue: boolean;
            handlerId: string | null;
            referrals: {
                organisation: string;
                note: string;
                /** Format: date */
                on: string;
            }[];
            pendingExtension: {
                days: number;
                reason: string;
                /** Format: date */
                requestedOn: string;
                /** @description Principal id */
                requestedBy: string;
            } | null;
            /** @description Days added by approved extensions, all rounds together */
            extendedDays: number;
            /** @description The latest reply (null while a reply is pending) */
            reply: {
                /**
                 * @description How the reply was given
                 * @enum {string}
                 */
                method: "in_person" | "phone" | "written" | "posted_notice";
                content: string;
                /** Format: date */
                repliedOn: string;
                onTime: boolean;
                /** @description Principal id */
                by: string;
            } | null;
            /** @description Replies sent so far, all rounds together */
            replyCount: number;
            /** @description The latest satisfaction recorded for the latest reply (null if none yet) */
            satisfied: boolean | null;
            closedOn: string | null;
        };
        SuggestionInstancePage: {
            items: components["schemas"]["SuggestionInstanceSummary"][];
            /** @description Pass it back as `cursor` for the next page; null on the last page */
            cursor: string | null;
        };
        SuggestionInstanceSummary: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            /** @enum {string} */
            workflow: "suggestion";
            /**
             * @description The instance’s state
             * @enum {string}
             */
            state: "registered" | "in_progress" | "replied" | "closed";
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            version: number;
            data: components["schemas"]["SuggestionInstanceData"];
            /** @description Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId]) */
            names: {
                member: {
                    [key: string]: string;
                };
                principal: {
                    [key: string]: string;
                };
                branch: {
                    [key: string]: string;
                };
                collection: {
                    [key: string]: string;
                };
            };
            /** @description The next steps, forward ones first; empty once the instance has ended */
            next: {
                /** @description The command that takes the step */
                command: string;
                /**
                 * @description backward: it stops or turns the case back (reject, withdraw)
                 * @enum {string}
                 */
                kind: "forward" | "backward";
                /** @description By when (the reply deadline, the next review …) */
                dueOn: string | null;
                /** @description The roles that may take it */
                roles: string[];
                /** @description Who may take it, by name (at most 10) */
                people: {
                    id: string;
                    name: string;
                }[];
                /** @description How many people may take it */
                peopleCount: number;
            }[];
            startedOn: string;
            updatedOn: string;
            /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
            redacted: string[];
            /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
            erased: string[];
        };
        /** @description The type and data of a SuggestionReferred event */
        SuggestionReferredEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SuggestionReferred";
            data: components["schemas"]["SuggestionReferredEventData"];
        };
        SuggestionReferredEventData: {
            organisation: string;
            note: string;
        };
        /** @description The type and data of a SuggestionRegistered event */
        SuggestionRegisteredEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SuggestionRegistered";
            data: components["schemas"]["SuggestionRegisteredEventData"];
        };
        SuggestionRegisteredEventData: {
            /**
             * Format: date
             * @description The day the suggestion was received
             */
            receivedOn: string;
            /**
             * @description How it came in
             * @enum {string}
             */
            channel: "box" | "online" | "visit" | "phone";
            category: string;
            content: string;
            anonymous: boolean;
            /** @description null for an anonymous suggestion */
            submitter: {
                /** @description Who made it. Personal (submitter): absent when the caller may not see it (then named in `redacted`), null once erased. */
                name?: string | null;
                /** @description How to reach them. Personal (contact): absent when the caller may not see it (then named in `redacted`), null once erased. */
                contact?: string | null;
            } | null;
            /** @description The box collection it was found in */
            collectionId: string | null;
            /**
             * Format: date
             * @description The reply deadline: receivedOn + replyDays
             */
            dueOn: string;
            /** @description The case number: its sequence among the cases of its workflow started that year */
            caseNumber?: {
                year: number;
                seq: number;
            };
        };
        /** @description The starting command */
        SuggestionStartCommand: components["schemas"]["RegisterSuggestion"];
        /** @description The type and data of a TaskAssigned event */
        TaskAssignedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "TaskAssigned";
            data: components["schemas"]["TaskAssignedEventData"];
        };
        TaskAssignedEventData: {
            taskId: string;
            title: string;
            /** Format: date */
            dueOn: string;
        };
        /** @description The type and data of a TaskCompleted event */
        TaskCompletedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "TaskCompleted";
            data: components["schemas"]["TaskCompletedEventData"];
        };
        TaskCompletedEventData: {
            taskId: string;
            outcome: string;
        };
        /** @description The type and data of a TermEnded event */
        TermEndedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "TermEnded";
            data: components["schemas"]["TermEndedEventData"];
        };
        TermEndedEventData: {
            /**
             * Format: date
             * @description The day it fell due
             */
            dueOn: string;
            /** @description The timer that fired */
            timerId: string;
        };
        /** @description The type and data of a TermExtended event */
        TermExtendedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "TermExtended";
            data: components["schemas"]["TermExtendedEventData"];
        };
        TermExtendedEventData: {
            /** @description Months added */
            months: number;
            reason: string;
            /** @description The whole term with this extension */
            termMonths: number;
            /** Format: date */
            termEndsOn: string;
        };
        /** @description The type and data of a UnitedFrontApproved event */
        UnitedFrontApprovedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "UnitedFrontApproved";
            data: components["schemas"]["UnitedFrontApprovedEventData"];
        };
        UnitedFrontApprovedEventData: Record<string, never>;
        /** @description The type and data of a UnitedFrontRejected event */
        UnitedFrontRejectedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "UnitedFrontRejected";
            data: components["schemas"]["UnitedFrontRejectedEventData"];
        };
        UnitedFrontRejectedEventData: {
            /** @description Why. Personal (assessment): absent when the caller may not see it (then named in `redacted`), null once erased. */
            reason?: string | null;
        };
        /**
         * UpdateProfile
         * @description Corrects or updates any of the profile fields (at least one)
         */
        UpdateProfile: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "UpdateProfile";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Full name */
            name?: string;
            /** @enum {string} */
            gender?: "male" | "female";
            /**
             * Format: date
             * @description Date of birth
             */
            birthDate?: string;
            /**
             * @description Highest education
             * @enum {string}
             */
            education?: "doctorate" | "master" | "bachelor" | "college" | "secondary";
            /**
             * @description Professional title
             * @enum {string}
             */
            title?: "senior" | "intermediate" | "junior" | "none";
            /** @enum {string} */
            employment?: "working" | "retired";
            /** @description The branch the member belongs to */
            branchId?: string;
        };
        /** @description The type and data of a VoteCast event */
        VoteCastEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "VoteCast";
            data: components["schemas"]["VoteCastEventData"];
        };
        VoteCastEventData: {
            /**
             * @description The committee member’s vote
             * @enum {string}
             */
            decision: "approve" | "reject" | "abstain";
            /** @description The voter’s principal id */
            voterId: string;
            voterName: string;
        };
        /** @description The type and data of a VoteClosed event */
        VoteClosedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "VoteClosed";
            data: components["schemas"]["VoteClosedEventData"];
        };
        VoteClosedEventData: {
            tally: {
                approve: number;
                reject: number;
                abstain: number;
                cast: number;
                committeeSize: number;
            };
            /**
             * @description passed: approvals were more than half the votes cast
             * @enum {string}
             */
            outcome: "passed" | "failed";
            /**
             * Format: date
             * @description cadre training: when a passed vote fixes the first annual review
             */
            nextReviewOn?: string;
        };
        /** WithdrawActivity */
        WithdrawActivity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WithdrawActivity";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            /** @description Why the record is withdrawn */
            reason: string;
        };
        /** WithdrawApplication */
        WithdrawApplication: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WithdrawApplication";
            /**
             * Format: date
             * @description Business date it happened (default: today)
             */
            on?: string;
            /** @description Free comment kept in the history */
            comment?: string;
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        /** @enum {string} */
                        database: "postgres" | "pglite";
                        /** @description The streaming replica (DATABASE_READ_URL), when one is configured */
                        replica?: {
                            /**
                             * @description ok: reads go to it; lagging or unavailable: reads go to the primary meanwhile
                             * @enum {string}
                             */
                            status: "ok" | "lagging" | "unavailable";
                            /** @description How long ago the primary had written WAL the replica has not replayed yet */
                            lagSeconds: number | null;
                            lagBytes: number | null;
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        /** @enum {string} */
                        database: "postgres" | "pglite";
                        /** @description The streaming replica (DATABASE_READ_URL), when one is configured */
                        replica?: {
                            /**
                             * @description ok: reads go to it; lagging or unavailable: reads go to the primary meanwhile
                             * @enum {string}
                             */
                            status: "ok" | "lagging" | "unavailable";
                            /** @description How long ago the primary had written WAL the replica has not replayed yet */
                            lagSeconds: number | null;
                            lagBytes: number | null;
                        };
                    };
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready" | "not_ready";
                        checks: {
                            /** @enum {string} */
                            database: "ok" | "unavailable";
                            /** @enum {string} */
                            migrations: "applied" | "pending" | "unknown";
                            /** @description The streaming replica (DATABASE_READ_URL), when one is configured */
                            replica?: {
                                /**
                                 * @description ok: reads go to it; lagging or unavailable: reads go to the primary meanwhile
                                 * @enum {string}
                                 */
                                status: "ok" | "lagging" | "unavailable";
                                /** @description How long ago the primary had written WAL the replica has not replayed yet */
                                lagSeconds: number | null;
                                lagBytes: number | null;
                            };
                        };
                        /** @description Migrations or SQL functions this build expects that the database lacks */
                        pending?: string[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready" | "not_ready";
                        checks: {
                            /** @enum {string} */
                            database: "ok" | "unavailable";
                            /** @enum {string} */
                            migrations: "applied" | "pending" | "unknown";
                            /** @description The streaming replica (DATABASE_READ_URL), when one is configured */
                            replica?: {
                                /**
                                 * @description ok: reads go to it; lagging or unavailable: reads go to the primary meanwhile
                                 * @enum {string}
                                 */
                                status: "ok" | "lagging" | "unavailable";
                                /** @description How long ago the primary had written WAL the replica has not replayed yet */
                                lagSeconds: number | null;
                                lagBytes: number | null;
                            };
                        };
                        /** @description Migrations or SQL functions this build expects that the database lacks */
                        pending?: string[];
                    };
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Letters (any script), digits and . _ @ -; case does not matter when signing in */
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrincipals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        principals: components["schemas"]["Principal"][];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    roles: ("admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler")[];
                    memberId?: string | null;
                    branchId?: string | null;
                    hostUnit?: string | null;
                    expiresAt?: string | null;
                    username?: string | null;
                    email?: string | null;
                    locale?: ("zh-CN" | "en") | null;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewPrincipal"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokePrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    roles?: ("admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler")[];
                    memberId?: string | null;
                    branchId?: string | null;
                    hostUnit?: string | null;
                    expiresAt?: string | null;
                    username?: string | null;
                    email?: string | null;
                    locale?: ("zh-CN" | "en") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotatePrincipalToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalWithToken"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPrincipalPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseSubject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The instance whose person is forgotten, as its stream names it: member/<id>, recruitment/<id>, cadre-training/<id>, secondment/<id>, suggestion/<id>
                     * @example member/m-17
                     * @example suggestion/01J9Z5R2V3
                     */
                    subject: string;
                    /** @description Why (the request it answers): recorded in the erasure event, with who and when */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        /** @description ISO timestamp */
                        erasedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkflows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workflows: {
                            name: string;
                            title: string;
                            version: number;
                            states: string[];
                            finalStates: string[];
                            startCommands: string[];
                            commands: {
                                type: string;
                                event: string;
                                /**
                                 * @description backward: it stops or turns the case back (offer it last)
                                 * @enum {string}
                                 */
                                kind: "forward" | "backward";
                                roles: string[];
                                /** @description JSON Schema; a field referring to a member, principal, branch, collection or host unit carries x-docket-ref */
                                schema: {
                                    [key: string]: unknown;
                                };
                            }[];
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflowDiagram: {
        parameters: {
            query?: {
                format?: "mermaid" | "dot" | "svg";
                instance?: string;
            };
            header?: never;
            path: {
                workflow: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The diagram: Mermaid text, Graphviz DOT or SVG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "text/vnd.graphviz": string;
                    "image/svg+xml": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecruitmentInstances: {
        parameters: {
            query?: {
                state?: string;
                /** @description A case number (2026-意见-012, 2026-12 or 12), or any text of the data (a name, a category) */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recruitment instances. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentInstancePage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startRecruitment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The starting command */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecruitmentStartCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendRecruitmentCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A command: {type, ...fields} */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecruitmentCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRecruitment: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                asOf?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentInstance"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRecruitmentHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentHistory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCadreTrainingInstances: {
        parameters: {
            query?: {
                state?: string;
                /** @description A case number (2026-意见-012, 2026-12 or 12), or any text of the data (a name, a category) */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cadre-training instances. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreTrainingInstancePage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startCadreTraining: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The starting command */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CadreTrainingStartCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendCadreTrainingCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A command: {type, ...fields} */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CadreTrainingCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCadreTraining: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                asOf?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreTrainingInstance"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCadreTrainingHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreTrainingHistory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSecondmentInstances: {
        parameters: {
            query?: {
                state?: string;
                /** @description A case number (2026-意见-012, 2026-12 or 12), or any text of the data (a name, a category) */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secondment instances. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentInstancePage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSecondment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The starting command */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondmentStartCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendSecondmentCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A command: {type, ...fields} */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondmentCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSecondment: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                asOf?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentInstance"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSecondmentHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentHistory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSuggestionInstances: {
        parameters: {
            query?: {
                state?: string;
                /** @description A case number (2026-意见-012, 2026-12 or 12), or any text of the data (a name, a category) */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suggestion instances. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionInstancePage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSuggestion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The starting command */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionStartCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendSuggestionCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A command: {type, ...fields} */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuggestion: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                asOf?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionInstance"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSuggestionHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionHistory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMemberInstances: {
        parameters: {
            query?: {
                state?: string;
                /** @description A case number (2026-意见-012, 2026-12 or 12), or any text of the data (a name, a category) */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member instances. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberInstancePage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Adds a member to the roster (import of an existing member, or an admitted applicant) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberStartCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendMemberCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A command: {type, ...fields} */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                asOf?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberInstance"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMemberHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberHistory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSettingsInstances: {
        parameters: {
            query?: {
                state?: string;
                /** @description A case number (2026-意见-012, 2026-12 or 12), or any text of the data (a name, a category) */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings instances. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsInstancePage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Changes the organisation settings (at least one field); the recorded event carries the full resulting settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsStartCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendSettingsCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Changes the organisation settings (at least one field); the recorded event carries the full resulting settings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                asOf?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsInstance"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettingsHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsHistory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCollectionInstances: {
        parameters: {
            query?: {
                state?: string;
                /** @description A case number (2026-意见-012, 2026-12 or 12), or any text of the data (a name, a category) */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection instances. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionInstancePage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startCollection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The starting command */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollectionStartCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendCollectionCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A command: {type, ...fields} */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollectionCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCollection: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                asOf?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionInstance"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCollectionHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionHistory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActivityInstances: {
        parameters: {
            query?: {
                state?: string;
                /** @description A case number (2026-意见-012, 2026-12 or 12), or any text of the data (a name, a category) */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activity instances. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityInstancePage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Records an organisation activity and who of the members took part */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityStartCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendActivityCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
                /** @description Expected instance version, e.g. "3" */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Withdraws a record made in error */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCommand"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                asOf?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityInstance"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActivityHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityHistory"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInbox: {
        parameters: {
            query?: {
                /** @description Page size (at most 200) */
                limit?: number;
                /** @description The `cursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s inbox. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPendingReplies: {
        parameters: {
            query?: {
                /** @description true: only overdue; false: only not yet overdue */
                overdue?: boolean;
                handler?: string;
                /** @description Page size (at most 200) */
                limit?: number;
                /** @description The `cursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending reply obligations. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingReplyPage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCollectionCadence: {
        parameters: {
            query: {
                year: number;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection cadence of the year. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        minCollectionsPerMonth: number;
                        months: {
                            box: string;
                            /** @description YYYY-MM */
                            month: string;
                            collections: number;
                            suggestions: number;
                            belowMinimum: boolean;
                        }[];
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSecondmentAudit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secondment’s audit (an export holds its decisions). Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state: string;
                        status: string;
                        member: {
                            id: string;
                            /** @description null once erased (see erased) */
                            name?: string | null;
                        };
                        hostUnit: string;
                        post: string;
                        startsOn: string | null;
                        termEndsOn: string | null;
                        decisions: {
                            version: number;
                            step: string;
                            decision: string;
                            eventType: string;
                            actorId: string;
                            actorName: string;
                            /** @description The role the actor used at the time */
                            role: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            occurredOn: string;
                            recordedAt: string;
                            reason?: string | null;
                            comment: string | null;
                        }[];
                        chain: {
                            ok: boolean;
                            firstBroken: {
                                streamId: string;
                                version: number;
                                /** @description hash_mismatch, prev_hash_mismatch, version_gap, missing_events or head_mismatch */
                                reason: string;
                                detail: string;
                            } | null;
                        };
                        /** @description Check them against the signed checkpoint (GET /audit/public-key): docs/tamper-evidence.md */
                        integrity: {
                            checkpoint: {
                                treeSize: number;
                                /** @description SHA-256, 64 lowercase hex digits */
                                rootHash: string;
                                /** @description ISO 8601 UTC with milliseconds */
                                issuedAt: string;
                                /** @description The first 16 hex digits of SHA-256 of the public key (DER SubjectPublicKeyInfo) */
                                keyId: string;
                                /** @description Ed25519 signature, base64, of the UTF-8 text "docket-checkpoint/v1\n<treeSize>\n<rootHash>\n<issuedAt>\n" (docs/tamper-evidence.md) */
                                signature: string;
                            } | null;
                            /** @description One per decision: its RFC 9162 inclusion proof in the latest checkpoint, pending (after it), or missing (a leaf of the tree the log no longer holds) */
                            proofs: ({
                                /** @enum {string} */
                                status: "included";
                                version: number;
                                leafIndex: number;
                                treeSize: number;
                                eventHash: string;
                                proof: string[];
                            } | {
                                /** @enum {string} */
                                status: "pending";
                                version: number;
                            } | {
                                /** @enum {string} */
                                status: "missing";
                                version: number;
                                leafIndex: number;
                            })[];
                        };
                        /** @description Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none */
                        redacted: string[];
                        /** @description Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. A field both erased and not for this caller is named in `redacted` or here, never with a value */
                        erased: string[];
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchDirectory: {
        parameters: {
            query: {
                kind: "member" | "principal" | "branch" | "collection" | "hostUnit";
                /** @description Part of the name (a collection: of its box, or the start of its date) */
                q?: string;
                /** @description kind principal: only holders of this role */
                role?: "admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description What a command field takes (for a host unit, its name) */
                            id: string;
                            /** @description What a person reads: a name, a branch name, a box and its date */
                            name: string;
                            branchId: string | null;
                            branchName: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description A cursor from an earlier page; absent: from the start */
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFeedPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAudit: {
        parameters: {
            query?: {
                /** @description e.g. secondment/<id> */
                streamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        streamsChecked: number;
                        eventsChecked: number;
                        firstBroken: {
                            streamId: string;
                            version: number;
                            /** @description hash_mismatch, prev_hash_mismatch, version_gap, missing_events or head_mismatch */
                            reason: string;
                            detail: string;
                        } | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccess: {
        parameters: {
            query: {
                subject: string;
                limit?: number;
                /** @description The `cursor` of the previous page */
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        treeSize: number;
                        /** @description SHA-256, 64 lowercase hex digits */
                        rootHash: string;
                        /** @description ISO 8601 UTC with milliseconds */
                        issuedAt: string;
                        /** @description The first 16 hex digits of SHA-256 of the public key (DER SubjectPublicKeyInfo) */
                        keyId: string;
                        /** @description Ed25519 signature, base64, of the UTF-8 text "docket-checkpoint/v1\n<treeSize>\n<rootHash>\n<issuedAt>\n" (docs/tamper-evidence.md) */
                        signature: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        treeSize: number;
                        /** @description SHA-256, 64 lowercase hex digits */
                        rootHash: string;
                        /** @description ISO 8601 UTC with milliseconds */
                        issuedAt: string;
                        /** @description The first 16 hex digits of SHA-256 of the public key (DER SubjectPublicKeyInfo) */
                        keyId: string;
                        /** @description Ed25519 signature, base64, of the UTF-8 text "docket-checkpoint/v1\n<treeSize>\n<rootHash>\n<issuedAt>\n" (docs/tamper-evidence.md) */
                        signature: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keyId: string;
                        /** @enum {string} */
                        algorithm: "Ed25519";
                        /** @description PEM, SubjectPublicKeyInfo */
                        publicKey: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConsistencyProof: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        to: number;
                        /** @description The consistency path (RFC 9162 §2.1.4.1), in order */
                        proof: string[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInclusionProof: {
        parameters: {
            query: {
                /** @description e.g. secondment/<id> */
                streamId: string;
                version: number;
                treeSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        streamId: string;
                        version: number;
                        leafIndex: number;
                        treeSize: number;
                        /** @description SHA-256, 64 lowercase hex digits */
                        eventHash: string;
                        /** @description SHA-256, 64 lowercase hex digits */
                        leafHash: string;
                        /** @description The inclusion path (RFC 9162 §2.1.3.1), from the leaf’s sibling up */
                        proof: string[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTreeLeaves: {
        parameters: {
            query?: {
                from?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        treeSize: number;
                        leaves: {
                            leafIndex: number;
                            streamId: string;
                            version: number;
                            /** @description SHA-256, 64 lowercase hex digits */
                            leafHash: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoster: {
        parameters: {
            query?: {
                branchId?: string;
                /** @description true: current members only; false: departed only */
                current?: boolean;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roster. Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRosterMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importMembers: {
        parameters: {
            query?: {
                /** @description true: check every row and answer each row's result; write nothing */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberImportRow"][];
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberImportDryRun"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberImportResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        committeeSize: number;
                        recruitmentQuota: number;
                        branches: {
                            id: string;
                            name: string;
                        }[];
                        /** @description Every policy value in force */
                        policy: {
                            [key: string]: number;
                        };
                        /** @description generic or jiusan: the words used everywhere (GET /settings/vocabulary has them) */
                        vocabulary: string;
                        /** @description IANA time zone of the organisation: its business day */
                        timeZone: string;
                        /** @description The managed list of suggestion categories (empty: any) */
                        categories: string[];
                        /** @description Version of the settings stream (0: never changed, defaults in force); use it in If-Match */
                        version: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAdminSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Expected settings version, e.g. "3" ("0" before the first change) */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Fields to change (at least one); branches replace the whole list; policy fields are merged. Optional `on` (business date) and `comment`. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Business date it happened (default: today)
                     */
                    on?: string;
                    /** @description Free comment kept in the history */
                    comment?: string;
                    /** @description Members of the grassroots committee (quorum and majority are computed from it) */
                    committeeSize?: number;
                    /** @description Admissions per year before they are recorded over quota */
                    recruitmentQuota?: number;
                    /** @description The whole list of branches (replaces the previous one) */
                    branches?: {
                        /** @description Branch id, referenced by members and applications */
                        id: string;
                        /** @description Branch name */
                        name: string;
                    }[];
                    /** @description Policy fields to change; the others keep their value */
                    policy?: {
                        /** @description recruitment: minimum days in cultivation before CompleteCultivation */
                        minCultivationDays?: number;
                        /** @description secondment: maximum age on startsOn without an ageExceptionReason */
                        secondmentMaxAge?: number;
                        /** @description suggestion: days from receivedOn to the reply deadline */
                        replyDays?: number;
                        /** @description suggestion: the longest extension one RequestExtension may ask for */
                        maxExtensionDays?: number;
                        /** @description suggestion boxes: collections per box and month below which the month is flagged */
                        minCollectionsPerMonth?: number;
                        /** @description secondment: months between interim reviews while on duty */
                        interimReviewMonths?: number;
                        /** @description cadre training: days in the pool between annual reviews */
                        annualReviewDays?: number;
                        /** @description secondment: bound of months and of the whole term */
                        maxSecondmentMonths?: number;
                    };
                    /**
                     * @description The words used everywhere: generic (会员, 支部, 入会 …) or jiusan (社员, 支社, 入社 …)
                     * @enum {string}
                     */
                    vocabulary?: "generic" | "jiusan";
                    /** @description IANA time zone of the organisation, e.g. Asia/Shanghai */
                    timeZone?: string;
                    /** @description The whole list of suggestion categories (replaces the previous one) */
                    categories?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        committeeSize: number;
                        recruitmentQuota: number;
                        branches: {
                            id: string;
                            name: string;
                        }[];
                        /** @description Every policy value in force */
                        policy: {
                            [key: string]: number;
                        };
                        /** @description generic or jiusan: the words used everywhere (GET /settings/vocabulary has them) */
                        vocabulary: string;
                        /** @description IANA time zone of the organisation: its business day */
                        timeZone: string;
                        /** @description The managed list of suggestion categories (empty: any) */
                        categories: string[];
                        /** @description Version of the settings stream (0: never changed, defaults in force); use it in If-Match */
                        version: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVocabulary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The vocabulary in force: generic or jiusan */
                        name: string;
                        terms: {
                            "zh-CN": {
                                member: string;
                                branch: string;
                                branchChair: string;
                                join: string;
                                leave: string;
                                committee: string;
                                chair: string;
                                cityCommittee: string;
                                organisation: string;
                            };
                            en: {
                                member: string;
                                branch: string;
                                branchChair: string;
                                join: string;
                                leave: string;
                                committee: string;
                                chair: string;
                                cityCommittee: string;
                                organisation: string;
                            };
                        };
                        /** @description Per workflow, the word a case number carries (2026-意见-012) */
                        caseCodes: {
                            [key: string]: string;
                        };
                        /** @description The managed list of suggestion categories (empty: free text) */
                        categories: string[];
                        /** @description The organisation’s IANA time zone */
                        timeZone: string;
                        /** @description Today in the organisation’s time zone (YYYY-MM-DD): the default business date */
                        today: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordCollection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description box, collectedOn, count; optional `on` (business date, default collectedOn) and `comment` */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Business date it happened (default: today)
                     */
                    on?: string;
                    /** @description Free comment kept in the history */
                    comment?: string;
                    /** @description Which suggestion box */
                    box: string;
                    /**
                     * Format: date
                     * @description The day the box was opened
                     */
                    collectedOn: string;
                    /** @description Suggestions found in the box */
                    count: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganizationReport: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                asOf?: string;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (an export holds one figure a line). Content negotiation by `Accept`: JSON (default), `text/csv` (UTF-8 with BOM) or `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en). */
            200: {
                headers: {
                    /** @description CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187) */
                    "Content-Disposition"?: string;
                    /** @description CSV and .xlsx: the language of the column headers (zh-CN or en) */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The business date the figures hold on */
                        asOf: string;
                        /** @description Members on asOf: joined by then and not departed by then */
                        members: number;
                        /** @description Members still working */
                        working: number;
                        /** @description Members retired */
                        retired: number;
                        /** @description Members by decade of birth, e.g. {"1980s": 14} */
                        bornByDecade: {
                            [key: string]: number;
                        };
                        /** @description Working members with a university degree (bachelor or higher) */
                        workingWithDegree: number;
                        /** @description Working members with a senior or intermediate title */
                        workingSeniorOrIntermediate: number;
                        /** @description Share of working members, three decimals */
                        workingSeniorOrIntermediateShare: number;
                        /** @description Branches configured on asOf, then any other branch a member belongs to */
                        branches: {
                            id: string;
                            /** @description null for a branch id no settings ever named */
                            name: string | null;
                            /** @description Members of the branch */
                            members: number;
                        }[];
                        admissions: {
                            /** @description The year of asOf */
                            year: number;
                            /** @description Admissions approved from 1 January to asOf */
                            count: number;
                            /** @description The recruitment quota in force on asOf */
                            quota: number;
                            /** @description How many of them were recorded over the quota */
                            overQuota: number;
                        };
                        /** @description All suggestions registered up to asOf, in their state on asOf */
                        suggestions: {
                            /** @description Suggestions registered by asOf */
                            received: number;
                            /** @description Replied by their deadline (and not reopened) */
                            repliedOnTime: number;
                            /** @description Replied after their deadline */
                            repliedLate: number;
                            /** @description Awaiting a reply on asOf (registered or in progress) */
                            pending: number;
                            /** @description Pending and past their deadline on asOf */
                            overdue: number;
                        };
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnnualReport: {
        parameters: {
            query: {
                /** @description The year reported on */
                year: number;
            };
            header?: {
                /** @description The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting) */
                "docket-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @description 31 December of the year, or today for the current year */
                        asOf: string;
                        membership: {
                            members: number;
                            working: number;
                            retired: number;
                            /** @description Members by decade of birth, e.g. {"1980s": 14} */
                            bornByDecade: {
                                [key: string]: number;
                            };
                            /** @description Working members with a university degree */
                            workingWithDegree: number;
                            /** @description Working members with a senior or intermediate title */
                            workingSeniorOrIntermediate: number;
                            workingSeniorOrIntermediateShare: number;
                        };
                        /** @description Branches and their members on asOf */
                        branches: {
                            id: string;
                            name: string | null;
                            members: number;
                        }[];
                        committee: {
                            /** @description Members of the grassroots committee (settings in force on asOf) */
                            size: number;
                        };
                        recruitment: {
                            quota: number;
                            /** @description Admissions approved in the year */
                            admitted: number;
                            overQuota: number;
                            /** @description Applications received in the year */
                            applicationsReceived: number;
                            /** @description Applications still open on asOf */
                            inProgress: number;
                            /** @description Admitted in the year */
                            members: {
                                name: string;
                                branchId: string;
                                approvedOn: string;
                                approvalNo: string;
                                overQuota: boolean;
                            }[];
                        };
                        reserveCadres: {
                            /** @description In the pool on asOf */
                            pool: number;
                            enteredPool: number;
                            appointed: number;
                            removed: number;
                            /** @description In the pool, or appointed or removed in the year */
                            cadres: {
                                memberName: string;
                                branchId: string | null;
                                poolSince: string;
                                state: string;
                            }[];
                            /** @description Tasks assigned in the year */
                            tasks: {
                                memberName: string;
                                title: string;
                                assignedOn: string;
                                dueOn: string;
                                completedOn: string | null;
                            }[];
                            /** @description Courses started or enrolled in the year */
                            courses: {
                                memberName: string;
                                course: string;
                                institution: string;
                                startsOn: string;
                                endsOn: string;
                                completedOn: string | null;
                            }[];
                        };
                        secondments: {
                            /** @description Members on duty at some time in the year */
                            count: number;
                            /** @description Who, where, how long */
                            items: {
                                memberName: string;
                                hostUnit: string;
                                post: string;
                                reportedOn: string;
                                termMonths: number;
                                termEndsOn: string | null;
                                state: string;
                            }[];
                        };
                        suggestions: {
                            /** @description Received in the year */
                            received: number;
                            repliedOnTime: number;
                            repliedLate: number;
                            /** @description Awaiting a reply on asOf */
                            pending: number;
                            /** @description Pending and past their deadline on asOf */
                            overdue: number;
                            /** @description The policy: collections per box and month */
                            minimumCollectionsPerMonth: number;
                            /** @description Per box and month */
                            collections: {
                                box: string;
                                month: string;
                                collections: number;
                                suggestions: number;
                                belowMinimum: boolean;
                            }[];
                            /** @description Months below the minimum, up to asOf */
                            missedMonths: {
                                box: string;
                                month: string;
                                collections: number;
                            }[];
                        };
                        activities: {
                            /** @description Activities held in the year (withdrawn records left out) */
                            count: number;
                            /** @description Member participations: each member once per activity */
                            participations: number;
                            /** @description Different members who took part */
                            participants: number;
                            /** @description By kind, most frequent first */
                            byKind: {
                                /** @enum {string} */
                                kind: "study" | "research" | "social_service" | "consultation" | "training" | "fellowship" | "meeting" | "other";
                                count: number;
                                participations: number;
                            }[];
                            /** @description By date */
                            items: {
                                id: string;
                                date: string;
                                /** @enum {string} */
                                kind: "study" | "research" | "social_service" | "consultation" | "training" | "fellowship" | "meeting" | "other";
                                title: string;
                                place: string;
                                participants: number;
                            }[];
                        };
                    };
                    "text/html": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key: a retry returns the original result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description date, kind, title, place, participants (member ids); optional `on` (business date, default date) and `comment` */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Business date it happened (default: today)
                     */
                    on?: string;
                    /** @description Free comment kept in the history */
                    comment?: string;
                    /**
                     * Format: date
                     * @description The day the activity took place
                     */
                    date: string;
                    /**
                     * @description What kind of activity
                     * @enum {string}
                     */
                    kind: "study" | "research" | "social_service" | "consultation" | "training" | "fellowship" | "meeting" | "other";
                    /** @description What it was */
                    title: string;
                    /** @description Where it took place */
                    place: string;
                    /** @description The members who took part (roster ids), each once */
                    participants: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command */
                    "docket-position"?: string;
                    /** @description The version of the instance (of the settings for /admin/settings) as an entity tag, e.g. "3": send it back as If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                status?: "pending" | "sent" | "failed" | "skipped";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
