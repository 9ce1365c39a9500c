import type { z } from 'zod';
import { actorSchema, type ActorData } from './actors.ts';
import { briefingSchema, type BriefingData } from './briefings.ts';
import { eventSchema, type EventData } from './events.ts';
import { judgmentSchema, type JudgmentData } from './judgments.ts';
import { placeSchema, type PlaceData } from './places.ts';
import type { CollectionName } from './primitives.ts';
import { relationshipSchema, type RelationshipData } from './relationships.ts';
import { sourceSchema, type SourceData } from './sources.ts';

export * from './primitives.ts';

/** Frontmatter schema of each collection. */
export const collectionSchemas = {
  actors: actorSchema,
  events: eventSchema,
  relationships: relationshipSchema,
  judgments: judgmentSchema,
  sources: sourceSchema,
  places: placeSchema,
  briefings: briefingSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

export interface CollectionData {
  actors: ActorData;
  events: EventData;
  relationships: RelationshipData;
  judgments: JudgmentData;
  sources: SourceData;
  places: PlaceData;
  briefings: BriefingData;
}

/** A validated entry of one collection. */
export type EntryOf<C extends CollectionName> = {
  collection: C;
  slug: string;
  /** Path of the MDX file, relative to the project (for error messages). */
  file: string;
  data: CollectionData[C];
  /** The MDX body, after the frontmatter. */
  body: string;
  /** 1-based line of the file where the body starts, to map body lines back to the file. */
  bodyLine: number;
};

/** A validated entry of any collection, discriminated by `collection`. */
export type Entry = { [C in CollectionName]: EntryOf<C> }[CollectionName];
