import { describe, expect, it } from 'vitest';
import { shardOf } from './lexicon-format.ts';
import { parseQuery, queryHighlight, queryKeys, querySequenceShards, queryShards } from './query.ts';

describe('parseQuery', () => {
  it.each([
    ['al-Qaeda', { words: ['kaida'], phrases: [], id: undefined }],
    ['al-qaeda', { words: ['kaida'], phrases: [], id: 'al-qaeda' }],
    ['hezbollah', { words: ['hezbola'], phrases: [], id: undefined }],
    ['Qalamoun truce', { words: ['kalamun', 'truce'], phrases: [], id: undefined }],
    ['"truce in Qalamoun" Nusra', { words: ['nusra'], phrases: [['truce in Qalamoun', ['truce', 'in', 'kalamun']]], id: undefined }],
    ['"Golani', { words: ['golani'], phrases: [], id: undefined }],
    ['bardo-museum-attack', { words: ['bardo', 'museum', 'atack'], phrases: [], id: 'bardo-museum-attack' }],
    ['/e/bardo-museum-attack/', { words: [], phrases: [], id: 'bardo-museum-attack' }],
    ['https://kb.example.org/kb/e/Hezbollah', { words: [], phrases: [], id: 'hezbollah' }],
    ['Abu Bakr', { words: ['abu', 'bakr'], phrases: [], id: undefined }],
  ])('%s', (text, expected) => {
    const query = parseQuery(text);
    expect(query.words.keys).toEqual(expected.words);
    expect(query.phrases.map((p) => [p.text, p.keys])).toEqual(expected.phrases);
    expect(query.id).toBe(expected.id);
  });

  it('asks for the shards of its words, of its parts as names and of its ID', () => {
    const query = parseQuery('"Jund al-Khilafah" truce');
    expect(queryKeys(query)).toEqual(['truce', 'jund', 'khilafa']);
    expect(queryShards(query).sort()).toEqual([shardOf('truce'), shardOf('jund'), shardOf('khilafa')].sort());
  });

  it.each([
    ['Jund al-Khilafah Tunisia', ['jun++']],
    ['Abu Bakr Abu', ['abu++']],
    ['"Jund al-Khilafah" truce', ['jun+']],
    ['"truce in Qalamoun" Jund Tunisia', ['jun+', 'tru++']],
    ['"raised funds and issued" Jund', ['rai+++']],
    ['"raised funds and issued statements" Jund', ['rai+++', 'fun+++']],
    ['Jund al-Khilafah in Qalamoun', ['jun+++']],
    ['"truce" Jund', []],
    ['truce', []],
  ])(
    '%s asks for the pair shard of a part of two words, the triple shard of one of three, the quad shards of each word of a longer part but its last three: %j',
    (text, names) => expect(querySequenceShards(parseQuery(text))).toEqual(names),
  );
});

describe('queryHighlight', () => {
  it.each([
    ['Jolani truce', { words: ['jolani', 'truce'], phrases: [] }],
    ['"truce in Qalamoun" Jolani "Daesh"', { words: ['jolani', 'daish'], phrases: [['truce', 'in', 'kalamun']] }],
    ['"the Islamic State in"', { words: [], phrases: [['the', 'islamic', 'state', 'in']] }],
  ])('%s: words marked anywhere and phrases marked where they stand, %j', (text, highlight) => {
    expect(queryHighlight(parseQuery(text))).toEqual(highlight);
  });
});
