import { type SQL, sql } from 'drizzle-orm';
import { regionWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

type DistrictRow = {
  code: string;
  name: string;
  workers: number;
  certified: number;
  assistant: number;
  intermediate: number;
  senior: number;
  organisations: number;
  population: number | null;
};

/**
 * Per district inside a region prefix (or the one district containing a town prefix).
 * Population is summed from whichever level carries it (district figures win over sums of towns).
 */
export async function districtRows(prefix: string, orgFilter: SQL): Promise<DistrictRow[]> {
  const result = await q().execute<DistrictRow>(sql`
    with d as (
      select code, name, case when length(${prefix}) > 6 then ${prefix} else substr(code, 1, 6) end as p
      from regions where level = 3 and (${regionWhere(sql`code`, prefix)} or ${prefix} like substr(code, 1, 6) || '%')
    )
    select d.code, d.name,
      (select count(*)::int from social_workers w where w.is_active and w.region_code like d.p || '%' ${orgFilter}) as workers,
      (select count(*)::int from social_workers w where w.is_active and w.qualification_level is not null and w.region_code like d.p || '%' ${orgFilter}) as certified,
      (select count(*)::int from social_workers w where w.is_active and w.qualification_level = 'assistant' and w.region_code like d.p || '%' ${orgFilter}) as assistant,
      (select count(*)::int from social_workers w where w.is_active and w.qualification_level = 'intermediate' and w.region_code like d.p || '%' ${orgFilter}) as intermediate,
      (select count(*)::int from social_workers w where w.is_active and w.qualification_level = 'senior' and w.region_code like d.p || '%' ${orgFilter}) as senior,
      (select count(*)::int from organisations o where o.region_code like d.p || '%') as organisations,
      coalesce((select r.population from regions r where r.code = d.code),
               (select sum(r.population)::int from regions r where r.level = 4 and r.code like d.p || '%')) as population
    from d order by d.code`);
  return result.rows;
}

export async function organisationRows(prefix: string, orgFilter: SQL, limit = 20) {
  const result = await q().execute<{ id: string; name: string; workers: number; certified: number }>(sql`
    select o.id, o.name, count(w.id)::int as workers, count(w.qualification_level)::int as certified
    from social_workers w join organisations o on o.id = w.organisation_id
    where w.is_active and ${regionWhere(sql`w.region_code`, prefix)} ${orgFilter}
    group by o.id, o.name order by workers desc, o.name limit ${limit}`);
  return result.rows;
}

/** Issued registrations whose validity ends within `days` (the renewal window). */
export async function expiringRegistrations(prefix: string, orgFilter: SQL, today: string, days: number) {
  const result = await q().execute<{ worker_id: string; worker_name: string; organisation_name: string; valid_until: string }>(sql`
    select distinct on (w.id) w.id as worker_id, w.name as worker_name, o.name as organisation_name, r.valid_until
    from worker_registrations r join social_workers w on w.id = r.worker_id join organisations o on o.id = w.organisation_id
    where r.status = 'issued' and w.is_active and ${regionWhere(sql`w.region_code`, prefix)} ${orgFilter}
    order by w.id, r.valid_until desc`);
  const limit = new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
  return result.rows.filter((r) => r.valid_until >= today && r.valid_until <= limit);
}
