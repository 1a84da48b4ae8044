import { uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';
import { insertEnrolment } from './enrolments.repository.ts';
import { insertTraining } from './trainings.repository.ts';

let counter = 0;

export async function makeTraining(values: {
  regionCode: string;
  title?: string;
  startsOn?: string;
  endsOn?: string;
  hours?: number;
  capacity?: number;
}): Promise<string> {
  const id = uuidv7();
  await insertTraining({
    id,
    title: values.title ?? `测试培训${++counter}`,
    kind: 'continuing',
    regionCode: values.regionCode,
    provider: '广州市社会工作协会',
    startsOn: values.startsOn ?? '2026-01-10',
    endsOn: values.endsOn ?? '2099-12-31',
    hours: (values.hours ?? 12).toFixed(1),
    capacity: values.capacity ?? 30,
  });
  return id;
}

export async function makeEnrolment(values: { trainingId: string; workerId: string }): Promise<string> {
  const id = uuidv7();
  await insertEnrolment({ id, trainingId: values.trainingId, workerId: values.workerId });
  return id;
}

export const fixtures: FixtureSet = {
  training: ({ regionCode }) => makeTraining({ regionCode }),
  enrolment: async (place) =>
    makeEnrolment({ trainingId: await makeTraining({ regionCode: place.regionCode }), workerId: (await makeWorker(place)).id }),
};
