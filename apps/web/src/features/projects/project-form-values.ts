import type { Project } from '@shegong/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { compact } from '../../app/api/form-validation.ts';
import type { TFunction } from '../../app/i18n/i18n-context.tsx';
import type { LineValue } from './budget-lines-field.tsx';
import type { TargetValue } from './targets-field.tsx';

export type ProjectValues = {
  name?: string;
  catalogueItemId?: string;
  regionCode?: string;
  buyerName?: string;
  organisationId?: string;
  stationIds?: string[];
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  contractAmount?: number;
  budgetLines?: LineValue[];
  targets?: TargetValue[];
};

const LINES = ['personnel', 'activities', 'supervision', 'administration'] as const;
const TARGETS = ['person_times', 'people_served', 'cases', 'case_visits', 'group_sessions', 'activities'] as const;

/** A new contract: the buyer's own area, this year, the usual budget lines and the headline targets. */
export function newProjectValues(regionCode: string, t: TFunction): ProjectValues {
  return {
    regionCode,
    startsOn: dayjs().startOf('year'),
    endsOn: dayjs().endOf('year'),
    budgetLines: LINES.map((category) => ({ category, name: t(`budget.${category}`) })),
    targets: TARGETS.map((indicator) => ({ indicator })),
  };
}

/** An existing contract in the form; budget lines keep their ids, since spending points at them. */
export function projectValues(p: Project): ProjectValues {
  return {
    name: p.name,
    catalogueItemId: p.catalogueItemId ?? undefined,
    regionCode: p.regionCode,
    buyerName: p.buyerName,
    organisationId: p.organisationId,
    stationIds: p.stations.map((s) => s.id),
    startsOn: dayjs(p.startsOn),
    endsOn: dayjs(p.endsOn),
    contractAmount: p.contractAmount,
    budgetLines: p.budget.lines.map((l) => ({ id: l.id, category: l.category, name: l.name, amount: l.amount })),
    targets: p.targets.map((x) => ({ indicator: x.indicator, categoryCode: x.categoryCode ?? undefined, target: x.target })),
  };
}

const lines = (values: ProjectValues, withIds: boolean) =>
  (values.budgetLines ?? []).map((l) => ({
    ...(withIds && l.id ? { id: l.id } : {}),
    category: l.category,
    name: l.name?.trim(),
    amount: l.amount,
  }));
const targets = (values: ProjectValues) =>
  (values.targets ?? []).map((r) => compact({ indicator: r.indicator, categoryCode: r.categoryCode, target: r.target }));
const dates = (values: ProjectValues) => ({
  startsOn: values.startsOn?.format('YYYY-MM-DD'),
  endsOn: values.endsOn?.format('YYYY-MM-DD'),
});

/** The body of POST /projects (checked with ProjectCreate before it is sent). */
export function createBody(values: ProjectValues) {
  return {
    ...compact({ ...values, budgetLines: undefined, targets: undefined, startsOn: undefined, endsOn: undefined }),
    ...dates(values),
    stationIds: values.stationIds ?? [],
    budgetLines: lines(values, false),
    targets: targets(values),
  };
}

/** The body of PATCH /projects/:id: only what a contract may change after it is made. */
export function updateBody(values: ProjectValues, version: number) {
  return {
    name: values.name?.trim(),
    stationIds: values.stationIds ?? [],
    ...dates(values),
    contractAmount: values.contractAmount,
    budgetLines: lines(values, true),
    targets: targets(values),
    version,
  };
}
