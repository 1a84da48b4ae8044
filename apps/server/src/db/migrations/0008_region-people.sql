CREATE TABLE "rollup_region_client_month" (
	"prefix" varchar(9) NOT NULL,
	"month" date NOT NULL,
	"client_id" uuid NOT NULL,
	"refs" integer NOT NULL,
	CONSTRAINT "rollup_region_client_month_prefix_month_client_id_pk" PRIMARY KEY("prefix","month","client_id")
);
--> statement-breakpoint
CREATE TABLE "rollup_region_client_year" (
	"prefix" varchar(9) NOT NULL,
	"year" smallint NOT NULL,
	"category" text NOT NULL,
	"client_id" uuid NOT NULL,
	"months" integer NOT NULL,
	CONSTRAINT "rollup_region_client_year_prefix_year_category_client_id_pk" PRIMARY KEY("prefix","year","category","client_id")
);
--> statement-breakpoint
CREATE TABLE "rollup_region_people" (
	"prefix" varchar(9) NOT NULL,
	"period" varchar(7) NOT NULL,
	"category" text NOT NULL,
	"shard" smallint NOT NULL,
	"people" integer NOT NULL,
	CONSTRAINT "rollup_region_people_prefix_period_category_shard_pk" PRIMARY KEY("prefix","period","category","shard")
);
--> statement-breakpoint
CREATE INDEX "rollup_region_client_month_client_idx" ON "rollup_region_client_month" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "rollup_region_client_year_client_idx" ON "rollup_region_client_year" USING btree ("client_id");--> statement-breakpoint
-- Distinct people per region prefix and period, maintained by the ledger trigger (reviewed custom
-- SQL below the generated tables). See the comments on the tables in db/schema/projects.ts.
-- A station contributes to its city (4 digits), district (6) and town (9) prefixes, as far as
-- its own code goes (a district centre has no town).
CREATE OR REPLACE FUNCTION rollup_region_prefixes(code text) RETURNS text[] AS $$
  SELECT CASE
    WHEN substr(code, 5) = '00000000' THEN ARRAY[left(code, 4)]
    WHEN substr(code, 7) = '000000' THEN ARRAY[left(code, 4), left(code, 6)]
    ELSE ARRAY[left(code, 4), left(code, 6), left(code, 9)]
  END
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rollup_region_shard(client uuid) RETURNS smallint AS $$
  SELECT (get_byte(uuid_send(client), 15) % 32)::smallint
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- PL/pgSQL rather than SQL so the statement's plan is cached for the session (PostgreSQL 15
-- plans a non-inlined SQL function's body on every call).
CREATE OR REPLACE FUNCTION rollup_region_people_add(p_prefix text, p_period text, p_category text, p_client uuid, p_delta int)
RETURNS void AS $$
BEGIN
  INSERT INTO rollup_region_people (prefix, period, category, shard, people)
    VALUES (p_prefix, p_period, p_category, rollup_region_shard(p_client), p_delta)
    ON CONFLICT (prefix, period, category, shard) DO UPDATE SET people = rollup_region_people.people + EXCLUDED.people;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The categories a client holds at some time during a month, '' (anyone) first.
CREATE OR REPLACE FUNCTION rollup_region_month_categories(p_client uuid, p_month date) RETURNS text[] AS $$
BEGIN
  RETURN ARRAY[''] || coalesce((
    SELECT array_agg(DISTINCT h.category_code ORDER BY h.category_code) FROM client_category_holdings h
    WHERE h.client_id = p_client AND h.effective_from <= (p_month + interval '1 month' - interval '1 day')::date
      AND (h.effective_to IS NULL OR h.effective_to >= p_month)), ARRAY[]::text[]);
END;
$$ LANGUAGE plpgsql STABLE;
--> statement-breakpoint
-- The client enters (p_delta 1) or leaves (-1) a month under a prefix: the month's counter, then
-- the year's row for '' and for every category the client holds during that month (p_categories).
CREATE OR REPLACE FUNCTION rollup_region_month_transition(p_prefix text, p_month date, p_client uuid, p_delta int, p_categories text[])
RETURNS void AS $$
DECLARE
  yr smallint := extract(year FROM p_month)::smallint;
  cat text;
  n int;
BEGIN
  PERFORM rollup_region_people_add(p_prefix, to_char(p_month, 'YYYY-MM'), '', p_client, p_delta);
  FOREACH cat IN ARRAY p_categories LOOP
    IF p_delta > 0 THEN
      INSERT INTO rollup_region_client_year (prefix, year, category, client_id, months)
        VALUES (p_prefix, yr, cat, p_client, 1)
        ON CONFLICT (prefix, year, category, client_id) DO UPDATE SET months = rollup_region_client_year.months + 1
        RETURNING months INTO n;
      IF n = 1 THEN
        PERFORM rollup_region_people_add(p_prefix, yr::text, cat, p_client, 1);
      END IF;
    ELSE
      UPDATE rollup_region_client_year SET months = months - 1
        WHERE prefix = p_prefix AND year = yr AND category = cat AND client_id = p_client
        RETURNING months INTO n;
      IF n <= 0 THEN
        DELETE FROM rollup_region_client_year
          WHERE prefix = p_prefix AND year = yr AND category = cat AND client_id = p_client AND months <= 0;
        PERFORM rollup_region_people_add(p_prefix, yr::text, cat, p_client, -1);
      END IF;
    END IF;
  END LOOP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- One ledger row of a client added (1) or removed (-1) at a station in a month. The client's row
-- is locked FOR KEY SHARE (as the foreign key check does) so an edit of the client's category
-- holdings, which locks it FOR UPDATE, never interleaves with reading the holdings here.
CREATE OR REPLACE FUNCTION rollup_region_client_change(p_station uuid, p_served_on date, p_client uuid, p_delta int)
RETURNS void AS $$
DECLARE
  m date := date_trunc('month', p_served_on)::date;
  code text;
  p text;
  n int;
  cats text[];
BEGIN
  SELECT region_code INTO code FROM stations WHERE id = p_station;
  IF code IS NULL THEN
    RETURN;
  END IF;
  PERFORM 1 FROM clients WHERE id = p_client FOR KEY SHARE;
  FOREACH p IN ARRAY rollup_region_prefixes(code) LOOP
    IF p_delta > 0 THEN
      INSERT INTO rollup_region_client_month (prefix, month, client_id, refs) VALUES (p, m, p_client, 1)
        ON CONFLICT (prefix, month, client_id) DO UPDATE SET refs = rollup_region_client_month.refs + 1
        RETURNING refs INTO n;
      IF n = 1 THEN
        cats := coalesce(cats, rollup_region_month_categories(p_client, m));
        PERFORM rollup_region_month_transition(p, m, p_client, 1, cats);
      END IF;
    ELSE
      UPDATE rollup_region_client_month SET refs = refs - 1
        WHERE prefix = p AND month = m AND client_id = p_client
        RETURNING refs INTO n;
      IF n <= 0 THEN
        DELETE FROM rollup_region_client_month WHERE prefix = p AND month = m AND client_id = p_client AND refs <= 0;
        cats := coalesce(cats, rollup_region_month_categories(p_client, m));
        PERFORM rollup_region_month_transition(p, m, p_client, -1, cats);
      END IF;
    END IF;
  END LOOP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The client's category rows recomputed from its months and its holdings as they stand now
-- (after any insert, edit or deletion of a holding), with the counters moved by the difference.
CREATE OR REPLACE FUNCTION rollup_region_client_categories(p_client uuid) RETURNS void AS $$
DECLARE
  r record;
BEGIN
  PERFORM 1 FROM clients WHERE id = p_client FOR UPDATE;
  FOR r IN
    WITH want AS (
      SELECT m.prefix, extract(year FROM m.month)::smallint AS year, h.category_code AS category, count(DISTINCT m.month)::int AS months
      FROM rollup_region_client_month m
      JOIN client_category_holdings h ON h.client_id = m.client_id
        AND h.effective_from <= (m.month + interval '1 month' - interval '1 day')::date
        AND (h.effective_to IS NULL OR h.effective_to >= m.month)
      WHERE m.client_id = p_client
      GROUP BY 1, 2, 3),
    have AS (
      SELECT prefix, year, category, months FROM rollup_region_client_year WHERE client_id = p_client AND category <> '')
    SELECT coalesce(w.prefix, h.prefix) AS prefix, coalesce(w.year, h.year) AS year, coalesce(w.category, h.category) AS category,
      w.months AS want, h.months AS have
    FROM want w FULL JOIN have h ON h.prefix = w.prefix AND h.year = w.year AND h.category = w.category
    WHERE w.months IS DISTINCT FROM h.months
    ORDER BY 1, 2, 3
  LOOP
    IF r.want IS NULL THEN
      DELETE FROM rollup_region_client_year
        WHERE prefix = r.prefix AND year = r.year AND category = r.category AND client_id = p_client;
      PERFORM rollup_region_people_add(r.prefix, r.year::text, r.category, p_client, -1);
    ELSIF r.have IS NULL THEN
      INSERT INTO rollup_region_client_year (prefix, year, category, client_id, months)
        VALUES (r.prefix, r.year, r.category, p_client, r.want);
      PERFORM rollup_region_people_add(r.prefix, r.year::text, r.category, p_client, 1);
    ELSE
      UPDATE rollup_region_client_year SET months = r.want
        WHERE prefix = r.prefix AND year = r.year AND category = r.category AND client_id = p_client;
    END IF;
  END LOOP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION client_category_holdings_rollup() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM rollup_region_client_categories(OLD.client_id);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.client_id <> OLD.client_id) THEN
    PERFORM rollup_region_client_categories(NEW.client_id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER client_category_holdings_rollup
  AFTER INSERT OR UPDATE OR DELETE ON client_category_holdings
  FOR EACH ROW EXECUTE FUNCTION client_category_holdings_rollup();
--> statement-breakpoint
-- The client's row locked FOR UPDATE before a holding is written, that is before the holding's
-- foreign key check takes FOR KEY SHARE on it: two concurrent edits of one client's holdings then
-- queue instead of deadlocking on a lock upgrade.
CREATE OR REPLACE FUNCTION client_category_holdings_lock() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM 1 FROM clients WHERE id = OLD.client_id FOR UPDATE;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM 1 FROM clients WHERE id = NEW.client_id FOR UPDATE;
    RETURN NEW;
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER client_category_holdings_lock
  BEFORE INSERT OR UPDATE OR DELETE ON client_category_holdings
  FOR EACH ROW EXECUTE FUNCTION client_category_holdings_lock();
--> statement-breakpoint
-- The ledger trigger of 0006, now also keeping the region tables. An edit that keeps the client,
-- station and month leaves the region rows alone.
CREATE OR REPLACE FUNCTION service_records_rollup() RETURNS trigger AS $$
DECLARE
  same_person_month boolean := false;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    same_person_month := OLD.client_id IS NOT DISTINCT FROM NEW.client_id AND OLD.station_id = NEW.station_id
      AND date_trunc('month', OLD.served_on) = date_trunc('month', NEW.served_on);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE rollup_station_day SET person_times = person_times - OLD.person_times, records = records - 1
      WHERE station_id = OLD.station_id AND day = OLD.served_on AND kind = OLD.kind;
    UPDATE rollup_station_month SET person_times = person_times - OLD.person_times, records = records - 1
      WHERE station_id = OLD.station_id AND month = date_trunc('month', OLD.served_on)::date AND kind = OLD.kind;
    IF OLD.client_id IS NOT NULL THEN
      UPDATE rollup_client_month SET refs = refs - 1
        WHERE station_id = OLD.station_id AND month = date_trunc('month', OLD.served_on)::date AND client_id = OLD.client_id;
      DELETE FROM rollup_client_month
        WHERE station_id = OLD.station_id AND month = date_trunc('month', OLD.served_on)::date AND client_id = OLD.client_id AND refs <= 0;
      IF NOT same_person_month THEN
        PERFORM rollup_region_client_change(OLD.station_id, OLD.served_on, OLD.client_id, -1);
      END IF;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO rollup_station_day (station_id, day, kind, person_times, records)
      VALUES (NEW.station_id, NEW.served_on, NEW.kind, NEW.person_times, 1)
      ON CONFLICT (station_id, day, kind) DO UPDATE
        SET person_times = rollup_station_day.person_times + EXCLUDED.person_times, records = rollup_station_day.records + 1;
    INSERT INTO rollup_station_month (station_id, month, kind, person_times, records)
      VALUES (NEW.station_id, date_trunc('month', NEW.served_on)::date, NEW.kind, NEW.person_times, 1)
      ON CONFLICT (station_id, month, kind) DO UPDATE
        SET person_times = rollup_station_month.person_times + EXCLUDED.person_times, records = rollup_station_month.records + 1;
    IF NEW.client_id IS NOT NULL THEN
      INSERT INTO rollup_client_month (station_id, month, client_id, refs)
        VALUES (NEW.station_id, date_trunc('month', NEW.served_on)::date, NEW.client_id, 1)
        ON CONFLICT (station_id, month, client_id) DO UPDATE SET refs = rollup_client_month.refs + 1;
      IF NOT same_person_month THEN
        PERFORM rollup_region_client_change(NEW.station_id, NEW.served_on, NEW.client_id, 1);
      END IF;
    END IF;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The region tables recomputed from the ledger and the holdings in one pass: the backfill here,
-- and after a bulk load with the triggers off (db/seed/synthetic).
CREATE OR REPLACE FUNCTION rollup_region_rebuild() RETURNS void AS $$
BEGIN
  DELETE FROM rollup_region_people;
  DELETE FROM rollup_region_client_year;
  DELETE FROM rollup_region_client_month;
  INSERT INTO rollup_region_client_month (prefix, month, client_id, refs)
    SELECT p.prefix, date_trunc('month', r.served_on)::date, r.client_id, count(*)
    FROM service_records r
    JOIN stations s ON s.id = r.station_id
    CROSS JOIN LATERAL unnest(rollup_region_prefixes(s.region_code)) AS p(prefix)
    WHERE r.client_id IS NOT NULL
    GROUP BY 1, 2, 3;
  INSERT INTO rollup_region_client_year (prefix, year, category, client_id, months)
    SELECT prefix, extract(year FROM month)::smallint, '', client_id, count(*) FROM rollup_region_client_month GROUP BY 1, 2, 4
    UNION ALL
    SELECT m.prefix, extract(year FROM m.month)::smallint, h.category_code, m.client_id, count(DISTINCT m.month)
    FROM rollup_region_client_month m
    JOIN client_category_holdings h ON h.client_id = m.client_id
      AND h.effective_from <= (m.month + interval '1 month' - interval '1 day')::date
      AND (h.effective_to IS NULL OR h.effective_to >= m.month)
    GROUP BY 1, 2, 3, 4;
  INSERT INTO rollup_region_people (prefix, period, category, shard, people)
    SELECT prefix, to_char(month, 'YYYY-MM'), '', rollup_region_shard(client_id), count(*)
    FROM rollup_region_client_month GROUP BY 1, 2, 4
    UNION ALL
    SELECT prefix, year::text, category, rollup_region_shard(client_id), count(*)
    FROM rollup_region_client_year GROUP BY 1, 2, 3, 4;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT rollup_region_rebuild();
