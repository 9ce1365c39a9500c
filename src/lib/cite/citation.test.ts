import { describe, expect, it } from 'vitest';
import {
  bibtexCitation,
  cslJsonCitation,
  escapeBibtex,
  escapeMarkdown,
  markdownCitation,
  plainCitation,
  type CitationInput,
} from './citation.ts';

const input: CitationInput = {
  title: 'Convergence is local, not organization-wide',
  slug: 'convergence-is-local-not-organization-wide',
  collection: 'judgments',
  siteName: 'Convergence Knowledge Base',
  permalink: 'https://kb.example.org/judgments/convergence-is-local-not-organization-wide/',
  updated: '2015-11',
  edition: '2026-11-20',
  accessed: '2026-11-25',
};

describe('plainCitation', () => {
  it('names the title, the knowledge base, the ID, the last update, the permalink and the access date', () => {
    expect(plainCitation(input)).toBe(
      '“Convergence is local, not organization-wide.” Convergence Knowledge Base, entry convergence-is-local-not-organization-wide. ' +
        'Last updated November 2015. https://kb.example.org/judgments/convergence-is-local-not-organization-wide/ (accessed 25 November 2026).',
    );
  });

  it('dates an entry with no update of its own (an actor, an event) by the edition, and adds no second full stop', () => {
    expect(plainCitation({ ...input, title: 'Will it hold?', updated: undefined })).toBe(
      '“Will it hold?” Convergence Knowledge Base, entry convergence-is-local-not-organization-wide. Edition of 20 November 2026. ' +
        'https://kb.example.org/judgments/convergence-is-local-not-organization-wide/ (accessed 25 November 2026).',
    );
  });
});

describe('markdownCitation', () => {
  it('links the title to the permalink and escapes Markdown syntax in it', () => {
    expect(markdownCitation({ ...input, title: 'The [draft] *truce*' })).toBe(
      '“[The \\[draft\\] \\*truce\\*.](<https://kb.example.org/judgments/convergence-is-local-not-organization-wide/>)” ' +
        '*Convergence Knowledge Base*, entry `convergence-is-local-not-organization-wide`. Last updated November 2015. Accessed 25 November 2026.',
    );
  });

  it('escapes every formatting character', () => {
    expect(escapeMarkdown('a_b `c` #d')).toBe('a\\_b \\`c\\` \\#d');
  });
});

describe('bibtexCitation', () => {
  it('writes a @misc entry keyed by the ID', () => {
    expect(bibtexCitation(input)).toBe(
      [
        '@misc{convergence-is-local-not-organization-wide,',
        '  title = {{Convergence is local, not organization-wide}},',
        '  howpublished = {Convergence Knowledge Base},',
        '  note = {Entry convergence-is-local-not-organization-wide},',
        '  year = {2015},',
        '  month = {11},',
        '  url = {https://kb.example.org/judgments/convergence-is-local-not-organization-wide/},',
        '  urldate = {2026-11-25}',
        '}',
      ].join('\n'),
    );
  });

  it('gives an entry with no update of its own the year and month of the edition', () => {
    expect(bibtexCitation({ ...input, updated: undefined })).toContain('  year = {2026},\n  month = {11},');
  });

  it('escapes LaTeX specials', () => {
    expect(escapeBibtex('AT&T 100% {x} #1 a_b $5 ^ ~ \\')).toBe(
      'AT\\&T 100\\% \\{x\\} \\#1 a\\_b \\$5 \\textasciicircum{} \\textasciitilde{} \\textbackslash{}',
    );
    expect(bibtexCitation({ ...input, title: 'Q&A: 50% of {it}' })).toContain('title = {{Q\\&A: 50\\% of \\{it\\}}}');
  });
});

describe('cslJsonCitation', () => {
  it('is a CSL-JSON array with dates as date-parts', () => {
    expect(JSON.parse(cslJsonCitation(input))).toEqual([
      {
        id: 'convergence-is-local-not-organization-wide',
        type: 'webpage',
        title: 'Convergence is local, not organization-wide',
        'container-title': 'Convergence Knowledge Base',
        number: 'convergence-is-local-not-organization-wide',
        URL: 'https://kb.example.org/judgments/convergence-is-local-not-organization-wide/',
        issued: { 'date-parts': [[2015, 11]] },
        accessed: { 'date-parts': [[2026, 11, 25]] },
      },
    ]);
    expect(JSON.parse(cslJsonCitation({ ...input, updated: undefined }))[0].issued).toEqual({ 'date-parts': [[2026, 11, 20]] });
  });
});

describe('a citation pinned to an edition', () => {
  const pinned: CitationInput = {
    ...input,
    permalink: 'https://kb.example.org/editions/2026-11/judgments/convergence-is-local-not-organization-wide/',
    pinned: { edition: '2026-11', commit: 'abc1234' },
  };
  it('names the edition and its commit in every format', () => {
    expect(plainCitation(pinned)).toContain('entry convergence-is-local-not-organization-wide, edition 2026-11 (commit abc1234).');
    expect(markdownCitation(pinned)).toContain('edition 2026-11 (commit `abc1234`).');
    expect(bibtexCitation(pinned)).toContain('note = {Entry convergence-is-local-not-organization-wide, edition 2026-11 (commit abc1234)}');
    expect(bibtexCitation(pinned)).toContain('version = {2026-11}');
    expect(JSON.parse(cslJsonCitation(pinned))[0]).toMatchObject({ version: '2026-11 (commit abc1234)', URL: pinned.permalink });
  });
});
