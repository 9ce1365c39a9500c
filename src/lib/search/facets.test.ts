import { describe, expect, it } from 'vitest';
import { knowledgeBaseOptions } from '../../config/build-options.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge-base.ts';
import type { Marking } from '../schema/index.ts';
import { searchFacets } from './facets.ts';

function fixtureKnowledgeBase(release: Marking): KnowledgeBase {
  const { knowledgeBase, problems } = loadKnowledgeBase(knowledgeBaseOptions({ contentDir: 'tests/fixtures/search', release }));
  if (!knowledgeBase) throw new Error(problems.map((p) => p.message).join('\n'));
  return knowledgeBase;
}

const clear = fixtureKnowledgeBase('TLP:CLEAR');
const facetsOf = (slug: string, kb = clear) => searchFacets(kb.bySlug.get(slug)!, kb);

describe('searchFacets', () => {
  it('files an event under its places (with the places that contain them), participants and years', () => {
    expect(facetsOf('raid-on-example-town')).toEqual({
      type: ['Event'],
      place: ['Example Town', 'Example Country'],
      actor: ['Tanzim al-Qaʿida fi Example Country', 'Jabhat Ansar al-Sharqiyya'],
      year: ['2016', '2017'],
      confidence: [],
      status: [],
    });
  });

  it('never names an entry left out of the release', () => {
    const all = [...clear.bySlug.values()].flatMap((entry) => Object.values(searchFacets(entry, clear)).flat());
    expect(all.filter((value) => /Hidden/.test(value))).toEqual([]);
  });

  it('names it in a release that includes it', () => {
    const amber = fixtureKnowledgeBase('TLP:AMBER');
    expect(facetsOf('raid-on-example-town', amber).actor).toContain('Hidden Cell Codename');
    expect(facetsOf('raid-on-example-town', amber).place).toContain('Hidden Safehouse Codename');
  });

  it("files a judgment under its actors, its evidence's places, issue year, confidence and status", () => {
    expect(facetsOf('branch-will-expand')).toEqual({
      type: ['Judgment'],
      place: ['Example Town', 'Example Country'],
      actor: ['Tanzim al-Qaʿida fi Example Country'],
      year: ['2017'],
      confidence: ['High'],
      status: ['Revised'],
    });
  });

  it('files a relationship under its parties, scope and confidence, and an actor under itself and its regions', () => {
    expect(facetsOf('group-a-group-b-rivalry')).toMatchObject({
      actor: ['Group A', 'Group B'],
      place: ['Example Town', 'Example Country'],
      year: ['2014'],
      confidence: ['Moderate'],
    });
    expect(facetsOf('group-a')).toMatchObject({ type: ['Actor'], actor: ['Group A'], place: ['Example Country'], year: ['2012'] });
  });

  it("files a briefing under its key judgments' actors and a place under itself and its parents", () => {
    expect(facetsOf('example-briefing')).toMatchObject({ actor: ['Group A', 'Group B'], year: ['2015'] });
    expect(facetsOf('example-town')).toMatchObject({ type: ['Place'], place: ['Example Town', 'Example Country'], actor: [] });
  });
});
