import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPositions, loadTaxonomy } from '../../src/extract/index.js';
import { packageFile } from '../../src/util/package-files.js';

const directory = mkdtempSync(path.join(tmpdir(), 'talkwatch-taxonomy-'));
const shipped = JSON.parse(readFileSync(packageFile('data/taxonomy.json'), 'utf8')) as Record<string, unknown>;

function writeTaxonomy(name: string, data: unknown): string {
  const file = path.join(directory, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

describe('loadTaxonomy', () => {
  it('loads the shipped taxonomy: 5 parties and the 28 issues of the spec', () => {
    const taxonomy = loadTaxonomy();
    expect(taxonomy.parties.map((party) => party.id)).toEqual(['russia', 'ukraine', 'united-states', 'europe', 'turkey']);
    expect(taxonomy.issues).toHaveLength(28);
    for (const issue of taxonomy.issues) expect(issue.proposition).not.toBe('');
  });

  it('names the file and the field when the shape is wrong', () => {
    const broken = { ...shipped, issues: [{ id: 'process.ceasefire', cues: { en: ['truce'] } }] };
    const file = writeTaxonomy('no-proposition.json', broken);
    expect(() => loadTaxonomy(file)).toThrow(`${file}: issues[0].proposition: missing`);
  });

  it('names the pattern that cannot be read', () => {
    const broken = { ...shipped, parties: [{ id: 'china', name: 'China', aliases: { en: ['~1 beijing'] } }] };
    const file = writeTaxonomy('bad-pattern.json', broken);
    expect(() => loadTaxonomy(file)).toThrow(`${file}: parties[0].aliases.en[0]: pattern "~1 beijing" starts with a gap`);
  });

  it('reports invalid JSON and a missing file with the file name', () => {
    const file = writeTaxonomy('invalid.json', '{ "parties": ');
    expect(() => loadTaxonomy(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON`));
    expect(() => loadTaxonomy(path.join(directory, 'missing.json'))).toThrow(/missing\.json: cannot read the taxonomy/);
  });

  it('lets a user add a party and an issue by editing the file', () => {
    const parties = [...(shipped['parties'] as unknown[]), { id: 'china', name: 'China', aliases: { en: ['china', 'beijing', 'wang yi'] } }];
    const issues = [
      ...(shipped['issues'] as unknown[]),
      { id: 'economy.grain-corridor', proposition: 'Grain shipments through the Black Sea are protected', cues: { en: ['grain corridor', 'grain deal'] } },
    ];
    const file = writeTaxonomy('extended.json', { ...shipped, parties, issues });
    const taxonomy = loadTaxonomy(file);
    const positions = extractPositions({ title: '', body: 'Beijing backed a new grain corridor and called for a ceasefire, Wang Yi said.' }, taxonomy);
    expect(positions.map((position) => `${position.party} ${position.issue} ${position.stance}`).sort()).toEqual([
      'china economy.grain-corridor support',
      'china process.ceasefire support',
    ]);
  });
});

describe('loadTaxonomy on a misspelt key', () => {
  it('names the key instead of losing its patterns', () => {
    const issues = [{ id: 'process.ceasefire', proposition: 'A ceasefire takes effect', oposites: { en: ['war'] } }];
    const file = writeTaxonomy('misspelt.json', { ...shipped, issues });
    expect(() => loadTaxonomy(file)).toThrow(`${file}: issues[0]: unknown key "oposites"`);
  });

  it('names a party that an agreement would bind but the file does not define', () => {
    const issues = [{ id: 'humanitarian.prisoner-exchange', proposition: 'Prisoners are exchanged', cues: { en: ['swap'] }, agreedBy: ['russia', 'belarus'] }];
    const file = writeTaxonomy('agreed-by.json', { ...shipped, issues });
    expect(() => loadTaxonomy(file)).toThrow(`${file}: issues[0].agreedBy[1]: unknown party "belarus"`);
  });
});
