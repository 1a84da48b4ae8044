import type { FixtureSet, ParamSamples } from '../../../test/fixture-types.ts';

export const fixtures: FixtureSet = {};

/** Regions are not scoped records; routes with :code get a real community code. */
export const paramSamples: ParamSamples = { code: '440105008101' };
