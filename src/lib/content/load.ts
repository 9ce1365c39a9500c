/** Reads a content folder from disk: one file per entry, `content/<collection>/<slug>.mdx`. */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../problems.ts';
import { readArchive, type ArchivedText } from '../provenance/archive.ts';
import { COLLECTIONS, isCollectionName, type Entry } from '../schema/index.ts';
import { isValidSlug, suggestSlug } from '../slugs.ts';
import { codePoint, findHiddenCharacters, revealCharacters } from './characters.ts';
import { classifyEntryName } from './file-names.ts';
import { parseMdxFile, type ParsedFile } from './frontmatter.ts';
import { FRONTMATTER_FIELDS, fieldPath, validateFrontmatter } from './validate.ts';

/** Larger files are not prose entries; reading them would only slow every build. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface LoadedContent {
  /** Entries whose file name and frontmatter are valid. */
  entries: Entry[];
  /** Every file's slug and collection, valid frontmatter or not, to tell "unknown" from "invalid". */
  slugs: { slug: string; collection: Entry['collection']; file: string }[];
  problems: Problem[];
  /** Archived source texts (content/sources/<slug>.txt), used to check quotations. */
  archives: ArchivedText[];
  /** What does not stop a build but may be a mistake (an editor's backup in a collection folder). */
  warnings: Problem[];
  /** The file line of a frontmatter field such as "participants[0].actor". */
  lineOf: (file: string, field: string) => number | undefined;
}

function pathOf(field: string): (string | number)[] {
  return field.split(/[.[\]]/).filter(Boolean).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

export interface LoadOptions {
  /** Folder of the project, to report paths relative to it. */
  root: string;
  /** The content folder. */
  contentDir: string;
}

/** What one file gives: its entry, or its problems. */
interface FileOutcome {
  source: string;
  problems: Problem[];
  parsed?: ParsedFile;
  entry?: Entry;
}

/**
 * Outcomes by file path, kept for the process: loading again (astro dev, after an edit) reads
 * every file but parses and validates only those whose text changed.
 */
const outcomes = new Map<string, FileOutcome>();

/** Lets go of the files kept for reloading: a build loads once, and keeps what it needs itself. */
export function forgetLoadedFiles(): void {
  outcomes.clear();
  archiveCache.clear();
}

function readEntryFile(root: string, file: string, collection: Entry['collection'], slug: string): FileOutcome {
  const path = join(root, file);
  const bytes = statSync(path).size;
  if (bytes > MAX_FILE_BYTES) {
    const megabytes = (size: number) => `${(size / 1024 / 1024).toFixed(1)} MB`;
    return { source: '', problems: [{ rule: 'file-content', file, message: `the file is ${megabytes(bytes)}; an entry may be at most ${megabytes(MAX_FILE_BYTES)}: split it into several entries` }] };
  }
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    return { source: '', problems: [{ rule: 'file-content', file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }] };
  }
  const known = outcomes.get(path);
  if (known?.source === source) return known;
  const outcome = parseEntryFile(source, file, collection, slug);
  outcomes.set(path, outcome);
  return outcome;
}

/** Archives are kept by path like entries: reread, but split into paragraphs only when changed. */
const archiveCache = new Map<string, { source: string; archive: ArchivedText }>();

/** A source's archived text, `content/sources/<slug>.txt`, or the problem reading it. */
function readArchiveFile(root: string, file: string, slug: string): ArchivedText | Problem {
  const path = join(root, file);
  if (statSync(path).size > MAX_FILE_BYTES) {
    return { rule: 'file-content', file, message: `an archived text may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB; archive the passages the entries quote` };
  }
  const source = readFileSync(path, 'utf8');
  if (source.includes('\uFFFD')) {
    return { rule: 'file-content', file, line: source.slice(0, source.indexOf('\uFFFD')).split('\n').length, message: 'the archived text is not valid UTF-8 (or holds U+FFFD); save it as UTF-8' };
  }
  const known = archiveCache.get(path);
  if (known?.source === source) return known.archive;
  const archive = readArchive(slug, file, source);
  archiveCache.set(path, { source, archive });
  return archive;
}

/** One file's entry or problems, from its text (also for old versions read from git: src/lib/history/). */
export function parseEntryFile(source: string, file: string, collection: Entry['collection'], slug: string): FileOutcome {
  if (source.includes('\uFFFD')) {
    const line = source.slice(0, source.indexOf('\uFFFD')).split('\n').length;
    return { source, problems: [{ rule: 'file-content', file, line, message: 'the file is not valid UTF-8 text (or holds U+FFFD, the replacement character); save it as UTF-8' }] };
  }
  const parsed = parseMdxFile(source, FRONTMATTER_FIELDS);
  if (Array.isArray(parsed)) return { source, problems: parsed.map((error) => ({ rule: 'yaml-syntax' as const, file, ...error })) };
  const hidden = findHiddenCharacters(parsed.data);
  if (hidden.length) {
    const problems = hidden.map(({ path, character }): Problem => ({
      rule: 'file-content', file, field: fieldPath(path), line: parsed.lineOf(path),
      message: `holds the invisible character ${codePoint(character)}, which hides or reorders text: remove it`,
    }));
    return { source, problems, parsed };
  }
  const result = validateFrontmatter(collection, file, parsed);
  if ('problems' in result) return { source, problems: result.problems, parsed };
  return { source, problems: [], parsed, entry: { collection, slug, file, data: result.data, body: parsed.body, bodyLine: parsed.bodyLine } as Entry };
}

/** What a path in the content folder is, symlinks followed only while they stay inside it. */
type PathKind = 'file' | 'directory' | { refused: string };

function pathKind(path: string, contentRoot: string): PathKind {
  try {
    if (lstatSync(path).isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        return { refused: 'is a symbolic link that leads nowhere (its target is missing, or the links loop)' };
      }
      // The target is never named or read: it may be anything on the machine.
      if (target !== contentRoot && !target.startsWith(contentRoot + sep)) {
        return { refused: 'is a symbolic link to something outside the content folder, which is not read: copy the entry into the folder instead' };
      }
    }
    // stat, not open: a FIFO or device is recognised without reading it (reading a FIFO blocks).
    const stats = statSync(path);
    if (stats.isFile()) return 'file';
    if (stats.isDirectory()) return 'directory';
    return { refused: 'is not a regular file (a FIFO, socket or device), so it is not read' };
  } catch (error) {
    return { refused: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/** One clear problem when the content folder is missing or not a folder. */
function contentFolderProblem(root: string, contentDir: string): Problem | undefined {
  const file = relative(root, contentDir) || '.';
  try {
    if (statSync(contentDir).isDirectory()) return undefined;
    return { rule: 'content-folder', file, message: 'is not a folder: CONTENT_DIR must name the folder that holds the collections (actors/, events/ …)' };
  } catch {
    return { rule: 'content-folder', file, message: 'the content folder does not exist' };
  }
}

export function loadContent({ root, contentDir }: LoadOptions): LoadedContent {
  const entries: Entry[] = [];
  const slugs: LoadedContent['slugs'] = [];
  const problems: Problem[] = [];
  const archives: ArchivedText[] = [];
  const warnings: Problem[] = [];
  const parsedFiles = new Map<string, ParsedFile>();
  const folderProblem = contentFolderProblem(root, contentDir);
  if (folderProblem) return { entries, slugs, problems: [folderProblem], archives, warnings, lineOf: () => undefined };
  const contentRoot = realpathSync(contentDir);

  for (const folder of readdirSync(contentDir).sort()) {
    const folderPath = relative(root, join(contentDir, folder));
    const kind = pathKind(join(contentDir, folder), contentRoot);
    if (kind !== 'directory') {
      if (typeof kind === 'object') problems.push({ rule: 'file-content', file: folderPath, message: kind.refused });
      else outsideCollection(folder, folderPath, problems, warnings);
      continue;
    }
    if (!isCollectionName(folder)) {
      problems.push({
        rule: 'unknown-collection', file: folderPath,
        message: `is not a collection; expected one of ${COLLECTIONS.join(', ')}`,
      });
      continue;
    }
    for (const name of readdirSync(join(contentDir, folder)).sort()) {
      const file = join(folderPath, name);
      const verdict = classifyEntryName(name);
      if (verdict.kind === 'hidden') continue;
      const kind = pathKind(join(contentDir, folder, name), contentRoot);
      if (typeof kind === 'object') {
        problems.push({ rule: 'file-content', file, message: kind.refused });
        continue;
      }
      if (kind === 'directory') {
        const what = verdict.kind === 'entry' ? 'a folder named like an entry' : 'a folder';
        problems.push({ rule: 'file-content', file, message: `is ${what}: entries sit directly in ${folderPath}${sep}, one <slug>.mdx file each, not in subfolders` });
        continue;
      }
      if (folder === 'sources' && name.endsWith('.txt')) {
        const archive = readArchiveFile(root, file, name.slice(0, -'.txt'.length));
        if ('paragraphs' in archive) archives.push(archive);
        else problems.push(archive);
        continue;
      }
      if (verdict.kind === 'misnamed') problems.push({ rule: 'bad-slug', file, message: verdict.message });
      if (verdict.kind === 'backup') warnings.push({ rule: 'bad-slug', file, message: verdict.message, severity: 'warning' });
      if (verdict.kind === 'other') warnings.push({ rule: 'bad-slug', file, message: 'is not an entry (entries are <slug>.mdx files), so it is not read', severity: 'warning' });
      if (verdict.kind !== 'entry') continue;
      const { slug } = verdict;
      if (!isValidSlug(slug)) {
        problems.push({
          rule: 'bad-slug', file,
          message: `"${revealCharacters(slug)}" is not a valid slug: use lowercase letters, digits and single hyphens (e.g. "${suggestSlug(slug)}")`,
        });
        continue;
      }
      slugs.push({ slug, collection: folder, file });
      const outcome = readEntryFile(root, file, folder, slug);
      problems.push(...outcome.problems);
      if (outcome.parsed) parsedFiles.set(file, outcome.parsed);
      if (outcome.entry) entries.push(outcome.entry);
    }
  }
  if (slugs.length === 0 && problems.length === 0) {
    problems.push({ rule: 'content-folder', file: relative(root, contentDir) || '.', message: 'holds no entries: add one with `npm run new -- <collection> "Title"`' });
  }
  return {
    entries, slugs, problems, archives, warnings,
    lineOf: (file, field) => parsedFiles.get(file)?.lineOf(pathOf(field)),
  };
}

/** A file beside the collection folders: an entry put there is an error, a backup a warning, anything else is left alone. */
function outsideCollection(name: string, file: string, problems: Problem[], warnings: Problem[]): void {
  const verdict = classifyEntryName(name);
  if (verdict.kind === 'backup') warnings.push({ rule: 'bad-slug', file, message: verdict.message, severity: 'warning' });
  if (verdict.kind === 'entry' || verdict.kind === 'misnamed') {
    problems.push({ rule: 'unknown-collection', file, message: `is outside any collection folder, so it is not read: move it into one of ${COLLECTIONS.join(', ')}` });
  }
}
