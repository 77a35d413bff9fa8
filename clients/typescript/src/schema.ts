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
        /** @description Withdraws a record made in error */
        ActivityCommand: components["schemas"]["WithdrawActivity"];
        ActivityInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            workflow: string;
            workflowVersion: number;
            /** @description One of recorded, withdrawn (a nested state as parent.child) */
            state: string;
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: {
                [key: string]: unknown;
            };
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
        /** @description Records an organisation activity and who of the members took part */
        ActivityStartCommand: components["schemas"]["RecordActivity"];
        Actor: {
            id: string;
            name: string;
            /**
             * @description The role it acted in
             * @enum {string}
             */
            role: "admin" | "office" | "member" | "branch_chair" | "committee" | "chair" | "city_committee" | "united_front" | "host_unit" | "suggestion_manager" | "handler" | "system";
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
        /** @description A command: {type, ...fields} */
        CadreTrainingCommand: components["schemas"]["ScreenCandidate"] | components["schemas"]["CastVote"] | components["schemas"]["CloseVote"] | components["schemas"]["AssignTask"] | components["schemas"]["CompleteTask"] | components["schemas"]["EnrolCourse"] | components["schemas"]["CompleteCourse"] | components["schemas"]["RecordAnnualReview"] | components["schemas"]["Appoint"] | components["schemas"]["RemoveFromPool"];
        CadreTrainingInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            workflow: string;
            workflowVersion: number;
            /** @description One of screening, committee_decision, in_pool, appointed, removed, dropped (a nested state as parent.child) */
            state: string;
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: {
                [key: string]: unknown;
            };
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
        CollectionInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            workflow: string;
            workflowVersion: number;
            /** @description One of recorded (a nested state as parent.child) */
            state: string;
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: {
                [key: string]: unknown;
            };
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
            events: components["schemas"]["Event"][];
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
        Event: {
            version: number;
            type: string;
            data: {
                [key: string]: unknown;
            };
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
        /** @description A command: {type, ...fields} */
        MemberCommand: components["schemas"]["RecordRetirement"] | components["schemas"]["RecordDeparture"] | components["schemas"]["UpdateProfile"];
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
            workflow: string;
            workflowVersion: number;
            /** @description One of active, departed (a nested state as parent.child) */
            state: string;
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: {
                [key: string]: unknown;
            };
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
        /** @description Adds a member to the roster (import of an existing member, or an admitted applicant) */
        MemberStartCommand: components["schemas"]["RegisterMember"];
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
        /** @description application/problem+json */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description Stable machine-readable error code (docs/workflows.md lists the rule codes) */
            code: string;
            /** @description 500: the request id its log line carries */
            requestId?: string;
            /** @description command_not_allowed: what the state takes */
            allowedCommands?: string[];
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
            /** @description invalid_request and imports: each problem found */
            errors?: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
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
        RecruitmentInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            workflow: string;
            workflowVersion: number;
            /** @description One of qualification_review, cultivation, sponsorship, branch_review, committee_review, city_approval, admitted, inducted, rejected, withdrawn (a nested state as parent.child) */
            state: string;
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: {
                [key: string]: unknown;
            };
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
        /** @description A command: {type, ...fields} */
        SecondmentCommand: components["schemas"]["ApproveNomination"] | components["schemas"]["RejectNomination"] | components["schemas"]["ApproveByUnitedFront"] | components["schemas"]["RejectByUnitedFront"] | components["schemas"]["AcceptByHost"] | components["schemas"]["DeclineByHost"] | components["schemas"]["Dispatch"] | components["schemas"]["RecordInterimReview"] | components["schemas"]["ExtendTerm"] | components["schemas"]["EndEarly"] | components["schemas"]["RecordHostAppraisal"] | components["schemas"]["RecordFinalAssessment"] | components["schemas"]["CompleteSecondment"] | components["schemas"]["CancelSecondment"];
        SecondmentInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            workflow: string;
            workflowVersion: number;
            /** @description One of committee_review, united_front_review, host_review, awaiting_dispatch, on_duty, final_assessment, completed, rejected, cancelled (a nested state as parent.child) */
            state: string;
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: {
                [key: string]: unknown;
            };
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
        /** @description The starting command */
        SecondmentStartCommand: components["schemas"]["ProposeSecondment"];
        /** @description Changes the organisation settings (at least one field); the recorded event carries the full resulting settings */
        SettingsCommand: components["schemas"]["ChangeSettings"];
        SettingsInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            workflow: string;
            workflowVersion: number;
            /** @description One of active (a nested state as parent.child) */
            state: string;
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: {
                [key: string]: unknown;
            };
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
        /** @description Changes the organisation settings (at least one field); the recorded event carries the full resulting settings */
        SettingsStartCommand: components["schemas"]["ChangeSettings"];
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
        /** @description A command: {type, ...fields} */
        SuggestionCommand: components["schemas"]["AssignHandler"] | components["schemas"]["ReferTo"] | components["schemas"]["RequestExtension"] | components["schemas"]["ApproveExtension"] | components["schemas"]["Reply"] | components["schemas"]["RecordSatisfaction"] | components["schemas"]["Close"];
        SuggestionInstance: {
            id: string;
            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
            number: string | null;
            workflow: string;
            workflowVersion: number;
            /** @description One of registered, in_progress, replied, closed (a nested state as parent.child) */
            state: string;
            /**
             * @description active, or done for a final state
             * @enum {string}
             */
            status: "active" | "done";
            /** @description The instance version (also the ETag); send it as If-Match */
            version: number;
            data: {
                [key: string]: unknown;
            };
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
        /** @description The starting command */
        SuggestionStartCommand: components["schemas"]["RegisterSuggestion"];
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
                    "application/json": {
                        id: string;
                        name: string;
                        roles: string[];
                        memberId: string | null;
                        branchId: string | null;
                        hostUnit: string | null;
                        username: string | null;
                        /** @description When the principal itself expires */
                        expiresAt: string | null;
                        /** @enum {string} */
                        signedInWith: "token" | "session";
                        /** @description The session’s absolute end (it also ends when idle) */
                        sessionExpiresAt: string | null;
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
                    "application/json": {
                        id: string;
                        name: string;
                        roles: string[];
                        memberId: string | null;
                        branchId: string | null;
                        hostUnit: string | null;
                        username: string | null;
                        /** @description When the principal itself expires */
                        expiresAt: string | null;
                        /** @enum {string} */
                        signedInWith: "token" | "session";
                        /** @description The session’s absolute end (it also ends when idle) */
                        sessionExpiresAt: string | null;
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
                        principals: {
                            id: string;
                            name: string;
                            roles: string[];
                            memberId: string | null;
                            branchId: string | null;
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
                    "application/json": {
                        id: string;
                        name: string;
                        roles: string[];
                        memberId: string | null;
                        branchId: string | null;
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
                    "application/json": {
                        id: string;
                        name: string;
                        roles: string[];
                        memberId: string | null;
                        branchId: string | null;
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
                    "application/json": {
                        id: string;
                        name: string;
                        roles: string[];
                        memberId: string | null;
                        branchId: string | null;
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
                    "application/json": {
                        id: string;
                        name: string;
                        roles: string[];
                        memberId: string | null;
                        branchId: string | null;
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
                    "application/json": {
                        id: string;
                        name: string;
                        roles: string[];
                        memberId: string | null;
                        branchId: string | null;
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
                    "application/json": {
                        items: {
                            id: string;
                            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
                            number: string | null;
                            workflow: string;
                            state: string;
                            status: string;
                            version: number;
                            data: {
                                [key: string]: unknown;
                            };
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
                        }[];
                        cursor: string | null;
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
                    /** @description The instance version as an entity tag, e.g. "3": send it back as If-Match */
                    ETag?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        workflow: string;
                        events: components["schemas"]["Event"][];
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
                    "application/json": {
                        items: {
                            id: string;
                            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
                            number: string | null;
                            workflow: string;
                            state: string;
                            status: string;
                            version: number;
                            data: {
                                [key: string]: unknown;
                            };
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
                        }[];
                        cursor: string | null;
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
                    /** @description The instance version as an entity tag, e.g. "3": send it back as If-Match */
                    ETag?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        workflow: string;
                        events: components["schemas"]["Event"][];
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
                    "application/json": {
                        items: {
                            id: string;
                            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
                            number: string | null;
                            workflow: string;
                            state: string;
                            status: string;
                            version: number;
                            data: {
                                [key: string]: unknown;
                            };
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
                        }[];
                        cursor: string | null;
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
                    /** @description The instance version as an entity tag, e.g. "3": send it back as If-Match */
                    ETag?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        workflow: string;
                        events: components["schemas"]["Event"][];
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
                    "application/json": {
                        items: {
                            id: string;
                            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
                            number: string | null;
                            workflow: string;
                            state: string;
                            status: string;
                            version: number;
                            data: {
                                [key: string]: unknown;
                            };
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
                        }[];
                        cursor: string | null;
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
                    /** @description The instance version as an entity tag, e.g. "3": send it back as If-Match */
                    ETag?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        workflow: string;
                        events: components["schemas"]["Event"][];
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
                    "application/json": {
                        items: {
                            id: string;
                            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
                            number: string | null;
                            workflow: string;
                            state: string;
                            status: string;
                            version: number;
                            data: {
                                [key: string]: unknown;
                            };
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
                        }[];
                        cursor: string | null;
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
                    /** @description The instance version as an entity tag, e.g. "3": send it back as If-Match */
                    ETag?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        workflow: string;
                        events: components["schemas"]["Event"][];
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
                    "application/json": {
                        items: {
                            id: string;
                            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
                            number: string | null;
                            workflow: string;
                            state: string;
                            status: string;
                            version: number;
                            data: {
                                [key: string]: unknown;
                            };
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
                        }[];
                        cursor: string | null;
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
                    /** @description The instance version as an entity tag, e.g. "3": send it back as If-Match */
                    ETag?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        workflow: string;
                        events: components["schemas"]["Event"][];
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
                    "application/json": {
                        items: {
                            id: string;
                            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
                            number: string | null;
                            workflow: string;
                            state: string;
                            status: string;
                            version: number;
                            data: {
                                [key: string]: unknown;
                            };
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
                        }[];
                        cursor: string | null;
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
                    /** @description The instance version as an entity tag, e.g. "3": send it back as If-Match */
                    ETag?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        workflow: string;
                        events: components["schemas"]["Event"][];
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
                    "application/json": {
                        items: {
                            id: string;
                            /** @description The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers) */
                            number: string | null;
                            workflow: string;
                            state: string;
                            status: string;
                            version: number;
                            data: {
                                [key: string]: unknown;
                            };
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
                        }[];
                        cursor: string | null;
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
                    /** @description The instance version as an entity tag, e.g. "3": send it back as If-Match */
                    ETag?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        workflow: string;
                        events: components["schemas"]["Event"][];
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
                    "application/json": {
                        items: {
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
                        }[];
                        cursor: string | null;
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
                    "application/json": {
                        items: {
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
                        }[];
                        cursor: string | null;
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
                    "application/json": {
                        events: {
                            globalPosition: number;
                            streamId: string;
                            workflow: string;
                            version: number;
                            type: string;
                            data: {
                                [key: string]: unknown;
                            };
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
                        }[];
                        cursor: string;
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
                    "application/json": {
                        subject: string;
                        items: {
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
                        }[];
                        cursor: string | null;
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
                    "application/json": {
                        items: {
                            id: string;
                            name?: string | null;
                            gender: string;
                            birthDate?: string | null;
                            education: string;
                            title: string;
                            /** @description working or retired */
                            employment: string;
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
                        }[];
                        cursor: string | null;
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
                    "application/json": {
                        id: string;
                        name?: string | null;
                        gender: string;
                        birthDate?: string | null;
                        education: string;
                        title: string;
                        /** @description working or retired */
                        employment: string;
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
                    "application/json": {
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
                            problems: {
                                /** @description The data row, counted from 1 (0: the header row) */
                                row: number;
                                /** @description CSV: the line; .xlsx: the sheet row */
                                line?: number;
                                column: string | null;
                                field: string | null;
                                code: string;
                                message: string;
                            }[];
                        }[];
                        /** @description The members the import would register */
                        members: {
                            id: string | null;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                        members: {
                            id: string;
                            name: string;
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
                    "application/json": {
                        items: {
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
                        }[];
                        cursor: string | null;
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
