/** Where a fixture record must sit: the matrix places one in each actor-relative position. */
export interface FixturePlace {
  regionCode: string;
  organisationId: string;
}

/** Creates one record of a resource at a place and returns its id. */
export type Fixture = (place: FixturePlace) => Promise<string>;

/**
 * Each module's `<domain>.fixtures.ts` exports `fixtures` (resource name → Fixture) and
 * may export `paramSamples` (route parameter name → a valid value) for non-record params.
 */
export type FixtureSet = Record<string, Fixture>;
export type ParamSamples = Record<string, string>;
