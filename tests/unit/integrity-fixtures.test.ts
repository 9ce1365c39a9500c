/**
 * One broken fixture per rule of the content model: each must fail the check, naming the
 * file and the field or line, and nothing else may be reported.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProblemRule } from '../../src/lib/problems.ts';
import { check, contentWith, FIXTURES } from './fixture-content.ts';

interface Expected {
  rule: ProblemRule;
  file: string;
  field?: string;
  line?: number;
  /** Fragments the message must contain: what was expected, what was found, the close match. */
  says: string[];
}

const CASES: Record<string, Expected> = {
  'bad-slug': { rule: 'bad-slug', file: 'content/actors/Group_C.mdx', says: ['"Group_C" is not a valid slug', '"group-c"'] },
  'unknown-collection': { rule: 'unknown-collection', file: 'content/people', says: ['is not a collection', 'actors'] },
  'yaml-syntax': { rule: 'yaml-syntax', file: 'content/actors/group-c.mdx', line: 4, says: ['YAML syntax error'] },
  'fields-after-frontmatter': {
    rule: 'yaml-syntax',
    file: 'content/actors/group-c.mdx',
    line: 7,
    says: ['the frontmatter ended at line 5', '"marking:" here looks like a field'],
  },
  'mdx-syntax': { rule: 'mdx-syntax', file: 'content/actors/group-c.mdx', line: 8, says: ['MDX syntax error', '<b>'] },
  'missing-required-field': { rule: 'schema', file: 'content/events/broken-event.mdx', field: 'kind', says: ['required but missing'] },
  'summary-too-long': { rule: 'schema', file: 'content/actors/group-c.mdx', field: 'summary', line: 3, says: ['280'] },
  'bad-enum': { rule: 'schema', file: 'content/actors/group-c.mdx', field: 'kind', line: 4, says: ['"organization"', 'found "militia"'] },
  'unknown-field': {
    rule: 'schema',
    file: 'content/events/broken-event.mdx',
    field: 'aproximate',
    line: 9,
    says: ['not a field of events', 'did you mean "approximate"'],
  },
  'bad-date': {
    rule: 'schema',
    file: 'content/events/broken-event.mdx',
    field: 'date',
    line: 4,
    says: ['day 30 does not exist', '"2015-02-30"'],
  },
  'end-before-start': { rule: 'schema', file: 'content/events/broken-event.mdx', field: 'endDate', line: 9, says: ['is before "date"'] },
  'relationship-end-before-start': {
    rule: 'schema',
    file: 'content/relationships/broken-relationship.mdx',
    field: 'end',
    line: 8,
    says: ['is before "start"'],
  },
  'self-relationship': {
    rule: 'schema',
    file: 'content/relationships/broken-relationship.mdx',
    field: 'to',
    line: 5,
    says: ['two different actors', '"group-a"'],
  },
  'coordinates-out-of-range': {
    rule: 'schema',
    file: 'content/places/broken-place.mdx',
    field: 'coordinates[0]',
    line: 5,
    says: ['latitude must be between -90 and 90'],
  },
  'no-participants': {
    rule: 'schema',
    file: 'content/events/broken-event.mdx',
    field: 'participants',
    line: 6,
    says: ['at least one participant'],
  },
  'no-sources': { rule: 'schema', file: 'content/judgments/broken-judgment.mdx', field: 'sources', says: ['required but missing'] },
  'negative-casualties': {
    rule: 'schema',
    file: 'content/events/broken-event.mdx',
    field: 'casualties.killed',
    line: 9,
    says: ['zero or more', '-2'],
  },
  'bad-url': { rule: 'schema', file: 'content/sources/broken-source.mdx', field: 'url', line: 6, says: ['http or https'] },
  'bad-marking': {
    rule: 'schema',
    file: 'content/actors/group-c.mdx',
    field: 'marking',
    line: 5,
    says: ['"TLP:CLEAR"', 'found "TLP:WHITE"'],
  },
  'bad-likelihood': {
    rule: 'schema',
    file: 'content/judgments/broken-judgment.mdx',
    field: 'likelihood',
    line: 5,
    says: ['"likely"', 'found "probable"'],
  },
  'empty-key-judgments': {
    rule: 'schema',
    file: 'content/briefings/broken-briefing.mdx',
    field: 'keyJudgments',
    line: 5,
    says: ['at least one key judgment'],
  },
  'duplicate-slug': {
    rule: 'duplicate-slug',
    file: 'content/places/group-a.mdx',
    says: ['"group-a"', 'content/actors/group-a.mdx', 'unique across all collections'],
  },
  'unknown-reference': {
    rule: 'unknown-reference',
    file: 'content/events/broken-event.mdx',
    field: 'participants[0].actor',
    line: 7,
    says: ['"grup-a"', 'expected an actor', 'did you mean "group-a"'],
  },
  'wrong-collection': {
    rule: 'wrong-collection',
    file: 'content/events/broken-event.mdx',
    field: 'participants[0].actor',
    line: 7,
    says: ['"example-town" is a place', 'expected an actor'],
  },
  'former-slug-collides-with-live-slug': {
    rule: 'former-slug-collision',
    file: 'content/actors/group-c.mdx',
    field: 'formerSlugs[0]',
    line: 5,
    says: ['"group-b"', 'live'],
  },
  'former-slug-claimed-twice': {
    rule: 'former-slug-collision',
    file: 'content/actors/group-c.mdx',
    field: 'formerSlugs[0]',
    line: 5,
    says: ['"group-alpha"', 'already a former slug of "group-a"'],
  },
  'place-parent-cycle': {
    rule: 'place-parent-cycle',
    file: 'content/places/example-country.mdx',
    field: 'parent',
    line: 5,
    says: ['example-country → example-town → example-country'],
  },
  'unknown-wiki-link': {
    rule: 'unknown-wiki-link',
    file: 'content/actors/group-c.mdx',
    line: 8,
    says: ['[[group-bb]]', 'did you mean "group-b"'],
  },
  'unknown-markdown-link': {
    rule: 'unknown-wiki-link',
    file: 'content/actors/group-c.mdx',
    line: 8,
    says: ['link to "/actors/group-bb/"', 'did you mean "group-b"'],
  },
  'unknown-site-path': {
    rule: 'unknown-page',
    file: 'content/actors/group-c.mdx',
    line: 8,
    says: ['link to "/timelin/" is no page of this site', 'did you mean "/timeline/"'],
  },
  'relative-link': {
    rule: 'bad-link',
    file: 'content/actors/group-c.mdx',
    line: 8,
    says: ['link to "../actors/group-b/" is relative', "path from the site's root", 'did you mean "[[group-b]]"'],
  },
  'entry-by-data-path': {
    rule: 'bad-link',
    file: 'content/actors/group-c.mdx',
    line: 8,
    says: ['"/data/entries/group-b.json" names the entry "group-b"', 'a release cannot withhold', '[[group-b]]'],
  },
  'malformed-link-escape': { rule: 'bad-link', file: 'content/actors/group-c.mdx', line: 8, says: ['malformed %-escape'] },
  'forbidden-import': { rule: 'forbidden-mdx', file: 'content/actors/group-c.mdx', line: 6, says: ['import and export'] },
  'forbidden-script': { rule: 'forbidden-mdx', file: 'content/actors/group-c.mdx', line: 8, says: ['<script>'] },
  'forbidden-iframe': { rule: 'forbidden-mdx', file: 'content/actors/group-c.mdx', line: 8, says: ['<iframe>'] },
  'forbidden-event-handler': { rule: 'forbidden-mdx', file: 'content/actors/group-c.mdx', line: 8, says: ['onClick'] },
  'forbidden-javascript-url': { rule: 'forbidden-mdx', file: 'content/actors/group-c.mdx', line: 8, says: ['javascript:'] },
  'forbidden-data-url': { rule: 'forbidden-mdx', file: 'content/actors/group-c.mdx', line: 8, says: ['data:'] },
  'forbidden-expression': { rule: 'forbidden-mdx', file: 'content/actors/group-c.mdx', line: 8, says: ['JavaScript expression'] },
  'forbidden-remote-image': {
    rule: 'forbidden-mdx',
    file: 'content/actors/group-c.mdx',
    line: 8,
    says: ['https://example.org/map.png', 'another site'],
  },
  'unknown-component': { rule: 'forbidden-mdx', file: 'content/actors/group-c.mdx', line: 8, says: ['unknown component <Widget>'] },
  'quote-mismatch': {
    rule: 'quote-mismatch',
    file: 'content/events/example-clash.mdx',
    field: 'sources[0].quote',
    line: 13,
    says: ['"neither side\'s media denied it" is not in example-analysis', '(closest, para. 2: "neither side’s media confirmed it")'],
  },
  'quote-locator': {
    rule: 'quote-locator',
    file: 'content/events/example-clash.mdx',
    field: 'sources[0].quote',
    line: 13,
    says: ['is in para. 2 of example-analysis, not at "para. 3"'],
  },
  'quote-mismatch-in-body': {
    rule: 'quote-mismatch',
    file: 'content/actors/group-c.mdx',
    field: 'Quote',
    line: 8,
    says: [
      '"clashed repeatedly” near Example City" is not in example-analysis',
      '(closest, para. 1: "clashed repeatedly” near Example Town")',
    ],
  },
  'bad-credibility': {
    rule: 'schema',
    file: 'content/events/example-clash.mdx',
    field: 'sources[0].credibility',
    line: 13,
    says: ['an Admiralty credibility grade', '1 (confirmed) to 6', 'found 7'],
  },
  'archive-without-source': {
    rule: 'archive',
    file: 'content/sources/no-such-source.txt',
    says: ['archived text of no source', 'content/sources/no-such-source.mdx'],
  },
};

describe('the valid fixture', () => {
  it('passes the check', () => {
    expect(check(contentWith()).problems).toEqual([]);
  });
});

describe('every broken fixture fails the check, naming the file and the field or line', () => {
  it('has an expectation for every fixture folder', () => {
    expect(readdirSync(join(FIXTURES, 'broken')).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => {
      const result = check(contentWith(name));
      expect(result.knowledgeBase).toBeUndefined();
      const relevant = result.problems.filter((problem) => problem.file === expected.file);
      expect(relevant, JSON.stringify(result.problems, null, 2)).toHaveLength(1);
      const [problem] = relevant;
      expect(problem).toMatchObject({
        rule: expected.rule,
        ...(expected.field ? { field: expected.field } : {}),
        ...(expected.line ? { line: expected.line } : {}),
      });
      for (const fragment of expected.says) expect(problem!.message).toContain(fragment);
      // Nothing else is wrong with the fixture (a duplicate slug also names its twin).
      const others = result.problems.filter((p) => p.file !== expected.file && p.rule !== expected.rule);
      expect(others).toEqual([]);
    });
  }
});

describe('a missing content folder', () => {
  it('is reported as a problem, not a crash', () => {
    const result = check(join(FIXTURES, 'no-such-project'));
    expect(result.problems).toEqual([{ rule: 'content-folder', file: 'content', message: 'the content folder does not exist' }]);
  });
});

describe('all problems are reported together', () => {
  it('reports every problem of several files in one run', () => {
    const result = check(contentWith('unknown-reference', 'bad-likelihood', 'place-parent-cycle'));
    expect(result.problems.map((p) => p.rule).sort()).toEqual(['place-parent-cycle', 'schema', 'unknown-reference']);
  });
});
