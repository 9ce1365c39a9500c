/**
 * Validates STIX objects against the OASIS STIX 2.1 JSON schemas copied into
 * tests/fixtures/stix2-schemas (see its README for the source, the licence and why each object is
 * checked against its own type's schema rather than the bundle schema).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const SCHEMAS = fileURLToPath(new URL('../fixtures/stix2-schemas/schemas/', import.meta.url));
const ID_PREFIX = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';
const SCHEMA_DIRS = ['common', 'sdos', 'sros', 'observables'];

function createValidator() {
  // unicodeRegExp: false because core.json's type pattern has an escape the `u` flag rejects.
  const ajv = new Ajv2020({ unicodeRegExp: false, strictTypes: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
  addFormats(ajv);
  ajv.addFormat('idn-hostname', true);
  for (const dir of SCHEMA_DIRS) {
    for (const file of readdirSync(join(SCHEMAS, dir))) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, dir, file), 'utf8')));
  }
  return ajv;
}

const TYPE_DIRS: Record<string, string> = { relationship: 'sros', sighting: 'sros', 'marking-definition': 'common', bundle: 'common' };

/** Schema errors of one object, checked against the schema of its own type; [] when valid. */
export function stixErrors(object: { type: string; [property: string]: unknown }): string[] {
  const ajv = ((stixErrors as { ajv?: Ajv2020 }).ajv ??= createValidator());
  const validate = ajv.getSchema(`${ID_PREFIX}${TYPE_DIRS[object.type] ?? 'sdos'}/${object.type}.json`);
  if (!validate) return [`no schema for type "${object.type}"`];
  if (validate(object)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
