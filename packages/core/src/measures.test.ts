import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaseRecord, type CategoryHolding, computeMeasures, type LedgerRecord, type MeasureFilter } from './measures.ts';

const ORG = 'org-a';
const rec = (r: Partial<LedgerRecord>): LedgerRecord => ({
  clientId: 'c1',
  stationId: 's1',
  organisationId: ORG,
  regionCode: '440105008101',
  servedOn: '2026-03-10',
  kind: 'case_visit',
  sourceId: 'src',
  personTimes: 1,
  ...r,
});
const city: MeasureFilter = { scope: { regionPrefix: '4401', organisationId: null }, period: { from: '2026-03-01', to: '2026-03-31' } };

describe('output measures, by hand', () => {
  const records: LedgerRecord[] = [
    rec({ kind: 'case_visit', sourceId: 'case1' }),
    rec({ kind: 'case_visit', sourceId: 'case1', servedOn: '2026-03-20' }),
    rec({ kind: 'case_service', sourceId: 'case1' }),
    // A group session: two members and a headcount of 5.
    rec({ kind: 'group_session', sourceId: 'g1', clientId: 'c1' }),
    rec({ kind: 'group_session', sourceId: 'g1', clientId: 'c2' }),
    rec({ kind: 'group_session', sourceId: 'g1', clientId: null, personTimes: 5 }),
    // An activity with only a headcount.
    rec({ kind: 'activity', sourceId: 'a1', clientId: null, personTimes: 30 }),
    // Outside the period, another district, another station.
    rec({ servedOn: '2026-04-01', clientId: 'c3' }),
    rec({ regionCode: '440106001001', clientId: 'c4' }),
    rec({ stationId: 's2', kind: 'imported', sourceId: null, clientId: 'c5', personTimes: 2 }),
  ];
  const holdings: CategoryHolding[] = [
    { clientId: 'c1', categoryCode: 'dibao', effectiveFrom: '2026-01-01', effectiveTo: null },
    { clientId: 'c2', categoryCode: 'dibao', effectiveFrom: '2026-03-15', effectiveTo: null },
    { clientId: 'c5', categoryCode: 'elderly_alone', effectiveFrom: '2025-01-01', effectiveTo: '2026-03-10' },
  ];
  const cases: CaseRecord[] = [
    {
      clientId: 'c1',
      stationId: 's1',
      organisationId: ORG,
      regionCode: '440105008101',
      stage: 'intervention',
      intakeOn: '2026-03-05',
      closedOn: null,
    },
    {
      clientId: 'c2',
      stationId: 's1',
      organisationId: ORG,
      regionCode: '440105008101',
      stage: 'closed',
      intakeOn: '2025-12-01',
      closedOn: '2026-03-01',
    },
    {
      clientId: 'c3',
      stationId: 's1',
      organisationId: ORG,
      regionCode: '440105008101',
      stage: 'closed',
      intakeOn: '2025-12-01',
      closedOn: '2026-02-28',
    },
    {
      clientId: 'c4',
      stationId: 's1',
      organisationId: ORG,
      regionCode: '440105008101',
      stage: 'declined',
      intakeOn: '2026-03-07',
      closedOn: null,
    },
  ];
  const data = { records, cases, holdings };

  it('counts the city for March', () => {
    expect(computeMeasures(data, city)).toEqual({
      casesOpened: 1,
      casesActive: 2,
      caseVisits: 3,
      groupSessions: 1,
      activities: 1,
      personTimes: 3 + 2 + 5 + 30 + 1 + 2,
      peopleServed: 4,
      peopleByCategory: { dibao: 1, elderly_alone: 1 },
    });
  });

  it('narrows by scope, station and category (held on the service date)', () => {
    const haizhu = { ...city, scope: { regionPrefix: '440105', organisationId: ORG } };
    expect(computeMeasures(data, haizhu).peopleServed).toBe(3);
    expect(computeMeasures(data, { ...haizhu, stationIds: ['s2'] })).toMatchObject({ personTimes: 2, peopleServed: 1, caseVisits: 0 });
    expect(computeMeasures(data, { ...haizhu, stationIds: [] }).personTimes).toBe(0);
    expect(computeMeasures(data, { ...haizhu, scope: { regionPrefix: '440105', organisationId: 'org-b' } }).personTimes).toBe(0);
    // c2 became dibao on 15 March, after the session on the 10th; headcounts have no category.
    expect(computeMeasures(data, { ...haizhu, category: 'dibao' })).toEqual({
      casesOpened: 1,
      casesActive: 1,
      caseVisits: 2,
      groupSessions: 1,
      activities: 0,
      personTimes: 4,
      peopleServed: 1,
      peopleByCategory: { dibao: 1 },
    });
  });
});

describe('output measures, properties', () => {
  const day = fc.integer({ min: 1, max: 60 }).map((n) => new Date(Date.UTC(2026, 0, n)).toISOString().slice(0, 10));
  const row = fc.record({
    clientId: fc.option(fc.constantFrom('c1', 'c2', 'c3', 'c4'), { nil: null }),
    stationId: fc.constantFrom('s1', 's2'),
    organisationId: fc.constantFrom('o1', 'o2'),
    regionCode: fc.constantFrom('440105008101', '440106001001'),
    servedOn: day,
    kind: fc.constantFrom('case_visit', 'case_service', 'group_session', 'activity', 'imported'),
    sourceId: fc.option(fc.constantFrom('x', 'y', 'z'), { nil: null }),
    personTimes: fc.integer({ min: 1, max: 40 }),
  });
  const holding = fc.record({
    clientId: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
    categoryCode: fc.constantFrom('dibao', 'tekun'),
    effectiveFrom: day,
    effectiveTo: fc.option(day, { nil: null }),
  });

  it('splitting the period adds person-times; a category never counts more than everyone', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(holding, { maxLength: 8 }), day, (records, holdings, split) => {
        const data = { records, cases: [], holdings };
        const all = computeMeasures(data, { ...city, period: { from: '2026-01-01', to: '2026-03-01' } });
        const before = computeMeasures(data, { ...city, period: { from: '2026-01-01', to: split } });
        const after = computeMeasures(data, { ...city, period: { from: split, to: '2026-03-01' } });
        const onSplit = computeMeasures(data, { ...city, period: { from: split, to: split } });
        expect(before.personTimes + after.personTimes - onSplit.personTimes).toBe(all.personTimes);
        expect(Math.max(before.peopleServed, after.peopleServed)).toBeLessThanOrEqual(all.peopleServed);
        for (const category of ['dibao', 'tekun']) {
          const narrowed = computeMeasures(data, { ...city, period: { from: '2026-01-01', to: '2026-03-01' }, category });
          expect(narrowed.personTimes).toBeLessThanOrEqual(all.personTimes);
          expect(narrowed.peopleServed).toBe(all.peopleByCategory[category] ?? 0);
        }
      }),
    );
  });
});
