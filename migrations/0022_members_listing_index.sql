-- The roster is listed (and exported) by joining date, keyset-paged on (joined_on, id): each page,
-- including each page of a roster export of any length, is then one index range scan.
CREATE INDEX IF NOT EXISTS view_members_joined ON view_members (joined_on, id);
