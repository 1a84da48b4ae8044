-- The region tables of 0008 counted a client's ledger rows per region and month, so every ledger
-- row paid three upserts there. They now count the client's station-months: the region tables
-- move only when a client's first row at a station in a month arrives or its last one goes, which
-- the station-level rollup (rollup_client_month) already tells. Repeat visits cost what 0006 did.
CREATE OR REPLACE FUNCTION service_records_rollup() RETURNS trigger AS $$
DECLARE
  same_person_month boolean := false;
  n int;
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
        WHERE station_id = OLD.station_id AND month = date_trunc('month', OLD.served_on)::date AND client_id = OLD.client_id
        RETURNING refs INTO n;
      IF n <= 0 THEN
        DELETE FROM rollup_client_month
          WHERE station_id = OLD.station_id AND month = date_trunc('month', OLD.served_on)::date AND client_id = OLD.client_id AND refs <= 0;
        IF NOT same_person_month THEN
          PERFORM rollup_region_client_change(OLD.station_id, OLD.served_on, OLD.client_id, -1);
        END IF;
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
        ON CONFLICT (station_id, month, client_id) DO UPDATE SET refs = rollup_client_month.refs + 1
        RETURNING refs INTO n;
      IF n = 1 AND NOT same_person_month THEN
        PERFORM rollup_region_client_change(NEW.station_id, NEW.served_on, NEW.client_id, 1);
      END IF;
    END IF;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rollup_region_rebuild() RETURNS void AS $$
BEGIN
  DELETE FROM rollup_region_people;
  DELETE FROM rollup_region_client_year;
  DELETE FROM rollup_region_client_month;
  INSERT INTO rollup_region_client_month (prefix, month, client_id, refs)
    SELECT p.prefix, date_trunc('month', r.served_on)::date, r.client_id, count(DISTINCT r.station_id)
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
