import { describe, expect, it } from 'vitest';
import { knowledgeBaseOptions } from '../../config/build-options.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge-base.ts';
import { stixErrors } from '../../../tests/unit/stix-validator.ts';
import { stixBundle, type StixBundle, withoutDanglingRefs } from './stix.ts';
import { stixId, type StixObject } from './stix-common.ts';

const site = { name: 'Convergence Knowledge Base', base: '/', origin: 'https://kb.example.org' };

function load(contentDir: string, release: 'TLP:CLEAR' | 'TLP:AMBER' = 'TLP:CLEAR'): KnowledgeBase {
  const result = loadKnowledgeBase(knowledgeBaseOptions({ contentDir, release }));
  expect(result.problems).toEqual([]);
  return result.knowledgeBase!;
}

/** Every property named `*_ref` or `*_refs`, at any depth. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key.endsWith('_ref') && typeof v === 'string') return [v];
    if (key.endsWith('_refs') && Array.isArray(v)) return v as string[];
    return references(v);
  });
}

function byId(bundle: StixBundle, id: string): StixObject | undefined {
  return bundle.objects.find((o) => o.id === id);
}

describe.each([
  ['the seed knowledge base', 'content'],
  ['the fixture', 'tests/fixtures/valid'],
])('STIX bundle of %s', (_name, contentDir) => {
  const kb = load(contentDir);
  const bundle = stixBundle(kb, site);

  it('validates every object against the OASIS STIX 2.1 schema of its type', () => {
    const problems = bundle.objects.flatMap((o) => stixErrors(o).map((e) => `${o.id}: ${e}`));
    expect(problems).toEqual([]);
    // bundle.json's list of object types lacks note, location and incident (see the schemas' README):
    // the envelope is checked with one object, each object above against its own type.
    expect(stixErrors({ ...bundle, objects: bundle.objects.slice(0, 1) })).toEqual([]);
  });

  it('resolves every reference inside the bundle', () => {
    const ids = new Set(bundle.objects.map((o) => o.id));
    expect(ids.size).toBe(bundle.objects.length);
    const dangling = bundle.objects.flatMap((o) =>
      references(o)
        .filter((ref) => !ids.has(ref))
        .map((ref) => `${o.id} → ${ref}`),
    );
    expect(dangling).toEqual([]);
  });

  it('is the same on every export', () => {
    expect(JSON.stringify(stixBundle(kb, site))).toBe(JSON.stringify(bundle));
  });
});

describe('STIX mapping', () => {
  const bundle = stixBundle(load('tests/fixtures/valid'), site);
  const object = (type: string, slug: string) =>
    bundle.objects.find((o) => o.type === type && JSON.stringify(o.external_references ?? []).includes(`"external_id":"${slug}"`));

  it('maps an organization to a threat actor with its aliases and its own permalink', () => {
    const groupA = object('threat-actor', 'group-a')!;
    expect(groupA.name).toBe('Group A');
    expect(groupA.external_references).toContainEqual({
      source_name: 'Convergence Knowledge Base',
      external_id: 'group-a',
      url: 'https://kb.example.org/actors/group-a/',
    });
  });

  it("keeps a renamed entry's id: it derives from its first former slug", () => {
    expect(object('threat-actor', 'group-a')!.id).toBe(stixId('threat-actor', 'group-alpha'));
  });

  it('gives a relationship its dates and a confidence derived from ours, keeping ours beside it', () => {
    const rivalry = object('relationship', 'group-a-group-b-rivalry')!;
    expect(rivalry).toMatchObject({ relationship_type: 'rivalry', x_kb_confidence: expect.any(String) });
    expect([15, 50, 85]).toContain(rivalry.confidence);
  });

  it('carries a judgment as a note with confidence and likelihood kept apart', () => {
    const judgment = object('note', 'example-judgment')!;
    expect(judgment).toMatchObject({
      abstract: 'Group A and Group B will likely keep fighting.',
      confidence: 50,
      x_kb_confidence: 'moderate',
      x_kb_likelihood: 'likely',
      x_kb_issued: '2015-04',
      created: '2015-04-01T00:00:00.000Z',
      modified: '2015-04-01T00:00:00.000Z',
      authors: ['A. Analyst'],
    });
    const about = (judgment.object_refs as string[]).map((id) => byId(bundle, id)?.name);
    expect(about).toEqual(expect.arrayContaining(['Group A', 'Group B', 'Example clash']));
  });

  it('links an incident to its participants and places, citing the source with its locator', () => {
    const clash = object('incident', 'example-clash')!;
    expect(clash.external_references).toContainEqual(expect.objectContaining({ description: expect.stringContaining('para. 2') }));
    const relations = bundle.objects.filter((o) => o.type === 'relationship' && o.source_ref === clash.id);
    expect(relations.map((r) => [r.relationship_type, byId(bundle, r.target_ref as string)?.name]).sort()).toEqual([
      ['located-at', 'Example Town'],
      ['related-to', 'Group A'],
      ['related-to', 'Group B'],
    ]);
  });

  it("gives an incident the confidence of its citations' Admiralty credibility, and each citation its two-part grade", () => {
    const clash = object('incident', 'example-clash')!;
    // Credibility 3 ("possibly true") is 50 on the specification's Admiralty Credibility scale.
    expect(clash.confidence).toBe(50);
    expect(clash.external_references).toContainEqual(
      expect.objectContaining({ description: expect.stringContaining('para. 2; Admiralty grade B3') }),
    );
  });

  it('marks objects with the TLP marking definitions the specification fixes', () => {
    expect(bundle.objects[0]).toMatchObject({ type: 'marking-definition', id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9' });
  });

  it('leaves out withheld entries, and a TLP:AMBER release carries them with the AMBER marking', () => {
    expect(JSON.stringify(bundle)).not.toMatch(/Secret Actor|KBCANARY|secret-actor/);
    const amber = stixBundle(load('tests/fixtures/valid', 'TLP:AMBER'), site);
    const secret = amber.objects.find((o) => String(o.name).startsWith('Secret Actor Codename'));
    expect(secret?.object_marking_refs).toEqual(['marking-definition--f88d31f6-486f-44da-b317-01333bde0b82']);
  });
});

describe('references inside the bundle', () => {
  it('drops a reference to an object that was left out, and an object left with nothing it needs', () => {
    const objects = [
      { type: 'threat-actor', id: 'threat-actor--a' },
      { type: 'relationship', id: 'relationship--ab', source_ref: 'threat-actor--a', target_ref: 'threat-actor--withheld' },
      { type: 'report', id: 'report--only-ab', object_refs: ['relationship--ab'] },
      {
        type: 'report',
        id: 'report--a-and-ab',
        object_refs: ['threat-actor--a', 'relationship--ab'],
        x_kb_evidence_refs: ['relationship--ab'],
      },
    ];
    expect(withoutDanglingRefs(objects)).toEqual([
      { type: 'threat-actor', id: 'threat-actor--a' },
      { type: 'report', id: 'report--a-and-ab', object_refs: ['threat-actor--a'] },
    ]);
  });
});
