-- Rollups of the service ledger, maintained by the database itself on every insert, update
-- and delete of service_records, so no writer can forget them and dashboards never scan the
-- ledger. rollup_client_month.refs counts a client's rows so distinct counts survive deletions.
CREATE OR REPLACE FUNCTION service_records_rollup() RETURNS trigger AS $$
BEGIN
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
    END IF;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER service_records_rollup
  AFTER INSERT OR UPDATE OR DELETE ON service_records
  FOR EACH ROW EXECUTE FUNCTION service_records_rollup();
